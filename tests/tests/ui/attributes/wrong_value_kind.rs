use hcloud_model::ApiModel;

/// An image.
#[derive(ApiModel)]
#[api(rename_all)]
struct Image {
    /// Its name.
    #[api(rename = title)]
    name: String,
    /// Rapid deploy.
    #[api(optional = true)]
    rapid: Option<bool>,
    /// Size.
    #[api(default = 42)]
    size: u64,
    /// Created at.
    #[api(format)]
    created: String,
}

fn main() {}
