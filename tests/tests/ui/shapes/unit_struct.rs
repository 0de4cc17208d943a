use hcloud_model::ApiModel;

/// Nothing to send.
#[derive(ApiModel)]
struct Ping;

fn main() {}
