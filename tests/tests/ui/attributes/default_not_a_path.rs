use hcloud_model::ApiModel;

/// An image.
#[derive(ApiModel)]
struct Image {
    /// Its size.
    #[api(default = "not a path!")]
    size: u64,
    /// Its zone.
    #[api(default = zone fallback)]
    zone: String,
}

fn main() {}
