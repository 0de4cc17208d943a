//! The typestate builder: `T::builder()`, one setter per field, and `build()` once every
//! builder-required field is set. One type parameter per builder-required field records `Unset`
//! or `Set<V>`; a field with a default has none, and its setters return the builder's own type.
//! The values wait in one tuple of slots (`SlotKind`), so a setter stores one value and moves the
//! tuple on.
//!
//! [`BuilderGen`] gathers what the pieces share once; each generated piece is one of its methods.

use super::Runtime;
use crate::ast::{Container, Field, FieldKind};
use crate::attr::DefaultValue;
use crate::types;
use proc_macro2::{Ident, Literal, TokenStream};
use quote::{ToTokens, format_ident, quote, quote_spanned};
use std::collections::BTreeSet;
use syn::ext::IdentExt;
use syn::spanned::Spanned;
use syn::{GenericParam, Generics, parse_quote};

pub(super) struct Builder {
    /// The builder type, declared beside the model so it can be named and documented.
    pub(super) declaration: TokenStream,
    /// Its impls, which live in the derive's anonymous `const` block with their helpers.
    pub(super) impls: TokenStream,
}

/// `rt` is the runtime as the impls in the derive's `const` block name it; `declaration_rt` as
/// the declaration, outside that block, does: the full path.
pub(super) fn expand(
    container: &Container<'_>,
    fields: &[Field<'_>],
    rt: &Runtime,
    declaration_rt: &Runtime,
) -> Builder {
    let generator = BuilderGen::new(container, fields, rt, declaration_rt);
    Builder {
        declaration: generator.declaration(),
        impls: generator.impls(),
    }
}

/// What every generated piece of one model's builder reads.
struct BuilderGen<'a> {
    container: &'a Container<'a>,
    rt: &'a Runtime,
    /// The runtime's full path, for the declaration beside the model.
    declaration_rt: &'a Runtime,
    /// `ServerImageBuilder`.
    builder: Ident,
    /// The model's generic parameters as arguments (`'a, T, N`): the builder type repeats them
    /// before the field states.
    model_args: Vec<TokenStream>,
    fields: Vec<FieldGen<'a>>,
}

/// One field, with the names the builder gives it.
struct FieldGen<'a> {
    field: &'a Field<'a>,
    index: usize,
    /// `__F3`: the builder's type parameter recording this field's state, when it has one
    /// ([`FieldGen::tracked`]).
    state: Ident,
    /// `3`: where the field's value waits in the builder's tuple.
    slot: syn::Index,
    /// Whether the field gets its setters: not when one of their names is already taken.
    has_setters: bool,
    finish: Finish<'a>,
}

/// What a setter's body does with the builder it takes.
enum SetterBody {
    /// Stores this value in the field's slot of the builder ([`BuilderGen::store_value`]): the
    /// setter takes `mut self`.
    Stores(TokenStream),
    /// Calls another setter with it: the setter takes `self`.
    Delegates(TokenStream),
}

/// How `build()` gets a field's value.
enum Finish<'a> {
    /// A builder-required field: from a trait of its own, met by `Set<V>` and, for a collection
    /// type, by `Unset` (`builder::SetOrEmpty`); its `on_unimplemented` message names the field.
    ///
    /// `build()` requires it of a type parameter of its own, never of one of the builder's:
    /// rustc reports an unmet bound that names a parameter of the builder's type at the receiver
    /// (the whole chain of setters), and one naming only `build()`'s at `.build()`.
    Requirement {
        /// `__ServerImageBuilder_requires_id`.
        requirement: Ident,
        /// `__S3`: the field's state as a type parameter of `build()` (see `builder::Itself`).
        state_param: Ident,
        /// `__V3`: the field's type as a type parameter of `build()`, when it names a parameter
        /// of the model (`T`, `[u8; N]`), which the builder's type repeats.
        type_param: Option<Ident>,
    },
    /// The value if set, else `Default::default()`.
    OrDefault,
    /// The value if set, else `path()` from `#[api(default = path)]`.
    OrDefaultFn(&'a syn::Path),
}

