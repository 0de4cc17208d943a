//! `utoipa::ToSchema` and `utoipa::PartialSchema` for derived models.
//!
//! A model is one schema in the document's components, named after it (`name`); utoipa's derive
//! points to it with a `$ref` from the user's types. Inside it, the models it holds are inline,
//! as in [`ApiModel::openapi_schema`]: the same schema in both, read into utoipa's types. A
//! model met inside itself is a `$ref` to its own component, which `schemas` adds.

use crate::runtime::meta::ApiModel;
use crate::runtime::patch::Patch;
use crate::runtime::schema::{self, Definitions};
use crate::runtime::shape::{Describe, Shape};
use serde_json::{Map, Value};
use std::borrow::Cow;
use utoipa::__dev::ComposeSchema;
use utoipa::openapi::RefOr;
use utoipa::openapi::schema::{ObjectBuilder, OneOfBuilder, Schema, Type};
use utoipa::{PartialSchema, ToSchema};

/// The model's name: its component's name.
pub fn name<T: ApiModel>() -> Cow<'static, str> {
    Cow::Borrowed(T::NAME)
}

/// The model's schema, rendered from its shape.
pub fn schema<T: Describe>() -> RefOr<Schema> {
    render(&T::shape()).0
}

/// The components the model's schema points to: the models met inside themselves.
pub fn schemas<T: Describe>(schemas: &mut Vec<(String, RefOr<Schema>)>) {
    schemas.extend(render(&T::shape()).1);
}

/// The schema of `shape`, and the components it points to.
fn render(shape: &Shape) -> (RefOr<Schema>, Vec<(String, RefOr<Schema>)>) {
    let mut components = Components::default();
    let root = schema::render_into(shape, &mut components);
    let components = components
        .0
        .into_iter()
        .map(|(name, definition)| (name.to_owned(), read(definition)))
        .collect();
    (read(root), components)
}

/// Our schema in utoipa's types. Its `Deserialize` reads every keyword the renderer writes (a
/// test holds every model's schema to that, written back unchanged), given one hint.
fn read(mut schema: Map<String, Value>) -> RefOr<Schema> {
    mark_any_value(&mut schema);
    serde_json::from_value(Value::Object(schema)).unwrap_or_else(|error| {
        unreachable!("utoipa reads every schema the renderer writes: {error}")
    })
}

/// utoipa reads a schema without `type` (any value) only with `"type": null`, which it writes
/// back without `type` again. Down every keyword the renderer nests schemas under.
fn mark_any_value(schema: &mut Map<String, Value>) {
    if !["type", "$ref", "oneOf"]
        .iter()
        .any(|key| schema.contains_key(*key))
    {
        schema.insert("type".to_owned(), Value::Null);
    }
    let mut nested: Vec<&mut Value> = Vec::new();
    for (key, value) in schema.iter_mut() {
        match (key.as_str(), value) {
            ("properties", Value::Object(properties)) => nested.extend(properties.values_mut()),
            ("oneOf", Value::Array(branches)) => nested.extend(branches),
            ("items" | "additionalProperties", value) => nested.push(value),
            _ => {}
        }
    }
    for value in nested {
        if let Value::Object(nested) = value {
            mark_any_value(nested);
        }
    }
}

/// Models met inside themselves, as components of the document.
#[derive(Default)]
struct Components(Vec<(&'static str, Map<String, Value>)>);

impl Definitions for Components {
    fn reference(&mut self, name: &'static str) -> Value {
        let mut reference = Map::new();
        reference.insert(
            "$ref".to_owned(),
            Value::String(format!("#/components/schemas/{name}")),
        );
        Value::Object(reference)
    }

    fn define(&mut self, name: &'static str, definition: Map<String, Value>) {
        self.0.push((name, definition));
    }
}

/// [`Patch<T>`](Patch) as utoipa describes `Option<T>`: `null`, or `T`'s schema. Whether the key
/// may be absent is the containing type's to say (`#[serde(default)]` on the field).
///
/// `ComposeSchema`, not `PartialSchema` (which utoipa derives from it): utoipa's derive asks a
/// type with generic arguments for `ComposeSchema`, handing it the schemas of its arguments.
impl<T: PartialSchema> ComposeSchema for Patch<T> {
    fn compose(mut arguments: Vec<RefOr<Schema>>) -> RefOr<Schema> {
        let value = match arguments.is_empty() {
            true => T::schema(),
            false => arguments.swap_remove(0),
        };
        OneOfBuilder::new()
            .item(ObjectBuilder::new().schema_type(Type::Null))
            .item(value)
            .into()
    }
}

impl<T: ToSchema> ToSchema for Patch<T> {
    fn schemas(schemas: &mut Vec<(String, RefOr<Schema>)>) {
        T::schemas(schemas);
    }
}
