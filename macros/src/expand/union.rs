//! Unions: an enum whose variants each hold one model, tagged by a key inside the object
//! (`#[api(tag = "type")]`) or told apart by the kind of the value (`#[api(untagged)]`). The
//! visitors live in the runtime (`__private::union`); a union's expansion names its variants by
//! index, converts each variant's value into the union (`From`), and checks at compile time that
//! no variant's model has a field named like the tag.

use super::{Runtime, with_bound, with_de_lifetime};
use crate::ast::{self, Container, Variant, VariantShape};
use crate::types;
use proc_macro2::TokenStream;
use quote::{quote, quote_spanned};
use syn::spanned::Spanned;

/// A variant that holds a value of its own (not the catch-all), with its index among them.
struct Member<'v, 'a> {
    index: usize,
    variant: &'v Variant<'a>,
    ty: &'a syn::Type,
}

/// The union's members ([`ast::union_members`]), numbered.
fn members<'v, 'a>(variants: &'v [Variant<'a>]) -> Vec<Member<'v, 'a>> {
    ast::union_members(variants)
        .enumerate()
        .map(|(index, (variant, ty))| Member { index, variant, ty })
        .collect()
}

pub(super) fn expand(
    container: &Container<'_>,
    tag: Option<&str>,
    variants: &[Variant<'_>],
    rt: &Runtime,
    with_serde: bool,
) -> TokenStream {
    let members = members(variants);
    // A catch-all of another type than `serde_json::Value` is reported by validation; the
    // expansion then leaves it out rather than add type errors to the report.
    let catch_all = variants.iter().find(|v| {
        v.is_catch_all()
            && matches!(v.shape, VariantShape::OneField(ty) if types::is_json_value(ty))
    });
    let serde = with_serde.then(|| {
        let union_impl = union_impl(container, tag, &members, catch_all, rt);
        let serialize = serialize(container, tag, variants, &members, catch_all, rt);
        let deserialize = deserialize(container, tag, &members, rt);
        quote!(#union_impl #serialize #deserialize)
    });
    let conversions = conversions(container, &members, rt);
    let tag_checks = tag.map(|tag| tag_checks(container, tag, &members, rt));
    quote!(#serde #conversions #tag_checks)
}

/// The runtime's view of the union: its variants by index, and the catch-all.
fn union_impl(
    container: &Container<'_>,
    tag: Option<&str>,
    members: &[Member<'_, '_>],
    catch_all: Option<&Variant<'_>>,
    rt: &Runtime,
) -> TokenStream {
    let ident = container.ident;
    let generics = deserialize_generics(container, members, rt);
    let (impl_generics, _, where_clause) = generics.split_for_impl();
    let (_, ty_generics, _) = container.generics.split_for_impl();
    let names = members.iter().map(|m| match tag {
        Some(_) => m.variant.wire_name.clone(),
        None => m.variant.ident.to_string(),
    });
    let arms = members.iter().map(|m| {
        let Member { index, variant, ty } = m;
        let variant = variant.ident;
        let read = quote_spanned!(ty.span()=> <#ty as #rt::serde::Deserialize<'de>>::deserialize);
        quote!(#index => #rt::Result::map(#read(__deserializer), Self::#variant),)
    });
    let other = match catch_all {
        Some(variant) => {
            let variant = variant.ident;
            quote!(#rt::Ok(Self::#variant(__object)))
        }
        None => quote!(#rt::Err(__object)),
    };
    let tagged = tag.map(|tag| {
        quote! {
            #[automatically_derived]
            impl #impl_generics #rt::union::tagged::TaggedUnion<'de> for #ident #ty_generics #where_clause {
                const TAG: &'static #rt::str = #tag;
            }
        }
    });
    let name = container.name();
    let unknown = format!("no variant of `{name}` has this index");
    quote! {
        #[automatically_derived]
        impl #impl_generics #rt::union::Union<'de> for #ident #ty_generics #where_clause {
            const VARIANT_NAMES: &'static [&'static #rt::str] = &[#(#names),*];

            fn variant<__D>(__index: #rt::usize, __deserializer: __D) -> #rt::Result<Self, __D::Error>
            where
                __D: #rt::serde::Deserializer<'de>,
            {
                match __index {
                    #(#arms)*
                    _ => #rt::Err(<__D::Error as #rt::serde::de::Error>::custom(#unknown)),
                }
            }

            fn other(__object: #rt::JsonValue) -> #rt::Result<Self, #rt::JsonValue> {
                #other
            }
        }

        #tagged
    }
}

fn serialize(
    container: &Container<'_>,
    tag: Option<&str>,
    variants: &[Variant<'_>],
    members: &[Member<'_, '_>],
    catch_all: Option<&Variant<'_>>,
    rt: &Runtime,
) -> TokenStream {
    let ident = container.ident;
    let name = container.name();
    let generics = with_bound(
        container,
        members.iter().map(|m| m.ty),
        quote!(#rt::serde::Serialize),
    );
    let (impl_generics, ty_generics, where_clause) = generics.split_for_impl();
    let arms = members.iter().map(|m| {
        let Member { index, variant, ty } = m;
        let variant_ident = variant.ident;
        let write = match tag {
            Some(tag) => {
                let value = &variant.wire_name;
                quote_spanned!(ty.span()=> #rt::union::tagged::serialize(__serializer, #name, #tag, #index, #value, __value))
            }
            None => {
                let variant_name = variant_ident.to_string();
                quote_spanned!(ty.span()=> #rt::union::untagged::serialize(__serializer, #name, #index, #variant_name, __value))
            }
        };
        quote!(Self::#variant_ident(__value) => #write,)
    });
    let other_arm = catch_all.map(|variant| {
        let variant_ident = variant.ident;
        let variant_name = variant_ident.to_string();
        let index = members.len();
        quote! {
            Self::#variant_ident(__object) => #rt::union::tagged::serialize_other(__serializer, #name, #index, #variant_name, __object),
        }
    });
    // Variants validation rejected have no arm; the expansion must still be a valid `match`.
    let rejected = (members.len() + usize::from(catch_all.is_some()) < variants.len())
        .then(|| quote!(_ => ::core::unreachable!(),));
    quote! {
        #[automatically_derived]
        impl #impl_generics #rt::serde::Serialize for #ident #ty_generics #where_clause {
            fn serialize<__S>(&self, __serializer: __S) -> #rt::Result<__S::Ok, __S::Error>
            where
                __S: #rt::serde::Serializer,
            {
                match self {
                    #(#arms)*
                    #other_arm
                    #rejected
                }
            }
        }
    }
}

fn deserialize(
    container: &Container<'_>,
    tag: Option<&str>,
    members: &[Member<'_, '_>],
    rt: &Runtime,
) -> TokenStream {
    let ident = container.ident;
    let generics = deserialize_generics(container, members, rt);
    let (impl_generics, _, where_clause) = generics.split_for_impl();
    let (_, ty_generics, _) = container.generics.split_for_impl();
    let read = match tag {
        Some(_) => quote!(#rt::union::tagged::deserialize(__deserializer)),
        None => quote!(#rt::union::untagged::deserialize(__deserializer)),
    };
    quote! {
        #[automatically_derived]
        impl #impl_generics #rt::serde::Deserialize<'de> for #ident #ty_generics #where_clause {
            #[inline]
            fn deserialize<__D>(__deserializer: __D) -> #rt::Result<Self, __D::Error>
            where
                __D: #rt::serde::Deserializer<'de>,
            {
                #read
            }
        }
    }
}

/// The generics of the impls that read the union: `'de` first, and `T: Deserialize<'de>` for the
/// type parameters the members' types use.
fn deserialize_generics(
    container: &Container<'_>,
    members: &[Member<'_, '_>],
    rt: &Runtime,
) -> syn::Generics {
    let generics = with_bound(
        container,
        members.iter().map(|m| m.ty),
        quote!(#rt::serde::Deserialize<'de>),
    );
    with_de_lifetime(&generics)
}

/// `From<Model> for Union` for each variant whose type no other variant holds (two `From`s of
/// one type would conflict).
fn conversions(container: &Container<'_>, members: &[Member<'_, '_>], rt: &Runtime) -> TokenStream {
    let ident = container.ident;
    let (impl_generics, ty_generics, where_clause) = container.generics.split_for_impl();
    let impls = members
        .iter()
        .filter(|m| {
            members
                .iter()
                .filter(|other| types::display(other.ty) == types::display(m.ty))
                .count()
                == 1
        })
        .map(|m| {
            let ty = m.ty;
            let variant = m.variant.ident;
            quote! {
                #[automatically_derived]
                impl #impl_generics #rt::From<#ty> for #ident #ty_generics #where_clause {
                    #[inline]
                    fn from(__value: #ty) -> Self {
                        Self::#variant(__value)
                    }
                }
            }
        });
    quote!(#(#impls)*)
}

/// A compile-time check per variant that its model has no field whose key is the tag: the tag
/// would be read as the variant's name and never reach the field. The derive cannot see another
/// type's fields, so the check runs when the generated code is compiled.
fn tag_checks(
    container: &Container<'_>,
    tag: &str,
    members: &[Member<'_, '_>],
    rt: &Runtime,
) -> TokenStream {
    // Generic variant types are checked where they are instantiated, which a `const` cannot do.
    if container.generics.type_params().next().is_some() {
        return TokenStream::new();
    }
    let name = container.name();
    let checks = members.iter().map(|m| {
        let ty = m.ty;
        let message = format!(
            "the tag key \"{tag}\" of `{name}` is also a field of variant `{}`'s model: the tag would never reach that field; rename the field (`#[api(rename = \"…\")]`) or pick another tag",
            m.variant.ident
        );
        quote_spanned! {ty.span()=>
            const _: () = ::core::assert!(
                !#rt::union::has_key(<#ty as #rt::ApiModel>::FIELDS, #tag),
                #message
            );
        }
    });
    quote!(#(#checks)*)
}
