//! Metadata as constants (`ApiModel`) and the type's wire shape (`Describe`). The schema is
//! rendered from these by the runtime, so no model carries rendering code of its own; the
//! schema crates' traits (`schemars`, `utoipa`) are a call into the runtime as well.

use super::{Runtime, at_user_token, with_bound};
use crate::ast::{self, Container, Data, Field, FieldKind};
use crate::types;
use proc_macro2::TokenStream;
use quote::{quote, quote_spanned};
use syn::spanned::Spanned as _;

pub(super) fn expand(container: &Container<'_>, rt: &Runtime, schema_crates: bool) -> TokenStream {
    let ident = container.ident;
    let name = container.name();
    let doc = container.doc.expression(rt);
    // Only what differs from the trait's defaults is written: each constant given is one more
    // item for every build to check.
    let title = container.attrs.title.as_ref().map(|title| {
        let title = &title.value;
        quote!(const TITLE: #rt::Option<&'static #rt::str> = #rt::Some(#title);)
    });
    let described: Vec<&syn::Type> = match &container.data {
        Data::Struct(fields) => fields
            .iter()
            .filter(|f| f.is_on_wire() && !f.has_own_wire_form())
            .map(|f| f.ty)
            .collect(),
        Data::Transparent { ty, .. } => vec![*ty],
        Data::Enum(_) => Vec::new(),
        Data::Union { variants, .. } => ast::union_members(variants).map(|(_, ty)| ty).collect(),
    };
    let generics = with_bound(container, described, quote!(#rt::Describe));
    let (impl_generics, ty_generics, where_clause) = generics.split_for_impl();
    let mut union_variants = None;
    let (fields, values, open, shape) = match &container.data {
        Data::Transparent { ty, .. } => (
            quote!(&[]),
            quote!(&[]),
            false,
            quote!(<#ty as #rt::Describe>::shape()),
        ),
        Data::Struct(fields) => {
            let entries = fields.iter().filter(|f| f.is_on_wire()).map(|field| {
                let field_name = field.name();
                let wire = &field.wire_name;
                let field_doc = field.doc.expression(rt);
                let type_name = types::display(field.ty);
                let flags = field_flags(field, rt);
                let format = field.attrs.format.as_ref().map_or("", |f| f.value.as_str());
                let ty = field.ty;
                let shape = if field.has_own_wire_form() {
                    own_wire_shape(field, rt)
                } else {
                    quote!(<#ty as #rt::Describe>::shape)
                };
                quote! {
                    #rt::Field::__new(#field_name, #wire, #field_doc, #type_name, #flags, #format, #shape)
                }
            });
            (
                quote!(&[#(#entries),*]),
                quote!(&[]),
                false,
                quote!(#rt::Shape::Object {
                    name: <Self as #rt::ApiModel>::NAME,
                    title: <Self as #rt::ApiModel>::TITLE,
                    doc: <Self as #rt::ApiModel>::DOC,
                    fields: <Self as #rt::ApiModel>::FIELDS,
                }),
            )
        }
        Data::Enum(variants) => {
            let entries = variants
                .iter()
                .filter(|v| !v.is_catch_all())
                .map(|variant| {
                    let variant_name = variant.ident.to_string();
                    let wire = &variant.wire_name;
                    let variant_doc = variant.doc.expression(rt);
                    quote!(#rt::EnumValue::__new(#variant_name, #wire, #variant_doc))
                });
            (
                quote!(&[]),
                quote!(&[#(#entries),*]),
                variants.iter().any(|v| v.is_catch_all()),
                quote!(#rt::Shape::Enum {
                    name: <Self as #rt::ApiModel>::NAME,
                    title: <Self as #rt::ApiModel>::TITLE,
                    doc: <Self as #rt::ApiModel>::DOC,
                    values: <Self as #rt::ApiModel>::VALUES,
                    open: <Self as #rt::ApiModel>::OPEN,
                }),
            )
        }
        Data::Union { tag, variants } => {
            let members: Vec<_> = ast::union_members(variants).collect();
            let entries = members.iter().map(|(variant, ty)| {
                let variant_name = variant.ident.to_string();
                let variant_doc = variant.doc.expression(rt);
                let tag_value = match tag {
                    Some(_) => {
                        let wire = &variant.wire_name;
                        quote!(#rt::Some(#wire))
                    }
                    None => quote!(#rt::None),
                };
                quote!(#rt::UnionVariant::__new(#variant_name, #tag_value, #variant_doc, <#ty as #rt::Describe>::shape))
            });
            union_variants = Some(quote!(&[#(#entries),*]));
            let values = members
                .iter()
                .filter(|_| tag.is_some())
                .map(|(variant, _)| {
                    let variant_name = variant.ident.to_string();
                    let wire = &variant.wire_name;
                    let variant_doc = variant.doc.expression(rt);
                    quote!(#rt::EnumValue::__new(#variant_name, #wire, #variant_doc))
                });
            let tag = match tag {
                Some(tag) => quote!(#rt::Some(#tag)),
                None => quote!(#rt::None),
            };
            (
                quote!(&[]),
                quote!(&[#(#values),*]),
                variants.iter().any(|v| v.is_catch_all()),
                quote!(#rt::Shape::Union {
                    name: <Self as #rt::ApiModel>::NAME,
                    title: <Self as #rt::ApiModel>::TITLE,
                    doc: <Self as #rt::ApiModel>::DOC,
                    tag: #tag,
                    variants: <Self as #rt::ApiModel>::UNION_VARIANTS,
                    open: <Self as #rt::ApiModel>::OPEN,
                }),
            )
        }
    };
    let union_variants = union_variants
        .map(|entries| quote!(const UNION_VARIANTS: &'static [#rt::UnionVariant] = #entries;));
    let fields = matches!(container.data, Data::Struct(_))
        .then(|| quote!(const FIELDS: &'static [#rt::Field] = #fields;));
    let values = matches!(container.data, Data::Enum(_) | Data::Union { .. })
        .then(|| quote!(const VALUES: &'static [#rt::EnumValue] = #values;));
    let open = open.then(|| quote!(const OPEN: #rt::bool = true;));
    // The schema crates' traits, built from `shape()`, only when hcloud-model's features (which
    // set this crate's) ask for them: each call costs every model's build. The runtime expands it
    // to the impls of the features it has; a `#[cfg]` in the output would read the features of
    // the crate the model is in.
    let schema_crates = schema_crates.then(|| {
        quote!(#rt::schema_crate_impls! { [#impl_generics] #ident #ty_generics [#where_clause] })
    });
    quote! {
        #[automatically_derived]
        impl #impl_generics #rt::ApiModel for #ident #ty_generics #where_clause {
            const NAME: &'static #rt::str = #name;
            const DOC: &'static #rt::str = #doc;
            #title
            #fields
            #values
            #open
            #union_variants
        }

        #[automatically_derived]
        impl #impl_generics #rt::Describe for #ident #ty_generics #where_clause {
            // Inline, so a crate of models compiles it only where a schema is asked for.
            #[inline]
            fn shape() -> #rt::Shape {
                #shape
            }
        }

        #schema_crates
    }
}

/// The bits of `Field::__new`'s `flags`, as the runtime names and reads them back
/// (`runtime/shape.rs`): the derive cannot depend on the runtime to share them.
const REQUIRED: u8 = 1;
const NULLABLE: u8 = 2;
const OPTIONAL: u8 = 4;

/// A field's metadata flags, one literal. A field marked `#[api(nullable)]` passes them through
/// `kinds::nullable`, at its type, which fails to compile there when the type is no `Option`.
fn field_flags(field: &Field<'_>, rt: &Runtime) -> TokenStream {
    let flags = (u8::from(field.kind.is_required_key()) * REQUIRED)
        | (u8::from(field.is_nullable()) * NULLABLE)
        | (u8::from(field.kind.may_be_absent()) * OPTIONAL);
    let flags = proc_macro2::Literal::u8_unsuffixed(flags);
    // Only where the key decided the kind: a `Patch` or a defaulted field marked `nullable` as well
    // was reported by validation.
    if field.attrs.nullable.is_none() || !matches!(field.kind, FieldKind::Nullable) {
        return quote!(#flags);
    }
    let ty = field.ty;
    let at = at_user_token(ty.span());
    let rt = rt.at(at);
    quote_spanned!(at=> #rt::kinds::nullable::<#ty>(#flags))
}

/// What the wire holds for a field with its own (de)serializer: what its `format` implies
/// (`int32`/`int64`: an integer, `float`/`double`: a number), a string otherwise, nullable when
/// the field is.
fn own_wire_shape(field: &Field<'_>, rt: &Runtime) -> TokenStream {
    let format = field.attrs.format.as_ref().map(|f| f.value.as_str());
    let shape = match format {
        Some(format @ ("int32" | "int64")) => quote!(#rt::Shape::Integer { format: #format }),
        Some("float" | "double") => quote!(#rt::Shape::Number),
        _ => quote!(#rt::Shape::String),
    };
    if field.is_nullable() {
        quote!(|| #rt::Shape::Nullable(|| #shape))
    } else {
        quote!(|| #shape)
    }
}
