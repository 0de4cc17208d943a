//! Shared helpers of the cross-crate tests: where the reference data is, and JSON comparison.

use serde_json::Value;
use std::path::{Path, PathBuf};

/// The environment variable that makes the reference data required: CI sets
/// `HCLOUD_MODEL_REFERENCE=required`, so a missing folder fails the run instead of skipping tests.
pub const REFERENCE_VARIABLE: &str = "HCLOUD_MODEL_REFERENCE";

/// `../shared/reference/` beside the workspace, for the test named `test`. Development machines
/// and CI have it; a user's clone does not, and there the test prints why it skips and passes
/// (`None`). Under `HCLOUD_MODEL_REFERENCE=required` a missing folder panics instead, so CI cannot
/// go green having compared nothing with the spec.
pub fn reference_dir_or_skip(test: &str) -> Option<PathBuf> {
    let workspace = Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .expect("the tests crate is inside the workspace");
    let dir = workspace.with_file_name("shared").join("reference");
    if dir.is_dir() {
        return Some(dir);
    }
    let required = match std::env::var(REFERENCE_VARIABLE) {
        Ok(value) if value == "required" => true,
        Ok(value) if value.is_empty() => false,
        Ok(value) => panic!(
            "{REFERENCE_VARIABLE}={value:?}: the only value is `required` (leave it unset to skip the tests that need the reference data)"
        ),
        Err(_) => false,
    };
    assert!(
        !required,
        "{test}: {} is missing, and {REFERENCE_VARIABLE}=required says this run must compare with it: put the reference data beside the workspace, or unset the variable to skip",
        dir.display()
    );
    // The stderr handle itself, which the test harness does not capture (it captures
    // `print!`/`eprint!`), so the notice shows in a plain `cargo test`.
    use std::io::Write as _;
    let _ = writeln!(
        std::io::stderr(),
        "{test}: skipped, ../shared/reference/ is not beside the workspace (it is on development machines and CI, not in a user's clone)"
    );
    None
}

/// Which model reads which body: the operations' bodies, and the examples' index of them.
pub mod bodies {
    use hcloud_model::{
        ApiModel, CreateImageResponse, CreateServerRequest, CreateServerResponse, Describe,
        ImageResponse, ImagesPage, ServerResponse, ServersPage, Shape,
    };
    use serde::Serialize;
    use serde::de::DeserializeOwned;
    use serde_json::Value;
    use std::collections::BTreeMap;
    use std::path::Path;

    /// A model a body is read into, as the functions the tests call on it.
    pub struct BodyModel {
        /// The model's name.
        pub name: &'static str,
        /// What its JSON looks like.
        pub shape: fn() -> Shape,
        /// Reads a body into the model and drops it.
        pub read: fn(&[u8]) -> Result<(), serde_json::Error>,
        /// Reads a body into the model and writes the model back.
        pub round_trip: fn(&[u8]) -> Result<Value, serde_json::Error>,
    }

    impl BodyModel {
        /// The functions of model `T`.
        pub const fn of<T: ApiModel + Describe + DeserializeOwned + Serialize>() -> Self {
            Self {
                name: T::NAME,
                shape: T::shape,
                read: read::<T>,
                round_trip: round_trip::<T>,
            }
        }
    }

    fn read<T: DeserializeOwned>(body: &[u8]) -> Result<(), serde_json::Error> {
        serde_json::from_slice::<T>(body).map(drop)
    }

    fn round_trip<T: DeserializeOwned + Serialize>(
        body: &[u8],
    ) -> Result<Value, serde_json::Error> {
        serde_json::to_value(serde_json::from_slice::<T>(body)?)
    }

    /// An operation's body: method, path and status (`request` for the request body).
    pub type Operation = (String, String, String);

