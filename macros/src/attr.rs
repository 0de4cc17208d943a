//! `#[api(…)]` attributes: each key is read once, with its value kind checked, and every mistake
//! (unknown key, key given twice, wrong kind of value) is reported with its span.

use crate::case::RenameRule;
use crate::errors::Errors;
use proc_macro2::{Span, TokenTree};
use syn::meta::ParseNestedMeta;
use syn::parse::ParseStream;
use syn::{Attribute, LitStr, Token};

/// A value together with the span of the key that set it, so later checks can point at it.
#[derive(Clone)]
pub(crate) struct Spanned<T> {
    pub(crate) value: T,
    pub(crate) span: Span,
}

#[derive(Default)]
pub(crate) struct ContainerAttrs {
    pub(crate) rename_all: Option<Spanned<RenameRule>>,
    pub(crate) krate: Option<syn::Path>,
    pub(crate) title: Option<Spanned<String>>,
    pub(crate) deny_unknown_fields: Option<Span>,
    pub(crate) transparent: Option<Span>,
    /// `bound = "T: Trait"`: replaces the inferred bounds of the generated impls.
    pub(crate) bound: Option<Vec<syn::WherePredicate>>,
    /// `serde = false`: no `Serialize`/`Deserialize` (the user derives or writes them).
    pub(crate) serde: Option<Spanned<bool>>,
    /// `builder = false`: no builder (the user has one).
    pub(crate) builder: Option<Spanned<bool>>,
}

#[derive(Default)]
pub(crate) struct FieldAttrs {
    pub(crate) rename: Option<Spanned<String>>,
    pub(crate) optional: Option<Span>,
    pub(crate) default: Option<Spanned<DefaultValue>>,
    pub(crate) format: Option<Spanned<String>>,
    pub(crate) skip: Option<Span>,
    pub(crate) aliases: Vec<Spanned<String>>,
    /// `with = "module"`: `module::serialize` and `module::deserialize`.
    pub(crate) with: Option<Spanned<syn::Path>>,
    pub(crate) serialize_with: Option<Spanned<syn::Path>>,
    pub(crate) deserialize_with: Option<Spanned<syn::Path>>,
}

#[derive(Clone)]
pub(crate) enum DefaultValue {
    /// `#[api(default)]`: `Default::default()`.
    Trait,
    /// `#[api(default = path)]`: a function called with no arguments.
    Function(syn::Path),
}

#[derive(Default)]
pub(crate) struct VariantAttrs {
    pub(crate) rename: Option<Spanned<String>>,
    pub(crate) other: Option<Span>,
}

/// Where an attribute sits; decides which keys are valid there.
#[derive(Clone, Copy)]
pub(crate) enum Location {
    Struct,
    Enum,
    Field,
    Variant,
}

impl Location {
    const ALL: [Location; 4] = [
        Location::Struct,
        Location::Enum,
        Location::Field,
        Location::Variant,
    ];

    fn keys(self) -> &'static [&'static str] {
        match self {
            Location::Struct => &[
                "rename_all",
                "crate",
                "title",
                "deny_unknown_fields",
                "transparent",
                "bound",
                "serde",
                "builder",
            ],
            Location::Enum => &["rename_all", "crate", "title", "serde"],
            Location::Field => &[
                "rename",
                "optional",
                "default",
                "format",
                "skip",
                "alias",
                "with",
                "serialize_with",
                "deserialize_with",
            ],
            Location::Variant => &["rename", "other"],
        }
    }

    fn describe(self) -> &'static str {
        match self {
            Location::Struct => "a struct",
            Location::Enum => "an enum",
            Location::Field => "a field",
            Location::Variant => "a variant",
        }
    }
}

