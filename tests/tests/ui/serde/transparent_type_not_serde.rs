use hcloud_model::ApiModel;

/// Not a wire type: neither `Serialize`, `Deserialize` nor `Describe`.
pub struct Checksum([u8; 32]);

/// An image's checksum, on the wire as its one field.
#[derive(ApiModel)]
#[api(transparent)]
pub struct ImageChecksum(Checksum);

fn main() {}
