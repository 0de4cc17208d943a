use hcloud_model::ApiModel;

/// Nothing yet.
#[derive(ApiModel)]
enum Never {}

fn main() {}
