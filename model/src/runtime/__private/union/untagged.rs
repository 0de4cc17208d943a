//! Untagged unions (`#[api(untagged)]`): the variant is chosen by the kind of the value (null,
//! boolean, number, string, array, object), read from each variant's wire shape. Nothing is
//! buffered unless two variants accept the same kind of array or object; variants that accept
//! the same kind are tried in declaration order.

use super::Union;
use super::kind::{Accepted, Kind, accepts};
use core::fmt;
use core::marker::PhantomData;
use serde_core::de::value::{
    BoolDeserializer, BorrowedStrDeserializer, F64Deserializer, I64Deserializer,
    MapAccessDeserializer, SeqAccessDeserializer, StrDeserializer, U64Deserializer,
    UnitDeserializer,
};
use serde_core::de::{self, Deserialize, Deserializer, MapAccess, SeqAccess, Unexpected, Visitor};
use serde_json::Value;

/// Reads an untagged union: by the kind of the value where the format is human-readable, the
/// variant's index and its value elsewhere.
#[inline]
pub fn deserialize<'de, T, D>(deserializer: D) -> Result<T, D::Error>
where
    T: Union<'de>,
    D: Deserializer<'de>,
{
    super::deserialize(deserializer, KindVisitor(PhantomData::<T>))
}

/// Writes the variant's value as it is where the format is human-readable, as an indexed enum
/// variant elsewhere.
#[inline]
pub fn serialize<S, V>(
    serializer: S,
    union: &'static str,
    index: usize,
    variant: &'static str,
    value: &V,
) -> Result<S::Ok, S::Error>
where
    S: serde_core::Serializer,
    V: serde_core::Serialize + ?Sized,
{
    if serializer.is_human_readable() {
        value.serialize(serializer)
    } else {
        super::serialize_indexed(serializer, union, index, variant, value)
    }
}

struct KindVisitor<T>(PhantomData<T>);

impl<'de, T: Union<'de>> KindVisitor<T> {
    /// The indices of the variants that accept `kind`, in declaration order.
    fn candidates(kind: Kind) -> impl Iterator<Item = usize> {
        T::UNION_VARIANTS
            .iter()
            .enumerate()
            .filter(move |(_, variant)| accepts(&variant.shape(), kind))
            .map(|(index, _)| index)
    }

    /// The first variant that reads the plain value `make()` hands out.
    fn first<D, E>(
        &self,
        kind: Kind,
        unexpected: Unexpected<'_>,
        make: impl Fn() -> D,
    ) -> Result<T, E>
    where
        D: Deserializer<'de, Error = E>,
        E: de::Error,
    {
        let mut last = None;
        for index in Self::candidates(kind) {
            match T::variant(index, make()) {
                Ok(value) => return Ok(value),
                Err(error) => last = Some(error),
            }
        }
        Err(last.unwrap_or_else(|| E::invalid_type(unexpected, self)))
    }

    /// The variant that reads a whole array or object: straight from the input when one variant
    /// takes that kind, from a buffered copy tried in order when several do.
    fn first_of_compound<D, E>(
        &self,
        kind: Kind,
        unexpected: Unexpected<'_>,
        input: D,
    ) -> Result<T, E>
    where
        D: Deserializer<'de, Error = E>,
        E: de::Error,
    {
        let mut candidates = Self::candidates(kind);
        let (Some(first), second) = (candidates.next(), candidates.next()) else {
            return Err(E::invalid_type(unexpected, self));
        };
        let Some(second) = second else {
            return T::variant(first, input);
        };
        let buffered = Value::deserialize(input)?;
        let mut last = None;
        for index in [first, second].into_iter().chain(candidates) {
            match T::variant(index, buffered.clone()) {
                Ok(value) => return Ok(value),
                Err(error) => last = Some(error),
            }
        }
        // The last variant's error, which already names its path; only its type changes.
        Err(last.map_or_else(|| E::invalid_type(unexpected, self), E::custom))
    }
}

impl<'de, T: Union<'de>> Visitor<'de> for KindVisitor<T> {
    type Value = T;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", Accepted(T::UNION_VARIANTS))
    }

    fn visit_bool<E: de::Error>(self, value: bool) -> Result<T, E> {
        self.first(Kind::Boolean, Unexpected::Bool(value), || {
            BoolDeserializer::new(value)
        })
    }

    fn visit_i64<E: de::Error>(self, value: i64) -> Result<T, E> {
        self.first(Kind::Integer, Unexpected::Signed(value), || {
            I64Deserializer::new(value)
        })
    }

    fn visit_u64<E: de::Error>(self, value: u64) -> Result<T, E> {
        self.first(Kind::Integer, Unexpected::Unsigned(value), || {
            U64Deserializer::new(value)
        })
    }

    fn visit_f64<E: de::Error>(self, value: f64) -> Result<T, E> {
        self.first(Kind::Number, Unexpected::Float(value), || {
            F64Deserializer::new(value)
        })
    }

    fn visit_borrowed_str<E: de::Error>(self, value: &'de str) -> Result<T, E> {
        self.first(Kind::String, Unexpected::Str(value), || {
            BorrowedStrDeserializer::new(value)
        })
    }

    fn visit_str<E: de::Error>(self, value: &str) -> Result<T, E> {
        self.first(Kind::String, Unexpected::Str(value), || {
            StrDeserializer::new(value)
        })
    }

    fn visit_unit<E: de::Error>(self) -> Result<T, E> {
        self.first(Kind::Null, Unexpected::Unit, UnitDeserializer::new)
    }

    fn visit_none<E: de::Error>(self) -> Result<T, E> {
        self.visit_unit()
    }

    fn visit_seq<A: SeqAccess<'de>>(self, seq: A) -> Result<T, A::Error> {
        self.first_of_compound(
            Kind::Array,
            Unexpected::Seq,
            SeqAccessDeserializer::new(seq),
        )
    }

    fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<T, A::Error> {
        self.first_of_compound(
            Kind::Object,
            Unexpected::Map,
            MapAccessDeserializer::new(map),
        )
    }
}
