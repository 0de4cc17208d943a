//! Doc comments as data: collected from `///`, `#[doc = "…"]` and `#[doc = include_str!("…")]`,
//! normalised the way rustdoc reads them.

use crate::expand::Runtime;
use proc_macro2::TokenStream;
use quote::quote;
use syn::{Attribute, Expr, ExprLit, Lit, Meta};

pub(crate) struct Doc {
    /// The doc attributes' values, in order.
    fragments: Vec<Fragment>,
    /// Whether any doc attribute was written, blank or not.
    pub(crate) written: bool,
}

/// One `#[doc = …]`: a literal (`///` is one), or an expression such as `include_str!("…")` or
/// `concat!(…)`, whose text only the compiler knows.
enum Fragment {
    Text(String),
    Expr(Box<Expr>),
}

impl Doc {
    pub(crate) fn from_attrs(attrs: &[Attribute]) -> Doc {
        let fragments: Vec<Fragment> = attrs
            .iter()
            .filter(|attr| attr.path().is_ident("doc"))
            // `#[doc(hidden)]` and friends are lists, not text.
            .filter_map(|attr| match &attr.meta {
                Meta::NameValue(nv) => Some(Fragment::of(&nv.value)),
                _ => None,
            })
            .collect();
        Doc {
            written: !fragments.is_empty(),
            fragments,
        }
    }

    /// Whether an expression is part of the doc: its text is not known here.
    fn has_expression(&self) -> bool {
        self.fragments
            .iter()
            .any(|fragment| matches!(fragment, Fragment::Expr(_)))
    }

    /// No text, or only blank lines. A doc with an expression counts as written text.
    pub(crate) fn is_missing(&self) -> bool {
        !self.has_expression() && self.literal_text().is_empty()
    }

