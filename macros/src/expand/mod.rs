//! Expansion: one generator per capability over the validated model.

mod builder;
mod enum_strings;
mod metadata;
mod serde_struct;
mod transparent;
mod union;

use crate::ast::{Container, Data};
use crate::attr::{ContainerAttrs, Location};
use crate::errors::Errors;
use crate::validate;
use proc_macro2::{Span, TokenStream, TokenTree};
use quote::quote;
use syn::{DeriveInput, Generics, Type, parse_quote};

/// What the derive generates beside what every model gets, decided by this crate's features.
#[derive(Clone, Copy)]
pub(crate) struct Capabilities {
    /// The schema crates' traits (`schemars`, `utoipa`), set by hcloud-model's features.
    pub(crate) schema_crates: bool,
}

impl Capabilities {
    /// As this build of the derive was asked for.
    pub(crate) const FROM_FEATURES: Capabilities = Capabilities {
        schema_crates: cfg!(any(feature = "schemars", feature = "utoipa")),
    };
}

/// The whole derive as a plain function, so tests can call it without a compiler session.
pub(crate) fn derive(input: TokenStream) -> TokenStream {
    derive_with(input, Capabilities::FROM_FEATURES)
}

/// [`derive`] with the capabilities given, not those of this build's features: the snapshots pin
/// one expansion whichever features a workspace build unifies.
pub(crate) fn derive_with(input: TokenStream, capabilities: Capabilities) -> TokenStream {
    let input: DeriveInput = match syn::parse2(input) {
        Ok(input) => input,
        Err(error) => return error.into_compile_error(),
    };
    let mut errors = Errors::default();
    let container = Container::parse(&input, &mut errors);
    if let Some(container) = &container {
        validate::check(container, &mut errors);
    }
    let lints = GeneratedLints::of(&input);
    match (container, errors.finish()) {
        (Some(container), Ok(())) => generate(&container, &lints, capabilities),
        // The expansion is still emitted next to the errors, as thiserror's fallback does, so one
        // mistake does not cascade into "no function `builder`" wherever the model is used.
        (Some(container), Err(error)) => {
            let mut output = error.into_compile_error();
            output.extend(generate(&container, &lints, capabilities));
            output
        }
        (None, Err(error)) => {
            let mut output = error.into_compile_error();
            output.extend(stubs(&input, &lints));
            output
        }
        // Parsing only returns `None` after reporting why.
        (None, Ok(())) => TokenStream::new(),
    }
}

/// Lint levels for the generated items, which name the model, its fields and its variants.
struct GeneratedLints {
    /// `#[allow(deprecated)]` when the model, a field or a variant is `#[deprecated]`: its own
    /// generated code is no use of it (rustc's built-in derives are quiet there too). Only then, so
    /// a deprecated function a model names (`with`, `default = path`) still warns otherwise.
    allow_deprecated: Option<TokenStream>,
}

