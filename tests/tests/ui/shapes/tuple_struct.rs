use hcloud_model::ApiModel;

/// An id without a name.
#[derive(ApiModel)]
struct ImageId(i64);

fn main() {}
