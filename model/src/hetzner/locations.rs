//! Locations: the sites resources run in.

use hcloud_model_macros::ApiModel;

/// Location this Resource is located at.
#[derive(ApiModel, Debug, Clone, PartialEq)]
pub struct Location {
    /// ID of the [Location](https://docs.hetzner.cloud/#tag/locations).
    pub id: i64,
    /// Unique identifier of the [Location](https://docs.hetzner.cloud/#tag/locations).
    pub name: String,
    /// Human readable description of the [Location](https://docs.hetzner.cloud/#tag/locations).
    pub description: String,
    /// Country the [Location](https://docs.hetzner.cloud/#tag/locations) resides in.
    ///
    /// ISO 3166-1 alpha-2 code of the country.
    pub country: String,
    /// Name of the closest city to the [Location](https://docs.hetzner.cloud/#tag/locations).
    ///
    /// City name or city name and state in short form. E.g. `Falkenstein` or `Ashburn, VA`.
    pub city: String,
    /// Latitude of the city closest to the [Location](https://docs.hetzner.cloud/#tag/locations).
    #[api(format = "double")]
    pub latitude: f64,
    /// Longitude of the city closest to the [Location](https://docs.hetzner.cloud/#tag/locations).
    #[api(format = "double")]
    pub longitude: f64,
    /// Name of the Network Zone this [Location](https://docs.hetzner.cloud/#tag/locations) resides in.
    pub network_zone: String,
}

/// The body of `GET /locations/{id}`.
#[derive(ApiModel, Debug, Clone, PartialEq)]
pub struct LocationResponse {
    /// The Location.
    pub location: Location,
}

crate::list_response! {
    /// The body of `GET /locations`: one page of Locations.
    pub struct LocationsPage {
        /// List of [Locations](https://docs.hetzner.cloud/#tag/locations).
        locations: Vec<Location>
    }
}
