use hcloud_model::ApiModel;

/// A server to create. The builder alone, so its error is the one shown.
#[derive(ApiModel)]
#[api(serde = false)]
struct CreateServer {
    /// Name of the server.
    name: String,
    /// Where to create it.
    #[api(default = default_location)]
    location: String,
}

/// Returns a location id, not the name `location` holds.
fn default_location() -> u32 {
    1
}

fn main() {
    let _ = CreateServer::builder().name("web-1").build();
}
