use hcloud_model::ApiModel;

/// Two fields cannot be one.
#[derive(ApiModel)]
#[api(transparent)]
struct Pair(i64, i64);

/// Keys that mean nothing on a newtype.
#[derive(ApiModel)]
#[api(transparent, rename_all = "camelCase", deny_unknown_fields)]
struct ImageId(i64);

fn main() {}
