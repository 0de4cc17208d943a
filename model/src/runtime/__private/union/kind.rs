//! The kind of a JSON value (null, boolean, number, string, array, object), and which kinds a type
//! accepts, read from its wire [`Shape`]: how an untagged union picks its variant without buffering.

use crate::runtime::shape::{Shape, UnionVariant};
use core::fmt;

#[derive(Clone, Copy, PartialEq, Eq)]
pub(super) enum Kind {
    Null,
    Boolean,
    Integer,
    Number,
    String,
    Array,
    Object,
}

impl Kind {
    const ALL: [Kind; 7] = [
        Kind::Null,
        Kind::Boolean,
        Kind::Integer,
        Kind::Number,
        Kind::String,
        Kind::Array,
        Kind::Object,
    ];

    fn article_and_name(self) -> &'static str {
        match self {
            Kind::Null => "null",
            Kind::Boolean => "a boolean",
            Kind::Integer => "an integer",
            Kind::Number => "a number",
            Kind::String => "a string",
            Kind::Array => "an array",
            Kind::Object => "an object",
        }
    }
}

/// Whether a value of `kind` can be read as a type of `shape`.
pub(super) fn accepts(shape: &Shape, kind: Kind) -> bool {
    match shape {
        Shape::Any => true,
        Shape::Boolean => kind == Kind::Boolean,
        Shape::Integer { .. } => kind == Kind::Integer,
        // serde's float types read integers too.
        Shape::Number => matches!(kind, Kind::Integer | Kind::Number),
        Shape::String | Shape::Enum { .. } => kind == Kind::String,
        Shape::Nullable(inner) => kind == Kind::Null || accepts(&inner(), kind),
        Shape::Array(_) | Shape::Tuple(_) => kind == Kind::Array,
        Shape::Map(_) | Shape::Object { .. } => kind == Kind::Object,
        Shape::Union { tag: Some(_), .. } => kind == Kind::Object,
        Shape::Union {
            tag: None,
            variants,
            ..
        } => variants.iter().any(|v| accepts(&v.shape(), kind)),
    }
}

/// `an integer or a string`: the kinds any of `shapes` accepts, as an error message lists them.
pub(super) struct Accepted(pub(super) &'static [UnionVariant]);

impl fmt::Display for Accepted {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let shapes: Vec<Shape> = self.0.iter().map(UnionVariant::shape).collect();
        let kinds: Vec<Kind> = Kind::ALL
            .into_iter()
            // An integer is a number: `a number` alone says both.
            .filter(|&kind| shapes.iter().any(|shape| accepts(shape, kind)))
            .collect();
        let kinds: Vec<Kind> = kinds
            .iter()
            .copied()
            .filter(|&kind| !(kind == Kind::Integer && kinds.contains(&Kind::Number)))
            .collect();
        for (i, kind) in kinds.iter().enumerate() {
            if i > 0 {
                f.write_str(if i + 1 == kinds.len() { " or " } else { ", " })?;
            }
            f.write_str(kind.article_and_name())?;
        }
        Ok(())
    }
}
