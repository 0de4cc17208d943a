// One mistake in a model gives one error: the code that uses the model still type-checks.
use hcloud_model::ApiModel;

/// An image.
#[derive(ApiModel, Debug)]
struct Image {
    /// Its id.
    id: i64,
    name: String,
}

fn main() {
    let image = Image::builder().id(1).name("x").build();
    let json = serde_json::to_string(&image).unwrap();
    let _back: Image = serde_json::from_str(&json).unwrap();
    assert_eq!(Image::FIELDS.len(), 2);
}
