//! Every example body of the modelled operations, literal and synthesized, reads into its model
//! and writes back as equal JSON.

use hcloud_model_tests::bodies::{example_index, model_of};
use hcloud_model_tests::{json_files, reference_dir_or_skip, same_json};
use serde_json::Value;

#[test]
fn every_example_body_round_trips_through_its_model() {
    let Some(reference) = reference_dir_or_skip("every_example_body_round_trips_through_its_model")
    else {
        return;
    };
    let index = example_index(&reference);
    let examples = reference.join("examples");
    let mut failures = Vec::new();
    let mut checked = 0;
    for file in json_files(&examples) {
        let key = file
            .strip_prefix(&examples)
            .unwrap()
            .to_string_lossy()
            .into_owned();
        let Some(operation) = index.get(&key) else {
            failures.push(format!("{key}: not in INDEX.md"));
            continue;
        };
        let Some(model) = model_of(operation) else {
            let (method, path, status) = operation;
            failures.push(format!("{key}: {method} {path} {status} has no model"));
            continue;
        };
        let text = std::fs::read(&file).unwrap();
        let input: Value = serde_json::from_slice(&text).unwrap();
        match (model.round_trip)(&text) {
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
