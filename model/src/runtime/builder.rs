//! The type-level state of derived builders.
//!
//! `T::builder()` returns `TBuilder`, whose type parameters record, per field, whether it was set:
//! [`Unset`] or [`Set<V>`](Set) (holding the value). A setter is only callable while its field is
//! [`Unset`], and `build()` only once every builder-required field is [`Set`], so both mistakes
//! are compile errors that name the field. The values live in the state itself: building costs
//! the same as a struct literal.
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
//! Builder-required means: not an `Option`, not a collection (`Vec`, `BTreeMap`, `HashMap`,
//! `BTreeSet`, `HashSet`: empty when unset; recognised by how the type is written, so one behind
//! an alias such as [`Labels`](crate::Labels) is required like any other field) and not `#[api(default)]`/`#[api(default = path)]`
//! (their default when unset). This is a rule of the builder, next to the wire rules of the
//! field-kind table: a nullable `Option` is always *written*, but need not be *set*.

/// A builder field that has not been given a value yet.
#[derive(Clone, Copy, Debug, Default)]
pub struct Unset;

/// A builder field holding its value.
#[derive(Clone, Copy, Debug)]
pub struct Set<V>(pub(crate) V);

/// Implemented by [`Unset`] only: each setter can be called once.
#[diagnostic::on_unimplemented(
    message = "this field of the builder is already set",
    label = "set a second time here",
    note = "each setter can be called once; build a new value to change it"
)]
pub trait NotSet {}

#[diagnostic::do_not_recommend]
impl NotSet for Unset {}

/// The value of a field the builder may leave unset: its own, or the default.
pub trait OrDefault<V> {
    /// The value that was set, or `default()`.
    fn or_default_with(self, default: impl FnOnce() -> V) -> V;
}

impl<V> OrDefault<V> for Set<V> {
    #[inline(always)]
    fn or_default_with(self, _: impl FnOnce() -> V) -> V {
        self.0
    }
}

impl<V> OrDefault<V> for Unset {
    #[inline(always)]
    fn or_default_with(self, default: impl FnOnce() -> V) -> V {
        default()
    }
}

#[doc(hidden)]
impl<V> Set<V> {
    /// Used by generated code.
    #[inline(always)]
    pub fn new(value: V) -> Self {
        Set(value)
    }

    /// Used by generated code.
    #[inline(always)]
    pub fn into_inner(self) -> V {
        self.0
    }
}
