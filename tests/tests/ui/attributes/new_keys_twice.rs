use hcloud_model::ApiModel;

/// An image.
#[derive(ApiModel)]
#[api(transparent, transparent)]
struct ImageId(i64);

/// A server.
#[derive(ApiModel)]
#[api(deny_unknown_fields)]
#[api(deny_unknown_fields)]
struct Server {
    /// Its cache.
    #[api(skip, skip)]
    cache: Vec<u8>,
}

fn main() {}
