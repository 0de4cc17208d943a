//! `JsonSchema` (schemars 1) and `ToSchema` (utoipa 5) for derived models, behind the crate's
//! features of those names, rendered by the one schema renderer (`crate::runtime::schema`).
//!
//! The derive cannot `#[cfg]` its output on this crate's features: the code it generates is
//! compiled in the user's crate, where `feature = "schemars"` names the user's features. Each of
//! this crate's features turns on the derive's feature of the same name, and the derive then calls
//! [`schema_crate_impls!`](crate::__schema_crate_impls) for every model (without them, not at all:
//! 700 calls that expand to nothing still cost a 100-model crate most of a second). This crate
//! decides what the call expands to: each schema crate's macro has two definitions, one per state
//! of its feature, the one that is off expanding to nothing.
//!
//! Each impl is a few lines that call one generic function per trait method here, which calls a
//! non-generic one: a model costs its user's build almost nothing more than the call.

#[cfg(feature = "schemars")]
pub mod schemars;
#[cfg(feature = "utoipa")]
pub mod utoipa;

/// The schema crates' traits for a derived model:
/// `schema_crate_impls! { [impl generics] Type<generics> [where clause] }`.
#[doc(hidden)]
#[macro_export]
macro_rules! __schema_crate_impls {
    ($($model:tt)*) => {
        $crate::__schemars_impl! { $($model)* }
        $crate::__utoipa_impl! { $($model)* }
    };
}

#[cfg(feature = "schemars")]
#[doc(hidden)]
#[macro_export]
macro_rules! __schemars_impl {
    ([$($impl_generics:tt)*] $model:ty [$($where_clause:tt)*]) => {
        #[automatically_derived]
        impl $($impl_generics)* $crate::__private::schemars::JsonSchema for $model
        $($where_clause)*
        {
            fn schema_name() -> $crate::__private::Cow<'static, $crate::__private::str> {
                $crate::__private::integrations::schemars::schema_name::<Self>()
            }

            fn schema_id() -> $crate::__private::Cow<'static, $crate::__private::str> {
                $crate::__private::integrations::schemars::schema_id::<Self>()
            }

            fn json_schema(
                generator: &mut $crate::__private::schemars::SchemaGenerator,
            ) -> $crate::__private::schemars::Schema {
                $crate::__private::integrations::schemars::json_schema::<Self>(generator)
            }
        }
    };
}

#[cfg(not(feature = "schemars"))]
#[doc(hidden)]
#[macro_export]
macro_rules! __schemars_impl {
    ($($model:tt)*) => {};
}

#[cfg(feature = "utoipa")]
#[doc(hidden)]
#[macro_export]
macro_rules! __utoipa_impl {
    ([$($impl_generics:tt)*] $model:ty [$($where_clause:tt)*]) => {
        #[automatically_derived]
        impl $($impl_generics)* $crate::__private::utoipa::PartialSchema for $model
        $($where_clause)*
        {
            fn schema() -> $crate::__private::utoipa::openapi::RefOr<
                $crate::__private::utoipa::openapi::schema::Schema,
            > {
                $crate::__private::integrations::utoipa::schema::<Self>()
            }
        }

        #[automatically_derived]
        impl $($impl_generics)* $crate::__private::utoipa::ToSchema for $model
        $($where_clause)*
        {
            fn name() -> $crate::__private::Cow<'static, $crate::__private::str> {
                $crate::__private::integrations::utoipa::name::<Self>()
            }

            fn schemas(
                schemas: &mut $crate::__private::Vec<(
                    $crate::__private::String,
                    $crate::__private::utoipa::openapi::RefOr<
                        $crate::__private::utoipa::openapi::schema::Schema,
                    >,
                )>,
            ) {
                $crate::__private::integrations::utoipa::schemas::<Self>(schemas);
            }
        }
    };
}

#[cfg(not(feature = "utoipa"))]
#[doc(hidden)]
#[macro_export]
macro_rules! __utoipa_impl {
    ($($model:tt)*) => {};
}
