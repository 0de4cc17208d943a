//! Checks of a field's type against the kind its attributes give it, for what the derive cannot
//! tell from how the type is spelled.

/// The types `#[api(nullable)]` may mark: `Option`, by whatever name (`type Maybe<T> = Option<T>`).
#[diagnostic::on_unimplemented(
    message = "`#[api(nullable)]` on a field of type `{Self}`, which is not an `Option`",
    label = "not an `Option`",
    note = "a nullable field reads `null` and a missing key as `None`: give it an `Option<…>` type (an alias of one is fine), or remove `nullable`"
)]
pub trait Nullable {}

impl<T> Nullable for Option<T> {}

/// The metadata's flags of a field marked `#[api(nullable)]`, `flags` (its nullable bit set)
/// unchanged, and a compile error at the field when its type is no `Option`.
#[must_use]
pub const fn nullable<T: Nullable>(flags: u8) -> u8 {
    flags
}
