//! Servers and Server Actions.

use super::ResourceSort;
use crate::hetzner::actions::ActionResponse;
use crate::hetzner::images::{CreateImageRequest, CreateImageResponse};
use crate::hetzner::servers::{
    CreateServerRequest, CreateServerResponse, ServerResponse, ServerStatus, ServersPage,
    UpdateServerRequest,
};
use crate::operation;

operation! {
    /// List Servers: returns all existing Server objects, filtered and sorted as asked.
    #[derive(Default)]
    pub struct ListServers: GET "/servers" -> ServersPage {
        query {
            /// Filter resources by their name.
            name: Option<String>,
            /// Filter resources by labels.
            label_selector: Option<String>,
            /// Sort resources by field and direction. May be used multiple times.
            sort: Vec<ResourceSort>,
            /// Filter resources by status. May be used multiple times.
            status: Vec<ServerStatus>,
            /// Page number to return.
            page: Option<i64>,
            /// Maximum number of entries returned per page.
            per_page: Option<i64>,
        }
    }
}

operation! {
    /// Create a Server.
    pub struct CreateServer: POST "/servers" (CreateServerRequest) -> CreateServerResponse {}
}

operation! {
    /// Get a Server: returns a specific Server object.
    pub struct GetServer: GET "/servers/{id}" -> ServerResponse {
        path {
            /// ID of the Server.
            id: i64,
        }
    }
}

operation! {
    /// Update a Server: its name or labels.
    pub struct UpdateServer: PUT "/servers/{id}" (UpdateServerRequest) -> ServerResponse {
        path {
            /// ID of the Server.
            id: i64,
        }
    }
}

operation! {
    /// Delete a Server: deletes it immediately, with its disks.
    pub struct DeleteServer: DELETE "/servers/{id}" -> ActionResponse {
        path {
            /// ID of the Server.
            id: i64,
        }
    }
}

operation! {
    /// Create Image from a Server: a snapshot or backup of its disk.
    pub struct CreateServerImage: POST "/servers/{id}/actions/create_image" (CreateImageRequest) -> CreateImageResponse {
        path {
            /// ID of the Server.
            id: i64,
        }
    }
}
