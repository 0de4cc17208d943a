use hcloud_model::ApiModel;

/// An image.
#[derive(ApiModel)]
struct Image {
    /// Its name.
    #[api(renam = "title")]
    name: String,
    /// Its id.
    #[api(serialize_as = "int")]
    id: i64,
}

fn main() {}
