//! The Hetzner Cloud models: one file per resource family, named after the spec's tag
//! (`server_types` for "Server Types"), and the pieces they share in `common`. The crate root
//! re-exports every model with its builder.

mod actions;
mod common;
mod images;
mod isos;
mod locations;
pub mod ops;
mod placement_groups;
mod server_actions;
mod server_types;
mod servers;

pub use actions::*;
pub use common::*;
pub use images::*;
pub use isos::*;
pub use locations::*;
pub use placement_groups::*;
pub use server_actions::*;
pub use server_types::*;
pub use servers::*;
