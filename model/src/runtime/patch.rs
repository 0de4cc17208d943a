//! Keys that may be absent, `null` or a value, and mean something different in each case.

use crate::runtime::__private::de::VariantIndex;
use crate::runtime::shape::{Describe, Shape};
use core::fmt;
use core::marker::PhantomData;
use serde_core::de::{EnumAccess, VariantAccess, Visitor};

/// A key that may be absent, `null`, or hold a value, where the three mean different things.
///
/// `Option<T>` can say two of these; update requests need all three: an absent key leaves the
/// value unchanged, `null` clears it, a value sets it. Responses use it for keys the API may both
/// leave out and send as `null` (`placement_group` of a server).
///
/// In a derived model: a missing key reads as [`Patch::Absent`], `null` as [`Patch::Null`], a value
/// as [`Patch::Value`]; `Absent` is not written, `Null` is written as `null`. That is in
/// human-readable formats (JSON, YAML, TOML); in the others, which cannot leave a field out, it is
/// written as an enum of its three variants (see the crate docs' "Formats"). The builder leaves it
/// `Absent` unless set (`.field(value)` or `.field_null()`); the metadata flags it optional and
/// nullable, and the schema leaves it out of `required` and allows `null`.
///
/// ```
/// use hcloud_model::Patch;
///
/// let unchanged: Patch<i64> = Patch::Absent;
/// let cleared: Patch<i64> = None.into();
/// let set: Patch<i64> = 7.into();
/// assert!(unchanged.is_absent() && cleared.is_null() && set.as_option() == Some(&7));
/// ```
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Patch<T> {
    /// The key is not there: leave the value as it is.
    #[default]
    Absent,
    /// The key is `null`: the value is cleared (or was never set).
    Null,
    /// The key holds this value.
    Value(T),
}

impl<T> Patch<T> {
    /// Whether the key is absent.
    pub const fn is_absent(&self) -> bool {
        matches!(self, Patch::Absent)
    }

    /// Whether the key is `null`.
    pub const fn is_null(&self) -> bool {
        matches!(self, Patch::Null)
    }

    /// Whether the key holds a value.
    pub const fn is_value(&self) -> bool {
        matches!(self, Patch::Value(_))
    }

    /// A `Patch` of a reference to the value.
    pub const fn as_ref(&self) -> Patch<&T> {
        match self {
            Patch::Absent => Patch::Absent,
            Patch::Null => Patch::Null,
            Patch::Value(value) => Patch::Value(value),
        }
    }

    /// A `Patch` of a mutable reference to the value.
    pub fn as_mut(&mut self) -> Patch<&mut T> {
        match self {
            Patch::Absent => Patch::Absent,
            Patch::Null => Patch::Null,
            Patch::Value(value) => Patch::Value(value),
        }
    }

    /// The value, if there is one (absent and `null` both give `None`).
    pub fn as_option(&self) -> Option<&T> {
        match self {
            Patch::Value(value) => Some(value),
            Patch::Absent | Patch::Null => None,
        }
    }

    /// The value, if there is one.
    pub fn into_option(self) -> Option<T> {
        match self {
            Patch::Value(value) => Some(value),
            Patch::Absent | Patch::Null => None,
        }
    }

    /// Applies `f` to the value, keeping absent and `null` as they are.
    pub fn map<U>(self, f: impl FnOnce(T) -> U) -> Patch<U> {
        match self {
            Patch::Absent => Patch::Absent,
            Patch::Null => Patch::Null,
            Patch::Value(value) => Patch::Value(f(value)),
        }
    }

    /// Applies this patch to `current`: absent keeps it, `null` clears it, a value replaces it.
    pub fn apply_to(self, current: &mut Option<T>) {
        match self {
            Patch::Absent => {}
            Patch::Null => *current = None,
            Patch::Value(value) => *current = Some(value),
        }
    }
}

impl<T> From<T> for Patch<T> {
    fn from(value: T) -> Self {
        Patch::Value(value)
    }
}

/// `Some` is a value, `None` is `null`: an `Option` always says something about the key.
impl<T> From<Option<T>> for Patch<T> {
    fn from(value: Option<T>) -> Self {
        match value {
            Some(value) => Patch::Value(value),
            None => Patch::Null,
        }
    }
}

/// The names of `Patch`'s variants where a format writes it as an enum, in the order of its
/// variant indices.
const VARIANTS: &[&str] = &["Absent", "Null", "Value"];

impl<T: serde_core::Serialize> serde_core::Serialize for Patch<T> {
    /// In human-readable formats, `Null` (and `Absent`, which a derived model does not write
    /// there) as `null`. Elsewhere as an enum of three variants: a derived model writes every field
    /// there (see the crate docs' "Formats"), and an `Option<Option<T>>` would not keep the three
    /// states apart, as MessagePack and CBOR write `Some(None)` as they write `None`.
    fn serialize<S: serde_core::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        if serializer.is_human_readable() {
            return match self {
                Patch::Value(value) => serializer.serialize_some(value),
                Patch::Absent | Patch::Null => serializer.serialize_none(),
            };
        }
        match self {
            Patch::Absent => serializer.serialize_unit_variant("Patch", 0, VARIANTS[0]),
            Patch::Null => serializer.serialize_unit_variant("Patch", 1, VARIANTS[1]),
            Patch::Value(value) => {
                serializer.serialize_newtype_variant("Patch", 2, VARIANTS[2], value)
            }
        }
    }
}

impl<'de, T: serde_core::Deserialize<'de>> serde_core::Deserialize<'de> for Patch<T> {
    /// In human-readable formats, `null` as `Null`, anything else as a value (a missing key is the
    /// containing model's to see). Elsewhere the enum [`Serialize`](serde_core::Serialize) writes.
    fn deserialize<D: serde_core::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        if deserializer.is_human_readable() {
            Option::<T>::deserialize(deserializer).map(Patch::from)
        } else {
            deserializer.deserialize_enum("Patch", VARIANTS, PatchVisitor(PhantomData))
        }
    }
}

/// Reads the enum a `Patch` is written as outside human-readable formats.
struct PatchVisitor<T>(PhantomData<T>);

impl<'de, T: serde_core::Deserialize<'de>> Visitor<'de> for PatchVisitor<T> {
    type Value = Patch<T>;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a Patch variant")
    }

    fn visit_enum<A: EnumAccess<'de>>(self, data: A) -> Result<Patch<T>, A::Error> {
        let (index, variant) = data.variant_seed(VariantIndex {
            names: VARIANTS,
            open: false,
        })?;
        match index {
            0 => variant.unit_variant().map(|()| Patch::Absent),
            1 => variant.unit_variant().map(|()| Patch::Null),
            _ => variant.newtype_variant().map(Patch::Value),
        }
    }
}

impl<T: Describe> Describe for Patch<T> {
    fn shape() -> Shape {
        Shape::Nullable(T::shape)
    }
}
