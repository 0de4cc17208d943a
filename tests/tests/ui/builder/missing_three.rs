use hcloud_model::{Architecture, ImageStatus, ImageType, OsFlavor, Protection, ServerImage};

fn main() {
    // `created`, `description` and `disk_size` are left out.
    let _image = ServerImage::builder()
        .id(42)
        .architecture(Architecture::X86)
        .os_flavor(OsFlavor::Ubuntu)
        .protection(Protection { delete: false })
        .status(ImageStatus::Available)
        .r#type(ImageType::System)
        .build();
}
