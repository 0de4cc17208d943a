//! Actions.

use crate::hetzner::actions::{ActionResponse, ActionsResponse};
use crate::operation;

operation! {
    /// Get multiple Actions: returns the Actions with the given IDs.
    pub struct GetActions: GET "/actions" -> ActionsResponse {
        query {
            /// Filter the actions by ID. May be used multiple times.
            id: Vec<i64>,
        }
    }
}

operation! {
    /// Get an Action: returns a specific Action object.
    pub struct GetAction: GET "/actions/{id}" -> ActionResponse {
        path {
            /// ID of the Action.
            id: i64,
        }
    }
}
