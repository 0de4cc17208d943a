//! Primary IPs: the public addresses of Servers, and the requests that make, change and assign
//! them.

use crate::hetzner::actions::Action;
use crate::hetzner::common::{IdOrName, Labels};
use crate::hetzner::floating_ips::DnsPtrRecord;
use crate::hetzner::images::Protection;
use crate::hetzner::locations::Location;
use crate::hetzner::pricing::IpType;
use crate::runtime::patch::Patch;
use hcloud_model_macros::ApiModel;

/// A Primary IP: an IPv4 address or IPv6 network bound to a Location, the public address of at
/// most one Server there.
#[derive(ApiModel, Debug, Clone, PartialEq)]
#[api(title = "PrimaryIP")]
pub struct PrimaryIp {
    /// ID of the [Primary IP](https://docs.hetzner.cloud/#tag/primary-ips).
    pub id: i64,
    /// Name of the Resource. Must be unique per Project.
    pub name: String,
    /// User-defined labels (`key/value` pairs) for the Resource.
    /// For more information, see "[Labels](https://docs.hetzner.cloud/#description/labels)".
    pub labels: Labels,
    /// Point in time when the Resource was created (in [RFC3339](https://datatracker.ietf.org/doc/html/rfc3339#section-5.6) format).
    #[api(format = "date-time")]
    pub created: String,
    /// Blocked state of the [Primary IP](https://docs.hetzner.cloud/#tag/primary-ips).
    pub blocked: bool,
    /// [Location](https://docs.hetzner.cloud/#tag/locations) of the [Primary IP](https://docs.hetzner.cloud/#tag/primary-ips).
    pub location: Location,
    /// IP address.
    pub ip: String,
    /// List of reverse DNS records.
    pub dns_ptr: Vec<DnsPtrRecord>,
    /// Protection configuration for the Resource.
    pub protection: Protection,
    /// [Primary IP](https://docs.hetzner.cloud/#tag/primary-ips) type.
    pub r#type: IpType,
    /// Auto deletion state.
    ///
    /// If enabled the [Primary IP](https://docs.hetzner.cloud/#tag/primary-ips) will be deleted once the assigned resource gets deleted.
    pub auto_delete: bool,
    /// Type of resource the [Primary IP](https://docs.hetzner.cloud/#tag/primary-ips) is assigned to.
    ///
    /// As of 01 August 2026 `unassigned` will be returned if the [Primary IP](https://docs.hetzner.cloud/#tag/primary-ips) is not assigned
    /// (read as [`AssigneeType::Other`]).
    pub assignee_type: AssigneeType,
    /// ID of resource the [Primary IP](https://docs.hetzner.cloud/#tag/primary-ips) is assigned to.
    ///
    /// `null` if the [Primary IP](https://docs.hetzner.cloud/#tag/primary-ips) is not assigned.
    pub assignee_id: Option<i64>,
}

/// Type of resource a [Primary IP](https://docs.hetzner.cloud/#tag/primary-ips) is assigned to.
#[derive(ApiModel, Debug, Clone, PartialEq, Eq, Hash)]
pub enum AssigneeType {
    /// A [Server](https://docs.hetzner.cloud/#tag/servers): `server`.
    Server,
    /// A value this version does not know yet, kept exactly as the API sent it.
    #[api(other)]
    Other(String),
}

/// The body of `GET /primary_ips/{id}` and of `PUT /primary_ips/{id}`'s response.
#[derive(ApiModel, Debug, Clone, PartialEq)]
#[api(title = "PrimaryIPResponse")]
pub struct PrimaryIpResponse {
    /// The Primary IP.
    pub primary_ip: PrimaryIp,
}

crate::list_response! {
    /// The body of `GET /primary_ips`: one page of Primary IPs.
    #[api(title = "PrimaryIPsResponse")]
    pub struct PrimaryIpsPage { primary_ips: Vec<PrimaryIp> }
}

/// The body of `POST /primary_ips`: the new Primary IP, in a Location or assigned to a resource.
#[derive(ApiModel, Debug, Clone, PartialEq)]
#[api(title = "PrimaryIPCreateRequest")]
pub struct CreatePrimaryIpRequest {
    /// Name of the Resource. Must be unique per Project.
    pub name: String,
    /// User-defined labels (`key/value` pairs) for the Resource.
    /// For more information, see "[Labels](https://docs.hetzner.cloud/#description/labels)".
    #[api(optional)]
    pub labels: Option<Labels>,
    /// [Primary IP](https://docs.hetzner.cloud/#tag/primary-ips) type.
    pub r#type: IpType,
    /// [Location](https://docs.hetzner.cloud/#tag/locations) ID or name the [Primary IP](https://docs.hetzner.cloud/#tag/primary-ips) will be bound to.
    ///
    /// Omit if `assignee_id`/`assignee_type` or `datacenter` are provided.
    #[api(optional)]
    pub location: Option<IdOrName>,
    /// Type of resource to assign the [Primary IP](https://docs.hetzner.cloud/#tag/primary-ips) to.
    ///
    /// Omitted if the [Primary IP](https://docs.hetzner.cloud/#tag/primary-ips) should not get assigned.
    #[api(optional)]
    pub assignee_type: Option<AssigneeType>,
    /// ID of resource to assign the [Primary IP](https://docs.hetzner.cloud/#tag/primary-ips) to.
    ///
    /// Omitted if the [Primary IP](https://docs.hetzner.cloud/#tag/primary-ips) should not get assigned.
    pub assignee_id: Patch<i64>,
    /// Auto deletion state.
    ///
    /// If enabled the [Primary IP](https://docs.hetzner.cloud/#tag/primary-ips) will be deleted once the assigned resource gets deleted.
    /// Left out, it is `false`.
    #[api(optional)]
    pub auto_delete: Option<bool>,
}

/// The body of `POST /primary_ips`' response: the new Primary IP, and the Action assigning it.
#[derive(ApiModel, Debug, Clone, PartialEq)]
#[api(title = "CreatePrimaryIPResponse")]
pub struct CreatePrimaryIpResponse {
    /// The Primary IP created.
    pub primary_ip: PrimaryIp,
    /// Action will only be returned if the [Primary IP](https://docs.hetzner.cloud/#tag/primary-ips) is getting assigned.
    ///
    /// `null` otherwise.
    pub action: Option<Action>,
}

/// The body of `PUT /primary_ips/{id}`: what to change; what is left out stays as it is.
#[derive(ApiModel, Debug, Clone, PartialEq)]
#[api(title = "PrimaryIPUpdateRequest")]
pub struct UpdatePrimaryIpRequest {
    /// Name of the Resource. Must be unique per Project.
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
    /// Auto deletion state.
    ///
    /// If enabled the [Primary IP](https://docs.hetzner.cloud/#tag/primary-ips) will be deleted once the assigned resource gets deleted.
    #[api(optional)]
    pub auto_delete: Option<bool>,
}

/// The body of `POST /primary_ips/{id}/actions/assign`: the resource to assign the Primary IP to.
#[derive(ApiModel, Debug, Clone, PartialEq)]
#[api(title = "PrimaryIPActionsAssignRequest")]
pub struct AssignPrimaryIpRequest {
    /// Type of resource assigning the Primary IP to.
    pub assignee_type: AssigneeType,
    /// ID of a resource of type `assignee_type`.
    pub assignee_id: i64,
}
