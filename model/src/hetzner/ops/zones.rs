//! Zones.

use super::ResourceSort;
use crate::hetzner::actions::ActionResponse;
use crate::hetzner::zones::{
    CreateZoneRequest, CreateZoneResponse, UpdateZoneRequest, ZoneMode, ZoneResponse,
    ZonefileResponse, ZonesPage,
};
use crate::operation;

operation! {
    /// List Zones: returns all Zones, filtered and sorted as asked.
    #[derive(Default)]
    pub struct ListZones: GET "/zones" -> ZonesPage {
        query {
            /// Filter resources by their name.
            name: Option<String>,
            /// Filter resources by their mode.
            mode: Option<ZoneMode>,
            /// Filter resources by labels.
            label_selector: Option<String>,
            /// Sort resources by field and direction. May be used multiple times.
            sort: Vec<ResourceSort>,
            /// Page number to return.
            page: Option<i64>,
            /// Maximum number of entries returned per page.
            per_page: Option<i64>,
        }
    }
}

operation! {
    /// Create a Zone: with a default `SOA` and three `NS` records of the assigned Hetzner
    /// nameservers.
    pub struct CreateZone: POST "/zones" (CreateZoneRequest) -> CreateZoneResponse {}
}

operation! {
    /// Get a Zone: returns a specific Zone.
    pub struct GetZone: GET "/zones/{id_or_name}" -> ZoneResponse {
        path {
            /// ID or Name of the Zone.
            id_or_name: String,
        }
    }
}

operation! {
    /// Update a Zone: its labels (RRSets change through the RRSet Actions).
    pub struct UpdateZone: PUT "/zones/{id_or_name}" (UpdateZoneRequest) -> ZoneResponse {
        path {
            /// ID or Name of the Zone.
            id_or_name: String,
        }
    }
}

operation! {
    /// Delete a Zone.
    pub struct DeleteZone: DELETE "/zones/{id_or_name}" -> ActionResponse {
        path {
            /// ID or Name of the Zone.
            id_or_name: String,
        }
    }
}

operation! {
    /// Export a Zone file: the Zone in BIND format (primary Zones only).
    pub struct GetZoneZonefile: GET "/zones/{id_or_name}/zonefile" -> ZonefileResponse {
        path {
            /// ID or Name of the Zone.
            id_or_name: String,
        }
    }
}
