use hcloud_model::ApiModel;

mod as_text {}

/// An image.
#[derive(ApiModel)]
struct Image {
    /// Its id.
    #[api(with = "as_text", serialize_with = "as_text::serialize", deserialize_with = "as_text::deserialize")]
    id: u64,
}

fn main() {}
