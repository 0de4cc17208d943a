//! A struct written as the sequence of its fields, without keys (bincode, postcard, MessagePack's
//! arrays): [`read_fields`] reads each field by its position through the struct's [`ReadField`],
//! as a map's value is read by its key ([`read_value`](super::read_value)). A sequence of another
//! length is an error naming the struct, its number of fields and the path to it:
//! ``invalid length 1, expected a CreatedFrom object with 2 fields for `created_from` ``.

use super::object::FieldAt;
use super::{ReadField, WithPath};
use crate::runtime::__private::path;
use core::fmt;
use serde_core::de::{self, Error as _, IgnoredAny, SeqAccess};

/// Reads the struct's fields (`S::FIELDS`) from `seq`, in order, into `slots`. Generic over the
/// sequence and the struct, not over each field's type: one seed type (`FieldAt`) reads every
/// field, so a format's `next_element_seed` is compiled once per struct.
#[inline]
pub(super) fn read_fields<'de, A, S>(seq: A, slots: &mut S) -> Result<(), A::Error>
where
    A: SeqAccess<'de>,
    S: ReadField<'de>,
{
    let mut fields = Fields {
        seq,
        names: S::FIELDS,
        object: S::EXPECTING,
        read: 0,
    };
    while fields.read < S::FIELDS.len() {
        let seed = FieldAt {
            slots: &mut *slots,
            position: fields.read,
        };
        match fields.seq.next_element_seed(seed) {
            Ok(Some(())) => fields.read += 1,
            Ok(None) => return Err(fields.ended_early()),
            Err(error) => return Err(error),
        }
    }
    fields.end()
}

/// A struct's fields being read from a sequence.
struct Fields<A> {
    seq: A,
    /// The wire names of the struct's fields, in the order they are written.
    names: &'static [&'static str],
    /// What the struct's visitor expects: `a CreatedFrom object`.
    object: &'static str,
    read: usize,
}

impl<'de, A: SeqAccess<'de>> Fields<A> {
    // Generic over the sequence only: `read_fields` is compiled once per struct and format, and
    // each copy would otherwise carry these.

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

impl<'de, A: SeqAccess<'de>> de::Expected for Fields<A> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let count = self.names.len();
        let plural = if count == 1 { "" } else { "s" };
        write!(f, "{} with {count} field{plural}", self.object)
    }
}
