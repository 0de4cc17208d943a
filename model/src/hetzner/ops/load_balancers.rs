//! Load Balancers and Load Balancer Actions.

use super::{ActionSort, ResourceSort};
use crate::hetzner::actions::{ActionResponse, ActionStatus, ActionsPage};
use crate::hetzner::common::{ChangeDnsPtrRequest, MetricsResponse};
use crate::hetzner::load_balancer_actions::{
    AddLoadBalancerServiceRequest, AttachLoadBalancerToNetworkRequest,
    ChangeLoadBalancerProtectionRequest, ChangeLoadBalancerTypeRequest,
    DeleteLoadBalancerServiceRequest, DetachLoadBalancerFromNetworkRequest,
    RemoveLoadBalancerTargetRequest, UpdateLoadBalancerServiceRequest,
};
use crate::hetzner::load_balancers::{
    AddLoadBalancerTargetRequest, CreateLoadBalancerRequest, CreateLoadBalancerResponse,
    LoadBalancerAlgorithm, LoadBalancerMetricType, LoadBalancerResponse, LoadBalancersPage,
    UpdateLoadBalancerRequest,
};
use crate::operation;

operation! {
    /// List Load Balancers: returns all Load Balancers, filtered and sorted as asked.
    #[derive(Default)]
    pub struct ListLoadBalancers: GET "/load_balancers" -> LoadBalancersPage {
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
    /// Create a Load Balancer: with its services and targets, if given.
    pub struct CreateLoadBalancer: POST "/load_balancers" (CreateLoadBalancerRequest) -> CreateLoadBalancerResponse {}
}

operation! {
    /// List Actions: returns all Load Balancer Actions, filtered by ID and status and sorted as asked.
    #[derive(Default)]
    pub struct ListLoadBalancersActions: GET "/load_balancers/actions" -> ActionsPage {
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
    /// Get an Action: returns a specific Load Balancer Action.
    pub struct GetLoadBalancersAction: GET "/load_balancers/actions/{id}" -> ActionResponse {
        path {
            /// ID of the Action.
            id: i64,
        }
    }
}

operation! {
    /// Get a Load Balancer: returns a specific Load Balancer.
    pub struct GetLoadBalancer: GET "/load_balancers/{id}" -> LoadBalancerResponse {
        path {
            /// ID of the Load Balancer.
            id: i64,
        }
    }
}

operation! {
    /// Update a Load Balancer: its name or labels.
    pub struct UpdateLoadBalancer: PUT "/load_balancers/{id}" (UpdateLoadBalancerRequest) -> LoadBalancerResponse {
        path {
            /// ID of the Load Balancer.
            id: i64,
        }
    }
}

operation! {
    /// Delete a Load Balancer.
    pub struct DeleteLoadBalancer: DELETE "/load_balancers/{id}" -> () {
        path {
            /// ID of the Load Balancer.
            id: i64,
        }
    }
}

operation! {
    /// List Actions for a Load Balancer: returns its Actions, filtered by status and sorted as asked.
    pub struct ListLoadBalancerActions: GET "/load_balancers/{id}/actions" -> ActionsPage {
        path {
            /// ID of the Load Balancer.
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
    /// Add Service: a new service, listening on a port no other service of the Load Balancer uses.
    pub struct AddLoadBalancerService: POST "/load_balancers/{id}/actions/add_service" (AddLoadBalancerServiceRequest) -> ActionResponse {
        path {
            /// ID of the Load Balancer.
            id: i64,
        }
    }
}

operation! {
    /// Add Target: a Server, the Servers a label selector picks, or an IP address.
    pub struct AddLoadBalancerTarget: POST "/load_balancers/{id}/actions/add_target" (AddLoadBalancerTargetRequest) -> ActionResponse {
        path {
            /// ID of the Load Balancer.
            id: i64,
        }
    }
}

operation! {
    /// Attach a Load Balancer to a Network.
    pub struct AttachLoadBalancerToNetwork: POST "/load_balancers/{id}/actions/attach_to_network" (AttachLoadBalancerToNetworkRequest) -> ActionResponse {
        path {
            /// ID of the Load Balancer.
            id: i64,
        }
    }
}

operation! {
    /// Change Algorithm: how the Load Balancer distributes the traffic.
    pub struct ChangeLoadBalancerAlgorithm: POST "/load_balancers/{id}/actions/change_algorithm" (LoadBalancerAlgorithm) -> ActionResponse {
        path {
            /// ID of the Load Balancer.
            id: i64,
        }
    }
}

operation! {
    /// Change reverse DNS entry for this Load Balancer: of one of its public IPs.
    pub struct ChangeLoadBalancerDnsPtr: POST "/load_balancers/{id}/actions/change_dns_ptr" (ChangeDnsPtrRequest) -> ActionResponse {
        path {
            /// ID of the Load Balancer.
            id: i64,
        }
    }
}

operation! {
    /// Change Load Balancer Protection.
    pub struct ChangeLoadBalancerProtection: POST "/load_balancers/{id}/actions/change_protection" (ChangeLoadBalancerProtectionRequest) -> ActionResponse {
        path {
            /// ID of the Load Balancer.
            id: i64,
        }
    }
}

operation! {
    /// Change the Type of a Load Balancer.
    pub struct ChangeLoadBalancerType: POST "/load_balancers/{id}/actions/change_type" (ChangeLoadBalancerTypeRequest) -> ActionResponse {
        path {
            /// ID of the Load Balancer.
            id: i64,
        }
    }
}

operation! {
    /// Delete Service: the one listening on the port given.
    pub struct DeleteLoadBalancerService: POST "/load_balancers/{id}/actions/delete_service" (DeleteLoadBalancerServiceRequest) -> ActionResponse {
        path {
            /// ID of the Load Balancer.
            id: i64,
        }
    }
}

operation! {
    /// Detach a Load Balancer from a Network.
    pub struct DetachLoadBalancerFromNetwork: POST "/load_balancers/{id}/actions/detach_from_network" (DetachLoadBalancerFromNetworkRequest) -> ActionResponse {
        path {
            /// ID of the Load Balancer.
            id: i64,
        }
    }
}

operation! {
    /// Disable the public interface of a Load Balancer.
    pub struct DisableLoadBalancerPublicInterface: POST "/load_balancers/{id}/actions/disable_public_interface" -> ActionResponse {
        path {
            /// ID of the Load Balancer.
            id: i64,
        }
    }
}

operation! {
    /// Enable the public interface of a Load Balancer.
    pub struct EnableLoadBalancerPublicInterface: POST "/load_balancers/{id}/actions/enable_public_interface" -> ActionResponse {
        path {
            /// ID of the Load Balancer.
            id: i64,
        }
    }
}

operation! {
    /// Remove Target.
    pub struct RemoveLoadBalancerTarget: POST "/load_balancers/{id}/actions/remove_target" (RemoveLoadBalancerTargetRequest) -> ActionResponse {
        path {
            /// ID of the Load Balancer.
            id: i64,
        }
    }
}

operation! {
    /// Update Service: the one listening on the port given.
    pub struct UpdateLoadBalancerService: POST "/load_balancers/{id}/actions/update_service" (UpdateLoadBalancerServiceRequest) -> ActionResponse {
        path {
            /// ID of the Load Balancer.
            id: i64,
        }
    }
}

operation! {
    /// Get an Action for a Load Balancer (deprecated by the API: use [`GetLoadBalancersAction`]).
    pub struct GetLoadBalancerAction: GET "/load_balancers/{id}/actions/{action_id}" -> ActionResponse {
        path {
            /// ID of the Load Balancer.
            id: i64,
            /// ID of the Action.
            action_id: i64,
        }
    }
}

operation! {
    /// Get Metrics for a Load Balancer: the time series of the types asked for, over a period.
    ///
    /// Without `step`, the API picks one that returns at most 200 samples; it never returns more
    /// than 500, adjusting `step` to that.
    pub struct GetLoadBalancerMetrics: GET "/load_balancers/{id}/metrics" -> MetricsResponse {
        path {
            /// ID of the Load Balancer.
            id: i64,
        }
        query {
            /// Type of metrics to get. May be used multiple times.
            r#type as "type": Vec<LoadBalancerMetricType>,
            /// Start of period to get Metrics for (must be in [RFC3339](https://datatracker.ietf.org/doc/html/rfc3339#section-5.6) format).
            start: String,
            /// End of period to get Metrics for (must be in [RFC3339](https://datatracker.ietf.org/doc/html/rfc3339#section-5.6) format).
            end: String,
            /// Resolution of results in seconds.
            step: Option<String>,
        }
    }
}
