//! `Serialize` and `Deserialize` for a struct with named fields, following the field-kind table.

use super::{Runtime, at_user_token, with_bound, with_de_lifetime};
use crate::ast::{self, Container, Field, FieldKind, WireKey};
use crate::attr::DefaultValue;
use crate::types;
use proc_macro2::{Ident, Literal, Span, TokenStream};
use quote::{format_ident, quote, quote_spanned};
use syn::spanned::Spanned as _;

pub(super) fn expand(container: &Container<'_>, fields: &[Field<'_>], rt: &Runtime) -> TokenStream {
    let records = FieldRecord::all(fields);
    let markers = with_markers(container, &records, rt);
    let serialize = serialize(container, &records, rt);
    let deserialize = deserialize(container, &records, rt);
    quote!(#markers #serialize #deserialize)
}

/// What the serde generators need to know about one field, worked out once.
struct FieldRecord<'f, 'a> {
    field: &'f Field<'a>,
    /// Where code about this field alone is placed: its type, so an unmet trait bound (the type is
    /// not `Serialize`, not `Default`) is reported at the field.
    span: Span,
    /// Its place on the wire; `None` for a skipped field.
    wire: Option<OnWire<'f>>,
}

/// A field on the wire.
struct OnWire<'f> {
    /// The keys read into the field: its wire name, then its aliases.
    names: Vec<&'f str>,
    /// The field's position among the fields on the wire: its element of the slots (the values
    /// read so far), and the number its key matches to.
    position: usize,
    /// The field's own functions, when it has any.
    own: Option<OwnFunctions>,
}

/// A field's own functions (`with`, `serialize_with`, `deserialize_with`), called through a
/// marker type implementing the runtime's `SerializeAs` / `DeserializeAs`.
struct OwnFunctions {
    marker: Ident,
    serialize: Option<OwnFunction>,
    deserialize: Option<OwnFunction>,
}

/// One of a field's own functions: its path, and where the attribute names it, so that a path
/// that does not resolve or a function of the wrong signature is reported there.
struct OwnFunction {
    path: TokenStream,
    span: Span,
}

impl<'f, 'a> FieldRecord<'f, 'a> {
    fn all(fields: &'f [Field<'a>]) -> Vec<Self> {
        let mut records = Vec::with_capacity(fields.len());
        let mut position = 0;
        for (index, field) in fields.iter().enumerate() {
            let span = at_user_token(field.ty.span());
            let wire = field.is_on_wire().then(|| OnWire {
                names: std::iter::once(field.wire_name.as_str())
                    .chain(field.attrs.aliases.iter().map(|a| a.value.as_str()))
                    .collect(),
                position,
                own: OwnFunctions::of(field, index),
            });
            if wire.is_some() {
                position += 1;
            }
            records.push(FieldRecord { field, span, wire });
        }
        records
    }
}

impl OnWire<'_> {
    /// What `ReadField::key` returns for the field's keys: its position. `None` for a field past
    /// what a [`WireKey`] can number: validation reported it, and no key is matched to it.
    fn key(&self) -> Option<WireKey> {
        ast::wire_key(self.position)
    }

    /// The field's position as the number of its element of the slots, placed at `span` (the
    /// field's type, [`FieldRecord::span`]): the checks and conversions that read it are reported
    /// there.
    fn element(&self, span: Span) -> Literal {
        let mut element = Literal::usize_unsuffixed(self.position);
        element.set_span(span);
        element
    }

    /// The slots' element holding the value read, placed at `span` as [`OnWire::element`].
    fn slot(&self, span: Span) -> TokenStream {
        let element = self.element(span);
        quote_spanned!(span=> self.#element)
    }

    /// The marker writing the field, when it has its own function for that.
    fn serialize_marker(&self) -> Option<&Ident> {
        let own = self.own.as_ref()?;
        own.serialize.as_ref().map(|_| &own.marker)
    }

    /// The marker reading the field, when it has its own function for that.
    fn deserialize_marker(&self) -> Option<&Ident> {
        let own = self.own.as_ref()?;
        own.deserialize.as_ref().map(|_| &own.marker)
    }
}

impl OwnFunctions {
    fn of(field: &Field<'_>, index: usize) -> Option<Self> {
        let serialize = OwnFunction::of(field, &field.attrs.serialize_with, "serialize");
        let deserialize = OwnFunction::of(field, &field.attrs.deserialize_with, "deserialize");
        (serialize.is_some() || deserialize.is_some()).then(|| OwnFunctions {
            marker: format_ident!("__ApiWith{}", index),
            serialize,
            deserialize,
        })
    }
}

