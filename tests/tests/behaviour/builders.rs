//! Builders produce exactly what struct literals do, in any order, with defaults for what is unset.

use hcloud_model::{
    ApiModel, Architecture, CreatedFrom, ImageStatus, ImageType, OsFlavor, Protection, ServerImage,
};
use std::collections::BTreeMap;

fn literal() -> ServerImage {
    ServerImage {
        architecture: Architecture::X86,
        bound_to: Some(58),
        created: "2026-11-26T03:41:19Z".to_owned(),
        created_from: Some(CreatedFrom {
            id: 58,
            name: "db-1".to_owned(),
        }),
        deleted: None,
        deprecated: None,
        description: "Backup of db-1".to_owned(),
        disk_size: 80.0,
        id: 203990127,
        image_size: Some(4.52),
        labels: BTreeMap::from([("env".to_owned(), "prod".to_owned())]),
        name: None,
        os_flavor: OsFlavor::Ubuntu,
        os_version: None,
        protection: Protection { delete: false },
        rapid_deploy: None,
        status: ImageStatus::Available,
        r#type: ImageType::Backup,
    }
}

#[test]
fn server_image_in_declaration_order_equals_the_literal() {
    let built = ServerImage::builder()
        .architecture(Architecture::X86)
        .bound_to(58)
        .created("2026-11-26T03:41:19Z")
        .created_from(CreatedFrom::builder().id(58).name("db-1").build())
        .description("Backup of db-1")
        .disk_size(80.0)
        .id(203990127)
        .image_size(4.52)
        .labels([("env".to_owned(), "prod".to_owned())])
        .os_flavor(OsFlavor::Ubuntu)
        .protection(Protection::builder().delete(false).build())
        .status(ImageStatus::Available)
        .r#type(ImageType::Backup)
        .build();
    assert_eq!(built, literal());
}

#[test]
fn server_image_in_reverse_order_with_maybe_setters_equals_the_literal() {
    let built = ServerImage::builder()
        .r#type(ImageType::Backup)
        .status(ImageStatus::Available)
        .maybe_rapid_deploy(None)
        .protection(Protection { delete: false })
        .maybe_os_version(None)
        .os_flavor(OsFlavor::Ubuntu)
        .maybe_name(None)
        .labels(BTreeMap::from([("env".to_owned(), "prod".to_owned())]))
        .maybe_image_size(Some(4.52))
        .id(203990127)
        .disk_size(80.0)
        .description(String::from("Backup of db-1"))
        .maybe_deprecated(None)
        .maybe_deleted(None)
        .maybe_created_from(Some(CreatedFrom::builder().name("db-1").id(58).build()))
        .created("2026-11-26T03:41:19Z")
        .maybe_bound_to(Some(58))
        .architecture(Architecture::X86)
        .build();
    assert_eq!(built, literal());
}

#[test]
fn unset_options_are_none_and_unset_collections_empty() {
    let built = ServerImage::builder()
        .id(1)
        .description("d")
        .created("2026-01-01T00:00:00Z")
        .disk_size(5.0)
        .architecture(Architecture::Arm)
        .os_flavor(OsFlavor::Fedora)
        .protection(Protection { delete: true })
        .status(ImageStatus::Creating)
        .r#type(ImageType::Snapshot)
        .build();
    assert_eq!(built.bound_to, None);
    assert_eq!(built.created_from, None);
    assert_eq!(built.name, None);
    assert_eq!(built.rapid_deploy, None);
    assert!(built.labels.is_empty());
    // What was not set is still written as the wire rules say: nullable keys as null,
    // the optional `rapid_deploy` left out.
    let json = serde_json::to_value(&built).unwrap();
    assert_eq!(json["bound_to"], serde_json::Value::Null);
    assert!(json.get("rapid_deploy").is_none());
}

/// Defaults from `#[api(default)]` and `#[api(default = path)]` apply in the builder too.
#[derive(ApiModel, Debug, PartialEq)]
struct Defaults {
    /// Required.
    id: u32,
    /// From `Default`.
    #[api(default)]
    retries: u8,
    /// From a function.
    #[api(default = default_zone)]
    zone: String,
}

fn default_zone() -> String {
    "fsn1".to_owned()
}

#[test]
fn builder_defaults_follow_the_attributes() {
    assert_eq!(
        Defaults::builder().id(1).build(),
        Defaults {
            id: 1,
            retries: 0,
            zone: "fsn1".to_owned()
        }
    );
    assert_eq!(
        Defaults::builder()
            .zone("nbg1")
            .retries(3)
            .id(2)
            .build()
            .zone,
        "nbg1"
    );
}
