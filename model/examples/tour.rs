//! The main job: decode a `GET /images` response and print one line per image, then a
//! `GET /servers/{id}` response with the server's type, location and image.
//!
//! ```sh
//! cargo run --example tour                     # the bundled responses
//! cargo run --example tour -- response.json    # any other GET /images body
//! ```

use hcloud_model::{ImagesPage, ServerResponse};
use std::process::ExitCode;

const BUNDLED_IMAGES: &str = include_str!("data/get_images.json");
const BUNDLED_SERVER: &str = include_str!("data/get_server.json");

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
            BUNDLED_IMAGES.to_owned(),
        ),
    };
    let page: ImagesPage = match serde_json::from_str(&body) {
        Ok(page) => page,
        Err(error) => {
            eprintln!("{source} is not a GET /images response: {error}");
            return ExitCode::FAILURE;
        }
    };
    println!("{} images in the {source}:", page.images.len());
    for image in &page.images {
        let os = match &image.os_version {
            Some(version) => format!("{} {version}", image.os_flavor),
            None => image.os_flavor.to_string(),
        };
        // Enum values honour width and alignment like any string.
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

    let server = match serde_json::from_str::<ServerResponse>(BUNDLED_SERVER) {
        Ok(response) => response.server,
        Err(error) => {
            eprintln!("the bundled GET /servers/{{id}} response does not decode: {error}");
            return ExitCode::FAILURE;
        }
    };
    let server_type = &server.server_type;
    println!();
    println!("server {} ({}), {}", server.name, server.id, server.status);
    println!(
        "  type      {} ({}): {} cores, {} GB memory, {} GB disk, {} / {}",
        server_type.name,
        server_type.description,
        server_type.cores,
        server_type.memory,
        server_type.disk,
        server_type.cpu_type,
        server_type.architecture
    );
    if let Some(price) = server_type
        .prices
        .iter()
        .find(|p| p.location == server.location.name)
    {
        println!(
            "  price     {} EUR/month net in {}",
            price.price_monthly.net, price.location
        );
    }
    println!(
        "  location  {} ({}, {}), network zone {}",
        server.location.name,
        server.location.city,
        server.location.country,
        server.location.network_zone
    );
    match &server.image {
        Some(image) => println!(
            "  image     {} ({} {}, {})",
            image.name.as_deref().unwrap_or(&image.description),
            image.os_flavor,
            image.os_version.as_deref().unwrap_or("?"),
            image.r#type
        ),
        None => println!("  image     none (installed from an ISO)"),
    }
    if let Some(ipv4) = &server.public_net.ipv4 {
        println!("  ipv4      {}", ipv4.ip);
    }
    ExitCode::SUCCESS
}