impl GeneratedLints {
    fn of(input: &DeriveInput) -> Self {
        let deprecated =
            |attrs: &[syn::Attribute]| attrs.iter().any(|attr| attr.path().is_ident("deprecated"));
        let members = match &input.data {
            syn::Data::Struct(data) => data.fields.iter().any(|f| deprecated(&f.attrs)),
            syn::Data::Enum(data) => data.variants.iter().any(|v| deprecated(&v.attrs)),
            syn::Data::Union(data) => data.fields.named.iter().any(|f| deprecated(&f.attrs)),
        };
        GeneratedLints {
            allow_deprecated: (deprecated(&input.attrs) || members)
                .then(|| quote!(#[allow(deprecated)])),
        }
    }
}

fn generate(
    container: &Container<'_>,
    lints: &GeneratedLints,
    capabilities: Capabilities,
) -> TokenStream {
    let runtime_full = runtime_path(container.attrs.krate.as_ref());
    // Inside the `const` block the runtime is `__rt`, one token where its path is five: every
    // generated path starts with it, and a derive's time goes with the tokens it emits and rustc
    // parses. Outside (the builder's declaration) it is the full path.
    let runtime = Runtime::in_const_block();
    let allow_deprecated = &lints.allow_deprecated;
    let wants = |flag: &Option<crate::attr::Spanned<bool>>| flag.as_ref().is_none_or(|f| f.value);
    let (declarations, impls) = match &container.data {
        Data::Struct(fields) => {
            let serde = wants(&container.attrs.serde)
                .then(|| serde_struct::expand(container, fields, &runtime));
            let builder = wants(&container.attrs.builder)
                .then(|| builder::expand(container, fields, &runtime, &runtime_full));
            let (declaration, builder_impls) = match builder {
                // The declaration is one item, which the attribute covers.
                Some(builder) => {
                    let declaration = builder.declaration;
                    (quote!(#allow_deprecated #declaration), builder.impls)
                }
                None => (TokenStream::new(), TokenStream::new()),
            };
            (declaration, quote!(#serde #builder_impls))
        }
        Data::Transparent { member, ty } => (
            TokenStream::new(),
            transparent::expand(container, member, ty, &runtime),
        ),
        Data::Enum(variants) => (
            TokenStream::new(),
            enum_strings::expand(container, variants, &runtime, wants(&container.attrs.serde)),
        ),
        Data::Union { tag, variants } => (
            TokenStream::new(),
            union::expand(
                container,
                tag.as_deref(),
                variants,
                &runtime,
                wants(&container.attrs.serde),
            ),
        ),
    };
    let metadata = metadata::expand(container, &runtime, capabilities.schema_crates);
    quote! {
        #declarations
        #allow_deprecated
        const _: () = {
            use #runtime_full as __rt;
            #impls
            #metadata
        };
    }
}

/// `#[inline(always)]` in a build without debug assertions (release), nothing in one with them.
/// For the generic functions a release build must inline and by its own measure would not
/// (`build()`, reading a field by position): in a debug build, LLVM inlines `inline(always)` even
/// without optimizations, so every call site gets its own copy of the body, which costs the
/// user's build time and buys no speed there.
fn inlined_in_release() -> TokenStream {
    quote!(#[cfg_attr(not(debug_assertions), inline(always))])
}

/// For a shape the derive cannot model (a union, a tuple struct): impls whose bodies never run
/// (the crate does not compile), so the rest of the user's code still type-checks.
fn stubs(input: &DeriveInput, lints: &GeneratedLints) -> TokenStream {
    // The container's keys were read and their problems reported before its shape was rejected;
    // read them again, quietly, for `crate` alone (a key of structs and enums alike).
    let keys = ContainerAttrs::parse(&input.attrs, Location::Struct, &mut Errors::default());
    let rt = runtime_path(keys.krate.as_ref());
    let ident = &input.ident;
    let name = ident.to_string();
    let (impl_generics, ty_generics, where_clause) = input.generics.split_for_impl();
    let de_generics = with_de_lifetime(&input.generics);
    let (de_impl_generics, _, _) = de_generics.split_for_impl();
    let allow_deprecated = &lints.allow_deprecated;
    quote! {
        #allow_deprecated
        const _: () = {
            #[automatically_derived]
            impl #impl_generics #rt::serde::Serialize for #ident #ty_generics #where_clause {
                fn serialize<__S: #rt::serde::Serializer>(&self, _: __S) -> #rt::Result<__S::Ok, __S::Error> {
                    ::core::unreachable!()
                }
            }

            #[automatically_derived]
            impl #de_impl_generics #rt::serde::Deserialize<'de> for #ident #ty_generics #where_clause {
                fn deserialize<__D: #rt::serde::Deserializer<'de>>(_: __D) -> #rt::Result<Self, __D::Error> {
                    ::core::unreachable!()
                }
            }

            #[automatically_derived]
            impl #impl_generics #rt::ApiModel for #ident #ty_generics #where_clause {
                const NAME: &'static #rt::str = #name;
                const DOC: &'static #rt::str = "";
                const TITLE: #rt::Option<&'static #rt::str> = #rt::None;
                const FIELDS: &'static [#rt::Field] = &[];
                const VALUES: &'static [#rt::EnumValue] = &[];
                const OPEN: #rt::bool = false;
            }

            #[automatically_derived]
            impl #impl_generics #rt::Describe for #ident #ty_generics #where_clause {
                fn shape() -> #rt::Shape {
                    #rt::Shape::Any
                }
            }
        };
    }
}

