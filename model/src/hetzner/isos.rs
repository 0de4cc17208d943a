//! ISOs: installation media that can be attached to a server.

use crate::hetzner::common::DeprecationInfo;
use crate::hetzner::images::Architecture;
use hcloud_model_macros::ApiModel;

/// ISO Image that is attached to this Server.
#[derive(ApiModel, Debug, Clone, PartialEq)]
pub struct Iso {
    /// ID of the [ISO](https://docs.hetzner.cloud/#tag/isos).
    pub id: i64,
    /// Unique identifier of the ISO. Only set for public ISOs.
    pub name: Option<String>,
    /// Description of the ISO.
    pub description: String,
    /// Type of the ISO.
    pub r#type: Option<IsoType>,
    /// Describes if, when and how the resource is deprecated. If this field is
    /// set to `null` the resource is not deprecated. If a value is set, it is
    /// considered deprecated.
    pub deprecation: Option<DeprecationInfo>,
    /// CPU architecture compatible with the ISO.
    ///
    /// Null indicates no restriction on the architecture (wildcard).
    pub architecture: Option<Architecture>,
}

/// Type of the ISO.
#[derive(ApiModel, Debug, Clone, PartialEq, Eq, Hash)]
pub enum IsoType {
    /// Provided by Hetzner for everyone: `public`.
    Public,
    /// Uploaded for one project: `private`.
    Private,
    /// A value this version does not know yet, kept exactly as the API sent it.
    #[api(other)]
    Other(String),
}

/// The body of `GET /isos/{id}`.
#[derive(ApiModel, Debug, Clone, PartialEq)]
pub struct IsoResponse {
    /// The ISO.
    pub iso: Iso,
}

crate::list_response! {
    /// The body of `GET /isos`: one page of ISOs.
    pub struct IsosPage { isos: Vec<Iso> }
}
