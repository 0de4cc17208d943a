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
    /// `tag = "type"`: an enum of newtype variants is a union tagged by this key.
    pub(crate) tag: Option<Spanned<String>>,
    /// `untagged`: an enum of newtype variants is a union told apart by the kind of the value.
    pub(crate) untagged: Option<Span>,
}

#[derive(Default)]
pub(crate) struct FieldAttrs {
    pub(crate) rename: Option<Spanned<String>>,
    pub(crate) optional: Option<Span>,
    /// `nullable`: the field is nullable whatever its type is spelled (an alias of `Option`).
    pub(crate) nullable: Option<Span>,
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
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub(crate) enum Location {
    Struct,
    Enum,
    Field,
    Variant,
}

/// The kind of value a key takes: the parser reads it before the key's own handler runs.
#[derive(Clone, Copy)]
pub(crate) enum ValueKind {
    /// `key`, no value.
    Flag,
    /// `key = "…"`.
    Str,
    /// `key = true` or `key = false`.
    Bool,
    /// `key = "path"` (serde's spelling) or `key = path`: the path of `what`.
    Path { what: &'static str },
    /// `key` alone, or `key = path` of a function (`default`).
    FlagOrFunction,
}

/// One `#[api(…)]` key.
pub(crate) struct Key {
    pub(crate) name: &'static str,
    /// Where it may be written, in the order [`Location`] declares them (a message naming where a
    /// misplaced key belongs lists them so).
    pub(crate) places: &'static [Location],
    pub(crate) value: ValueKind,
    /// May be given more than once, each time adding a value.
    pub(crate) repeatable: bool,
}

const CONTAINER: &[Location] = &[Location::Struct, Location::Enum];
const STRUCT: &[Location] = &[Location::Struct];
const ENUM: &[Location] = &[Location::Enum];
const FIELD: &[Location] = &[Location::Field];
const FIELD_OR_VARIANT: &[Location] = &[Location::Field, Location::Variant];
const VARIANT: &[Location] = &[Location::Variant];

const fn key(name: &'static str, places: &'static [Location], value: ValueKind) -> Key {
    Key {
        name,
        places,
        value,
        repeatable: false,
    }
}

/// Every `#[api(…)]` key, in the order messages list them. The parser reads this list, the fuzz
/// test draws keys from it, and a test holds the crate docs' attribute table to it.
pub(crate) const KEYS: &[Key] = &[
    key("rename_all", CONTAINER, ValueKind::Str),
    key("crate", CONTAINER, ValueKind::Str),
    key("title", CONTAINER, ValueKind::Str),
    key("deny_unknown_fields", STRUCT, ValueKind::Flag),
    key("transparent", STRUCT, ValueKind::Flag),
    key("bound", STRUCT, ValueKind::Str),
    key("serde", CONTAINER, ValueKind::Bool),
    key("builder", STRUCT, ValueKind::Bool),
    key("tag", ENUM, ValueKind::Str),
    key("untagged", ENUM, ValueKind::Flag),
    key("rename", FIELD_OR_VARIANT, ValueKind::Str),
    key("optional", FIELD, ValueKind::Flag),
    key("nullable", FIELD, ValueKind::Flag),
    key("default", FIELD, ValueKind::FlagOrFunction),
    key("format", FIELD, ValueKind::Str),
    key("skip", FIELD, ValueKind::Flag),
    Key {
        repeatable: true,
        ..key("alias", FIELD, ValueKind::Str)
    },
    key(
        "with",
        FIELD,
        ValueKind::Path {
            what: "a module with `serialize` and `deserialize` functions",
        },
    ),
    key(
        "serialize_with",
        FIELD,
        ValueKind::Path {
            what: "a function `fn(&T, S) -> Result<S::Ok, S::Error>`",
        },
    ),
    key(
        "deserialize_with",
        FIELD,
        ValueKind::Path {
            what: "a function `fn(D) -> Result<T, D::Error>`",
        },
    ),
    key("other", VARIANT, ValueKind::Flag),
];

/// A key's value, read as its [`ValueKind`] says.
enum Value {
    /// A flag, at the key.
    Flag(Span),
    Str(LitStr),
    Bool(Spanned<bool>),
    Path(Spanned<syn::Path>),
    /// `default = path`, at the key.
    Function(Spanned<syn::Path>),
}

impl Location {
    /// The keys allowed here, in the order of [`KEYS`].
    pub(crate) fn keys(self) -> impl Iterator<Item = &'static Key> {
        KEYS.iter().filter(move |key| key.places.contains(&self))
    }

