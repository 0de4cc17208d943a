//! The path from the document's root to the value being read (`servers[0].image.id`), kept per
//! thread while a derived model deserializes, so an error can name the field it is about.
//!
//! Only the error path reads it; reading a valid document just pushes and pops `&'static str`s.
//!
//! # How an error gets its path
//!
//! The rule the files of `de/` follow and refer to.
//!
//! An error gets the path once, as `` for `servers[0].image.id` `` ([`ForPath`]), at the end of
//! the *expected* part of a type error: the one part a wrapper can extend without changing what
//! the format reports. A syntax or EOF error stays one, with no field named, and the position
//! serde_json appends comes once, after the path:
//! `invalid type: string "42", expected i64 for `id` at line 1 column 9`.
//!
//! - **Naming.** `de::read_field` enters a field's name before reading its value, the seq-access
//!   wrapper (`de/named.rs`) each element's index; [`Entered`] leaves the segment on drop, whether the
//!   value was read or not. Each nesting level wraps again, so one sequence may be wrapped twice;
//!   its element is still entered once: [`enter`] skips an index while the last one's value has not
//!   started, and the seed wrapper marks that start ([`element_started`]).
//! - **Clearing.** Entering a field clears the claim: a new value's error has no path yet.
//! - **Claiming.** Whoever appends the path claims the error first ([`claim_error`]); wrappers
//!   further out see the claim and leave the error as it is.
//! - **Appending.** The format builds a type error (`invalid type: …, expected …`) from the visitor
//!   it holds, the outermost of the visitor wrappers: that one writes the inner `expected …`,
//!   appends the path and claims the error ([`outermost_expecting`]); the inner ones only forward.
//!   An error a visitor makes from a plain value (`invalid value`, a custom message, no position
//!   yet) gets the path appended to its message by the first visitor wrapper it passes. An array
//!   where a derived struct's object belongs is named by `de::not_an_object`, and a struct's
//!   sequence of the wrong length by `de::read_fields`, with the path to the struct (a field is
//!   entered only once its value starts, so a sequence that ends before it names the struct).
//! - **Key errors** (missing, duplicate, unknown field) come from reading the struct itself (its
//!   `ReadField` impl and the runtime's struct visitor) and name the path with the key in it
//!   ([`Current`]); no wrapper touches them.

use core::cell::Cell;
use core::fmt;
use serde_core::de;

#[derive(Clone, Copy)]
pub(crate) enum Segment {
    Field(&'static str),
    Index(usize),
}

/// Deeper nesting is still tracked by count; only its names are left out of messages.
const MAX_DEPTH: usize = 32;

struct Path {
    depth: Cell<usize>,
    segments: [Cell<Segment>; MAX_DEPTH],
    /// Set once the current error names its field, so an outer wrapper does not name it again.
    error_named: Cell<bool>,
    /// Set while the outermost wrapper formats `expected …`, so inner wrappers only forward.
    in_expecting: Cell<bool>,
    /// Set from entering an element until its value starts: a sequence wrapped twice (a list
    /// inside a nested model) must not count its element twice.
    element_pending: Cell<bool>,
}

thread_local! {
    static PATH: Path = const {
        Path {
            depth: Cell::new(0),
            segments: [const { Cell::new(Segment::Index(0)) }; MAX_DEPTH],
            error_named: Cell::new(false),
            in_expecting: Cell::new(false),
            element_pending: Cell::new(false),
        }
    };
}

/// Leaves the segment on drop, so the path stays right whether the value was read or not.
pub(crate) struct Entered {
    pushed: bool,
}

impl Drop for Entered {
    #[inline]
    fn drop(&mut self) {
        PATH.with(|path| {
            path.element_pending.set(false);
            if self.pushed {
                path.depth.set(path.depth.get() - 1);
            }
        });
    }
}

#[inline]
pub(crate) fn enter(segment: Segment) -> Entered {
    PATH.with(|path| {
        match segment {
            Segment::Field(_) => path.error_named.set(false),
            Segment::Index(_) => {
                if path.element_pending.replace(true) {
                    return Entered { pushed: false };
                }
            }
        }
        let depth = path.depth.get();
        if let Some(slot) = path.segments.get(depth) {
            slot.set(segment);
        }
        path.depth.set(depth + 1);
        Entered { pushed: true }
    })
}

/// Marks that an element's value has started, so a sequence inside it indexes its own elements.
#[inline]
pub(crate) fn element_started() {
    PATH.with(|path| path.element_pending.set(false));
}

/// How many segments deep the reader is (0 outside any derived model's field).
pub(crate) fn depth() -> usize {
    PATH.with(|path| path.depth.get())
}

/// Claims the right to name the current error's path; false when something already did.
pub(crate) fn claim_error() -> bool {
    PATH.with(|path| !path.error_named.replace(true))
}

/// Writes `inner`'s `expected …`, and the path after it when this is the outermost one: the path
/// is written once, by the outermost formatter. Takes the visitor as `&dyn Expected`: this is
/// compiled once, not once per visitor.
pub(crate) fn write_expecting(inner: &dyn de::Expected, f: &mut fmt::Formatter<'_>) -> fmt::Result {
    if PATH.with(|path| path.in_expecting.replace(true)) {
        return inner.fmt(f);
    }
    let leave = LeaveExpecting;
    let result = inner.fmt(f);
    drop(leave);
    result?;
    claim_error();
    write!(f, "{ForPath}")
}

/// Leaves `in_expecting` on drop: a field type's `expecting` that panics (and is caught) must not
/// leave every later error on this thread without its path.
struct LeaveExpecting;

impl Drop for LeaveExpecting {
    fn drop(&mut self) {
        PATH.with(|path| path.in_expecting.set(false));
    }
}

/// `` for `path.to.field` `` when inside a field, nothing at the root: the suffix every error
/// about a value gets.
pub(crate) struct ForPath;

impl fmt::Display for ForPath {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if depth() > 0 {
            write!(f, " for `{}`", Current { last: None })?;
        }
        Ok(())
    }
}

/// Displays the current path, with `last` appended when given (a field not entered yet).
pub(crate) struct Current {
    pub(crate) last: Option<&'static str>,
}

impl fmt::Display for Current {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let segments: Vec<Segment> = PATH.with(|path| {
            let depth = path.depth.get();
            path.segments[..depth.min(MAX_DEPTH)]
                .iter()
                .map(Cell::get)
                .collect()
        });
        let mut first = true;
        for segment in segments.into_iter().chain(self.last.map(Segment::Field)) {
            match segment {
                Segment::Field(name) => {
                    if !first {
                        f.write_str(".")?;
                    }
                    f.write_str(name)?;
                }
                Segment::Index(index) => write!(f, "[{index}]")?,
            }
            first = false;
        }
        if PATH.with(|path| path.depth.get()) > MAX_DEPTH {
            f.write_str("…")?;
        }
        Ok(())
    }
}
