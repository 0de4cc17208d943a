use hcloud_model::{ApiModel, Patch};

/// An update request.
#[derive(ApiModel)]
struct UpdateImage {
    /// New description.
    #[api(optional)]
    description: Patch<String>,
    /// New name.
    #[api(default)]
    name: Patch<String>,
}

fn main() {}
