//! Actions: the asynchronous tasks the API starts for a request.

use hcloud_model_macros::ApiModel;

/// An Action: a task the API runs for a request, with its progress and outcome.
#[derive(ApiModel, Debug, Clone, PartialEq)]
#[api(title = "Action")]
pub struct Action {
    /// ID of the [Action](https://docs.hetzner.cloud/#description/actions).
    pub id: i64,
    /// Command executed in the Action.
    pub command: String,
    /// Status of the Action.
    pub status: ActionStatus,
    /// Point in time when the Action was started (in [RFC3339](https://datatracker.ietf.org/doc/html/rfc3339#section-5.6) format).
    #[api(format = "date-time")]
    pub started: String,
    /// Point in time when the Action was finished (in [RFC3339](https://datatracker.ietf.org/doc/html/rfc3339#section-5.6) format). Only set if the Action is finished otherwise null.
    #[api(format = "date-time")]
    pub finished: Option<String>,
    /// Progress of the Action in percent.
    pub progress: i32,
    /// Resources the Action relates to.
    pub resources: Vec<ActionResource>,
    /// Error message for the Action if an error occurred, otherwise null.
    pub error: Option<ActionError>,
}

/// A resource an Action relates to.
#[derive(ApiModel, Debug, Clone, PartialEq)]
pub struct ActionResource {
    /// ID of the Resource.
    pub id: i64,
    /// Type of the Resource.
    ///
    /// Free text (`server`, `image`, …): any resource type of the API can appear here.
    pub r#type: String,
}

/// Why an Action failed: narrower than the error body of a failed request (no `details`).
#[derive(ApiModel, Debug, Clone, PartialEq)]
pub struct ActionError {
    /// Fixed error code for machines.
    pub code: String,
    /// Error message for humans.
    pub message: String,
}

/// Status of the Action.
#[derive(ApiModel, Debug, Clone, PartialEq, Eq, Hash)]
pub enum ActionStatus {
    /// The Action is still running: `running`.
    Running,
    /// The Action finished successfully: `success`.
    Success,
    /// The Action failed; see its `error`: `error`.
    Error,
    /// A value this version does not know yet, kept exactly as the API sent it.
    #[api(other)]
    Other(String),
}

/// The body of `GET /actions/{id}` and of every response that reports one Action.
#[derive(ApiModel, Debug, Clone, PartialEq)]
#[api(title = "ActionResponse")]
pub struct ActionResponse {
    /// The Action.
    pub action: Action,
}

/// The body of `GET /actions`: the Actions asked for by ID.
#[derive(ApiModel, Debug, Clone, PartialEq)]
#[api(title = "ActionListResponse")]
pub struct ActionsResponse {
    /// The Actions.
    pub actions: Vec<Action>,
}

crate::list_response! {
    /// The body of `GET /{resource}/actions` and `GET /{resource}/{id}/actions`: one page of
    /// Actions.
    #[api(title = "ActionListResponseWithMeta")]
    pub struct ActionsPage { actions: Vec<Action> }
}
