//! A union in formats that are not human-readable: written as serde writes an externally tagged
//! enum, the variant's index and its value, so reading it needs no `deserialize_any`.

use super::Union;
use core::fmt;
use core::marker::PhantomData;
use serde_core::de::{
    self, DeserializeSeed, Deserializer, EnumAccess, Error as _, Unexpected, VariantAccess, Visitor,
};
use serde_json::Value;

pub(super) fn deserialize<'de, T: Union<'de>, D: Deserializer<'de>>(
    deserializer: D,
) -> Result<T, D::Error> {
    deserializer.deserialize_enum(T::NAME, T::VARIANT_NAMES, IndexedVisitor(PhantomData::<T>))
}

struct IndexedVisitor<T>(PhantomData<T>);

impl<'de, T: Union<'de>> Visitor<'de> for IndexedVisitor<T> {
    type Value = T;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} {} variant", super::article(T::NAME), T::NAME)
    }

    fn visit_enum<A: EnumAccess<'de>>(self, data: A) -> Result<T, A::Error> {
        let (index, variant) = data.variant_seed(VariantIndex {
            names: T::VARIANT_NAMES,
            open: T::OPEN,
        })?;
        if index < T::VARIANT_NAMES.len() {
            variant.newtype_variant_seed(VariantSeed(index, PhantomData::<T>))
        } else {
            let object = variant.newtype_variant::<Value>()?;
            T::other(object).map_err(|_| A::Error::custom("a union without a catch-all read one"))
        }
    }
}

/// A variant named by its index or its name; one past the known ones is the catch-all.
struct VariantIndex {
    names: &'static [&'static str],
    open: bool,
}

impl<'de> DeserializeSeed<'de> for VariantIndex {
    type Value = usize;

    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<usize, D::Error> {
        deserializer.deserialize_identifier(self)
    }
}

impl<'de> Visitor<'de> for VariantIndex {
    type Value = usize;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a variant index or name")
    }

    fn visit_u64<E: de::Error>(self, index: u64) -> Result<usize, E> {
        let known = self.names.len() + usize::from(self.open);
        match usize::try_from(index) {
            Ok(index) if index < known => Ok(index),
            _ => Err(E::invalid_value(Unexpected::Unsigned(index), &self)),
        }
    }

    fn visit_str<E: de::Error>(self, name: &str) -> Result<usize, E> {
        match self.names.iter().position(|known| *known == name) {
            Some(index) => Ok(index),
            None => Err(E::unknown_variant(name, self.names)),
        }
    }
}

struct VariantSeed<T>(usize, PhantomData<T>);

impl<'de, T: Union<'de>> DeserializeSeed<'de> for VariantSeed<T> {
    type Value = T;

    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<T, D::Error> {
        T::variant(self.0, deserializer)
    }
}
