//! The wrappers a value inside a field is read through, one per serde role, so an error about the
//! value names the path to it. Who appends the path, and when, is the rule at the top of `path.rs`.
//!
//! [`NamedSeed`] reads a value (a field's, an element's, a map entry's) through a
//! [`NamedDeserializer`], which hands the format a [`NamedVisitor`] in place of each visitor. The
//! visitor names the errors it sees and hands its inner visitor what the format gives it, wrapped
//! again: an `Option`'s or newtype's inner value through a [`NamedDeserializer`], a sequence as a
//! [`NamedSeqAccess`] (each element entered by index), a map as a [`NamedMapAccess`] (each value
//! through a [`NamedSeed`]).

use crate::runtime::__private::path::{self, ForPath, Segment};
use core::fmt;
use serde_core::de::{
    self, DeserializeSeed, Deserializer, EnumAccess, MapAccess, SeqAccess, Visitor,
};

/// Reads a value through a [`NamedDeserializer`]: `NamedSeed(PhantomData::<T>)` a field's `T`,
/// or whatever seed reads an element or a map value inside a field.
pub(super) struct NamedSeed<S>(pub(super) S);

impl<'de, S: DeserializeSeed<'de>> DeserializeSeed<'de> for NamedSeed<S> {
    type Value = S::Value;

    #[inline]
    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<S::Value, D::Error> {
        // Ends a pending element (`path.rs`); a field's value or a map's has none pending.
        path::element_started();
        self.0.deserialize(NamedDeserializer(deserializer))
    }
}

/// The format's deserializer, handing it a [`NamedVisitor`] for every visitor.
struct NamedDeserializer<D>(D);

macro_rules! forward_deserialize {
    ($($method:ident($($arg:ident: $ty:ty),*);)*) => {$(
        #[inline]
        fn $method<V: Visitor<'de>>(self, $($arg: $ty,)* visitor: V) -> Result<V::Value, D::Error> {
            self.0.$method($($arg,)* NamedVisitor(visitor))
        }
    )*};
}

