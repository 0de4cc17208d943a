use hcloud_model::ApiModel;

/// Reads the id from its text: takes the text, not a deserializer.
fn id_from_text(text: &str) -> u64 {
    text.parse().unwrap_or_default()
}

/// An image.
#[derive(ApiModel)]
pub struct Image {
    /// Its id, sent as text.
    #[api(deserialize_with = "id_from_text")]
    pub id: u64,
}

fn main() {}
