//! Deserialization helpers shared by every derived struct.
//!
//! Errors name the field they are about, through plain `serde_json::from_str`: each field's value
//! is read through [`Named`], which appends `` for `path.to.field` `` to the *expected* part of a
//! type error. That is the one part of a format's error a wrapper can extend without changing the
//! error's category (a syntax or EOF error stays one, with no field named) or repeating the
//! position serde_json appends: `invalid type: string "42", expected i64 for `id` at line 1 column 9`.

use super::path::{self, Current, ForPath, Segment};
use core::fmt;
use core::marker::PhantomData;
use serde_core::de::{
    self, DeserializeSeed, Deserializer, EnumAccess, Error as _, IgnoredAny, MapAccess, SeqAccess,
    Visitor,
};

/// A field's position in its struct, as matched from the key.
pub type Key = u16;

/// The key is not a field of the struct: its value is skipped.
pub const UNKNOWN_KEY: Key = Key::MAX;

/// Reads the next key and matches it to a field without allocating, whether the input lends the
/// key (`from_str`, `from_slice`) or hands it over owned (`from_reader`, `from_value`).
#[inline]
pub fn next_key<'de, A, F>(map: &mut A, index: F) -> Result<Option<Key>, A::Error>
where
    A: MapAccess<'de>,
    F: Fn(&str) -> Key,
{
    map.next_key_seed(KeySeed(index))
}

struct KeySeed<F>(F);

impl<'de, F: Fn(&str) -> Key> DeserializeSeed<'de> for KeySeed<F> {
    type Value = Key;

    #[inline]
    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<Key, D::Error> {
        deserializer.deserialize_identifier(self)
    }
}

impl<'de, F: Fn(&str) -> Key> Visitor<'de> for KeySeed<F> {
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
        Ok(core::str::from_utf8(key).map_or(UNKNOWN_KEY, &self.0))
    }
}

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
    *slot = Some(map.next_value_seed(Named(PhantomData::<T>))?);
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

/// The error for an array where a derived struct's object belongs. serde_json hands arrays to a
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

/// Reads a value through [`Named`]; as a seed it wraps whatever seed it is given.
pub struct Named<S>(S);

impl<'de, T: de::Deserialize<'de>> DeserializeSeed<'de> for Named<PhantomData<T>> {
    type Value = T;

    #[inline]
    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<T, D::Error> {
        T::deserialize(Named(deserializer))
    }
}

struct NamedSeed<S>(S);

impl<'de, S: DeserializeSeed<'de>> DeserializeSeed<'de> for NamedSeed<S> {
    type Value = S::Value;

    #[inline]
    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<S::Value, D::Error> {
        path::element_started();
        self.0.deserialize(Named(deserializer))
    }
}

/// Appends the current path to a fresh error made by a visitor from a plain value (such errors
/// carry no position yet; serde_json adds it once, afterwards).
fn name_error<E: de::Error>(error: E) -> E {
    if path::claim_error() {
        E::custom(format_args!("{error}{ForPath}"))
    } else {
        error
    }
}

macro_rules! forward_deserialize {
    ($($method:ident($($arg:ident: $ty:ty),*);)*) => {$(
        #[inline]
        fn $method<V: Visitor<'de>>(self, $($arg: $ty,)* visitor: V) -> Result<V::Value, D::Error> {
            self.0.$method($($arg,)* Named(visitor))
        }
    )*};
}

impl<'de, D: Deserializer<'de>> Deserializer<'de> for Named<D> {
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

macro_rules! forward_plain_visit {
    ($($method:ident($ty:ty);)*) => {$(
        #[inline]
        fn $method<E: de::Error>(self, value: $ty) -> Result<V::Value, E> {
            self.0.$method(value).map_err(name_error)
        }
    )*};
}