impl ContainerAttrs {
    pub(crate) fn parse(attrs: &[Attribute], location: Location, errors: &mut Errors) -> Self {
        let mut out = ContainerAttrs::default();
        for_each_key(attrs, location, errors, |key, meta| {
            match key {
                "rename_all" => {
                    let lit = string_value(meta, key)?;
                    match RenameRule::from_name(&lit.value()) {
                        Some(rule) => {
                            out.rename_all = Some(Spanned {
                                value: rule,
                                span: lit.span(),
                            })
                        }
                        None => {
                            return Err(syn::Error::new(
                                lit.span(),
                                format!(
                                    "unknown rename_all style \"{}\": use one of {}",
                                    lit.value(),
                                    RenameRule::names()
                                ),
                            ));
                        }
                    }
                }
                "title" => {
                    let lit = string_value(meta, key)?;
                    if lit.value().trim().is_empty() {
                        return Err(syn::Error::new(
                            lit.span(),
                            "`title` needs the schema title, like `#[api(title = \"ListMeta\")]`",
                        ));
                    }
                    out.title = Some(Spanned {
                        value: lit.value(),
                        span: lit.span(),
                    });
                }
                "deny_unknown_fields" => out.deny_unknown_fields = Some(flag(meta, key)?),
                "transparent" => out.transparent = Some(flag(meta, key)?),
                "serde" => out.serde = Some(bool_value(meta, key)?),
                "builder" => out.builder = Some(bool_value(meta, key)?),
                "bound" => {
                    let lit = string_value(meta, key)?;
                    let parser = syn::punctuated::Punctuated::<syn::WherePredicate, Token![,]>::parse_terminated;
                    let predicates = lit.parse_with(parser).map_err(|_| {
                        syn::Error::new(
                            lit.span(),
                            "`bound` expects where-clause predicates as a string, like `#[api(bound = \"T: Clone\")]`",
                        )
                    })?;
                    out.bound = Some(predicates.into_iter().collect());
                }
                "crate" => {
                    let lit = string_value(meta, key)?;
                    out.krate = Some(lit.parse::<syn::Path>().map_err(|_| {
                        syn::Error::new(
                            lit.span(),
                            "`crate` expects the path of the hcloud-model crate as a string, like `#[api(crate = \"my_api::hcloud_model\")]`",
                        )
                    })?);
                }
                _ => unreachable_key(meta)?,
            }
            Ok(())
        });
        out
    }
}

impl FieldAttrs {
    pub(crate) fn parse(attrs: &[Attribute], errors: &mut Errors) -> Self {
        let mut out = FieldAttrs::default();
        for_each_key(attrs, Location::Field, errors, |key, meta| {
            match key {
                "rename" => out.rename = Some(rename_value(meta)?),
                "optional" => out.optional = Some(flag(meta, key)?),
                "skip" => out.skip = Some(flag(meta, key)?),
                "alias" => {
                    let lit = string_value(meta, key)?;
                    if lit.value().is_empty() {
                        return Err(syn::Error::new(
                            lit.span(),
                            "`alias` to an empty string: a key needs at least one character",
                        ));
                    }
                    out.aliases.push(Spanned {
                        value: lit.value(),
                        span: lit.span(),
                    });
                }
                "with" => {
                    out.with = Some(path_value(
                        meta,
                        key,
                        "a module with `serialize` and `deserialize` functions",
                    )?)
                }
                "serialize_with" => {
                    out.serialize_with = Some(path_value(
                        meta,
                        key,
                        "a function `fn(&T, S) -> Result<S::Ok, S::Error>`",
                    )?)
                }
                "deserialize_with" => {
                    out.deserialize_with = Some(path_value(
                        meta,
                        key,
                        "a function `fn(D) -> Result<T, D::Error>`",
                    )?)
                }
                "format" => {
                    let lit = string_value(meta, key)?;
                    if lit.value().trim().is_empty() {
                        return Err(syn::Error::new(
                            lit.span(),
                            "`format` needs the schema format, like `#[api(format = \"date-time\")]`",
                        ));
                    }
                    out.format = Some(Spanned {
                        value: lit.value(),
                        span: lit.span(),
                    });
                }
                "default" => {
                    let span = meta
                        .path
                        .get_ident()
                        .map_or_else(Span::call_site, |i| i.span());
                    let value = if meta.input.peek(Token![=]) {
                        DefaultValue::Function(default_function(meta)?)
                    } else {
                        flag(meta, key)?;
                        DefaultValue::Trait
                    };
                    out.default = Some(Spanned { value, span });
                }
                _ => unreachable_key(meta)?,
            }
            Ok(())
        });
        out
    }
}

impl VariantAttrs {
    pub(crate) fn parse(attrs: &[Attribute], errors: &mut Errors) -> Self {
        let mut out = VariantAttrs::default();
        for_each_key(attrs, Location::Variant, errors, |key, meta| {
            match key {
                "rename" => out.rename = Some(rename_value(meta)?),
                "other" => out.other = Some(flag(meta, key)?),
                _ => unreachable_key(meta)?,
            }
            Ok(())
        });
        out
    }
}

