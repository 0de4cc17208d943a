use hcloud_model::ApiModel;

/// Not a wire type: neither `Serialize`, `Deserialize` nor `Describe`.
pub struct Checksum([u8; 32]);

/// An image.
#[derive(ApiModel)]
pub struct Image {
    /// Its id.
    pub id: i64,
    /// Its checksum.
    pub checksum: Checksum,
}

fn main() {}
