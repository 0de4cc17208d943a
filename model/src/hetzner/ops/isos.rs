//! ISOs.

use crate::hetzner::images::Architecture;
use crate::hetzner::isos::{IsoResponse, IsosPage};
use crate::operation;

operation! {
    /// List ISOs: returns all available ISOs, filtered as asked.
    #[derive(Default)]
    pub struct ListIsos: GET "/isos" -> IsosPage {
        query {
            /// Filter resources by their name.
            name: Option<String>,
            /// Filter resources by CPU architecture.
            architecture: Option<Architecture>,
            /// Also return ISOs without an architecture (which fit any) when filtering by one.
            include_architecture_wildcard: Option<bool>,
            /// Page number to return.
            page: Option<i64>,
            /// Maximum number of entries returned per page.
            per_page: Option<i64>,
        }
    }
}

operation! {
    /// Get an ISO: returns a specific ISO.
    pub struct GetIso: GET "/isos/{id}" -> IsoResponse {
        path {
            /// ID of the ISO.
            id: i64,
        }
    }
}
