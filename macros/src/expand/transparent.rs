//! `#[api(transparent)]` newtypes: on the wire as their one field.

use super::{Runtime, at_user_token, placed_at, with_bound};
use crate::ast::Container;
use proc_macro2::TokenStream;
use quote::{quote, quote_spanned};
use syn::spanned::Spanned as _;
use syn::{Member, Type};

pub(super) fn expand(
    container: &Container<'_>,
    member: &Member,
    ty: &Type,
    rt: &Runtime,
) -> TokenStream {
    let ident = container.ident;
    let serde = container.attrs.serde.as_ref().is_none_or(|s| s.value).then(|| {
        let ser = with_bound(container, [ty], quote!(#rt::serde::Serialize));
        let (ser_impl, ty_generics, ser_where) = ser.split_for_impl();
        let de = super::with_de_lifetime(&with_bound(container, [ty], quote!(#rt::serde::Deserialize<'de>)));
        let (de_impl, _, de_where) = de.split_for_impl();
        // At the field's type, so a type that is not `Serialize` is reported there.
        let at = at_user_token(ty.span());
        let (rt_at_field, member_at_field) = (rt.at(at), placed_at(member, at));
        let write = quote_spanned!(at=> #rt_at_field::serde::Serialize::serialize(&self.#member_at_field, __serializer));
        quote! {
            #[automatically_derived]
            impl #ser_impl #rt::serde::Serialize for #ident #ty_generics #ser_where {
                #[inline]
                fn serialize<__S>(&self, __serializer: __S) -> #rt::Result<__S::Ok, __S::Error>
                where
                    __S: #rt::serde::Serializer,
                {
                    #write
                }
            }

            #[automatically_derived]
            impl #de_impl #rt::serde::Deserialize<'de> for #ident #ty_generics #de_where {
                #[inline]
                fn deserialize<__D>(__deserializer: __D) -> #rt::Result<Self, __D::Error>
                where
                    __D: #rt::serde::Deserializer<'de>,
                {
                    #rt::Result::map(<#ty as #rt::serde::Deserialize<'de>>::deserialize(__deserializer), |__value| #ident { #member: __value })
                }
            }
        }
    });
    let (impl_generics, ty_generics, where_clause) = container.generics.split_for_impl();
    // The way back out is only expressible for a concrete newtype: `impl<T> From<Id<T>> for T`
    // breaks the orphan rule.
    let into_inner = (container.generics.type_params().next().is_none()).then(|| {
        quote! {
            #[automatically_derived]
            impl #impl_generics #rt::From<#ident #ty_generics> for #ty #where_clause {
                #[inline]
                fn from(__value: #ident #ty_generics) -> Self {
                    __value.#member
                }
            }
        }
    });
    quote! {
        #serde

        #[automatically_derived]
        impl #impl_generics #rt::From<#ty> for #ident #ty_generics #where_clause {
            #[inline]
            fn from(__value: #ty) -> Self {
                #ident { #member: __value }
            }
        }

        #into_inner
    }
}