/// Keys that may be given more than once, each adding a value.
const REPEATABLE: &[&str] = &["alias"];

/// Walks every `#[api(…)]` key, rejecting unknown and repeated keys before `on_key` sees them.
/// A failed key is reported and its value skipped, so the keys after it are still checked.
fn for_each_key(
    attrs: &[Attribute],
    location: Location,
    errors: &mut Errors,
    mut on_key: impl FnMut(&str, &ParseNestedMeta<'_>) -> syn::Result<()>,
) {
    let valid = location.keys();
    let mut seen: Vec<String> = Vec::new();
    for attr in attrs.iter().filter(|attr| attr.path().is_ident("api")) {
        match &attr.meta {
            syn::Meta::Path(path) => {
                errors.spanned(
                    path,
                    "`#[api]` needs at least one key inside parentheses, like `#[api(rename = \"…\")]`",
                );
                continue;
            }
            syn::Meta::NameValue(name_value) => {
                errors.spanned(
                    name_value.eq_token,
                    "`#[api = …]` is not how keys are given: put them inside parentheses, like `#[api(rename = \"…\")]`",
                );
                continue;
            }
            syn::Meta::List(_) => {}
        }
        let parsed = attr.parse_nested_meta(|meta| {
            let key = meta
                .path
                .get_ident()
                .map(|ident| syn::ext::IdentExt::unraw(ident).to_string())
                .unwrap_or_default();
            let outcome = if !valid.contains(&key.as_str()) {
                Err(unknown_key(&meta, &key, location))
            } else if seen.contains(&key) && !REPEATABLE.contains(&key.as_str()) {
                Err(meta.error(format!(
                    "`{key}` is given twice on {}: keep one",
                    location.describe()
                )))
            } else {
                seen.push(key.clone());
                on_key(&key, &meta)
            };
            if let Err(error) = outcome {
                errors.push(error);
                skip_value(meta.input)?;
            }
            Ok(())
        });
        if let Err(error) = parsed {
            // syn says what token it expected; say how keys are written too.
            errors.push(syn::Error::new(
                error.span(),
                format!(
                    "{error}: keys in `#[api(…)]` are `key` or `key = value`, separated by commas"
                ),
            ));
        }
    }
}

fn unknown_key(meta: &ParseNestedMeta<'_>, key: &str, location: Location) -> syn::Error {
    let valid = location.keys();
    let listed = valid
        .iter()
        .map(|k| format!("`{k}`"))
        .collect::<Vec<_>>()
        .join(", ");
    let shown = if key.is_empty() {
        quote::ToTokens::to_token_stream(&meta.path).to_string()
    } else {
        key.to_owned()
    };
    let elsewhere: Vec<&str> = Location::ALL
        .iter()
        .filter(|other| other.keys().contains(&key))
        .map(|other| other.describe())
        .collect();
    let hint = match closest(key, valid) {
        _ if !elsewhere.is_empty() => format!("`{key}` goes on {}, ", elsewhere.join(" or ")),
        Some(close) => format!("did you mean `{close}`? "),
        None => String::new(),
    };
    meta.error(format!(
        "unknown key `{shown}` in `#[api(…)]` on {}: {hint}the keys allowed here are {listed}",
        location.describe()
    ))
}

/// The valid key nearest to a misspelt one, if it is near enough to be a likely typo.
fn closest<'a>(key: &str, valid: &[&'a str]) -> Option<&'a str> {
    valid
        .iter()
        .map(|candidate| (edit_distance(key, candidate), *candidate))
        .filter(|(distance, candidate)| *distance <= candidate.len().max(3) / 3)
        .min_by_key(|(distance, _)| *distance)
        .map(|(_, candidate)| candidate)
}

fn edit_distance(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut previous: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.chars().enumerate() {
        let mut current = vec![i + 1];
        for (j, cb) in b.iter().enumerate() {
            let substitution = previous[j] + usize::from(ca != *cb);
            current.push(substitution.min(previous[j + 1] + 1).min(current[j] + 1));
        }
        previous = current;
    }
    previous[b.len()]
}

/// Consumes whatever is left of a rejected key's value, up to the next `,`.
fn skip_value(input: ParseStream<'_>) -> syn::Result<()> {
    while !input.is_empty() && !input.peek(Token![,]) {
        input.parse::<TokenTree>()?;
    }
    Ok(())
}

