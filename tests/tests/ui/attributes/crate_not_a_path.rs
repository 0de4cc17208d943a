use hcloud_model::ApiModel;

/// An image.
#[derive(ApiModel)]
#[api(crate = "hcloud model")]
struct Image {
    /// Its id.
    id: i64,
}

fn main() {}
