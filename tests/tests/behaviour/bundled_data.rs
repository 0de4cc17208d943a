//! Our own example data (what `cargo run --example tour` decodes) is a faithful API response.

use hcloud_model::{
    Architecture, ImageStatus, ImageType, ImagesPage, OsFlavor, ServerResponse, ServerStatus,
};
use hcloud_model_tests::same_json;
use serde_json::Value;

pub(crate) const GET_IMAGES: &str = include_str!(concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/../model/examples/data/get_images.json"
));
pub(crate) const GET_SERVER: &str = include_str!(concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/../model/examples/data/get_server.json"
));

#[test]
fn the_bundled_image_list_round_trips_with_only_known_values() {
    let body: Value = serde_json::from_str(GET_IMAGES).unwrap();
    let page: ImagesPage = serde_json::from_str(GET_IMAGES).unwrap();
    assert!(page.images.len() >= 5, "the tour shows several images");
    assert!(same_json(&serde_json::to_value(&page).unwrap(), &body));
    for image in &page.images {
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
    assert!(page.images.iter().any(|i| i.rapid_deploy.is_none()));
    assert!(
        page.images
            .iter()
            .any(|i| i.created_from.is_some() && i.bound_to.is_some())
    );
    assert_eq!(
        page.meta.pagination.total_entries,
        Some(page.images.len() as i64)
    );
}

#[test]
fn the_bundled_server_round_trips() {
    let body: Value = serde_json::from_str(GET_SERVER).unwrap();
    let response: ServerResponse = serde_json::from_str(GET_SERVER).unwrap();
    assert!(same_json(&serde_json::to_value(&response).unwrap(), &body));
    let server = response.server;
    assert_eq!(server.status, ServerStatus::Running);
    assert!(
        server.placement_group.is_null(),
        "the live API's null is kept as null"
    );
    assert_eq!(server.image.unwrap().name.as_deref(), Some("ubuntu-24.04"));
    assert!(
        server
            .server_type
            .prices
            .iter()
            .any(|p| p.location == server.location.name)
    );
}
