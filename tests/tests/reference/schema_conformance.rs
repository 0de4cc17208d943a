//! Our models' schemas held to the official spec, and their metadata read field by field.

use hcloud_model::{ApiModel, Architecture, ImageStatus, ImageType, OsFlavor, ServerImage};
use hcloud_model_tests::conformance::{self, Deviation, absolute_links, first_paragraph};
use hcloud_model_tests::reference_dir_or_skip;
use serde_json::Value;

const IMAGE: &str =
    "/paths/~1images~1{id}/get/responses/200/content/application~1json/schema/properties/image";

/// The one deliberate difference of `ServerImage` from the spec.
const SERVER_IMAGE_DEVIATIONS: &[Deviation] = &[Deviation {
    path: "type",
    aspect: "enum",
    reason: "the seed's `temporary`, which the spec has since dropped, stays readable",
}];

/// The official spec, or `None` after `test` printed why it skips.
fn spec(test: &str) -> Option<Value> {
    let reference = reference_dir_or_skip(test)?;
    let text = std::fs::read_to_string(reference.join("hetzner-cloud-openapi.json")).unwrap();
    Some(serde_json::from_str(&text).unwrap())
}

#[test]
fn server_image_schema_conforms_to_the_spec() {
    let Some(spec) = spec("server_image_schema_conforms_to_the_spec") else {
        return;
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
    let Some(spec) = spec("field_metadata_matches_the_spec_for_every_field") else {
        return;
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

/// Where each modelled body stands in the spec, and what it deliberately does differently.
mod resources {
    use super::*;
    use hcloud_model::{
        CreateImageRequest, CreateImageResponse, CreateServerRequest, CreateServerResponse,
        ErrorResponse, ImageResponse, ImagesPage, ServerResponse, ServersPage, UpdateImageRequest,
        UpdateServerRequest,
    };

    const WRAPPER_REQUIRED: &str = "the spec leaves the resource out of `required`, but a success body without it \
        is of no use: reading one fails instead of handing back `None`";

    /// The deviation of `Server`, wherever it is embedded.
    const SERVER_PLACEMENT_GROUP: Deviation = Deviation {
        path: "placement_group",
        aspect: "title",
        reason: "the spec titles this use `PlacementGroupNullable`; the model is `PlacementGroup`, nullable by its field",
    };

    fn body(spec: &Value, path: &str, method: &str, status: Option<&str>) -> Value {
        let operation = &spec["paths"][path][method];
        let content = match status {
            Some(status) => &operation["responses"][status]["content"],
            None => &operation["requestBody"]["content"],
        };
        content["application/json"]["schema"].clone()
    }

    fn check(
        name: &str,
        ours: Value,
        theirs: Value,
        deviations: &[Deviation],
        failures: &mut Vec<String>,
    ) {
        let differences = conformance::compare(&ours, &theirs, deviations);
        if !differences.is_empty() {
            failures.push(format!("{name}:\n  {}", differences.join("\n  ")));
        }
    }

    #[test]
    fn every_modelled_body_conforms_to_the_spec() {
        let Some(spec) = spec("every_modelled_body_conforms_to_the_spec") else {
            return;
        };
        const TEMPORARY: &str =
            "the seed's `temporary`, which the spec has since dropped, stays readable";
        let image_type = |path| Deviation {
            path,
            aspect: "enum",
            reason: TEMPORARY,
        };
        let required_wrapper = Deviation {
            path: "",
            aspect: "required",
            reason: WRAPPER_REQUIRED,
        };
        let server = || [SERVER_PLACEMENT_GROUP, image_type("image.type")];
        let id_format = |path| Deviation {
            path,
            aspect: "format",
            reason: "an `i64` is `int64`; the spec gives these IDs no format",
        };
        let mut failures = Vec::new();
        let checks: Vec<(&str, Value, Value, Vec<Deviation>)> = vec![
            (
                "GET /images",
                ImagesPage::openapi_schema(),
                body(&spec, "/images", "get", Some("200")),
                vec![image_type("images[items].type")],
            ),
            (
                "GET /images/{id}",
                ImageResponse::openapi_schema(),
                body(&spec, "/images/{id}", "get", Some("200")),
                vec![image_type("image.type"), required_wrapper],
            ),
            (
                "PUT /images/{id} response",
                ImageResponse::openapi_schema(),
                body(&spec, "/images/{id}", "put", Some("200")),
                vec![image_type("image.type"), required_wrapper],
            ),
            (
                "PUT /images/{id} request",
                UpdateImageRequest::openapi_schema(),
                body(&spec, "/images/{id}", "put", None),
                vec![],
            ),
            (
                "GET /servers",
                ServersPage::openapi_schema(),
                body(&spec, "/servers", "get", Some("200")),
                server().into(),
            ),
            (
                "GET /servers/{id}",
                ServerResponse::openapi_schema(),
                body(&spec, "/servers/{id}", "get", Some("200")),
                [server().as_slice(), &[required_wrapper]].concat(),
            ),
            (
                "PUT /servers/{id} response",
                ServerResponse::openapi_schema(),
                body(&spec, "/servers/{id}", "put", Some("200")),
                [server().as_slice(), &[required_wrapper]].concat(),
            ),
            (
                "PUT /servers/{id} request",
                UpdateServerRequest::openapi_schema(),
                body(&spec, "/servers/{id}", "put", None),
                vec![],
            ),
            (
                "POST /servers request",
                CreateServerRequest::openapi_schema(),
                body(&spec, "/servers", "post", None),
                vec![id_format("public_net.ipv4"), id_format("public_net.ipv6")],
            ),
            (
                "POST /servers response",
                CreateServerResponse::openapi_schema(),
                body(&spec, "/servers", "post", Some("201")),
                server().into(),
            ),
            (
                "POST /servers/{id}/actions/create_image request",
                CreateImageRequest::openapi_schema(),
                body(&spec, "/servers/{id}/actions/create_image", "post", None),
                vec![],
            ),
            (
                "POST /servers/{id}/actions/create_image response",
                CreateImageResponse::openapi_schema(),
                body(
                    &spec,
                    "/servers/{id}/actions/create_image",
                    "post",
                    Some("201"),
                ),
                vec![image_type("image.type"), required_wrapper],
            ),
            (
                "error body",
                ErrorResponse::openapi_schema(),
                body(&spec, "/servers/{id}", "get", Some("4xx")),
                vec![Deviation {
                    path: "error.details",
                    aspect: "type",
                    reason: "free-form JSON (`serde_json::Value`), so any shape the API sends reads; the spec says object or null",
                }],
            ),
        ];
        println!("{} bodies compared with the spec", checks.len());
        for (name, ours, theirs, deviations) in checks {
            check(name, ours, theirs, &deviations, &mut failures);
        }
        assert!(failures.is_empty(), "{}", failures.join("\n"));
    }
}
