//! Deserialization helpers shared by every derived struct. One visitor reads them all
//! ([`deserialize_struct`]), through the struct's slots and their [`ReadField`] impl: it matches
//! each key ([`next_key`], [`next_known_key`]), reads the value into its field's slot
//! ([`read_field`]) or skips it ([`skip`]), and takes the slots out at the end (a missing one is
//! [`missing_field`]). A struct written as the sequence of its fields (bincode, postcard,
//! MessagePack's arrays) is read into the same slots by the same [`read_field`], by position
//! (`read_fields`). A field with its own wire form is read through one of the types in `with`.
//!
//! Every field's value is read through the wrappers in `named`, so an error about it names the
//! path to it, by the rule at the top of `path.rs`.

mod elements;
mod keys;
mod named;
mod object;
pub(crate) use named::{NamedDeserializer, NamedSeed};
mod variant;
pub(crate) use variant::VariantIndex;
mod with;

pub use keys::{Key, UNKNOWN_KEY, next_key, next_known_key};
pub use object::{ReadField, deserialize_struct};
pub use with::{BorrowedCow, DeserializeAs, DeserializeWith};

use crate::runtime::__private::path::{self, Current, ForPath, Segment};
use core::fmt;
use serde_core::de::{self, IgnoredAny, MapAccess};

/// Reads one field's value into its slot, naming the field in any error about the value: what a
/// struct's `ReadField` does for the field at a position, for a key's value (`read_value`) as
/// for a sequence's element (`read_fields`).
///
/// The whole read (the duplicate check, the path, the store) is this function: what is compiled
/// once per field type and format. The bound on `T` is here, where the struct's `ReadField` calls
/// it once per field, so a field type that is not `Deserialize` is reported at that field, once.
/// A plain function of three arguments, not a seed type, since every derived struct names it
/// once per field: a seed's struct literal is ten tokens more for rustc to parse and lower.
#[inline]
pub fn read_field<'de, T, D>(
    slot: &mut Option<T>,
    name: &'static str,
    deserializer: D,
) -> Result<(), D::Error>
where
    D: de::Deserializer<'de>,
    T: de::Deserialize<'de>,
{
    if slot.is_some() {
        return Err(duplicate_field(name));
    }
    let _entered = path::enter(Segment::Field(name));
    path::element_started();
    // A `match`, not `?`: this is compiled once per field type and format, and a debug build
    // compiles each `?` into calls of its own.
    match T::deserialize(NamedDeserializer(deserializer)) {
        Ok(value) => {
            *slot = Some(value);
            Ok(())
        }
        Err(error) => Err(error),
    }
}

/// Reads the value of the key numbered `key` (its field's position on the wire) into `slots`, or
/// skips it when the model does not know the key. Generic over the map and the struct, not over
/// each field's type: the struct's [`ReadField`] picks the field, so a format's `next_value_seed`
/// is compiled once per struct, and the field types' once, in `ReadField::read`.
#[inline]
fn read_value<'de, A, S>(map: &mut A, slots: &mut S, key: Key) -> Result<(), A::Error>
where
    A: MapAccess<'de>,
    S: ReadField<'de>,
{
    if key == UNKNOWN_KEY {
        skip(map)
    } else {
        map.next_value_seed(object::FieldAt {
            slots,
            position: usize::from(key),
        })
    }
}

/// Skips the value of a key the model does not know: the API may add keys at any time.
#[inline]
pub fn skip<'de, A: MapAccess<'de>>(map: &mut A) -> Result<(), A::Error> {
    map.next_value::<IgnoredAny>().map(|_| ())
}

/// A required field's value, once `ReadField::finish` checked every required field present.
#[inline]
pub fn present<T>(slot: Option<T>) -> T {
    match slot {
        Some(value) => value,
        None => super::unreachable_state(),
    }
}

// The two errors are made out of line, generic over the error type only: `read_field` is compiled
// once per field type, and each copy would otherwise carry the formatting.

#[cold]
fn duplicate_field<E: de::Error>(name: &'static str) -> E {
    E::custom(format_args!(
        "duplicate field `{}`",
        Current { last: Some(name) }
    ))
}

/// The error for a field whose key must be present and is not.
#[cold]
pub fn missing_field<E: de::Error>(name: &'static str) -> E {
    E::custom(format_args!(
        "missing field `{}`",
        Current { last: Some(name) }
    ))
}

/// The error for an array where a derived struct's object belongs in a human-readable format:
/// there a struct is always an object, and an array is no struct. serde_json hands arrays to a
/// struct's visitor; the error is made here so it names the field like every other type error.
pub fn not_an_object<E: de::Error>(expected: &dyn de::Expected) -> E {
    path::claim_error();
    E::invalid_type(de::Unexpected::Seq, &WithPath(expected))
}

/// `expected …` followed by the current path, when there is one.
struct WithPath<'a>(&'a dyn de::Expected);

impl de::Expected for WithPath<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.0.fmt(f)?;
        write!(f, "{ForPath}")
    }
}
