//! Placement groups: rules for where a project's servers run relative to each other.

use crate::hetzner::common::Labels;
use hcloud_model_macros::ApiModel;

/// A Placement Group: servers that the API places according to its type.
#[derive(ApiModel, Debug, Clone, PartialEq)]
pub struct PlacementGroup {
    /// ID of the [Placement Group](https://docs.hetzner.cloud/#tag/placement-groups).
    pub id: i64,
    /// Name of the Resource. Must be unique per Project.
    pub name: String,
    /// User-defined labels (`key/value` pairs) for the Resource.
    /// For more information, see "[Labels](https://docs.hetzner.cloud/#description/labels)".
    pub labels: Labels,
    /// Type of Placement Group.
    pub r#type: PlacementGroupType,
    /// Point in time when the Resource was created (in [RFC3339](https://datatracker.ietf.org/doc/html/rfc3339#section-5.6) format).
    #[api(format = "date-time")]
    pub created: String,
    /// Array of IDs of Servers that are part of this Placement Group.
    pub servers: Vec<i64>,
}

/// Type of Placement Group.
#[derive(ApiModel, Debug, Clone, PartialEq, Eq, Hash)]
pub enum PlacementGroupType {
    /// Servers are spread over different physical hosts: `spread`.
    Spread,
    /// A value this version does not know yet, kept exactly as the API sent it.
    #[api(other)]
    Other(String),
}
