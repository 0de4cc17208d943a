//! Networks: private networks of Servers and Load Balancers, their subnets and routes, and the
//! requests that make and change them.

use crate::hetzner::common::Labels;
use crate::hetzner::images::Protection;
use crate::runtime::patch::Patch;
use hcloud_model_macros::ApiModel;

/// A private Network: an IP range split into subnets, with routes to gateways inside it.
#[derive(ApiModel, Debug, Clone, PartialEq)]
pub struct Network {
    /// ID of the [Network](https://docs.hetzner.cloud/#tag/networks).
    pub id: i64,
    /// Name of the [Network](https://docs.hetzner.cloud/#tag/networks).
    pub name: String,
    /// IP range of the [Network](https://docs.hetzner.cloud/#tag/networks).
    ///
    /// Uses CIDR notation.
    pub ip_range: String,
    /// List of subnets allocated in this [Network](https://docs.hetzner.cloud/#tag/networks).
    pub subnets: Vec<Subnet>,
    /// Array of routes set in this [Network](https://docs.hetzner.cloud/#tag/networks).
    pub routes: Vec<Route>,
    /// Array of IDs of [Servers](https://docs.hetzner.cloud/#tag/servers) attached to this [Network](https://docs.hetzner.cloud/#tag/networks).
    pub servers: Vec<i64>,
    /// Array of IDs of [Load Balancers](https://docs.hetzner.cloud/#tag/load-balancers) attached to this [Network](https://docs.hetzner.cloud/#tag/networks).
    #[api(optional)]
    pub load_balancers: Option<Vec<i64>>,
    /// Protection configuration for the Resource.
    pub protection: Protection,
    /// User-defined labels (`key/value` pairs) for the Resource.
    /// For more information, see "[Labels](https://docs.hetzner.cloud/#description/labels)".
    pub labels: Labels,
    /// Point in time when the Resource was created (in [RFC3339](https://datatracker.ietf.org/doc/html/rfc3339#section-5.6) format).
    #[api(format = "date-time")]
    pub created: String,
    /// Indicates if the routes from this [Network](https://docs.hetzner.cloud/#tag/networks) should be exposed to the vSwitch connection.
    pub expose_routes_to_vswitch: bool,
}

/// A subnet of a [`Network`], as the API reports it.
#[derive(ApiModel, Debug, Clone, PartialEq)]
pub struct Subnet {
    /// Type of subnet.
    pub r#type: SubnetType,
    /// IP range of the subnet.
    ///
    /// Uses CIDR notation.
    #[api(optional)]
    pub ip_range: Option<String>,
    /// Name of the [Network Zone](https://docs.hetzner.cloud/#tag/network-zones).
    ///
    /// The [Location](https://docs.hetzner.cloud/#tag/locations) contains the `network_zone` property it belongs to.
    pub network_zone: String,
    /// Gateway for [Servers](https://docs.hetzner.cloud/#tag/servers) attached to this subnet.
    ///
    /// For subnets of type `server` this is always the first IP of the subnets IP range.
    pub gateway: String,
    /// ID of the robot vSwitch if the subnet is of type `vswitch`.
    pub vswitch_id: Patch<i64>,
}

/// Type of subnet.
#[derive(ApiModel, Debug, Clone, PartialEq, Eq, Hash)]
pub enum SubnetType {
    /// Used to connect cloud [Servers](https://docs.hetzner.cloud/#tag/servers) and
    /// [Load Balancers](https://docs.hetzner.cloud/#tag/load-balancers): `cloud`.
    Cloud,
    /// Same as the `cloud` type. **Deprecated**, use the `cloud` type instead: `server`.
    Server,
    /// Used to [connect cloud Servers and Load Balancers with dedicated
    /// Servers](https://docs.hetzner.com/cloud/networks/connect-dedi-vswitch): `vswitch`.
    Vswitch,
    /// A value this version does not know yet, kept exactly as the API sent it.
    #[api(other)]
    Other(String),
}

