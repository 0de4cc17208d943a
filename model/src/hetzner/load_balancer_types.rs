//! Load Balancer types: the sizes a Load Balancer comes in, with their limits and prices per
//! Location.

use crate::hetzner::common::DeprecationInfo;
use crate::hetzner::server_types::ServerTypePrice;
use hcloud_model_macros::ApiModel;

/// A Load Balancer type: how many connections, services, targets and Certificates a Load
/// Balancer of this type takes, and what it costs where.
#[derive(ApiModel, Debug, Clone, PartialEq)]
pub struct LoadBalancerType {
    /// ID of the Load Balancer type.
    pub id: i64,
    /// Unique identifier of the Load Balancer type.
    pub name: String,
    /// Description of the Load Balancer type.
    pub description: String,
    /// Number of maximum simultaneous open connections.
    pub max_connections: i64,
    /// Number of services a Load Balancer of this type can have.
    pub max_services: i64,
    /// Number of targets a single Load Balancer can have.
    pub max_targets: i64,
    /// Number of SSL Certificates that can be assigned to a single Load Balancer.
    pub max_assigned_certificates: i64,
    /// **Deprecated:** This field is deprecated. Use the `deprecation` object instead.
    ///
    /// Point in time when the Load Balancer type is deprecated (in [RFC3339](https://datatracker.ietf.org/doc/html/rfc3339#section-5.6) format).
    #[api(format = "date-time")]
    pub deprecated: Option<String>,
    /// Describes if, when and how the resource is deprecated. If this field is
    /// set to `null` the resource is not deprecated. If a value is set, it is
    /// considered deprecated.
    pub deprecation: Option<DeprecationInfo>,
    /// Price per [Location](https://docs.hetzner.cloud/#tag/locations).
    ///
    /// The same four prices as a Server type's in one Location, so [`ServerTypePrice`] serves.
    pub prices: Vec<ServerTypePrice>,
}

/// The body of `GET /load_balancer_types/{id}`.
#[derive(ApiModel, Debug, Clone, PartialEq)]
pub struct LoadBalancerTypeResponse {
    /// The Load Balancer type.
    pub load_balancer_type: LoadBalancerType,
}

crate::list_response! {
    /// The body of `GET /load_balancer_types`: one page of Load Balancer types.
    pub struct LoadBalancerTypesPage { load_balancer_types: Vec<LoadBalancerType> }
}
