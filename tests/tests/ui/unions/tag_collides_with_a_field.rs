use hcloud_model::ApiModel;

/// A server target that has a `type` field of its own.
#[derive(ApiModel)]
struct ServerTarget {
    /// ID of the server.
    id: i64,
    /// The server's type.
    r#type: String,
}

/// A target.
#[derive(ApiModel)]
#[api(tag = "type")]
enum Target {
    /// One server.
    Server(ServerTarget),
}

fn main() {}