    fn key_names(self) -> Vec<&'static str> {
        self.keys().map(|key| key.name).collect()
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
        for_each_key(attrs, location, errors, |meta, key, value| {
            match (key, value) {
                ("rename_all", Value::Str(lit)) => match RenameRule::from_name(&lit.value()) {
                    Some(rule) => {
                        out.rename_all = Some(Spanned {
                            value: rule,
                            span: lit.span(),
                        });
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
                },
                ("title", Value::Str(lit)) => {
                    out.title = Some(non_blank(
                        &lit,
                        "`title` needs the schema title, like `#[api(title = \"ListMeta\")]`",
                    )?);
                }
                ("deny_unknown_fields", Value::Flag(span)) => out.deny_unknown_fields = Some(span),
                ("transparent", Value::Flag(span)) => out.transparent = Some(span),
                ("tag", Value::Str(lit)) => {
                    out.tag = Some(non_blank(
                        &lit,
                        "`tag` needs the key that names the variant, like `#[api(tag = \"type\")]`",
                    )?);
                }
                ("untagged", Value::Flag(span)) => out.untagged = Some(span),
                ("serde", Value::Bool(value)) => out.serde = Some(value),
                ("builder", Value::Bool(value)) => out.builder = Some(value),
                ("bound", Value::Str(lit)) => {
                    let parser = syn::punctuated::Punctuated::<syn::WherePredicate, Token![,]>::parse_terminated;
                    let predicates = lit.parse_with(parser).map_err(|_| {
                        syn::Error::new(
                            lit.span(),
                            "`bound` expects where-clause predicates as a string, like `#[api(bound = \"T: Clone\")]`",
                        )
                    })?;
                    out.bound = Some(predicates.into_iter().collect());
                }
                ("crate", Value::Str(lit)) => {
                    out.krate = Some(crate_path(&lit)?);
                }
                _ => return Err(unhandled_key(meta)),
            }
            Ok(())
        });
        out
    }
}

impl FieldAttrs {
    pub(crate) fn parse(attrs: &[Attribute], errors: &mut Errors) -> Self {
        let mut out = FieldAttrs::default();
        for_each_key(attrs, Location::Field, errors, |meta, key, value| {
            match (key, value) {
                ("rename", Value::Str(lit)) => out.rename = Some(rename_value(&lit)?),
                ("optional", Value::Flag(span)) => out.optional = Some(span),
                ("nullable", Value::Flag(span)) => out.nullable = Some(span),
                ("skip", Value::Flag(span)) => out.skip = Some(span),
                ("alias", Value::Str(lit)) => {
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
                ("with", Value::Path(path)) => out.with = Some(path),
                ("serialize_with", Value::Path(path)) => out.serialize_with = Some(path),
                ("deserialize_with", Value::Path(path)) => out.deserialize_with = Some(path),
                ("format", Value::Str(lit)) => {
                    out.format = Some(non_blank(
                        &lit,
                        "`format` needs the schema format, like `#[api(format = \"date-time\")]`",
                    )?);
                }
                ("default", Value::Flag(span)) => {
                    out.default = Some(Spanned {
                        value: DefaultValue::Trait,
                        span,
                    });
                }
                ("default", Value::Function(path)) => {
                    out.default = Some(Spanned {
                        value: DefaultValue::Function(path.value),
                        span: path.span,
                    });
                }
                _ => return Err(unhandled_key(meta)),
            }
            Ok(())
        });
        out
    }
}

impl VariantAttrs {
    pub(crate) fn parse(attrs: &[Attribute], errors: &mut Errors) -> Self {
        let mut out = VariantAttrs::default();
        for_each_key(attrs, Location::Variant, errors, |meta, key, value| {
            match (key, value) {
                ("rename", Value::Str(lit)) => out.rename = Some(rename_value(&lit)?),
                ("other", Value::Flag(span)) => out.other = Some(span),
                _ => return Err(unhandled_key(meta)),
            }
            Ok(())
        });
        out
    }
}

/// Walks every `#[api(…)]` key, rejecting unknown and repeated keys and reading each value as
/// its [`ValueKind`] says before `on_key` sees it. A failed key is reported and its value
/// skipped, so the keys after it are still checked.
fn for_each_key(
    attrs: &[Attribute],
    location: Location,
    errors: &mut Errors,
    mut on_key: impl FnMut(&ParseNestedMeta<'_>, &'static str, Value) -> syn::Result<()>,
) {
    let mut seen: Vec<&'static str> = Vec::new();
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
            let name = meta
                .path
                .get_ident()
                .map(|ident| syn::ext::IdentExt::unraw(ident).to_string())
                .unwrap_or_default();
            let outcome = match location.keys().find(|key| key.name == name) {
                None => Err(unknown_key(&meta, &name, location)),
                Some(key) if seen.contains(&key.name) && !key.repeatable => {
                    Err(meta.error(format!(
                        "`{name}` is given twice on {}: keep one",
                        location.describe()
                    )))
                }
                Some(key) => {
                    seen.push(key.name);
                    read_value(&meta, key).and_then(|value| on_key(&meta, key.name, value))
                }
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

/// Reads the value of `key` as its kind says, with the kind's message when it is something else.
fn read_value(meta: &ParseNestedMeta<'_>, key: &Key) -> syn::Result<Value> {
    match key.value {
        ValueKind::Flag => flag(meta, key.name).map(Value::Flag),
        ValueKind::Str => string_value(meta, key.name).map(Value::Str),
        ValueKind::Bool => bool_value(meta, key.name).map(Value::Bool),
        ValueKind::Path { what } => path_value(meta, key.name, what).map(Value::Path),
        ValueKind::FlagOrFunction if meta.input.peek(Token![=]) => {
            let span = key_span(meta);
            default_function(meta).map(|path| Value::Function(Spanned { value: path, span }))
        }
        ValueKind::FlagOrFunction => flag(meta, key.name).map(Value::Flag),
    }
}

fn unknown_key(meta: &ParseNestedMeta<'_>, key: &str, location: Location) -> syn::Error {
    let valid = location.key_names();
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
    let elsewhere: Vec<&str> = KEYS
        .iter()
        .find(|known| known.name == key)
        .map(|known| known.places.iter().map(|place| place.describe()).collect())
        .unwrap_or_default();
    let hint = match closest(key, &valid) {
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

/// A key of [`KEYS`] whose handler does not take it (or not with its kind of value): the list
/// and the handlers disagree.
fn unhandled_key(meta: &ParseNestedMeta<'_>) -> syn::Error {
    meta.error("this key is not handled here")
}

/// Where a key is written, for the values that point at it (flags, `default = path`).
fn key_span(meta: &ParseNestedMeta<'_>) -> Span {
    meta.path
        .get_ident()
        .map_or_else(Span::call_site, |i| i.span())
}

fn flag(meta: &ParseNestedMeta<'_>, key: &str) -> syn::Result<Span> {
    if meta.input.is_empty() || meta.input.peek(Token![,]) {
        Ok(key_span(meta))
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

fn rename_value(lit: &LitStr) -> syn::Result<Spanned<String>> {
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

/// A string that must say something (`title`, `format`), or `message` at it.
fn non_blank(lit: &LitStr, message: &str) -> syn::Result<Spanned<String>> {
    if lit.value().trim().is_empty() {
        return Err(syn::Error::new(lit.span(), message));
    }
    Ok(Spanned {
        value: lit.value(),
        span: lit.span(),
    })
}

/// `crate = "path"`: the path of this crate where the user's code reaches it.
fn crate_path(lit: &LitStr) -> syn::Result<syn::Path> {
    lit.parse::<syn::Path>().map_err(|_| {
        syn::Error::new(
            lit.span(),
            "`crate` expects the path of the hcloud-model crate as a string, like `#[api(crate = \"my_api::hcloud_model\")]`",
        )
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
    use std::io::Write as _;

    #[test]
    fn typos_suggest_the_nearest_key() {
        let field = Location::Field.key_names();
        assert_eq!(closest("renam", &field), Some("rename"));
        assert_eq!(closest("optinal", &field), Some("optional"));
        assert_eq!(
            closest("rename_al", &Location::Struct.key_names()),
            Some("rename_all")
        );
        assert_eq!(closest("serialize", &field), None);
        assert_eq!(closest("", &field), None);
    }

    /// What the docs table or the key list says about one key: where it goes, whether it is
    /// written alone and/or with a value, whether it repeats.
    #[derive(Debug, Default, PartialEq)]
    struct Described {
        places: std::collections::BTreeSet<String>,
        bare: bool,
        with_value: bool,
        repeatable: bool,
    }

    /// The "Attribute reference" table of the crate docs, by key. A row's first cell shows how
    /// its keys are written (`skip`, `rename = "…"`); its second cell says where, a place per
    /// comma-separated item (`field of type Option<T>` is a field), `(repeatable)` for a key that
    /// may be given again.
    fn documented(docs: &str) -> std::collections::BTreeMap<String, Described> {
        let mut table = std::collections::BTreeMap::<String, Described>::new();
        let rows = docs
            .lines()
            .map(|line| line.trim_start_matches("//!").trim())
            .skip_while(|line| !line.starts_with("| key | on |"))
            .skip(2)
            .take_while(|line| line.starts_with('|'));
        for row in rows {
            let cells: Vec<&str> = row.split('|').map(str::trim).collect();
            let (written, on) = (cells[1], cells[2]);
            for code in written.split('`').skip(1).step_by(2) {
                let name = code.split([' ', '=']).next().unwrap_or_default();
                let entry = table.entry(name.to_owned()).or_default();
                entry.bare |= code == name;
                entry.with_value |= code != name;
                entry.repeatable |= on.contains("(repeatable)");
                entry.places.extend(
                    on.split(", ")
                        .filter_map(|place| place.split_whitespace().next())
                        .map(str::to_owned),
                );
            }
        }
        table
    }

    fn listed() -> std::collections::BTreeMap<String, Described> {
        KEYS.iter()
            .map(|key| {
                let places = key.places.iter().map(|place| {
                    let described = place.describe();
                    described.rsplit(' ').next().unwrap_or(described).to_owned()
                });
                let (bare, with_value) = match key.value {
                    ValueKind::Flag => (true, false),
                    ValueKind::Str | ValueKind::Bool | ValueKind::Path { .. } => (false, true),
                    ValueKind::FlagOrFunction => (true, true),
                };
                let described = Described {
                    places: places.collect(),
                    bare,
                    with_value,
                    repeatable: key.repeatable,
                };
                (key.name.to_owned(), described)
            })
            .collect()
    }

    #[test]
    fn the_crate_docs_table_lists_every_key_as_the_parser_takes_it() {
        let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../model/src/lib.rs");
        let Ok(docs) = std::fs::read_to_string(&path) else {
            // A packaged copy of this crate has no model crate beside it; the workspace always does.
            let _ = writeln!(
                std::io::stderr(),
                "the_crate_docs_table_lists_every_key_as_the_parser_takes_it: skipped, {} is not beside this crate",
                path.display()
            );
            return;
        };
        let (documented, listed) = (documented(&docs), listed());
        let names: std::collections::BTreeSet<&String> =
            documented.keys().chain(listed.keys()).collect();
        let differences: Vec<String> = names
            .into_iter()
            .filter(|name| documented.get(*name) != listed.get(*name))
            .map(|name| {
                format!(
                    "`{name}`: the docs say {:?}, `KEYS` says {:?}",
                    documented.get(name),
                    listed.get(name)
                )
            })
            .collect();
        assert!(
            differences.is_empty(),
            "the attribute table in model/src/lib.rs and `attr::KEYS` disagree:\n{}",
            differences.join("\n")
        );
    }
}
