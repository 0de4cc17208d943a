//! The Hetzner Cloud models: one file per resource family, named after the spec's tag
//! (`server_types` for "Server Types"), and the pieces they share in `common`. The crate root
//! re-exports every model with its builder.

mod actions;
mod common;
mod datacenters;
mod images;
mod isos;
mod locations;
pub mod ops;
mod placement_groups;
mod pricing;
mod server_types;
mod servers;
mod ssh_keys;
mod volumes;

pub use actions::*;
pub use common::*;
pub use datacenters::*;
pub use images::*;
pub use isos::*;
pub use locations::*;
pub use placement_groups::*;
pub use pricing::*;
pub use server_types::*;
pub use servers::*;
pub use ssh_keys::*;
pub use volumes::*;
