use hcloud_model::ApiModel;

/// An image.
#[derive(ApiModel)]
struct Image {
    /// Its type.
    r#type: String,
    /// Its kind, sent under the same key by mistake.
    #[api(rename = "type")]
    kind: String,
}

fn main() {}