impl<'a> BuilderGen<'a> {
    fn new(
        container: &'a Container<'a>,
        fields: &'a [Field<'a>],
        rt: &'a Runtime,
        declaration_rt: &'a Runtime,
    ) -> Self {
        let builder = format_ident!("{}Builder", container.ident.unraw());
        let has_setters = fields_with_setters(fields);
        let fields = fields
            .iter()
            .zip(has_setters)
            .enumerate()
            .map(|(index, (field, has_setters))| FieldGen {
                field,
                index,
                state: format_ident!("__F{}", index),
                slot: syn::Index::from(index),
                has_setters,
                finish: Finish::of(field, container.generics, &builder, index),
            })
            .collect();
        BuilderGen {
            container,
            rt,
            declaration_rt,
            builder,
            model_args: generic_args(container.generics),
            fields,
        }
    }

    /// `struct ServerImageBuilder<__F0 = Unset, …>(PhantomData<…>, (Option<V0>, …));`
    fn declaration(&self) -> TokenStream {
        let rt = self.declaration_rt;
        let (vis, model, builder) = (self.container.vis, self.container.ident, &self.builder);
        // The declaration keeps the states' defaults (`__F0 = Unset`), which `split_for_impl` drops.
        let mut generics = self.container.generics.clone();
        generics
            .params
            .extend(self.tracked().map(|field| -> GenericParam {
                let state = &field.state;
                parse_quote!(#state = #rt::Unset)
            }));
        let params = &generics.params;
        let where_clause = &self.container.generics.where_clause;
        let (_, model_ty, _) = self.container.generics.split_for_impl();
        let states = self.tracked().map(|field| &field.state);
        let slots = self.fields.iter().map(|field| field.slot_type(rt));
        let doc = self.builder_doc();
        quote! {
            #[doc = #doc]
            #[must_use = "a builder does nothing until `.build()` is called"]
            #vis struct #builder <#params> (
                #rt::PhantomData<fn() -> (#model #model_ty, #(#states,)*)>,
                (#(#slots,)*),
            ) #where_clause;
        }
    }

    fn builder_doc(&self) -> String {
        let name = self.container.name();
        let required: Vec<String> = self
            .fields
            .iter()
            .filter(|field| matches!(field.finish, Finish::Requirement { .. }))
            .map(|field| format!("`{}`", field.field.name()))
            .collect();
        let rule = if required.is_empty() {
            "No field needs a value: `build()` can be called at once; a field not set takes its default (`None`, empty for a collection, or its `#[api(default)]`).".to_owned()
        } else {
            format!(
                "Set the fields in any order, then call `build()`. It needs {} to be set, except a field whose type is a collection (`Vec`, a map or a set, aliases included): that one builds empty. Each of these is set once; the other fields take their default (`None`, or their `#[api(default)]`) when not set, and setting one of them again replaces its value.",
                required.join(", ")
            )
        };
        format!("Builder of [`{name}`], started by [`{name}::builder`].\n\n{rule}")
    }

    /// `T::builder()`, then the per-field requirement traits, then the setters and `build()`.
    fn impls(&self) -> TokenStream {
        let start_fn = self.start_fn();
        let requirements: Vec<TokenStream> = self
            .fields
            .iter()
            .filter_map(|field| self.requirement_trait(field))
            .collect();
        let builder_impl = self.builder_impl();
        quote! {
            #start_fn
            #(#requirements)*
            #builder_impl
        }
    }

    /// `impl ServerImage { fn builder() -> ServerImageBuilder { … } }`
    fn start_fn(&self) -> TokenStream {
        let rt = self.rt;
        let (vis, model, builder) = (self.container.vis, self.container.ident, &self.builder);
        let (model_impl, model_ty, model_where) = self.container.generics.split_for_impl();
        let args = &self.model_args;
        let unset = self.fields.iter().map(|field| field.empty_slot(rt));
        let name = self.container.name();
        // A leading space, as `///` writes one: the expansion reads like hand-written docs.
        let doc = format!(
            " Starts building {} [`{name}`]: see [`{builder}`].",
            super::article(&name)
        );
        quote! {
            #[automatically_derived]
            impl #model_impl #model #model_ty #model_where {
                #[doc = #doc]
                #[inline]
                #vis fn builder() -> #builder<#(#args),*> {
                    #builder(#rt::PhantomData, (#(#unset,)*))
                }
            }
        }
    }

    /// The trait `build()` requires of a builder-required field's state, with its impl.
    fn requirement_trait(&self, field: &FieldGen<'_>) -> Option<TokenStream> {
        let Finish::Requirement { requirement, .. } = &field.finish else {
            return None;
        };
        let rt = self.rt;
        let position = field.position();
        let name = field.field.name();
        let message = format!(
            "cannot build `{}`: the required field `{name}` is not set",
            self.container.name()
        );
        let label = format!("`{name}` is not set");
        let note = format!(
            "set it with `.{}(…)` before calling `.build()`",
            field.field.ident
        );
        Some(quote! {
            #[diagnostic::on_unimplemented(message = #message, label = #label, note = #note)]
            #[allow(non_camel_case_types)]
            #[doc(hidden)]
            pub trait #requirement<V>: #rt::SetOrEmpty<V, #position> {}

            // Met by a `Set` state, or by an unset collection whatever its type is called.
            // `do_not_recommend` keeps rustc from reporting the unmet `SetOrEmpty` (or
            // `EmptyWhenUnset`) bound in place of this trait's message; the field's position
            // keeps two missing fields of one type from being reported as one. No method: the
            // supertrait gives `build()` the value, and a method body per field costs build time.
            #[diagnostic::do_not_recommend]
            impl<__S: #rt::SetOrEmpty<V, #position>, V> #requirement<V> for __S {}
        })
    }

    /// `impl<…, __F0, …> ServerImageBuilder<…> { setters… build }`
    fn builder_impl(&self) -> TokenStream {
        let builder = &self.builder;
        let mut generics = self.container.generics.clone();
        generics
            .params
            .extend(self.tracked().map(|field| -> GenericParam {
                let state = &field.state;
                parse_quote!(#state)
            }));
        let (impl_generics, ty_generics, _) = generics.split_for_impl();
        let where_clause = &self.container.generics.where_clause;
        let setters: Vec<TokenStream> = self
            .fields
            .iter()
            .filter(|field| field.has_setters)
            .map(|field| self.setters(field))
            .collect();
        let build_fn = self.build_fn();
        quote! {
            #[automatically_derived]
            impl #impl_generics #builder #ty_generics #where_clause {
                #(#setters)*
                #build_fn
            }
        }
    }

    /// The setters of one field: `x`, and for a `Patch` also `x_null`, for an `Option` `maybe_x`.
    fn setters(&self, field: &FieldGen<'_>) -> TokenStream {
        let rt = self.rt;
        let member = field.field.ident;
        let docs = field.field.doc_attrs();
        let field_docs = quote!(#(#docs)*);
        let second_doc = |what: &str| {
            let doc = format!(" {what}: see [`{}`](Self::{member}).", field.field.name());
            quote!(#[doc = #doc])
        };
        let name = field.field.name();
        match (
            field.field.second_setter(),
            field.field.patch_inner(),
            field.field.option_inner(),
        ) {
            (Some(second), Some(inner), _) => {
                let (parameter, converted) = setter_input(inner, rt);
                let null = format_ident!("{}", second);
                let value_setter = self.setter(
                    field,
                    member,
                    field_docs,
                    quote!(value: #parameter),
                    SetterBody::Stores(quote!(#rt::Patch::Value(#converted))),
                );
                let null_setter = self.setter(
                    field,
                    &null,
                    second_doc(&format!(
                        "Sets `{name}` to `null` (clears it), where leaving it unset keeps the key out"
                    )),
                    TokenStream::new(),
                    SetterBody::Stores(quote!(#rt::Patch::Null)),
                );
                quote!(#value_setter #null_setter)
            }
            (Some(second), None, Some(inner)) => {
                let (parameter, converted) = setter_input(inner, rt);
                let maybe = format_ident!("{}", second);
                // One of the pair rebuilds the whole builder; the other delegates.
                let value_setter = self.setter(
                    field,
                    member,
                    field_docs,
                    quote!(value: #parameter),
                    // A path call: a method call would have rustc look the method up.
                    SetterBody::Delegates(quote!(Self::#maybe(self, #rt::Some(#converted)))),
                );
                let maybe_setter = self.setter(
                    field,
                    &maybe,
                    second_doc(&format!("Sets `{name}` from an `Option`, `None` included")),
                    quote!(value: #rt::Option<#inner>),
                    SetterBody::Stores(quote!(value)),
                );
                quote!(#value_setter #maybe_setter)
            }
            _ => {
                let (parameter, converted) = setter_input(field.field.ty, rt);
                self.setter(
                    field,
                    member,
                    field_docs,
                    quote!(value: #parameter),
                    SetterBody::Stores(converted),
                )
            }
        }
    }

    /// Every setter has this shape; only its name, doc, parameter and body differ. A tracked
    /// field's setter is callable while its state is `Unset` and returns the builder with it
    /// `Set`; any other field's returns the builder's own type.
    fn setter(
        &self,
        field: &FieldGen<'_>,
        name: &Ident,
        doc: TokenStream,
        parameter: TokenStream,
        body: SetterBody,
    ) -> TokenStream {
        let rt = self.rt;
        let vis = self.container.vis;
        // `#[inline]`, which a release build follows for a body this small (checked on the
        // benchmark's chains), in two tokens where `inline(always)` in release only takes eleven:
        // a model has a setter or two per field.
        let inline = quote!(#[inline]);
        let (receiver, body) = match body {
            SetterBody::Stores(value) => (quote!(mut self), self.store_value(field, value)),
            SetterBody::Delegates(body) => (quote!(self), body),
        };
        let (output, bound) = if field.tracked() {
            let (ty, state) = (field.field.ty, &field.state);
            (
                self.builder_type_with(field, quote!(#rt::Set<#ty>)),
                quote!(where #state: #rt::NotSet,),
            )
        } else {
            (quote!(Self), TokenStream::new())
        };
        quote! {
            #doc
            #inline
            #vis fn #name(#receiver, #parameter) -> #output #bound {
                #body
            }
        }
    }

    /// The fields whose state the builder's type records, in order.
    fn tracked(&self) -> impl Iterator<Item = &FieldGen<'a>> {
        self.fields.iter().filter(|field| field.tracked())
    }

    /// The builder type with `replaced`'s state swapped for `state`: what its setters return.
    fn builder_type_with(&self, replaced: &FieldGen<'_>, state: TokenStream) -> TokenStream {
        let builder = &self.builder;
        let args = &self.model_args;
        let states = self.tracked().map(|field| {
            if field.index == replaced.index {
                state.clone()
            } else {
                let state = &field.state;
                quote!(#state)
            }
        });
        quote!(#builder<#(#args,)* #(#states),*>)
    }

    /// Stores `value` in `field`'s slot of the builder itself (`mut self`), and for a tracked
    /// field moves the values on into the builder type whose state says the field is set; an
    /// untracked field's setter returns the builder as it is (the store drops the earlier value).
    /// The same work whatever the number of fields, and no copy of the values but the one a
    /// change of type needs (a debug build copied them out and back in too).
    fn store_value(&self, field: &FieldGen<'_>, value: TokenStream) -> TokenStream {
        let rt = self.rt;
        let slot = &field.slot;
        let stored = field.slot_kind().full(value, rt);
        let rebuilt = if field.tracked() {
            let builder = &self.builder;
            quote!(#builder(#rt::PhantomData, self.1))
        } else {
            quote!(self)
        };
        quote! {
            self.1.#slot = #stored;
            #rebuilt
        }
    }

    /// `fn build(self) -> ServerImage`, callable once every builder-required field is set.
    fn build_fn(&self) -> TokenStream {
        let (vis, model) = (self.container.vis, self.container.ident);
        let (_, model_ty, _) = self.container.generics.split_for_impl();
        let model_predicates = self
            .container
            .generics
            .where_clause
            .iter()
            .flat_map(|clause| clause.predicates.iter());
        let build_params: Vec<&Ident> = self
            .fields
            .iter()
            .flat_map(|field| match &field.finish {
                Finish::Requirement {
                    state_param,
                    type_param,
                    ..
                } => [Some(state_param), type_param.as_ref()],
                Finish::OrDefault | Finish::OrDefaultFn(_) => [None, None],
            })
            .flatten()
            .collect();
        let build_generics = (!build_params.is_empty()).then(|| quote!(<#(#build_params),*>));
        let bounds = self.fields.iter().map(|field| self.build_bounds(field));
        let members = self.fields.iter().map(|field| self.finished_member(field));
        let doc = format!(
            " Builds the [`{}`]. Compiles only once every required field is set; a missing one is named in the error.",
            self.container.name()
        );
        let inline = super::inlined_in_release();
        quote! {
            #[doc = #doc]
            #inline
            #vis fn build #build_generics (self) -> #model #model_ty
            where
                #(#model_predicates,)*
                #(#bounds)*
            {
                let __values = self.1;
                #model {
                    #(#members,)*
                }
            }
        }
    }

    /// What `build()` requires for one field, each predicate followed by a comma. A field that
    /// may stay unset needs nothing of its state: its slot says whether it was set.
    fn build_bounds(&self, field: &FieldGen<'_>) -> TokenStream {
        let rt = self.rt;
        let state = &field.state;
        let ty = field.field.ty;
        match &field.finish {
            Finish::Requirement {
                requirement,
                state_param,
                type_param: None,
            } => quote! {
                #state: #rt::Itself<Is = #state_param>,
                #state_param: #requirement<#ty>,
            },
            // `#ty: Itself<Is = __V3>` infers `__V3`; `__V3: Itself<Is = #ty>` turns the value
            // back into a `#ty` in the body.
            Finish::Requirement {
                requirement,
                state_param,
                type_param: Some(type_param),
            } => quote! {
                #state: #rt::Itself<Is = #state_param>,
                #ty: #rt::Itself<Is = #type_param>,
                #type_param: #rt::Itself<Is = #ty>,
                #state_param: #requirement<#type_param>,
            },
            Finish::OrDefaultFn(_) => TokenStream::new(),
            // Concrete types are checked where they are written; a generic one needs the bound.
            Finish::OrDefault if names_a_parameter(self.container.generics, ty) => {
                quote!(#ty: #rt::Default,)
            }
            Finish::OrDefault => TokenStream::new(),
        }
    }

    /// `member: value` in the struct literal `build()` returns. A default is taken at the user's
    /// token (the path, or the field's type), where an error about its type belongs.
    fn finished_member(&self, field: &FieldGen<'_>) -> TokenStream {
        let rt = self.rt;
        let member = field.field.ident;
        let slot = &field.slot;
        // Built outside `quote_spanned!`: `__values` must keep the derive's hygiene, not the
        // user's token's (a model declared by a `macro_rules!` could not see it).
        let stored = quote!(__values.#slot);
        let position = field.position();
        let expression = match &field.finish {
            Finish::Requirement {
                state_param,
                type_param: None,
                ..
            } => {
                let ty = field.field.ty;
                quote! {
                    <#state_param as #rt::SetOrEmpty<#ty, #position>>::value(__values.#slot)
                }
            }
            Finish::Requirement {
                state_param,
                type_param: Some(type_param),
                ..
            } => quote! {
                #rt::Itself::itself(
                    <#state_param as #rt::SetOrEmpty<#type_param, #position>>::value(
                        #rt::Slot::map(__values.#slot, #rt::Itself::itself),
                    ),
                )
            },
            Finish::OrDefault if field.slot_kind() == SlotKind::Direct => stored,
            Finish::OrDefault => {
                let ty = field.field.ty;
                let span = ty.span();
                let rt = rt.at(span);
                quote_spanned! {span=>
                    #rt::Option::unwrap_or_else(#stored, <#ty as #rt::Default>::default)
                }
            }
            Finish::OrDefaultFn(path) => {
                let span = path.span();
                let rt = rt.at(span);
                quote_spanned! {span=>
                    #rt::Option::unwrap_or_else(#stored, #path)
                }
            }
        };
        quote!(#member: #expression)
    }
}

impl FieldGen<'_> {
    /// Whether the builder's type records the field's state: only a builder-required field's,
    /// which `build()` needs to know set. A field with a default needs no state, and a type
    /// parameter per field is what a builder costs to compile (each setter restates them all);
    /// its setters return the builder's own type, so setting it again replaces the value.
    fn tracked(&self) -> bool {
        matches!(self.finish, Finish::Requirement { .. })
    }

    /// The field's position among the model's fields, as the const argument of `SetOrEmpty`
    /// that the requirement trait and `build()` both name.
    fn position(&self) -> Literal {
        Literal::usize_unsuffixed(self.index)
    }

    /// What the field's slot in the builder's tuple of values holds.
    fn slot_kind(&self) -> SlotKind {
        SlotKind::of(self.field, &self.finish)
    }

    /// The field's slot before its setter is called: a constructor, not `Default::default()`,
    /// which a debug build compiles into a call per field.
    fn empty_slot(&self, rt: &Runtime) -> TokenStream {
        match self.slot_kind() {
            SlotKind::Required => quote!(#rt::Slot::Empty),
            SlotKind::Direct if self.field.patch_inner().is_some() => quote!(#rt::Patch::Absent),
            SlotKind::Direct | SlotKind::Optional => quote!(#rt::None),
        }
    }

    /// The type of the field's slot in the builder's tuple of values.
    fn slot_type(&self, rt: &Runtime) -> TokenStream {
        let ty = self.field.ty;
        match self.slot_kind() {
            SlotKind::Required => quote!(#rt::Slot<#ty>),
            SlotKind::Direct => quote!(#ty),
            SlotKind::Optional => quote!(#rt::Option<#ty>),
        }
    }
}

/// What a field's slot in the builder's tuple of values holds.
#[derive(Clone, Copy, PartialEq, Eq)]
enum SlotKind {
    /// `builder::Slot<V>`, for a builder-required field. Its tag is never packed into a niche of
    /// `V` (as `Option<String>`'s is), so a release build sees the tag the setter stored and
    /// `build()`'s check that the value is there folds away.
    Required,
    /// The field's own type, starting from its default: for an `Option` or a `Patch` that
    /// `build()` defaults, unset and `None` (`Absent`) are the same, and an `Option<Option<U>>`
    /// would only add a check at run time.
    Direct,
    /// `Option<V>`, for any other field with a default, which `build()` takes when it is `None`.
    Optional,
}

impl SlotKind {
    fn of(field: &Field<'_>, finish: &Finish<'_>) -> Self {
        match finish {
            Finish::Requirement { .. } => SlotKind::Required,
            Finish::OrDefault
                if field.option_inner().is_some() || field.patch_inner().is_some() =>
            {
                SlotKind::Direct
            }
            Finish::OrDefault | Finish::OrDefaultFn(_) => SlotKind::Optional,
        }
    }

    /// The slot holding `value`.
    fn full(self, value: TokenStream, rt: &Runtime) -> TokenStream {
        match self {
            SlotKind::Required => quote!(#rt::Slot::Full(#value)),
            SlotKind::Direct => value,
            SlotKind::Optional => quote!(#rt::Some(#value)),
        }
    }
}

impl<'a> Finish<'a> {
    fn of(field: &'a Field<'a>, generics: &Generics, builder: &Ident, index: usize) -> Self {
        if field.is_builder_required() {
            Finish::Requirement {
                requirement: format_ident!("__{}_requires_{}", builder, field.ident.unraw()),
                state_param: format_ident!("__S{}", index),
                type_param: names_a_parameter(generics, field.ty)
                    .then(|| format_ident!("__V{}", index)),
            }
        } else if let FieldKind::Default(DefaultValue::Function(path)) = &field.kind {
            Finish::OrDefaultFn(path)
        } else {
            Finish::OrDefault
        }
    }
}

/// For each field, whether it gets its setters: only if none of their names is taken by `build`
/// or by an earlier field's setters. Validation rejects models whose setters collide; after such
/// an error the expansion still runs, and must not add duplicate methods to the report.
fn fields_with_setters(fields: &[Field<'_>]) -> Vec<bool> {
    let mut taken = vec!["build".to_owned()];
    let mut has_setters = Vec::with_capacity(fields.len());
    for field in fields {
        let names: Vec<String> = std::iter::once(field.name())
            .chain(field.second_setter())
            .collect();
        let free = names.iter().all(|name| !taken.contains(name));
        if free {
            taken.extend(names);
        }
        has_setters.push(free);
    }
    has_setters
}

/// Whether `ty` names a type or const parameter of `generics`.
fn names_a_parameter(generics: &Generics, ty: &syn::Type) -> bool {
    let mut named = BTreeSet::new();
    super::collect_idents(ty.to_token_stream(), &mut named);
    generics
        .type_params()
        .map(|param| &param.ident)
        .chain(generics.const_params().map(|param| &param.ident))
        .any(|ident| named.contains(&ident.to_string()))
}

/// The parameters of `generics` as arguments: `'a, T, N` for `<'a, T: Clone, const N: usize>`.
fn generic_args(generics: &Generics) -> Vec<TokenStream> {
    generics
        .params
        .iter()
        .map(|param| match param {
            GenericParam::Lifetime(lifetime) => {
                let lifetime = &lifetime.lifetime;
                quote!(#lifetime)
            }
            GenericParam::Type(ty) => {
                let ident = &ty.ident;
                quote!(#ident)
            }
            GenericParam::Const(constant) => {
                let ident = &constant.ident;
                quote!(#ident)
            }
        })
        .collect()
}

/// What a setter takes for a value of type `ty`, and the expression turning `value` into a `ty`.
fn setter_input(ty: &syn::Type, rt: &Runtime) -> (TokenStream, TokenStream) {
    if types::is_primitive_scalar(ty) {
        (quote!(#ty), quote!(value))
    } else {
        (quote!(impl #rt::Into<#ty>), quote!(#rt::Into::into(value)))
    }
}
