//! The string side of derived enums, written once here and instantiated per enum.

use crate::runtime::enum_error::{self, ParseEnumError};
use crate::runtime::meta::ApiModel;
use core::fmt;
use serde_core::de::{self, Deserializer, Unexpected, Visitor};

/// Implemented by the derive for enums of unit variants (hidden; not a stable API). Its name and
/// whether it keeps unknown values come from its `ApiModel` impl, which the derive always emits.
pub trait WireEnum: Sized + ApiModel {
    /// The known wire values, in declaration order.
    const WIRE_VALUES: &'static [&'static str];
    /// The index in `WIRE_VALUES` of this wire value, if it is a known one: a `match` on the
    /// values, which the compiler turns into comparisons with constants.
    fn index_of(value: &str) -> Option<usize>;
    /// The variant whose wire value is `WIRE_VALUES[index]`.
    fn known(index: usize) -> Self;
    /// The catch-all holding `value`, or `value` back when the enum has no catch-all.
    fn from_unknown(value: String) -> Result<Self, String>;
}

#[inline]
pub fn parse<T: WireEnum>(value: &str) -> Result<T, ParseEnumError> {
    match T::index_of(value) {
        Some(index) => Ok(T::known(index)),
        None => T::from_unknown(value.to_owned())
            .map_err(|input| ParseEnumError::new(T::NAME, input, T::WIRE_VALUES)),
    }
}

/// Reads a derived enum from a string. The string is matched by `WireValueVisitor`, which is
/// not generic over the enum: a format's `deserialize_str` and the path's wrappers are compiled
/// once per format, not once per enum; what is left per enum is picking the variant.
#[inline]
pub fn deserialize<'de, D: Deserializer<'de>, T: WireEnum>(deserializer: D) -> Result<T, D::Error> {
    let visitor = WireValueVisitor {
        values: T::WIRE_VALUES,
        index_of: T::index_of,
        open: T::OPEN,
    };
    // A `match`, not `?`: this is compiled once per enum and format.
    match deserializer.deserialize_str(visitor) {
        Ok(WireValue::Known(index)) => Ok(T::known(index)),
        // The visitor reads an unknown value only for an enum with a catch-all.
        Ok(WireValue::Unknown(value)) => match T::from_unknown(value) {
            Ok(unknown) => Ok(unknown),
            Err(_) => super::unreachable_state(),
        },
        Err(error) => Err(error),
    }
}

/// A wire value as [`WireValueVisitor`] found it.
enum WireValue {
    /// The known value at this index of the enum's wire values.
    Known(usize),
    /// Another value, read only for an enum that keeps unknown values.
    Unknown(String),
}

/// Matches a string against an enum's known wire values. The error for an unknown value of a
/// closed enum is made here, inside the format's call, where formats add its position.
#[derive(Clone, Copy)]
struct WireValueVisitor {
    values: &'static [&'static str],
    /// The enum's `WireEnum::index_of`, called through a pointer so that the visitor is one type
    /// for every enum: matching stays the enum's own `match`, as fast as it was.
    index_of: fn(&str) -> Option<usize>,
    open: bool,
}

impl WireValueVisitor {
    #[cold]
    fn invalid_value<E: de::Error>(self, value: &str) -> E {
        E::invalid_value(Unexpected::Str(value), &self)
    }
}

impl<'de> Visitor<'de> for WireValueVisitor {
    type Value = WireValue;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        enum_error::write_expected(f, self.open, self.values)
    }

    #[inline]
    fn visit_str<E: de::Error>(self, value: &str) -> Result<WireValue, E> {
        match (self.index_of)(value) {
            Some(index) => Ok(WireValue::Known(index)),
            None if self.open => Ok(WireValue::Unknown(value.to_owned())),
            None => Err(self.invalid_value(value)),
        }
    }

    #[inline]
    fn visit_string<E: de::Error>(self, value: String) -> Result<WireValue, E> {
        match (self.index_of)(&value) {
            Some(index) => Ok(WireValue::Known(index)),
            None if self.open => Ok(WireValue::Unknown(value)),
            None => Err(self.invalid_value(&value)),
        }
    }

    fn visit_bytes<E: de::Error>(self, value: &[u8]) -> Result<WireValue, E> {
        match core::str::from_utf8(value) {
            Ok(value) => self.visit_str(value),
            Err(_) => Err(E::invalid_value(Unexpected::Bytes(value), &self)),
        }
    }
}
