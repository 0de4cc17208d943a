//! Primary IPs and Primary IP Actions.

use super::{ActionSort, CreatedSort};
use crate::hetzner::actions::{ActionResponse, ActionStatus, ActionsPage};
use crate::hetzner::common::ChangeDnsPtrRequest;
use crate::hetzner::images::Protection;
use crate::hetzner::primary_ips::{
    AssignPrimaryIpRequest, CreatePrimaryIpRequest, CreatePrimaryIpResponse, PrimaryIpResponse,
    PrimaryIpsPage, UpdatePrimaryIpRequest,
};
use crate::operation;

operation! {
    /// List Primary IPs: returns all Primary IPs, filtered and sorted as asked.
    #[derive(Default)]
    pub struct ListPrimaryIps: GET "/primary_ips" -> PrimaryIpsPage {
        query {
            /// Filter resources by their name.
            name: Option<String>,
            /// Filter resources by labels.
            label_selector: Option<String>,
            /// Filter results by IP address.
            ip: Option<String>,
            /// Page number to return.
            page: Option<i64>,
            /// Maximum number of entries returned per page.
            per_page: Option<i64>,
            /// Sort resources by field and direction. May be used multiple times.
            sort: Vec<CreatedSort>,
        }
    }
}

operation! {
    /// Create a Primary IP: in a Location, or assigned to a resource.
    pub struct CreatePrimaryIp: POST "/primary_ips" (CreatePrimaryIpRequest) -> CreatePrimaryIpResponse {}
}

operation! {
    /// List Actions: returns all Primary IP Actions, filtered by ID and status and sorted as
    /// asked.
    #[derive(Default)]
    pub struct ListPrimaryIpsActions: GET "/primary_ips/actions" -> ActionsPage {
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
    /// Get an Action: returns a specific Primary IP Action.
    pub struct GetPrimaryIpsAction: GET "/primary_ips/actions/{id}" -> ActionResponse {
        path {
            /// ID of the Action.
            id: i64,
        }
    }
}

operation! {
    /// Get a Primary IP: returns a specific Primary IP.
    pub struct GetPrimaryIp: GET "/primary_ips/{id}" -> PrimaryIpResponse {
        path {
            /// ID of the Primary IP.
            id: i64,
        }
    }
}

operation! {
    /// Update a Primary IP: its name, labels or auto deletion.
    pub struct UpdatePrimaryIp: PUT "/primary_ips/{id}" (UpdatePrimaryIpRequest) -> PrimaryIpResponse {
        path {
            /// ID of the Primary IP.
            id: i64,
        }
    }
}

operation! {
    /// Delete a Primary IP: its Server must be powered off; from 1 May 2026 it must be unassigned
    /// first.
    pub struct DeletePrimaryIp: DELETE "/primary_ips/{id}" -> () {
        path {
            /// ID of the Primary IP.
            id: i64,
        }
    }
}

operation! {
    /// List Actions for a Primary IP: returns its Actions, filtered by status and sorted as
    /// asked.
    pub struct ListPrimaryIpActions: GET "/primary_ips/{id}/actions" -> ActionsPage {
        path {
            /// ID of the Primary IP.
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
    /// Get an Action for a Primary IP (deprecated by the API: use [`GetPrimaryIpsAction`]).
    pub struct GetPrimaryIpAction: GET "/primary_ips/{id}/actions/{action_id}" -> ActionResponse {
        path {
            /// ID of the Primary IP.
            id: i64,
            /// ID of the Action.
            action_id: i64,
        }
    }
}

operation! {
    /// Assign a Primary IP to a resource: a powered off Server, which has at most one Primary IP
    /// of each type.
    pub struct AssignPrimaryIp: POST "/primary_ips/{id}/actions/assign" (AssignPrimaryIpRequest) -> ActionResponse {
        path {
            /// ID of the Primary IP.
            id: i64,
        }
    }
}

operation! {
    /// Change reverse DNS records for a Primary IP.
    pub struct ChangePrimaryIpDnsPtr: POST "/primary_ips/{id}/actions/change_dns_ptr" (ChangeDnsPtrRequest) -> ActionResponse {
        path {
            /// ID of the Primary IP.
            id: i64,
        }
    }
}

operation! {
    /// Change Primary IP Protection: against deletion.
    pub struct ChangePrimaryIpProtection: POST "/primary_ips/{id}/actions/change_protection" (Protection) -> ActionResponse {
        path {
            /// ID of the Primary IP.
            id: i64,
        }
    }
}

operation! {
    /// Unassign a Primary IP from a resource: a powered off Server.
    pub struct UnassignPrimaryIp: POST "/primary_ips/{id}/actions/unassign" -> ActionResponse {
        path {
            /// ID of the Primary IP.
            id: i64,
        }
    }
}
