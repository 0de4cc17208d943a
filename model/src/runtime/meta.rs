//! Metadata of derived models: their docs and fields as `'static` data any code can read.

use crate::runtime::schema;
use crate::runtime::shape::{Describe, EnumValue, Field, UnionVariant};

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
    const TITLE: Option<&'static str> = None;
    /// The fields of a struct, in declaration order; empty for an enum.
    const FIELDS: &'static [Field] = &[];
    /// The known values of an enum, in declaration order; for a union tagged by a key, the tag's
    /// values; empty for a struct.
    const VALUES: &'static [EnumValue] = &[];
    /// Whether this is an enum or union with a catch-all that keeps unknown values.
    const OPEN: bool = false;
    /// The variants of a union, in declaration order (not its catch-all); empty for anything else.
    const UNION_VARIANTS: &'static [UnionVariant] = &[];

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
