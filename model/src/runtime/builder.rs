//! The type-level state of derived builders.
//!
//! `T::builder()` returns `TBuilder`, whose type parameters record, per builder-required field
//! (below), whether it was set: [`Unset`] or [`Set<V>`](Set). Such a field's setter is only
//! callable while it is [`Unset`], and `build()` only once every one of them is [`Set`], so both
//! mistakes are compile errors that name the field. A field with a default (an `Option`, a
//! `Patch`, a skipped or defaulted one) has no type parameter: its setters return the builder's
//! own type, so it can be set conditionally (`if … { b = b.name(…) }`) and setting it again
//! replaces the value. Those parameters are what a builder costs to compile, each setter
//! restating them all; a field `build()` does not need to know about needs none.
//!
//! The values wait in the builder beside the states, one slot per field (`Slot` for a required
//! one, else an `Option` or the field's own `Option`/`Patch`): a setter stores one value, so its
//! code does not grow with the number of fields. The setters are `#[inline]` and `build()` is
//! `#[inline(always)]` in a release build (with `#[inline]` alone, LLVM keeps it out of line): a
//! chain of setters and `build()` is then straight-line code, the values moved into the slots and
//! from there into the struct, with no call and no branch left (`benches/` measures it against a
//! struct literal).
//!
//! `TBuilder` is declared beside `T`, in its module, so no other type there may have that name:
//! one that does is rustc's E0428 ("the name `TBuilder` is defined multiple times"). Rename it,
//! move it or the model into another module, or turn the builder off with
//! `#[api(builder = false)]` (see [what the derive generates](crate#what-the-derive-generates)).
//!
//! A setter takes `impl Into<V>` for its field's type `V` (`Into<U>` for an `Option<U>`, with a
//! `maybe_` setter taking the `Option<U>` itself), except for numbers, `bool` and `char`, which
//! it takes as they are: with `impl Into<u32>`, a literal `1` would default to `i32` and not
//! convert.
//!
//! Builder-required means: not an `Option`, not a `Patch`, not skipped, not `#[api(default)]`/
//! `#[api(default = path)]` (their default when unset), and not a collection. A collection is a
//! type that implements [`EmptyWhenUnset`] (`Vec`, `VecDeque`, `BTreeMap`, `HashMap`, `BTreeSet`,
//! `HashSet`): left unset, it builds empty. This is decided by the type, not by how it is
//! spelled, so an alias such as [`Labels`](crate::Labels) counts, and so does a type of your own
//! that implements the trait; a generic field `T` is required unless the model is built with a
//! collection for `T`. This is a rule of the builder, next to the wire rules of the field-kind
//! table: a nullable `Option` is always *written*, but need not be *set*.

use std::collections::{BTreeMap, BTreeSet, HashMap, HashSet, VecDeque};
use std::marker::PhantomData;

/// A builder field that has not been given a value yet.
#[derive(Clone, Copy, Debug, Default)]
pub struct Unset;

/// A builder field that was given a value of type `V` (the builder holds the value).
pub struct Set<V>(PhantomData<fn() -> V>);

// By hand: derived impls would require `V: Clone` (and so on) of a marker that holds no `V`.
impl<V> Clone for Set<V> {
    fn clone(&self) -> Self {
        *self
    }
}

impl<V> Copy for Set<V> {}

impl<V> std::fmt::Debug for Set<V> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Set")
    }
}

/// Implemented by [`Unset`] only: a builder-required field's setter can be called once.
#[diagnostic::on_unimplemented(
    message = "this field of the builder is already set",
    label = "set a second time here",
    note = "a required field is set once per builder: remove one of the two calls, or change the field on the built value"
)]
pub trait NotSet {}

#[diagnostic::do_not_recommend]
impl NotSet for Unset {}

/// A collection: a builder field of this type may be left unset, and builds empty.
///
/// Implemented for `Vec`, `VecDeque`, `BTreeMap`, `HashMap`, `BTreeSet` and `HashSet` (the last
/// two with any hasher that is `Default`), for every `FIELD`. `FIELD` is the field's position in
/// its model: rustc reports identical unmet bounds once, so without it two missing fields of the
/// same type would be reported as one. A collection of your own can join with
/// `impl<const FIELD: usize> EmptyWhenUnset<FIELD> for Tags {}`.
pub trait EmptyWhenUnset<const FIELD: usize>: Default {}

