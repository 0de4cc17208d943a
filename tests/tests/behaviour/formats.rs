//! Every serde format, not only JSON: each field kind round-trips losslessly through JSON, YAML,
//! TOML (where it has the value: it has no `null`), CBOR, MessagePack (maps and arrays), bincode 1
//! and 2, and postcard. A module per format, a test per field kind; then what is particular to
//! one format or another, the errors of a struct read from a sequence, serde's `flatten`, and the
//! JSON wire form, which must not change.

use super::bundled_data::{GET_IMAGES, GET_SERVER};
use super::unions::{
    IdOrName, IpRef, IpTarget, LabelSelectorTarget, LoadBalancer, OpenTarget, Selector, ServerRef,
    ServerTarget, Target,
};
use hcloud_model::{
    ApiError, ApiModel, Architecture, CreateServerPublicNet, CreateServerRequest, ImagesPage,
    OsFlavor, Patch, ServerResponse, UpdateImageRequest,
};
use serde::Serialize;
use serde::de::DeserializeOwned;
use std::collections::BTreeMap;
use std::fmt::Debug;

/// A format, as a test writes and reads it.
#[derive(Clone, Copy, Debug, PartialEq)]
pub(crate) enum Format {
    Json,
    Yaml,
    Toml,
    Cbor,
    /// `::rmp_serde::to_vec_named`: a struct as a map.
    MessagePackMaps,
    /// `::rmp_serde::to_vec`: a struct as the array of its fields.
    MessagePackArrays,
    Bincode1,
    /// `::bincode::serde` with `config::standard()`.
    Bincode2,
    Postcard,
}

// The crates by absolute paths: the test modules below are named after the formats.
impl Format {
    fn write<T: Serialize>(self, value: &T) -> Result<Vec<u8>, String> {
        let text = |result: Result<String, String>| result.map(String::into_bytes);
        match self {
            Format::Json => ::serde_json::to_vec(value).map_err(|e| e.to_string()),
            Format::Yaml => text(::serde_norway::to_string(value).map_err(|e| e.to_string())),
            Format::Toml => text(::toml::to_string(value).map_err(|e| e.to_string())),
            Format::Cbor => {
                let mut bytes = Vec::new();
                ::ciborium::into_writer(value, &mut bytes)
                    .map(|()| bytes)
                    .map_err(|e| e.to_string())
            }
            Format::MessagePackMaps => ::rmp_serde::to_vec_named(value).map_err(|e| e.to_string()),
            Format::MessagePackArrays => ::rmp_serde::to_vec(value).map_err(|e| e.to_string()),
            Format::Bincode1 => ::bincode1::serialize(value).map_err(|e| e.to_string()),
            Format::Bincode2 => {
                ::bincode::serde::encode_to_vec(value, ::bincode::config::standard())
                    .map_err(|e| e.to_string())
            }
            Format::Postcard => ::postcard::to_allocvec(value).map_err(|e| e.to_string()),
        }
    }

    fn read<T: DeserializeOwned>(self, bytes: &[u8]) -> Result<T, String> {
        let text = || std::str::from_utf8(bytes).map_err(|e| e.to_string());
        match self {
            Format::Json => ::serde_json::from_slice(bytes).map_err(|e| e.to_string()),
            Format::Yaml => ::serde_norway::from_slice(bytes).map_err(|e| e.to_string()),
            Format::Toml => ::toml::from_str(text()?).map_err(|e| e.to_string()),
            Format::Cbor => ::ciborium::from_reader(bytes).map_err(|e| e.to_string()),
            Format::MessagePackMaps | Format::MessagePackArrays => {
                ::rmp_serde::from_slice(bytes).map_err(|e| e.to_string())
            }
            Format::Bincode1 => ::bincode1::deserialize(bytes).map_err(|e| e.to_string()),
            Format::Bincode2 => {
                let (value, read) =
                    ::bincode::serde::decode_from_slice(bytes, ::bincode::config::standard())
                        .map_err(|e| e.to_string())?;
                assert_eq!(read, bytes.len(), "bincode 2 left bytes unread");
                Ok(value)
            }
            Format::Postcard => ::postcard::from_bytes(bytes).map_err(|e| e.to_string()),
        }
    }

    /// Whether the format has `null` (TOML has not).
    fn has_null(self) -> bool {
        self != Format::Toml
    }

