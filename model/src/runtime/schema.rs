//! OpenAPI 3.1 schemas rendered from model metadata, in the dialect of Hetzner's official spec.

use crate::runtime::shape::{Field, Shape, TupleItem, UnionVariant};
use serde_json::{Map, Value, json};
use std::collections::BTreeSet;

/// Renders `shape` with nested models inline, as the spec writes them. A model that contains
/// itself cannot be inline: its inner uses become `$ref`s to `$defs`, defined once at the root.
pub(crate) fn render(shape: &Shape) -> Value {
    let mut definitions = RootDefinitions::default();
    let mut root = render_into(shape, &mut definitions);
    if !definitions.0.is_empty() {
        root.insert("$defs".to_owned(), Value::Object(definitions.0));
    }
    Value::Object(root)
}

/// Where the definitions of models met inside themselves are kept, and how their uses point
/// there: under the root's `$defs` for [`render`], elsewhere for a schema crate's document.
pub(crate) trait Definitions {
    /// The schema that stands for `name` where the model is met inside itself.
    fn reference(&mut self, name: &'static str) -> Value;
    /// Keeps `name`'s definition, rendered once, after the first [`reference`](Self::reference).
    fn define(&mut self, name: &'static str, definition: Map<String, Value>);
}

/// [`render`]'s definitions: the root's `$defs`.
#[derive(Default)]
struct RootDefinitions(Map<String, Value>);

impl Definitions for RootDefinitions {
    fn reference(&mut self, name: &'static str) -> Value {
        json!({"$ref": format!("#/$defs/{name}")})
    }

    fn define(&mut self, name: &'static str, definition: Map<String, Value>) {
        self.0.insert(name.to_owned(), Value::Object(definition));
    }
}

/// Renders `shape` as [`render`] does, handing the definitions of models met inside themselves
/// to `definitions` instead of `$defs`.
pub(crate) fn render_into(shape: &Shape, definitions: &mut dyn Definitions) -> Map<String, Value> {
    let mut renderer = Renderer {
        definitions,
        stack: Vec::new(),
        pending: Vec::new(),
        referenced: BTreeSet::new(),
    };
    let mut root = renderer.shape(shape);
    if let Shape::Object { doc, .. } | Shape::Enum { doc, .. } | Shape::Union { doc, .. } = shape {
        insert_description(&mut root, doc);
    }
    while let Some((name, shape)) = renderer.pending.pop() {
        // Rendered from an empty stack, so the definition is the model itself and only its
        // inner uses become references.
        let definition = renderer.shape(&shape);
        renderer.definitions.define(name, definition);
    }
    root
}

struct Renderer<'d> {
    definitions: &'d mut dyn Definitions,
    /// The models being rendered, outermost first.
    stack: Vec<&'static str>,
    /// Models met inside themselves, to define.
    pending: Vec<(&'static str, Shape)>,
    referenced: BTreeSet<&'static str>,
}

impl Renderer<'_> {
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

    /// A derived model's schema from `render`, or a reference to its definition where it is met
    /// inside itself (defined once, see [`render_into`]).
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
            return self.definitions.reference(name);
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
                insert_description(&mut branch, variant.doc());
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
            insert_description(&mut schema, field.doc());
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

/// The doc as the schema's `description`, unless it is empty.
fn insert_description(schema: &mut Map<String, Value>, doc: &str) {
    if !doc.is_empty() {
        schema.insert("description".to_owned(), Value::String(plain_text(doc)));
    }
}

/// A doc comment as a schema reader sees it: rustdoc's links to items (``[`Labels`]``,
/// `[text](Self::name)`, `[text][label]`) become their text, which only resolve on docs.rs;
/// links to absolute URLs stay markdown links. Code spans and fenced code blocks are kept as
/// written. Done here, at rendering, so docs the derive cannot read (`include_str!`) are covered.
pub(crate) fn plain_text(doc: &str) -> String {
    // `[label]: target` lines define the targets of `[text][label]` and `[label]`.
    let mut targets = Vec::new();
    let mut lines = Vec::new();
    let mut in_fence = false;
    for line in doc.lines() {
        let trimmed = line.trim_start();
        if trimmed.starts_with("```") || trimmed.starts_with("~~~") {
            in_fence = !in_fence;
        } else if !in_fence && let Some(definition) = link_definition(trimmed) {
            targets.push(definition);
            continue;
        }
        lines.push((
            line,
            in_fence || trimmed.starts_with("```") || trimmed.starts_with("~~~"),
        ));
    }
    let mut text = String::with_capacity(doc.len());
    for (index, (line, verbatim)) in lines.into_iter().enumerate() {
        if index > 0 {
            text.push('\n');
        }
        if verbatim {
            text.push_str(line);
        } else {
            unlink_line(line, &targets, &mut text);
        }
    }
    // A definition at the end leaves the blank line before it.
    text.truncate(text.trim_end().len());
    text
}

/// `[label]: target` as (label, target).
fn link_definition(line: &str) -> Option<(&str, &str)> {
    let (label, target) = line.strip_prefix('[')?.split_once("]:")?;
    Some((label, target.split_whitespace().next().unwrap_or("")))
}

/// Writes `line` to `out` with its links to items replaced by their text.
fn unlink_line(line: &str, targets: &[(&str, &str)], out: &mut String) {
    let mut rest = line;
    while let Some(start) = rest.find(['`', '\\', '[']) {
        out.push_str(&rest[..start]);
        rest = &rest[start..];
        let taken = if rest.starts_with('`') {
            let span = code_span(rest);
            out.push_str(span);
            span.len()
        } else if let Some(escaped) = rest.strip_prefix('\\') {
            // An escaped character is never markup; copy it with its backslash.
            let escaped = escaped.chars().next().map_or(0, char::len_utf8);
            out.push_str(&rest[..=escaped]);
            1 + escaped
        } else {
            match link(rest) {
                Some(link) => {
                    link.write(targets, out);
                    link.len
                }
                None => {
                    out.push('[');
                    1
                }
            }
        };
        rest = &rest[taken..];
    }
    out.push_str(rest);
}

/// The code span opening `text` (its backticks to the closing run of as many), or the opening
/// backticks alone when nothing closes them.
fn code_span(text: &str) -> &str {
    let ticks = text.len() - text.trim_start_matches('`').len();
    let fence = &text[..ticks];
    let mut searched = ticks;
    while let Some(found) = text[searched..].find(fence) {
        let end = searched + found;
        let run = text[end..].len() - text[end..].trim_start_matches('`').len();
        if run == ticks {
            return &text[..end + ticks];
        }
        searched = end + run;
    }
    fence
}

/// A markdown link at the start of `text`: `[text](target)`, `[text][label]` or `[label]`.
struct Link<'a> {
    text: &'a str,
    /// The inline target, or the label to look up.
    target: Target<'a>,
    /// Its length in the source.
    len: usize,
}

enum Target<'a> {
    Inline(&'a str),
    Label(&'a str),
}

fn link(text: &str) -> Option<Link<'_>> {
    let close = closing_bracket(text)?;
    let inner = &text[1..close];
    let after = &text[close + 1..];
    if let Some(target) = after.strip_prefix('(') {
        let end = target.find(')')?;
        return Some(Link {
            text: inner,
            target: Target::Inline(target[..end].trim()),
            len: close + 1 + end + 2,
        });
    }
    if after.starts_with('[')
        && let Some(label_close) = closing_bracket(after)
    {
        let label = &after[1..label_close];
        return Some(Link {
            text: inner,
            target: Target::Label(if label.is_empty() { inner } else { label }),
            len: close + 1 + label_close + 1,
        });
    }
    Some(Link {
        text: inner,
        target: Target::Label(inner),
        len: close + 1,
    })
}

/// The index of the `]` closing the `[` that opens `text`, past code spans and nested brackets.
fn closing_bracket(text: &str) -> Option<usize> {
    let mut depth = 0_usize;
    let mut index = 0;
    while let Some(c) = text[index..].chars().next() {
        match c {
            '`' => {
                index += code_span(&text[index..]).len();
                continue;
            }
            '[' => depth += 1,
            ']' => {
                depth -= 1;
                if depth == 0 {
                    return Some(index);
                }
            }
            _ => {}
        }
        index += c.len_utf8();
    }
    None
}

impl Link<'_> {
    fn write(&self, targets: &[(&str, &str)], out: &mut String) {
        let target = match self.target {
            Target::Inline(target) => Some(target),
            Target::Label(label) => targets
                .iter()
                .find(|(defined, _)| defined.eq_ignore_ascii_case(label))
                .map(|(_, target)| *target),
        };
        match target {
            Some(url) if is_absolute_url(url) => {
                out.push('[');
                out.push_str(self.text);
                out.push_str("](");
                out.push_str(url);
                out.push(')');
            }
            // A link to an item or a page of the docs: its text, as docs.rs shows it.
            Some(_) => write_link_text(self.text, out),
            // `[text]` with no definition is a link only when rustdoc would resolve it, that is
            // when it names an item; other brackets are the doc's own text.
            None if names_item(self.text) => write_link_text(self.text, out),
            None => {
                out.push('[');
                out.push_str(self.text);
                out.push(']');
            }
        }
    }
}

