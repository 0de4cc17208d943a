//! Models in a module as strict as a demanding user's crate: `.ci/run`'s clippy pass checks that
//! the derive's output raises nothing here.
#![deny(warnings, missing_docs, clippy::all, clippy::pedantic)]

use hcloud_model::{ApiModel, Labels, Patch};

/// Every field kind and attribute, in one strictly linted model.
#[derive(ApiModel, Debug, Clone, PartialEq)]
#[api(rename_all = "camelCase", title = "StrictModel")]
pub struct StrictModel {
    /// Required.
    pub id: i64,
    /// Nullable.
    pub name: Option<String>,
    /// Optional.
    #[api(optional)]
    pub flag: Option<bool>,
    /// Defaulted.
    #[api(default)]
    pub retries: u8,
    /// Defaulted from a function.
    #[api(default = default_zone)]
    pub zone: String,
    /// Three-state.
    pub placement: Patch<i64>,
    /// Labels.
    pub labels: Labels,
    /// A list.
    pub items: Vec<StrictEnum>,
    /// A keyword.
    #[api(format = "date-time")]
    pub r#type: String,
}

fn default_zone() -> String {
    "fsn1".to_owned()
}

/// An open enum.
#[derive(ApiModel, Debug, Clone, PartialEq, Eq, Hash)]
#[api(rename_all = "kebab-case")]
pub enum StrictEnum {
    /// First.
    FirstValue,
    /// Second.
    #[api(rename = "two")]
    Second,
    /// Anything else.
    #[api(other)]
    Other(String),
}

/// A closed enum.
#[derive(ApiModel, Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ClosedEnum {
    /// Yes.
    Yes,
    /// No.
    No,
}

/// A generic model with a lifetime.
#[derive(ApiModel, Debug, Clone, PartialEq)]
pub struct StrictPage<'a, T> {
    /// Items.
    pub items: Vec<T>,
    /// Cursor.
    pub cursor: Option<std::borrow::Cow<'a, str>>,
}

/// A union tagged by a key, with a catch-all.
#[derive(ApiModel, Debug, Clone, PartialEq)]
#[api(tag = "kind")]
pub enum StrictTagged {
    /// The strict model.
    Strict(StrictModel),
    /// Anything else, kept whole.
    #[api(other)]
    Other(serde_json::Value),
}

/// An untagged union.
#[derive(ApiModel, Debug, Clone, PartialEq)]
#[api(untagged)]
pub enum StrictIdOrName {
    /// By ID.
    Id(i64),
    /// By name.
    Name(String),
}

/// A model on its way out: its derived code raises no deprecation warning.
#[deprecated = "use `StrictModel`"]
#[derive(ApiModel, Debug, Clone, PartialEq)]
pub struct StrictLegacy {
    /// Current.
    pub id: i64,
    /// On its way out too.
    #[deprecated]
    #[api(optional)]
    pub legacy_id: Option<i64>,
    /// A value on its way out.
    pub state: StrictLegacyState,
}

/// An enum with a variant on its way out.
#[derive(ApiModel, Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum StrictLegacyState {
    /// Current.
    Running,
    /// On its way out.
    #[deprecated]
    Stopped,
}
