use hcloud_model::{ApiModel, Patch};

/// An update request.
#[derive(ApiModel)]
struct UpdateImage {
    /// New description.
    description: Patch<String>,
    /// Whether `description` may be cleared.
    description_null: bool,
}

fn main() {}
