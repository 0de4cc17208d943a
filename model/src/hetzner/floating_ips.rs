//! Floating IPs: addresses that move between Servers, and the requests that make, change and
//! assign them.

use crate::hetzner::actions::Action;
use crate::hetzner::common::{IdOrName, Labels};
use crate::hetzner::images::Protection;
use crate::hetzner::locations::Location;
use crate::hetzner::pricing::IpType;
use crate::runtime::patch::Patch;
use hcloud_model_macros::ApiModel;

/// A Floating IP: an IPv4 address or IPv6 network, assigned to at most one Server at a time.
#[derive(ApiModel, Debug, Clone, PartialEq)]
pub struct FloatingIp {
    /// ID of the [Floating IP](https://docs.hetzner.cloud/#tag/floating-ips).
    pub id: i64,
    /// Name of the Resource. Must be unique per Project.
    pub name: String,
    /// Description of the Resource.
    pub description: Option<String>,
    /// IP address.
    pub ip: String,
    /// The Floating IP type.
    pub r#type: IpType,
    /// [Server](https://docs.hetzner.cloud/#tag/servers) the [Floating IP](https://docs.hetzner.cloud/#tag/floating-ips) is assigned to.
    ///
    /// `null` if not assigned.
    pub server: Option<i64>,
    /// List of reverse DNS entries for the [Floating IP](https://docs.hetzner.cloud/#tag/floating-ips).
    pub dns_ptr: Vec<DnsPtrRecord>,
    /// Home Location: routing is optimized for it.
    pub home_location: Location,
    /// Indicates whether the [Floating IP](https://docs.hetzner.cloud/#tag/floating-ips) is blocked.
    pub blocked: bool,
    /// Protection configuration for the Resource.
    pub protection: Protection,
    /// User-defined labels (`key/value` pairs) for the Resource.
    /// For more information, see "[Labels](https://docs.hetzner.cloud/#description/labels)".
    pub labels: Labels,
    /// Point in time when the Resource was created (in [RFC3339](https://datatracker.ietf.org/doc/html/rfc3339#section-5.6) format).
    #[api(format = "date-time")]
    pub created: String,
}

/// A reverse DNS entry of a Floating IP or Primary IP: which address points to which name.
#[derive(ApiModel, Debug, Clone, PartialEq)]
pub struct DnsPtrRecord {
    /// Single IPv4 or IPv6 address of the record.
    pub ip: String,
    /// Domain Name to point to.
    ///
    /// PTR record content used for reverse DNS.
    pub dns_ptr: String,
}

/// The body of `GET /floating_ips/{id}` and of `PUT /floating_ips/{id}`'s response.
#[derive(ApiModel, Debug, Clone, PartialEq)]
pub struct FloatingIpResponse {
    /// The Floating IP.
    pub floating_ip: FloatingIp,
}

crate::list_response! {
    /// The body of `GET /floating_ips`: one page of Floating IPs.
    pub struct FloatingIpsPage { floating_ips: Vec<FloatingIp> }
}

/// The body of `POST /floating_ips`: the new Floating IP, in a home Location or assigned to a
/// Server.
#[derive(ApiModel, Debug, Clone, PartialEq)]
#[api(title = "FloatingIPCreateRequest")]
pub struct CreateFloatingIpRequest {
    /// The Floating IP type.
    pub r#type: IpType,
    /// [Server](https://docs.hetzner.cloud/#tag/servers) the [Floating IP](https://docs.hetzner.cloud/#tag/floating-ips) is assigned to.
    ///
    /// `null` if not assigned.
    pub server: Patch<i64>,
    /// Home [Location](https://docs.hetzner.cloud/#tag/locations) for the [Floating IP](https://docs.hetzner.cloud/#tag/floating-ips).
    ///
    /// Either the ID or the name of the [Location](https://docs.hetzner.cloud/#tag/locations).
    ///
    /// Only optional if no [Server](https://docs.hetzner.cloud/#tag/servers) is provided. Routing is optimized for this [Locations](https://docs.hetzner.cloud/#tag/locations).
    #[api(optional)]
    pub home_location: Option<IdOrName>,
    /// Description of the Resource.
    pub description: Patch<String>,
    /// Name of the Resource. Must be unique per Project.
    #[api(optional)]
    pub name: Option<String>,
    /// User-defined labels (`key/value` pairs) for the Resource.
    /// For more information, see "[Labels](https://docs.hetzner.cloud/#description/labels)".
    #[api(optional)]
    pub labels: Option<Labels>,
}

/// The body of `POST /floating_ips`' response: the new Floating IP, and the Action assigning it.
#[derive(ApiModel, Debug, Clone, PartialEq)]
pub struct CreateFloatingIpResponse {
    /// The Floating IP created.
    pub floating_ip: FloatingIp,
    /// Action will only be returned if the [Floating IP](https://docs.hetzner.cloud/#tag/floating-ips) is getting assigned.
    ///
    /// `null` otherwise.
    pub action: Option<Action>,
}

/// The body of `PUT /floating_ips/{id}`: what to change; what is left out stays as it is.
#[derive(ApiModel, Debug, Clone, PartialEq)]
#[api(title = "FloatingIPUpdateRequest")]
pub struct UpdateFloatingIpRequest {
    /// Description of the Resource.
    pub description: Patch<String>,
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
}

/// The body of `POST /floating_ips/{id}/actions/assign`.
#[derive(ApiModel, Debug, Clone, PartialEq)]
#[api(title = "FloatingIPActionsAssignRequest")]
pub struct AssignFloatingIpRequest {
    /// [Server](https://docs.hetzner.cloud/#tag/servers) the [Floating IP](https://docs.hetzner.cloud/#tag/floating-ips) is assigned to.
    ///
    /// `null` if not assigned.
    pub server: Option<i64>,
}
