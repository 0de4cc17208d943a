//! Builders produce exactly what struct literals do, in any order, with defaults for what is unset.

use hcloud_model::{
    ApiModel, Architecture, CreatedFrom, ImageStatus, ImageType, Labels, OsFlavor, Protection,
    Server, ServerImage, ServerResponse,
};
use std::collections::{BTreeMap, BTreeSet, HashMap, HashSet, VecDeque};

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

/// `ServerImage.labels` is spelled `BTreeMap<String, String>`.
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

/// One builder-required field, the others with a default of each kind.
#[derive(ApiModel, Debug, PartialEq)]
struct Listing {
    /// Required.
    id: u32,
    /// Always present, `null` when unnamed.
    name: Option<String>,
    /// Absent when unknown.
    #[api(optional)]
    note: Option<String>,
    /// From `Default`.
    #[api(default)]
    retries: u8,
}

/// A field with a default has no state in the builder's type: its setter keeps the type, so it
/// can be called under a condition, and calling it again replaces the value (dropping the one
/// before). A required field keeps its state: set twice, it does not compile (`ui/builder`).
#[test]
fn fields_with_a_default_can_be_set_conditionally_and_again() {
    let mut builder = Listing::builder().name("first").retries(1);
    for (step, name) in ["second", "third"].into_iter().enumerate() {
        builder = builder.name(name);
        if step == 1 {
            builder = builder.note("kept").retries(2);
        }
    }
    assert_eq!(
        builder.maybe_note(None).id(7).build(),
        Listing {
            id: 7,
            name: Some("third".to_owned()),
            note: None,
            retries: 2,
        },
        "the last call of each setter wins, `maybe_note(None)` included"
    );

    let mut defaults = Defaults::builder().zone("nbg1").retries(1);
    if Listing::builder().id(1).build().name.is_none() {
        defaults = defaults.zone("hel1");
    }
    assert_eq!(
        defaults.retries(4).id(3).build(),
        Defaults {
            id: 3,
            retries: 4,
            zone: "hel1".to_owned()
        }
    );
}

const GET_SERVER: &str = include_str!(concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/../model/examples/data/get_server.json"
));

/// `Server.labels` is a [`Labels`], an alias of `BTreeMap<String, String>`: a collection by its
/// type, so it may be left unset just as `ServerImage.labels`, which spells the map out.
#[test]
fn labels_behind_an_alias_need_not_be_set() {
    let read = serde_json::from_str::<ServerResponse>(GET_SERVER)
        .unwrap()
        .server;
    assert!(!read.labels.is_empty(), "the data has labels to leave out");
    assert!(read.placement_group.is_null());
    let built = Server::builder()
        .id(read.id)
        .name(read.name.clone())
        .status(read.status.clone())
        .created(read.created.clone())
        .public_net(read.public_net.clone())
        .private_net(read.private_net.clone())
        .server_type(read.server_type.clone())
        .location(read.location.clone())
        .maybe_image(read.image.clone())
        .maybe_iso(read.iso.clone())
        .rescue_enabled(read.rescue_enabled)
        .locked(read.locked)
        .maybe_backup_window(read.backup_window.clone())
        .maybe_outgoing_traffic(read.outgoing_traffic)
        .maybe_ingoing_traffic(read.ingoing_traffic)
        .maybe_included_traffic(read.included_traffic)
        .protection(read.protection.clone())
        .maybe_volumes(read.volumes.clone())
        .maybe_load_balancers(read.load_balancers.clone())
        .primary_disk_size(read.primary_disk_size)
        .placement_group_null()
        .build();
    assert_eq!(
        built,
        Server {
            labels: Labels::new(),
            ..read
        }
    );
}

/// Every standard collection, each under a name of its own.
#[derive(ApiModel, Debug, PartialEq)]
struct Collections {
    /// Required.
    id: u32,
    /// A queue, written as a list (the derive has no wire shape for `VecDeque`).
    #[api(with = "queue_as_list")]
    queue: VecDeque<u8>,
    /// A hash map with its hasher spelled out.
    by_name: HashMap<String, u8, std::hash::RandomState>,
    /// A hash set.
    seen: HashSet<String>,
    /// An ordered set, behind an alias.
    tags: TagSet,
    /// A list, by its full path.
    items: std::vec::Vec<u8>,
}

type TagSet = BTreeSet<String>;

mod queue_as_list {
    use serde::{Deserialize, Deserializer, Serialize, Serializer};
    use std::collections::VecDeque;

    pub(super) fn serialize<S: Serializer>(
        queue: &VecDeque<u8>,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        queue.serialize(serializer)
    }

    pub(super) fn deserialize<'de, D: Deserializer<'de>>(
        deserializer: D,
    ) -> Result<VecDeque<u8>, D::Error> {
        VecDeque::deserialize(deserializer)
    }
}

#[test]
fn every_standard_collection_may_be_left_unset_and_builds_empty() {
    assert_eq!(
        Collections::builder().id(7).build(),
        Collections {
            id: 7,
            queue: VecDeque::new(),
            by_name: HashMap::default(),
            seen: HashSet::new(),
            tags: TagSet::new(),
            items: Vec::new(),
        }
    );
    let set = Collections::builder()
        .tags(["a".to_owned()])
        .queue([1])
        .id(8)
        .build();
    assert_eq!(set.tags, TagSet::from(["a".to_owned()]));
    assert_eq!(set.queue, VecDeque::from([1]));
}