impl<'de, D: Deserializer<'de>> Deserializer<'de> for NamedDeserializer<D> {
    type Error = D::Error;

    forward_deserialize! {
        deserialize_any();
        deserialize_bool();
        deserialize_i8();
        deserialize_i16();
        deserialize_i32();
        deserialize_i64();
        deserialize_i128();
        deserialize_u8();
        deserialize_u16();
        deserialize_u32();
        deserialize_u64();
        deserialize_u128();
        deserialize_f32();
        deserialize_f64();
        deserialize_char();
        deserialize_str();
        deserialize_string();
        deserialize_bytes();
        deserialize_byte_buf();
        deserialize_option();
        deserialize_unit();
        deserialize_unit_struct(name: &'static str);
        deserialize_newtype_struct(name: &'static str);
        deserialize_seq();
        deserialize_tuple(len: usize);
        deserialize_tuple_struct(name: &'static str, len: usize);
        deserialize_map();
        deserialize_struct(name: &'static str, fields: &'static [&'static str]);
        deserialize_enum(name: &'static str, variants: &'static [&'static str]);
        deserialize_identifier();
        deserialize_ignored_any();
    }

    fn is_human_readable(&self) -> bool {
        self.0.is_human_readable()
    }
}

/// A value's visitor: appends the path to the errors about the value, and wraps what it hands
/// on (inner values, sequences, maps) so the values inside are named too.
struct NamedVisitor<V>(V);

/// Appends the current path to an error a visitor made from a plain value, unless the error
/// already has it (`path.rs`).
fn name_error<E: de::Error>(error: E) -> E {
    if path::claim_error() {
        E::custom(format_args!("{error}{ForPath}"))
    } else {
        error
    }
}

macro_rules! forward_plain_visit {
    ($($method:ident($ty:ty);)*) => {$(
        #[inline]
        fn $method<E: de::Error>(self, value: $ty) -> Result<V::Value, E> {
            self.0.$method(value).map_err(name_error)
        }
    )*};
}

impl<'de, V: Visitor<'de>> Visitor<'de> for NamedVisitor<V> {
    type Value = V::Value;

    /// The format builds its type errors from the visitor it holds: this is where they get
    /// their path (`path.rs`).
    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match path::outermost_expecting(|| self.0.expecting(f)) {
            Some(result) => {
                result?;
                path::claim_error();
                write!(f, "{ForPath}")
            }
            None => self.0.expecting(f),
        }
    }

    forward_plain_visit! {
        visit_bool(bool);
        visit_i8(i8);
        visit_i16(i16);
        visit_i32(i32);
        visit_i64(i64);
        visit_i128(i128);
        visit_u8(u8);
        visit_u16(u16);
        visit_u32(u32);
        visit_u64(u64);
        visit_u128(u128);
        visit_f32(f32);
        visit_f64(f64);
        visit_char(char);
        visit_str(&str);
        visit_borrowed_str(&'de str);
        visit_string(String);
        visit_bytes(&[u8]);
        visit_borrowed_bytes(&'de [u8]);
        visit_byte_buf(Vec<u8>);
    }

    #[inline]
    fn visit_none<E: de::Error>(self) -> Result<V::Value, E> {
        self.0.visit_none().map_err(name_error)
    }

    #[inline]
    fn visit_unit<E: de::Error>(self) -> Result<V::Value, E> {
        self.0.visit_unit().map_err(name_error)
    }

    #[inline]
    fn visit_some<D: Deserializer<'de>>(self, deserializer: D) -> Result<V::Value, D::Error> {
        self.0.visit_some(NamedDeserializer(deserializer))
    }

    #[inline]
    fn visit_newtype_struct<D: Deserializer<'de>>(
        self,
        deserializer: D,
    ) -> Result<V::Value, D::Error> {
        self.0.visit_newtype_struct(NamedDeserializer(deserializer))
    }

    #[inline]
    fn visit_seq<A: SeqAccess<'de>>(self, seq: A) -> Result<V::Value, A::Error> {
        self.0.visit_seq(NamedSeqAccess { seq, index: 0 })
    }

    #[inline]
    fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<V::Value, A::Error> {
        self.0.visit_map(NamedMapAccess(map))
    }

    #[inline]
    fn visit_enum<A: EnumAccess<'de>>(self, data: A) -> Result<V::Value, A::Error> {
        self.0.visit_enum(data)
    }
}

/// Elements of a sequence inside a field: errors name them `field[index]`.
struct NamedSeqAccess<A> {
    seq: A,
    index: usize,
}

impl<'de, A: SeqAccess<'de>> SeqAccess<'de> for NamedSeqAccess<A> {
    type Error = A::Error;

    #[inline]
    fn next_element_seed<S: DeserializeSeed<'de>>(
        &mut self,
        seed: S,
    ) -> Result<Option<S::Value>, A::Error> {
        let _entered = path::enter(Segment::Index(self.index));
        self.index += 1;
        self.seq.next_element_seed(NamedSeed(seed))
    }

    fn size_hint(&self) -> Option<usize> {
        self.seq.size_hint()
    }
}

/// Values of a map inside a field (labels): errors name the field the map is in.
struct NamedMapAccess<A>(A);

impl<'de, A: MapAccess<'de>> MapAccess<'de> for NamedMapAccess<A> {
    type Error = A::Error;

    #[inline]
    fn next_key_seed<K: DeserializeSeed<'de>>(
        &mut self,
        seed: K,
    ) -> Result<Option<K::Value>, A::Error> {
        self.0.next_key_seed(seed)
    }

    #[inline]
    fn next_value_seed<S: DeserializeSeed<'de>>(&mut self, seed: S) -> Result<S::Value, A::Error> {
        self.0.next_value_seed(NamedSeed(seed))
    }

    fn size_hint(&self) -> Option<usize> {
        self.0.size_hint()
    }
}