/// A route of a [`Network`]: packages for `destination` go to `gateway`.
#[derive(ApiModel, Debug, Clone, PartialEq)]
pub struct Route {
    /// Destination network or host of the route.
    ///
    /// Packages addressed for IPs matching the destination IP prefix will be send to the specified gateway.
    ///
    /// Must be one of
    /// * private IPv4 ranges of RFC1918
    /// * or `0.0.0.0/0`.
    ///
    /// Must not overlap with
    /// * an existing ip_range in any subnets
    /// * or with any destinations in other routes
    /// * or with `172.31.1.1`.
    ///
    /// `172.31.1.1` is being used as a gateway for the public network interface of [Servers](https://docs.hetzner.cloud/#tag/servers).
    pub destination: String,
    /// Gateway of the route.
    ///
    /// Packages addressed for the specified destination will be send to this IP address.
    ///
    /// Cannot be
    /// * the first IP of the networks ip_range,
    /// * an IP behind a vSwitch or
    /// * `172.31.1.1`.
    ///
    /// `172.31.1.1` is being used as a gateway for the public network interface of [Servers](https://docs.hetzner.cloud/#tag/servers).
    pub gateway: String,
}

/// The body of `GET /networks/{id}`, and of `POST /networks`' and `PUT /networks/{id}`'s
/// responses.
#[derive(ApiModel, Debug, Clone, PartialEq)]
pub struct NetworkResponse {
    /// The Network.
    pub network: Network,
}

crate::list_response! {
    /// The body of `GET /networks`: one page of Networks.
    pub struct NetworksPage { networks: Vec<Network> }
}

/// The body of `POST /networks`: the new Network, with its subnets and routes if given.
#[derive(ApiModel, Debug, Clone, PartialEq)]
#[api(title = "NetworkCreateRequest")]
pub struct CreateNetworkRequest {
    /// Name of the [Network](https://docs.hetzner.cloud/#tag/networks).
    pub name: String,
    /// IP range of the [Network](https://docs.hetzner.cloud/#tag/networks).
    ///
    /// Uses CIDR notation.
    ///
    /// Must span all included subnets. Must be one of the private IPv4 ranges of RFC1918.
    ///
    /// Minimum network size is /24. We highly recommend that you pick a larger [Network](https://docs.hetzner.cloud/#tag/networks) with a /16 netmask.
    pub ip_range: String,
    /// User-defined labels (`key/value` pairs) for the Resource.
    /// For more information, see "[Labels](https://docs.hetzner.cloud/#description/labels)".
    #[api(optional)]
    pub labels: Option<Labels>,
    /// Array of subnets to allocate.
    #[api(optional)]
    pub subnets: Option<Vec<NewSubnet>>,
    /// Array of routes set in this [Network](https://docs.hetzner.cloud/#tag/networks).
    #[api(optional)]
    pub routes: Option<Vec<Route>>,
    /// Toggle to expose routes to the [Networks](https://docs.hetzner.cloud/#tag/networks) vSwitch.
    ///
    /// Indicates if the routes from this [Network](https://docs.hetzner.cloud/#tag/networks) should be exposed to the vSwitch in this [Network](https://docs.hetzner.cloud/#tag/networks). Only takes effect if a [vSwitch is setup](https://docs.hetzner.com/cloud/networks/connect-dedi-vswitch) in this [Network](https://docs.hetzner.cloud/#tag/networks).
    #[api(optional)]
    pub expose_routes_to_vswitch: Option<bool>,
}

/// A subnet to allocate with a new Network (`POST /networks`).
#[derive(ApiModel, Debug, Clone, PartialEq)]
pub struct NewSubnet {
    /// Type of subnet.
    pub r#type: SubnetType,
    /// IP range of the subnet.
    ///
    /// Uses CIDR notation.
    ///
    /// Must be a subnet of the parent [Networks](https://docs.hetzner.cloud/#tag/networks) `ip_range`.
    ///
    /// Must not overlap with any other subnets or with any destinations in routes.
    ///
    /// Minimum network size is /30. We highly recommend that you pick a larger subnet with a /24 netmask.
    #[api(optional)]
    pub ip_range: Option<String>,
    /// Name of the [Network Zone](https://docs.hetzner.cloud/#tag/network-zones).
    ///
    /// The [Location](https://docs.hetzner.cloud/#tag/locations) contains the `network_zone` property it belongs to.
    pub network_zone: String,
    /// ID of the robot vSwitch.
    ///
    /// Must only be supplied for subnets of type `vswitch`.
    #[api(optional)]
    pub vswitch_id: Option<i64>,
}

