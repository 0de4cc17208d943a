//! Keys that may be absent, `null` or a value, and mean something different in each case.

use crate::runtime::shape::{Describe, Shape};

/// A key that may be absent, `null`, or hold a value, where the three mean different things.
///
/// `Option<T>` can say two of these; update requests need all three: an absent key leaves the
/// value unchanged, `null` clears it, a value sets it. Responses use it for keys the API may both
/// leave out and send as `null` (`placement_group` of a server).
///
/// In a derived model: a missing key reads as [`Patch::Absent`], `null` as [`Patch::Null`], a value
/// as [`Patch::Value`]; `Absent` is not written, `Null` is written as `null`. The builder leaves it
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

impl<T: serde_core::Serialize> serde_core::Serialize for Patch<T> {
    /// `Null` (and `Absent`, which a derived model never writes) as `null`.
    fn serialize<S: serde_core::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            Patch::Value(value) => serializer.serialize_some(value),
            Patch::Absent | Patch::Null => serializer.serialize_none(),
        }
    }
}

impl<'de, T: serde_core::Deserialize<'de>> serde_core::Deserialize<'de> for Patch<T> {
    /// `null` as `Null`, anything else as a value; a missing key is the containing model's to see.
    fn deserialize<D: serde_core::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        Option::<T>::deserialize(deserializer).map(Patch::from)
    }
}

impl<T: Describe> Describe for Patch<T> {
    fn shape() -> Shape {
        Shape::Nullable(T::shape)
    }
}
