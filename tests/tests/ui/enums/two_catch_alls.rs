use hcloud_model::ApiModel;

/// A status.
#[derive(ApiModel)]
enum Status {
    /// Running.
    Running,
    /// Unknown values.
    #[api(other)]
    Other(String),
    /// More unknown values.
    #[api(other)]
    Unknown(String),
}

fn main() {}