impl<'de, V: Visitor<'de>> Visitor<'de> for Named<V> {
    type Value = V::Value;

    /// serde_json builds its type errors from the visitor it was handed, so this names the
    /// field in those; the outermost wrapper alone appends the path.
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
        self.0.visit_some(Named(deserializer))
    }

    #[inline]
    fn visit_newtype_struct<D: Deserializer<'de>>(
        self,
        deserializer: D,
    ) -> Result<V::Value, D::Error> {
        self.0.visit_newtype_struct(Named(deserializer))
    }

    #[inline]
    fn visit_seq<A: SeqAccess<'de>>(self, seq: A) -> Result<V::Value, A::Error> {
        self.0.visit_seq(NamedSeq { seq, index: 0 })
    }

    #[inline]
    fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<V::Value, A::Error> {
        self.0.visit_map(Named(map))
    }

    #[inline]
    fn visit_enum<A: EnumAccess<'de>>(self, data: A) -> Result<V::Value, A::Error> {
        self.0.visit_enum(data)
    }
}

/// Elements of a sequence inside a field: errors name them `field[index]`.
struct NamedSeq<A> {
    seq: A,
    index: usize,
}

impl<'de, A: SeqAccess<'de>> SeqAccess<'de> for NamedSeq<A> {
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
impl<'de, A: MapAccess<'de>> MapAccess<'de> for Named<A> {
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

/// A field's own way to deserialize, given with `#[api(with)]` or `#[api(deserialize_with)]`:
/// the derive implements it on a marker type per field, calling the user's function.
pub trait DeserializeAs<'de, T> {
    /// Calls the user's function.
    fn deserialize_as<D: Deserializer<'de>>(deserializer: D) -> Result<T, D::Error>;
}

/// A value read through the marker `M`'s function.
pub struct DeserializeWith<T, M>(pub T, PhantomData<M>);

impl<'de, T, M: DeserializeAs<'de, T>> de::Deserialize<'de> for DeserializeWith<T, M> {
    #[inline]
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        M::deserialize_as(deserializer).map(|value| DeserializeWith(value, PhantomData))
    }
}

impl<T, M> DeserializeWith<T, M> {
    /// The value read.
    #[inline]
    pub fn into_inner(self) -> T {
        self.0
    }
}

/// Reads a `Cow<'a, str>` field borrowing from the input when it can (no escapes, a borrowing
/// deserializer), owning it otherwise; serde's own impl always owns.
pub struct BorrowedCow<'a>(pub std::borrow::Cow<'a, str>);

impl<'de: 'a, 'a> de::Deserialize<'de> for BorrowedCow<'a> {
    #[inline]
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct CowVisitor;

        impl<'de> Visitor<'de> for CowVisitor {
            type Value = std::borrow::Cow<'de, str>;

            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a string")
            }

            fn visit_borrowed_str<E: de::Error>(self, value: &'de str) -> Result<Self::Value, E> {
                Ok(std::borrow::Cow::Borrowed(value))
            }

            fn visit_str<E: de::Error>(self, value: &str) -> Result<Self::Value, E> {
                Ok(std::borrow::Cow::Owned(value.to_owned()))
            }

            fn visit_string<E: de::Error>(self, value: String) -> Result<Self::Value, E> {
                Ok(std::borrow::Cow::Owned(value))
            }
        }

        deserializer.deserialize_str(CowVisitor).map(BorrowedCow)
    }
}

/// Reads the next key of a struct that denies unknown fields: an unknown key is an error naming
/// it and the keys the struct has.
#[inline]
pub fn next_known_key<'de, A, F>(
    map: &mut A,
    index: F,
    fields: &'static [&'static str],
) -> Result<Option<Key>, A::Error>
where
    A: MapAccess<'de>,
    F: Fn(&str) -> Key,
{
    map.next_key_seed(StrictKeySeed { index, fields })
}

struct StrictKeySeed<F> {
    index: F,
    fields: &'static [&'static str],
}

impl<'de, F: Fn(&str) -> Key> DeserializeSeed<'de> for StrictKeySeed<F> {
    type Value = Key;

    #[inline]
    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<Key, D::Error> {
        deserializer.deserialize_identifier(self)
    }
}

impl<'de, F: Fn(&str) -> Key> Visitor<'de> for StrictKeySeed<F> {
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
