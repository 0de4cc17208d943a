//! Locations.

use super::NameSort;
use crate::hetzner::locations::{LocationResponse, LocationsPage};
use crate::operation;

operation! {
    /// List Locations: returns all Locations, filtered and sorted as asked.
    #[derive(Default)]
    pub struct ListLocations: GET "/locations" -> LocationsPage {
        query {
            /// Filter resources by their name.
            name: Option<String>,
            /// Sort resources by field and direction. May be used multiple times.
            sort: Vec<NameSort>,
            /// Page number to return.
            page: Option<i64>,
            /// Maximum number of entries returned per page.
            per_page: Option<i64>,
        }
    }
}

operation! {
    /// Get a Location: returns a specific Location.
    pub struct GetLocation: GET "/locations/{id}" -> LocationResponse {
        path {
            /// ID of the Location.
            id: i64,
        }
    }
}