/// The body of `PUT /networks/{id}`: what to change; what is left out stays as it is.
#[derive(ApiModel, Debug, Clone, PartialEq)]
#[api(title = "NetworkUpdateRequest")]
pub struct UpdateNetworkRequest {
    /// New [Network](https://docs.hetzner.cloud/#tag/networks) name.
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
    /// Toggle to expose routes to the [Networks](https://docs.hetzner.cloud/#tag/networks) vSwitch.
    ///
    /// Indicates if the routes from this [Network](https://docs.hetzner.cloud/#tag/networks) should be exposed to the vSwitch in this [Network](https://docs.hetzner.cloud/#tag/networks). Only takes effect if a [vSwitch is setup](https://docs.hetzner.com/cloud/networks/connect-dedi-vswitch) in this [Network](https://docs.hetzner.cloud/#tag/networks).
    #[api(optional)]
    pub expose_routes_to_vswitch: Option<bool>,
}

/// The body of `POST /networks/{id}/actions/add_route`: the [`Route`] to add.
#[derive(ApiModel, Debug, Clone, PartialEq)]
#[api(title = "AddRouteRequest")]
pub struct AddRouteRequest {
    /// Destination network or host of the route.
    ///
    /// See [`Route::destination`] for what it must be.
    pub destination: String,
    /// Gateway of the route.
    ///
    /// See [`Route::gateway`] for what it cannot be.
    pub gateway: String,
}

/// The body of `POST /networks/{id}/actions/delete_route`: the [`Route`] to delete.
#[derive(ApiModel, Debug, Clone, PartialEq)]
#[api(title = "DeleteRouteRequest")]
pub struct DeleteRouteRequest {
    /// Destination network or host of the route.
    pub destination: String,
    /// Gateway of the route.
    pub gateway: String,
}

/// The body of `POST /networks/{id}/actions/add_subnet`: the subnet to add.
#[derive(ApiModel, Debug, Clone, PartialEq)]
#[api(title = "AddSubnetRequest")]
pub struct AddSubnetRequest {
    /// Type of subnet.
    pub r#type: SubnetType,
    /// IP range of the subnet.
    ///
    /// Uses CIDR notation.
    ///
    /// Must be a subnet of the parent [Networks](https://docs.hetzner.cloud/#tag/networks) `ip_range`.
    ///
    /// Must not overlap with any other subnets or with any destinations in routes.
    ///
    /// Minimum network size is /30. We highly recommend that you pick a larger subnet with a /24 netmask.
    #[api(optional)]
    pub ip_range: Option<String>,
    /// Name of the [Network Zone](https://docs.hetzner.cloud/#tag/network-zones).
    ///
    /// The [Location](https://docs.hetzner.cloud/#tag/locations) contains the `network_zone` it belongs to.
    pub network_zone: String,
    /// ID of the robot vSwitch.
    ///
    /// Must be supplied if the subnet is of type `vswitch`.
    #[api(optional)]
    pub vswitch_id: Option<i64>,
}

/// The body of `POST /networks/{id}/actions/delete_subnet`.
#[derive(ApiModel, Debug, Clone, PartialEq)]
#[api(title = "DeleteSubnetRequest")]
pub struct DeleteSubnetRequest {
    /// IP range in CIDR block notation of the subnet to delete.
    pub ip_range: String,
}

/// The body of `POST /networks/{id}/actions/change_ip_range`.
#[derive(ApiModel, Debug, Clone, PartialEq)]
#[api(title = "ChangeIPRangeRequest")]
pub struct ChangeIpRangeRequest {
    /// IP range of the [Network](https://docs.hetzner.cloud/#tag/networks).
    ///
    /// Uses CIDR notation.
    ///
    /// Must span all included subnets. Must be one of the private IPv4 ranges of RFC1918.
    ///
    /// Minimum network size is /24. We highly recommend that you pick a larger [Network](https://docs.hetzner.cloud/#tag/networks) with a /16 netmask.
    pub ip_range: String,
}

/// The body of `POST /networks/{id}/actions/change_protection`.
#[derive(ApiModel, Debug, Clone, PartialEq)]
#[api(title = "ChangeProtectionRequest")]
pub struct ChangeNetworkProtectionRequest {
    /// Delete protection setting.
    ///
    /// If true, prevents the [Network](https://docs.hetzner.cloud/#tag/networks) from being deleted.
    #[api(optional)]
    pub delete: Option<bool>,
}
