//! Zone RRSets.

use super::ResourceSort;
use crate::hetzner::actions::ActionResponse;
use crate::hetzner::zone_rrsets::{
    CreateZoneRrsetRequest, CreateZoneRrsetResponse, RrsetResponse, RrsetType, RrsetsPage,
    UpdateZoneRrsetRequest,
};
use crate::operation;

operation! {
    /// List RRSets: returns all RRSets of a Zone, filtered and sorted as asked (primary Zones
    /// only; up to 100 per page).
    pub struct ListZoneRrsets: GET "/zones/{id_or_name}/rrsets" -> RrsetsPage {
        path {
            /// ID or Name of the Zone.
            id_or_name: String,
        }
        query {
            /// Filter resources by their name.
            name: Option<String>,
            /// Filter resources by their type. May be used multiple times.
            r#type as "type": Vec<RrsetType>,
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
    /// Create an RRSet in a Zone (primary Zones only).
    pub struct CreateZoneRrset: POST "/zones/{id_or_name}/rrsets" (CreateZoneRrsetRequest) -> CreateZoneRrsetResponse {
        path {
            /// ID or Name of the Zone.
            id_or_name: String,
        }
    }
}

operation! {
    /// Get an RRSet from a Zone (primary Zones only).
    pub struct GetZoneRrset: GET "/zones/{id_or_name}/rrsets/{rr_name}/{rr_type}" -> RrsetResponse {
        path {
            /// ID or Name of the Zone.
            id_or_name: String,
            /// Name of the RRSet (`@` for the Zone apex).
            rr_name: String,
            /// Type of the RRSet.
            rr_type: RrsetType,
        }
    }
}

operation! {
    /// Update an RRSet: its labels (primary Zones only).
    pub struct UpdateZoneRrset: PUT "/zones/{id_or_name}/rrsets/{rr_name}/{rr_type}" (UpdateZoneRrsetRequest) -> RrsetResponse {
        path {
            /// ID or Name of the Zone.
            id_or_name: String,
            /// Name of the RRSet (`@` for the Zone apex).
            rr_name: String,
            /// Type of the RRSet.
            rr_type: RrsetType,
        }
    }
}

operation! {
    /// Delete an RRSet from a Zone (primary Zones only).
    pub struct DeleteZoneRrset: DELETE "/zones/{id_or_name}/rrsets/{rr_name}/{rr_type}" -> ActionResponse {
        path {
            /// ID or Name of the Zone.
            id_or_name: String,
            /// Name of the RRSet (`@` for the Zone apex).
            rr_name: String,
            /// Type of the RRSet.
            rr_type: RrsetType,
        }
    }
}