    /// How a missing doc reads in an error: absent, or written but blank.
    pub(crate) fn missing_reason(&self) -> &'static str {
        if self.written {
            "has a blank doc comment"
        } else {
            "has no doc comment"
        }
    }

    /// The normalised Markdown text of the literal fragments, with the expressions left out.
    fn literal_text(&self) -> String {
        let texts: Vec<&str> = self.fragments.iter().filter_map(Fragment::text).collect();
        normalise(&texts)
    }

    /// A `&'static str` expression of the doc's text, for the generated consts: the normalised
    /// text as a literal, or, with an expression among the fragments, a `concat!` of the
    /// normalised literal lines and the expressions (each fragment a line, as rustdoc joins
    /// them) whose blank lines at both ends the runtime drops when the constant is evaluated.
    pub(crate) fn expression(&self, rt: &Runtime) -> TokenStream {
        if !self.has_expression() {
            let text = self.literal_text();
            return quote!(#text);
        }
        let texts: Vec<&str> = self.fragments.iter().filter_map(Fragment::text).collect();
        let mut unindented = unindent(&texts).into_iter();
        let mut parts = Vec::with_capacity(self.fragments.len() * 2);
        for fragment in &self.fragments {
            if !parts.is_empty() {
                parts.push(quote!("\n"));
            }
            parts.push(match fragment {
                Fragment::Text(_) => {
                    let text = unindented.next().unwrap_or_default();
                    quote!(#text)
                }
                Fragment::Expr(expr) => quote!(#expr),
            });
        }
        quote!(#rt::doc::trim_blank_lines(::core::concat!(#(#parts),*)))
    }
}

impl Fragment {
    fn of(value: &Expr) -> Fragment {
        match value {
            Expr::Lit(ExprLit {
                lit: Lit::Str(s), ..
            }) => Fragment::Text(s.value()),
            // A literal passed through a `macro_rules!` `$doc:expr` arrives in an invisible group.
            Expr::Group(group) => match Fragment::of(&group.expr) {
                Fragment::Text(text) => Fragment::Text(text),
                Fragment::Expr(_) => Fragment::Expr(Box::new(value.clone())),
            },
            _ => Fragment::Expr(Box::new(value.clone())),
        }
    }

    fn text(&self) -> Option<&str> {
        match self {
            Fragment::Text(text) => Some(text),
            Fragment::Expr(_) => None,
        }
    }
}

/// Strips the indentation all lines share (the space after `///` included), trailing
/// whitespace, and blank lines at both ends; keeps inner line breaks, which Markdown reads
/// as spaces inside a paragraph and as paragraph breaks when blank.
fn normalise(fragments: &[&str]) -> String {
    // Unindented lines are empty when blank, so blank lines at the ends are line breaks there.
    unindent(fragments).join("\n").trim_matches('\n').to_owned()
}

/// A fragment's lines. `split`, not `lines`: a blank `///` is an empty fragment, and it is a
/// paragraph break.
fn lines(fragment: &str) -> impl Iterator<Item = &str> {
    fragment
        .split('\n')
        .map(|line| line.strip_suffix('\r').unwrap_or(line))
}

/// Each fragment with the indentation all their lines share and each line's trailing
/// whitespace removed, blank lines emptied.
fn unindent(fragments: &[&str]) -> Vec<String> {
    let indent = fragments
        .iter()
        .flat_map(|fragment| lines(fragment))
        .filter(|line| !line.trim().is_empty())
        .map(|line| line.len() - line.trim_start().len())
        .min()
        .unwrap_or(0);
    fragments
        .iter()
        .map(|fragment| {
            lines(fragment)
                .map(|line| {
                    if line.trim().is_empty() {
                        ""
                    } else {
                        line[indent..].trim_end()
                    }
                })
                .collect::<Vec<_>>()
                .join("\n")
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::{Doc, Runtime, normalise};
    use proc_macro2::{Delimiter, Group, TokenStream};
    use quote::quote;

    fn doc_of(attrs: TokenStream) -> Doc {
        let item: syn::DeriveInput = syn::parse2(quote!(#attrs struct M;)).unwrap();
        Doc::from_attrs(&item.attrs)
    }

    #[test]
    fn literal_docs_are_one_normalised_literal() {
        let doc = doc_of(quote!(#[doc = " First."] #[doc = ""] #[doc = " Second."]));
        assert!(!doc.is_missing());
        assert_eq!(
            doc.expression(&Runtime::new(quote!(rt))).to_string(),
            quote!("First.\n\nSecond.").to_string()
        );
    }

    #[test]
    fn a_literal_a_macro_rules_passes_on_is_text() {
        // `#[doc = $doc]` with `$doc:expr` gives the literal in an invisible group.
        let grouped = Group::new(Delimiter::None, quote!(" Passed on."));
        let doc = doc_of(quote!(#[doc = #grouped]));
        assert_eq!(
            doc.expression(&Runtime::new(quote!(rt))).to_string(),
            quote!("Passed on.").to_string()
        );
        let blank = Group::new(Delimiter::None, quote!(" "));
        assert!(doc_of(quote!(#[doc = #blank])).is_missing());
    }

    #[test]
    fn expressions_are_concatenated_with_the_literal_lines_and_trimmed_by_the_runtime() {
        let doc = doc_of(quote!(
            #[doc = "   Intro."]
            #[doc = include_str!("doc.md")]
            #[doc = "     Indented."]
        ));
        assert!(!doc.is_missing());
        let expected = quote!(rt::doc::trim_blank_lines(::core::concat!(
            "Intro.",
            "\n",
            include_str!("doc.md"),
            "\n",
            "  Indented."
        )));
        assert_eq!(
            doc.expression(&Runtime::new(quote!(rt))).to_string(),
            expected.to_string()
        );
    }

    #[test]
    fn strips_the_space_after_slashes_and_common_indent() {
        assert_eq!(
            normalise(&[" ID of the Image.", "", " Second  "]),
            "ID of the Image.\n\nSecond"
        );
        assert_eq!(normalise(&["\n    a\n      b\n    "]), "a\n  b");
    }

    #[test]
    fn blank_docs_are_empty() {
        assert_eq!(normalise(&["", "   ", " "]), "");
        assert_eq!(normalise(&[]), "");
    }
}