fn unreachable_key(meta: &ParseNestedMeta<'_>) -> syn::Result<()> {
    Err(meta.error("this key is not handled here"))
}

fn flag(meta: &ParseNestedMeta<'_>, key: &str) -> syn::Result<Span> {
    if meta.input.is_empty() || meta.input.peek(Token![,]) {
        Ok(meta
            .path
            .get_ident()
            .map_or_else(Span::call_site, |i| i.span()))
    } else {
        Err(meta.error(format!("`{key}` takes no value: write `#[api({key})]`")))
    }
}

fn string_value(meta: &ParseNestedMeta<'_>, key: &str) -> syn::Result<LitStr> {
    let expected = || format!("`{key}` expects a string literal: write `#[api({key} = \"…\")]`");
    if !meta.input.peek(Token![=]) {
        return Err(meta.error(expected()));
    }
    let value = meta.value()?;
    if value.peek(LitStr) {
        value.parse()
    } else {
        Err(value.error(expected()))
    }
}

fn bool_value(meta: &ParseNestedMeta<'_>, key: &str) -> syn::Result<Spanned<bool>> {
    let expected = || format!("`{key}` expects `true` or `false`: write `#[api({key} = false)]`");
    if !meta.input.peek(Token![=]) {
        return Err(meta.error(expected()));
    }
    let value = meta.value()?;
    if value.peek(syn::LitBool) {
        let lit: syn::LitBool = value.parse()?;
        Ok(Spanned {
            value: lit.value,
            span: lit.span,
        })
    } else {
        Err(value.error(expected()))
    }
}

/// `key = "path"` (serde's spelling) or `key = path`.
fn path_value(
    meta: &ParseNestedMeta<'_>,
    key: &str,
    what: &str,
) -> syn::Result<Spanned<syn::Path>> {
    let expected =
        format!("`{key}` expects the path of {what}, like `#[api({key} = \"my_module::field\")]`");
    if !meta.input.peek(Token![=]) {
        return Err(meta.error(expected));
    }
    let value = meta.value()?;
    if value.peek(LitStr) {
        let lit: LitStr = value.parse()?;
        let path = lit
            .parse::<syn::Path>()
            .map_err(|_| syn::Error::new(lit.span(), &expected))?;
        Ok(Spanned {
            value: path,
            span: lit.span(),
        })
    } else {
        let path: syn::Path = value
            .parse()
            .map_err(|e| syn::Error::new(e.span(), &expected))?;
        let span = path
            .segments
            .last()
            .map_or_else(Span::call_site, |s| s.ident.span());
        Ok(Spanned { value: path, span })
    }
}

fn rename_value(meta: &ParseNestedMeta<'_>) -> syn::Result<Spanned<String>> {
    let lit = string_value(meta, "rename")?;
    if lit.value().is_empty() {
        return Err(syn::Error::new(
            lit.span(),
            "`rename` to an empty string: a wire name needs at least one character",
        ));
    }
    Ok(Spanned {
        value: lit.value(),
        span: lit.span(),
    })
}

/// `default = path` or `default = "path"` (the serde spelling).
fn default_function(meta: &ParseNestedMeta<'_>) -> syn::Result<syn::Path> {
    let expected = "`default = …` expects the path of a function returning the field's type, like `#[api(default = default_size)]`";
    let value = meta.value()?;
    if value.peek(LitStr) {
        let lit: LitStr = value.parse()?;
        lit.parse::<syn::Path>()
            .map_err(|_| syn::Error::new(lit.span(), expected))
    } else {
        let path: syn::Path = value
            .parse()
            .map_err(|e| syn::Error::new(e.span(), expected))?;
        if value.is_empty() || value.peek(Token![,]) {
            Ok(path)
        } else {
            Err(value.error(expected))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn typos_suggest_the_nearest_key() {
        assert_eq!(closest("renam", Location::Field.keys()), Some("rename"));
        assert_eq!(closest("optinal", Location::Field.keys()), Some("optional"));
        assert_eq!(
            closest("rename_al", Location::Struct.keys()),
            Some("rename_all")
        );
        assert_eq!(closest("serialize", Location::Field.keys()), None);
        assert_eq!(closest("", Location::Field.keys()), None);
    }
}
