use hcloud_model::ApiModel;

/// A zone name. Not `Default`: there is no zone to fall back on.
#[derive(ApiModel, Debug)]
#[api(transparent)]
struct Zone(String);

/// A server to create. The builder alone, so its error is the one shown.
#[derive(ApiModel)]
#[api(serde = false)]
struct CreateServer {
    /// Name of the server.
    name: String,
    /// Where to create it, if not the default.
    #[api(default)]
    zone: Zone,
}

fn main() {}