impl<T, const FIELD: usize> EmptyWhenUnset<FIELD> for Vec<T> {}
impl<T, const FIELD: usize> EmptyWhenUnset<FIELD> for VecDeque<T> {}
impl<K, V, const FIELD: usize> EmptyWhenUnset<FIELD> for BTreeMap<K, V> {}
impl<K, V, S: Default, const FIELD: usize> EmptyWhenUnset<FIELD> for HashMap<K, V, S> {}
impl<T, const FIELD: usize> EmptyWhenUnset<FIELD> for BTreeSet<T> {}
impl<T, S: Default, const FIELD: usize> EmptyWhenUnset<FIELD> for HashSet<T, S> {}

/// Used by generated code: names a field's state as a type parameter of `build()` itself.
///
/// `build()` states a required field's bound on parameters of its own, `__F0: Itself<Is = __S0>,
/// __S0: __requires_id<V>` rather than `__F0: __requires_id<V>` (and a field type that names the
/// model's `T` goes through a `__V0` the same way). Once `do_not_recommend` has lifted an unmet
/// bound from [`SetOrEmpty`] to the field's own trait, rustc reports it at the receiver, the
/// whole chain of setters, if it names a type parameter of the builder; naming only parameters of
/// `build()`, which no argument mentions, it is reported at `.build()`.
#[doc(hidden)]
pub trait Itself {
    /// `Self`.
    type Is;
    /// `self`, as [`Itself::Is`].
    fn itself(self) -> Self::Is;
}

impl<T> Itself for T {
    type Is = T;
    #[inline(always)]
    fn itself(self) -> T {
        self
    }
}

/// Where a builder-required field's value waits until `build()`.
///
/// An `Option` with a tag of its own: `Option<V>` would keep "empty" in a niche of `V` when it has
/// one (a `String`'s capacity), and `build()` would then compare the value with that niche at run
/// time. A tag the setter has just written is one the optimizer can see, so the check that the
/// value is there folds away.
#[doc(hidden)]
#[repr(C, u8)]
pub enum Slot<V> {
    /// Not set yet.
    Empty,
    /// Set.
    Full(V),
}

impl<V> Slot<V> {
    /// Used by generated code: the same slot, its value turned into another type.
    #[inline(always)]
    pub fn map<U>(self, f: impl FnOnce(V) -> U) -> Slot<U> {
        match self {
            Slot::Empty => Slot::Empty,
            Slot::Full(value) => Slot::Full(f(value)),
        }
    }
}

/// The value of the builder-required field at position `FIELD`: the one set, or an empty
/// collection.
///
/// Generated code gives each required field a trait of its own, implemented for every state that
/// implements this one, so that an unmet requirement is reported with that trait's message ("the
/// required field `x` is not set"): both impls here are `do_not_recommend`, which makes rustc
/// report the field's trait rather than this one or [`EmptyWhenUnset`].
pub trait SetOrEmpty<V, const FIELD: usize> {
    /// The value that was set, or the empty collection, from the field's slot in the builder.
    fn value(slot: Slot<V>) -> V;
}

#[diagnostic::do_not_recommend]
impl<V, const FIELD: usize> SetOrEmpty<V, FIELD> for Set<V> {
    #[inline(always)]
    fn value(slot: Slot<V>) -> V {
        match slot {
            Slot::Full(value) => value,
            // Only the generated setters make a `Set` state, and they fill the slot with it.
            Slot::Empty => crate::runtime::__private::unreachable_state(),
        }
    }
}

#[diagnostic::do_not_recommend]
impl<V: EmptyWhenUnset<FIELD>, const FIELD: usize> SetOrEmpty<V, FIELD> for Unset {
    #[inline(always)]
    fn value(slot: Slot<V>) -> V {
        match slot {
            Slot::Full(value) => value,
            Slot::Empty => V::default(),
        }
    }
}
