//! `schemars::JsonSchema` for derived models.
//!
//! A model is one schema in the user's document, named after it (`schema_name`), which schemars
//! keeps under its definitions and points to with a `$ref`. Inside it, the models it holds are
//! inline, as in [`ApiModel::openapi_schema`]: the same schema in both. Only a model met inside
//! itself is defined apart, under the generator's definitions path, by its name; the model
//! asked for is defined there by schemars itself, so its uses inside itself are schemars' own
//! reference to it.

use crate::runtime::meta::ApiModel;
use crate::runtime::patch::Patch;
use crate::runtime::schema::{self, Definitions};
use crate::runtime::shape::{Describe, Shape};
use schemars::{JsonSchema, Schema, SchemaGenerator};
use serde_json::{Map, Value};
use std::borrow::Cow;

/// The model's name: what schemars names its definition after (`Server`, or `Server2` when
/// another type of the document is named `Server` too).
pub fn schema_name<T: ApiModel>() -> Cow<'static, str> {
    Cow::Borrowed(T::NAME)
}

/// The Rust type's full name, so two models of one name in different modules, and two uses
/// of a generic model with different arguments, are two schemas.
pub fn schema_id<T: ?Sized>() -> Cow<'static, str> {
    Cow::Borrowed(std::any::type_name::<T>())
}

/// The model's schema, rendered from its shape.
pub fn json_schema<T: Describe + JsonSchema>(generator: &mut SchemaGenerator) -> Schema {
    render(generator, &T::shape(), SchemaGenerator::subschema_for::<T>)
}

/// [`json_schema`] past the one generic step, compiled once for every model.
fn render(
    generator: &mut SchemaGenerator,
    shape: &Shape,
    reference_to_model: fn(&mut SchemaGenerator) -> Schema,
) -> Schema {
    let model = match shape {
        Shape::Object { name, .. } | Shape::Enum { name, .. } | Shape::Union { name, .. } => {
            Some(*name)
        }
        _ => None,
    };
    let mut definitions = GeneratorDefinitions {
        generator,
        model,
        reference_to_model,
    };
    Schema::from(schema::render_into(shape, &mut definitions))
}

/// Models met inside themselves, kept among the generator's definitions.
struct GeneratorDefinitions<'g> {
    generator: &'g mut SchemaGenerator,
    /// The model asked for (the inner model of a transparent newtype), which schemars defines.
    model: Option<&'static str>,
    reference_to_model: fn(&mut SchemaGenerator) -> Schema,
}

impl Definitions for GeneratorDefinitions<'_> {
    fn reference(&mut self, name: &'static str) -> Value {
        if self.model == Some(name) {
            return (self.reference_to_model)(self.generator).to_value();
        }
        let path = &self.generator.settings().definitions_path;
        // As schemars reads the path: a leading `#` and a trailing `/` are optional.
        let path = path.strip_prefix('#').unwrap_or(path);
        let path = path.strip_suffix('/').unwrap_or(path);
        let mut reference = Map::new();
        reference.insert("$ref".to_owned(), Value::String(format!("#{path}/{name}")));
        Value::Object(reference)
    }

    fn define(&mut self, name: &'static str, definition: Map<String, Value>) {
        if self.model != Some(name) {
            self.generator
                .definitions_mut()
                .insert(name.to_owned(), Value::Object(definition));
        }
    }
}

/// [`Patch<T>`](Patch) as schemars describes `Option<T>`: `T`'s schema, or `null`. Whether the key
/// may be absent is the containing type's to say (`#[serde(default)]` on the field).
impl<T: JsonSchema> JsonSchema for Patch<T> {
    fn inline_schema() -> bool {
        true
    }

    fn schema_name() -> Cow<'static, str> {
        <Option<T>>::schema_name()
    }

    fn schema_id() -> Cow<'static, str> {
        <Option<T>>::schema_id()
    }

    fn json_schema(generator: &mut SchemaGenerator) -> Schema {
        <Option<T>>::json_schema(generator)
    }
}
