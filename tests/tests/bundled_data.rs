//! Our own example data (what `cargo run --example tour` decodes) is a faithful API response.

use hcloud_model::{Architecture, ImageStatus, ImageType, OsFlavor, ServerImage};
use hcloud_model_tests::same_json;
use serde_json::Value;

const GET_IMAGES: &str = include_str!("../../model/examples/data/get_images.json");

#[test]
fn the_bundled_image_list_round_trips_with_only_known_values() {
    let body: Value = serde_json::from_str(GET_IMAGES).unwrap();
    let images: Vec<ServerImage> = serde_json::from_value(body["images"].clone()).unwrap();
    assert!(images.len() >= 5, "the tour shows several images");
    assert_eq!(
        serde_json::to_value(&images)
            .unwrap()
            .as_array()
            .unwrap()
            .len(),
        images.len()
    );
    assert!(same_json(
        &serde_json::to_value(&images).unwrap(),
        &body["images"]
    ));
    for image in &images {
        assert!(
            !matches!(image.architecture, Architecture::Other(_)),
            "{}",
            image.id
        );
        assert!(
            !matches!(image.os_flavor, OsFlavor::Other(_)),
            "{}",
            image.id
        );
        assert!(
            !matches!(image.status, ImageStatus::Other(_)),
            "{}",
            image.id
        );
        assert!(!matches!(image.r#type, ImageType::Other(_)), "{}", image.id);
    }
    // Both kinds of absent data occur: a missing optional key and null nullable keys.
    assert!(images.iter().any(|i| i.rapid_deploy.is_none()));
    assert!(
        images
            .iter()
            .any(|i| i.created_from.is_some() && i.bound_to.is_some())
    );
}
