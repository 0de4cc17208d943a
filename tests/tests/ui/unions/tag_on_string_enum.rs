use hcloud_model::ApiModel;

/// A status: strings, not a union.
#[derive(ApiModel)]
#[api(tag = "type")]
enum Status {
    /// Running.
    Running,
    /// Off.
    Off,
}

fn main() {}
