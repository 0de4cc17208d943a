//! Three-state fields: absent, `null` or a value, through serde, builder, metadata and schema.

use hcloud_model::{ApiModel, Patch};
use serde_json::{Value, json};
use std::collections::BTreeMap;

/// An update request: what is absent stays as it is on the server.
#[derive(ApiModel, Debug, Clone, PartialEq)]
struct UpdateVolume {
    /// New name.
    name: Patch<String>,
    /// New description; `null` clears it.
    description: Patch<String>,
    /// New labels, replacing all of them.
    labels: Patch<BTreeMap<String, String>>,
    /// New size in GB.
    size: Patch<u32>,
}

fn read_four_ways(input: &str) -> UpdateVolume {
    let from_str: UpdateVolume = serde_json::from_str(input).unwrap();
    let from_slice: UpdateVolume = serde_json::from_slice(input.as_bytes()).unwrap();
    let from_reader: UpdateVolume = serde_json::from_reader(input.as_bytes()).unwrap();
    let from_value: UpdateVolume =
        serde_json::from_value(serde_json::from_str(input).unwrap()).unwrap();
    assert_eq!(from_slice, from_str);
    assert_eq!(from_reader, from_str);
    assert_eq!(from_value, from_str);
    from_str
}

#[test]
fn the_three_states_read_and_write_as_themselves() {
    let update = read_four_ways(r#"{"name": "data-2", "description": null, "size": 50}"#);
    assert_eq!(update.name, Patch::Value("data-2".to_owned()));
    assert_eq!(update.description, Patch::Null);
    assert_eq!(update.labels, Patch::Absent);
    assert_eq!(update.size, Patch::Value(50));
    assert_eq!(
        serde_json::to_value(&update).unwrap(),
        json!({"name": "data-2", "description": null, "size": 50})
    );
    let nothing = read_four_ways("{}");
    assert!(nothing.name.is_absent() && nothing.description.is_absent());
    assert_eq!(serde_json::to_string(&nothing).unwrap(), "{}");
    let all_null =
        read_four_ways(r#"{"name": null, "description": null, "labels": null, "size": null}"#);
    assert_eq!(
        serde_json::to_value(&all_null).unwrap(),
        json!({"name": null, "description": null, "labels": null, "size": null})
    );
}

#[test]
fn an_update_request_clears_one_field_sets_one_and_leaves_the_rest_out() {
    let request = UpdateVolume::builder()
        .description_null()
        .name("data-2")
        .build();
    assert_eq!(request.labels, Patch::Absent);
    assert_eq!(request.size, Patch::Absent);
    let json = serde_json::to_string(&request).unwrap();
    assert_eq!(json, r#"{"name":"data-2","description":null}"#);
}

/// A `Patch` field's two setters write one slot: the last one called wins.
#[test]
fn a_patch_field_set_again_takes_the_last_state() {
    let request = UpdateVolume::builder()
        .name("data-2")
        .name_null()
        .size(10)
        .size(20)
        .description_null()
        .description("kept")
        .build();
    assert_eq!(request.name, Patch::Null);
    assert_eq!(request.size, Patch::Value(20));
    assert_eq!(request.description, Patch::Value("kept".to_owned()));
}

#[test]
fn wrong_values_still_name_the_field() {
    let error = serde_json::from_str::<UpdateVolume>(r#"{"size": "big"}"#).unwrap_err();
    assert!(error.to_string().contains("for `size`"), "{error}");
}

#[test]
fn metadata_and_schema_say_optional_and_nullable() {
    for field in UpdateVolume::FIELDS {
        assert!(
            field.is_optional() && field.is_nullable() && !field.is_required(),
            "{}",
            field.name()
        );
    }
    let schema = UpdateVolume::openapi_schema();
    assert_eq!(schema["required"], json!([]));
    assert_eq!(
        schema["properties"]["size"]["type"],
        json!(["integer", "null"])
    );
    assert_eq!(
        schema["properties"]["labels"]["type"],
        json!(["object", "null"])
    );
    assert_eq!(
        schema["properties"]["labels"]["additionalProperties"],
        json!({"type": "string"})
    );
}

#[test]
fn patch_converts_from_values_and_options_and_applies() {
    assert_eq!(Patch::from(3), Patch::Value(3));
    assert_eq!(Patch::<i32>::from(None), Patch::Null);
    assert_eq!(Patch::<i32>::from(Some(3)).map(|v| v * 2), Patch::Value(6));
    let mut current = Some("old".to_owned());
    Patch::Absent.apply_to(&mut current);
    assert_eq!(current.as_deref(), Some("old"));
    Patch::Value("new".to_owned()).apply_to(&mut current);
    assert_eq!(current.as_deref(), Some("new"));
    Patch::Null.apply_to(&mut current);
    assert_eq!(current, None);
    assert_eq!(Patch::<Value>::default(), Patch::Absent);
}
