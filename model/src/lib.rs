//! Hand-written models of the [Hetzner Cloud API](https://docs.hetzner.cloud/), and the derive that
//! makes writing them cheap.
//!
//! `#[derive(ApiModel)]` on a documented struct with named fields generates `Serialize` and
//! `Deserialize` with the API's wire rules; on a documented enum of unit variants it generates the
//! string conversions (`as_str`, `Display`, `FromStr`, `VARIANTS`, serde as strings) with an optional
//! catch-all that keeps values the API adds later.
//!
//! ```
//! use hcloud_model::ApiModel;
//!
//! /// An SSH key stored in the project.
//! #[derive(ApiModel, Debug, PartialEq)]
//! struct SshKey {
//!     /// ID of the SSH key.
//!     id: i64,
//!     /// Name of the SSH key.
//!     name: String,
//!     /// Point in time when the key was created, if the API says.
//!     #[api(optional)]
//!     created: Option<String>,
//! }
//!
//! let key: SshKey = serde_json::from_str(r#"{"id": 2323, "name": "laptop", "extra": true}"#)?;
//! assert_eq!(key, SshKey { id: 2323, name: "laptop".into(), created: None });
//! assert_eq!(serde_json::to_string(&key)?, r#"{"id":2323,"name":"laptop"}"#);
//! # Ok::<(), serde_json::Error>(())
//! ```
//!
//! # Field kinds
//!
//! One rule table decides how each field is written and read:
//!
//! | Rust field | key on the wire | write | read | in the spec's `required` |
//! |---|---|---|---|---|
//! | `T` | always present, never null | always | missing key or `null`: error naming the field | yes |
//! | `Option<T>` (nullable) | always present, may be `null` | always (`null` for `None`) | `null` or missing key: `None` | yes |
//! | `#[api(optional)] Option<T>` | may be absent | only when `Some` | missing key or `null`: `None` | no |
//! | `#[api(default)]` / `#[api(default = path)]` on `T` | may be absent | always | missing key: `Default::default()` / `path()` | no |
//! | [`Patch<T>`] (three-state) | may be absent, may be `null` | `Value` as the value, `Null` as `null`, `Absent` not at all | missing key: `Absent`, `null`: `Null` | no |
//!
//! A missing nullable key reads as `None` because the API removes fields over time, and a
//! response without one must not break clients that already shipped. Unknown keys are ignored;
//! a key given twice is an error.
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
//! The path is appended to the *expected* part of the message, because that is the one part a
//! wrapper can extend without changing what serde_json reports: syntax and end-of-input errors stay
//! `Category::Syntax`/`Eof` with no field named, type errors stay `Data`, and the
//! position is written once. Missing and duplicate keys read ``missing field `created_from.id` ``.
//!
//! # Builders
//!
//! Every derived struct gets `T::builder()`, returning a `TBuilder` whose type tracks which fields
//! are set: `build()` compiles only once every builder-required field is set, and a missing one is
//! a compile error naming it. See [`builder`] for the rules.
//!
//! ```
//! use hcloud_model::CreatedFrom;
//!
//! let from = CreatedFrom::builder().name("web-1").id(58).build();
//! assert_eq!(from, CreatedFrom { id: 58, name: "web-1".into() });
//! ```
//!
//! # Docs, metadata and schema
//!
//! Every derived model, field and variant must carry a doc comment: a missing or blank one is a
//! compile error at its span, all of an item's reported together. The docs become data: the
//! [`ApiModel`] trait gives `NAME`, `DOC`, `FIELDS` (each a [`Field`] with its wire name, doc, type
//! and the flags of the table above) and `VALUES` for enums, all `const`. `T::openapi_schema()` renders them as an OpenAPI 3.1 schema in the dialect of
//! Hetzner's official spec; `#[api(format = "date-time")]` on a field sets a `format` the Rust
//! type does not imply. `cargo run --example schema -- ServerImage` prints one.
//!
//! ```
//! use hcloud_model::{ApiModel, ServerImage};
//!
//! let schema = ServerImage::openapi_schema();
//! assert_eq!(schema["properties"]["bound_to"]["type"], serde_json::json!(["integer", "null"]));
//! assert_eq!(schema["properties"]["created"]["format"], "date-time");
//! assert!(!schema["required"].as_array().unwrap().contains(&"rapid_deploy".into()));
//! ```
//!
//! # Minimum serde version
//!
//! The runtime depends only on `serde_core` (traits, no derive). A crate that also uses `serde`
//! needs `serde >= 1.0.220` in its lockfile, the first release in which `serde::Serialize` is a
//! re-export of `serde_core::Serialize` (with an older `serde` the two are different traits).
//!
//! # Enums
//!
//! The wire value of a variant is its name in `snake_case` (`X86` is `x86`), or the container's
//! `#[api(rename_all = "…")]` style, or the variant's `#[api(rename = "…")]`. One variant may be the
//! catch-all `#[api(other)] Other(String)`: any value no variant has reads as `Other(value)` and
//! writes back unchanged. `Other` is only produced for unknown values; a hand-built
//! `Other("x86".into())` is *not* normalised and does not equal `X86` (equality compares variants).
//!
//! Generated for an enum: `const VARIANTS: &[&str]` (known wire values, in order), `fn as_str`,
//! `Display`, `AsRef<str>`, `FromStr` and `TryFrom<&str>` (error: [`ParseEnumError`], only for enums
//! without a catch-all), `Serialize` and `Deserialize` as strings. For a struct: `Serialize`,
//! `Deserialize`, `T::builder()` and the type `TBuilder`. For both: [`ApiModel`] and [`Describe`].
//! Deriving serde's traits as well would collide with these impls.

#![forbid(unsafe_code)]

// Lets the models in this crate use the derive, whose output names `::hcloud_model`.
extern crate self as hcloud_model;

mod actions;
pub mod builder;
mod common;
mod enum_error;
mod images;
mod isos;
mod locations;
mod meta;
mod patch;
mod placement_groups;
mod schema;
mod server_types;
mod servers;
mod shape;

pub use enum_error::ParseEnumError;
pub use hcloud_model_macros::ApiModel;
pub use meta::{ApiModel, EnumValue, Field};
pub use patch::Patch;
pub use shape::{Describe, Shape};
// Each model with its builder (`ServerImage`, `ServerImageBuilder`, …) at the crate root.
pub use actions::*;
pub use common::*;
pub use images::*;
pub use isos::*;
pub use locations::*;
pub use placement_groups::*;
pub use server_types::*;
pub use servers::*;

#[doc(hidden)]
pub mod __private;
