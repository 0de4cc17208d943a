//! Prints the OpenAPI schema of a model: `cargo run --example schema -- ServerImage`.

use hcloud_model::{
    ApiModel, Architecture, CreatedFrom, ImageStatus, ImageType, OsFlavor, Protection, ServerImage,
};
use std::process::ExitCode;

/// Renders one model's schema.
type Render = fn() -> serde_json::Value;

/// The models this example knows, by name.
const MODELS: &[(&str, Render)] = &[
    (ServerImage::NAME, ServerImage::openapi_schema),
    (CreatedFrom::NAME, CreatedFrom::openapi_schema),
    (Protection::NAME, Protection::openapi_schema),
    (Architecture::NAME, Architecture::openapi_schema),
    (OsFlavor::NAME, OsFlavor::openapi_schema),
    (ImageStatus::NAME, ImageStatus::openapi_schema),
    (ImageType::NAME, ImageType::openapi_schema),
];

fn main() -> ExitCode {
    let wanted = std::env::args()
        .nth(1)
        .unwrap_or_else(|| ServerImage::NAME.to_owned());
    match MODELS.iter().find(|(name, _)| *name == wanted) {
        Some((_, schema)) => {
            println!(
                "{}",
                serde_json::to_string_pretty(&schema()).expect("a schema is JSON")
            );
            ExitCode::SUCCESS
        }
        None => {
            let names: Vec<&str> = MODELS.iter().map(|(name, _)| *name).collect();
            eprintln!("unknown model `{wanted}`: try one of {}", names.join(", "));
            ExitCode::FAILURE
        }
    }
}
