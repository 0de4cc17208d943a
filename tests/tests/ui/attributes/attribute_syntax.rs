use hcloud_model::ApiModel;

/// An image.
#[derive(ApiModel)]
struct Image {
    /// Its name.
    #[api(rename = "title" "label")]
    name: String,
    /// Its id.
    #[api(optional,, default)]
    id: Option<i64>,
}

fn main() {}
