//! Placement groups: rules for where a project's servers run relative to each other.

use crate::hetzner::actions::Action;
use crate::hetzner::common::Labels;
use crate::runtime::patch::Patch;
use hcloud_model_macros::ApiModel;

/// A Placement Group: servers that the API places according to its type.
#[derive(ApiModel, Debug, Clone, PartialEq)]
#[api(title = "PlacementGroup")]
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

/// The body of `GET /placement_groups/{id}` and of `PUT /placement_groups/{id}`'s response.
#[derive(ApiModel, Debug, Clone, PartialEq)]
#[api(title = "PlacementGroupResponse")]
pub struct PlacementGroupResponse {
    /// The Placement Group.
    pub placement_group: PlacementGroup,
}

crate::list_response! {
    /// The body of `GET /placement_groups`: one page of Placement Groups.
    #[api(title = "PlacementGroupsResponse")]
    pub struct PlacementGroupsPage { placement_groups: Vec<PlacementGroup> }
}

/// The body of `POST /placement_groups`: the new Placement Group.
#[derive(ApiModel, Debug, Clone, PartialEq)]
#[api(title = "CreatePlacementGroupRequest")]
pub struct CreatePlacementGroupRequest {
    /// Name of the Placement Group.
    pub name: String,
    /// User-defined labels (`key/value` pairs) for the Resource.
    /// For more information, see "[Labels](https://docs.hetzner.cloud/#description/labels)".
    #[api(optional)]
    pub labels: Option<Labels>,
    /// Define the Placement Group Type.
    pub r#type: PlacementGroupType,
}

/// The body of `POST /placement_groups`'s response: the new Placement Group.
#[derive(ApiModel, Debug, Clone, PartialEq)]
#[api(title = "CreatePlacementGroupResponse")]
pub struct CreatePlacementGroupResponse {
    /// The Placement Group created.
    pub placement_group: PlacementGroup,
    /// The Action creating it, if any.
    ///
    /// The spec's example leaves the key out and its schema allows `null`; [`Patch`] keeps which
    /// one arrived, so a response writes back as it was read.
    pub action: Patch<Action>,
}

/// The body of `PUT /placement_groups/{id}`: what to change; what is left out stays as it is.
#[derive(ApiModel, Debug, Clone, PartialEq)]
#[api(title = "UpdatePlacementGroupRequest")]
pub struct UpdatePlacementGroupRequest {
    /// New Placement Group name.
    #[api(optional)]
    pub name: Option<String>,
    /// User-defined labels (`key/value` pairs) for the Resource.
    ///
    /// Note that the set of [Labels](https://docs.hetzner.cloud/#description/labels) provided in the request will overwrite the
    /// existing one.
    ///
    /// For more information, see "[Labels](https://docs.hetzner.cloud/#description/labels)".
    #[api(optional)]
    pub labels: Option<Labels>,
}
