//! Serialization helpers shared by every derived struct, so each model's expansion stays small.

use serde_core::ser::SerializeStruct;

/// How many entries an `#[api(optional)]` field adds to the object: 1 when `Some`.
#[inline]
pub fn count<T>(value: &Option<T>) -> usize {
    usize::from(value.is_some())
}

/// Writes an `#[api(optional)]` field only when it holds a value.
#[inline]
pub fn optional_field<S, T>(
    state: &mut S,
    key: &'static str,
    value: &Option<T>,
) -> Result<(), S::Error>
where
    S: SerializeStruct,
    T: serde_core::Serialize,
{
    match value {
        Some(value) => state.serialize_field(key, value),
        None => state.skip_field(key),
    }
}
