use hcloud_model::ApiModel;

/// The default zone, as a number where the field holds a name.
fn default_zone() -> u8 {
    1
}

/// An image.
#[derive(ApiModel)]
pub struct Image {
    /// Its zone.
    #[api(default = default_zone)]
    pub zone: String,
}

fn main() {}
