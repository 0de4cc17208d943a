use hcloud_model::ApiModel;

/// A server target.
#[derive(ApiModel)]
struct ServerTarget {
    /// ID of the server.
    id: i64,
}

/// A target.
#[derive(ApiModel)]
#[api(tag = "type")]
enum Target {
    /// One server.
    Server(ServerTarget),
    /// Two values where one model belongs.
    Pair(ServerTarget, i64),
}

fn main() {}
