//! A union in formats that are not human-readable: written as serde writes an externally tagged
//! enum, the variant's index and its value, so reading it needs no `deserialize_any`.

use super::Union;
use crate::runtime::__private::de::VariantIndex;
use core::fmt;
use core::marker::PhantomData;
use serde_core::de::{
    DeserializeSeed, Deserializer, EnumAccess, Error as _, VariantAccess, Visitor,
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

struct VariantSeed<T>(usize, PhantomData<T>);

impl<'de, T: Union<'de>> DeserializeSeed<'de> for VariantSeed<T> {
    type Value = T;

    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<T, D::Error> {
        T::variant(self.0, deserializer)
    }
}
