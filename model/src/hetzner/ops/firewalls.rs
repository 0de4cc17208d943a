//! Firewalls and Firewall Actions.

use super::{ActionSort, ResourceSort};
use crate::hetzner::actions::{ActionResponse, ActionStatus, ActionsPage, ActionsResponse};
use crate::hetzner::firewalls::{
    ApplyToResourcesRequest, CreateFirewallRequest, CreateFirewallResponse, FirewallResponse,
    FirewallsPage, RemoveFromResourcesRequest, SetRulesRequest, UpdateFirewallRequest,
};
use crate::operation;

operation! {
    /// List Firewalls: returns all Firewalls, filtered and sorted as asked.
    #[derive(Default)]
    pub struct ListFirewalls: GET "/firewalls" -> FirewallsPage {
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
    /// Create a Firewall: with its rules, applied to the resources asked for.
    pub struct CreateFirewall: POST "/firewalls" (CreateFirewallRequest) -> CreateFirewallResponse {}
}

operation! {
    /// List Actions: returns all Firewall Actions, filtered by ID and status and sorted as asked.
    #[derive(Default)]
    pub struct ListFirewallsActions: GET "/firewalls/actions" -> ActionsPage {
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
    /// Get an Action: returns a specific Firewall Action.
    pub struct GetFirewallsAction: GET "/firewalls/actions/{id}" -> ActionResponse {
        path {
            /// ID of the Action.
            id: i64,
        }
    }
}

operation! {
    /// Get a Firewall: returns a specific Firewall.
    pub struct GetFirewall: GET "/firewalls/{id}" -> FirewallResponse {
        path {
            /// ID of the Firewall.
            id: i64,
        }
    }
}

operation! {
    /// Update a Firewall: its name or labels (a change running in parallel is a `conflict`).
    pub struct UpdateFirewall: PUT "/firewalls/{id}" (UpdateFirewallRequest) -> FirewallResponse {
        path {
            /// ID of the Firewall.
            id: i64,
        }
    }
}

operation! {
    /// Delete a Firewall: only one applied to no resource.
    pub struct DeleteFirewall: DELETE "/firewalls/{id}" -> () {
        path {
            /// ID of the Firewall.
            id: i64,
        }
    }
}

operation! {
    /// List Actions for a Firewall: returns its Actions, filtered by status and sorted as asked.
    pub struct ListFirewallActions: GET "/firewalls/{id}/actions" -> ActionsPage {
        path {
            /// ID of the Firewall.
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
    /// Apply to Resources: applies the Firewall to Servers and Label Selectors, beside those it
    /// is applied to already.
    pub struct ApplyFirewallToResources: POST "/firewalls/{id}/actions/apply_to_resources" (ApplyToResourcesRequest) -> ActionsResponse {
        path {
            /// ID of the Firewall.
            id: i64,
        }
    }
}

operation! {
    /// Remove from Resources: removes the Firewall from Servers and Label Selectors.
    pub struct RemoveFirewallFromResources: POST "/firewalls/{id}/actions/remove_from_resources" (RemoveFromResourcesRequest) -> ActionsResponse {
        path {
            /// ID of the Firewall.
            id: i64,
        }
    }
}

operation! {
    /// Set Rules: replaces the Firewall's rules with the given ones (an empty array removes all).
    pub struct SetFirewallRules: POST "/firewalls/{id}/actions/set_rules" (SetRulesRequest) -> ActionsResponse {
        path {
            /// ID of the Firewall.
            id: i64,
        }
    }
}

operation! {
    /// Get an Action for a Firewall (deprecated by the API: use [`GetFirewallsAction`]).
    pub struct GetFirewallAction: GET "/firewalls/{id}/actions/{action_id}" -> ActionResponse {
        path {
            /// ID of the Firewall.
            id: i64,
            /// ID of the Action.
            action_id: i64,
        }
    }
}
