//! Calling any operation of `hcloud_model::ops` with an HTTP client (ureq here): the method and
//! path come from the operation, the bearer token goes in the `Authorization` header, the body
//! is the operation's request, and the answer is read as its response or the API's error body.

use hcloud_model::{ErrorResponse, Operation};

/// What can go wrong calling the API.
#[derive(Debug)]
pub(crate) enum CallError {
    /// The request did not get an answer.
    Transport(ureq::Error),
    /// The API answered with an error (`4xx`, `5xx`).
    Api(u16, ErrorResponse),
    /// The answer was not the body the operation promises.
    Body(serde_json::Error),
}

impl std::fmt::Display for CallError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            CallError::Transport(error) => write!(f, "no answer: {error}"),
            CallError::Api(status, body) => write!(
                f,
                "the API answered {status}: {} ({})",
                body.error.message, body.error.code
            ),
            CallError::Body(error) => write!(f, "unexpected body: {error}"),
        }
    }
}

/// Sends `operation` to the API at `base_url` with the bearer `token`.
pub(crate) fn call<Op: Operation>(
    agent: &ureq::Agent,
    base_url: &str,
    token: &str,
    operation: &Op,
) -> Result<Op::Response, CallError> {
    let url = format!("{base_url}{}", operation.path_and_query());
    let body = match operation.request() {
        Some(request) => serde_json::to_vec(request).map_err(CallError::Body)?,
        None => Vec::new(),
    };
    let request = ureq::http::Request::builder()
        .method(Op::METHOD)
        .uri(url)
        .header("Authorization", format!("Bearer {token}"))
        .header("Content-Type", "application/json")
        .body(body)
        .expect("a method, URI and headers that are valid");
    let mut response = agent.run(request).map_err(CallError::Transport)?;
    let status = response.status().as_u16();
    let bytes = response
        .body_mut()
        .read_to_vec()
        .map_err(CallError::Transport)?;
    if (200..300).contains(&status) {
        Op::read_response(&bytes).map_err(CallError::Body)
    } else {
        let error = serde_json::from_slice(&bytes).map_err(CallError::Body)?;
        Err(CallError::Api(status, error))
    }
}

/// An agent that hands 4xx and 5xx answers back to [`call`], which reads the API's error body.
pub(crate) fn agent() -> ureq::Agent {
    ureq::Agent::config_builder()
        .http_status_as_error(false)
        .build()
        .into()
}

impl std::error::Error for CallError {}
