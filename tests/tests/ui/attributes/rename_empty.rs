use hcloud_model::ApiModel;

/// An image.
#[derive(ApiModel)]
struct Image {
    /// Its name.
    #[api(rename = "")]
    name: String,
}

fn main() {}
