use hcloud_model::ApiModel;

#[derive(ApiModel)]
struct Image {
    /// Its id.
    id: i64,
}

fn main() {}
