//! Unions tagged by a key inside the object (`#[api(tag = "type")]`).
//!
//! The tag may come anywhere in the object (the API does not promise it first). Keys before it are
//! kept as they arrive, and replayed to the variant's model ahead of the rest of the object; when
//! the tag comes first, as it does in the API's responses, nothing is kept and the variant's model
//! reads straight from the input.

use super::Union;
use crate::runtime::__private::de::NamedSeed;
use crate::runtime::__private::path::{self, Current, Segment};
use crate::runtime::enum_error;
use core::fmt;
use core::marker::PhantomData;
use serde_core::de::value::{MapAccessDeserializer, StringDeserializer};
use serde_core::de::{
    self, DeserializeSeed, Deserializer, Error as _, MapAccess, Unexpected, Visitor,
};
use serde_json::Value;

/// Implemented by the derive for a union tagged by a key (hidden; not a stable API). Its
/// [`Union::VARIANT_NAMES`] are the tag's values.
pub trait TaggedUnion<'de>: Union<'de> {
    /// The key whose value names the variant.
    const TAG: &'static str;
}

/// Reads a tagged union: an object with the tag key where the format is human-readable, the
/// variant's index and its value elsewhere.
#[inline]
pub fn deserialize<'de, T, D>(deserializer: D) -> Result<T, D::Error>
where
    T: TaggedUnion<'de>,
    D: Deserializer<'de>,
{
    super::deserialize(deserializer, ObjectVisitor(PhantomData::<T>))
}

struct ObjectVisitor<T>(PhantomData<T>);

impl<'de, T: TaggedUnion<'de>> Visitor<'de> for ObjectVisitor<T> {
    type Value = T;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} {} object", super::article(T::NAME), T::NAME)
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<T, A::Error> {
        let mut before_tag: Vec<(String, Value)> = Vec::new();
        while let Some(key) = map.next_key_seed(KeySeed { tag: T::TAG })? {
            let Some(key) = key else {
                let tag = read_tag::<T, A>(&mut map)?;
                return match (tag, before_tag.is_empty()) {
                    (Ok(index), true) => T::variant(index, MapAccessDeserializer::new(map)),
                    (Ok(index), false) => {
                        let replay = Replay {
                            kept: before_tag.into_iter(),
                            value: None,
                            rest: map,
                        };
                        T::variant(index, MapAccessDeserializer::new(replay))
                    }
                    (Err(unknown), _) => keep_whole::<T, A>(before_tag, unknown, map),
                };
            };
            let value = map.next_value::<Value>()?;
            before_tag.push((key, value));
        }
        Err(A::Error::custom(format_args!(
            "missing field `{}`",
            Current { last: Some(T::TAG) }
        )))
    }
}

/// A key of the object: `None` for the tag, the key itself for any other.
struct KeySeed {
    tag: &'static str,
}

impl<'de> DeserializeSeed<'de> for KeySeed {
    type Value = Option<String>;

    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<Self::Value, D::Error> {
        deserializer.deserialize_identifier(self)
    }
}

impl<'de> Visitor<'de> for KeySeed {
    type Value = Option<String>;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a field name")
    }

    fn visit_str<E: de::Error>(self, key: &str) -> Result<Self::Value, E> {
        Ok((key != self.tag).then(|| key.to_owned()))
    }
}

/// Reads the tag's value, named as the field it is: the variant's index, or the unknown value
/// when the union keeps unknown objects.
fn read_tag<'de, T: TaggedUnion<'de>, A: MapAccess<'de>>(
    map: &mut A,
) -> Result<Result<usize, String>, A::Error> {
    let _entered = path::enter(Segment::Field(T::TAG));
    map.next_value_seed(NamedSeed(TagSeed(PhantomData::<T>)))
}

struct TagSeed<T>(PhantomData<T>);

impl<'de, T: TaggedUnion<'de>> DeserializeSeed<'de> for TagSeed<T> {
    type Value = Result<usize, String>;

    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<Self::Value, D::Error> {
        deserializer.deserialize_str(self)
    }
}

impl<'de, T: TaggedUnion<'de>> Visitor<'de> for TagSeed<T> {
    type Value = Result<usize, String>;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        enum_error::write_expected(f, T::OPEN, T::VARIANT_NAMES)
    }

    fn visit_str<E: de::Error>(self, value: &str) -> Result<Self::Value, E> {
        match T::VARIANT_NAMES.iter().position(|tag| *tag == value) {
            Some(index) => Ok(Ok(index)),
            None if T::OPEN => Ok(Err(value.to_owned())),
            None => Err(E::invalid_value(Unexpected::Str(value), &self)),
        }
    }
}

/// The whole object of an unknown variant, in the catch-all.
fn keep_whole<'de, T: TaggedUnion<'de>, A: MapAccess<'de>>(
    before_tag: Vec<(String, Value)>,
    tag: String,
    mut map: A,
) -> Result<T, A::Error> {
    let mut object: serde_json::Map<String, Value> = before_tag.into_iter().collect();
    object.insert(T::TAG.to_owned(), Value::String(tag));
    while let Some(key) = map.next_key::<String>()? {
        let value = map.next_value::<Value>()?;
        object.insert(key, value);
    }
    T::other(Value::Object(object))
        .map_err(|_| A::Error::custom("a union without a catch-all kept an unknown object"))
}

/// The keys read before the tag, then the rest of the object.
struct Replay<A> {
    kept: std::vec::IntoIter<(String, Value)>,
    /// The value of the kept key just handed out.
    value: Option<Value>,
    rest: A,
}

impl<'de, A: MapAccess<'de>> MapAccess<'de> for Replay<A> {
    type Error = A::Error;

    fn next_key_seed<K: DeserializeSeed<'de>>(
        &mut self,
        seed: K,
    ) -> Result<Option<K::Value>, A::Error> {
        match self.kept.next() {
            Some((key, value)) => {
                self.value = Some(value);
                seed.deserialize(StringDeserializer::new(key)).map(Some)
            }
            None => self.rest.next_key_seed(seed),
        }
    }

    fn next_value_seed<S: DeserializeSeed<'de>>(&mut self, seed: S) -> Result<S::Value, A::Error> {
        match self.value.take() {
            // The error already names its path; only its type changes.
            Some(value) => seed.deserialize(value).map_err(A::Error::custom),
            None => self.rest.next_value_seed(seed),
        }
    }
}

/// Writes a variant's model with the tag first where the format is human-readable, as an indexed
/// enum variant elsewhere.
#[inline]
pub fn serialize<S, M>(
    serializer: S,
    union: &'static str,
    tag: &'static str,
    index: usize,
    value: &'static str,
    model: &M,
) -> Result<S::Ok, S::Error>
where
    S: serde_core::Serializer,
    M: serde_core::Serialize + ?Sized,
{
    if serializer.is_human_readable() {
        model.serialize(super::tag_first::TagFirst {
            inner: serializer,
            tag,
            value,
        })
    } else {
        super::serialize_indexed(serializer, union, index, value, model)
    }
}

/// Writes the catch-all's object back as it came, or as the variant one past the known ones.
#[inline]
pub fn serialize_other<S: serde_core::Serializer>(
    serializer: S,
    union: &'static str,
    index: usize,
    variant: &'static str,
    object: &Value,
) -> Result<S::Ok, S::Error> {
    if serializer.is_human_readable() {
        serde_core::Serialize::serialize(object, serializer)
    } else {
        super::serialize_indexed(serializer, union, index, variant, object)
    }
}
