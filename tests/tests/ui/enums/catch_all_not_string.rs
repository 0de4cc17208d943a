use hcloud_model::ApiModel;

/// A status.
#[derive(ApiModel)]
enum Status {
    /// Running.
    Running,
    /// Unknown values, renamed by mistake.
    #[api(other, rename = "other")]
    Other(Box<str>),
}

fn main() {}
