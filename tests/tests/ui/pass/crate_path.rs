// `#[api(crate = "…")]` for a re-exported runtime crate.
mod reexport {
    pub use hcloud_model as models;
}

/// Uses the runtime through a re-export.
#[derive(hcloud_model::ApiModel)]
#[api(crate = "reexport::models")]
struct Renamed {
    /// A number.
    n: i64,
}

fn main() {
    let value: Renamed = serde_json::from_str(r#"{"n": 3}"#).unwrap();
    assert_eq!(value.n, 3);
}
