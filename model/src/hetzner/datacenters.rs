//! Data Centers: the sites within a Location (deprecated by the API in favour of Locations).

use crate::hetzner::common::ListMeta;
use crate::hetzner::locations::Location;
use hcloud_model_macros::ApiModel;

/// A Data Center: a site within a [Location](https://docs.hetzner.cloud/#tag/locations).
#[derive(ApiModel, Debug, Clone, PartialEq)]
pub struct Datacenter {
    /// ID of the [Data Center](https://docs.hetzner.cloud/#tag/data-centers).
    pub id: i64,
    /// Unique name for the [Data Center](https://docs.hetzner.cloud/#tag/data-centers).
    ///
    /// May be used as a more descriptive identifier.
    pub name: String,
    /// Descriptive name for the [Data Center](https://docs.hetzner.cloud/#tag/data-centers).
    ///
    /// Desired to be easy to understand for humans. May change for cosmetic reasons. Must not be used as an identifier.
    pub description: String,
    /// [Location](https://docs.hetzner.cloud/#tag/locations) the [Data Center](https://docs.hetzner.cloud/#tag/data-centers) is located at.
    pub location: Location,
    /// This field is deprecated, as all of it's properties are deprecated.
    ///
    /// [Server Types](https://docs.hetzner.cloud/#tag/server-types) supported and available in this [Data Center](https://docs.hetzner.cloud/#tag/data-centers).
    pub server_types: DatacenterServerTypes,
}

/// The [Server Types](https://docs.hetzner.cloud/#tag/server-types) of a Data Center, by ID
/// (deprecated: each Server Type's `locations` says the same).
#[derive(ApiModel, Debug, Clone, PartialEq)]
pub struct DatacenterServerTypes {
    /// This field is deprecated. Use the [Server Type](https://docs.hetzner.cloud/#tag/server-types) `locations` field instead.
    ///
    /// List of [Server Types](https://docs.hetzner.cloud/#tag/server-types) supported in this [Data Center](https://docs.hetzner.cloud/#tag/data-centers).
    ///
    /// These [Server Types](https://docs.hetzner.cloud/#tag/server-types) are generally available in this Data Center, but may be
    /// temporarily out of stock.
    pub supported: Vec<i64>,
    /// This field is deprecated. Use the `available` flag in the [Server Type](https://docs.hetzner.cloud/#tag/server-types) `locations` field instead (`server_type.locations[].available`).
    ///
    /// [Server Types](https://docs.hetzner.cloud/#tag/server-types) currently available in this [Data Center](https://docs.hetzner.cloud/#tag/data-centers).
    ///
    /// These [Server Types](https://docs.hetzner.cloud/#tag/server-types) can currently be purchased. Types that are temporarily unavailable
    /// but are supported in this [Data Center](https://docs.hetzner.cloud/#tag/data-centers) are listed as `supported`.
    pub available: Vec<i64>,
    /// This field is deprecated. Use the `available` flag in the [Server Type](https://docs.hetzner.cloud/#tag/server-types) `locations` field instead (`server_type.locations[].available`).
    ///
    /// [Server Types](https://docs.hetzner.cloud/#tag/server-types) available to migrate to in this [Data Center](https://docs.hetzner.cloud/#tag/data-centers).
    ///
    /// Existing [Servers](https://docs.hetzner.cloud/#tag/servers) can be migrated to these [Server Types](https://docs.hetzner.cloud/#tag/server-types).
    pub available_for_migration: Vec<i64>,
}

/// The body of `GET /datacenters/{id}`.
#[derive(ApiModel, Debug, Clone, PartialEq)]
pub struct DatacenterResponse {
    /// The Data Center.
    pub datacenter: Datacenter,
}

/// The body of `GET /datacenters`: one page of Data Centers, and the one recommended.
///
/// Not a [`list_response!`](crate::list_response!): beside the page it has `recommendation`.
#[derive(ApiModel, Debug, Clone, PartialEq)]
pub struct DatacentersPage {
    /// List of [Data Centers](https://docs.hetzner.cloud/#tag/data-centers).
    pub datacenters: Vec<Datacenter>,
    /// This field is deprecated. Use the `recommended` flag in the [Server Type](https://docs.hetzner.cloud/#tag/server-types) `locations` field instead (`server_type.locations[].recommended`).
    ///
    /// Recommended [Data Center](https://docs.hetzner.cloud/#tag/data-centers) for creating new resources.
    pub recommendation: i64,
    /// Pagination of the list.
    pub meta: ListMeta,
}
