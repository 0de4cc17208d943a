//! Data Centers (deprecated by the API: their endpoints go away after 01 October 2026).

use super::NameSort;
use crate::hetzner::datacenters::{DatacenterResponse, DatacentersPage};
use crate::operation;

operation! {
    /// List Data Centers: returns all Data Centers, filtered and sorted as asked.
    #[derive(Default)]
    pub struct ListDatacenters: GET "/datacenters" -> DatacentersPage {
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
    /// Get a Data Center: returns a specific Data Center.
    pub struct GetDatacenter: GET "/datacenters/{id}" -> DatacenterResponse {
        path {
            /// ID of the Data Center.
            id: i64,
        }
    }
}
