use hcloud_model::ApiModel;

/// Writes an id as text, but has no way back.
mod as_text {
    pub fn serialize<S: serde::Serializer>(id: &u64, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(id)
    }
}

/// An image.
// The missing `as_text::deserialize` is named by the derive, so rustc reports it at the derive
// (at the attribute, its help would suggest writing `serialize` in place of the module).
#[derive(ApiModel)]
pub struct Image {
    /// Its id, written as text.
    #[api(with = "as_text")]
    pub id: u64,
}

fn main() {}