    /// Whether the format can read a value without being told its type (`deserialize_any`), as
    /// `serde_json::Value` needs: bincode and postcard cannot.
    fn is_self_describing(self) -> bool {
        !matches!(self, Format::Bincode1 | Format::Bincode2 | Format::Postcard)
    }
}

/// Writes `value` in `format` and reads it back, which must give `value` again.
fn assert_round_trips<T>(format: Format, value: &T)
where
    T: Serialize + DeserializeOwned + PartialEq + Debug,
{
    let bytes = format
        .write(value)
        .unwrap_or_else(|e| panic!("{format:?} could not write {value:?}: {e}"));
    let read: T = format
        .read(&bytes)
        .unwrap_or_else(|e| panic!("{format:?} could not read back {value:?}: {e}"));
    assert_eq!(&read, value, "{format:?} read back another value");
}

/// Always-present keys: required values and nullable ones, `null` and not.
#[derive(ApiModel, Debug, Clone, PartialEq)]
pub(crate) struct Volume {
    /// ID.
    id: i64,
    /// Name; `null` when unnamed.
    name: Option<String>,
    /// Size in GB.
    size: f64,
    /// Whether it is attached.
    attached: bool,
    /// The server it is attached to; `null` when detached.
    server: Option<i64>,
}

/// Keys that may be absent, each followed by a key that is always there: a format that wrote
/// only some of them would read the next one in the wrong place.
#[derive(ApiModel, Debug, Clone, PartialEq)]
pub(crate) struct Listing {
    /// How many per page, when the API says.
    #[api(optional)]
    per_page: Option<u32>,
    /// The page.
    page: u32,
    /// The sort order, when given.
    #[api(optional)]
    sort: Option<String>,
    /// The name filter.
    name: String,
}

/// Three-state keys, between keys that are always there.
#[derive(ApiModel, Debug, Clone, PartialEq)]
pub(crate) struct UpdateVolume {
    /// New name.
    name: Patch<String>,
    /// The volume to change.
    id: i64,
    /// New size in GB.
    size: Patch<u32>,
    /// New labels, replacing all of them.
    labels: Patch<BTreeMap<String, String>>,
    /// Why it is changed.
    reason: String,
}

/// Keys with defaults, and a field that is not on the wire at all.
#[derive(ApiModel, Debug, Clone, PartialEq)]
pub(crate) struct Zone {
    /// The zone's name.
    #[api(default = default_zone)]
    name: String,
    /// Its network, empty when not given.
    #[api(default)]
    network: String,
    /// Where it was looked up from; never on the wire.
    #[api(skip)]
    cached_from: String,
    /// Its ID.
    id: i64,
}

fn default_zone() -> String {
    "eu-central".to_owned()
}

/// Open enums: values added later are kept.
#[derive(ApiModel, Debug, Clone, PartialEq)]
pub(crate) struct Platform {
    /// The CPU architecture.
    architecture: Architecture,
    /// The operating system.
    os_flavor: OsFlavor,
}

/// A list of models, and a list of numbers.
#[derive(ApiModel, Debug, Clone, PartialEq)]
pub(crate) struct Fleet {
    /// The volumes.
    volumes: Vec<Volume>,
    /// IDs of the servers.
    servers: Vec<i64>,
}

/// Maps, of strings and of models.
#[derive(ApiModel, Debug, Clone, PartialEq)]
pub(crate) struct Catalog {
    /// User-defined labels.
    labels: BTreeMap<String, String>,
    /// Volumes by name.
    volumes: BTreeMap<String, Volume>,
}

/// A field with its own wire form, which may be absent: it goes through its functions in every
/// format, absent or not, where the format writes every field.
#[derive(ApiModel, Debug, Clone, PartialEq)]
pub(crate) struct Quota {
    /// The limit, as text on the wire; absent when unlimited.
    #[api(optional, with = "text")]
    limit: Option<u64>,
    /// The unit.
    unit: String,
}

mod text {
    use hcloud_model::serde::{Deserialize, Deserializer, Serializer, de::Error};

    pub(crate) fn serialize<S: Serializer>(
        value: &Option<u64>,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        match value {
            Some(value) => serializer.serialize_some(&value.to_string()),
            None => serializer.serialize_none(),
        }
    }

