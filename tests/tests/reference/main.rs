//! The models held to the official Hetzner Cloud spec and its examples in `../shared/reference/`,
//! in one test binary.

mod http;
mod operations;
mod reference_examples;
mod reference_images;
mod schema_conformance;
