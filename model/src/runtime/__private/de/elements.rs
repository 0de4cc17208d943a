//! A struct written as the sequence of its fields, without keys (bincode, postcard, MessagePack's
//! arrays): its visitor reads each field with [`field`](super::field), as it does from a map, and
//! checks the length at the end.

use super::{FieldValues, WithPath};
use crate::runtime::__private::path;
use core::fmt;
use serde_core::de::{self, DeserializeSeed, Error as _, IgnoredAny, SeqAccess};

/// The fields of a struct read from a sequence, in order. A sequence of another length is an
/// error naming the struct, its number of fields and the path to it:
/// ``invalid length 1, expected a CreatedFrom object with 2 fields for `created_from` ``.
pub struct Elements<'a, A> {
    seq: A,
    /// The struct's visitor: `a CreatedFrom object`.
    object: &'a dyn de::Expected,
    count: usize,
    read: usize,
}

impl<'a, 'de, A: SeqAccess<'de>> Elements<'a, A> {
    /// The `count` fields of the struct whose visitor is `object`.
    #[inline]
    pub fn new(seq: A, object: &'a dyn de::Expected, count: usize) -> Self {
        Elements {
            seq,
            object,
            count,
            read: 0,
        }
    }

    /// Checks that the sequence holds no more than the struct's fields: a self-describing format
    /// (MessagePack) may hand a longer one, which is an error counting every element.
    #[inline]
    pub fn end(mut self) -> Result<(), A::Error> {
        let mut length = self.read;
        while self.seq.next_element::<IgnoredAny>()?.is_some() {
            length += 1;
        }
        if length == self.count {
            Ok(())
        } else {
            Err(self.invalid_length(length))
        }
    }

    fn invalid_length(&self, length: usize) -> A::Error {
        path::claim_error();
        A::Error::invalid_length(length, &WithPath(self))
    }
}

impl<'de, A: SeqAccess<'de>> FieldValues<'de> for Elements<'_, A> {
    type Error = A::Error;

    #[inline]
    fn next_field_seed<S: DeserializeSeed<'de>>(&mut self, seed: S) -> Result<S::Value, A::Error> {
        let value = self.seq.next_element_seed(seed)?;
        match value {
            Some(value) => {
                self.read += 1;
                Ok(value)
            }
            // The struct's error, not the field's: the field was never there.
            None => Err(path::in_parent(|| self.invalid_length(self.read))),
        }
    }
}

impl<'de, A: SeqAccess<'de>> de::Expected for Elements<'_, A> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let plural = if self.count == 1 { "" } else { "s" };
        write!(f, "{} with {} field{plural}", self.object, self.count)
    }
}