    /// The model of each modelled operation's body.
    const OPERATIONS: &[(&str, &str, &str, BodyModel)] = &[
        ("GET", "/images", "200", BodyModel::of::<ImagesPage>()),
        (
            "GET",
            "/images/{id}",
            "200",
            BodyModel::of::<ImageResponse>(),
        ),
        (
            "PUT",
            "/images/{id}",
            "200",
            BodyModel::of::<ImageResponse>(),
        ),
        ("GET", "/servers", "200", BodyModel::of::<ServersPage>()),
        (
            "POST",
            "/servers",
            "request",
            BodyModel::of::<CreateServerRequest>(),
        ),
        (
            "POST",
            "/servers",
            "201",
            BodyModel::of::<CreateServerResponse>(),
        ),
        (
            "GET",
            "/servers/{id}",
            "200",
            BodyModel::of::<ServerResponse>(),
        ),
        (
            "PUT",
            "/servers/{id}",
            "200",
            BodyModel::of::<ServerResponse>(),
        ),
        (
            "POST",
            "/servers/{id}/actions/create_image",
            "201",
            BodyModel::of::<CreateImageResponse>(),
        ),
    ];

    /// The model of an operation's body, if it is modelled.
    pub fn model_of(operation: &Operation) -> Option<&'static BodyModel> {
        let (method, path, status) = operation;
        OPERATIONS
            .iter()
            .find(|(m, p, s, _)| m == method && p == path && s == status)
            .map(|(_, _, _, model)| model)
    }

    /// The rows of `examples/INDEX.md` in the reference data: each example file (relative to
    /// `examples/`) and the operation whose body it is.
    pub fn example_index(reference: &Path) -> BTreeMap<String, Operation> {
        let text = std::fs::read_to_string(reference.join("examples/INDEX.md")).unwrap();
        text.lines()
            .filter(|line| line.starts_with("| `") && line.contains(".json`"))
            .map(|line| {
                let cells: Vec<&str> = line
                    .split('|')
                    .map(|c| c.trim().trim_matches('`'))
                    .collect();
                let file = cells[1].rsplit('/').next().unwrap().to_owned();
                let synthesized = cells[1].starts_with("synthesized/");
                let key = format!("{}{file}", if synthesized { "synthesized/" } else { "" });
                (
                    key,
                    (
                        cells[3].to_owned(),
                        cells[4].to_owned(),
                        cells[5].to_owned(),
                    ),
                )
            })
            .collect()
    }
}

/// Every `*.json` file under `dir`, recursively, sorted for stable output.
pub fn json_files(dir: &Path) -> Vec<PathBuf> {
    let mut files = Vec::new();
    let mut pending = vec![dir.to_path_buf()];
    while let Some(dir) = pending.pop() {
        for entry in std::fs::read_dir(&dir).expect("readable reference folder") {
            let path = entry.expect("readable entry").path();
            if path.is_dir() {
                pending.push(path);
            } else if path.extension().is_some_and(|e| e == "json") {
                files.push(path);
            }
        }
    }
    files.sort();
    files
}

/// JSON equality with numbers compared by value (`10` equals `10.0`), as the API's numbers are.
pub fn same_json(left: &Value, right: &Value) -> bool {
    match (left, right) {
        (Value::Number(l), Value::Number(r)) => match (l.as_i64(), r.as_i64()) {
            (Some(l), Some(r)) => l == r,
            _ => l.as_f64() == r.as_f64(),
        },
        (Value::Array(l), Value::Array(r)) => {
            l.len() == r.len() && l.iter().zip(r).all(|(l, r)| same_json(l, r))
        }
        (Value::Object(l), Value::Object(r)) => {
            l.len() == r.len()
                && l.iter()
                    .all(|(key, l)| r.get(key).is_some_and(|r| same_json(l, r)))
        }
        _ => left == right,
    }
}

