//! The string side of derived enums, written once here and instantiated per enum.

use crate::runtime::enum_error::{self, ParseEnumError};
use crate::runtime::meta::ApiModel;
use core::fmt;
use core::marker::PhantomData;
use serde_core::de::{self, Deserializer, Unexpected, Visitor};

/// Implemented by the derive for enums of unit variants (hidden; not a stable API). Its name and
/// whether it keeps unknown values come from its `ApiModel` impl, which the derive always emits.
pub trait WireEnum: Sized + ApiModel {
    /// The known wire values, in declaration order.
    const WIRE_VALUES: &'static [&'static str];
    /// The variant whose wire value this is, if any.
    fn from_known(value: &str) -> Option<Self>;
    /// The catch-all holding `value`, or `value` back when the enum has no catch-all.
    fn from_unknown(value: String) -> Result<Self, String>;
}

#[inline]
pub fn parse<T: WireEnum>(value: &str) -> Result<T, ParseEnumError> {
    match T::from_known(value) {
        Some(known) => Ok(known),
        None => T::from_unknown(value.to_owned())
            .map_err(|input| ParseEnumError::new(T::NAME, input, T::WIRE_VALUES)),
    }
}

#[inline]
pub fn deserialize<'de, D: Deserializer<'de>, T: WireEnum>(deserializer: D) -> Result<T, D::Error> {
    deserializer.deserialize_str(EnumVisitor(PhantomData))
}

struct EnumVisitor<T>(PhantomData<T>);

impl<'de, T: WireEnum> Visitor<'de> for EnumVisitor<T> {
    type Value = T;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        enum_error::write_expected(f, T::OPEN, T::WIRE_VALUES)
    }

    #[inline]
    fn visit_str<E: de::Error>(self, value: &str) -> Result<T, E> {
        match T::from_known(value) {
            Some(known) => Ok(known),
            None => T::from_unknown(value.to_owned())
                .map_err(|value| E::invalid_value(Unexpected::Str(&value), &self)),
        }
    }

    #[inline]
    fn visit_string<E: de::Error>(self, value: String) -> Result<T, E> {
        match T::from_known(&value) {
            Some(known) => Ok(known),
            None => T::from_unknown(value)
                .map_err(|value| E::invalid_value(Unexpected::Str(&value), &self)),
        }
    }

    fn visit_bytes<E: de::Error>(self, value: &[u8]) -> Result<T, E> {
        match core::str::from_utf8(value) {
            Ok(value) => self.visit_str(value),
            Err(_) => Err(E::invalid_value(Unexpected::Bytes(value), &self)),
        }
    }
}
