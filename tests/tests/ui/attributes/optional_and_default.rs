use hcloud_model::ApiModel;

/// An image.
#[derive(ApiModel)]
struct Image {
    /// Rapid deploy.
    #[api(optional, default)]
    rapid: Option<bool>,
}

fn main() {}
