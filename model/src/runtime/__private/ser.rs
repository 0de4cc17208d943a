//! Serialization helpers shared by every derived struct, so each model's expansion stays small.

use crate::runtime::patch::Patch;
use serde_core::ser::{Serialize, SerializeStruct, Serializer};

/// A field value that may be left out of the object: an `#[api(optional)]` `Option`, a `Patch`.
pub trait MaybeAbsent {
    /// Whether the key is left out.
    fn is_absent(&self) -> bool;
}

impl<T> MaybeAbsent for Option<T> {
    #[inline]
    fn is_absent(&self) -> bool {
        self.is_none()
    }
}

impl<T> MaybeAbsent for Patch<T> {
    #[inline]
    fn is_absent(&self) -> bool {
        Patch::is_absent(self)
    }
}

/// How many entries a field that may be absent adds to the object: 0 or 1.
#[inline]
pub fn count<T: MaybeAbsent>(value: &T) -> usize {
    usize::from(!value.is_absent())
}

/// Used by generated code: a struct being written, through its format's state, which a local of
/// the struct's `serialize` holds, and the first error writing it.
///
/// A derived `serialize` makes one call per field on it, where a `match` returning the error
/// would otherwise follow each field: each field is then one statement with two paths to resolve
/// and no branch of its own (the branch lives here, compiled once per field type), which took a
/// third of the tokens out of the whole API's `serialize` bodies and 2 to 3.5 % off a 100-model
/// crate's rebuild (BENCHMARKS.md). After an error the remaining calls do nothing, and [`end`]
/// returns it.
///
/// The state is borrowed, not held: each write hands the format its state by `&mut`, so the
/// optimizer must assume that the format changed whatever lies beside the state in memory. Held
/// here by value (a `Result` of the state or the error, as before), whether a write had failed was
/// read back from memory and tested before every field, and writing read 1.03 to 1.08 of
/// serde_derive (BENCHMARKS.md). A `Result` of a reference to it or the error lies nowhere the
/// format can reach, stays in registers, and a struct is written with the tests serde_derive's
/// code makes.
pub struct Fields<'a, S: SerializeStruct>(Result<&'a mut S, S::Error>);

impl<S: SerializeStruct> Fields<'_, S> {
    /// The error that ended the writing, if one did: what [`end`] needs besides the state.
    #[inline]
    pub fn into_error(self) -> Option<S::Error> {
        self.0.err()
    }
}

/// Starts writing a struct of `len` fields ([`Serializer::serialize_struct`]), its format's
/// state put in `slot`, a local of the struct's `serialize`.
#[inline]
pub fn begin<'a, S: Serializer>(
    serializer: S,
    name: &'static str,
    len: usize,
    slot: &'a mut Option<S::SerializeStruct>,
) -> Fields<'a, S::SerializeStruct> {
    Fields(match serializer.serialize_struct(name, len) {
        Ok(state) => Ok(slot.insert(state)),
        Err(error) => Err(error),
    })
}

/// Writes a field: [`SerializeStruct::serialize_field`].
#[inline]
pub fn write_field<S, T>(fields: &mut Fields<'_, S>, key: &'static str, value: &T)
where
    S: SerializeStruct,
    T: ?Sized + Serialize,
{
    if let Ok(state) = &mut fields.0
        && let Err(error) = state.serialize_field(key, value)
    {
        fields.0 = Err(error);
    }
}

/// Writes a field that may be absent: only when it is not, where the format leaves absent keys
/// out (`skip_absent`, the human-readable formats); always elsewhere, as the value says it
/// (`None`, [`Patch::Absent`]), because a format that writes a struct as the sequence of its
/// fields (bincode, postcard) has no way to leave one out.
#[inline]
pub fn write_optional_field<S, T>(
    fields: &mut Fields<'_, S>,
    skip_absent: bool,
    key: &'static str,
    value: &T,
) where
    S: SerializeStruct,
    T: MaybeAbsent + Serialize,
{
    if !(skip_absent && value.is_absent()) {
        write_field(fields, key, value);
    } else if let Ok(state) = &mut fields.0
        && let Err(error) = state.skip_field(key)
    {
        fields.0 = Err(error);
    }
}

/// Ends the struct: [`SerializeStruct::end`] on the state in `slot`, or the first error writing
/// it (`error`, from [`Fields::into_error`]).
#[inline]
pub fn end<S: SerializeStruct>(
    error: Option<S::Error>,
    slot: Option<S>,
) -> Result<S::Ok, S::Error> {
    match (error, slot) {
        (None, Some(state)) => state.end(),
        (Some(error), _) => Err(error),
        // `begin` fills the slot, or returns the error that kept it from doing so.
        (None, None) => super::unreachable_state(),
    }
}

/// A field's own way to serialize, given with `#[api(with)]` or `#[api(serialize_with)]`:
/// the derive implements it on a marker type per field, calling the user's function.
pub trait SerializeAs<T: ?Sized> {
    /// Calls the user's function.
    fn serialize_as<S: serde_core::Serializer>(value: &T, serializer: S)
    -> Result<S::Ok, S::Error>;
}

/// A value written through the marker `M`'s function.
pub struct SerializeWith<'a, T: ?Sized, M>(&'a T, core::marker::PhantomData<M>);

impl<'a, T: ?Sized, M> SerializeWith<'a, T, M> {
    /// Wraps a field's value.
    #[inline]
    pub fn new(value: &'a T) -> Self {
        SerializeWith(value, core::marker::PhantomData)
    }
}

impl<T: ?Sized, M: SerializeAs<T>> serde_core::Serialize for SerializeWith<'_, T, M> {
    #[inline]
    fn serialize<S: serde_core::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        M::serialize_as(self.0, serializer)
    }
}

impl<T: ?Sized + MaybeAbsent, M> MaybeAbsent for SerializeWith<'_, T, M> {
    #[inline]
    fn is_absent(&self) -> bool {
        self.0.is_absent()
    }
}