fn is_absolute_url(target: &str) -> bool {
    let target = target.trim_start_matches('<');
    target.starts_with("mailto:")
        || target.split_once("://").is_some_and(|(scheme, _)| {
            !scheme.is_empty()
                && scheme
                    .chars()
                    .all(|c| c.is_ascii_alphanumeric() || matches!(c, '+' | '-' | '.'))
        })
}

/// Whether `[text]` is an intra-doc link: a path (``[`Labels`]``, `[Self::name]`, `[fn@build]`,
/// `[vec!]`, `[Server::builder()]`).
fn names_item(text: &str) -> bool {
    let path = without_disambiguator(unticked(text).unwrap_or(text));
    let path = path
        .strip_suffix("()")
        .or_else(|| path.strip_suffix('!'))
        .unwrap_or(path);
    !path.is_empty()
        && path.split("::").all(|segment| {
            segment.starts_with(|c: char| c.is_alphabetic() || c == '_')
                && segment.chars().all(|c| c.is_alphanumeric() || c == '_')
        })
}

/// A link's text as docs.rs shows it: without a disambiguator (`struct@Server` shows as
/// `Server`), in a code span or not.
fn write_link_text(text: &str, out: &mut String) {
    match unticked(text) {
        Some(inner) => {
            out.push('`');
            out.push_str(without_disambiguator(inner));
            out.push('`');
        }
        None => out.push_str(without_disambiguator(text)),
    }
}

