use hcloud_model::ApiModel;

/// A volume.
#[derive(ApiModel)]
struct Volume {
    /// Its id.
    id: i64,
    /// Its format: `nullable` reads a missing key as `None`, which a `String` has not.
    #[api(nullable)]
    format: String,
}

fn main() {}
