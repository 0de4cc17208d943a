//! The derive macro behind [`hcloud-model`](https://docs.rs/hcloud-model).
//!
//! Depend on `hcloud-model`, not on this crate: it re-exports `#[derive(ApiModel)]` together with
//! the runtime support the generated code needs, and its crate documentation is the reference for
//! everything the derive generates and every `#[api(…)]` attribute.
//!
//! Inside, the derive runs in three steps: parse the input into a small typed model of our
//! own, validate it (collecting every problem so one compile shows all of them), and expand it with
//! one generator per capability.

#![forbid(unsafe_code)]
#![deny(missing_docs)]

mod ast;
mod attr;
mod case;
mod docs;
mod errors;
mod expand;
#[cfg(test)]
mod fuzz_tests;
#[cfg(test)]
mod snapshot_tests;
mod types;
mod validate;

/// Derives serde glue, a typestate builder, enum string conversions and schema metadata for a
/// documented API model. See the `hcloud-model` crate documentation for the full reference.
#[proc_macro_derive(ApiModel, attributes(api))]
pub fn derive_api_model(input: proc_macro::TokenStream) -> proc_macro::TokenStream {
    expand::derive(input.into()).into()
}
