//! What the derive and the models do, one module per capability, in one test binary (one link
//! instead of one per file).

mod attributes;
mod builders;
mod bundled_data;
mod enums;
mod field_kinds;
mod formats;
mod image_errors;
mod list_responses;
mod operation_targets;
mod patch;
mod published_docs;
mod recursion;
mod requests;
mod schema_crates;
mod unions;
