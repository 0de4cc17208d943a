use hcloud_model::ApiModel;

/// An image.
#[derive(ApiModel)]
struct Image {
    /// Its id.
    #[api]
    id: i64,
    /// Its name.
    #[api = "name"]
    name: String,
}

fn main() {}
