//! String conversions for an enum of unit variants, with the optional `#[api(other)]` catch-all.

use super::Runtime;
use crate::ast::{Container, Variant, VariantShape};
use crate::types;
use proc_macro2::TokenStream;
use quote::quote;

pub(super) fn expand(
    container: &Container<'_>,
    variants: &[Variant<'_>],
    rt: &Runtime,
    serde: bool,
) -> TokenStream {
    let ident = container.ident;
    let vis = container.vis;
    let name = container.name();
    let (impl_generics, ty_generics, where_clause) = container.generics.split_for_impl();
    // Only unit variants have a wire value; any other shape was reported by validation, and gets
    // an arm of its own below so the generated matches stay exhaustive.
    let known: Vec<_> = variants
        .iter()
        .filter(|v| !v.is_catch_all() && matches!(v.shape, VariantShape::Unit))
        .collect();
    let known_idents: Vec<_> = known.iter().map(|v| v.ident).collect();
    let known_wires: Vec<_> = known.iter().map(|v| v.wire_name.as_str()).collect();
    let known_indices: Vec<_> = (0..known.len())
        .map(proc_macro2::Literal::usize_unsuffixed)
        .collect();
    let catch_all = variants
        .iter()
        .find(|v| is_valid_catch_all(v))
        .map(|v| v.ident);
    let invalid = variants
        .iter()
        .filter(|v| !known_idents.contains(&v.ident) && Some(v.ident) != catch_all)
        .map(|v| v.ident);

    let catch_all_as_str =
        catch_all.map(|other| quote!(Self::#other(__value) => #rt::String::as_str(__value),));
    let from_unknown = match catch_all {
        Some(other) => quote!(#rt::Ok(Self::#other(__value))),
        None => quote!(#rt::Err(__value)),
    };
    let invalid_as_str = quote!(#(Self::#invalid { .. } => "",)*);
    let as_str_body = if variants.is_empty() {
        quote!(match *self {})
    } else {
        quote! {
            match self {
                #(Self::#known_idents => #known_wires,)*
                #catch_all_as_str
                #invalid_as_str
            }
        }
    };
    let as_str_doc = format!(" The wire value of this `{name}`, as the API writes it.");
    let variants_doc = format!(
        " The wire values of the known `{name}` variants, in declaration order{}.",
        if catch_all.is_some() {
            " (the catch-all keeps any other value)"
        } else {
            ""
        }
    );

    let serde_impls = serde.then(|| {
        quote! {
        #[automatically_derived]
        impl #impl_generics #rt::serde::Serialize for #ident #ty_generics #where_clause {
            #[inline]
            fn serialize<__S>(&self, __serializer: __S) -> #rt::Result<__S::Ok, __S::Error>
            where
                __S: #rt::serde::Serializer,
            {
                #rt::serde::Serializer::serialize_str(__serializer, self.as_str())
            }
        }

        #[automatically_derived]
        impl<'de> #rt::serde::Deserialize<'de> for #ident #ty_generics #where_clause {
            #[inline]
            fn deserialize<__D>(__deserializer: __D) -> #rt::Result<Self, __D::Error>
            where
                __D: #rt::serde::Deserializer<'de>,
            {
                #rt::enums::deserialize(__deserializer)
            }
        }
        }
    });

    quote! {
        #[automatically_derived]
        impl #impl_generics #ident #ty_generics #where_clause {
            #[doc = #variants_doc]
            #vis const VARIANTS: &'static [&'static #rt::str] = &[#(#known_wires),*];

            #[doc = #as_str_doc]
            #[inline]
            #vis fn as_str(&self) -> &#rt::str {
                #as_str_body
            }
        }

        #[automatically_derived]
        impl #impl_generics #rt::enums::WireEnum for #ident #ty_generics #where_clause {
            const WIRE_VALUES: &'static [&'static #rt::str] = Self::VARIANTS;

            #[inline]
            fn index_of(__value: &#rt::str) -> #rt::Option<#rt::usize> {
                match __value {
                    #(#known_wires => #rt::Some(#known_indices),)*
                    _ => #rt::None,
                }
            }

            #[inline]
            fn known(__index: #rt::usize) -> Self {
                match __index {
                    #(#known_indices => Self::#known_idents,)*
                    _ => #rt::unreachable_state(),
                }
            }

            #[inline]
            fn from_unknown(__value: #rt::String) -> #rt::Result<Self, #rt::String> {
                #from_unknown
            }
        }

        #[automatically_derived]
        impl #impl_generics #rt::fmt::Display for #ident #ty_generics #where_clause {
            #[inline]
            fn fmt(&self, __formatter: &mut #rt::fmt::Formatter<'_>) -> #rt::fmt::Result {
                #rt::fmt::Formatter::pad(__formatter, self.as_str())
            }
        }

        #[automatically_derived]
        impl #impl_generics #rt::AsRef<#rt::str> for #ident #ty_generics #where_clause {
            #[inline]
            fn as_ref(&self) -> &#rt::str {
                self.as_str()
            }
        }

        #[automatically_derived]
        impl #impl_generics #rt::FromStr for #ident #ty_generics #where_clause {
            type Err = #rt::ParseEnumError;

            #[inline]
            fn from_str(__value: &#rt::str) -> #rt::Result<Self, #rt::ParseEnumError> {
                #rt::enums::parse(__value)
            }
        }

        #[automatically_derived]
        impl #impl_generics #rt::TryFrom<&#rt::str> for #ident #ty_generics #where_clause {
            type Error = #rt::ParseEnumError;

            #[inline]
            fn try_from(__value: &#rt::str) -> #rt::Result<Self, #rt::ParseEnumError> {
                #rt::enums::parse(__value)
            }
        }

        #serde_impls
    }
}

/// The one shape a catch-all may have: `#[api(other)] Other(String)`.
fn is_valid_catch_all(variant: &Variant<'_>) -> bool {
    variant.is_catch_all()
        && matches!(variant.shape, VariantShape::OneField(ty) if types::is_string(ty))
}
