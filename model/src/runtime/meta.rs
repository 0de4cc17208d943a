//! Metadata of derived models: their docs and fields as `'static` data any code can read.

use crate::runtime::schema;
use crate::runtime::shape::{Describe, Shape};

/// What `#[derive(ApiModel)]` tells about a model, as constants: reading them costs nothing.
///
/// ```
/// use hcloud_model::{ApiModel, ServerImage};
///
/// let bound_to = ServerImage::FIELDS.iter().find(|f| f.name() == "bound_to").unwrap();
/// assert!(bound_to.is_required() && bound_to.is_nullable() && !bound_to.is_optional());
/// assert_eq!(bound_to.type_name(), "Option<i64>");
/// assert!(bound_to.doc().starts_with("ID of Server the Image is bound to."));
/// ```
pub trait ApiModel {
    /// The model's name (the Rust type's name).
    const NAME: &'static str;
    /// The model's doc comment, normalised as rustdoc reads it.
    const DOC: &'static str;
    /// The schema `title` given with `#[api(title = "…")]`, if any.
    const TITLE: Option<&'static str>;
    /// The fields of a struct, in declaration order; empty for an enum.
    const FIELDS: &'static [Field];
    /// The known values of an enum, in declaration order; empty for a struct.
    const VALUES: &'static [EnumValue];
    /// Whether this is an enum with a catch-all that keeps unknown values.
    const OPEN: bool;

    /// The model's OpenAPI 3.1 schema, in the dialect of Hetzner's official spec: nested models
    /// inline, `"type": ["string", "null"]` for nullable keys, `required` for keys always present.
    ///
    /// Rendered from the constants above, so every model shares this one renderer.
    fn openapi_schema() -> serde_json::Value
    where
        Self: Sized + Describe,
    {
        schema::render(&<Self as Describe>::shape())
    }
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
    #[doc(hidden)]
    #[allow(clippy::too_many_arguments)]
    pub const fn __new(
        name: &'static str,
        wire_name: &'static str,
        doc: &'static str,
        type_name: &'static str,
        required: bool,
        nullable: bool,
        optional: bool,
        format: Option<&'static str>,
        shape: fn() -> Shape,
    ) -> Field {
        let flags =
            (required as u8 * REQUIRED) | (nullable as u8 * NULLABLE) | (optional as u8 * OPTIONAL);
        Field {
            name,
            wire_name,
            doc,
            type_name,
            flags,
            format,
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
