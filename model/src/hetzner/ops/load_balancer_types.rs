//! Load Balancer Types.

use crate::hetzner::load_balancer_types::{LoadBalancerTypeResponse, LoadBalancerTypesPage};
use crate::operation;

operation! {
    /// List Load Balancer Types: returns all Load Balancer types, filtered as asked.
    #[derive(Default)]
    pub struct ListLoadBalancerTypes: GET "/load_balancer_types" -> LoadBalancerTypesPage {
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
    /// Get a Load Balancer Type: returns a specific Load Balancer type.
    pub struct GetLoadBalancerType: GET "/load_balancer_types/{id}" -> LoadBalancerTypeResponse {
        path {
            /// ID of the Load Balancer Type.
            id: i64,
        }
    }
}
