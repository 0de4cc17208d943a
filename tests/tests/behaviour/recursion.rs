//! Models that contain themselves, directly or through another model: they deserialize, their
//! errors name the path through the recursion, and their schema defines them once under `$defs`.

use hcloud_model::ApiModel;

/// A node of a tree.
#[derive(ApiModel, Debug, Clone, PartialEq)]
pub(crate) struct Node {
    /// The node's name.
    pub(crate) name: String,
    /// Its children.
    #[api(default)]
    pub(crate) children: Vec<Node>,
    /// The first child, boxed.
    #[api(optional)]
    pub(crate) first: Option<Box<Node>>,
}

/// Holds a [`Branch`], which holds a list of these.
#[derive(ApiModel, Debug, Clone, PartialEq)]
pub(crate) struct Tree {
    /// The tree's id.
    pub(crate) id: i64,
    /// Its branch, if any.
    pub(crate) branch: Option<Branch>,
}

/// Holds trees again: mutual recursion.
#[derive(ApiModel, Debug, Clone, PartialEq)]
pub(crate) struct Branch {
    /// The trees on this branch.
    pub(crate) trees: Vec<Tree>,
    /// Trees by name.
    #[api(default)]
    pub(crate) by_name: std::collections::BTreeMap<String, Tree>,
}

#[test]
fn a_tree_round_trips() {
    let json = r#"{"name":"root","children":[{"name":"a","children":[{"name":"a1","children":[]}]},{"name":"b","children":[],"first":{"name":"b1","children":[]}}]}"#;
    let node: Node = serde_json::from_str(json).unwrap();
    assert_eq!(node.children[0].children[0].name, "a1");
    assert_eq!(node.children[1].first.as_ref().unwrap().name, "b1");
    assert_eq!(serde_json::to_string(&node).unwrap(), json);
}

#[test]
fn errors_name_the_path_through_the_recursion() {
    let json = r#"{"name":"root","children":[{"name":"a","children":[{"name":"x"},{"name":"y"},{"name":"z"},{"name":7}]}]}"#;
    let error = serde_json::from_str::<Node>(json).unwrap_err().to_string();
    assert_eq!(
        error,
        "invalid type: integer `7`, expected a string for `children[0].children[3].name` at line 1 column 99"
    );
    let missing = r#"{"name":"root","children":[{"children":[]}]}"#;
    let error = serde_json::from_str::<Node>(missing)
        .unwrap_err()
        .to_string();
    assert!(
        error.starts_with("missing field `children[0].name`"),
        "{error}"
    );
    let boxed = r#"{"name":"root","first":{"name":"b","first":{"name":false}}}"#;
    let error = serde_json::from_str::<Node>(boxed).unwrap_err().to_string();
    assert!(
        error
            .starts_with("invalid type: boolean `false`, expected a string for `first.first.name`"),
        "{error}"
    );
}

#[test]
fn mutual_recursion_reads_and_names_paths() {
    let json = r#"{"id":1,"branch":{"trees":[{"id":2,"branch":null},{"id":3,"branch":{"trees":[],"by_name":{"t":{"id":"four","branch":null}}}}]}}"#;
    let error = serde_json::from_str::<Tree>(json).unwrap_err().to_string();
    assert!(
        error.starts_with(
            "invalid type: string \"four\", expected i64 for `branch.trees[1].branch.by_name.id`"
        ),
        "{error}"
    );
    let fixed = json.replace(r#""four""#, "4");
    let tree: Tree = serde_json::from_str(&fixed).unwrap();
    let inner = &tree.branch.as_ref().unwrap().trees[1];
    assert_eq!(inner.branch.as_ref().unwrap().by_name["t"].id, 4);
}

#[test]
fn the_schema_defines_a_recursive_model_once() {
    let schema = Node::openapi_schema();
    assert_eq!(
        schema["properties"]["children"]["items"],
        serde_json::json!({"$ref": "#/$defs/Node"})
    );
    let definition = &schema["$defs"]["Node"];
    assert_eq!(definition["type"], "object");
    assert_eq!(
        definition["properties"]["children"]["items"],
        serde_json::json!({"$ref": "#/$defs/Node"})
    );
    assert_eq!(definition["properties"]["name"]["type"], "string");
}

/// A field type whose visitor panics while describing what it expected.
#[derive(Debug)]
pub(crate) struct PanicsInExpecting;

impl<'de> serde::Deserialize<'de> for PanicsInExpecting {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct Panicking;
        impl serde::de::Visitor<'_> for Panicking {
            type Value = PanicsInExpecting;
            fn expecting(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                panic!("a visitor that panics while formatting");
            }
        }
        deserializer.deserialize_str(Panicking)
    }
}

impl serde::Serialize for PanicsInExpecting {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_unit()
    }
}

impl hcloud_model::Describe for PanicsInExpecting {
    fn shape() -> hcloud_model::Shape {
        hcloud_model::Shape::String
    }
}

/// Holds the panicking type.
#[derive(ApiModel, Debug)]
pub(crate) struct HoldsPanicking {
    /// The field whose errors panic.
    pub(crate) odd: PanicsInExpecting,
}

#[test]
fn a_panic_while_naming_an_error_does_not_cost_later_errors_their_path() {
    let caught = std::panic::catch_unwind(|| {
        let _ = serde_json::from_str::<HoldsPanicking>(r#"{"odd": 1}"#);
    });
    assert!(caught.is_err(), "the visitor's expecting ran and panicked");
    let error = serde_json::from_str::<Node>(r#"{"name": 1}"#)
        .unwrap_err()
        .to_string();
    assert_eq!(
        error,
        "invalid type: integer `1`, expected a string for `name` at line 1 column 10"
    );
}
