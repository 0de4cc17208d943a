//! Server types: the sizes a server comes in, with their prices per location.

use crate::hetzner::common::{DeprecationInfo, Price};
use crate::hetzner::images::Architecture;
use crate::runtime::patch::Patch;
use hcloud_model_macros::ApiModel;

/// A Server type: cores, memory and disk of a server, and what it costs where.
#[derive(ApiModel, Debug, Clone, PartialEq)]
pub struct ServerType {
    /// ID of the Server type.
    pub id: i64,
    /// Unique identifier of the Server type.
    pub name: String,
    /// Description of the Server type.
    pub description: String,
    /// Number of cpu cores a Server of this type will have.
    pub cores: f64,
    /// Memory a Server of this type will have in GB.
    pub memory: f64,
    /// Disk size a Server of this type will have in GB.
    pub disk: f64,
    /// This field is deprecated. Use the deprecation object instead.
    pub deprecated: bool,
    /// Price per [Location](https://docs.hetzner.cloud/#tag/locations).
    pub prices: Vec<ServerTypePrice>,
    /// Type of Server boot drive. Local has higher speed. Network has better availability.
    pub storage_type: StorageType,
    /// Type of cpu.
    pub cpu_type: CpuType,
    /// Category of Server Type.
    #[api(optional)]
    pub category: Option<String>,
    /// CPU architecture of the Server Type.
    pub architecture: Architecture,
    /// This field is deprecated.
    ///
    /// Use the `deprecation` object in the `locations` field instead (`.locations[].deprecation`).
    pub deprecation: Patch<DeprecationInfo>,
    /// Supported [Location](https://docs.hetzner.cloud/#tag/locations) and per [Location](https://docs.hetzner.cloud/#tag/locations) details for the [Server Type](https://docs.hetzner.cloud/#tag/server-types).
    ///
    /// A [Server Type](https://docs.hetzner.cloud/#tag/server-types) is:
    ///  - only supported in the [Location](https://docs.hetzner.cloud/#tag/locations) that are listed.
    ///  - deprecated in the [Location](https://docs.hetzner.cloud/#tag/locations) when the `deprecation` property is set.
    ///  - permanently unavailable in the [Location](https://docs.hetzner.cloud/#tag/locations) when the `deprecation.unavailable_after` date is in the past.
    ///  - temporarily unavailable in the [Location](https://docs.hetzner.cloud/#tag/locations) when the `deprecation.available` is false.
    pub locations: Vec<ServerTypeLocation>,
}

/// What a Server type costs in one Location.
#[derive(ApiModel, Debug, Clone, PartialEq)]
pub struct ServerTypePrice {
    /// Name of the [Location](https://docs.hetzner.cloud/#tag/locations) the price is for.
    pub location: String,
    /// Hourly price in this [Location](https://docs.hetzner.cloud/#tag/locations).
    pub price_hourly: Price,
    /// Monthly price in this [Location](https://docs.hetzner.cloud/#tag/locations).
    pub price_monthly: Price,
    /// Free traffic per month in bytes in this [Location](https://docs.hetzner.cloud/#tag/locations).
    pub included_traffic: i64,
    /// Additional traffic price per TB in this [Location](https://docs.hetzner.cloud/#tag/locations).
    pub price_per_tb_traffic: Price,
}

/// A [Location](https://docs.hetzner.cloud/#tag/locations) (containing only id and name) and Server Type specific metadata.
#[derive(ApiModel, Debug, Clone, PartialEq)]
pub struct ServerTypeLocation {
    /// ID of the [Location](https://docs.hetzner.cloud/#tag/locations).
    pub id: i64,
    /// Name of the [Location](https://docs.hetzner.cloud/#tag/locations).
    pub name: String,
    /// Describes if, when and how the resource is deprecated. If this field is
    /// set to `null` the resource is not deprecated. If a value is set, it is
    /// considered deprecated.
    pub deprecation: Option<DeprecationInfo>,
    /// Whether the [Server Type](https://docs.hetzner.cloud/#tag/server-types) is recommended in this [Location](https://docs.hetzner.cloud/#tag/locations).
    pub recommended: bool,
    /// Whether the [Server Type](https://docs.hetzner.cloud/#tag/server-types) is temporarily unavailable in this [Location](https://docs.hetzner.cloud/#tag/locations).
    pub available: bool,
}

/// Type of Server boot drive.
#[derive(ApiModel, Debug, Clone, PartialEq, Eq, Hash)]
pub enum StorageType {
    /// A disk in the host: higher speed: `local`.
    Local,
    /// A disk over the network: better availability: `network`.
    Network,
    /// A value this version does not know yet, kept exactly as the API sent it.
    #[api(other)]
    Other(String),
}

/// Type of cpu.
#[derive(ApiModel, Debug, Clone, PartialEq, Eq, Hash)]
pub enum CpuType {
    /// vCPUs shared with other servers: `shared`.
    Shared,
    /// vCPUs dedicated to this server: `dedicated`.
    Dedicated,
    /// A value this version does not know yet, kept exactly as the API sent it.
    #[api(other)]
    Other(String),
}

/// The body of `GET /server_types/{id}`.
#[derive(ApiModel, Debug, Clone, PartialEq)]
pub struct ServerTypeResponse {
    /// The Server type.
    pub server_type: ServerType,
}

crate::list_response! {
    /// The body of `GET /server_types`: one page of Server types.
    pub struct ServerTypesPage { server_types: Vec<ServerType> }
}
