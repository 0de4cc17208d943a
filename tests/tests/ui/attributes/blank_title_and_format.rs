use hcloud_model::ApiModel;

/// An image.
#[derive(ApiModel)]
#[api(title = " ")]
struct Image {
    /// Created at.
    #[api(format = "")]
    created: String,
}

fn main() {}
