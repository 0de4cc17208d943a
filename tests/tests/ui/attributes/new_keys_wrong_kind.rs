use hcloud_model::ApiModel;

/// An image.
#[derive(ApiModel)]
#[api(serde = "no", builder, bound = 3, deny_unknown_fields = true)]
struct Image {
    /// Its id.
    #[api(skip = true, alias, with = 5)]
    id: i64,
}

fn main() {}
