//! An enum variant named by its index or its name, as serde writes variants: the index in
//! formats that number them (bincode, postcard), the name in those that spell them (CBOR,
//! MessagePack). Read for a union's indexed form and for a `Patch` outside human-readable formats.

use core::fmt;
use serde_core::de::{self, DeserializeSeed, Deserializer, Unexpected, Visitor};

/// The variants `names`, and with `open` one past them: a union's catch-all, which takes any
/// variant it does not know, by index or by name, as an open enum takes any value.
pub(crate) struct VariantIndex {
    pub(crate) names: &'static [&'static str],
    pub(crate) open: bool,
}

impl<'de> DeserializeSeed<'de> for VariantIndex {
    type Value = usize;

    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<usize, D::Error> {
        deserializer.deserialize_identifier(self)
    }
}

impl<'de> Visitor<'de> for VariantIndex {
    type Value = usize;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a variant index or name")
    }

    fn visit_u64<E: de::Error>(self, index: u64) -> Result<usize, E> {
        let known = self.names.len() + usize::from(self.open);
        match usize::try_from(index) {
            Ok(index) if index < known => Ok(index),
            _ => Err(E::invalid_value(Unexpected::Unsigned(index), &self)),
        }
    }

    fn visit_str<E: de::Error>(self, name: &str) -> Result<usize, E> {
        match self.names.iter().position(|known| *known == name) {
            Some(index) => Ok(index),
            None if self.open => Ok(self.names.len()),
            None => Err(E::unknown_variant(name, self.names)),
        }
    }
}
