use hcloud_model::ApiModel;

/// A server.
#[derive(ApiModel)]
struct Server {
    /// Where it runs.
    #[api(alias = "datacenter")]
    location: String,
    /// Its data center, sent under the old key.
    datacenter: String,
    /// Another field claiming the same old key.
    #[api(alias = "dc")]
    zone: String,
    /// And again.
    #[api(alias = "dc")]
    region: String,
}

fn main() {}
