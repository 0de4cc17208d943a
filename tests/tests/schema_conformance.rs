//! Our models' schemas held to the official spec, and their metadata read field by field.

use hcloud_model::{ApiModel, Architecture, ImageStatus, ImageType, OsFlavor, ServerImage};
use hcloud_model_tests::conformance::{self, Deviation, absolute_links, first_paragraph};
use hcloud_model_tests::{reference_dir, skip_without_reference};
use serde_json::Value;

const IMAGE: &str =
    "/paths/~1images~1{id}/get/responses/200/content/application~1json/schema/properties/image";

/// The one deliberate difference of `ServerImage` from the spec.
const SERVER_IMAGE_DEVIATIONS: &[Deviation] = &[Deviation {
    path: "type",
    aspect: "enum",
    reason: "the seed's `temporary`, which the spec has since dropped, stays readable",
}];

fn spec() -> Option<Value> {
    let reference = reference_dir()?;
    let text = std::fs::read_to_string(reference.join("hetzner-cloud-openapi.json")).unwrap();
    Some(serde_json::from_str(&text).unwrap())
}

#[test]
fn server_image_schema_conforms_to_the_spec() {
    let Some(spec) = spec() else {
        return skip_without_reference("server_image_schema_conforms_to_the_spec");
    };
    let differences = conformance::compare(
        &ServerImage::openapi_schema(),
        spec.pointer(IMAGE).unwrap(),
        SERVER_IMAGE_DEVIATIONS,
    );
    assert!(
        differences.is_empty(),
        "ServerImage differs from the spec:\n{}",
        differences.join("\n")
    );
}

#[test]
fn the_comparison_reports_what_differs() {
    let spec = serde_json::json!({"type": "object", "properties": {
        "id": {"type": "integer", "format": "int64", "description": "ID of the [Image](#tag/images)."},
        "kind": {"type": "string", "enum": ["a", "b"], "description": "Kind."}
    }, "required": ["id", "kind"]});
    let ours = serde_json::json!({"type": "object", "properties": {
        "id": {"type": ["integer", "null"], "description": "ID of the [Image](https://docs.hetzner.cloud/#tag/images).\n\nMore."},
        "extra": {"type": "string", "description": "x"}
    }, "required": ["id"]});
    let report = conformance::compare(
        &ours,
        &spec,
        &[Deviation {
            path: "id",
            aspect: "enum",
            reason: "test",
        }],
    )
    .join("\n");
    for expected in [
        "id: type",
        "id: format",
        "required",
        "only in ours [\"extra\"]",
        "only in the spec [\"kind\"]",
        "no such difference",
    ] {
        assert!(
            report.contains(expected),
            "missing `{expected}` in:\n{report}"
        );
    }
    assert!(
        !report.contains("id: description"),
        "links are compared made absolute:\n{report}"
    );
}

#[test]
fn field_metadata_matches_the_spec_for_every_field() {
    let Some(spec) = spec() else {
        return skip_without_reference("field_metadata_matches_the_spec_for_every_field");
    };
    let image = spec.pointer(IMAGE).unwrap();
    let required: Vec<&str> = image["required"]
        .as_array()
        .unwrap()
        .iter()
        .map(|v| v.as_str().unwrap())
        .collect();
    let properties = image["properties"].as_object().unwrap();
    assert_eq!(ServerImage::FIELDS.len(), properties.len());
    for field in ServerImage::FIELDS {
        let property = &properties[field.wire_name()];
        let nullable = property["type"]
            .as_array()
            .is_some_and(|t| t.contains(&"null".into()));
        assert_eq!(
            field.is_required(),
            required.contains(&field.wire_name()),
            "{}",
            field.name()
        );
        assert_eq!(
            field.is_optional(),
            !field.is_required(),
            "{}",
            field.name()
        );
        assert_eq!(field.is_nullable(), nullable, "{}", field.name());
        assert_eq!(
            first_paragraph(field.doc()),
            first_paragraph(&absolute_links(property["description"].as_str().unwrap())),
            "{}",
            field.name()
        );
    }
}

#[test]
fn field_metadata_names_types_and_docs() {
    // Names and types as the workspace issue lists them; the wire name of `r#type` is `type`.
    let expected = [
        ("architecture", "Architecture"),
        ("bound_to", "Option<i64>"),
        ("created", "String"),
        ("created_from", "Option<CreatedFrom>"),
        ("deleted", "Option<String>"),
        ("deprecated", "Option<String>"),
        ("description", "String"),
        ("disk_size", "f64"),
        ("id", "i64"),
        ("image_size", "Option<f64>"),
        ("labels", "BTreeMap<String, String>"),
        ("name", "Option<String>"),
        ("os_flavor", "OsFlavor"),
        ("os_version", "Option<String>"),
        ("protection", "Protection"),
        ("rapid_deploy", "Option<bool>"),
        ("status", "ImageStatus"),
        ("type", "ImageType"),
    ];
    let actual: Vec<(&str, &str)> = ServerImage::FIELDS
        .iter()
        .map(|f| (f.name(), f.type_name()))
        .collect();
    assert_eq!(actual, expected);
    for field in ServerImage::FIELDS {
        assert_eq!(
            field.wire_name(),
            field.name(),
            "snake_case names are the wire names"
        );
        assert!(
            !field.doc().is_empty() && !field.doc().starts_with(' '),
            "{}",
            field.name()
        );
    }
    let rapid_deploy = ServerImage::FIELDS
        .iter()
        .find(|f| f.name() == "rapid_deploy")
        .unwrap();
    assert!(
        rapid_deploy.is_optional() && !rapid_deploy.is_required() && !rapid_deploy.is_nullable()
    );
    let id = ServerImage::FIELDS
        .iter()
        .find(|f| f.name() == "id")
        .unwrap();
    assert!(
        id.doc().contains("\n\nLimited to 52 bits"),
        "paragraphs are kept: {:?}",
        id.doc()
    );
    assert_eq!(ServerImage::NAME, "ServerImage");
    assert!(ServerImage::DOC.starts_with("An Image"));
    assert!(ServerImage::VALUES.is_empty() && !ServerImage::OPEN);
}

#[test]
fn enum_metadata_lists_values_with_docs() {
    let wire: Vec<&str> = OsFlavor::VALUES.iter().map(|v| v.wire_value()).collect();
    assert_eq!(wire, OsFlavor::VARIANTS);
    assert!(OsFlavor::OPEN && OsFlavor::FIELDS.is_empty());
    let unknown = OsFlavor::VALUES
        .iter()
        .find(|v| v.name() == "Unknown")
        .unwrap();
    assert!(
        unknown.doc().contains("not the catch-all"),
        "{}",
        unknown.doc()
    );
    for values in [Architecture::VALUES, ImageStatus::VALUES, ImageType::VALUES] {
        assert!(values.iter().all(|v| !v.doc().is_empty()));
    }
    let schema = ImageType::openapi_schema();
    assert_eq!(
        schema["enum"].as_array().unwrap().len(),
        ImageType::VARIANTS.len()
    );
    assert_eq!(schema["type"], "string");
}
