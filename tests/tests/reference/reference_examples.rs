//! Every example body of the modelled operations, literal and synthesized, reads into its model
//! and writes back as equal JSON.

use hcloud_model::{
    CreateImageResponse, CreateServerRequest, CreateServerResponse, ImageResponse, ImagesPage,
    ServerResponse, ServersPage,
};
use hcloud_model_tests::{json_files, reference_dir_or_skip, same_json};
use serde::Serialize;
use serde::de::DeserializeOwned;
use serde_json::Value;
use std::collections::BTreeMap;

type RoundTrip = fn(&str) -> Result<Value, serde_json::Error>;

fn round_trip<T: DeserializeOwned + Serialize>(text: &str) -> Result<Value, serde_json::Error> {
    serde_json::to_value(serde_json::from_str::<T>(text)?)
}

/// The model of each operation's body, by method, path and status (`request` for the request).
const MODELS: &[(&str, &str, &str, RoundTrip)] = &[
    ("GET", "/images", "200", round_trip::<ImagesPage>),
    ("GET", "/images/{id}", "200", round_trip::<ImageResponse>),
    ("PUT", "/images/{id}", "200", round_trip::<ImageResponse>),
    ("GET", "/servers", "200", round_trip::<ServersPage>),
    (
        "POST",
        "/servers",
        "request",
        round_trip::<CreateServerRequest>,
    ),
    (
        "POST",
        "/servers",
        "201",
        round_trip::<CreateServerResponse>,
    ),
    ("GET", "/servers/{id}", "200", round_trip::<ServerResponse>),
    ("PUT", "/servers/{id}", "200", round_trip::<ServerResponse>),
    (
        "POST",
        "/servers/{id}/actions/create_image",
        "201",
        round_trip::<CreateImageResponse>,
    ),
];

/// INDEX.md's rows: file name to (method, path, status).
fn index(reference: &std::path::Path) -> BTreeMap<String, (String, String, String)> {
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

#[test]
fn every_example_body_round_trips_through_its_model() {
    let Some(reference) = reference_dir_or_skip("every_example_body_round_trips_through_its_model")
    else {
        return;
    };
    let index = index(&reference);
    let examples = reference.join("examples");
    let mut failures = Vec::new();
    let mut checked = 0;
    for file in json_files(&examples) {
        let key = file
            .strip_prefix(&examples)
            .unwrap()
            .to_string_lossy()
            .into_owned();
        let Some((method, path, status)) = index.get(&key) else {
            failures.push(format!("{key}: not in INDEX.md"));
            continue;
        };
        let Some((_, _, _, round_trip)) = MODELS
            .iter()
            .find(|(m, p, s, _)| m == method && p == path && s == status)
        else {
            failures.push(format!("{key}: {method} {path} {status} has no model"));
            continue;
        };
        let text = std::fs::read_to_string(&file).unwrap();
        let input: Value = serde_json::from_str(&text).unwrap();
        match round_trip(&text) {
            Ok(written) if same_json(&written, &input) => checked += 1,
            Ok(written) => failures.push(format!("{key}: wrote\n  {written}\nread\n  {input}")),
            Err(error) => failures.push(format!("{key}: {error}")),
        }
    }
    println!("{checked} example bodies round-tripped through their models");
    assert!(
        checked > 0,
        "no example bodies under {}",
        examples.display()
    );
    assert!(
        failures.is_empty(),
        "{} failures:\n{}",
        failures.len(),
        failures.join("\n")
    );
}
