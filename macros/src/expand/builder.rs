//! The typestate builder: `T::builder()`, one setter per field, and `build()` once every
//! builder-required field is set. One type parameter per field holds `Unset` or `Set<V>`.

use crate::ast::{Container, Field, FieldKind};
use crate::attr::DefaultValue;
use crate::types;
use proc_macro2::{Ident, TokenStream};
use quote::{format_ident, quote};
use syn::ext::IdentExt;
use syn::{GenericParam, parse_quote};

pub(super) struct Builder {
    /// The builder type, declared beside the model so it can be named and documented.
    pub(super) declaration: TokenStream,
    /// Its impls, which live in the derive's anonymous `const` block with their helpers.
    pub(super) impls: TokenStream,
}

pub(super) fn expand(container: &Container<'_>, fields: &[Field<'_>], rt: &TokenStream) -> Builder {
    let ident = container.ident;
    let vis = container.vis;
    let name = container.name();
    let builder = format_ident!("{}Builder", ident.unraw());
    let states: Vec<Ident> = (0..fields.len())
        .map(|i| format_ident!("__F{}", i))
        .collect();
    let values: Vec<Ident> = (0..fields.len())
        .map(|i| format_ident!("__f{}", i))
        .collect();

    let mut declared = container.generics.clone();
    for state in &states {
        declared
            .params
            .push(parse_quote!(#state = #rt::builder::Unset));
    }
    let declared_params = &declared.params;
    let where_clause = &container.generics.where_clause;
    let (model_impl, model_ty, _) = container.generics.split_for_impl();
    let model_args: Vec<TokenStream> = container
        .generics
        .params
        .iter()
        .map(|param| match param {
            GenericParam::Lifetime(l) => {
                let lifetime = &l.lifetime;
                quote!(#lifetime)
            }
            GenericParam::Type(t) => {
                let ident = &t.ident;
                quote!(#ident)
            }
            GenericParam::Const(c) => {
                let ident = &c.ident;
                quote!(#ident)
            }
        })
        .collect();
    let state_type = |index: usize, replacement: TokenStream| {
        let args = states.iter().enumerate().map(|(i, state)| {
            if i == index {
                replacement.clone()
            } else {
                quote!(#state)
            }
        });
        quote!(#builder<#(#model_args,)* #(#args),*>)
    };

    let required: Vec<&str> = fields
        .iter()
        .filter(|f| f.is_builder_required())
        .map(|f| f.wire_name.as_str())
        .collect();
    let builder_doc = format!(
        "Builder of [`{name}`], started by [`{name}::builder`].\n\n{}Each setter can be called once; fields not set take their default (`None`, an empty collection, or their `#[api(default)]`).",
        if required.is_empty() {
            "No field is required: `build()` can be called at once. ".to_owned()
        } else {
            format!(
                "Set the required fields ({}) in any order, then call `build()`. ",
                required
                    .iter()
                    .map(|f| format!("`{f}`"))
                    .collect::<Vec<_>>()
                    .join(", ")
            )
        }
    );
    let builder_fn_doc = format!("Starts building a [`{name}`]: see [`{builder}`].");
    let build_doc = format!(
        "Builds the [`{name}`]. Compiles only once every required field is set; a missing one is named in the error."
    );

    let unset = states.iter().map(|_| quote!(#rt::builder::Unset));
    // The declaration keeps the parameters' defaults (`__F0 = Unset`), which `split_for_impl` drops.
    let declaration = quote! {
        #[doc = #builder_doc]
        #[must_use = "a builder does nothing until `.build()` is called"]
        #vis struct #builder <#declared_params> (
            #rt::PhantomData<fn() -> #ident #model_ty>,
            #(#states,)*
        ) #where_clause;
    };

    // Names already taken on the builder. Validation rejects models whose setters collide; after
    // such an error the expansion still runs, and must not add duplicate methods to the report.
    let mut taken: Vec<String> = vec!["build".to_owned()];
    let setters = fields.iter().enumerate().map(|(index, field)| {
        let member = field.ident;
        let second = field.second_setter();
        let names: Vec<String> = std::iter::once(member.unraw().to_string())
            .chain(second.clone())
            .collect();
        if names.iter().any(|name| taken.contains(name)) {
            return TokenStream::new();
        }
        taken.extend(names);
        let ty = field.ty;
        let state = &states[index];
        let output = state_type(index, quote!(#rt::builder::Set<#ty>));
        let taken_values = values.iter().enumerate().map(|(i, value)| {
            if i == index {
                quote!(_)
            } else {
                quote!(#value)
            }
        });
        let rebuilt = values.iter().enumerate().map(|(i, value)| {
            if i == index {
                quote!(#rt::builder::Set::new(__value))
            } else {
                quote!(#value)
            }
        });
        let rebuild = quote! {
            let #builder(_, #(#taken_values),*) = self;
            #builder(#rt::PhantomData, #(#rebuilt),*)
        };
        // Every setter has this shape; only its name, doc, parameter and body differ.
        let setter = |name: &Ident, doc: TokenStream, parameter: TokenStream, body: TokenStream| {
            quote! {
                #doc
                #[inline]
                #vis fn #name(self, #parameter) -> #output
                where
                    #state: #rt::builder::NotSet,
                {
                    #body
                }
            }
        };
        let docs = field.doc_attrs();
        let field_docs = quote!(#(#docs)*);
        let second_doc = |what: &str| {
            let doc = format!("{what}: see [`{}`](Self::{}).", field.name(), member);
            quote!(#[doc = #doc])
        };
        if let (Some(inner), Some(second)) = (field.patch_inner(), &second) {
            let (parameter, converted) = setter_input(inner, rt);
            let null = format_ident!("{}", second);
            let value_setter = setter(
                member,
                field_docs,
                quote!(value: #parameter),
                quote!(let __value = #rt::Patch::Value(#converted); #rebuild),
            );
            let null_setter = setter(
                &null,
                second_doc(&format!(
                    "Sets `{}` to `null` (clears it), where leaving it unset keeps the key out",
                    field.name()
                )),
                TokenStream::new(),
                quote!(let __value = #rt::Patch::Null; #rebuild),
            );
            quote!(#value_setter #null_setter)
        } else if let (Some(inner), Some(second)) = (field.option_inner(), &second) {
            let (parameter, converted) = setter_input(inner, rt);
            let maybe = format_ident!("{}", second);
            // One of the pair rebuilds the whole builder; the other delegates.
            let value_setter = setter(
                member,
                field_docs,
                quote!(value: #parameter),
                quote!(self.#maybe(#rt::Some(#converted))),
            );
            let maybe_setter = setter(
                &maybe,
                second_doc(&format!(
                    "Sets `{}` from an `Option`, `None` included",
                    field.name()
                )),
                quote!(value: #rt::Option<#inner>),
                quote!(let __value = value; #rebuild),
            );
            quote!(#value_setter #maybe_setter)
        } else {
            let (parameter, converted) = setter_input(ty, rt);
            setter(
                member,
                field_docs,
                quote!(value: #parameter),
                quote!(let __value = #converted; #rebuild),
            )
        }
    });

    let mut required_traits = Vec::new();
    let mut build_bounds = Vec::new();
    let finished = fields
        .iter()
        .zip(&states)
        .zip(&values)
        .map(|((field, state), value)| {
            let member = field.ident;
            let ty = field.ty;
            if field.is_builder_required() {
                let requirement = format_ident!("__{}_requires_{}", builder, field.ident.unraw());
                let message = format!(
                    "cannot build `{name}`: the required field `{}` is not set",
                    field.name()
                );
                let label = format!("`{}` is not set", field.name());
                let note = format!("set it with `.{}(…)` before calling `.build()`", member);
                required_traits.push(quote! {
                #[diagnostic::on_unimplemented(message = #message, label = #label, note = #note)]
                #[allow(non_camel_case_types)]
                #[doc(hidden)]
                pub trait #requirement<V> {
                    fn value(self) -> V;
                }

                #[diagnostic::do_not_recommend]
                impl<V> #requirement<V> for #rt::builder::Set<V> {
                    #[inline(always)]
                    fn value(self) -> V {
                        self.into_inner()
                    }
                }
            });
                build_bounds.push(quote!(#state: #requirement<#ty>));
                quote!(#member: #requirement::value(#value))
            } else {
                build_bounds.push(quote!(#state: #rt::builder::OrDefault<#ty>));
                let default = match &field.kind {
                    FieldKind::Default(DefaultValue::Function(path)) => quote!(#path),
                    _ => {
                        // Concrete types are checked where they are written; a generic one
                        // needs the bound here.
                        if !super::type_params_in(container.generics, [ty]).is_empty() {
                            build_bounds.push(quote!(#ty: #rt::Default));
                        }
                        quote!(#rt::Default::default)
                    }
                };
                quote!(#member: #rt::builder::OrDefault::or_default_with(#value, #default))
            }
        });
    let finished: Vec<_> = finished.collect();

    let mut impl_generics = container.generics.clone();
    for state in &states {
        impl_generics.params.push(parse_quote!(#state));
    }
    let (all_impl, all_ty, _) = impl_generics.split_for_impl();
    let model_where = &container.generics.where_clause;
    let model_predicates = model_where.iter().flat_map(|w| w.predicates.iter());
    let impls = quote! {
        #[automatically_derived]
        impl #model_impl #ident #model_ty #model_where {
            #[doc = #builder_fn_doc]
            #[inline]
            #vis fn builder() -> #builder<#(#model_args),*> {
                #builder(#rt::PhantomData, #(#unset),*)
            }
        }

        #(#required_traits)*

        #[automatically_derived]
        impl #all_impl #builder #all_ty #model_where {
            #(#setters)*

            #[doc = #build_doc]
            #[inline]
            #vis fn build(self) -> #ident #model_ty
            where
                #(#model_predicates,)*
                #(#build_bounds,)*
            {
                let #builder(_, #(#values),*) = self;
                #ident {
                    #(#finished,)*
                }
            }
        }
    };
    Builder { declaration, impls }
}

/// What a setter takes for a value of type `ty`, and the expression turning `value` into a `ty`.
fn setter_input(ty: &syn::Type, rt: &TokenStream) -> (TokenStream, TokenStream) {
    if types::is_primitive_scalar(ty) {
        (quote!(#ty), quote!(value))
    } else {
        (quote!(impl #rt::Into<#ty>), quote!(#rt::Into::into(value)))
    }
}
