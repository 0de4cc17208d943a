#![deny(warnings)]
use hcloud_model::{Architecture, CreatedFrom, ImageStatus, ImageType, OsFlavor, Protection, ServerImage};
use std::collections::BTreeMap;

fn main() {
    // Required fields in any order; optional ones left out or given through `maybe_`.
    let built = ServerImage::builder()
        .r#type(ImageType::Snapshot)
        .status(ImageStatus::Available)
        .protection(Protection::builder().delete(false).build())
        .os_flavor(OsFlavor::Debian)
        .disk_size(20.0)
        .id(7)
        .description("before upgrade")
        .created("2026-01-01T00:00:00Z")
        .architecture(Architecture::Arm)
        .maybe_os_version(None::<String>)
        .created_from(CreatedFrom::builder().name("web-1").id(3).build())
        .build();
    assert_eq!(built.os_version, None);
    assert_eq!(built.labels, BTreeMap::new());
    assert_eq!(built.created_from.unwrap().id, 3);
}
