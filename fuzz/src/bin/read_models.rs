//! Feeds AFL++'s inputs to every response model: reading must never panic, whatever the bytes.

use hcloud_model::{
    CreateImageResponse, CreateServerRequest, CreateServerResponse, ErrorResponse, ImageResponse,
    ImagesPage, ServerImage, ServerResponse, ServersPage,
};

fn main() {
    afl::fuzz!(|data: &[u8]| {
        let _ = serde_json::from_slice::<ServerImage>(data);
        let _ = serde_json::from_slice::<ImagesPage>(data);
        let _ = serde_json::from_slice::<ImageResponse>(data);
        let _ = serde_json::from_slice::<ServersPage>(data);
        let _ = serde_json::from_slice::<ServerResponse>(data);
        let _ = serde_json::from_slice::<CreateServerRequest>(data);
        let _ = serde_json::from_slice::<CreateServerResponse>(data);
        let _ = serde_json::from_slice::<CreateImageResponse>(data);
        let _ = serde_json::from_slice::<ErrorResponse>(data);
        // What reads must write: a value that was accepted serializes without failing.
        if let Ok(image) = serde_json::from_slice::<ServerImage>(data) {
            serde_json::to_vec(&image).expect("an accepted image serializes");
        }
    });
}
