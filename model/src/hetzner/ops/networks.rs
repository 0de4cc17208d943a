//! Networks and Network Actions.

use super::{ActionSort, ResourceSort};
use crate::hetzner::actions::{ActionResponse, ActionStatus, ActionsPage};
use crate::hetzner::networks::{
    AddRouteRequest, AddSubnetRequest, ChangeIpRangeRequest, ChangeNetworkProtectionRequest,
    CreateNetworkRequest, DeleteRouteRequest, DeleteSubnetRequest, NetworkResponse, NetworksPage,
    UpdateNetworkRequest,
};
use crate::operation;

operation! {
    /// List Networks: returns all Networks, filtered and sorted as asked.
    #[derive(Default)]
    pub struct ListNetworks: GET "/networks" -> NetworksPage {
        query {
            /// Sort resources by field and direction. May be used multiple times.
            sort: Vec<ResourceSort>,
            /// Filter resources by their name.
            name: Option<String>,
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
    /// Create a Network: an IP range, with subnets and routes if given.
    pub struct CreateNetwork: POST "/networks" (CreateNetworkRequest) -> NetworkResponse {}
}

operation! {
    /// List Actions: returns all Network Actions, filtered by ID and status and sorted as asked.
    #[derive(Default)]
    pub struct ListNetworksActions: GET "/networks/actions" -> ActionsPage {
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
    /// Get an Action: returns a specific Network Action.
    pub struct GetNetworksAction: GET "/networks/actions/{id}" -> ActionResponse {
        path {
            /// ID of the Action.
            id: i64,
        }
    }
}

operation! {
    /// Get a Network: returns a specific Network.
    pub struct GetNetwork: GET "/networks/{id}" -> NetworkResponse {
        path {
            /// ID of the Network.
            id: i64,
        }
    }
}

operation! {
    /// Update a Network: its name, labels or whether its routes reach the vSwitch.
    pub struct UpdateNetwork: PUT "/networks/{id}" (UpdateNetworkRequest) -> NetworkResponse {
        path {
            /// ID of the Network.
            id: i64,
        }
    }
}

operation! {
    /// Delete a Network: attached resources are detached automatically.
    pub struct DeleteNetwork: DELETE "/networks/{id}" -> () {
        path {
            /// ID of the Network.
            id: i64,
        }
    }
}

operation! {
    /// List Actions for a Network: returns its Actions, filtered by status and sorted as asked.
    pub struct ListNetworkActions: GET "/networks/{id}/actions" -> ActionsPage {
        path {
            /// ID of the Network.
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
    /// Add a route to a Network.
    pub struct AddNetworkRoute: POST "/networks/{id}/actions/add_route" (AddRouteRequest) -> ActionResponse {
        path {
            /// ID of the Network.
            id: i64,
        }
    }
}

operation! {
    /// Add a subnet to a Network.
    pub struct AddNetworkSubnet: POST "/networks/{id}/actions/add_subnet" (AddSubnetRequest) -> ActionResponse {
        path {
            /// ID of the Network.
            id: i64,
        }
    }
}

operation! {
    /// Change IP range of a Network: it can only be extended, by changing the netmask.
    pub struct ChangeNetworkIpRange: POST "/networks/{id}/actions/change_ip_range" (ChangeIpRangeRequest) -> ActionResponse {
        path {
            /// ID of the Network.
            id: i64,
        }
    }
}

operation! {
    /// Change Network Protection.
    pub struct ChangeNetworkProtection: POST "/networks/{id}/actions/change_protection" (ChangeNetworkProtectionRequest) -> ActionResponse {
        path {
            /// ID of the Network.
            id: i64,
        }
    }
}

operation! {
    /// Delete a route from a Network.
    pub struct DeleteNetworkRoute: POST "/networks/{id}/actions/delete_route" (DeleteRouteRequest) -> ActionResponse {
        path {
            /// ID of the Network.
            id: i64,
        }
    }
}

operation! {
    /// Delete a subnet from a Network.
    pub struct DeleteNetworkSubnet: POST "/networks/{id}/actions/delete_subnet" (DeleteSubnetRequest) -> ActionResponse {
        path {
            /// ID of the Network.
            id: i64,
        }
    }
}

operation! {
    /// Get an Action for a Network (deprecated by the API: use [`GetNetworksAction`]).
    pub struct GetNetworkAction: GET "/networks/{id}/actions/{action_id}" -> ActionResponse {
        path {
            /// ID of the Network.
            id: i64,
            /// ID of the Action.
            action_id: i64,
        }
    }
}
