use hcloud_model::ApiModel;

/// An ID or a name.
#[derive(ApiModel)]
#[api(untagged)]
enum IdOrName {
    /// By ID.
    Id(i64),
    /// By ID again: never reached.
    Again(i64),
    /// Anything.
    Any(serde_json::Value),
    /// By name: never reached after `Any`.
    Name(String),
}

fn main() {}
