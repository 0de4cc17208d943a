//! `Serialize` and `Deserialize` for a struct with named fields, following the field-kind table.

use super::{with_bound, with_de_lifetime};
use crate::ast::{Container, Field, FieldKind};
use crate::attr::DefaultValue;
use crate::types;
use proc_macro2::TokenStream;
use quote::{format_ident, quote};

pub(super) fn expand(
    container: &Container<'_>,
    fields: &[Field<'_>],
    rt: &TokenStream,
) -> TokenStream {
    let markers = with_markers(container, fields, rt);
    let serialize = serialize(container, fields, rt);
    let deserialize = deserialize(container, fields, rt);
    quote!(#markers #serialize #deserialize)
}

/// The field's own function for one direction: the path given for that direction
/// (`serialize_with`), or the function of that name in the `with` module.
fn own_function(
    field: &Field<'_>,
    given: &Option<crate::attr::Spanned<syn::Path>>,
    name_in_module: &str,
) -> Option<TokenStream> {
    match (given, &field.attrs.with) {
        (Some(path), _) => {
            let path = &path.value;
            Some(quote!(#path))
        }
        (None, Some(module)) => {
            let module = &module.value;
            let function = format_ident!("{}", name_in_module);
            Some(quote!(#module::#function))
        }
        (None, None) => None,
    }
}

fn serialize_fn(field: &Field<'_>) -> Option<TokenStream> {
    own_function(field, &field.attrs.serialize_with, "serialize")
}

fn deserialize_fn(field: &Field<'_>) -> Option<TokenStream> {
    own_function(field, &field.attrs.deserialize_with, "deserialize")
}

/// The fields on the wire, each with its position among all fields (which names its slot and
/// marker).
fn on_wire<'f, 'a>(fields: &'f [Field<'a>]) -> Vec<(usize, &'f Field<'a>)> {
    fields
        .iter()
        .enumerate()
        .filter(|(_, f)| f.is_on_wire())
        .collect()
}

/// The types serde itself reads or writes (not those with the user's own function for this
/// direction): the ones whose generic parameters get serde bounds.
fn typed_by_serde<'f>(
    wire: &[(usize, &'f Field<'_>)],
    own_function: fn(&Field<'_>) -> Option<TokenStream>,
) -> Vec<&'f syn::Type> {
    wire.iter()
        .filter(|(_, f)| own_function(f).is_none())
        .map(|(_, f)| f.ty)
        .collect()
}

fn marker(index: usize) -> proc_macro2::Ident {
    format_ident!("__ApiWith{}", index)
}

/// One marker type per field with its own functions, implementing the runtime's `SerializeAs` /
/// `DeserializeAs` by calling them; it declares just the generic parameters its type uses.
fn with_markers(container: &Container<'_>, fields: &[Field<'_>], rt: &TokenStream) -> TokenStream {
    let markers = on_wire(fields).into_iter().map(|(index, field)| {
        let (ser, de) = (serialize_fn(field), deserialize_fn(field));
        if ser.is_none() && de.is_none() {
            return TokenStream::new();
        }
        let marker = marker(index);
        let ty = field.ty;
        let params = super::type_params_in(container.generics, [ty]);
        let lifetimes: Vec<_> = container.generics.lifetimes().map(|l| &l.lifetime).collect();
        let serialize_impl = ser.map(|function| {
            quote! {
                impl<#(#lifetimes,)* #(#params),*> #rt::ser::SerializeAs<#ty> for #marker {
                    #[inline]
                    fn serialize_as<__S: #rt::serde::Serializer>(__value: &#ty, __serializer: __S) -> #rt::Result<__S::Ok, __S::Error> {
                        #function(__value, __serializer)
                    }
                }
            }
        });
        let deserialize_impl = de.map(|function| {
            quote! {
                impl<'de, #(#lifetimes,)* #(#params),*> #rt::de::DeserializeAs<'de, #ty> for #marker {
                    #[inline]
                    fn deserialize_as<__D: #rt::serde::Deserializer<'de>>(__deserializer: __D) -> #rt::Result<#ty, __D::Error> {
                        #function(__deserializer)
                    }
                }
            }
        });
        quote! {
            #[doc(hidden)]
            struct #marker;
            #serialize_impl
            #deserialize_impl
        }
    });
    quote!(#(#markers)*)
}

