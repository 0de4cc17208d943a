use hcloud_model::ApiModel;

/// An image.
#[derive(ApiModel)]
struct Image {
    /// Its id.
    #[api(optional)]
    id: i64,
    /// Its name.
    #[api(rename = "")]
    name: String,
}

fn main() {}
