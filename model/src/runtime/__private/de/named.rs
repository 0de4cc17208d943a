//! The wrappers a value inside a field is read through, one per serde role, so an error about the
//! value names the path to it. Who appends the path, and when, is the rule at the top of `path.rs`.
//!
//! [`NamedSeed`] reads a value (a field's, an element's, a map entry's) through a
//! [`NamedDeserializer`], which hands the format a [`NamedVisitor`] in place of each visitor. The
//! visitor names the errors it sees and hands its inner visitor what the format gives it, wrapped
//! again: an `Option`'s, newtype's or enum variant's inner value through a [`NamedDeserializer`],
//! a sequence as a [`NamedSeqAccess`] (each element entered by index), and a map read *as a map*
//! (`deserialize_map`: `BTreeMap`, `HashMap`) as a [`NamedMapAccess`] (each value through a
//! [`NamedSeed`]).
//!
//! An object read any other way (`deserialize_any`: a union) reaches its visitor unwrapped, and so
//! does a struct's map or sequence (`deserialize_struct`: a derived struct, which bincode and
//! postcard hand a sequence of its fields), because a derived model names its own fields: wrapping
//! them as well would name each field's value twice (a sequence's elements by index too), and a
//! model that contains itself (`children: Vec<Node>`) would then need a new wrapper type at every
//! level, which the compiler cannot instantiate. Unwrapped, every level reads through the same
//! types.

use crate::runtime::__private::path::{self, ForPath, Segment};
use core::fmt;
use core::marker::PhantomData;
use serde_core::de::{
    self, DeserializeSeed, Deserializer, EnumAccess, MapAccess, SeqAccess, VariantAccess, Visitor,
};

/// Reads a value through a [`NamedDeserializer`]: `NamedSeed(PhantomData::<T>)` a field's `T`,
/// or whatever seed reads an element or a map value inside a field.
pub(crate) struct NamedSeed<S>(pub(crate) S);

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
pub(crate) struct NamedDeserializer<D>(pub(crate) D);

macro_rules! forward_deserialize {
    ($($method:ident($($arg:ident: $ty:ty),*);)*) => {$(
        #[inline]
        fn $method<V: Visitor<'de>>(self, $($arg: $ty,)* visitor: V) -> Result<V::Value, D::Error> {
            self.0.$method($($arg,)* NamedVisitor::<V, NameElements>::new(visitor))
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
        deserialize_enum(name: &'static str, variants: &'static [&'static str]);
        deserialize_identifier();
        deserialize_ignored_any();
    }

    /// The one way in that names a map's values: a map type (`BTreeMap`, `HashMap`) has no
    /// fields of its own to name them by.
    #[inline]
    fn deserialize_map<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, D::Error> {
        self.0
            .deserialize_map(NamedVisitor::<V, NameValues>::new(visitor))
    }

    /// A struct names its own fields, whether they come as a map or as a sequence.
    #[inline]
    fn deserialize_struct<V: Visitor<'de>>(
        self,
        name: &'static str,
        fields: &'static [&'static str],
        visitor: V,
    ) -> Result<V::Value, D::Error> {
        self.0
            .deserialize_struct(name, fields, NamedVisitor::<V, OwnFields>::new(visitor))
    }

    fn is_human_readable(&self) -> bool {
        self.0.is_human_readable()
    }
}

/// What a [`NamedVisitor`] hands on of a sequence and of a map: each as it came to a struct
/// ([`OwnFields`]), the elements named ([`NameElements`]), or the elements and a map's values named
/// ([`NameValues`]). A type, not a flag, so each visitor instantiates only its own way.
trait Contents {
    /// By default a sequence's elements are named by index.
    #[inline]
    fn visit_seq<'de, V: Visitor<'de>, A: SeqAccess<'de>>(
        visitor: V,
        seq: A,
    ) -> Result<V::Value, A::Error> {
        visitor.visit_seq(NamedSeqAccess { seq, index: 0 })
    }

    /// By default a map goes to the visitor as it came: an object read by `deserialize_any` (a
    /// union's) names its own fields.
    #[inline]
    fn visit_map<'de, V: Visitor<'de>, A: MapAccess<'de>>(
        visitor: V,
        map: A,
    ) -> Result<V::Value, A::Error> {
        visitor.visit_map(map)
    }
}

/// A struct's map or sequence goes to its visitor as it came: a derived model's visitor names its
/// own fields.
struct OwnFields;