    pub(crate) fn deserialize<'de, D: Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Option<u64>, D::Error> {
        Option::<String>::deserialize(deserializer)?
            .map(|text| text.parse().map_err(D::Error::custom))
            .transpose()
    }
}

fn volume(id: i64) -> Volume {
    Volume {
        id,
        name: Some(format!("data-{id}")),
        size: 10.5,
        attached: id % 2 == 0,
        server: (id % 2 == 0).then_some(42),
    }
}

/// The checks each format runs, one per field kind.
mod kinds {
    use super::*;

    pub(crate) fn required_and_nullable(format: Format) {
        let named = volume(2);
        assert_eq!(named.server, Some(42));
        assert_round_trips(format, &named);
        let unnamed = Volume {
            name: None,
            ..volume(3)
        };
        assert_eq!(unnamed.server, None);
        assert_round_trips(format, &unnamed);
    }

    pub(crate) fn optional_absent_and_present(format: Format) {
        let absent = Listing {
            per_page: None,
            page: 3,
            sort: None,
            name: "web".to_owned(),
        };
        assert_round_trips(format, &absent);
        let present = Listing {
            per_page: Some(50),
            sort: Some("id:desc".to_owned()),
            ..absent
        };
        assert_round_trips(format, &present);
    }

    pub(crate) fn patch_in_its_three_states(format: Format) {
        let labels = BTreeMap::from([("env".to_owned(), "prod".to_owned())]);
        let mut updates = vec![
            UpdateVolume {
                name: Patch::Absent,
                id: 1,
                size: Patch::Absent,
                labels: Patch::Absent,
                reason: "nothing".to_owned(),
            },
            UpdateVolume {
                name: Patch::Value("data-2".to_owned()),
                id: 2,
                size: Patch::Value(50),
                labels: Patch::Value(labels),
                reason: "everything".to_owned(),
            },
        ];
        if format.has_null() {
            updates.push(UpdateVolume {
                name: Patch::Null,
                id: 3,
                size: Patch::Null,
                labels: Patch::Null,
                reason: "clear".to_owned(),
            });
        }
        for update in &updates {
            assert_round_trips(format, update);
        }
        // Mixed, so a state cannot pass for its neighbour's.
        let mixed = UpdateVolume {
            name: Patch::Value(String::new()),
            id: 4,
            size: if format.has_null() {
                Patch::Null
            } else {
                Patch::Value(0)
            },
            labels: Patch::Absent,
            reason: String::new(),
        };
        assert_round_trips(format, &mixed);
    }

    pub(crate) fn defaults_and_skipped(format: Format) {
        let zone = Zone {
            name: "us-west".to_owned(),
            network: String::new(),
            cached_from: String::new(),
            id: 7,
        };
        assert_round_trips(format, &zone);
        // A skipped field is not written: it reads back as its default.
        let cached = Zone {
            cached_from: "lookup".to_owned(),
            ..zone.clone()
        };
        let read: Zone = format.read(&format.write(&cached).unwrap()).unwrap();
        assert_eq!(read, zone);
    }

    pub(crate) fn open_enum_known_and_unknown(format: Format) {
        assert_round_trips(
            format,
            &Platform {
                architecture: Architecture::Arm,
                os_flavor: OsFlavor::Ubuntu,
            },
        );
        let unknown = Platform {
            architecture: Architecture::Other("riscv64".to_owned()),
            os_flavor: OsFlavor::Other("nixos".to_owned()),
        };
        assert_round_trips(format, &unknown);
    }

    pub(crate) fn nested_models_and_lists(format: Format) {
        let fleet = Fleet {
            volumes: vec![volume(1), volume(2), volume(3)],
            servers: vec![42, 43],
        };
        assert_round_trips(format, &fleet);
        assert_round_trips(
            format,
            &Fleet {
                volumes: Vec::new(),
                servers: Vec::new(),
            },
        );
    }

    pub(crate) fn maps(format: Format) {
        let catalog = Catalog {
            labels: BTreeMap::from([
                ("env".to_owned(), "prod".to_owned()),
                ("team".to_owned(), String::new()),
            ]),
            volumes: BTreeMap::from([("a".to_owned(), volume(1)), ("b".to_owned(), volume(2))]),
        };
        assert_round_trips(format, &catalog);
        assert_round_trips(
            format,
            &Catalog {
                labels: BTreeMap::new(),
                volumes: BTreeMap::new(),
            },
        );
    }

