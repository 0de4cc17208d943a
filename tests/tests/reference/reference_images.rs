//! Every image object in the reference examples and fixtures, checked against the official spec's
//! rules for its class: conforming, lacking only nullable keys, lacking a required key.

use hcloud_model::ServerImage;
use hcloud_model_tests::{json_files, names_word, reference_dir_or_skip, same_json};
use serde_json::{Map, Value};
use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

/// The spec's rules for one object schema: its keys, which must be present, which may be null,
/// and the same for nested objects.
struct Rules {
    properties: BTreeMap<String, Option<Rules>>,
    required: BTreeSet<String>,
    nullable: BTreeSet<String>,
}

impl Rules {
    fn from_schema(schema: &Value) -> Rules {
        let mut rules = Rules {
            properties: BTreeMap::new(),
            required: schema["required"]
                .as_array()
                .map(|r| r.iter().map(|k| k.as_str().unwrap().to_owned()).collect())
                .unwrap_or_default(),
            nullable: BTreeSet::new(),
        };
        for (key, property) in schema["properties"].as_object().expect("an object schema") {
            let types: Vec<&str> = match &property["type"] {
                Value::String(t) => vec![t.as_str()],
                Value::Array(ts) => ts.iter().filter_map(Value::as_str).collect(),
                _ => vec![],
            };
            if types.contains(&"null") {
                rules.nullable.insert(key.clone());
            }
            let nested = property
                .get("properties")
                .map(|_| Rules::from_schema(property));
            rules.properties.insert(key.clone(), nested);
        }
        rules
    }

    /// What `object` lacks and has in excess, at any depth, as dotted paths.
    fn compare(&self, object: &Map<String, Value>, prefix: &str, report: &mut Report) {
        for key in &self.required {
            if !object.contains_key(key) {
                let path = format!("{prefix}{key}");
                if self.nullable.contains(key) {
                    report.missing_nullable.push(path);
                } else {
                    report.missing_required.push(path);
                }
            }
        }
        for (key, value) in object {
            match self.properties.get(key) {
                None => report.extra.push(format!("{prefix}{key}")),
                Some(Some(nested)) => {
                    if let Value::Object(inner) = value {
                        nested.compare(inner, &format!("{prefix}{key}."), report);
                    }
                }
                Some(None) => {}
            }
        }
    }

    /// What a model following the spec writes back for `object`: its extra keys dropped and its
    /// missing nullable keys written as `null`.
    fn expected_output(&self, object: &Map<String, Value>) -> Value {
        let mut out = Map::new();
        for (key, nested) in &self.properties {
            match object.get(key) {
                Some(Value::Object(inner)) if nested.is_some() => {
                    out.insert(key.clone(), nested.as_ref().unwrap().expected_output(inner));
                }
                Some(value) => {
                    out.insert(key.clone(), value.clone());
                }
                None if self.required.contains(key) && self.nullable.contains(key) => {
                    out.insert(key.clone(), Value::Null);
                }
                None => {}
            }
        }
        Value::Object(out)
    }
}

#[derive(Default)]
struct Report {
    missing_required: Vec<String>,
    missing_nullable: Vec<String>,
    extra: Vec<String>,
}

/// Image objects in one body: `image`, `images[]`, `server.image`, `servers[].image`, a bare
/// image, or the image of a bare server (which is its `$.image`). Strings (a create request's image name) are not images.
fn as_image(value: &Value) -> Option<&Map<String, Value>> {
    value
        .as_object()
        .filter(|o| o.contains_key("os_flavor") || o.contains_key("disk_size"))
}

fn image_objects(body: &Value) -> Vec<(String, &Map<String, Value>)> {
    let mut found = Vec::new();
    let root = body.as_object().expect("bodies are objects");
    if as_image(body).is_some() && root.contains_key("os_flavor") {
        found.push(("$".to_owned(), root));
    }
    if let Some(image) = root.get("image").and_then(as_image) {
        found.push(("$.image".to_owned(), image));
    }
    if let Some(images) = root.get("images").and_then(Value::as_array) {
        for (i, image) in images.iter().enumerate() {
            found.push((
                format!("$.images[{i}]"),
                image.as_object().expect("image objects"),
            ));
        }
    }
    if let Some(image) = root
        .get("server")
        .and_then(|s| s.get("image"))
        .and_then(as_image)
    {
        found.push(("$.server.image".to_owned(), image));
    }
    if let Some(servers) = root.get("servers").and_then(Value::as_array) {
        for (i, server) in servers.iter().enumerate() {
            if let Some(image) = server.get("image").and_then(as_image) {
                found.push((format!("$.servers[{i}].image"), image));
            }
        }
    }
    found
}

fn spec_image_rules(reference: &Path) -> Rules {
    let spec: Value = serde_json::from_str(
        &std::fs::read_to_string(reference.join("hetzner-cloud-openapi.json")).unwrap(),
    )
    .unwrap();
    let schema = spec
        .pointer("/paths/~1images~1{id}/get/responses/200/content/application~1json/schema/properties/image")
        .expect("the spec's image schema");
    Rules::from_schema(schema)
}

