//! Expansion: one generator per capability over the validated model.

mod builder;
mod enum_strings;
mod metadata;
mod serde_struct;

use crate::ast::{Container, Data};
use crate::errors::Errors;
use crate::validate;
use proc_macro2::TokenStream;
use quote::quote;
use syn::{DeriveInput, Generics, parse_quote};

/// The whole derive as a plain function, so tests can call it without a compiler session.
pub(crate) fn derive(input: TokenStream) -> TokenStream {
    let input: DeriveInput = match syn::parse2(input) {
        Ok(input) => input,
        Err(error) => return error.into_compile_error(),
    };
    let mut errors = Errors::default();
    let container = Container::parse(&input, &mut errors);
    if let Some(container) = &container {
        validate::check(container, &mut errors);
    }
    match (container, errors.finish()) {
        (Some(container), Ok(())) => generate(&container),
        (_, Err(error)) => error.into_compile_error(),
        // Parsing only returns `None` after reporting why.
        (None, Ok(())) => TokenStream::new(),
    }
}

fn generate(container: &Container<'_>) -> TokenStream {
    let runtime = runtime_path(container);
    let (declarations, impls) = match &container.data {
        Data::Struct(fields) => {
            let serde = serde_struct::expand(container, fields, &runtime);
            let builder = builder::expand(container, fields, &runtime);
            let impls = builder.impls;
            (builder.declaration, quote!(#serde #impls))
        }
        Data::Enum(variants) => (
            TokenStream::new(),
            enum_strings::expand(container, variants, &runtime),
        ),
    };
    let metadata = metadata::expand(container, &runtime);
    quote! {
        #declarations
        const _: () = {
            #impls
            #metadata
        };
    }
}

/// Generated code reaches everything through the runtime crate's hidden `__private` module, by an
/// absolute path, so nothing in the user's scope can shadow it.
fn runtime_path(container: &Container<'_>) -> TokenStream {
    match &container.attrs.krate {
        Some(path) => quote!(#path::__private),
        None => quote!(::hcloud_model::__private),
    }
}

/// The container's generics with `bound` added to every type parameter.
fn with_bound(generics: &Generics, bound: TokenStream) -> Generics {
    let mut generics = generics.clone();
    let params: Vec<_> = generics.type_params().map(|p| p.ident.clone()).collect();
    let clause = generics.make_where_clause();
    for param in params {
        clause.predicates.push(parse_quote!(#param: #bound));
    }
    generics
}

/// `generics` with the deserializer's `'de` lifetime in front.
fn with_de_lifetime(generics: &Generics) -> Generics {
    let mut generics = generics.clone();
    generics.params.insert(0, parse_quote!('de));
    generics
}