impl OwnFunction {
    /// The function for one direction: the path given for that direction (`serialize_with`), or
    /// the function of that name in the `with` module.
    fn of(
        field: &Field<'_>,
        given: &Option<crate::attr::Spanned<syn::Path>>,
        name_in_module: &str,
    ) -> Option<Self> {
        match (given, &field.attrs.with) {
            (Some(path), _) => {
                let span = at_user_token(path.span);
                let path = &path.value;
                Some(OwnFunction {
                    path: quote!(#path),
                    span,
                })
            }
            (None, Some(module)) => {
                let span = at_user_token(module.span);
                let module = &module.value;
                // The function's name is the derive's, not the user's: placed at the attribute,
                // a module without it would get rustc's help to write the similar name
                // (`serialize`) in place of the module.
                let function = Ident::new(name_in_module, Span::call_site());
                Some(OwnFunction {
                    path: quote!(#module::#function),
                    span,
                })
            }
            (None, None) => None,
        }
    }
}

/// The fields on the wire, each with its record.
fn on_wire<'r, 'f, 'a>(
    records: &'r [FieldRecord<'f, 'a>],
) -> impl Iterator<Item = (&'r FieldRecord<'f, 'a>, &'r OnWire<'f>)> {
    records
        .iter()
        .filter_map(|record| Some((record, record.wire.as_ref()?)))
}

/// The types serde itself reads or writes (not those with the user's own function for this
/// direction): the ones whose generic parameters get serde bounds.
fn typed_by_serde<'f>(
    records: &[FieldRecord<'f, '_>],
    has_own_function: fn(&OnWire<'_>) -> bool,
) -> Vec<&'f syn::Type> {
    on_wire(records)
        .filter(|(_, wire)| !has_own_function(wire))
        .map(|(record, _)| record.field.ty)
        .collect()
}

/// One marker type per field with its own functions, implementing the runtime's `SerializeAs` /
/// `DeserializeAs` by calling them; it declares just the generic parameters its type uses.
fn with_markers(
    container: &Container<'_>,
    records: &[FieldRecord<'_, '_>],
    rt: &Runtime,
) -> TokenStream {
    let lifetimes: Vec<_> = container
        .generics
        .lifetimes()
        .map(|l| &l.lifetime)
        .collect();
    let markers = records.iter().filter_map(|record| {
        let own = record.wire.as_ref()?.own.as_ref()?;
        let marker = &own.marker;
        let ty = record.field.ty;
        let params = super::type_params_in(container.generics, [ty]);
        let serialize_impl = own.serialize.as_ref().map(|function| {
            let path = &function.path;
            let call = quote_spanned!(function.span=> #path(__value, __serializer));
            quote! {
                impl<#(#lifetimes,)* #(#params),*> #rt::ser::SerializeAs<#ty> for #marker {
                    #[inline]
                    fn serialize_as<__S: #rt::serde::Serializer>(__value: &#ty, __serializer: __S) -> #rt::Result<__S::Ok, __S::Error> {
                        #call
                    }
                }
            }
        });
        let deserialize_impl = own.deserialize.as_ref().map(|function| {
            let path = &function.path;
            let call = quote_spanned!(function.span=> #path(__deserializer));
            quote! {
                impl<'de, #(#lifetimes,)* #(#params),*> #rt::de::DeserializeAs<'de, #ty> for #marker {
                    #[inline]
                    fn deserialize_as<__D: #rt::serde::Deserializer<'de>>(__deserializer: __D) -> #rt::Result<#ty, __D::Error> {
                        #call
                    }
                }
            }
        });
        Some(quote! {
            #[doc(hidden)]
            struct #marker;
            #serialize_impl
            #deserialize_impl
        })
    });
    quote!(#(#markers)*)
}

