use hcloud_model::ApiModel;

/// An image.
#[derive(ApiModel)]
pub struct Image {
    /// Its id, written as text.
    #[api(with = "as_text")]
    pub id: u64,
}

fn main() {}
