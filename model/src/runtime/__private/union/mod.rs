//! Unions: an enum whose variants each hold one value, told apart on the wire by a tag key inside
//! the object (`#[api(tag = "type")]`, [`tagged`]) or by the kind of the value (`#[api(untagged)]`,
//! [`untagged`]). The derive implements one trait per union, naming its variants by index; the
//! visitors here are written once and instantiated per union.
//!
//! In formats that are not human-readable (bincode, postcard) neither the tag key nor the kind of
//! a value can be seen without `deserialize_any`, which those formats do not support: there a union
//! is written as serde writes an externally tagged enum, the variant's index and its value.

mod indexed;
mod kind;
mod tag_first;
pub mod tagged;
pub mod untagged;

use crate::runtime::meta::ApiModel;
use serde_core::de::Deserializer;
use serde_core::ser::{Serialize, Serializer};
use serde_json::Value;

/// Implemented by the derive for every union (hidden; not a stable API): its variants by index.
pub trait Union<'de>: Sized + ApiModel {
    /// Each variant's name in the indexed form: the tag's value in a tagged union, the variant's
    /// Rust name in an untagged one. The catch-all is one past the end.
    const VARIANT_NAMES: &'static [&'static str];
    /// Reads the value of the variant at `index`.
    fn variant<D: Deserializer<'de>>(index: usize, deserializer: D) -> Result<Self, D::Error>;
    /// The catch-all keeping a whole object no variant takes, or the object back when the union
    /// has no catch-all.
    fn other(object: Value) -> Result<Self, Value>;
}

/// "a" or "an" before a name in a message, by its first letter (`an Image`, `an Update…`, `a
/// Target`): the rule the derive applies to a struct's `expecting` when it writes it.
fn article(name: &str) -> &'static str {
    if name.starts_with(['A', 'E', 'I', 'O', 'U', 'a', 'e', 'i', 'o', 'u']) {
        "an"
    } else {
        "a"
    }
}

/// Reads a union with `visitor` (which looks at the value first) where the format is
/// human-readable, in the indexed form elsewhere.
#[inline]
fn deserialize<'de, T, D, V>(deserializer: D, visitor: V) -> Result<T, D::Error>
where
    T: Union<'de>,
    D: Deserializer<'de>,
    V: serde_core::de::Visitor<'de, Value = T>,
{
    if deserializer.is_human_readable() {
        deserializer.deserialize_any(visitor)
    } else {
        indexed::deserialize(deserializer)
    }
}

/// Writes a variant as serde writes a newtype variant of an enum: the form unions take in formats
/// that are not human-readable.
#[inline]
pub fn serialize_indexed<S, T>(
    serializer: S,
    union: &'static str,
    index: usize,
    variant: &'static str,
    value: &T,
) -> Result<S::Ok, S::Error>
where
    S: Serializer,
    T: Serialize + ?Sized,
{
    // A derived union has far fewer than `u32::MAX` variants; the derive checks it.
    let index = u32::try_from(index).unwrap_or(u32::MAX);
    serializer.serialize_newtype_variant(union, index, variant, value)
}

/// Whether one of `fields` is written under `key`: a union's tag must not be (checked at compile
/// time, so this is a `const fn`).
pub const fn has_key(fields: &[crate::runtime::shape::Field], key: &str) -> bool {
    let mut index = 0;
    while index < fields.len() {
        if str_eq(fields[index].wire_name(), key) {
            return true;
        }
        index += 1;
    }
    false
}

const fn str_eq(left: &str, right: &str) -> bool {
    let (left, right) = (left.as_bytes(), right.as_bytes());
    if left.len() != right.len() {
        return false;
    }
    let mut index = 0;
    while index < left.len() {
        if left[index] != right[index] {
            return false;
        }
        index += 1;
    }
    true
}
