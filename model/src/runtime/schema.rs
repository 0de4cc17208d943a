//! OpenAPI 3.1 schemas rendered from model metadata, in the dialect of Hetzner's official spec.

use crate::runtime::shape::{Field, Shape, TupleItem, UnionVariant};
use serde_json::{Map, Value, json};
use std::collections::BTreeSet;

/// Renders `shape` with nested models inline, as the spec writes them. A model that contains
/// itself cannot be inline: its inner uses become `$ref`s to `$defs`, defined once at the root.
pub(crate) fn render(shape: &Shape) -> Value {
    let mut renderer = Renderer::default();
    let mut root = renderer.shape(shape);
    if let Shape::Object { doc, .. } | Shape::Enum { doc, .. } | Shape::Union { doc, .. } = shape
        && !doc.is_empty()
    {
        root.insert("description".to_owned(), json!(doc));
    }
    let mut definitions = Map::new();
    while let Some((name, shape)) = renderer.pending.pop() {
        // Rendered from an empty stack, so the definition is the model itself and only its
        // inner uses become `$ref`s.
        let definition = renderer.shape(&shape);
        definitions.insert(name.to_owned(), Value::Object(definition));
    }
    if !definitions.is_empty() {
        root.insert("$defs".to_owned(), Value::Object(definitions));
    }
    Value::Object(root)
}

#[derive(Default)]
struct Renderer {
    /// The models being rendered, outermost first.
    stack: Vec<&'static str>,
    /// Models met inside themselves, to define under `$defs`.
    pending: Vec<(&'static str, Shape)>,
    referenced: BTreeSet<&'static str>,
}

impl Renderer {
    fn shape(&mut self, shape: &Shape) -> Map<String, Value> {
        let value = match shape {
            Shape::Boolean => json!({"type": "boolean"}),
            Shape::Integer { format } => json!({"type": "integer", "format": format}),
            Shape::Number => json!({"type": "number"}),
            Shape::String => json!({"type": "string"}),
            Shape::Any => json!({}),
            Shape::Nullable(inner) => {
                let mut schema = self.shape(&inner());
                allow_null(&mut schema);
                return schema;
            }
            Shape::Array(inner) => json!({"type": "array", "items": self.shape(&inner())}),
            Shape::Map(inner) => {
                json!({"type": "object", "additionalProperties": self.shape(&inner())})
            }
            Shape::Tuple(items) => self.tuple(items),
            Shape::Enum { values, title, .. } => {
                let values: Vec<&str> = values.iter().map(|v| v.wire_value()).collect();
                with_title(json!({"type": "string", "enum": values}), *title)
            }
            Shape::Object {
                name,
                fields,
                title,
                ..
            } => self.model(name, shape, |renderer| {
                with_title(renderer.object(fields), *title)
            }),
            Shape::Union {
                name,
                title,
                tag,
                variants,
                ..
            } => self.model(name, shape, |renderer| {
                with_title(renderer.union(*tag, variants), *title)
            }),
        };
        into_map(value)
    }

    /// A derived model's schema from `render`, or a `$ref` to its definition where it is met
    /// inside itself (defined once under `$defs`, see [`render`]).
    fn model(
        &mut self,
        name: &'static str,
        shape: &Shape,
        render: impl FnOnce(&mut Self) -> Value,
    ) -> Value {
        if self.stack.contains(&name) {
            if self.referenced.insert(name) {
                self.pending.push((name, *shape));
            }
            return json!({"$ref": format!("#/$defs/{name}")});
        }
        self.stack.push(name);
        let schema = render(self);
        self.stack.pop();
        schema
    }

    /// `oneOf` the variants; tagged, each branch is its variant's object with the tag's one value
    /// added and required, and a `discriminator` names the tag.
    fn union(&mut self, tag: Option<&str>, variants: &[UnionVariant]) -> Value {
        let branches: Vec<Value> = variants
            .iter()
            .map(|variant| {
                let mut branch = self.shape(&variant.shape());
                if let (Some(tag), Some(value)) = (tag, variant.tag_value()) {
                    add_tag(&mut branch, tag, value);
                }
                if !variant.doc().is_empty() {
                    branch.insert("description".to_owned(), json!(variant.doc()));
                }
                Value::Object(branch)
            })
            .collect();
        match tag {
            Some(tag) => json!({"oneOf": branches, "discriminator": {"propertyName": tag}}),
            None => json!({"oneOf": branches}),
        }
    }

    /// An array of exactly the items, each with its own schema at its place (`prefixItems`).
    fn tuple(&mut self, items: &[TupleItem]) -> Value {
        let schemas: Vec<Value> = items
            .iter()
            .map(|item| {
                let mut schema = self.shape(&item.shape());
                if !item.doc().is_empty() {
                    schema.insert("description".to_owned(), json!(item.doc()));
                }
                Value::Object(schema)
            })
            .collect();
        json!({
            "type": "array",
            "prefixItems": schemas,
            "minItems": items.len(),
            "maxItems": items.len(),
        })
    }

    fn object(&mut self, fields: &[Field]) -> Value {
        let mut properties = Map::new();
        let mut required = Vec::new();
        for field in fields {
            // The field's wire rules decide nullability, not its Rust type: an optional
            // `Option<T>` is left out when `None`, never written as `null`.
            let shape = match field.shape() {
                Shape::Nullable(inner) if !field.is_nullable() => inner(),
                shape => shape,
            };
            let mut schema = self.shape(&shape);
            if let Some(format) = field.format() {
                schema.insert("format".to_owned(), json!(format));
            }
            if !field.doc().is_empty() {
                schema.insert("description".to_owned(), json!(field.doc()));
            }
            properties.insert(field.wire_name().to_owned(), Value::Object(schema));
            if field.is_required() {
                required.push(field.wire_name());
            }
        }
        json!({"type": "object", "properties": properties, "required": required})
    }
}

/// The tag as the first required property of a tagged union's branch, with its one value.
fn add_tag(branch: &mut Map<String, Value>, tag: &str, value: &str) {
    if let Some(Value::Object(properties)) = branch.get_mut("properties") {
        properties.insert(tag.to_owned(), json!({"type": "string", "enum": [value]}));
    }
    if let Some(Value::Array(required)) = branch.get_mut("required") {
        required.insert(0, json!(tag));
    }
}

/// `"type": "string"` becomes `"type": ["string", "null"]`, as the spec writes nullability (an
/// `enum` list stays as it is: the spec does not list `null` among the values).
fn allow_null(schema: &mut Map<String, Value>) {
    match schema.get_mut("type") {
        Some(Value::String(single)) => {
            let single = std::mem::take(single);
            schema.insert("type".to_owned(), json!([single, "null"]));
        }
        Some(Value::Array(types)) if !types.contains(&json!("null")) => types.push(json!("null")),
        _ => {}
    }
}

fn with_title(mut schema: Value, title: Option<&str>) -> Value {
    if let (Some(title), Value::Object(map)) = (title, &mut schema) {
        map.insert("title".to_owned(), json!(title));
    }
    schema
}

fn into_map(value: Value) -> Map<String, Value> {
    match value {
        Value::Object(map) => map,
        _ => Map::new(),
    }
}
