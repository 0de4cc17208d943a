use hcloud_model::ApiModel;

/// An image.
#[derive(ApiModel)]
#[api(optional)]
struct Image {
    /// Its type.
    #[api(rename_all = "camelCase", other)]
    kind: String,
}

/// A status.
#[derive(ApiModel)]
enum Status {
    /// Running.
    #[api(optional, format = "x")]
    Running,
}

fn main() {}