/// Generated code reaches everything through the runtime crate's hidden `__private` module, by an
/// absolute path, so nothing in the user's scope can shadow it.
fn runtime_path(krate: Option<&syn::Path>) -> Runtime {
    Runtime::new(match krate {
        Some(path) => quote!(#path::__private),
        None => quote!(::hcloud_model::__private),
    })
}

/// The runtime's path as generated code names it: `__rt` inside the derive's `const` block, the
/// full path outside. Kept as its tokens and interpolated token by token, because a `TokenStream`
/// interpolated into another costs two calls across the compiler's proc-macro bridge (one to flush
/// what was appended so far, one to join the two streams), and generated code names the runtime
/// about 170 times per model.
pub(crate) struct Runtime(Vec<TokenTree>);

impl Runtime {
    pub(crate) fn new(path: TokenStream) -> Self {
        Runtime(path.into_iter().collect())
    }

    fn in_const_block() -> Self {
        Runtime::new(quote!(__rt))
    }

    /// The same path, every token placed at `span` (see [`placed_at`]).
    pub(crate) fn at(&self, span: Span) -> Runtime {
        Runtime(each_at(self.0.iter().cloned(), span).collect())
    }
}

impl quote::ToTokens for Runtime {
    fn to_tokens(&self, tokens: &mut TokenStream) {
        tokens.extend(self.0.iter().cloned());
    }
}

/// A span at a user's token that resolves names as the rest of the generated code does: the
/// compiler points at the user's token, while hygiene stays that of the derive's call site (a
/// token from inside a `macro_rules!` would otherwise hide the generated locals).
fn at_user_token(span: Span) -> Span {
    Span::call_site().located_at(span)
}

/// `tokens` all placed at `span`, for code placed there: an expression of tokens from two places
/// (the runtime path from the derive, a member from the field) is reported as the whole stretch
/// of source between them.
fn placed_at(tokens: impl quote::ToTokens, span: Span) -> TokenStream {
    each_at(tokens.into_token_stream(), span).collect()
}

/// Each of `tokens`, placed at `span`.
fn each_at(
    tokens: impl IntoIterator<Item = TokenTree>,
    span: Span,
) -> impl Iterator<Item = TokenTree> {
    tokens.into_iter().map(move |mut token| {
        token.set_span(span);
        token
    })
}

/// The container's generics with `bound` on each type parameter that `types` use, as serde
/// infers them; `#[api(bound = "…")]` replaces the inferred predicates.
/// "a" or "an" before `name` in generated text (`an Image object`, `a Server`), by its first
/// letter; the unions' runtime messages choose theirs the same way.
fn article(name: &str) -> &'static str {
    if name.starts_with(['A', 'E', 'I', 'O', 'U', 'a', 'e', 'i', 'o', 'u']) {
        "an"
    } else {
        "a"
    }
}

fn with_bound<'a>(
    container: &Container<'_>,
    types: impl IntoIterator<Item = &'a Type>,
    bound: TokenStream,
) -> Generics {
    let mut generics = container.generics.clone();
    let clause = generics.make_where_clause();
    match &container.attrs.bound {
        Some(predicates) => clause.predicates.extend(predicates.iter().cloned()),
        None => {
            for param in type_params_in(container.generics, types) {
                clause.predicates.push(parse_quote!(#param: #bound));
            }
        }
    }
    generics
}

/// The type parameters of `generics` that appear in any of `types`.
fn type_params_in<'a>(
    generics: &Generics,
    types: impl IntoIterator<Item = &'a Type>,
) -> Vec<syn::Ident> {
    let mut used = std::collections::BTreeSet::new();
    for ty in types {
        collect_idents(quote::ToTokens::to_token_stream(ty), &mut used);
    }
    generics
        .type_params()
        .map(|p| p.ident.clone())
        .filter(|ident| used.contains(&ident.to_string()))
        .collect()
}

fn collect_idents(tokens: TokenStream, out: &mut std::collections::BTreeSet<String>) {
    for tree in tokens {
        match tree {
            proc_macro2::TokenTree::Ident(ident) => {
                out.insert(ident.to_string());
            }
            proc_macro2::TokenTree::Group(group) => collect_idents(group.stream(), out),
            _ => {}
        }
    }
}

/// `generics` with the deserializer's `'de` lifetime in front, outliving every lifetime of the
/// model so borrowed fields (`&'a str`, `Cow<'a, str>`) can borrow from the input.
fn with_de_lifetime(generics: &Generics) -> Generics {
    let mut generics = generics.clone();
    let mut de: syn::LifetimeParam = parse_quote!('de);
    de.bounds
        .extend(generics.lifetimes().map(|l| l.lifetime.clone()));
    generics.params.insert(0, syn::GenericParam::Lifetime(de));
    generics
}

#[cfg(test)]
mod tests {
    use super::derive;
    use quote::quote;

    #[test]
    fn fallback_impls_reach_the_runtime_by_the_crate_path() {
        let output = derive(quote! {
            /// An id without a name.
            #[api(crate = "my_api::models")]
            struct ImageId(i64);
        })
        .to_string();
        assert!(output.contains("compile_error"), "{output}");
        let through_the_path = output.matches("my_api :: models :: __private").count();
        assert!(through_the_path > 0, "{output}");
        assert!(!output.contains("hcloud_model"), "{output}");
    }
}