impl Contents for OwnFields {
    #[inline]
    fn visit_seq<'de, V: Visitor<'de>, A: SeqAccess<'de>>(
        visitor: V,
        seq: A,
    ) -> Result<V::Value, A::Error> {
        visitor.visit_seq(seq)
    }
}

/// A sequence's elements are named by index; a map goes to the visitor as it came.
struct NameElements;

impl Contents for NameElements {}

/// A sequence's elements are named by index, and each value of a map is read through a
/// [`NamedSeed`], named by the field the map is in.
struct NameValues;

impl Contents for NameValues {
    #[inline]
    fn visit_map<'de, V: Visitor<'de>, A: MapAccess<'de>>(
        visitor: V,
        map: A,
    ) -> Result<V::Value, A::Error> {
        visitor.visit_map(NamedMapAccess(map))
    }
}

/// A value's visitor: appends the path to the errors about the value, and wraps what it hands
/// on (inner values, sequences, maps) so the values inside are named too.
struct NamedVisitor<V, M> {
    inner: V,
    maps: PhantomData<M>,
}

impl<V, M> NamedVisitor<V, M> {
    #[inline]
    fn new(inner: V) -> Self {
        NamedVisitor {
            inner,
            maps: PhantomData,
        }
    }
}

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
            self.inner.$method(value).map_err(name_error)
        }
    )*};
}

impl<'de, V: Visitor<'de>, M: Contents> Visitor<'de> for NamedVisitor<V, M> {
    type Value = V::Value;

    /// The format builds its type errors from the visitor it holds: this is where they get
    /// their path (`path.rs`).
    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        path::write_expecting(&self.inner, f)
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
        self.inner.visit_none().map_err(name_error)
    }

    #[inline]
    fn visit_unit<E: de::Error>(self) -> Result<V::Value, E> {
        self.inner.visit_unit().map_err(name_error)
    }

    #[inline]
    fn visit_some<D: Deserializer<'de>>(self, deserializer: D) -> Result<V::Value, D::Error> {
        self.inner.visit_some(NamedDeserializer(deserializer))
    }

    #[inline]
    fn visit_newtype_struct<D: Deserializer<'de>>(
        self,
        deserializer: D,
    ) -> Result<V::Value, D::Error> {
        self.inner
            .visit_newtype_struct(NamedDeserializer(deserializer))
    }

    #[inline]
    fn visit_seq<A: SeqAccess<'de>>(self, seq: A) -> Result<V::Value, A::Error> {
        M::visit_seq(self.inner, seq)
    }

    #[inline]
    fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<V::Value, A::Error> {
        M::visit_map(self.inner, map)
    }

    #[inline]
    fn visit_enum<A: EnumAccess<'de>>(self, data: A) -> Result<V::Value, A::Error> {
        self.inner.visit_enum(NamedEnumAccess(data))
    }
}

/// An enum inside a field (a `Patch` or a union outside human-readable formats): the variant's
/// name or index, and its value, are read as the field's own value would be, so an unknown
/// variant names the field too.
struct NamedEnumAccess<A>(A);

impl<'de, A: EnumAccess<'de>> EnumAccess<'de> for NamedEnumAccess<A> {
    type Error = A::Error;
    type Variant = NamedVariantAccess<A::Variant>;

    #[inline]
    fn variant_seed<S: DeserializeSeed<'de>>(
        self,
        seed: S,
    ) -> Result<(S::Value, Self::Variant), A::Error> {
        let (variant, access) = self.0.variant_seed(NamedSeed(seed))?;
        Ok((variant, NamedVariantAccess(access)))
    }
}

struct NamedVariantAccess<A>(A);

impl<'de, A: VariantAccess<'de>> VariantAccess<'de> for NamedVariantAccess<A> {
    type Error = A::Error;

    #[inline]
    fn unit_variant(self) -> Result<(), A::Error> {
        self.0.unit_variant()
    }

    #[inline]
    fn newtype_variant_seed<S: DeserializeSeed<'de>>(self, seed: S) -> Result<S::Value, A::Error> {
        self.0.newtype_variant_seed(NamedSeed(seed))
    }

    #[inline]
    fn tuple_variant<V: Visitor<'de>>(self, len: usize, visitor: V) -> Result<V::Value, A::Error> {
        self.0
            .tuple_variant(len, NamedVisitor::<V, NameElements>::new(visitor))
    }

    #[inline]
    fn struct_variant<V: Visitor<'de>>(
        self,
        fields: &'static [&'static str],
        visitor: V,
    ) -> Result<V::Value, A::Error> {
        self.0
            .struct_variant(fields, NamedVisitor::<V, OwnFields>::new(visitor))
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
