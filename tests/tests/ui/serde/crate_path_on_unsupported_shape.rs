// The runtime through a re-export, on a shape the derive cannot model: the one error about the
// shape, and none from the fallback impls, which reach the runtime through the same path.
mod reexport {
    pub use hcloud_model as models;
}

/// An id without a name.
#[derive(reexport::models::ApiModel)]
#[api(crate = "reexport::models")]
struct ImageId(i64);

/// Uses the fallback impls, so a missing one would show here.
fn write(id: &ImageId) -> String {
    serde_json::to_string(id).unwrap_or_default()
}

fn main() {
    let _ = write;
}
