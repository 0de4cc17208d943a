//! The schema crates' traits on derived models (features `schemars` and `utoipa`): a user's own
//! `#[derive(JsonSchema)]` / `#[derive(ToSchema)]` type holds our models, and its document holds
//! their schemas as `openapi_schema()` renders them.

use crate::recursion::{Node, Tree};
use crate::unions::IdOrName;
use hcloud_model::{ApiModel, Architecture, Patch, ServerImage};
use serde_json::{Value, json};

/// A generic model: each use with other arguments is a schema of its own.
#[derive(ApiModel, Debug, Clone, PartialEq)]
pub(crate) struct Page<T> {
    /// The items.
    pub(crate) items: Vec<T>,
}

/// The `$ref`s of a schema document, each with whether `resolve` finds what it points to.
fn unresolved_refs(document: &Value, resolve: impl Fn(&str) -> bool) -> Vec<String> {
    let mut unresolved = Vec::new();
    let mut pending = vec![document];
    while let Some(value) = pending.pop() {
        match value {
            Value::Object(map) => {
                if let Some(Value::String(reference)) = map.get("$ref")
                    && !resolve(reference)
                {
                    unresolved.push(reference.clone());
                }
                pending.extend(map.values());
            }
            Value::Array(items) => pending.extend(items),
            _ => {}
        }
    }
    unresolved
}

mod with_schemars {
    use super::*;
    use schemars::JsonSchema;

    /// A user's type, holding our models.
    #[derive(JsonSchema)]
    #[allow(dead_code)]
    pub(crate) struct Deployment {
        pub(crate) image: ServerImage,
        pub(crate) architecture: Architecture,
        pub(crate) server: IdOrName,
        #[serde(default)]
        pub(crate) placement_group: Patch<i64>,
    }

    fn document_of<T: JsonSchema>() -> Value {
        let document = schemars::schema_for!(T).to_value();
        let unresolved = unresolved_refs(&document, |reference| {
            reference == "#" || document.pointer(&reference[1..]).is_some()
        });
        assert!(unresolved.is_empty(), "{unresolved:?} in {document:#}");
        document
    }

    #[test]
    fn a_user_type_holds_our_models_by_reference_to_their_own_schemas() {
        let document = document_of::<Deployment>();
        let properties = &document["properties"];
        assert_eq!(properties["image"], json!({"$ref": "#/$defs/ServerImage"}));
        assert_eq!(
            properties["architecture"],
            json!({"$ref": "#/$defs/Architecture"})
        );
        assert_eq!(properties["server"], json!({"$ref": "#/$defs/IdOrName"}));
        // The definitions are ours, rendered as `openapi_schema()` renders them.
        let defs = &document["$defs"];
        assert_eq!(defs["ServerImage"], ServerImage::openapi_schema());
        assert_eq!(defs["Architecture"], Architecture::openapi_schema());
        assert_eq!(defs["IdOrName"], IdOrName::openapi_schema());
        // Spot checks of what that means: keys, types, values, nullability, required keys.
        let image = &defs["ServerImage"];
        assert_eq!(
            image["properties"]["bound_to"]["type"],
            json!(["integer", "null"])
        );
        assert_eq!(image["properties"]["created"]["format"], "date-time");
        assert!(image["properties"]["rapid_deploy"].is_object());
        assert!(
            !image["required"]
                .as_array()
                .unwrap()
                .contains(&json!("rapid_deploy"))
        );
        assert_eq!(defs["Architecture"]["enum"], json!(["x86", "arm"]));
        assert_eq!(defs["Architecture"]["type"], "string");
        let branches = &defs["IdOrName"]["oneOf"];
        assert_eq!(branches[0]["type"], "integer");
        assert_eq!(branches[1]["type"], "string");
        // `Patch<T>` is `T` or `null`, as schemars writes `Option<T>`; the user's
        // `#[serde(default)]` leaves it out of `required`.
        assert_eq!(
            properties["placement_group"]["type"],
            json!(["integer", "null"])
        );
        assert_eq!(
            document["required"],
            json!(["image", "architecture", "server"])
        );
    }

    mod theirs {
        /// A user's type named like one of ours.
        #[derive(schemars::JsonSchema)]
        #[allow(dead_code)]
        pub(crate) struct Architecture {
            pub(crate) bits: u8,
        }
    }

    /// Holds both `Architecture`s, and two uses of one generic model.
    #[derive(JsonSchema)]
    #[allow(dead_code)]
    pub(crate) struct Namesakes {
        pub(crate) ours: Architecture,
        pub(crate) theirs: theirs::Architecture,
        pub(crate) images: Page<ServerImage>,
        pub(crate) ids: Page<i64>,
    }

    #[test]
    fn models_of_one_name_are_schemas_of_their_own() {
        let document = document_of::<Namesakes>();
        let defs = document["$defs"].as_object().unwrap();
        let names: Vec<&str> = defs.keys().map(String::as_str).collect();
        assert_eq!(names, ["Architecture", "Architecture2", "Page", "Page2"]);
        let theirs = &document["properties"]["theirs"]["$ref"];
        let ours = &document["properties"]["ours"]["$ref"];
        assert_ne!(theirs, ours);
        assert_eq!(
            document.pointer(&ours.as_str().unwrap()[1..]).unwrap()["enum"],
            json!(["x86", "arm"])
        );
        let images = document["properties"]["images"]["$ref"].as_str().unwrap();
        let images = document.pointer(&images[1..]).unwrap();
        assert_eq!(images["properties"]["items"]["items"]["type"], "object");
        let ids = document["properties"]["ids"]["$ref"].as_str().unwrap();
        let ids = document.pointer(&ids[1..]).unwrap();
        assert_eq!(ids["properties"]["items"]["items"]["type"], "integer");
    }

