use hcloud_model::ApiModel;

/// An image.
#[derive(ApiModel)]
struct Image {
    /// Its id.
    id: i64,
    /// Local cache.
    #[api(skip, rename = "cache", alias = "c")]
    cache: Vec<u8>,
    /// Local flag.
    #[api(skip, optional)]
    flag: Option<bool>,
}

fn main() {}
