//! Server Types.

use crate::hetzner::server_types::{ServerTypeResponse, ServerTypesPage};
use crate::operation;

operation! {
    /// List Server Types: returns all Server types, filtered as asked.
    #[derive(Default)]
    pub struct ListServerTypes: GET "/server_types" -> ServerTypesPage {
        query {
            /// Filter resources by their name.
            name: Option<String>,
            /// Page number to return.
            page: Option<i64>,
            /// Maximum number of entries returned per page.
            per_page: Option<i64>,
        }
    }
}

operation! {
    /// Get a Server Type: returns a specific Server type.
    pub struct GetServerType: GET "/server_types/{id}" -> ServerTypeResponse {
        path {
            /// ID of the Server type.
            id: i64,
        }
    }
}
