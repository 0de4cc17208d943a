use hcloud_model::ApiModel;

/// An image.
#[derive(ApiModel)]
struct Image {
    /// Its name.
    #[api(rename = "title")]
    #[api(rename = "label")]
    name: String,
}

fn main() {}
