//! What a Rust type looks like on the wire, for schemas.

use crate::runtime::meta::{EnumValue, Field};
use std::borrow::Cow;
use std::collections::{BTreeMap, BTreeSet, HashMap, HashSet};

/// The JSON a type reads and writes.
#[derive(Clone, Copy, Debug)]
#[non_exhaustive]
pub enum Shape {
    /// `true` or `false`.
    Boolean,
    /// A whole number, with its OpenAPI format (`int32`, `int64`).
    Integer {
        /// The OpenAPI format.
        format: &'static str,
    },
    /// A number.
    Number,
    /// A string.
    String,
    /// Any JSON value.
    Any,
    /// The inner shape, or `null`.
    Nullable(fn() -> Shape),
    /// An array of the inner shape.
    Array(fn() -> Shape),
    /// An object with string keys and values of the inner shape.
    Map(fn() -> Shape),
    /// A derived struct.
    Object {
        /// The model's name.
        name: &'static str,
        /// Its schema title, if any.
        title: Option<&'static str>,
        /// The model's doc.
        doc: &'static str,
        /// Its fields.
        fields: &'static [Field],
    },
    /// A derived enum, a string with known values.
    Enum {
        /// The model's name.
        name: &'static str,
        /// Its schema title, if any.
        title: Option<&'static str>,
        /// The model's doc.
        doc: &'static str,
        /// Its known values.
        values: &'static [EnumValue],
        /// Whether it keeps unknown values.
        open: bool,
    },
}

/// Types that can say what they look like on the wire: derived models, and the standard types
/// models are made of.
#[diagnostic::on_unimplemented(
    message = "`{Self}` has no wire shape for the model's metadata and schema",
    note = "derive `ApiModel` for it, or implement `hcloud_model::Describe` to say what the wire holds"
)]
pub trait Describe {
    /// This type's shape.
    fn shape() -> Shape;
}

macro_rules! describe {
    ($($ty:ty => $shape:expr;)*) => {$(
        impl Describe for $ty {
            fn shape() -> Shape {
                $shape
            }
        }
    )*};
}

describe! {
    bool => Shape::Boolean;
    i8 => Shape::Integer { format: "int32" };
    i16 => Shape::Integer { format: "int32" };
    i32 => Shape::Integer { format: "int32" };
    u8 => Shape::Integer { format: "int32" };
    u16 => Shape::Integer { format: "int32" };
    i64 => Shape::Integer { format: "int64" };
    u32 => Shape::Integer { format: "int64" };
    u64 => Shape::Integer { format: "int64" };
    isize => Shape::Integer { format: "int64" };
    usize => Shape::Integer { format: "int64" };
    f32 => Shape::Number;
    f64 => Shape::Number;
    char => Shape::String;
    str => Shape::String;
    String => Shape::String;
    Cow<'_, str> => Shape::String;
}

impl<T: Describe + ?Sized> Describe for &T {
    fn shape() -> Shape {
        T::shape()
    }
}

impl<T: Describe + ?Sized> Describe for Box<T> {
    fn shape() -> Shape {
        T::shape()
    }
}

impl<T: Describe> Describe for Option<T> {
    fn shape() -> Shape {
        Shape::Nullable(T::shape)
    }
}

impl<T: Describe> Describe for Vec<T> {
    fn shape() -> Shape {
        Shape::Array(T::shape)
    }
}

impl<T: Describe> Describe for [T] {
    fn shape() -> Shape {
        Shape::Array(T::shape)
    }
}

impl<T: Describe> Describe for BTreeSet<T> {
    fn shape() -> Shape {
        Shape::Array(T::shape)
    }
}

impl<T: Describe, S> Describe for HashSet<T, S> {
    fn shape() -> Shape {
        Shape::Array(T::shape)
    }
}

impl<K, V: Describe> Describe for BTreeMap<K, V> {
    fn shape() -> Shape {
        Shape::Map(V::shape)
    }
}

impl<K, V: Describe, S> Describe for HashMap<K, V, S> {
    fn shape() -> Shape {
        Shape::Map(V::shape)
    }
}

impl Describe for serde_json::Value {
    fn shape() -> Shape {
        Shape::Any
    }
}
