//! The main job: decode a `GET /images` response and print one line per image.
//!
//! ```sh
//! cargo run --example tour                     # the bundled response
//! cargo run --example tour -- response.json    # any other GET /images body
//! ```

use hcloud_model::{ApiModel, ServerImage};
use std::process::ExitCode;

/// The body of `GET /images`.
#[derive(ApiModel, Debug)]
struct ListImages {
    /// The images of this page.
    images: Vec<ServerImage>,
}

const BUNDLED: &str = include_str!("data/get_images.json");

fn main() -> ExitCode {
    let (source, body) = match std::env::args_os().nth(1) {
        Some(path) => match std::fs::read_to_string(&path) {
            Ok(body) => (path.to_string_lossy().into_owned(), body),
            Err(error) => {
                eprintln!("cannot read {}: {error}", path.to_string_lossy());
                return ExitCode::FAILURE;
            }
        },
        None => (
            "bundled GET /images response".to_owned(),
            BUNDLED.to_owned(),
        ),
    };
    let list: ListImages = match serde_json::from_str(&body) {
        Ok(list) => list,
        Err(error) => {
            eprintln!("{source} is not a GET /images response: {error}");
            return ExitCode::FAILURE;
        }
    };
    println!("{} images in the {source}:", list.images.len());
    for image in &list.images {
        // Enum values honour width and alignment like any string.
        let os = match &image.os_version {
            Some(version) => format!("{} {version}", image.os_flavor),
            None => image.os_flavor.to_string(),
        };
        println!(
            "{:>10}  {:<9} {:<11} {:<14} {:<4} {:>5} GB  {}",
            image.id,
            image.r#type,
            image.status,
            os,
            image.architecture,
            image.disk_size,
            image.name.as_deref().unwrap_or(&image.description),
        );
    }
    ExitCode::SUCCESS
}
