// The derive declares `VolumeBuilder` beside `Volume`: a type of that name there already is
// rustc's E0428, and the crate docs say what to do (rename, move, or `builder = false`).
use hcloud_model::ApiModel;

/// A volume.
#[derive(ApiModel)]
pub struct Volume {
    /// Its name.
    pub name: String,
}

/// The user's own type, named like the builder the derive declares.
pub struct VolumeBuilder;

fn main() {}
