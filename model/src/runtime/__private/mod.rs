//! What generated code reaches through `::hcloud_model::__private`. Not a public API: it changes
//! with the derive, in any release.

pub use core::convert::{AsRef, From, Into, TryFrom};
pub use core::default::Default;
pub use core::fmt;
pub use core::marker::PhantomData;
pub use core::option::Option::{self, None, Some};
pub use core::primitive::{bool, str, usize};
pub use core::result::Result::{self, Err, Ok};
pub use core::str::FromStr;
pub use serde_core as serde;
pub use std::borrow::Cow;
pub use std::string::String;
pub use std::vec::Vec;

pub use crate::__schema_crate_impls as schema_crate_impls;
pub use crate::runtime::builder;
pub use crate::runtime::enum_error::ParseEnumError;
pub use crate::runtime::integrations;
pub use crate::runtime::meta::ApiModel;
pub use crate::runtime::patch::Patch;
pub use crate::runtime::shape::{Describe, EnumValue, Field, Shape, UnionVariant};
#[cfg(feature = "schemars")]
pub use ::schemars;
#[cfg(feature = "utoipa")]
pub use ::utoipa;
pub use hcloud_model_macros::ApiModel;
pub use serde_json::Value as JsonValue;

// What generated code names once per field, one segment from here: each use is then three tokens
// shorter, about 4% of what the derive emits for the whole API, and rustc's expansion, name
// resolution and lowering go with the tokens and path segments it is given.
pub use crate::runtime::builder::{Itself, NotSet, Set, SetOrEmpty, Slot, Unset};
pub use de::{missing_field, present, read_field};
pub use ser::{write_field, write_optional_field};

/// Where generated code (or the runtime) is in a state its own code rules out: a `Set` builder
/// field with an empty slot, a required field taken after it was checked present, an enum index
/// past the known values, an unknown value read for an enum without a catch-all. Aborts rather
/// than panics, and is `extern "C"` so that callers know it cannot unwind: a call that may unwind
/// needs a path dropping every value held so far (the builder's other fields, the fields read so
/// far), which keeps them in memory, and a release build could then no longer fold a builder's
/// setters into the struct literal.
#[cold]
#[inline(never)]
pub extern "C" fn unreachable_state() -> ! {
    eprintln!("hcloud-model: reached a state its generated code rules out (a bug in hcloud-model)");
    std::process::abort()
}

pub mod de;
pub mod doc;
pub mod enums;
pub mod kinds;
mod path;
pub mod ser;
pub mod union;
