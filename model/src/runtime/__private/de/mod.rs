//! Deserialization helpers shared by every derived struct: a struct's visitor matches each key
//! ([`next_key`], [`next_known_key`]), reads the value into its field's slot ([`field`]) or skips
//! it ([`skip`]), and takes the slots out at the end ([`required`]). A struct written as the
//! sequence of its fields (bincode, postcard, MessagePack's arrays) is read field by field
//! ([`element`], [`end_of_fields`]). A field with its own wire form is read through one of the
//! types in `with`.
//!
//! Every field's value is read through the wrappers in `named`, so an error about it names the
//! path to it, by the rule at the top of `path.rs`.

mod keys;
mod named;
pub(crate) use named::NamedSeed;
mod variant;
pub(crate) use variant::VariantIndex;
mod with;

pub use keys::{Key, UNKNOWN_KEY, next_key, next_known_key};
pub use with::{BorrowedCow, DeserializeAs, DeserializeWith};

use crate::runtime::__private::path::{self, Current, ForPath, Segment};
use core::fmt;
use core::marker::PhantomData;
use serde_core::de::{self, Error as _, IgnoredAny, MapAccess, SeqAccess};

/// Reads one field's value into its slot, naming the field in any error about the value.
#[inline]
pub fn field<'de, A, T>(
    map: &mut A,
    slot: &mut Option<T>,
    name: &'static str,
) -> Result<(), A::Error>
where
    A: MapAccess<'de>,
    T: de::Deserialize<'de>,
{
    if slot.is_some() {
        return Err(A::Error::custom(format_args!(
            "duplicate field `{}`",
            Current { last: Some(name) }
        )));
    }
    let _entered = path::enter(Segment::Field(name));
    *slot = Some(map.next_value_seed(NamedSeed(PhantomData::<T>))?);
    Ok(())
}

/// Skips the value of a key the model does not know: the API may add keys at any time.
#[inline]
pub fn skip<'de, A: MapAccess<'de>>(map: &mut A) -> Result<(), A::Error> {
    map.next_value::<IgnoredAny>().map(|_| ())
}

/// The value of a field whose key must be present.
#[inline]
pub fn required<T, E: de::Error>(slot: Option<T>, name: &'static str) -> Result<T, E> {
    match slot {
        Some(value) => Ok(value),
        None => Err(E::custom(format_args!(
            "missing field `{}`",
            Current { last: Some(name) }
        ))),
    }
}

/// What a struct read from a sequence expects: its object, of `count` fields. A length error
/// names the struct, the number of fields and the path to the struct:
/// `invalid length 1, expected a CreatedFrom object with 2 fields for `created_from``.
pub struct Fields<'a> {
    object: &'a dyn de::Expected,
    count: usize,
}

impl<'a> Fields<'a> {
    /// `object` is the struct's visitor (`a CreatedFrom object`).
    #[inline]
    pub fn new(object: &'a dyn de::Expected, count: usize) -> Self {
        Fields { object, count }
    }

    fn invalid_length<E: de::Error>(&self, length: usize) -> E {
        path::claim_error();
        E::invalid_length(length, &WithPath(self))
    }
}

impl de::Expected for Fields<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let plural = if self.count == 1 { "" } else { "s" };
        write!(f, "{} with {} field{plural}", self.object, self.count)
    }
}

/// Reads the field at `index` of a struct written as the sequence of its fields, naming the field
/// in any error about its value; a sequence that ends before it is a length error.
#[inline]
pub fn element<'de, A, T>(
    seq: &mut A,
    fields: &Fields<'_>,
    index: usize,
    name: &'static str,
) -> Result<T, A::Error>
where
    A: SeqAccess<'de>,
    T: de::Deserialize<'de>,
{
    let value = {
        let _entered = path::enter(Segment::Field(name));
        seq.next_element_seed(NamedSeed(PhantomData::<T>))?
    };
    value.ok_or_else(|| fields.invalid_length(index))
}

/// Checks that a struct's sequence holds no more than its fields: a self-describing format
/// (MessagePack) may hand a longer one, which is a length error counting every element.
#[inline]
pub fn end_of_fields<'de, A: SeqAccess<'de>>(
    seq: &mut A,
    fields: &Fields<'_>,
) -> Result<(), A::Error> {
    let mut length = fields.count;
    while seq.next_element::<IgnoredAny>()?.is_some() {
        length += 1;
    }
    if length == fields.count {
        Ok(())
    } else {
        Err(fields.invalid_length(length))
    }
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