/// Whether `message` contains `word` delimited by non-identifier characters.
pub fn names_word(message: &str, word: &str) -> bool {
    message.match_indices(word).any(|(at, _)| {
        let before = message[..at].chars().next_back();
        let after = message[at + word.len()..].chars().next();
        let is_ident = |c: Option<char>| c.is_some_and(|c| c.is_alphanumeric() || c == '_');
        !is_ident(before) && !is_ident(after)
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn numbers_compare_by_value() {
        assert!(same_json(&json!({"a": [10]}), &json!({"a": [10.0]})));
        assert!(!same_json(&json!({"a": 10}), &json!({"a": 10.5})));
        assert!(!same_json(&json!({"a": 1}), &json!({"a": 1, "b": null})));
        assert!(!same_json(&json!("1"), &json!(1)));
    }

    #[test]
    fn whole_words_only() {
        assert!(names_word("expected i64 for `id` at", "id"));
        assert!(names_word("missing field `created_from.id`", "id"));
        assert!(!names_word("invalid type for `bound_to`", "id"));
        assert!(!names_word("expected `identifier`", "id"));
    }

    #[test]
    fn a_list_bound_is_a_limit_a_tuple_bound_its_shape() {
        let list = json!({"type": "array", "items": {"type": "string"}});
        let limited = json!({"type": "array", "items": {"type": "string"}, "maxItems": 50});
        assert!(conformance::compare(&list, &limited, &[]).is_empty());
        let pair = |len: usize| {
            json!({"type": "array", "prefixItems": vec![json!({"type": "number"}); len],
                   "minItems": len, "maxItems": len})
        };
        let found = conformance::compare(&pair(2), &pair(3), &[]).join("\n");
        assert!(found.contains("maxItems 2, the spec says 3"), "{found}");
    }
}

pub mod pedantic;

/// The README's examples compile and run as doctests.
#[cfg(doctest)]
#[doc = include_str!("../../README.md")]
mod readme {}

/// Holding a model's schema to the official spec's schema of the same object.
pub mod conformance {
    use serde_json::Value;
    use std::collections::BTreeSet;

    /// A difference from the spec that is deliberate, with its reason. Unused deviations are
    /// reported too, so the list cannot outlive the difference it excuses.
    #[derive(Clone, Copy, Debug)]
    pub struct Deviation {
        /// Dotted path of the property (`created_from.id`), `""` for the object itself. It also
        /// matches where the object is embedded (`placement_group` matches
        /// `server.placement_group`), so a shared model lists its deviations once.
        pub path: &'static str,
        /// What differs: `type`, `format`, `enum`, `required`, `properties`, `description`,
        /// `items` (a tuple's length or `prefixItems`), `branches` (a union's count of `oneOf`
        /// branches).
        pub aspect: &'static str,
        /// Why.
        pub reason: &'static str,
    }

    /// The spec's relative links (`(#tag/images)`) made absolute, as the models' docs write them.
    pub fn absolute_links(text: &str) -> String {
        text.replace("](#", "](https://docs.hetzner.cloud/#")
    }

    /// The first paragraph, whitespace collapsed.
    pub fn first_paragraph(text: &str) -> String {
        let paragraph = text.trim().split("\n\n").next().unwrap_or_default();
        paragraph.split_whitespace().collect::<Vec<_>>().join(" ")
    }

    fn types(schema: &Value) -> BTreeSet<String> {
        match &schema["type"] {
            Value::String(t) => [t.clone()].into(),
            Value::Array(ts) => ts
                .iter()
                .filter_map(|t| t.as_str().map(str::to_owned))
                .collect(),
            _ => BTreeSet::new(),
        }
    }

    fn strings(value: &Value) -> Vec<String> {
        value
            .as_array()
            .map(|a| a.iter().map(|v| v.to_string()).collect())
            .unwrap_or_default()
    }

    /// Every difference between `ours` and `spec` not excused by `deviations`, readable, one per
    /// line: property names, types, formats, nullability, `required`, enum values and the first
    /// paragraph of descriptions, at every depth.
    pub fn compare(ours: &Value, spec: &Value, deviations: &[Deviation]) -> Vec<String> {
        let mut found = Vec::new();
        walk(ours, spec, "", true, &mut found);
        let mut report = Vec::new();
        let mut used = vec![false; deviations.len()];
        for (path, aspect, text) in found {
            let matches = |d: &Deviation| {
                d.aspect == aspect && (d.path == path || path.ends_with(&format!(".{}", d.path)))
            };
            match deviations.iter().position(matches) {
                Some(index) => used[index] = true,
                None => report.push(text),
            }
        }
        for (deviation, used) in deviations.iter().zip(used) {
            if !used {
                report.push(format!(
                    "deviation `{}` {} is listed ({}) but there is no such difference any more",
                    deviation.path, deviation.aspect, deviation.reason
                ));
            }
        }
        report
    }

    /// A `oneOf` on both sides: the union's own title and description, then branch by branch in
    /// order (ours in declaration order, the spec's as it lists them). A spec branch written as
    /// `allOf` parts (the shared object, then one holding the tag) is compared merged into one
    /// object, as our branch is the variant's model with the tag added: the merge keeps
    /// properties and `required`, so the title the spec gives the composition itself ("Primary
    /// Zone") is not compared; a branch has no description of its own to compare either.
    fn union(
        ours: &Value,
        spec: &Value,
        (our_branches, spec_branches): (&Vec<Value>, &Vec<Value>),
        path: &str,
        root: bool,
        found: &mut Vec<(String, &'static str, String)>,
    ) {
        let at = if path.is_empty() { "the object" } else { path };
        let without_branches = |schema: &Value| {
            let mut schema = schema.clone();
            if let Some(map) = schema.as_object_mut() {
                map.remove("oneOf");
            }
            schema
        };
        walk(
            &without_branches(ours),
            &without_branches(spec),
            path,
            root,
            found,
        );
        if our_branches.len() != spec_branches.len() {
            found.push((
                path.to_owned(),
                "branches",
                format!(
                    "{at}: {} branches, the spec has {}",
                    our_branches.len(),
                    spec_branches.len()
                ),
            ));
        }
        for (index, (o, s)) in our_branches.iter().zip(spec_branches).enumerate() {
            let branch = if s.get("allOf").is_some() {
                crate::spec_bodies::merged(s)
            } else {
                s.clone()
            };
            walk(o, &branch, &format!("{path}[branch {index}]"), true, found);
        }
    }

    fn walk(
        ours: &Value,
        spec: &Value,
        path: &str,
        root: bool,
        found: &mut Vec<(String, &'static str, String)>,
    ) {
        let spec = &crate::spec_bodies::merged(spec);
        let at = if path.is_empty() { "the object" } else { path };
        if ours.get("oneOf").is_some() || spec.get("oneOf").is_some() {
            let branches = |schema: &Value| schema["oneOf"].as_array().cloned().unwrap_or_default();
            union(
                ours,
                spec,
                (&branches(ours), &branches(spec)),
                path,
                root,
                found,
            );
            return;
        }
        let mut differ =
            |aspect: &'static str, text: String| found.push((path.to_owned(), aspect, text));
        if types(ours) != types(spec) {
            differ(
                "type",
                format!(
                    "{at}: type {:?}, the spec says {:?}",
                    types(ours),
                    types(spec)
                ),
            );
        }
        if ours.get("title") != spec.get("title") {
            differ(
                "title",
                format!(
                    "{at}: title {}, the spec says {}",
                    ours["title"], spec["title"]
                ),
            );
        }
        if ours.get("format") != spec.get("format") {
            differ(
                "format",
                format!(
                    "{at}: format {}, the spec says {}",
                    ours["format"], spec["format"]
                ),
            );
        }
        if strings(&ours["enum"]) != strings(&spec["enum"]) {
            differ(
                "enum",
                format!(
                    "{at}: enum {}, the spec says {}",
                    ours["enum"], spec["enum"]
                ),
            );
        }
        // The spec describes an object where it is used (its own root has no description), and
        // leaves some descriptions empty: there is nothing to hold ours to then.
        let spec_has_doc = spec["description"]
            .as_str()
            .is_some_and(|d| !d.trim().is_empty());
        if !root && spec_has_doc {
            let spec_doc =
                first_paragraph(&absolute_links(spec["description"].as_str().unwrap_or("")));
            let our_doc = first_paragraph(ours["description"].as_str().unwrap_or(""));
            if spec_doc != our_doc {
                differ(
                    "description",
                    format!("{at}: description\n    ours: {our_doc}\n    spec: {spec_doc}"),
                );
            }
        }
        let required = |schema: &Value| -> BTreeSet<String> {
            strings(&schema["required"]).into_iter().collect()
        };
        if required(ours) != required(spec) {
            differ(
                "required",
                format!(
                    "{at}: required {:?}, the spec says {:?}",
                    required(ours),
                    required(spec)
                ),
            );
        }
        let keys = |schema: &Value| -> BTreeSet<String> {
            schema["properties"]
                .as_object()
                .map(|p| p.keys().cloned().collect())
                .unwrap_or_default()
        };
        let (our_keys, spec_keys) = (keys(ours), keys(spec));
        if our_keys != spec_keys {
            differ(
                "properties",
                format!(
                    "{at}: properties only in ours {:?}, only in the spec {:?}",
                    our_keys.difference(&spec_keys).collect::<Vec<_>>(),
                    spec_keys.difference(&our_keys).collect::<Vec<_>>()
                ),
            );
        }
        for key in our_keys.intersection(&spec_keys) {
            let child = if path.is_empty() {
                key.clone()
            } else {
                format!("{path}.{key}")
            };
            walk(
                &ours["properties"][key],
                &spec["properties"][key],
                &child,
                false,
                found,
            );
        }
        for nested in ["items", "additionalProperties"] {
            if let (Some(o), Some(s)) = (ours.get(nested), spec.get(nested))
                && o.is_object()
                && s.is_object()
            {
                walk(o, s, &format!("{path}[{nested}]"), true, found);
            }
        }
        // A tuple: its length, then each item at its place. On a list the bounds are a limit the
        // API checks, like `maxLength` or `maximum`, which no model states: not compared.
        let is_tuple = |schema: &Value| schema.get("prefixItems").is_some();
        for bound in ["minItems", "maxItems"] {
            if (is_tuple(ours) || is_tuple(spec)) && ours.get(bound) != spec.get(bound) {
                found.push((
                    path.to_owned(),
                    "items",
                    format!(
                        "{at}: {bound} {}, the spec says {}",
                        ours[bound], spec[bound]
                    ),
                ));
            }
        }
        let prefix = |schema: &Value| {
            schema["prefixItems"]
                .as_array()
                .cloned()
                .unwrap_or_default()
        };
        let (our_items, spec_items) = (prefix(ours), prefix(spec));
        if our_items.len() != spec_items.len() {
            found.push((
                path.to_owned(),
                "items",
                format!(
                    "{at}: {} prefixItems, the spec has {}",
                    our_items.len(),
                    spec_items.len()
                ),
            ));
        }
        for (index, (o, s)) in our_items.iter().zip(&spec_items).enumerate() {
            walk(o, s, &format!("{path}[prefixItems][{index}]"), false, found);
        }
    }
}

/// Bodies from the spec: the examples it gives, and bodies synthesized from its field-level
/// examples where it gives none.
pub mod spec_bodies {
    use serde_json::{Map, Value, json};

    /// The example bodies the spec gives for one body: `examples.*.value` and `example`.
    pub fn examples(content: &Value) -> Vec<Value> {
        let named = content["examples"]
            .as_object()
            .into_iter()
            .flat_map(|examples| examples.values())
            .filter_map(|example| example.get("value").cloned());
        named.chain(content.get("example").cloned()).collect()
    }

    /// Which keys a synthesized body has, and whether nullable ones are `null`.
    #[derive(Clone, Copy)]
    pub enum Synthesis {
        /// Every key, each with its example.
        AllKeys,
        /// The required keys only, nullable ones `null`.
        RequiredWithNulls,
        /// Every key, nullable ones `null`.
        AllWithNulls,
    }

    fn is_nullable(schema: &Value) -> bool {
        schema["nullable"] == json!(true)
            || schema["type"]
                .as_array()
                .is_some_and(|types| types.contains(&json!("null")))
    }

    /// `schema` with its `allOf` merged into one object schema: the parts' properties, a later
    /// part's definition of a key replacing an earlier one's (the spec narrows in a later part:
    /// a union branch's tag to its one value, `update_service`'s `health_check` to all-optional),
    /// and every part's `required`. The parts' own titles and descriptions name the parts, not the
    /// whole, so only the schema's own (`LoadBalancerServiceTCP`) are kept.
    pub fn merged(schema: &Value) -> Value {
        let Some(parts) = schema["allOf"].as_array() else {
            return schema.clone();
        };
        let mut properties = Map::new();
        let mut required = Vec::new();
        for part in parts.iter().map(merged) {
            if let Some(p) = part["properties"].as_object() {
                properties.extend(p.clone());
            }
            for key in part["required"].as_array().into_iter().flatten() {
                if !required.contains(key) {
                    required.push(key.clone());
                }
            }
        }
        let mut whole = json!({"type": "object", "properties": properties, "required": required});
        for key in ["title", "description"] {
            if let Some(value) = schema.get(key) {
                whole[key] = value.clone();
            }
        }
        whole
    }

    /// `example` with each object of a discriminated union (`oneOf` + `discriminator`) cut down to
    /// the keys its branch declares, the branch chosen by the tag's value; `dropped` gets the path
    /// of each key cut. The spec's Load Balancer examples give one target every type's keys at
    /// once (`"type": "server"` beside `label_selector` and `ip`), which no branch describes and
    /// the API never sends; a model that reads by the tag keeps only its branch's keys. Nothing
    /// else is touched: a key outside a plain object's properties stays and fails the round trip.
    pub fn within_union_branches(
        example: &Value,
        schema: &Value,
        path: &str,
        dropped: &mut Vec<String>,
    ) -> Value {
        let schema = merged(schema);
        if let (Some(branches), Some(tag), Some(object)) = (
            schema["oneOf"].as_array(),
            schema["discriminator"]["propertyName"].as_str(),
            example.as_object(),
        ) {
            let chosen = branches.iter().map(merged).find(|branch| {
                let values = &branch["properties"][tag]["enum"];
                values.as_array().is_some_and(|v| v.len() == 1) && values[0] == object[tag]
            });
            if let Some(branch) = chosen {
                let declared = branch["properties"]
                    .as_object()
                    .cloned()
                    .unwrap_or_default();
                let mut kept = Map::new();
                for (key, value) in object {
                    match declared.get(key) {
                        Some(inner) => {
                            let at = format!("{path}.{key}");
                            kept.insert(
                                key.clone(),
                                within_union_branches(value, inner, &at, dropped),
                            );
                        }
                        None => dropped.push(format!("{path}.{key}")),
                    }
                }
                return Value::Object(kept);
            }
        }
        match example {
            Value::Object(object) => Value::Object(
                object
                    .iter()
                    .map(|(key, value)| {
                        let inner = &schema["properties"][key];
                        let at = format!("{path}.{key}");
                        (
                            key.clone(),
                            within_union_branches(value, inner, &at, dropped),
                        )
                    })
                    .collect(),
            ),
            Value::Array(items) => Value::Array(
                items
                    .iter()
                    .enumerate()
                    .map(|(i, item)| {
                        within_union_branches(
                            item,
                            &schema["items"],
                            &format!("{path}[{i}]"),
                            dropped,
                        )
                    })
                    .collect(),
            ),
            other => other.clone(),
        }
    }

    /// A body made from the schema's field-level examples; `branch` picks the `oneOf` branch.
    pub fn synthesize(schema: &Value, mode: Synthesis, branch: usize) -> Value {
        if let Some(branches) = schema["oneOf"].as_array() {
            return synthesize(&branches[branch % branches.len()], mode, branch);
        }
        let schema = merged(schema);
        if let Some(properties) = schema["properties"].as_object() {
            let required: Vec<&str> = schema["required"]
                .as_array()
                .map(|r| r.iter().filter_map(Value::as_str).collect())
                .unwrap_or_default();
            let mut object = Map::new();
            for (key, property) in properties {
                let is_required = required.contains(&key.as_str());
                if matches!(mode, Synthesis::RequiredWithNulls) && !is_required {
                    continue;
                }
                let value = if is_nullable(property) && !matches!(mode, Synthesis::AllKeys) {
                    Value::Null
                } else {
                    synthesize(property, mode, branch)
                };
                object.insert(key.clone(), value);
            }
            return Value::Object(object);
        }
        if let Some(example) = schema.get("example") {
            return example.clone();
        }
        if let Some(first) = schema["enum"].as_array().and_then(|e| e.first()) {
            return first.clone();
        }
        let kind = match &schema["type"] {
            Value::Array(types) => types
                .iter()
                .find(|t| *t != "null")
                .cloned()
                .unwrap_or_default(),
            other => other.clone(),
        };
        match kind.as_str() {
            Some("array") => json!([synthesize(&schema["items"], mode, branch)]),
            Some("object") => match schema.get("additionalProperties") {
                Some(values) if values.is_object() => {
                    json!({"key": synthesize(values, mode, branch)})
                }
                _ => json!({}),
            },
            Some("integer") => json!(1),
            Some("number") => json!(1.5),
            Some("boolean") => json!(true),
            _ => json!("text"),
        }
    }
}

/// The check that takes no exception list: property names, `required`, nullability, JSON types,
/// map values and every enum value of the spec, compared exactly (an enum of ours may have values
/// beyond the spec's, never fewer). Format, title and description are not looked at.
pub mod strict {
    use crate::spec_bodies::merged;
    use serde_json::Value;
    use std::collections::BTreeSet;

    fn types(schema: &Value) -> BTreeSet<String> {
        match &schema["type"] {
            Value::String(t) => [t.clone()].into(),
            Value::Array(ts) => ts
                .iter()
                .filter_map(|t| t.as_str().map(str::to_owned))
                .collect(),
            _ => BTreeSet::new(),
        }
    }

    fn set(value: &Value) -> BTreeSet<String> {
        value
            .as_array()
            .map(|a| a.iter().map(ToString::to_string).collect())
            .unwrap_or_default()
    }

    /// Every difference between `ours` and `spec` in what a body may hold, one per line.
    pub fn differences(ours: &Value, spec: &Value) -> Vec<String> {
        let mut found = Vec::new();
        walk(ours, spec, "", &mut found);
        found
    }

    fn walk(ours: &Value, spec: &Value, path: &str, found: &mut Vec<String>) {
        let at = if path.is_empty() { "the body" } else { path };
        if let (Some(our_branches), Some(spec_branches)) =
            (ours["oneOf"].as_array(), spec["oneOf"].as_array())
        {
            if our_branches.len() != spec_branches.len() {
                found.push(format!(
                    "{at}: {} branches, the spec has {}",
                    our_branches.len(),
                    spec_branches.len()
                ));
            }
            for (i, (o, s)) in our_branches.iter().zip(spec_branches).enumerate() {
                walk(o, s, &format!("{path}[branch {i}]"), found);
            }
            return;
        }
        let spec = &merged(spec);
        if types(ours) != types(spec) {
            found.push(format!(
                "{at}: types {:?}, the spec says {:?}",
                types(ours),
                types(spec)
            ));
        }
        let (our_enum, spec_enum) = (set(&ours["enum"]), set(&spec["enum"]));
        if !spec_enum.is_subset(&our_enum) {
            found.push(format!(
                "{at}: enum lacks {:?}",
                spec_enum.difference(&our_enum).collect::<Vec<_>>()
            ));
        }
        if set(&ours["required"]) != set(&spec["required"]) {
            found.push(format!(
                "{at}: required {:?}, the spec says {:?}",
                set(&ours["required"]),
                set(&spec["required"])
            ));
        }
        let keys = |schema: &Value| -> BTreeSet<String> {
            schema["properties"]
                .as_object()
                .map(|p| p.keys().cloned().collect())
                .unwrap_or_default()
        };
        if keys(ours) != keys(spec) {
            found.push(format!(
                "{at}: properties {:?}, the spec has {:?}",
                keys(ours),
                keys(spec)
            ));
        }
        for key in keys(ours).intersection(&keys(spec)) {
            let inner = if path.is_empty() {
                key.clone()
            } else {
                format!("{path}.{key}")
            };
            walk(
                &ours["properties"][key],
                &spec["properties"][key],
                &inner,
                found,
            );
        }
        if ours.get("items").is_some() || spec.get("items").is_some() {
            walk(
                &ours["items"],
                &spec["items"],
                &format!("{path}[items]"),
                found,
            );
        }
        let map_values = |schema: &Value| {
            schema
                .get("additionalProperties")
                .filter(|v| v.is_object())
                .cloned()
        };
        match (map_values(ours), map_values(spec)) {
            (Some(o), Some(s)) => walk(&o, &s, &format!("{path}{{values}}"), found),
            (None, None) => {}
            _ => found.push(format!("{at}: map values differ in presence")),
        }
    }
}
