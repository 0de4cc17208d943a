//! SSH Keys.

use super::NameSort;
use crate::hetzner::ssh_keys::{
    CreateSshKeyRequest, SshKeyResponse, SshKeysPage, UpdateSshKeyRequest,
};
use crate::operation;

operation! {
    /// List SSH keys: returns all SSH keys, filtered and sorted as asked.
    #[derive(Default)]
    pub struct ListSshKeys: GET "/ssh_keys" -> SshKeysPage {
        query {
            /// Sort resources by field and direction. May be used multiple times.
            sort: Vec<NameSort>,
            /// Filter resources by their name.
            name: Option<String>,
            /// Filter SSH keys by their fingerprint.
            fingerprint: Option<String>,
            /// Filter resources by labels.
            label_selector: Option<String>,
            /// Page number to return.
            page: Option<i64>,
            /// Maximum number of entries returned per page.
            per_page: Option<i64>,
        }
    }
}

operation! {
    /// Create an SSH key: from its name and public key.
    pub struct CreateSshKey: POST "/ssh_keys" (CreateSshKeyRequest) -> SshKeyResponse {}
}

operation! {
    /// Get an SSH key: returns a specific SSH key.
    pub struct GetSshKey: GET "/ssh_keys/{id}" -> SshKeyResponse {
        path {
            /// ID of the SSH key.
            id: i64,
        }
    }
}

operation! {
    /// Update an SSH key: its name or labels.
    pub struct UpdateSshKey: PUT "/ssh_keys/{id}" (UpdateSshKeyRequest) -> SshKeyResponse {
        path {
            /// ID of the SSH key.
            id: i64,
        }
    }
}

operation! {
    /// Delete an SSH key.
    pub struct DeleteSshKey: DELETE "/ssh_keys/{id}" -> () {
        path {
            /// ID of the SSH key.
            id: i64,
        }
    }
}
