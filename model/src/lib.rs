//! Hand-written models of the [Hetzner Cloud API](https://docs.hetzner.cloud/), and the derive that
//! makes writing them cheap.
//!
//! One `#[derive(ApiModel)]` on a documented struct or enum gives what a hand-written JSON API model
//! needs: `Serialize`/`Deserialize` with the API's wire rules, a compile-time checked builder,
//! string conversions for enums with a catch-all for values added later, and the docs as metadata
//! and an OpenAPI schema. This crate holds the derive, its small runtime, and the Hetzner models
//! built with it (images, servers and everything they embed, at the crate root; their builders in
//! [`builders`]). For a resource it has no model of, write one the same way; [`list_response!`]
//! declares its list page.
//!
//! ```
//! use hcloud_model::{ApiModel, Labels, Patch};
//!
//! /// An SSH key stored in the project.
//! #[derive(ApiModel, Debug, Clone, PartialEq)]
//! pub struct SshKey {
//!     /// ID of the SSH key.
//!     pub id: i64,
//!     /// Name of the SSH key.
//!     pub name: String,
//!     /// Where the key came from, if the API knows: always sent, may be `null`.
//!     pub origin: Option<String>,
//!     /// Point in time when the key was created; may be absent.
//!     #[api(optional, format = "date-time")]
//!     pub created: Option<String>,
//!     /// User-defined labels.
//!     #[api(default)]
//!     pub labels: Labels,
//! }
//!
//! /// The body of `PUT /ssh_keys/{id}`: what is absent stays as it is.
//! #[derive(ApiModel, Debug)]
//! pub struct UpdateSshKey {
//!     /// New name.
//!     pub name: Patch<String>,
//!     /// New origin; `null` clears it.
//!     pub origin: Patch<String>,
//! }
//!
//! let key: SshKey = serde_json::from_str(r#"{"id": 2323, "name": "laptop", "origin": null, "extra": true}"#)?;
//! assert_eq!(key, SshKey::builder().id(2323).name("laptop").build());
//! assert_eq!(
//!     serde_json::to_string(&key)?,
//!     r#"{"id":2323,"name":"laptop","origin":null,"labels":{}}"#
//! );
//!
//! let update = UpdateSshKey::builder().name("work").origin_null().build();
//! assert_eq!(serde_json::to_string(&update)?, r#"{"name":"work","origin":null}"#);
//!
//! let error = serde_json::from_str::<SshKey>(r#"{"id": "2323", "name": "x", "origin": null}"#).unwrap_err();
//! assert!(error.to_string().contains("expected i64 for `id`"));
//! assert_eq!(SshKey::openapi_schema()["required"], serde_json::json!(["id", "name", "origin"]));
//! # Ok::<(), serde_json::Error>(())
//! ```
//!
//! # Field kinds
//!
//! One rule table decides how each field is written and read, and the metadata and schema say
//! the same:
//!
//! | Rust field | key on the wire | write | read | in the spec's `required` |
//! |---|---|---|---|---|
//! | `T` | always present, never null | always | missing key or `null`: error naming the field | yes |
//! | `Option<T>` (nullable) | always present, may be `null` | always (`null` for `None`) | `null` or missing key: `None` | yes |
//! | `#[api(optional)] Option<T>` | may be absent | only when `Some` | missing key or `null`: `None` | no |
//! | `#[api(default)]` / `#[api(default = path)]` on `T` | may be absent | always | missing key: `Default::default()` / `path()` | no |
//! | [`Patch<T>`] (three-state) | may be absent, may be `null` | `Value` as the value, `Null` as `null`, `Absent` not at all | missing key: `Absent`, `null`: `Null` | no |
//! | `#[api(skip)] T` | never | never | `Default::default()` (or `default = path`) | not in the schema |
//!
//! That is the form in JSON, and in the other human-readable formats (YAML, TOML); the formats
//! that cannot leave a key out write every field (see [Formats](#formats)).
//!
//! A missing nullable key reads as `None` because the API removes fields over time, and a
//! response without one must not break clients that already shipped. Unknown keys are ignored
//! (`#[api(deny_unknown_fields)]` rejects them); a key given twice is an error.
//!
//! The derive sees types as they are written, so it knows an `Option` (and a `Patch`) by its
//! name, by any path ending in `Option`. Behind an alias (`type Maybe<T> = Option<T>;`) it is a
//! `T` like any other: a required field. Mark such a field `#[api(nullable)]` to give it the
//! nullable row, whatever its type is called; a type that is no `Option` is then a compile error
//! at the field. Its builder setter takes the alias's type (no `maybe_` setter), and `optional`
//! still needs `Option` spelled out.
//!
//! ```
//! use hcloud_model::ApiModel;
//!
//! type Maybe<T> = Option<T>;
//!
//! /// A volume.
//! #[derive(ApiModel, Debug, PartialEq)]
//! pub struct Volume {
//!     /// Filesystem, `null` when unformatted.
//!     #[api(nullable)]
//!     pub format: Maybe<String>,
//! }
//!
//! let volume: Volume = serde_json::from_str("{}")?;
//! assert_eq!(volume, Volume { format: None });
//! assert_eq!(serde_json::to_string(&volume)?, r#"{"format":null}"#);
//! assert!(Volume::FIELDS[0].is_nullable());
//! # Ok::<(), serde_json::Error>(())
//! ```
//!
//! Beside it, the builder's rule: a field must be set before `build()` unless it is an `Option`,
//! a collection (`Vec`, `VecDeque`, `BTreeMap`, `HashMap`, `BTreeSet`, `HashSet`, recognised by
//! the type, so [`Labels`] too: see [`builder::EmptyWhenUnset`]), a `Patch`, skipped or
//! defaulted. See [`builder`].
//!
//! # Errors name the field
//!
//! An error about a value names the path to it, through plain `serde_json::from_str` (so an HTTP
//! client's `.json()` shows it too):
//!
//! ```
//! # use hcloud_model::ServerImage;
//! let error = serde_json::from_str::<ServerImage>(r#"{"id": "42"}"#).unwrap_err();
//! assert_eq!(error.to_string(), "invalid type: string \"42\", expected i64 for `id` at line 1 column 11");
//! ```
//!
//! The path (`created_from.id`, `servers[3].image.architecture`) is appended to the *expected*
//! part of the message, because that is the one part a wrapper can extend without changing what
//! serde_json reports: syntax and end-of-input errors stay `Category::Syntax`/`Eof` with no field
//! named, type errors stay `Data`, and the position is written once. Missing and duplicate keys
//! read ``missing field `created_from.id` ``.
//!
//! # Enums
//!
//! The wire value of a variant is its name in `snake_case` (`X86` is `x86`), or the container's
//! `#[api(rename_all = "…")]` style, or the variant's `#[api(rename = "…")]`. One variant may be the
//! catch-all `#[api(other)] Other(String)`: any value no variant has reads as `Other(value)` and
//! writes back unchanged, so a value the API adds tomorrow does not break today's clients. `Other`
//! is only produced for unknown values; a hand-built `Other("x86".into())` is *not* normalised and
//! does not equal `X86` (equality compares variants). Without a catch-all an unknown value is an
//! error: [`ParseEnumError`] from `FromStr`, a type error naming the field from JSON.
//!
//! ```
//! use hcloud_model::Architecture;
//!
//! assert_eq!("arm".parse::<Architecture>()?, Architecture::Arm);
//! assert_eq!(Architecture::VARIANTS, ["x86", "arm"]);
//! let added_later: Architecture = "riscv64".parse()?;
//! assert_eq!(added_later.as_str(), "riscv64");
//! assert_eq!(format!("{:<6}|", Architecture::X86), "x86   |");
//! # Ok::<(), hcloud_model::ParseEnumError>(())
//! ```
//!
//! # Operations
//!
//! Every operation of the spec is modeled (189 of 189), by tag: Actions; Servers and Server
//! Actions; Images and Image Actions; ISOs; Placement Groups; Server Types; Data Centers;
//! Locations; Pricing; SSH Keys; Volumes and Volume Actions; Networks and Network Actions;
//! Floating IPs and Floating IP Actions; Primary IPs and Primary IP Actions; Firewalls and Firewall
//! Actions; Load Balancers, Load Balancer Actions and Load Balancer Types; Certificates and
//! Certificate Actions; Zones, Zone Actions, Zone RRSets and Zone RRSet Actions.
//!
//! [`ops`] has one type per API operation, named after the spec's `operationId`
//! ([`ops::ListServers`] for `list_servers`): its path and query parameters are its fields, its
//! request body its `body`, and [`Operation`] gives the method, the path template, the concrete
//! path and query, and the response type. Any HTTP client calls it in a few lines
//! (`cargo run --example http_client` does, with `ureq`):
//!
//! ```
//! use hcloud_model::{CreateImageRequest, CreateImageType, Operation, ops};
//!
//! let op = ops::CreateServerImage {
//!     id: 42,
//!     body: CreateImageRequest::builder().r#type(CreateImageType::Snapshot).build(),
//! };
//! assert_eq!((ops::CreateServerImage::METHOD, ops::CreateServerImage::PATH), ("POST", "/servers/{id}/actions/create_image"));
//! assert_eq!(op.path_and_query(), "/servers/42/actions/create_image");
//! assert_eq!(serde_json::to_string(op.request().unwrap())?, r#"{"type":"snapshot"}"#);
//! let list = ops::ListImages { r#type: vec![hcloud_model::ImageType::Snapshot], page: Some(2), ..Default::default() };
//! assert_eq!(list.path_and_query(), "/images?type=snapshot&page=2");
//! let response = ops::CreateServerImage::read_response(br#"{"image": null, "action": null}"#);
//! assert!(response.is_err()); // both are required in a success body
//! # Ok::<(), serde_json::Error>(())
//! ```
//!
//! # Unions
//!
//! An enum whose variants each hold one model is a union. `#[api(tag = "type")]` tells the
//! variants apart by a key inside the object: on the wire each variant is its model's object with
//! the tag added (`{"type": "server", "server": {"id": 80}}`), written first. The tag may come
//! anywhere when read; when it comes first, as the API sends it, nothing is buffered. The tag's
//! value is the variant's name in `snake_case` (or `rename_all`/`rename`, as for string enums). An
//! unknown tag is an error naming it, the accepted values and the path (``for `targets[1].type` ``),
//! a missing one names the tag key; a catch-all `#[api(other)] Other(serde_json::Value)` keeps an
//! unknown object whole and writes it back unchanged. Each variant converts into the union
//! (`From<ServerTarget> for Target`); the schema is a `oneOf` of the branches with a
//! `discriminator`, each branch the variant's schema with the tag required.
//!
//! `#[api(untagged)]` tells them apart by the kind of the value (number, string, boolean, array,
//! object, null), read from each variant's wire shape: `IdOrName::Id(42)` is `42`,
//! `IdOrName::Name("fsn1")` is `"fsn1"`. Variants that take the same kind are tried in order (only
//! an array or object is then buffered); a value of no accepted kind is an error listing the kinds
//! (``expected an integer or a string for `location` ``). A variant that can never be reached (the
//! same type twice, or after one that takes any value) is a compile error.
//!
//! ```
//! use hcloud_model::ApiModel;
//!
//! /// A server the load balancer routes to.
//! #[derive(ApiModel, Debug, PartialEq)]
//! pub struct ServerTarget {
//!     /// ID of the server.
//!     pub id: i64,
//! }
//!
//! /// Servers chosen by a label selector.
//! #[derive(ApiModel, Debug, PartialEq)]
//! pub struct LabelSelectorTarget {
//!     /// The selector.
//!     pub selector: String,
//! }
//!
//! /// A load balancer target.
//! #[derive(ApiModel, Debug, PartialEq)]
//! #[api(tag = "type")]
//! pub enum Target {
//!     /// One server.
//!     Server(ServerTarget),
//!     /// Servers chosen by a label selector.
//!     LabelSelector(LabelSelectorTarget),
//! }
//!
//! /// A location given by ID or by name.
//! #[derive(ApiModel, Debug, PartialEq)]
//! #[api(untagged)]
//! pub enum IdOrName {
//!     /// By ID.
//!     Id(i64),
//!     /// By name.
//!     Name(String),
//! }
//!
//! let target: Target = serde_json::from_str(r#"{"selector": "env=prod", "type": "label_selector"}"#)?;
//! assert_eq!(target, Target::LabelSelector(LabelSelectorTarget { selector: "env=prod".into() }));
//! assert_eq!(serde_json::to_string(&Target::from(ServerTarget { id: 80 }))?, r#"{"type":"server","id":80}"#);
//! assert_eq!(serde_json::from_str::<Vec<IdOrName>>(r#"[42, "fsn1"]"#)?, [IdOrName::Id(42), IdOrName::Name("fsn1".into())]);
//! assert_eq!(Target::openapi_schema()["discriminator"]["propertyName"], "type");
//! # Ok::<(), serde_json::Error>(())
//! ```
//!
//! In formats that are not human-readable (bincode, postcard, and CBOR and MessagePack with them),
//! where neither a key nor a value's kind can be looked at first, a union is written as serde
//! writes an enum: the variant's index (or name), then its value. A catch-all there reads any
//! variant it does not know. See [Formats](#formats).
//!
//! # Models that contain themselves
//!
//! A model may hold itself, directly (`children: Vec<Node>`, `first: Option<Box<Node>>`) or
//! through another model: it reads and writes like any other, its errors name the path through
//! the recursion (`children[0].children[3].name`), and its schema defines it once under `$defs`,
//! each inner use a `$ref` to it.
//!
//! # Builders
//!
//! Every derived struct gets `T::builder()`, returning a `TBuilder` whose type tracks which
//! required fields are set: `build()` compiles only once every one is set, a missing one is a
//! compile error naming it, and a required field's setter called twice does not compile. A field
//! with a default (an `Option`, a `Patch`, a defaulted one) may be set conditionally, and setting
//! it again replaces its value. Setters carry the field docs.
//! The Hetzner models' builders are in [`builders`].
//!
//! ```compile_fail
//! # use hcloud_model::CreatedFrom;
//! // error: cannot build `CreatedFrom`: the required field `id` is not set
//! let from = CreatedFrom::builder().name("web-1").build();
//! ```
//!
//! # Docs, metadata and schema
//!
//! Every derived model, field and variant must carry a doc comment: a missing or blank one is a
//! compile error at its span, all of an item's reported together. The docs become data: the
//! [`ApiModel`] trait gives `NAME`, `DOC`, `FIELDS` (each a [`Field`] with its wire name, doc, type
//! and the flags of the table above) and `VALUES` for enums, all `const`. A doc written as an
//! expression (`#[doc = include_str!("…")]`, `#[doc = concat!(…)]`) is there as the compiler
//! reads it, joined to the `///` lines around it. `T::openapi_schema()` renders them as an
//! OpenAPI 3.1 schema in the dialect of Hetzner's official spec (nested models inline,
//! `"type": ["string", "null"]`); `cargo run --example schema -- ServerImage` prints one.
//!
//! # The derive alone
//!
//! The Hetzner models and operations are the default feature `hetzner`. A crate that derives only
//! models of its own can leave them out, and builds without compiling them (the larger part of
//! this crate's own build):
//!
//! ```toml
//! hcloud-model = { version = "0.1", default-features = false }
//! ```
//!
//! What remains is the derive and everything its models use: [`ApiModel`], [`Patch`],
//! [`WithPaths`], [`operation!`], the traits and the metadata types.
//!
//! # Schema crates
//!
//! Off by default, two features implement a schema crate's traits for every derived model, so a
//! type of yours that derives them can hold our models:
//!
//! | feature | implements | a model's schema there |
//! | --- | --- | --- |
//! | `schemars` | `schemars::JsonSchema` (schemars 1) | a definition named after the model (`ServerImage`), `$ref`'d from your types |
//! | `utoipa` | `utoipa::ToSchema` and `PartialSchema` (utoipa 5) | a component named after the model, `$ref`'d from your types |
//!
//! The schema is `T::openapi_schema()`'s, rendered from the same metadata: the models a model
//! holds are inline in it. A model that contains itself points to its own definition or
//! component. [`Patch<T>`](Patch) is described as each crate describes `Option<T>` (`T` or
//! `null`); that the key may be absent is said on your field (`#[serde(default)]`). With
//! schemars, two models of one name (or two uses of a generic model) become `Page` and `Page2`.
//! With utoipa, a generic model is named after itself whatever its arguments, and inside your
//! `#[derive(ToSchema)]` it is usable through an alias (`type ImagePage = Page<ServerImage>;`):
//! utoipa's derive asks a type written with arguments for its own hidden trait.
//!
//! In every schema, descriptions are the docs as plain text: rustdoc's links to items
//! (``[`Architecture::Other`]``) read as their text; links to web pages stay links.
//!
//! # What the derive generates
//!
//! For a struct: `Serialize`, `Deserialize`, `T::builder()` and the type `TBuilder` (beside the
//! struct), [`ApiModel`] and [`Describe`]. For an enum: inherent `const VARIANTS` and `fn as_str`,
//! `Display` (which honours width and alignment), `AsRef<str>`, `FromStr` and `TryFrom<&str>`,
//! `Serialize` and `Deserialize` as strings, [`ApiModel`] and [`Describe`]. For a transparent
//! newtype: `Serialize`, `Deserialize`, `From` both ways (when not generic), [`ApiModel`],
//! [`Describe`]. A model that also derives serde's traits, or has its own builder, collides with
//! these impls: turn the derive's half off with `#[api(serde = false)]` / `#[api(builder = false)]`.
//!
//! `TBuilder` is an item of the model's module, which a derive cannot look into: a type of that
//! name there already (a `VolumeBuilder` beside `Volume`) is rustc's error E0428, "the name
//! `VolumeBuilder` is defined multiple times", pointing at `#[derive(ApiModel)]` and at the other
//! type, followed by errors from the derive's builder code that found the other type. Rename that
//! type, move it or the model into another module, or turn the builder off with
//! `#[api(builder = false)]`.
//!
//! # Attribute reference
//!
//! | key | on | what it does | example |
//! |---|---|---|---|
//! | `rename_all = "…"` | struct, enum | wire names in a style, with serde's rules: `lowercase`, `UPPERCASE`, `PascalCase`, `camelCase`, `snake_case` (enum default), `SCREAMING_SNAKE_CASE`, `kebab-case`, `SCREAMING-KEBAB-CASE` | `#[api(rename_all = "camelCase")]` |
//! | `title = "…"` | struct, enum | the schema's `title` | `#[api(title = "ListMeta")]` |
//! | `crate = "…"` | struct, enum | the path of this crate when re-exported or renamed | `#[api(crate = "my_api::hcloud_model")]` |
//! | `deny_unknown_fields` | struct | an unknown key is an error naming it (the default ignores it) | `#[api(deny_unknown_fields)]` |
//! | `transparent` | struct of one field | a newtype, on the wire and in the schema as its field | `#[api(transparent)] struct ImageId(i64);` |
//! | `bound = "…"` | struct | where-predicates replacing the inferred bounds (`T: Serialize` only for `T`s on the wire) in every generated impl | `#[api(bound = "T: MyWire")]` |
//! | `serde = false` | struct, enum | no `Serialize`/`Deserialize`: you derive or write them | `#[api(serde = false)]` |
//! | `builder = false` | struct | no builder: you have one | `#[api(builder = false)]` |
//! | `tag = "…"` | enum | a union of newtype variants, each an object with this key naming the variant (see [Unions](#unions)) | `#[api(tag = "type")]` |
//! | `untagged` | enum | a union of newtype variants told apart by the kind of the value (see [Unions](#unions)) | `#[api(untagged)]` |
//! | `rename = "…"` | field, variant | the wire name | `#[api(rename = "type")]` |
//! | `optional` | field of type `Option<T>` | the key may be absent; `None` is left out | `#[api(optional)]` |
//! | `nullable` | field of an `Option` type | the nullable row of the field kinds, for an `Option` the derive cannot see by its name (`Maybe<T>`) | `#[api(nullable)]` |
//! | `default` | field | a missing key takes `Default::default()` | `#[api(default)]` |
//! | `default = path` | field | a missing key takes `path()` (also for `skip`) | `#[api(default = default_zone)]` |
//! | `skip` | field | not on the wire, not in metadata or schema; `Default` on read and in the builder | `#[api(skip)]` |
//! | `alias = "…"` | field (repeatable) | another key accepted on read, never written | `#[api(alias = "datacenter")]` |
//! | `with = "module"` | field | `module::serialize` / `module::deserialize` for a type with its own wire form | `#[api(with = "unix_seconds")]` |
//! | `serialize_with = "path"` / `deserialize_with = "path"` | field | one direction of `with` | `#[api(deserialize_with = "id_from_text")]` |
//! | `format = "…"` | field | the schema `format` (`date-time`, `decimal`, …); for a `with` field, `int32`/`int64` make it an integer, `float`/`double` a number | `#[api(format = "date-time")]` |
//! | `other` | variant `Other(String)` | the catch-all keeping unknown values (in a tagged union `Other(serde_json::Value)`, keeping the whole object) | `#[api(other)] Other(String)` |
//!
//! Misused keys are compile errors at their span: an unknown key (with the closest valid one
//! suggested, or where it belongs), a key given twice, a value of the wrong kind, contradicting
//! keys (`skip` with `rename`, `optional` with `default`, `with` with `serialize_with`).
//!
//! Fields may borrow from the input: `&'a str` always does, and `Cow<'a, str>` does whenever the
//! text has no escapes and the input lends it (`from_str`, `from_slice`).
//!
//! # Own wire forms: `with`
//!
//! A type whose JSON is not what its Rust form suggests is read and written by functions of
//! yours: `#[api(with = "module")]` calls `module::serialize` and `module::deserialize`, with
//! serde's signatures. The traits they name are re-exported as [`hcloud_model::serde`],
//! so writing them needs no dependency but this crate:
//!
//! ```
//! use hcloud_model::ApiModel;
//! use std::time::{Duration, SystemTime, UNIX_EPOCH};
//!
//! /// A backup.
//! #[derive(ApiModel, Debug, PartialEq)]
//! pub struct Backup {
//!     /// When it was taken: seconds since the epoch on the wire.
//!     #[api(with = "unix_seconds", format = "int64")]
//!     pub taken: SystemTime,
//! }
//!
//! mod unix_seconds {
//!     use hcloud_model::serde::{Deserialize, Deserializer, Serializer, ser::Error};
//!     use std::time::{Duration, SystemTime, UNIX_EPOCH};
//!
//!     pub fn serialize<S: Serializer>(time: &SystemTime, serializer: S) -> Result<S::Ok, S::Error> {
//!         let since = time.duration_since(UNIX_EPOCH).map_err(S::Error::custom)?;
//!         serializer.serialize_u64(since.as_secs())
//!     }
//!
//!     pub fn deserialize<'de, D: Deserializer<'de>>(deserializer: D) -> Result<SystemTime, D::Error> {
//!         let seconds = u64::deserialize(deserializer)?;
//!         Ok(UNIX_EPOCH + Duration::from_secs(seconds))
//!     }
//! }
//!
//! let backup: Backup = serde_json::from_str(r#"{"taken": 1700000000}"#)?;
//! assert_eq!(backup.taken, UNIX_EPOCH + Duration::from_secs(1_700_000_000));
//! assert_eq!(serde_json::to_string(&backup)?, r#"{"taken":1700000000}"#);
//! assert_eq!(Backup::openapi_schema()["properties"]["taken"]["type"], "integer");
//! # Ok::<(), serde_json::Error>(())
//! ```
//!
//! # Formats
//!
//! The derived `Serialize` and `Deserialize` work in every serde format, not only JSON. How a
//! model is written depends on the one thing serde lets a format say about itself,
//! `is_human_readable()`:
//!
//! | format | human-readable | a struct is written as | an absent key (`optional` `None`, `Patch::Absent`) | a [`Patch`] |
//! |---|---|---|---|---|
//! | JSON (`serde_json`), YAML (`serde_norway`), TOML (`toml`) | yes | an object | left out | `null`, or the value |
//! | CBOR (`ciborium`), MessagePack (`rmp_serde::to_vec_named`) | no | a map of every field | written, as `None` | an enum: `Absent`, `Null` or `Value(…)` |
//! | MessagePack (`rmp_serde::to_vec`), bincode 1 and 2 (`bincode::serde`), postcard | no | the sequence of every field | written, as `None` | the same enum |
//!
//! In the human-readable formats a model is the API's JSON: absent keys are left out, and a struct
//! is read from an object only (an array where a model belongs is an error naming the field).
//!
//! The others get every field, absent or not. bincode and postcard write a struct as its fields in
//! order, without keys, and read back exactly as many as the struct has: a field left out would
//! shift every field after it, and nothing on the wire could say which one was missing. So an
//! absent `optional` field is written as serde's `None`, and a `Patch` as an enum of its three
//! states (an `Option<Option<T>>` would not do: MessagePack and CBOR write `Some(None)` as they
//! write `None`). CBOR and MessagePack's maps say they are not human-readable either, and are
//! written the same way: a few bytes more for absent keys, and one rule for every format that is
//! not the API's. A field with its own functions (`with`) gets its value there, `None` included.
//! A struct read from a sequence is read field by field, an error naming the path to the value
//! (``for `created_from.name` ``), and a sequence of another length names the model and how many
//! fields it has: `invalid length 1, expected a CreatedFrom object with 2 fields`. Unions are
//! written as serde writes an enum (see [Unions](#unions)).
//!
//! None of this touches JSON: it is written byte for byte as before, and read by the same code.
//!
//! What a format cannot say is lost or refused:
//!
//! - TOML has no `null`. A nullable `None` is left out, and reads back as `None`; a `Patch::Null`
//!   is left out too, and reads back as `Patch::Absent`.
//! - Free-form JSON (`serde_json::Value`) is read with `deserialize_any`, which bincode and
//!   postcard do not have. A model holding one is written there, but reading it back is an error
//!   once the `Value` is there: [`ApiError`]'s `details` (`Patch::Absent` and `Patch::Null` read
//!   back), and a tagged union's catch-all `Other(serde_json::Value)`. CBOR, MessagePack, JSON and
//!   YAML read them.
//! - serde_derive buffers the input of a `#[serde(flatten)]` field and of untagged and internally
//!   tagged enums, and reads the buffer as human-readable whatever the format (serde issue
//!   #2172). A model inside one round-trips through CBOR and MessagePack only when no `Patch` and
//!   no union is written inside it: those are written in the form for formats that are not
//!   human-readable, and read in the other.
//!
//! A model flattened into a serde_derive struct (`#[serde(flatten)]`) reads its aliases: serde
//! hands a flattened struct only the keys in the list its `deserialize_struct` is given, so in
//! human-readable formats (serde's flatten says it is one) the list holds the aliases too;
//! elsewhere it holds the wire names alone, because bincode and postcard take the number of fields
//! from it.
//!
//! # Minimum serde version
//!
//! The runtime depends on `serde_core` (traits, no derive), re-exported as [`serde`], and
//! `serde_json` (schemas and the API's free-form error details). A crate that also uses `serde`
//! needs `serde >= 1.0.220` in its lockfile, the first release in which `serde::Serialize` is a
//! re-export of `serde_core::Serialize` (with an older `serde` the two are different traits).
//!
//! Floats round-trip exactly through serde_json when its `float_roundtrip` feature is on; by
//! default it parses a few values to a neighbouring float.
#![forbid(unsafe_code)]
#![deny(missing_docs)]

