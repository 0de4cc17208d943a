//! Doc comments as data: collected from `///` and `#[doc = "…"]`, normalised the way rustdoc reads them.

use syn::{Attribute, Expr, ExprLit, Lit, Meta};

pub(crate) struct Doc {
    /// The normalised Markdown text; empty when there is no doc or only blank lines.
    pub(crate) text: String,
    /// A `#[doc = some_macro!()]` counts as documented even though its text is not known here.
    pub(crate) has_opaque_part: bool,
    /// Whether any doc attribute was written, blank or not.
    pub(crate) written: bool,
}

impl Doc {
    pub(crate) fn from_attrs(attrs: &[Attribute]) -> Doc {
        let mut fragments = Vec::new();
        let mut has_opaque_part = false;
        for attr in attrs.iter().filter(|attr| attr.path().is_ident("doc")) {
            // `#[doc(hidden)]` and friends are lists, not text.
            if let Meta::NameValue(nv) = &attr.meta {
                match &nv.value {
                    Expr::Lit(ExprLit {
                        lit: Lit::Str(s), ..
                    }) => fragments.push(s.value()),
                    _ => has_opaque_part = true,
                }
            }
        }
        let written = !fragments.is_empty() || has_opaque_part;
        Doc {
            text: normalise(&fragments),
            has_opaque_part,
            written,
        }
    }

    pub(crate) fn is_missing(&self) -> bool {
        self.text.is_empty() && !self.has_opaque_part
    }

    /// How a missing doc reads in an error: absent, or written but blank.
    pub(crate) fn missing_reason(&self) -> &'static str {
        if self.written {
            "has a blank doc comment"
        } else {
            "has no doc comment"
        }
    }
}

/// Strips the indentation all lines share (the space after `///` included), trailing
/// whitespace, and blank lines at both ends; keeps inner line breaks, which Markdown reads
/// as spaces inside a paragraph and as paragraph breaks when blank.
pub(crate) fn normalise(fragments: &[String]) -> String {
    // `split`, not `lines`: a blank `///` is an empty fragment, and it is a paragraph break.
    let lines: Vec<&str> = fragments
        .iter()
        .flat_map(|f| f.split('\n'))
        .map(|line| line.strip_suffix('\r').unwrap_or(line))
        .collect();
    let indent = lines
        .iter()
        .filter(|line| !line.trim().is_empty())
        .map(|line| line.len() - line.trim_start().len())
        .min()
        .unwrap_or(0);
    let stripped: Vec<&str> = lines
        .iter()
        .map(|line| {
            if line.trim().is_empty() {
                ""
            } else {
                line[indent..].trim_end()
            }
        })
        .collect();
    let first = stripped.iter().position(|l| !l.is_empty());
    let last = stripped.iter().rposition(|l| !l.is_empty());
    match (first, last) {
        (Some(first), Some(last)) => stripped[first..=last].join("\n"),
        _ => String::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::normalise;

    fn owned(lines: &[&str]) -> Vec<String> {
        lines.iter().map(|s| s.to_string()).collect()
    }

    #[test]
    fn strips_the_space_after_slashes_and_common_indent() {
        assert_eq!(
            normalise(&owned(&[" ID of the Image.", "", " Second  "])),
            "ID of the Image.\n\nSecond"
        );
        assert_eq!(normalise(&owned(&["\n    a\n      b\n    "])), "a\n  b");
    }

    #[test]
    fn blank_docs_are_empty() {
        assert_eq!(normalise(&owned(&["", "   ", " "])), "");
        assert_eq!(normalise(&[]), "");
    }
}
