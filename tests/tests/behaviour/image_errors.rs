//! The error cases of the workspace issue, on `ServerImage` itself: each names its field.

use hcloud_model::{ImageResponse, ServerImage};
use hcloud_model_tests::names_word;
use serde_json::{Value, json};

fn valid_image() -> Value {
    json!({
        "id": 42, "type": "snapshot", "status": "available", "name": null,
        "description": "web-1 before upgrade", "image_size": 2.3, "disk_size": 10,
        "created": "2016-01-30T23:55:00Z", "created_from": {"id": 1, "name": "web-1"},
        "bound_to": null, "os_flavor": "ubuntu", "os_version": "24.04", "rapid_deploy": false,
        "protection": {"delete": false}, "deprecated": null, "deleted": null,
        "labels": {"env": "prod"}, "architecture": "x86"
    })
}

fn with(pointer: &str, value: Value) -> String {
    let mut image = valid_image();
    *image.pointer_mut(pointer).unwrap() = value;
    image.to_string()
}

#[test]
fn the_valid_image_reads() {
    let image: ServerImage = serde_json::from_str(&valid_image().to_string()).unwrap();
    assert_eq!(image.created_from.unwrap().name, "web-1");
}

#[test]
fn bad_values_name_their_field_as_a_whole_word() {
    let cases = [
        (with("/id", json!("42")), "id"),
        (with("/description", Value::Null), "description"),
        (with("/labels", json!({"a": 1})), "labels"),
        (with("/created_from/id", json!("1")), "created_from.id"),
        (with("/protection/delete", json!("no")), "protection.delete"),
        (with("/architecture", json!(64)), "architecture"),
        (with("/rapid_deploy", json!(1)), "rapid_deploy"),
        (with("/disk_size", json!("10 GB")), "disk_size"),
        // serde_json hands an array to a struct's visitor: that error names the field too.
        (with("/protection", json!([])), "protection"),
        (with("/created_from", json!([1, "web-1"])), "created_from"),
    ];
    for (input, field) in &cases {
        let from_str = serde_json::from_str::<ServerImage>(input).unwrap_err();
        let from_reader = serde_json::from_reader::<_, ServerImage>(input.as_bytes()).unwrap_err();
        for error in [from_str, from_reader] {
            assert!(error.is_data(), "{field}: {error}");
            assert!(
                names_word(&error.to_string(), field),
                "`{error}` does not name {field}"
            );
        }
    }
}

#[test]
fn the_expected_part_puts_an_before_a_name_starting_with_a_vowel() {
    let error = serde_json::from_str::<ImageResponse>(r#"{"image": 7}"#).unwrap_err();
    assert_eq!(
        error.to_string(),
        "invalid type: integer `7`, expected a ServerImage object for `image` at line 1 column 11"
    );
    let error = serde_json::from_str::<ImageResponse>("[]").unwrap_err();
    assert_eq!(
        error.to_string(),
        "invalid type: sequence, expected an ImageResponse object at line 1 column 2"
    );
}

#[test]
fn a_missing_required_key_is_named() {
    let mut image = valid_image();
    image.as_object_mut().unwrap().remove("architecture");
    let error = serde_json::from_str::<ServerImage>(&image.to_string()).unwrap_err();
    assert!(names_word(&error.to_string(), "architecture"), "{error}");
    let mut image = valid_image();
    image["created_from"]
        .as_object_mut()
        .unwrap()
        .remove("name");
    let error = serde_json::from_str::<ServerImage>(&image.to_string()).unwrap_err();
    assert!(
        error
            .to_string()
            .starts_with("missing field `created_from.name`"),
        "{error}"
    );
}

#[test]
fn truncated_images_fail_without_naming_a_field_and_never_panic() {
    let text = valid_image().to_string();
    for end in 0..text.len() {
        let error = serde_json::from_str::<ServerImage>(&text[..end]).unwrap_err();
        assert!(
            error.is_eof() || error.is_syntax() || error.is_data(),
            "{error}"
        );
        if error.is_eof() {
            assert!(!error.to_string().contains(" for `"), "{error}");
        }
    }
}

#[test]
fn a_top_level_list_read_through_with_paths_names_the_element() {
    use hcloud_model::{CreatedFrom, WithPaths};
    let body = r#"[{"id": 1, "name": "a"}, {"id": 2}]"#;
    let error = serde_json::from_str::<WithPaths<Vec<CreatedFrom>>>(body).unwrap_err();
    assert_eq!(
        error.to_string(),
        "missing field `[1].name` at line 1 column 34"
    );
    let nested =
        r#"[[{"id": 1, "name": "a"}], [{"id": 2, "name": "b"}, {"id": false, "name": "c"}]]"#;
    let error = serde_json::from_str::<WithPaths<Vec<Vec<CreatedFrom>>>>(nested).unwrap_err();
    assert_eq!(
        error.to_string(),
        "invalid type: boolean `false`, expected i64 for `[1][1].id` at line 1 column 64"
    );
    // Written, it is the list itself.
    let list = WithPaths(vec![CreatedFrom::builder().id(3).name("d").build()]);
    assert_eq!(
        serde_json::to_string(&list).unwrap(),
        r#"[{"id":3,"name":"d"}]"#
    );
}