// Lets the models in this crate use the derive, whose output names `::hcloud_model`.
#[cfg(feature = "hetzner")]
extern crate self as hcloud_model;

#[cfg(feature = "hetzner")]
mod hetzner;
mod runtime;

pub use hcloud_model_macros::ApiModel;
pub use runtime::builder;
pub use runtime::enum_error::ParseEnumError;
pub use runtime::meta::ApiModel;
pub use runtime::operation;
pub use runtime::operation::{Operation, OperationInfo};
pub use runtime::patch::Patch;
pub use runtime::shape::{Describe, EnumValue, Field, Shape, TupleItem, UnionVariant};
pub use runtime::with_paths::WithPaths;
/// serde's traits, without its derive (the crate `serde_core`): what a `with` module or a
/// hand-written impl names, with no `serde` dependency of its own. `serde::Serialize` (from
/// `serde >= 1.0.220`) is this very trait.
pub use serde_core as serde;
// Each model at the crate root (`ServerImage`), and the module `builders` (`ServerImageBuilder`,
// also nameable here but hidden from the docs: see `hetzner`).
#[cfg(feature = "hetzner")]
pub use hetzner::*;
// `hcloud_model::ops::ListServers`, one type per operation.
#[cfg(feature = "hetzner")]
pub use hetzner::ops;

#[doc(hidden)]
pub use runtime::__private;
