use hcloud_model::ApiModel;

/// A server target.
#[derive(ApiModel)]
struct ServerTarget {
    /// ID of the server.
    id: i64,
}

/// A tagged union whose catch-all holds a string.
#[derive(ApiModel)]
#[api(tag = "type")]
enum Target {
    /// One server.
    Server(ServerTarget),
    /// Anything else.
    #[api(other)]
    Other(String),
}

/// An untagged union with a catch-all.
#[derive(ApiModel)]
#[api(untagged, tag = "kind")]
enum IdOrName {
    /// By ID.
    Id(i64),
    /// Anything else.
    #[api(other)]
    Other(serde_json::Value),
}

fn main() {}
