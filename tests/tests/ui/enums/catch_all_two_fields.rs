use hcloud_model::ApiModel;

/// A status.
#[derive(ApiModel)]
enum Status {
    /// Running.
    Running,
    /// Unknown values, with a reason by mistake.
    #[api(other)]
    Other(String, String),
}

fn main() {}
