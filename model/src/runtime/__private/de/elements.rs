//! A struct written as the sequence of its fields, without keys (bincode, postcard, MessagePack's
//! arrays): [`SeqAsMap`] hands the struct's visitor each field's wire name and then its value, so
//! the one `visit_map` a derived struct has reads both forms. A sequence of another length is an
//! error naming the struct, its number of fields and the path to it:
//! ``invalid length 1, expected a CreatedFrom object with 2 fields for `created_from` ``.

use super::WithPath;
use crate::runtime::__private::path;
use core::fmt;
use serde_core::de::value::BorrowedStrDeserializer;
use serde_core::de::{self, DeserializeSeed, Error as _, IgnoredAny, MapAccess, SeqAccess};

/// The fields of a struct read from a sequence, as the map of their wire names.
pub struct SeqAsMap<A> {
    seq: A,
    /// The wire names of the struct's fields, in the order they are written.
    names: &'static [&'static str],
    /// What the struct's visitor expects: `a CreatedFrom object`.
    object: &'static str,
    read: usize,
}

impl<'de, A: SeqAccess<'de>> SeqAsMap<A> {
    /// The fields `names` of the struct described by `object`, read from `seq`.
    #[inline]
    pub fn new(seq: A, names: &'static [&'static str], object: &'static str) -> Self {
        SeqAsMap {
            seq,
            names,
            object,
            read: 0,
        }
    }

    // The methods below are generic over the sequence only: the `MapAccess` methods are compiled
    // once per key and per field type, and each copy would otherwise carry them.

    /// Every field is read: a self-describing format (MessagePack) may hand a longer sequence,
    /// which is an error counting every element.
    fn end(&mut self) -> Result<(), A::Error> {
        let mut length = self.read;
        while self.seq.next_element::<IgnoredAny>()?.is_some() {
            length += 1;
        }
        if length == self.names.len() {
            Ok(())
        } else {
            Err(self.invalid_length(length))
        }
    }

    /// The sequence ended before a field: the struct's error, not the field's, which was never
    /// there (a field is entered in the path only once its value starts).
    #[cold]
    fn ended_early(&self) -> A::Error {
        self.invalid_length(self.read)
    }

    fn invalid_length(&self, length: usize) -> A::Error {
        path::claim_error();
        A::Error::invalid_length(length, &WithPath(self))
    }
}

impl<'de, A: SeqAccess<'de>> MapAccess<'de> for SeqAsMap<A> {
    type Error = A::Error;

    #[inline]
    fn next_key_seed<K: DeserializeSeed<'de>>(
        &mut self,
        seed: K,
    ) -> Result<Option<K::Value>, A::Error> {
        if let Some(name) = self.names.get(self.read) {
            return seed
                .deserialize(BorrowedStrDeserializer::new(name))
                .map(Some);
        }
        self.end().map(|()| None)
    }

    #[inline]
    fn next_value_seed<S: DeserializeSeed<'de>>(&mut self, seed: S) -> Result<S::Value, A::Error> {
        match self.seq.next_element_seed(seed) {
            Ok(Some(value)) => {
                self.read += 1;
                Ok(value)
            }
            Ok(None) => Err(self.ended_early()),
            Err(error) => Err(error),
        }
    }
}

impl<'de, A: SeqAccess<'de>> de::Expected for SeqAsMap<A> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let count = self.names.len();
        let plural = if count == 1 { "" } else { "s" };
        write!(f, "{} with {count} field{plural}", self.object)
    }
}