fn serialize(container: &Container<'_>, fields: &[Field<'_>], rt: &TokenStream) -> TokenStream {
    let ident = container.ident;
    let name = container.name();
    let wire = on_wire(fields);
    let inferred = typed_by_serde(&wire, serialize_fn);
    let generics = with_bound(container, inferred, quote!(#rt::serde::Serialize));
    let (impl_generics, ty_generics, where_clause) = generics.split_for_impl();
    let always_written = wire
        .iter()
        .filter(|(_, f)| !f.kind.skipped_when_absent())
        .count();
    let sometimes_written = wire
        .iter()
        .filter(|(_, f)| f.kind.skipped_when_absent())
        .map(|(_, f)| {
            let member = f.ident;
            quote!(+ #rt::ser::count(&self.#member))
        });
    let writes = wire.iter().map(|(index, f)| {
        let member = f.ident;
        let wire = &f.wire_name;
        let value = match serialize_fn(f) {
            Some(_) => {
                let marker = marker(*index);
                quote!(&#rt::ser::SerializeWith::<_, #marker>::new(&self.#member))
            }
            None => quote!(&self.#member),
        };
        if f.kind.skipped_when_absent() {
            quote!(#rt::ser::optional_field(&mut __state, #wire, #value)?;)
        } else {
            quote!(#rt::serde::ser::SerializeStruct::serialize_field(&mut __state, #wire, #value)?;)
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
    let wire = on_wire(fields);
    let inferred = typed_by_serde(&wire, deserialize_fn);
    let mut generics = with_bound(container, inferred, quote!(#rt::serde::Deserialize<'de>));
    if container.attrs.bound.is_none() {
        // A skipped field takes its type's default; serde infers the same bound.
        let skipped = fields.iter().filter(|f| {
            !f.is_on_wire() && !matches!(f.kind, FieldKind::Default(DefaultValue::Function(_)))
        });
        let clause = generics.make_where_clause();
        for param in super::type_params_in(container.generics, skipped.map(|f| f.ty)) {
            clause
                .predicates
                .push(syn::parse_quote!(#param: #rt::Default));
        }
    }
    let generics = with_de_lifetime(&generics);
    let (impl_generics, visitor_generics, where_clause) = generics.split_for_impl();
    let expecting = format!("a {name} object");

    let slots: Vec<_> = wire
        .iter()
        .map(|(i, _)| format_ident!("__field{}", i))
        .collect();
    let slot_types = wire.iter().map(|(index, f)| {
        let ty = f.ty;
        if deserialize_fn(f).is_some() {
            let marker = marker(*index);
            quote!(#rt::de::DeserializeWith<#ty, #marker>)
        } else if types::is_cow_str(ty) {
            quote!(#rt::de::BorrowedCow<'_>)
        } else {
            quote!(#ty)
        }
    });
    let wires: Vec<&str> = wire.iter().map(|(_, f)| f.wire_name.as_str()).collect();
    let indices: Vec<u16> = (0..wire.len()).map(|i| i as u16).collect();
    let key_patterns = wire.iter().map(|(_, f)| {
        let names = std::iter::once(f.wire_name.as_str())
            .chain(f.attrs.aliases.iter().map(|a| a.value.as_str()));
        quote!(#(#names)|*)
    });
    let reads = wire.iter().zip(&slots).map(|((_, f), slot)| {
        let wire = &f.wire_name;
        quote!(#rt::de::field(&mut __map, &mut #slot, #wire)?)
    });
    let members = fields.iter().map(|f| f.ident);
    let positions = wire_indices(fields);
    let finishes = fields.iter().enumerate().map(|(index, field)| {
        let wire = &field.wire_name;
        let default = match &field.kind {
            FieldKind::Default(DefaultValue::Function(path)) => quote!(#path()),
            _ => quote!(#rt::Default::default()),
        };
        let Some(position) = positions[index] else {
            return default;
        };
        let slot = &slots[position];
        let value = if deserialize_fn(field).is_some() {
            quote!(#rt::Option::map(#slot, #rt::de::DeserializeWith::into_inner))
        } else if types::is_cow_str(field.ty) {
            quote!(#rt::Option::map(#slot, |__cow| __cow.0))
        } else {
            quote!(#slot)
        };
        match &field.kind {
            FieldKind::Required => quote!(#rt::de::required(#value, #wire)?),
            FieldKind::Nullable | FieldKind::Optional => quote!(#rt::Option::flatten(#value)),
            FieldKind::Default(DefaultValue::Trait) | FieldKind::Patch => {
                quote!(#rt::Option::unwrap_or_default(#value))
            }
            FieldKind::Default(DefaultValue::Function(path)) => {
                quote!(#rt::Option::unwrap_or_else(#value, #path))
            }
        }
    });
    let next_key = if container.attrs.deny_unknown_fields.is_some() {
        quote!(#rt::de::next_known_key(&mut __map, __field_index, &[#(#wires),*])?)
    } else {
        quote!(#rt::de::next_key(&mut __map, __field_index)?)
    };

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
                        #(let mut #slots: #rt::Option<#slot_types> = #rt::None;)*
                        while let #rt::Some(__key) = #next_key {
                            match __key {
                                #(#indices => #reads,)*
                                _ => #rt::de::skip(&mut __map)?,
                            }
                        }
                        #rt::Ok(#ident {
                            #(#members: #finishes,)*
                        })
                    }
                }

                #[inline]
                // Two fields with one wire name are reported by the derive; the match stays valid.
                #[allow(unreachable_patterns)]
                fn __field_index(__key: &#rt::str) -> #rt::de::Key {
                    match __key {
                        #(#key_patterns => #indices,)*
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

/// For each field, its position among the fields on the wire (`None` when skipped).
fn wire_indices(fields: &[Field<'_>]) -> Vec<Option<usize>> {
    let mut next = 0;
    fields
        .iter()
        .map(|f| {
            f.is_on_wire().then(|| {
                next += 1;
                next - 1
            })
        })
        .collect()
}