    pub(crate) fn tagged_and_untagged_unions(format: Format) {
        let by_name = LoadBalancer {
            targets: vec![
                Target::Server(ServerTarget {
                    server: ServerRef { id: 80 },
                    use_private_ip: None,
                }),
                Target::LabelSelector(LabelSelectorTarget {
                    label_selector: Selector {
                        selector: "env=prod".to_owned(),
                    },
                }),
                Target::Ip(IpTarget {
                    ip: IpRef {
                        ip: "203.0.113.1".to_owned(),
                    },
                }),
                Target::Server(ServerTarget {
                    server: ServerRef { id: 81 },
                    use_private_ip: Some(true),
                }),
            ],
            location: IdOrName::Name("fsn1".to_owned()),
        };
        assert_round_trips(format, &by_name);
        let by_id = LoadBalancer {
            targets: Vec::new(),
            location: IdOrName::Id(3),
        };
        assert_round_trips(format, &by_id);
    }

    pub(crate) fn own_wire_forms(format: Format) {
        let unlimited = Quota {
            limit: None,
            unit: "GB".to_owned(),
        };
        assert_round_trips(format, &unlimited);
        let limited = Quota {
            limit: Some(u64::MAX),
            ..unlimited
        };
        assert_round_trips(format, &limited);
    }

    /// The Hetzner models, read from the bundled responses, and requests built here.
    pub(crate) fn hetzner_models(format: Format) {
        let images: ImagesPage = serde_json::from_str(GET_IMAGES).unwrap();
        assert_round_trips(format, &images);
        let mut server: ServerResponse = serde_json::from_str(GET_SERVER).unwrap();
        assert!(server.server.server_type.deprecation.is_null());
        if !format.has_null() {
            // What TOML can say: `null` and absent are one there (see
            // `toml_has_no_null_so_a_patch_that_is_null_reads_back_absent`).
            server.server.server_type.deprecation = Patch::Absent;
            server.server.placement_group = Patch::Absent;
        }
        assert_round_trips(format, &server);
        let request = CreateServerRequest::builder()
            .name("web-1")
            .server_type("cx22")
            .image("ubuntu-24.04")
            .public_net(
                CreateServerPublicNet::builder()
                    .enable_ipv4(false)
                    .ipv4(4711)
                    .build(),
            )
            .build();
        assert!(request.public_net.as_ref().unwrap().ipv6.is_absent());
        assert_round_trips(format, &request);
        assert_round_trips(format, &UpdateImageRequest::builder().build());
    }
}

/// A module per format, with a test per field kind.
macro_rules! every_format {
    ($($module:ident: $format:expr;)*) => {$(
        mod $module {
            test_each_kind! {
                $format;
                required_and_nullable,
                optional_absent_and_present,
                patch_in_its_three_states,
                defaults_and_skipped,
                open_enum_known_and_unknown,
                nested_models_and_lists,
                maps,
                tagged_and_untagged_unions,
                own_wire_forms,
                hetzner_models,
            }
        }
    )*};
}

/// The tests of one format: one per check in `kinds`.
macro_rules! test_each_kind {
    ($format:expr; $($kind:ident,)*) => {$(
        #[test]
        fn $kind() {
            super::kinds::$kind($format);
        }
    )*};
}

every_format! {
    json: super::Format::Json;
    yaml: super::Format::Yaml;
    toml: super::Format::Toml;
    cbor: super::Format::Cbor;
    message_pack_maps: super::Format::MessagePackMaps;
    message_pack_arrays: super::Format::MessagePackArrays;
    bincode_1: super::Format::Bincode1;
    bincode_2: super::Format::Bincode2;
    postcard: super::Format::Postcard;
}

#[test]
fn toml_has_no_null_so_a_patch_that_is_null_reads_back_absent() {
    let clear = UpdateVolume {
        name: Patch::Null,
        id: 1,
        size: Patch::Value(5),
        labels: Patch::Absent,
        reason: String::new(),
    };
    let text = String::from_utf8(Format::Toml.write(&clear).unwrap()).unwrap();
    assert_eq!(text, "id = 1\nsize = 5\nreason = \"\"\n");
    let read: UpdateVolume = Format::Toml.read(text.as_bytes()).unwrap();
    assert_eq!(read.name, Patch::Absent);
    // A nullable `None` is left out the same way, and a missing nullable key reads as `None`.
    assert_round_trips(Format::Toml, &volume(3));
}

