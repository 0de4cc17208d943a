//! Unions tagged by a field (`#[api(tag = "type")]`) and untagged ones (`#[api(untagged)]`):
//! serde both ways, errors with their path, metadata, schema and conversions.

use hcloud_model::{ApiModel, Shape};
use serde_json::{Value, json};

/// A server the load balancer routes to.
#[derive(ApiModel, Debug, Clone, PartialEq)]
pub(crate) struct ServerTarget {
    /// The server.
    pub(crate) server: ServerRef,
    /// Use the private network IP instead of the public one.
    #[api(optional)]
    pub(crate) use_private_ip: Option<bool>,
}

/// A reference to a server.
#[derive(ApiModel, Debug, Clone, PartialEq)]
pub(crate) struct ServerRef {
    /// ID of the server.
    pub(crate) id: i64,
}

/// Servers chosen by a label selector.
#[derive(ApiModel, Debug, Clone, PartialEq)]
pub(crate) struct LabelSelectorTarget {
    /// The selector.
    pub(crate) label_selector: Selector,
}

/// A label selector.
#[derive(ApiModel, Debug, Clone, PartialEq)]
pub(crate) struct Selector {
    /// The selector expression.
    pub(crate) selector: String,
}

/// An IP address.
#[derive(ApiModel, Debug, Clone, PartialEq)]
pub(crate) struct IpTarget {
    /// The IP.
    pub(crate) ip: IpRef,
}

/// A reference to an IP.
#[derive(ApiModel, Debug, Clone, PartialEq)]
pub(crate) struct IpRef {
    /// The address.
    pub(crate) ip: String,
}

/// A load balancer target.
#[derive(ApiModel, Debug, Clone, PartialEq)]
#[api(tag = "type")]
pub(crate) enum Target {
    /// One server.
    Server(ServerTarget),
    /// Servers chosen by a label selector.
    LabelSelector(LabelSelectorTarget),
    /// An IP address.
    Ip(IpTarget),
}

/// A target of a kind added later is kept as it came.
#[derive(ApiModel, Debug, Clone, PartialEq)]
#[api(tag = "type")]
pub(crate) enum OpenTarget {
    /// One server.
    Server(ServerTarget),
    /// Any other kind of target, kept whole.
    #[api(other)]
    Other(Value),
}

/// A location given by ID or by name.
#[derive(ApiModel, Debug, Clone, PartialEq)]
#[api(untagged)]
pub(crate) enum IdOrName {
    /// By ID.
    Id(i64),
    /// By name.
    Name(String),
}

/// Holds unions, to see their errors' paths.
#[derive(ApiModel, Debug, Clone, PartialEq)]
pub(crate) struct LoadBalancer {
    /// Its targets.
    pub(crate) targets: Vec<Target>,
    /// Where it is.
    pub(crate) location: IdOrName,
}

#[test]
fn a_tagged_union_reads_each_variant_and_writes_the_tag_first() {
    let json = r#"[{"type":"server","server":{"id":80},"use_private_ip":true},{"type":"label_selector","label_selector":{"selector":"env=prod"}},{"type":"ip","ip":{"ip":"203.0.113.1"}}]"#;
    let targets: Vec<Target> = serde_json::from_str(json).unwrap();
    assert_eq!(
        targets,
        [
            Target::Server(ServerTarget {
                server: ServerRef { id: 80 },
                use_private_ip: Some(true)
            }),
            Target::LabelSelector(LabelSelectorTarget {
                label_selector: Selector {
                    selector: "env=prod".into()
                }
            }),
            Target::Ip(IpTarget {
                ip: IpRef {
                    ip: "203.0.113.1".into()
                }
            }),
        ]
    );
    assert_eq!(serde_json::to_string(&targets).unwrap(), json);
}

#[test]
fn the_tag_may_come_anywhere_in_the_object() {
    let last = r#"{"server":{"id":80},"use_private_ip":false,"type":"server"}"#;
    let middle = r#"{"server":{"id":80},"type":"server","use_private_ip":false}"#;
    let expected = Target::Server(ServerTarget {
        server: ServerRef { id: 80 },
        use_private_ip: Some(false),
    });
    assert_eq!(serde_json::from_str::<Target>(last).unwrap(), expected);
    assert_eq!(serde_json::from_str::<Target>(middle).unwrap(), expected);
    // From a reader (owned keys) and from a `Value` too.
    assert_eq!(
        serde_json::from_reader::<_, Target>(last.as_bytes()).unwrap(),
        expected
    );
    let value: Value = serde_json::from_str(last).unwrap();
    assert_eq!(serde_json::from_value::<Target>(value).unwrap(), expected);
}

#[test]
fn errors_name_the_tag_and_the_path() {
    let unknown =
        r#"{"targets":[{"type":"server","server":{"id":1}},{"type":"cluster"}],"location":1}"#;
    assert_eq!(
        serde_json::from_str::<LoadBalancer>(unknown)
            .unwrap_err()
            .to_string(),
        "invalid value: string \"cluster\", expected one of `server`, `label_selector`, `ip` for `targets[1].type` at line 1 column 65"
    );
    let missing = r#"{"targets":[{"server":{"id":1}}],"location":1}"#;
    assert_eq!(
        serde_json::from_str::<LoadBalancer>(missing)
            .unwrap_err()
            .to_string(),
        "missing field `targets[0].type` at line 1 column 31"
    );
    let inner = r#"{"targets":[{"type":"server","server":{"id":"one"}}],"location":1}"#;
    assert_eq!(
        serde_json::from_str::<LoadBalancer>(inner)
            .unwrap_err()
            .to_string(),
        "invalid type: string \"one\", expected i64 for `targets[0].server.id` at line 1 column 49"
    );
    // A value read before the tag is kept and replayed: its error still names its path.
    let before_tag = r#"{"targets":[{"server":{"id":"one"},"type":"server"}],"location":1}"#;
    let error = serde_json::from_str::<LoadBalancer>(before_tag)
        .unwrap_err()
        .to_string();
    assert!(
        error.starts_with("invalid type: string \"one\", expected i64 for `targets[0].server.id`"),
        "{error}"
    );
    let not_an_object = r#"{"targets":[7],"location":1}"#;
    assert_eq!(
        serde_json::from_str::<LoadBalancer>(not_an_object)
            .unwrap_err()
            .to_string(),
        "invalid type: integer `7`, expected a Target object for `targets[0]` at line 1 column 13"
    );
}

