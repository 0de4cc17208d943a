//! The derive's runtime: what derived models are made of and what their generated code calls.
//!
//! From the ground up: the wire shapes of types, fields and values (`shape`), the OpenAPI schema
//! rendered from them (`schema`), the `ApiModel` trait that gives a model's metadata (`meta`);
//! beside them builder state (`builder`), `Patch` (`patch`), the enum parse error (`enum_error`),
//! the schema crates' traits (`integrations`, behind features), and the support only generated
//! code reaches (`__private`). It knows no model: the Hetzner
//! models (`crate::hetzner`) are built on it, never the other way round.

pub mod builder;
pub(crate) mod enum_error;
pub mod integrations;
pub(crate) mod meta;
pub mod operation;
pub(crate) mod patch;
mod schema;
pub(crate) mod shape;
pub(crate) mod with_paths;

#[doc(hidden)]
pub mod __private;