/// The JSON of every kind of field, byte for byte as the API expects it: what the formats that
/// write every field must not change.
#[test]
fn json_is_written_as_before() {
    let cases: [(String, &str); 6] = [
        (
            serde_json::to_string(&Listing {
                per_page: None,
                page: 2,
                sort: Some("id".to_owned()),
                name: "web".to_owned(),
            })
            .unwrap(),
            r#"{"page":2,"sort":"id","name":"web"}"#,
        ),
        (
            serde_json::to_string(&UpdateVolume {
                name: Patch::Null,
                id: 1,
                size: Patch::Absent,
                labels: Patch::Value(BTreeMap::new()),
                reason: "r".to_owned(),
            })
            .unwrap(),
            r#"{"name":null,"id":1,"labels":{},"reason":"r"}"#,
        ),
        (
            serde_json::to_string(&Volume {
                name: None,
                ..volume(1)
            })
            .unwrap(),
            r#"{"id":1,"name":null,"size":10.5,"attached":false,"server":null}"#,
        ),
        (
            serde_json::to_string(&Quota {
                limit: Some(7),
                unit: "GB".to_owned(),
            })
            .unwrap(),
            r#"{"limit":"7","unit":"GB"}"#,
        ),
        (
            serde_json::to_string(&LoadBalancer {
                targets: vec![Target::Server(ServerTarget {
                    server: ServerRef { id: 80 },
                    use_private_ip: None,
                })],
                location: IdOrName::Id(3),
            })
            .unwrap(),
            r#"{"targets":[{"type":"server","server":{"id":80}}],"location":3}"#,
        ),
        (
            serde_json::to_string(
                &CreateServerPublicNet::builder()
                    .enable_ipv4(false)
                    .ipv6_null()
                    .build(),
            )
            .unwrap(),
            r#"{"enable_ipv4":false,"ipv6":null}"#,
        ),
    ];
    for (written, expected) in cases {
        assert_eq!(written, expected);
    }
    // YAML, human-readable too, leaves absent keys out the same way.
    let yaml = Format::Yaml
        .write(&Listing {
            per_page: None,
            page: 2,
            sort: None,
            name: "web".to_owned(),
        })
        .unwrap();
    assert_eq!(String::from_utf8(yaml).unwrap(), "page: 2\nname: web\n");
}

/// CBOR and MessagePack write a struct as a map, yet are not human-readable: they get every key,
/// absent ones as `null` (`nil`), as bincode gets every field.
#[test]
fn formats_that_are_not_human_readable_get_every_key() {
    let absent = Listing {
        per_page: None,
        page: 2,
        sort: None,
        name: "web".to_owned(),
    };
    let cbor: ciborium::Value =
        ::ciborium::from_reader(&Format::Cbor.write(&absent).unwrap()[..]).unwrap();
    let keys: Vec<_> = cbor
        .as_map()
        .unwrap()
        .iter()
        .map(|(key, value)| (key.as_text().unwrap().to_owned(), value.is_null()))
        .collect();
    assert_eq!(
        keys,
        [
            ("per_page".to_owned(), true),
            ("page".to_owned(), false),
            ("sort".to_owned(), true),
            ("name".to_owned(), false),
        ]
    );
    // MessagePack: a map of four keys (0x84) and an array of four fields (0x94).
    assert_eq!(Format::MessagePackMaps.write(&absent).unwrap()[0], 0x84);
    assert_eq!(Format::MessagePackArrays.write(&absent).unwrap()[0], 0x94);
}

/// A model whose `CreatedFrom` is read from a sequence.
#[derive(ApiModel, Debug, PartialEq)]
pub(crate) struct Snapshot {
    /// Where it came from.
    created_from: hcloud_model::CreatedFrom,
}

fn message_pack<T: Serialize>(value: &T) -> Vec<u8> {
    ::rmp_serde::to_vec(value).unwrap()
}

