//! Types a field is read through in place of its own, then unwrapped: a field's own function
//! (`#[api(with)]`, `#[api(deserialize_with)]`), or a `Cow<'a, str>` that borrows.

use core::fmt;
use core::marker::PhantomData;
use serde_core::de::{self, Deserializer, Visitor};

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