/// The inside of a text that is one code span.
fn unticked(text: &str) -> Option<&str> {
    text.strip_prefix('`')?.strip_suffix('`')
}

/// `struct@Server` as `Server`.
fn without_disambiguator(text: &str) -> &str {
    match text.split_once('@') {
        Some((kind, item)) if !kind.is_empty() && kind.chars().all(|c| c.is_ascii_lowercase()) => {
            item
        }
        _ => text,
    }
}

#[cfg(test)]
mod tests {
    use super::plain_text;
    use crate::runtime::meta::ApiModel;

    #[test]
    fn a_models_intra_doc_link_reads_as_text_in_its_schema() {
        // Its doc: "… reads as\n[`Architecture::Other`] instead of failing the whole response."
        assert!(crate::Architecture::DOC.contains("[`Architecture::Other`]"));
        let schema = crate::Architecture::openapi_schema();
        let description = schema["description"].as_str().unwrap();
        assert!(
            description.contains("reads as\n`Architecture::Other` instead of failing"),
            "{description}"
        );
    }

    #[test]
    fn intra_doc_links_become_their_text() {
        assert_eq!(
            plain_text("Kept as [`Architecture::Other`], see [the field](Self::name)."),
            "Kept as `Architecture::Other`, see the field."
        );
        assert_eq!(
            plain_text("A [`Labels`](crate::Labels) map, [struct@Server] and [`fn@build`]."),
            "A `Labels` map, Server and `build`."
        );
        assert_eq!(
            plain_text(
                "[vec!], [Server::builder()] and [`Option`][opt].\n\n[opt]: std::option::Option"
            ),
            "vec!, Server::builder() and `Option`."
        );
    }

    #[test]
    fn links_to_urls_stay_links() {
        let doc = "In [RFC3339](https://datatracker.ietf.org/doc/html/rfc3339) format, \
                   see [the docs][docs].\n[docs]: https://docs.hetzner.cloud/";
        assert_eq!(
            plain_text(doc),
            "In [RFC3339](https://datatracker.ietf.org/doc/html/rfc3339) format, \
             see [the docs](https://docs.hetzner.cloud/)."
        );
    }

    #[test]
    fn brackets_that_are_no_link_and_code_stay_as_written() {
        let doc = "One of [1, 2], `v[`Labels`]`, \\[Labels\\] or labels[\"a b\"].\n\
                   ```\n[`Labels`](crate::Labels)\n```";
        assert_eq!(plain_text(doc), doc);
        // An unclosed bracket or code span is text too.
        assert_eq!(plain_text("[`Labels` and `x"), "[`Labels` and `x");
    }
}
