//! A derived struct read from an object (a map) or from the sequence of its fields.
//!
//! The derive writes, per struct, only what differs from one struct to the next: the slots holding
//! the values read so far and their [`ReadField`] impl (which key is which field, how each field
//! is read, how the struct is built). Everything else, the visitor included, is here, once: the
//! compiler type-checks it once, not once per struct, and a model's build pays for its own code
//! only. Each struct still gets its own copy of the visitor's code, per format, as it would from a
//! visitor of its own.

use super::elements::read_fields;
use super::keys::{Key, next_key};
use super::{not_an_object, read_value};
use core::fmt;
use serde_core::de::{self, DeserializeSeed, Deserializer, MapAccess, SeqAccess, Visitor};

/// Implemented by the slots of a derived struct, which hold the values read so far: names the
/// struct's fields, reads the field at a position among the fields on the wire into its slot, and
/// builds the struct once every field was read.
pub trait ReadField<'de>: Sized {
    /// The struct.
    type Struct;

    /// What the struct's visitor expects: `an Image object`.
    const EXPECTING: &'static str;

    /// The wire names of the fields, in the order they are written: the keys handed to a format
    /// that writes a struct as the sequence of its fields, which takes their number from them.
    const FIELDS: &'static [&'static str];

    /// The keys handed to a human-readable format: the wire names and any aliases. serde's
    /// `#[serde(flatten)]` hands a flattened model only the keys in this list (and reports itself
    /// human-readable).
    const KEYS: &'static [&'static str] = Self::FIELDS;

    /// The field a key names, by its position, or [`UNKNOWN_KEY`](super::UNKNOWN_KEY).
    fn key(name: &str) -> Key;

    /// Reads the next key of `map` and matches it to a field. A struct that denies unknown
    /// fields reads its keys with [`next_known_key`](super::next_known_key) instead.
    #[inline]
    fn next_key<A: MapAccess<'de>>(map: &mut A) -> Result<Option<Key>, A::Error> {
        next_key(map, Self::key)
    }

    /// Reads the field at `position` from `deserializer`.
    fn read<D: Deserializer<'de>>(
        &mut self,
        position: usize,
        deserializer: D,
    ) -> Result<(), D::Error>;

    /// The struct from the values read, or the error for a required field that was not.
    fn finish<E: de::Error>(self) -> Result<Self::Struct, E>;
}

/// The seed reading the field at `position` into `slots`: one seed type per struct, for a key's
/// value as for a sequence's element.
pub(super) struct FieldAt<'a, S> {
    pub(super) slots: &'a mut S,
    pub(super) position: usize,
}

impl<'de, S: ReadField<'de>> DeserializeSeed<'de> for FieldAt<'_, S> {
    type Value = ();

    #[inline]
    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<(), D::Error> {
        self.slots.read(self.position, deserializer)
    }
}

/// Reads the struct named `name` (its Rust name, which formats may show) into `slots`, empty.
#[inline]
pub fn deserialize_struct<'de, D, S>(
    deserializer: D,
    name: &'static str,
    slots: S,
) -> Result<S::Struct, D::Error>
where
    D: Deserializer<'de>,
    S: ReadField<'de>,
{
    let human_readable = deserializer.is_human_readable();
    let keys = if human_readable { S::KEYS } else { S::FIELDS };
    deserializer.deserialize_struct(
        name,
        keys,
        StructVisitor {
            slots,
            human_readable,
        },
    )
}

/// The visitor of every derived struct: its slots, and whether the format is human-readable.
struct StructVisitor<S> {
    slots: S,
    human_readable: bool,
}

impl<'de, S: ReadField<'de>> Visitor<'de> for StructVisitor<S> {
    type Value = S::Struct;

    fn expecting(&self, formatter: &mut fmt::Formatter<'_>) -> fmt::Result {
        formatter.write_str(S::EXPECTING)
    }

    /// The fields in order, each read by its position. Only a format that is not human-readable
    /// writes a struct so: in JSON a struct is always an object, and an array is no struct.
    fn visit_seq<A: SeqAccess<'de>>(mut self, seq: A) -> Result<S::Struct, A::Error> {
        if self.human_readable {
            return Err(not_an_object(&self));
        }
        match read_fields(seq, &mut self.slots) {
            Ok(()) => self.slots.finish(),
            Err(error) => Err(error),
        }
    }

    /// Each key's value read into its field's slot, or skipped when the model does not know it.
    // Errors are passed on by hand, not by `?`: this is compiled once per struct and format, and a
    // debug build compiles each `?` into calls of its own.
    #[allow(clippy::question_mark)]
    #[inline]
    fn visit_map<A: MapAccess<'de>>(mut self, mut map: A) -> Result<S::Struct, A::Error> {
        loop {
            match S::next_key(&mut map) {
                Ok(Some(key)) => {
                    if let Err(error) = read_value(&mut map, &mut self.slots, key) {
                        return Err(error);
                    }
                }
                Ok(None) => return self.slots.finish(),
                Err(error) => return Err(error),
            }
        }
    }
}