fn serialize(
    container: &Container<'_>,
    records: &[FieldRecord<'_, '_>],
    rt: &Runtime,
) -> TokenStream {
    let ident = container.ident;
    let name = container.name();
    let inferred = typed_by_serde(records, |wire| wire.serialize_marker().is_some());
    let generics = with_bound(container, inferred, quote!(#rt::serde::Serialize));
    let (impl_generics, ty_generics, where_clause) = generics.split_for_impl();
    let len = struct_len(records, rt);
    let writes = on_wire(records).map(|(record, wire)| write_field(record, wire, rt));
    quote! {
        #[automatically_derived]
        impl #impl_generics #rt::serde::Serialize for #ident #ty_generics #where_clause {
            fn serialize<__S>(&self, __serializer: __S) -> #rt::Result<__S::Ok, __S::Error>
            where
                __S: #rt::serde::Serializer,
            {
                #len
                let mut __state = #rt::None;
                let mut __fields = #rt::ser::begin(__serializer, #name, __len, &mut __state);
                #(#writes)*
                #rt::ser::end(__fields.into_error(), __state)
            }
        }
    }
}

/// The statements setting `__len`, the number of fields written, and, for a struct with fields
/// that may be absent, `__skip_absent`: whether they are left out when absent. Human-readable
/// formats (JSON, YAML, TOML) leave them out, as the API expects; the others get every field,
/// because a format that writes a struct as the sequence of its fields (bincode, postcard) reads
/// back exactly as many as the struct has, and cannot tell which one was left out.
fn struct_len(records: &[FieldRecord<'_, '_>], rt: &Runtime) -> TokenStream {
    let every = on_wire(records).count();
    let sometimes_written: Vec<_> = on_wire(records)
        .filter(|(record, _)| record.field.kind.skipped_when_absent())
        .map(|(record, _)| {
            let member = record.field.ident;
            quote!(+ #rt::ser::count(&self.#member))
        })
        .collect();
    if sometimes_written.is_empty() {
        return quote!(let __len = #every;);
    }
    let always_written = every - sometimes_written.len();
    quote! {
        let __skip_absent = #rt::serde::Serializer::is_human_readable(&__serializer);
        let __len = if __skip_absent {
            #always_written #(#sometimes_written)*
        } else {
            #every
        };
    }
}

/// The statement writing one field, placed at the field.
fn write_field(record: &FieldRecord<'_, '_>, wire: &OnWire<'_>, rt: &Runtime) -> TokenStream {
    let span = record.span;
    let rt = rt.at(span);
    let member = record.field.ident;
    let wire_name = &record.field.wire_name;
    let value = match wire.serialize_marker() {
        Some(marker) => {
            quote_spanned!(span=> &#rt::ser::SerializeWith::<_, #marker>::new(&self.#member))
        }
        None => quote_spanned!(span=> &self.#member),
    };
    // One call, no `match` on its result: `ser::Fields` keeps the first error.
    if record.field.kind.skipped_when_absent() {
        quote_spanned!(span=> #rt::write_optional_field(&mut __fields, __skip_absent, #wire_name, #value);)
    } else {
        quote_spanned!(span=> #rt::write_field(&mut __fields, #wire_name, #value);)
    }
}

fn deserialize(
    container: &Container<'_>,
    records: &[FieldRecord<'_, '_>],
    rt: &Runtime,
) -> TokenStream {
    let ident = container.ident;
    let name = container.name();
    let (_, ty_generics, _) = container.generics.split_for_impl();
    let inferred = typed_by_serde(records, |wire| wire.deserialize_marker().is_some());
    let mut generics = with_bound(container, inferred, quote!(#rt::serde::Deserialize<'de>));
    if container.attrs.bound.is_none() {
        // A skipped field takes its type's default; serde infers the same bound.
        let skipped = records.iter().map(|record| record.field).filter(|f| {
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
    let (impl_generics, _, where_clause) = generics.split_for_impl();
    let empty_slots = on_wire(records).map(|_| quote!(#rt::None));
    let slot_types = on_wire(records).map(|(record, wire)| slot_type(record, wire, rt));
    let read_field = read_field_impl(container, records, &generics, rt);

    quote! {
        #[automatically_derived]
        impl #impl_generics #rt::serde::Deserialize<'de> for #ident #ty_generics #where_clause {
            fn deserialize<__D>(__deserializer: __D) -> #rt::Result<Self, __D::Error>
            where
                __D: #rt::serde::Deserializer<'de>,
            {
                // The values read so far, one element per field on the wire in wire order. One
                // value rather than a local per field: an error drops them with one call.
                struct __Slots #impl_generics (
                    #(#rt::Option<#slot_types>,)*
                    #rt::PhantomData<fn() -> (#ident #ty_generics, &'de ())>,
                ) #where_clause;

                #read_field

                #rt::de::deserialize_struct(
                    __deserializer,
                    #name,
                    __Slots(#(#empty_slots,)* #rt::PhantomData),
                )
            }
        }
    }
}

/// `impl ReadField for __Slots`: what the runtime's one struct visitor needs to know of this
/// struct. Its names, which field a key is (`key`), how to read the field at a position into its
/// slot, a key's value as a sequence's element (`read`), and how to build the struct from the
/// slots (`finish`). `read` is the one place that reads each field's type, so a format reads a
/// struct's fields through one seed type, not one per field type; `finish` is compiled once per
/// format's error type, not once per way in (a map, a sequence).
fn read_field_impl(
    container: &Container<'_>,
    records: &[FieldRecord<'_, '_>],
    generics: &syn::Generics,
    rt: &Runtime,
) -> TokenStream {
    let ident = container.ident;
    let name = container.name();
    let expecting = format!("{} {name} object", super::article(&name));
    let (_, ty_generics, _) = container.generics.split_for_impl();
    let (impl_generics, slots_generics, where_clause) = generics.split_for_impl();
    let wires = on_wire(records).map(|(record, _)| record.field.wire_name.as_str());
    let keys = keys_with_aliases(records, rt);
    let key_patterns = on_wire(records).filter_map(|(_, wire)| {
        let (names, key) = (&wire.names, wire.key()?);
        Some(quote!(#(#names)|* => #key,))
    });
    let strict_next_key = container.attrs.deny_unknown_fields.is_some().then(|| {
        quote! {
            #[inline]
            fn next_key<__A>(__map: &mut __A) -> #rt::Result<#rt::Option<#rt::de::Key>, __A::Error>
            where
                __A: #rt::serde::de::MapAccess<'de>,
            {
                #rt::de::next_known_key(__map, Self::key, Self::FIELDS)
            }
        }
    });
    let reads = on_wire(records).map(|(record, wire)| {
        // At the field: `read_field` needs the field's type to be `Deserialize`, and a
        // missing one is reported here.
        let span = record.span;
        let rt = rt.at(span);
        let element = wire.element(span);
        let slot = wire.slot(span);
        let wire_name = &record.field.wire_name;
        quote_spanned! {span=>
            #element => #rt::read_field(&mut #slot, #wire_name, __deserializer),
        }
    });
    // One check per field, not one call checking a list of them: building the list costs every
    // read 5% of its time.
    let required_checks = on_wire(records)
        .filter(|(record, _)| matches!(record.field.kind, FieldKind::Required))
        .map(|(record, wire)| {
            let slot = wire.slot(record.span);
            let wire_name = &record.field.wire_name;
            quote! {
                if #rt::Option::is_none(&#slot) {
                    return #rt::Err(#rt::missing_field(#wire_name));
                }
            }
        });
    let inline = super::inlined_in_release();
    let members = records.iter().map(|record| record.field.ident);
    let finishes = records.iter().map(|record| finish(record, rt));
    quote! {
        impl #impl_generics #rt::de::ReadField<'de> for __Slots #slots_generics #where_clause {
            type Struct = #ident #ty_generics;
            const EXPECTING: &'static #rt::str = #expecting;
            const FIELDS: &'static [&'static #rt::str] = &[#(#wires),*];
            #keys

            #[inline]
            // Two fields with one wire name are reported by the derive; the match stays valid.
            #[allow(unreachable_patterns)]
            fn key(__key: &#rt::str) -> #rt::de::Key {
                match __key {
                    #(#key_patterns)*
                    _ => #rt::de::UNKNOWN_KEY,
                }
            }

            #strict_next_key

            // Inlined into the format's read of a value in a release build, where a call per
            // field cost deserializing 4%.
            #inline
            fn read<__R>(&mut self, __position: #rt::usize, __deserializer: __R) -> #rt::Result<(), __R::Error>
            where
                __R: #rt::serde::Deserializer<'de>,
            {
                match __position {
                    #(#reads)*
                    _ => #rt::unreachable_state(),
                }
            }

            #[inline]
            fn finish<__E: #rt::serde::de::Error>(self) -> #rt::Result<#ident #ty_generics, __E> {
                // Every check before the first value is moved out, and the values moved out of
                // the slots' elements, not out of locals: the struct is then built without a way
                // out, and an error drops the slots whole, with no drop flags per field.
                #(#required_checks)*
                #rt::Ok(#ident {
                    #(#members: #finishes,)*
                })
            }
        }
    }
}

/// The type a field's value is read as: its own, or the type that reads it through its own
/// function or borrows it.
fn slot_type(record: &FieldRecord<'_, '_>, wire: &OnWire<'_>, rt: &Runtime) -> TokenStream {
    let ty = record.field.ty;
    if let Some(marker) = wire.deserialize_marker() {
        quote!(#rt::de::DeserializeWith<#ty, #marker>)
    } else if types::is_cow_str(ty) {
        quote!(#rt::de::BorrowedCow<'de>)
    } else {
        quote!(#ty)
    }
}

/// `ReadField::KEYS`, when the struct has aliases: the wire names and the aliases, which a
/// human-readable format is handed. Without aliases the default, the wire names, stands.
fn keys_with_aliases(records: &[FieldRecord<'_, '_>], rt: &Runtime) -> Option<TokenStream> {
    let keys: Vec<&str> = on_wire(records)
        .flat_map(|(_, wire)| wire.names.iter().copied())
        .collect();
    (keys.len() > on_wire(records).count())
        .then(|| quote!(const KEYS: &'static [&'static #rt::str] = &[#(#keys),*];))
}

/// The expression giving one field its value once every key was read. The parts that need a
/// trait of the field's type (`Default`) are placed at the field, a call of the user's `default`
/// function at its path.
fn finish(record: &FieldRecord<'_, '_>, rt: &Runtime) -> TokenStream {
    let field = record.field;
    let Some(wire) = &record.wire else {
        return skipped_value(record, rt);
    };
    let slot = wire.slot(record.span);
    let value = if wire.deserialize_marker().is_some() {
        quote!(#rt::Option::map(#slot, #rt::de::DeserializeWith::into_inner))
    } else if types::is_cow_str(field.ty) {
        quote!(#rt::Option::map(#slot, |__cow| __cow.0))
    } else {
        quote!(#slot)
    };
    match &field.kind {
        // Checked present before the struct is built (`required_checks` in `read_field_impl`).
        FieldKind::Required => quote!(#rt::present(#value)),
        FieldKind::Optional => quote!(#rt::Option::flatten(#value)),
        // A nullable field's `None` is its `Option`'s default: so it reads whatever the `Option`
        // is called, and a type that is none compiles here (the metadata reports it, once).
        FieldKind::Nullable | FieldKind::Default(DefaultValue::Trait) | FieldKind::Patch => {
            let at = record.span;
            let rt = rt.at(at);
            quote_spanned!(at=> #rt::Option::unwrap_or_default(#value))
        }
        FieldKind::Default(DefaultValue::Function(path)) => {
            let at = at_user_token(path.span());
            let rt = rt.at(at);
            quote_spanned!(at=> #rt::Option::unwrap_or_else(#value, #path))
        }
    }
}

/// A skipped field's value: its `default` function's, or its type's default.
fn skipped_value(record: &FieldRecord<'_, '_>, rt: &Runtime) -> TokenStream {
    match &record.field.kind {
        FieldKind::Default(DefaultValue::Function(path)) => {
            let at = at_user_token(path.span());
            quote_spanned!(at=> #path())
        }
        _ => {
            let at = record.span;
            let rt = rt.at(at);
            quote_spanned!(at=> #rt::Default::default())
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::errors::Errors;

    #[test]
    fn keys_number_the_fields_on_the_wire_and_names_follow_all_fields() {
        let input: syn::DeriveInput = syn::parse_quote! {
            /// M.
            struct M {
                /// A.
                a: u8,
                /// B.
                #[api(skip)]
                b: u8,
                /// C.
                #[api(alias = "see", with = "as_text")]
                c: u8,
            }
        };
        let container = Container::parse(&input, &mut Errors::default()).unwrap();
        let crate::ast::Data::Struct(fields) = &container.data else {
            panic!("a struct");
        };
        let records = FieldRecord::all(fields);
        let wire: Vec<_> = records
            .iter()
            .map(|r| {
                r.wire.as_ref().map(|w| {
                    let marker = w.own.as_ref().map(|own| own.marker.to_string());
                    (w.key(), w.names.clone(), w.slot(r.span).to_string(), marker)
                })
            })
            .collect();
        assert_eq!(
            wire,
            [
                Some((Some(0), vec!["a"], "self . 0".to_owned(), None)),
                None,
                Some((
                    Some(1),
                    vec!["c", "see"],
                    "self . 1".to_owned(),
                    Some("__ApiWith2".to_owned())
                )),
            ]
        );
    }
}
