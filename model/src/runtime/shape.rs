//! What a Rust type looks like on the wire, for schemas: its [`Shape`], down to the fields and
//! values of the models it names ([`Field`], [`EnumValue`]), which in turn name their shapes.

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
    /// An array of a fixed length whose items each have their own shape: a tuple
    /// (`[1435781470.622, "42"]`, a timestamp and a value).
    Tuple(&'static [TupleItem]),
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
    /// A derived union: one of its variants' shapes, told apart by a tag key inside the object
    /// (`tag`) or, untagged, by the kind of the value.
    Union {
        /// The model's name.
        name: &'static str,
        /// Its schema title, if any.
        title: Option<&'static str>,
        /// The model's doc.
        doc: &'static str,
        /// The key whose value names the variant; `None` for an untagged union.
        tag: Option<&'static str>,
        /// Its variants, in declaration order (a catch-all is not among them).
        variants: &'static [UnionVariant],
        /// Whether it keeps objects of unknown variants.
        open: bool,
    },
}

/// One field of a derived struct: its names, doc, type and how it appears on the wire.
#[derive(Clone, Copy, Debug)]
pub struct Field {
    name: &'static str,
    wire_name: &'static str,
    doc: &'static str,
    type_name: &'static str,
    flags: u8,
    format: Option<&'static str>,
    shape: fn() -> Shape,
}

const REQUIRED: u8 = 1;
const NULLABLE: u8 = 2;
const OPTIONAL: u8 = 4;

impl Field {
    /// For generated code. `flags` holds what the wire does with the field, a bit each
    /// (`REQUIRED`, `NULLABLE`, `OPTIONAL` above; the derive writes the same values in its
    /// `expand/metadata.rs`); `format` is empty when the field has none. Both are
    /// written compactly, since every field of every model names them: one literal where three
    /// `bool`s and an `Option` are eight tokens more for rustc to read.
    #[doc(hidden)]
    pub const fn __new(
        name: &'static str,
        wire_name: &'static str,
        doc: &'static str,
        type_name: &'static str,
        flags: u8,
        format: &'static str,
        shape: fn() -> Shape,
    ) -> Field {
        Field {
            name,
            wire_name,
            doc,
            type_name,
            flags,
            format: if format.is_empty() {
                None
            } else {
                Some(format)
            },
            shape,
        }
    }

    /// The Rust field's name (`type` for `r#type`).
    pub const fn name(&self) -> &'static str {
        self.name
    }

    /// The key on the wire.
    pub const fn wire_name(&self) -> &'static str {
        self.wire_name
    }

    /// The field's doc comment, normalised.
    pub const fn doc(&self) -> &'static str {
        self.doc
    }

    /// The field's type as written (`Option<i64>`).
    pub const fn type_name(&self) -> &'static str {
        self.type_name
    }

    /// The key is in the spec's `required` list: it is always written and always expected.
    pub const fn is_required(&self) -> bool {
        self.flags & REQUIRED != 0
    }

    /// The value may be `null` on the wire.
    pub const fn is_nullable(&self) -> bool {
        self.flags & NULLABLE != 0
    }

    /// The key may be absent on the wire.
    pub const fn is_optional(&self) -> bool {
        self.flags & OPTIONAL != 0
    }

    /// The schema `format` given with `#[api(format = "…")]`, if any.
    pub const fn format(&self) -> Option<&'static str> {
        self.format
    }

    /// What the wire holds for this field.
    pub fn shape(&self) -> Shape {
        (self.shape)()
    }
}

/// One variant of a derived union: its name, its tag value, its doc and its shape.
#[derive(Clone, Copy, Debug)]
pub struct UnionVariant {
    name: &'static str,
    tag_value: Option<&'static str>,
    doc: &'static str,
    shape: fn() -> Shape,
}

impl UnionVariant {
    #[doc(hidden)]
    pub const fn __new(
        name: &'static str,
        tag_value: Option<&'static str>,
        doc: &'static str,
        shape: fn() -> Shape,
    ) -> UnionVariant {
        UnionVariant {
            name,
            tag_value,
            doc,
            shape,
        }
    }

    /// The variant's name.
    pub const fn name(&self) -> &'static str {
        self.name
    }

    /// The tag's value naming this variant on the wire; `None` in an untagged union.
    pub const fn tag_value(&self) -> Option<&'static str> {
        self.tag_value
    }

    /// The variant's doc comment, normalised.
    pub const fn doc(&self) -> &'static str {
        self.doc
    }

    /// What the wire holds for this variant (without the tag).
    pub fn shape(&self) -> Shape {
        (self.shape)()
    }
}

/// One item of a [`Shape::Tuple`]: its doc and its shape.
#[derive(Clone, Copy, Debug)]
pub struct TupleItem {
    doc: &'static str,
    shape: fn() -> Shape,
}

impl TupleItem {
    /// The item at its place in the tuple: what it means (empty for none) and what it holds.
    pub const fn new(doc: &'static str, shape: fn() -> Shape) -> TupleItem {
        TupleItem { doc, shape }
    }

    /// What the item means; empty when nothing says.
    pub const fn doc(&self) -> &'static str {
        self.doc
    }

    /// What the wire holds at this place.
    pub fn shape(&self) -> Shape {
        (self.shape)()
    }
}

/// One known value of a derived enum.
#[derive(Clone, Copy, Debug)]
pub struct EnumValue {
    name: &'static str,
    wire_value: &'static str,
    doc: &'static str,
}

impl EnumValue {
    #[doc(hidden)]
    pub const fn __new(
        name: &'static str,
        wire_value: &'static str,
        doc: &'static str,
    ) -> EnumValue {
        EnumValue {
            name,
            wire_value,
            doc,
        }
    }

    /// The variant's name.
    pub const fn name(&self) -> &'static str {
        self.name
    }

    /// The value on the wire.
    pub const fn wire_value(&self) -> &'static str {
        self.wire_value
    }

    /// The variant's doc comment, normalised.
    pub const fn doc(&self) -> &'static str {
        self.doc
    }
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

/// Tuples are arrays of their items, as serde writes them.
macro_rules! describe_tuples {
    ($(($($item:ident),+))*) => {$(
        impl<$($item: Describe),+> Describe for ($($item,)+) {
            fn shape() -> Shape {
                Shape::Tuple(const { &[$(TupleItem::new("", $item::shape)),+] })
            }
        }
    )*};
}

describe_tuples! {
    (A)
    (A, B)
    (A, B, C)
    (A, B, C, D)
}

impl Describe for serde_json::Value {
    fn shape() -> Shape {
        Shape::Any
    }
}