/// FIXTURES.md's per-pointer notes: `` `$.image`: missing required: deleted, architecture; … ``.
fn fixture_notes(reference: &Path) -> BTreeMap<(String, String), String> {
    let text = std::fs::read_to_string(reference.join("fixtures/FIXTURES.md")).unwrap();
    let mut notes = BTreeMap::new();
    for line in text
        .lines()
        .filter(|l| l.starts_with("| `") && l.contains(".json`"))
    {
        let cells: Vec<&str> = line.split(" | ").collect();
        let file = cells[0]
            .trim_start_matches("| ")
            .trim_matches('`')
            .to_owned();
        let checks = cells.last().unwrap().trim_end_matches(" |");
        for check in checks.split("<br>") {
            if let Some((pointer, note)) = check.split_once("`: ") {
                notes.insert(
                    (file.clone(), pointer.trim_start_matches('`').to_owned()),
                    note.to_owned(),
                );
            }
        }
    }
    notes
}

#[test]
fn every_reference_image_reads_by_its_class() {
    let Some(reference) = reference_dir_or_skip("every_reference_image_reads_by_its_class") else {
        return;
    };
    let rules = spec_image_rules(&reference);
    let notes = fixture_notes(&reference);
    let mut counts: BTreeMap<&str, usize> = BTreeMap::new();
    let mut failures = Vec::new();
    let mut files = json_files(&reference.join("examples"));
    files.extend(json_files(&reference.join("fixtures")));

    for file in &files {
        let text = std::fs::read_to_string(file).unwrap();
        let body: Value = serde_json::from_str(&text).unwrap();
        let file_name = file.file_name().unwrap().to_string_lossy().into_owned();
        for (pointer, object) in image_objects(&body) {
            let place = format!("{file_name} {pointer}");
            let mut report = Report::default();
            rules.compare(object, "", &mut report);
            if let Some(note) = notes.get(&(file_name.clone(), pointer.clone())) {
                // FIXTURES.md and the spec must agree on what each fixture lacks.
                for missing in report
                    .missing_required
                    .iter()
                    .chain(&report.missing_nullable)
                {
                    if !note.contains(missing.as_str()) {
                        failures.push(format!(
                            "{place}: lacks `{missing}`, which FIXTURES.md does not list ({note})"
                        ));
                    }
                }
            }
            let json = serde_json::to_string(object).unwrap();
            let parsed = serde_json::from_str::<ServerImage>(&json);
            if !report.missing_required.is_empty() {
                *counts
                    .entry("lacks a required non-nullable key: rejected naming it")
                    .or_default() += 1;
                match parsed {
                    Ok(_) => failures.push(format!(
                        "{place}: lacks {:?} but was accepted",
                        report.missing_required
                    )),
                    Err(error) => {
                        let message = error.to_string();
                        if let Some(extra) = report
                            .extra
                            .iter()
                            .find(|key| names_word(&message, key.rsplit('.').next().unwrap()))
                        {
                            failures.push(format!("{place}: error `{message}` is about the extra key `{extra}`, which must be ignored"));
                        }
                        if !report.extra.is_empty() {
                            *counts
                                .entry("  of those, also with extra keys (not the cause)")
                                .or_default() += 1;
                        }
                        if !report
                            .missing_required
                            .iter()
                            .any(|key| names_word(&message, key))
                        {
                            failures.push(format!(
                                "{place}: error `{message}` names none of {:?}",
                                report.missing_required
                            ));
                        }
                    }
                }
                continue;
            }
            let class = match (report.missing_nullable.is_empty(), report.extra.is_empty()) {
                (true, true) => "conforms: round-trips to equal JSON",
                (false, true) => "lacks only nullable keys: read as None",
                (true, false) => "has extra keys: ignored",
                (false, false) => "lacks nullable keys and has extra keys",
            };
            *counts.entry(class).or_default() += 1;
            match parsed {
                Err(error) => failures.push(format!("{place}: {error}")),
                Ok(image) => {
                    let written = serde_json::to_value(&image).unwrap();
                    let expected = rules.expected_output(object);
                    if !same_json(&written, &expected) {
                        failures.push(format!("{place}: wrote {written}\n  expected {expected}"));
                    }
                    for key in &report.missing_nullable {
                        if written[key.as_str()] != Value::Null {
                            failures.push(format!(
                                "{place}: missing nullable `{key}` did not read as None"
                            ));
                        }
                    }
                }
            }
        }
    }
    for (class, count) in &counts {
        println!("{count:3} image objects: {class}");
    }
    assert!(
        !counts.is_empty(),
        "no image objects found under {}",
        reference.display()
    );
    assert!(
        counts.contains_key("conforms: round-trips to equal JSON"),
        "no conforming image object found"
    );
    assert!(
        failures.is_empty(),
        "{} failures:\n{}",
        failures.len(),
        failures.join("\n")
    );
}