#[test]
fn a_sequence_of_the_wrong_length_names_the_model_and_its_field_count() {
    let read = |bytes: Vec<u8>| {
        Format::MessagePackArrays
            .read::<hcloud_model::CreatedFrom>(&bytes)
            .unwrap_err()
    };
    assert_eq!(
        read(message_pack(&(5,))),
        "invalid length 1, expected a CreatedFrom object with 2 fields"
    );
    assert_eq!(
        read(message_pack(&(5, "web-1", true))),
        "invalid length 3, expected a CreatedFrom object with 2 fields"
    );
    let nested = Format::MessagePackArrays
        .read::<Snapshot>(&message_pack(&((5,),)))
        .unwrap_err();
    assert_eq!(
        nested,
        "invalid length 1, expected a CreatedFrom object with 2 fields for `created_from`"
    );
    let one_field = Format::MessagePackArrays
        .read::<Snapshot>(&message_pack(&Vec::<i64>::new()))
        .unwrap_err();
    assert_eq!(
        one_field,
        "invalid length 0, expected a Snapshot object with 1 field"
    );
}

/// A user's serde_derive enum.
#[derive(serde::Serialize, serde::Deserialize, Debug, PartialEq)]
enum Size {
    Gigabytes(u32),
    Terabytes(u32),
}

impl hcloud_model::Describe for Size {
    fn shape() -> hcloud_model::Shape {
        hcloud_model::Shape::Any
    }
}

/// A model holding a serde_derive enum.
#[derive(ApiModel, Debug, PartialEq)]
pub(crate) struct Holder {
    /// The size.
    size: Size,
}