#[test]
fn the_expected_part_puts_an_before_a_name_starting_with_a_vowel() {
    let error = serde_json::from_str::<OpenTarget>("7").unwrap_err();
    assert_eq!(
        error.to_string(),
        "invalid type: integer `7`, expected an OpenTarget object at line 1 column 1"
    );
    let error = serde_json::from_str::<Target>("7").unwrap_err();
    assert_eq!(
        error.to_string(),
        "invalid type: integer `7`, expected a Target object at line 1 column 1"
    );
}

#[test]
fn the_catch_all_keeps_an_unknown_object_and_writes_it_back() {
    let json = json!({"type": "cluster", "cluster": {"id": 4}, "weight": 2});
    let target: OpenTarget = serde_json::from_value(json.clone()).unwrap();
    assert_eq!(target, OpenTarget::Other(json.clone()));
    assert_eq!(serde_json::to_value(&target).unwrap(), json);
    // Keys before the tag are kept too.
    let text = r#"{"weight":2,"type":"cluster","cluster":{"id":4}}"#;
    let target: OpenTarget = serde_json::from_str(text).unwrap();
    assert_eq!(serde_json::to_value(&target).unwrap(), json);
    // A known tag still reads its model.
    let server: OpenTarget =
        serde_json::from_str(r#"{"type":"server","server":{"id":2}}"#).unwrap();
    assert!(matches!(server, OpenTarget::Server(_)));
    const { assert!(OpenTarget::OPEN && !Target::OPEN) };
}

#[test]
fn an_untagged_union_is_chosen_by_the_kind_of_the_value() {
    let values: Vec<IdOrName> = serde_json::from_str(r#"[42, "fsn1", 7]"#).unwrap();
    assert_eq!(
        values,
        [
            IdOrName::Id(42),
            IdOrName::Name("fsn1".into()),
            IdOrName::Id(7)
        ]
    );
    assert_eq!(serde_json::to_string(&values).unwrap(), r#"[42,"fsn1",7]"#);
    let error = serde_json::from_str::<LoadBalancer>(r#"{"targets":[],"location":true}"#)
        .unwrap_err()
        .to_string();
    assert_eq!(
        error,
        "invalid type: boolean `true`, expected an integer or a string for `location` at line 1 column 29"
    );
    let error = serde_json::from_str::<LoadBalancer>(r#"{"targets":[],"location":1.5}"#)
        .unwrap_err()
        .to_string();
    assert_eq!(
        error,
        "invalid type: floating point `1.5`, expected an integer or a string for `location` at line 1 column 28"
    );
}

#[test]
fn conversions_metadata_and_builders_of_the_variant_models() {
    let server = ServerTarget::builder()
        .server(ServerRef::builder().id(3).build())
        .build();
    let target: Target = server.clone().into();
    assert_eq!(target, Target::Server(server));
    assert_eq!(IdOrName::from(5), IdOrName::Id(5));
    let values: Vec<(&str, &str)> = Target::VALUES
        .iter()
        .map(|v| (v.name(), v.wire_value()))
        .collect();
    assert_eq!(
        values,
        [
            ("Server", "server"),
            ("LabelSelector", "label_selector"),
            ("Ip", "ip")
        ]
    );
    let variants: Vec<(&str, Option<&str>, &str)> = Target::UNION_VARIANTS
        .iter()
        .map(|v| (v.name(), v.tag_value(), v.doc()))
        .collect();
    assert_eq!(
        variants,
        [
            ("Server", Some("server"), "One server."),
            (
                "LabelSelector",
                Some("label_selector"),
                "Servers chosen by a label selector."
            ),
            ("Ip", Some("ip"), "An IP address."),
        ]
    );
    assert!(matches!(
        <IdOrName as hcloud_model::Describe>::shape(),
        Shape::Union { tag: None, .. }
    ));
}

#[test]
fn schemas_are_one_of_the_branches_with_a_discriminator() {
    let schema = Target::openapi_schema();
    assert_eq!(schema["discriminator"], json!({"propertyName": "type"}));
    assert_eq!(schema["description"], "A load balancer target.");
    let branches = schema["oneOf"].as_array().unwrap();
    assert_eq!(branches.len(), 3);
    assert_eq!(
        branches[0]["properties"]["type"],
        json!({"type": "string", "enum": ["server"]})
    );
    assert_eq!(branches[0]["required"], json!(["type", "server"]));
    assert_eq!(
        branches[1]["properties"]["type"]["enum"],
        json!(["label_selector"])
    );
    assert_eq!(branches[2]["description"], "An IP address.");
    assert_eq!(
        IdOrName::openapi_schema()["oneOf"],
        json!([
            {"type": "integer", "format": "int64", "description": "By ID."},
            {"type": "string", "description": "By name."}
        ])
    );
}
