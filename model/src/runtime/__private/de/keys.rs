//! Matching a derived struct's keys to its fields: [`Key`] is a field's position, read by
//! [`next_key`], or by [`next_known_key`] for a struct that denies unknown fields.

use crate::runtime::__private::path::{self, Current};
use core::fmt;
use serde_core::de::{self, DeserializeSeed, Deserializer, MapAccess, Visitor};

/// A field's position in its struct, as matched from the key.
pub type Key = u16;

/// The key is not a field of the struct: its value is skipped.
pub const UNKNOWN_KEY: Key = Key::MAX;

/// Matches a key to its struct's field: the struct's `ReadField::key`.
///
/// A pointer, not a type parameter: the key seeds are then one type for every struct, so a
/// format's key reading (`next_key_seed`, its identifier deserializer) is compiled once per
/// format rather than once per struct and format. Matching stays the struct's own `match`.
type KeyIndex = fn(&str) -> Key;

/// Reads the next key and matches it to a field without allocating, whether the input lends the
/// key (`from_str`, `from_slice`) or hands it over owned (`from_reader`, `from_value`).
#[inline]
pub fn next_key<'de, A>(map: &mut A, index: KeyIndex) -> Result<Option<Key>, A::Error>
where
    A: MapAccess<'de>,
{
    map.next_key_seed(KeySeed(index))
}

struct KeySeed(KeyIndex);

impl<'de> DeserializeSeed<'de> for KeySeed {
    type Value = Key;

    #[inline]
    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<Key, D::Error> {
        deserializer.deserialize_identifier(self)
    }
}

impl<'de> Visitor<'de> for KeySeed {
    type Value = Key;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a field name")
    }

    #[inline]
    fn visit_str<E: de::Error>(self, key: &str) -> Result<Key, E> {
        Ok((self.0)(key))
    }

    #[inline]
    fn visit_bytes<E: de::Error>(self, key: &[u8]) -> Result<Key, E> {
        Ok(core::str::from_utf8(key).map_or(UNKNOWN_KEY, self.0))
    }
}

/// Reads the next key of a struct that denies unknown fields: an unknown key is an error naming
/// it and the keys the struct has.
#[inline]
pub fn next_known_key<'de, A>(
    map: &mut A,
    index: KeyIndex,
    fields: &'static [&'static str],
) -> Result<Option<Key>, A::Error>
where
    A: MapAccess<'de>,
{
    map.next_key_seed(StrictKeySeed { index, fields })
}

struct StrictKeySeed {
    index: KeyIndex,
    fields: &'static [&'static str],
}

impl<'de> DeserializeSeed<'de> for StrictKeySeed {
    type Value = Key;

    #[inline]
    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<Key, D::Error> {
        deserializer.deserialize_identifier(self)
    }
}

impl<'de> Visitor<'de> for StrictKeySeed {
    type Value = Key;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a field name")
    }

    fn visit_str<E: de::Error>(self, key: &str) -> Result<Key, E> {
        match (self.index)(key) {
            UNKNOWN_KEY if path::depth() > 0 => Err(E::custom(format_args!(
                "unknown field `{key}` in `{}`, expected one of {}",
                Current { last: None },
                OneOf(self.fields)
            ))),
            UNKNOWN_KEY => Err(E::custom(format_args!(
                "unknown field `{key}`, expected one of {}",
                OneOf(self.fields)
            ))),
            known => Ok(known),
        }
    }

    fn visit_bytes<E: de::Error>(self, key: &[u8]) -> Result<Key, E> {
        match core::str::from_utf8(key) {
            Ok(key) => self.visit_str(key),
            Err(_) => Err(E::invalid_value(de::Unexpected::Bytes(key), &self)),
        }
    }
}

struct OneOf(&'static [&'static str]);

impl fmt::Display for OneOf {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (i, field) in self.0.iter().enumerate() {
            if i > 0 {
                f.write_str(", ")?;
            }
            write!(f, "`{field}`")?;
        }
        Ok(())
    }
}