    /// Holds models that contain themselves.
    #[derive(JsonSchema)]
    #[allow(dead_code)]
    pub(crate) struct Forest {
        pub(crate) root: Node,
        pub(crate) trees: Vec<Tree>,
    }

    #[test]
    fn a_model_met_inside_itself_points_to_its_definition() {
        let document = document_of::<Forest>();
        let node = &document["$defs"]["Node"];
        assert_eq!(
            node["properties"]["children"]["items"],
            json!({"$ref": "#/$defs/Node"})
        );
        // `Tree` holds a `Branch` (inline), which holds `Tree`s again.
        let branch = &document["$defs"]["Tree"]["properties"]["branch"];
        assert_eq!(
            branch["properties"]["trees"]["items"],
            json!({"$ref": "#/$defs/Tree"})
        );
        // As the document's root, the model points to the root.
        let root = document_of::<Node>();
        assert_eq!(
            root["properties"]["children"]["items"],
            json!({"$ref": "#"})
        );
    }
}

mod with_utoipa {
    use super::*;
    use utoipa::{OpenApi, PartialSchema, ToSchema};

    /// utoipa's derive asks a type written with generic arguments for its own hidden trait;
    /// through an alias, it asks for `PartialSchema`.
    type ImagePage = Page<ServerImage>;

    /// A user's type, holding our models.
    #[derive(ToSchema)]
    #[allow(dead_code)]
    pub(crate) struct Deployment {
        pub(crate) image: ServerImage,
        pub(crate) architecture: Architecture,
        pub(crate) server: IdOrName,
        pub(crate) placement_group: Patch<i64>,
        pub(crate) root: Node,
        pub(crate) images: ImagePage,
    }

    #[derive(OpenApi)]
    #[openapi(components(schemas(Deployment)))]
    struct Api;

    fn components() -> Value {
        let document = serde_json::to_value(Api::openapi()).unwrap();
        let unresolved = unresolved_refs(&document, |reference| {
            document.pointer(&reference[1..]).is_some()
        });
        assert!(unresolved.is_empty(), "{unresolved:?} in {document:#}");
        document["components"]["schemas"].clone()
    }

    /// Our schema as utoipa writes it back: utoipa leaves out an empty `required`.
    fn as_utoipa_writes(mut schema: Value) -> Value {
        let mut pending = vec![&mut schema];
        while let Some(value) = pending.pop() {
            match value {
                Value::Object(map) => {
                    if map.get("required") == Some(&json!([])) {
                        map.remove("required");
                    }
                    pending.extend(map.values_mut());
                }
                Value::Array(items) => pending.extend(items),
                _ => {}
            }
        }
        schema
    }

    #[test]
    fn a_user_type_holds_our_models_by_reference_to_their_components() {
        let components = components();
        let properties = &components["Deployment"]["properties"];
        assert_eq!(
            properties["image"],
            json!({"$ref": "#/components/schemas/ServerImage"})
        );
        assert_eq!(
            properties["architecture"],
            json!({"$ref": "#/components/schemas/Architecture"})
        );
        assert_eq!(
            properties["server"],
            json!({"$ref": "#/components/schemas/IdOrName"})
        );
        assert_eq!(components["ServerImage"], ServerImage::openapi_schema());
        assert_eq!(components["Architecture"]["enum"], json!(["x86", "arm"]));
        assert_eq!(components["IdOrName"]["oneOf"][0]["type"], "integer");
        assert_eq!(components["IdOrName"]["oneOf"][1]["type"], "string");
        // `Patch<T>` is `null` or `T`, as utoipa writes `Option<T>`.
        let patch = properties["placement_group"]["$ref"].as_str().unwrap();
        let patch = &components[patch.rsplit('/').next().unwrap()];
        assert_eq!(
            patch["oneOf"],
            json!([{"type": "null"}, {"type": "integer", "format": "int64"}])
        );
        assert_eq!(
            properties["images"],
            json!({"$ref": "#/components/schemas/Page"})
        );
        assert_eq!(
            components["Page"]["properties"]["items"]["items"]["properties"],
            ServerImage::openapi_schema()["properties"]
        );
        // A model met inside itself points to its own component.
        assert_eq!(
            components["Node"]["properties"]["children"]["items"],
            json!({"$ref": "#/components/schemas/Node"})
        );
    }

    /// Every keyword the renderer writes survives utoipa's types: our schema, read into them
    /// and written back, is the schema `openapi_schema()` gives.
    #[test]
    fn utoipa_keeps_every_keyword_of_our_schemas() {
        fn check<T: ApiModel + hcloud_model::Describe + PartialSchema + ToSchema>() {
            let written = serde_json::to_value(T::schema()).unwrap();
            assert_eq!(
                written,
                as_utoipa_writes(T::openapi_schema()),
                "{}",
                T::NAME
            );
            assert_eq!(T::name(), T::NAME);
        }
        check::<hcloud_model::ImagesPage>();
        check::<hcloud_model::ServersPage>();
        check::<hcloud_model::CreateServerRequest>();
        check::<hcloud_model::CreateServerResponse>();
        check::<hcloud_model::UpdateImageRequest>();
        check::<hcloud_model::ErrorResponse>();
        check::<IdOrName>();
        check::<crate::unions::Target>();
        check::<Page<ServerImage>>();
    }
}
