//! A serializer that writes a variant's model with the union's tag key first: the model's own
//! `Serialize` runs unchanged, and its object gains one entry ahead of its fields.

use serde_core::ser::{self, Error as _, Impossible, SerializeMap, SerializeStruct, Serializer};

pub(super) struct TagFirst<S> {
    pub(super) inner: S,
    pub(super) tag: &'static str,
    pub(super) value: &'static str,
}

impl<S: Serializer> TagFirst<S> {
    fn not_an_object(&self, what: &str) -> S::Error {
        S::Error::custom(format_args!(
            "a variant of a union tagged by `{}` is written as an object, not {what}",
            self.tag
        ))
    }
}

/// Every kind of value that is not an object is an error: the tag has nowhere to go.
macro_rules! not_an_object {
    ($($method:ident($($arg:ty),*) -> $ok:ty, $what:literal;)*) => {$(
        fn $method(self, $(_: $arg),*) -> Result<$ok, S::Error> {
            Err(self.not_an_object($what))
        }
    )*};
}

impl<S: Serializer> Serializer for TagFirst<S> {
    type Ok = S::Ok;
    type Error = S::Error;
    type SerializeSeq = Impossible<S::Ok, S::Error>;
    type SerializeTuple = Impossible<S::Ok, S::Error>;
    type SerializeTupleStruct = Impossible<S::Ok, S::Error>;
    type SerializeTupleVariant = Impossible<S::Ok, S::Error>;
    type SerializeMap = S::SerializeMap;
    type SerializeStruct = S::SerializeStruct;
    type SerializeStructVariant = Impossible<S::Ok, S::Error>;

    fn serialize_struct(
        self,
        name: &'static str,
        len: usize,
    ) -> Result<S::SerializeStruct, S::Error> {
        let mut state = self.inner.serialize_struct(name, len + 1)?;
        state.serialize_field(self.tag, self.value)?;
        Ok(state)
    }

    fn serialize_map(self, len: Option<usize>) -> Result<S::SerializeMap, S::Error> {
        let mut state = self.inner.serialize_map(len.map(|len| len + 1))?;
        state.serialize_entry(self.tag, self.value)?;
        Ok(state)
    }

    not_an_object! {
        serialize_bool(bool) -> S::Ok, "a boolean";
        serialize_i8(i8) -> S::Ok, "a number";
        serialize_i16(i16) -> S::Ok, "a number";
        serialize_i32(i32) -> S::Ok, "a number";
        serialize_i64(i64) -> S::Ok, "a number";
        serialize_u8(u8) -> S::Ok, "a number";
        serialize_u16(u16) -> S::Ok, "a number";
        serialize_u32(u32) -> S::Ok, "a number";
        serialize_u64(u64) -> S::Ok, "a number";
        serialize_f32(f32) -> S::Ok, "a number";
        serialize_f64(f64) -> S::Ok, "a number";
        serialize_char(char) -> S::Ok, "a string";
        serialize_str(&str) -> S::Ok, "a string";
        serialize_bytes(&[u8]) -> S::Ok, "bytes";
        serialize_none() -> S::Ok, "null";
        serialize_unit() -> S::Ok, "null";
        serialize_unit_struct(&'static str) -> S::Ok, "a unit struct";
        serialize_unit_variant(&'static str, u32, &'static str) -> S::Ok, "a string";
        serialize_seq(Option<usize>) -> Self::SerializeSeq, "an array";
        serialize_tuple(usize) -> Self::SerializeTuple, "an array";
        serialize_tuple_struct(&'static str, usize) -> Self::SerializeTupleStruct, "an array";
        serialize_tuple_variant(&'static str, u32, &'static str, usize) -> Self::SerializeTupleVariant, "an array";
        serialize_struct_variant(&'static str, u32, &'static str, usize) -> Self::SerializeStructVariant, "an enum variant";
    }

    fn serialize_some<T: ser::Serialize + ?Sized>(self, value: &T) -> Result<S::Ok, S::Error> {
        value.serialize(self)
    }

    fn serialize_newtype_struct<T: ser::Serialize + ?Sized>(
        self,
        _: &'static str,
        value: &T,
    ) -> Result<S::Ok, S::Error> {
        value.serialize(self)
    }

    fn serialize_newtype_variant<T: ser::Serialize + ?Sized>(
        self,
        _: &'static str,
        _: u32,
        _: &'static str,
        _: &T,
    ) -> Result<S::Ok, S::Error> {
        Err(self.not_an_object("an enum variant"))
    }

    fn is_human_readable(&self) -> bool {
        self.inner.is_human_readable()
    }
}
