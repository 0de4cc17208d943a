use hcloud_model::ApiModel;

/// An image.
#[derive(ApiModel)]
struct ServerImage {
    /// Its id.
    id: i64,
    bound_to: Option<i64>,
    created: String,
    ///
    ///   
    description: String,
    disk_size: f64,
}

fn main() {}
