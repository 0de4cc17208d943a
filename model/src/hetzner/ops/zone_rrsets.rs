//! Zone RRSets and Zone RRSet Actions.

use super::ResourceSort;
use crate::hetzner::actions::ActionResponse;
use crate::hetzner::zone_rrsets::{
    AddZoneRrsetRecordsRequest, ChangeZoneRrsetProtectionRequest, ChangeZoneRrsetTtlRequest,
    CreateZoneRrsetRequest, CreateZoneRrsetResponse, RemoveZoneRrsetRecordsRequest, RrsetResponse,
    RrsetType, RrsetsPage, SetZoneRrsetRecordsRequest, UpdateZoneRrsetRecordsRequest,
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

operation! {
    /// Change an RRSet's Protection (primary Zones only).
    pub struct ChangeZoneRrsetProtection: POST "/zones/{id_or_name}/rrsets/{rr_name}/{rr_type}/actions/change_protection" (ChangeZoneRrsetProtectionRequest) -> ActionResponse {
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
    /// Change an RRSet's TTL (primary Zones only).
    pub struct ChangeZoneRrsetTtl: POST "/zones/{id_or_name}/rrsets/{rr_name}/{rr_type}/actions/change_ttl" (ChangeZoneRrsetTtlRequest) -> ActionResponse {
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
    /// Set Records of an RRSet: overwrites them (primary Zones only).
    pub struct SetZoneRrsetRecords: POST "/zones/{id_or_name}/rrsets/{rr_name}/{rr_type}/actions/set_records" (SetZoneRrsetRecordsRequest) -> ActionResponse {
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
    /// Add Records to an RRSet: creates it if missing (primary Zones only).
    pub struct AddZoneRrsetRecords: POST "/zones/{id_or_name}/rrsets/{rr_name}/{rr_type}/actions/add_records" (AddZoneRrsetRecordsRequest) -> ActionResponse {
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
    /// Remove Records from an RRSet: deletes it once empty (primary Zones only).
    pub struct RemoveZoneRrsetRecords: POST "/zones/{id_or_name}/rrsets/{rr_name}/{rr_type}/actions/remove_records" (RemoveZoneRrsetRecordsRequest) -> ActionResponse {
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
    /// Update Records of an RRSet: their comments (primary Zones only).
    pub struct UpdateZoneRrsetRecords: POST "/zones/{id_or_name}/rrsets/{rr_name}/{rr_type}/actions/update_records" (UpdateZoneRrsetRecordsRequest) -> ActionResponse {
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
