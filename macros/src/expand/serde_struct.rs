//! `Serialize` and `Deserialize` for a struct with named fields, following the field-kind table.

use super::{with_bound, with_de_lifetime};
use crate::ast::{Container, Field, FieldKind};
use crate::attr::DefaultValue;
use proc_macro2::TokenStream;
use quote::{format_ident, quote};

pub(super) fn expand(
    container: &Container<'_>,
    fields: &[Field<'_>],
    rt: &TokenStream,
) -> TokenStream {
    let serialize = serialize(container, fields, rt);
    let deserialize = deserialize(container, fields, rt);
    quote!(#serialize #deserialize)
}

fn serialize(container: &Container<'_>, fields: &[Field<'_>], rt: &TokenStream) -> TokenStream {
    let ident = container.ident;
    let name = container.name();
    let generics = with_bound(container.generics, quote!(#rt::serde::Serialize));
    let (impl_generics, ty_generics, where_clause) = generics.split_for_impl();
    let always_written = fields
        .iter()
        .filter(|f| !f.kind.skipped_when_absent())
        .count();
    let sometimes_written = fields
        .iter()
        .filter(|f| f.kind.skipped_when_absent())
        .map(|f| {
            let member = f.ident;
            quote!(+ #rt::ser::count(&self.#member))
        });
    let writes = fields.iter().map(|f| {
        let member = f.ident;
        let wire = &f.wire_name;
        if f.kind.skipped_when_absent() {
            quote!(#rt::ser::optional_field(&mut __state, #wire, &self.#member)?;)
        } else {
            quote!(#rt::serde::ser::SerializeStruct::serialize_field(&mut __state, #wire, &self.#member)?;)
        }
    });
    quote! {
        #[automatically_derived]
        impl #impl_generics #rt::serde::Serialize for #ident #ty_generics #where_clause {
            fn serialize<__S>(&self, __serializer: __S) -> #rt::Result<__S::Ok, __S::Error>
            where
                __S: #rt::serde::Serializer,
            {
                let mut __state = #rt::serde::Serializer::serialize_struct(
                    __serializer,
                    #name,
                    #always_written #(#sometimes_written)*,
                )?;
                #(#writes)*
                #rt::serde::ser::SerializeStruct::end(__state)
            }
        }
    }
}

fn deserialize(container: &Container<'_>, fields: &[Field<'_>], rt: &TokenStream) -> TokenStream {
    let ident = container.ident;
    let name = container.name();
    let (_, ty_generics, _) = container.generics.split_for_impl();
    let generics = with_de_lifetime(&with_bound(
        container.generics,
        quote!(#rt::serde::Deserialize<'de>),
    ));
    let (impl_generics, visitor_generics, where_clause) = generics.split_for_impl();
    let expecting = format!("a {name} object");

    let slots: Vec<_> = (0..fields.len())
        .map(|i| format_ident!("__field{}", i))
        .collect();
    let types = fields.iter().map(|f| f.ty);
    let wires: Vec<_> = fields.iter().map(|f| f.wire_name.as_str()).collect();
    let indices: Vec<_> = (0..fields.len()).map(|i| i as u16).collect();
    let members = fields.iter().map(|f| f.ident);
    let finishes = fields.iter().zip(&slots).map(|(field, slot)| {
        let wire = &field.wire_name;
        match &field.kind {
            FieldKind::Required => quote!(#rt::de::required(#slot, #wire)?),
            FieldKind::Nullable | FieldKind::Optional => {
                quote!(#rt::Option::flatten(#slot))
            }
            FieldKind::Default(DefaultValue::Trait) | FieldKind::Patch => {
                quote!(#rt::Option::unwrap_or_default(#slot))
            }
            FieldKind::Default(DefaultValue::Function(path)) => {
                quote!(#rt::Option::unwrap_or_else(#slot, #path))
            }
        }
    });

    quote! {
        #[automatically_derived]
        impl #impl_generics #rt::serde::Deserialize<'de> for #ident #ty_generics #where_clause {
            fn deserialize<__D>(__deserializer: __D) -> #rt::Result<Self, __D::Error>
            where
                __D: #rt::serde::Deserializer<'de>,
            {
                struct __Visitor #impl_generics #where_clause {
                    marker: #rt::PhantomData<fn() -> (#ident #ty_generics, &'de ())>,
                }

                impl #impl_generics #rt::serde::de::Visitor<'de> for __Visitor #visitor_generics #where_clause {
                    type Value = #ident #ty_generics;

                    fn expecting(&self, __formatter: &mut #rt::fmt::Formatter<'_>) -> #rt::fmt::Result {
                        #rt::fmt::Formatter::write_str(__formatter, #expecting)
                    }

                    fn visit_seq<__A>(self, _: __A) -> #rt::Result<Self::Value, __A::Error>
                    where
                        __A: #rt::serde::de::SeqAccess<'de>,
                    {
                        #rt::Err(#rt::de::not_an_object(&self))
                    }

                    #[inline]
                    fn visit_map<__A>(self, mut __map: __A) -> #rt::Result<Self::Value, __A::Error>
                    where
                        __A: #rt::serde::de::MapAccess<'de>,
                    {
                        #(let mut #slots: #rt::Option<#types> = #rt::None;)*
                        while let #rt::Some(__key) = #rt::de::next_key(&mut __map, __field_index)? {
                            match __key {
                                #(#indices => #rt::de::field(&mut __map, &mut #slots, #wires)?,)*
                                _ => #rt::de::skip(&mut __map)?,
                            }
                        }
                        #rt::Ok(#ident {
                            #(#members: #finishes,)*
                        })
                    }
                }

                #[inline]
                fn __field_index(__key: &#rt::str) -> #rt::de::Key {
                    match __key {
                        #(#wires => #indices,)*
                        _ => #rt::de::UNKNOWN_KEY,
                    }
                }

                #rt::serde::Deserializer::deserialize_struct(
                    __deserializer,
                    #name,
                    &[#(#wires),*],
                    __Visitor { marker: #rt::PhantomData },
                )
            }
        }
    }
}