#[test]
fn an_element_error_names_the_field_path() {
    let error = Format::MessagePackArrays
        .read::<Snapshot>(&message_pack(&((5, 6),)))
        .unwrap_err();
    assert_eq!(
        error,
        "invalid type: integer `6`, expected a string for `created_from.name`"
    );
    // Two volumes, the second named by a number.
    let error = Format::MessagePackArrays
        .read::<Fleet>(&message_pack(&(
            ((1, "a", 1.0, true, 2), (2, 7, 1.0, true, 2)),
            [42],
        )))
        .unwrap_err();
    assert_eq!(
        error,
        "invalid type: integer `7`, expected a string for `volumes[1].name`"
    );
    // Inside an enum's value, in JSON too: a serde_derive enum in a field.
    let error = serde_json::from_str::<Holder>(r#"{"size": {"Gigabytes": "ten"}}"#).unwrap_err();
    assert_eq!(
        error.to_string(),
        "invalid type: string \"ten\", expected u32 for `size` at line 1 column 28"
    );
    let error = serde_json::from_str::<Holder>(r#"{"size": {"Bytes": 1}}"#).unwrap_err();
    assert!(
        error
            .to_string()
            .starts_with("unknown variant `Bytes`, expected `Gigabytes` or `Terabytes` for `size`"),
        "{error}"
    );
    // In bincode too: the variant of a `Patch` that does not exist.
    let error = Format::Bincode1
        .read::<UpdateVolume>(&::bincode1::serialize(&(7_u32,)).unwrap())
        .unwrap_err();
    assert_eq!(
        error,
        "invalid value: integer `7`, expected a variant index or name for `name`"
    );
}

/// Human-readable formats write a struct as an object, and read nothing else: an array there is
/// an error, as it always was.
#[test]
fn human_readable_formats_read_a_struct_from_an_object_only() {
    let error = Format::Json
        .read::<hcloud_model::CreatedFrom>(br#"[5, "web-1"]"#)
        .unwrap_err();
    assert_eq!(
        error,
        "invalid type: sequence, expected a CreatedFrom object at line 1 column 1"
    );
    let error = Format::Yaml
        .read::<hcloud_model::CreatedFrom>(b"- 5\n- web-1\n")
        .unwrap_err();
    assert!(
        error.starts_with("invalid type: sequence, expected a CreatedFrom object"),
        "{error}"
    );
}

/// A place, with a key it also reads under its old name.
#[derive(ApiModel, Debug, Clone, PartialEq)]
pub(crate) struct Place {
    /// The location.
    #[api(alias = "datacenter")]
    location: String,
    /// The zone, when known.
    #[api(optional)]
    zone: Option<String>,
}

/// A user's serde_derive struct that flattens a derived model into itself.
#[derive(serde::Serialize, serde::Deserialize, Debug, PartialEq)]
struct Site {
    note: String,
    #[serde(flatten)]
    place: Place,
}

#[test]
fn a_flattened_model_reads_its_aliases() {
    let site: Site = serde_json::from_str(r#"{"note": "old", "datacenter": "fsn1-dc8"}"#).unwrap();
    assert_eq!(
        site,
        Site {
            note: "old".to_owned(),
            place: Place {
                location: "fsn1-dc8".to_owned(),
                zone: None,
            },
        }
    );
    assert_eq!(
        serde_json::to_string(&site).unwrap(),
        r#"{"note":"old","location":"fsn1-dc8"}"#
    );
    let yaml: Site = Format::Yaml
        .read(b"note: old\ndatacenter: fsn1-dc8\n")
        .unwrap();
    assert_eq!(yaml, site);
    for format in [
        Format::Json,
        Format::Yaml,
        Format::Cbor,
        Format::MessagePackMaps,
    ] {
        assert_round_trips(format, &site);
    }
    // The same model, where the alias list must not lengthen the struct.
    for format in [
        Format::Bincode1,
        Format::Bincode2,
        Format::Postcard,
        Format::MessagePackArrays,
    ] {
        assert_round_trips(format, &site.place);
    }
}

/// Free-form JSON (`serde_json::Value`) is read with `deserialize_any`: the formats that describe
/// themselves have it; bincode and postcard do not, and say so.
#[test]
fn free_form_json_needs_a_self_describing_format() {
    let details = ApiError {
        code: "invalid_input".to_owned(),
        message: "invalid input in field 'name'".to_owned(),
        details: Patch::Value(
            serde_json::json!({"fields": [{"name": "name", "messages": ["taken"]}]}),
        ),
    };
    let unknown = OpenTarget::Other(serde_json::json!({"type": "ip", "ip": "203.0.113.1"}));
    for format in [
        Format::Json,
        Format::Yaml,
        Format::Toml,
        Format::Cbor,
        Format::MessagePackMaps,
        Format::MessagePackArrays,
        Format::Bincode1,
        Format::Bincode2,
        Format::Postcard,
    ] {
        // Without a value, the error reads back everywhere.
        for state in [Patch::Absent, Patch::Null] {
            if state.is_null() && !format.has_null() {
                continue;
            }
            assert_round_trips(
                format,
                &ApiError {
                    details: state,
                    ..details.clone()
                },
            );
        }
        assert_round_trips(
            format,
            &OpenTarget::Server(ServerTarget {
                server: ServerRef { id: 1 },
                use_private_ip: None,
            }),
        );
        if format.is_self_describing() {
            assert_round_trips(format, &details);
            assert_round_trips(format, &unknown);
        } else {
            // Written, but not read back: the format cannot read a value of unknown shape.
            assert!(
                format
                    .read::<ApiError>(&format.write(&details).unwrap())
                    .is_err()
            );
            assert!(
                format
                    .read::<OpenTarget>(&format.write(&unknown).unwrap())
                    .is_err()
            );
        }
    }
}

/// A user's serde_derive struct that flattens a model with a `Patch` into itself.
#[derive(serde::Serialize, serde::Deserialize, Debug, PartialEq)]
struct Change {
    note: String,
    #[serde(flatten)]
    update: UpdateVolume,
}

/// The limit the crate docs name: serde_derive buffers a flattened model (and an untagged or
/// internally tagged enum) and reads the buffer as human-readable whatever the format
/// (serde-rs/serde#2172), while the values in it were written by the format itself. A `Patch`
/// written as CBOR's enum is then read as an `Option`. If serde changes that, this test fails: say
/// so in the docs' "Formats" and turn it into a round trip.
#[test]
fn serde_buffering_reads_a_patch_written_by_cbor_as_human_readable() {
    let change = |name| Change {
        note: "n".to_owned(),
        update: UpdateVolume {
            name,
            id: 1,
            size: Patch::Absent,
            labels: Patch::Absent,
            reason: "r".to_owned(),
        },
    };
    for format in [Format::Json, Format::Yaml] {
        assert_round_trips(format, &change(Patch::Value("x".to_owned())));
        assert_round_trips(format, &change(Patch::Null));
    }
    for format in [Format::Cbor, Format::MessagePackMaps] {
        assert_round_trips(format, &change(Patch::Absent));
        let value = change(Patch::Value("x".to_owned()));
        let error = format
            .read::<Change>(&format.write(&value).unwrap())
            .unwrap_err();
        assert!(
            error.contains("invalid type: map, expected a string for `name`"),
            "{format:?}: {error}"
        );
    }
}
