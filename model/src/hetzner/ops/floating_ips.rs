//! Floating IPs and Floating IP Actions.

use super::{ActionSort, CreatedSort};
use crate::hetzner::actions::{ActionResponse, ActionStatus, ActionsPage};
use crate::hetzner::common::ChangeDnsPtrRequest;
use crate::hetzner::floating_ips::{
    AssignFloatingIpRequest, CreateFloatingIpRequest, CreateFloatingIpResponse, FloatingIpResponse,
    FloatingIpsPage, UpdateFloatingIpRequest,
};
use crate::hetzner::images::Protection;
use crate::operation;

operation! {
    /// List Floating IPs: returns all Floating IPs, filtered and sorted as asked.
    #[derive(Default)]
    pub struct ListFloatingIps: GET "/floating_ips" -> FloatingIpsPage {
        query {
            /// Filter resources by their name.
            name: Option<String>,
            /// Filter resources by labels.
            label_selector: Option<String>,
            /// Sort resources by field and direction. May be used multiple times.
            sort: Vec<CreatedSort>,
            /// Page number to return.
            page: Option<i64>,
            /// Maximum number of entries returned per page.
            per_page: Option<i64>,
        }
    }
}

operation! {
    /// Create a Floating IP: in a home Location, or assigned to a Server.
    pub struct CreateFloatingIp: POST "/floating_ips" (CreateFloatingIpRequest) -> CreateFloatingIpResponse {}
}

operation! {
    /// List Actions: returns all Floating IP Actions, filtered by ID and status and sorted as
    /// asked.
    #[derive(Default)]
    pub struct ListFloatingIpsActions: GET "/floating_ips/actions" -> ActionsPage {
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
    /// Get an Action: returns a specific Floating IP Action.
    pub struct GetFloatingIpsAction: GET "/floating_ips/actions/{id}" -> ActionResponse {
        path {
            /// ID of the Action.
            id: i64,
        }
    }
}

operation! {
    /// Get a Floating IP: returns a specific Floating IP.
    pub struct GetFloatingIp: GET "/floating_ips/{id}" -> FloatingIpResponse {
        path {
            /// ID of the Floating IP.
            id: i64,
        }
    }
}

operation! {
    /// Update a Floating IP: its name, description or labels.
    pub struct UpdateFloatingIp: PUT "/floating_ips/{id}" (UpdateFloatingIpRequest) -> FloatingIpResponse {
        path {
            /// ID of the Floating IP.
            id: i64,
        }
    }
}

operation! {
    /// Delete a Floating IP: unassigned automatically until 1 May 2026, after that it must be
    /// unassigned first.
    pub struct DeleteFloatingIp: DELETE "/floating_ips/{id}" -> () {
        path {
            /// ID of the Floating IP.
            id: i64,
        }
    }
}

operation! {
    /// List Actions for a Floating IP: returns its Actions, filtered by status and sorted as
    /// asked.
    pub struct ListFloatingIpActions: GET "/floating_ips/{id}/actions" -> ActionsPage {
        path {
            /// ID of the Floating IP.
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
    /// Assign a Floating IP to a Server.
    pub struct AssignFloatingIp: POST "/floating_ips/{id}/actions/assign" (AssignFloatingIpRequest) -> ActionResponse {
        path {
            /// ID of the Floating IP.
            id: i64,
        }
    }
}

operation! {
    /// Change reverse DNS records for a Floating IP.
    pub struct ChangeFloatingIpDnsPtr: POST "/floating_ips/{id}/actions/change_dns_ptr" (ChangeDnsPtrRequest) -> ActionResponse {
        path {
            /// ID of the Floating IP.
            id: i64,
        }
    }
}

operation! {
    /// Change Floating IP Protection: against deletion.
    pub struct ChangeFloatingIpProtection: POST "/floating_ips/{id}/actions/change_protection" (Protection) -> ActionResponse {
        path {
            /// ID of the Floating IP.
            id: i64,
        }
    }
}

operation! {
    /// Unassign a Floating IP: from the Server it is assigned to.
    pub struct UnassignFloatingIp: POST "/floating_ips/{id}/actions/unassign" -> ActionResponse {
        path {
            /// ID of the Floating IP.
            id: i64,
        }
    }
}

operation! {
    /// Get an Action for a Floating IP (deprecated by the API: use [`GetFloatingIpsAction`]).
    pub struct GetFloatingIpAction: GET "/floating_ips/{id}/actions/{action_id}" -> ActionResponse {
        path {
            /// ID of the Floating IP.
            id: i64,
            /// ID of the Action.
            action_id: i64,
        }
    }
}
