//! Certificates and Certificate Actions.

use super::{ActionSort, ResourceSort};
use crate::hetzner::actions::{ActionResponse, ActionStatus, ActionsPage};
use crate::hetzner::certificates::{
    CertificateResponse, CertificateType, CertificatesPage, CreateCertificateRequest,
    CreateCertificateResponse, UpdateCertificateRequest,
};
use crate::operation;

operation! {
    /// List Certificates: returns all Certificates, filtered and sorted as asked.
    #[derive(Default)]
    pub struct ListCertificates: GET "/certificates" -> CertificatesPage {
        query {
            /// Sort resources by field and direction. May be used multiple times.
            sort: Vec<ResourceSort>,
            /// Filter resources by their name.
            name: Option<String>,
            /// Filter resources by labels.
            label_selector: Option<String>,
            /// Filter resources by type. May be used multiple times.
            r#type as "type": Vec<CertificateType>,
            /// Page number to return.
            page: Option<i64>,
            /// Maximum number of entries returned per page.
            per_page: Option<i64>,
        }
    }
}

operation! {
    /// Create a Certificate: upload one in PEM format, or have a managed one issued by
    /// *Let's Encrypt* (its Action tracks the issuance).
    pub struct CreateCertificate: POST "/certificates" (CreateCertificateRequest) -> CreateCertificateResponse {}
}

operation! {
    /// List Actions: returns all Certificate Actions, filtered by ID and status and sorted as
    /// asked.
    #[derive(Default)]
    pub struct ListCertificatesActions: GET "/certificates/actions" -> ActionsPage {
        query {
            /// Filter the Actions by ID. May be used multiple times.
            id: Vec<i64>,
            /// Sort Actions by field and direction. May be used multiple times.
            sort: Vec<ActionSort>,
            /// Filter the Actions by status. May be used multiple times.
            status: Vec<ActionStatus>,
            /// Page number to return.
            page: Option<i64>,
            /// Maximum number of entries returned per page.
            per_page: Option<i64>,
        }
    }
}

operation! {
    /// Get an Action: returns a specific Certificate Action.
    pub struct GetCertificatesAction: GET "/certificates/actions/{id}" -> ActionResponse {
        path {
            /// ID of the Action.
            id: i64,
        }
    }
}

operation! {
    /// Get a Certificate: returns a specific Certificate.
    pub struct GetCertificate: GET "/certificates/{id}" -> CertificateResponse {
        path {
            /// ID of the Certificate.
            id: i64,
        }
    }
}

operation! {
    /// Update a Certificate: its name or labels.
    pub struct UpdateCertificate: PUT "/certificates/{id}" (UpdateCertificateRequest) -> CertificateResponse {
        path {
            /// ID of the Certificate.
            id: i64,
        }
    }
}

operation! {
    /// Delete a Certificate.
    pub struct DeleteCertificate: DELETE "/certificates/{id}" -> () {
        path {
            /// ID of the Certificate.
            id: i64,
        }
    }
}

operation! {
    /// List Actions for a Certificate: returns its Actions, filtered by status and sorted as
    /// asked.
    pub struct ListCertificateActions: GET "/certificates/{id}/actions" -> ActionsPage {
        path {
            /// ID of the Certificate.
            id: i64,
        }
        query {
            /// Sort Actions by field and direction. May be used multiple times.
            sort: Vec<ActionSort>,
            /// Filter the Actions by status. May be used multiple times.
            status: Vec<ActionStatus>,
            /// Page number to return.
            page: Option<i64>,
            /// Maximum number of entries returned per page.
            per_page: Option<i64>,
        }
    }
}

operation! {
    /// Retry Issuance or Renewal: of a managed Certificate whose issuance or renewal failed.
    pub struct RetryCertificate: POST "/certificates/{id}/actions/retry" -> ActionResponse {
        path {
            /// ID of the Certificate.
            id: i64,
        }
    }
}

operation! {
    /// Get an Action for a Certificate (deprecated by the API: use [`GetCertificatesAction`]).
    pub struct GetCertificateAction: GET "/certificates/{id}/actions/{action_id}" -> ActionResponse {
        path {
            /// ID of the Certificate.
            id: i64,
            /// ID of the Action.
            action_id: i64,
        }
    }
}
