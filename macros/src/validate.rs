//! Checks across the parsed model: docs present, wire names unique, attributes that fit their field.

use crate::ast::{Container, Data, Field, Variant, VariantShape};
use crate::errors::Errors;
use crate::types;
use syn::spanned::Spanned;

pub(crate) fn check(container: &Container<'_>, errors: &mut Errors) {
    let name = container.name();
    if container.doc.is_missing() {
        let what = match container.data {
            Data::Struct(_) | Data::Transparent { .. } => "struct",
            Data::Enum(_) => "enum",
        };
        errors.spanned(
            container.ident,
            format!(
                "{what} `{name}` {}: API models document every model (add `/// …` above it)",
                container.doc.missing_reason()
            ),
        );
    }
    match &container.data {
        Data::Struct(fields) => check_fields(
            &name,
            fields,
            container.attrs.builder.as_ref().is_none_or(|b| b.value),
            errors,
        ),
        Data::Transparent { .. } => check_transparent(container, errors),
        Data::Enum(variants) => check_variants(container, &name, variants, errors),
    }
}

fn check_fields(
    model: &str,
    fields: &[Field<'_>],
    container_has_builder: bool,
    errors: &mut Errors,
) {
    for (index, field) in fields.iter().enumerate() {
        if field.doc.is_missing() {
            errors.spanned(
                field.ident,
                format!(
                    "field `{}` of `{model}` {}: API models document every field (add `/// …`)",
                    field.name(),
                    field.doc.missing_reason()
                ),
            );
        }
        if field.patch_inner().is_some() {
            let given = [
                field.attrs.optional.map(|span| ("optional", span)),
                field.attrs.default.as_ref().map(|d| ("default", d.span)),
            ];
            for (key, span) in given.into_iter().flatten() {
                errors.at(
                    span,
                    format!(
                        "`{key}` on field `{}`: a `Patch` is already three-state (a missing key reads as `Patch::Absent`, `null` as `Patch::Null`), so remove `{key}`",
                        field.name()
                    ),
                );
            }
        } else if let Some(span) = field.attrs.optional {
            if field.attrs.default.is_some() {
                errors.at(
                    span,
                    format!(
                        "field `{}` is both `optional` and `default`: pick one (`optional` for an `Option` that may be absent, `default` for a value filled in when absent)",
                        field.name()
                    ),
                );
            } else if types::option_inner(field.ty).is_none() {
                errors.at(
                    span,
                    format!(
                        "`optional` on field `{}` of type `{}`: only an `Option<…>` can be absent; write `{}: Option<{}>`, or use `#[api(default)]` to fill in a value when the key is absent",
                        field.name(),
                        types::display(field.ty),
                        field.name(),
                        types::display(field.ty),
                    ),
                );
            }
        }
        if field.name() == "build" && container_has_builder {
            errors.spanned(
                field.ident,
                format!(
                    "field `build` of `{model}` would get a setter named like the builder's `build()`: rename the Rust field and keep the key with `#[api(rename = \"build\")]`"
                ),
            );
        }
        if let Some((other, setter)) = fields.iter().find_map(|other| {
            let setter = other.second_setter()?;
            (setter == field.name()).then_some((other, setter))
        }) {
            errors.spanned(
                field.ident,
                format!(
                    "field `{}` of `{model}` has the name of the builder's `{setter}` setter of `{}`: rename the Rust field and keep the key with `#[api(rename = \"{}\")]`",
                    field.name(),
                    other.name(),
                    field.wire_name
                ),
            );
        }
        check_field_keys(field, errors);
        if !field.is_on_wire() {
            continue;
        }
        for alias in &field.attrs.aliases {
            // Against every wire name, and against the aliases of earlier fields (so a clash of
            // two aliases is reported once, on the second).
            let taken = fields[..index]
                .iter()
                .filter(|other| other.attrs.aliases.iter().any(|a| a.value == alias.value))
                .chain(fields.iter().filter(|other| other.wire_name == alias.value))
                .find(|other| other.is_on_wire());
            if let Some(other) = taken {
                errors.at(
                    alias.span,
                    format!(
                        "alias \"{}\" of field `{}` is already the key of field `{}`: an incoming key must lead to one field",
                        alias.value,
                        field.name(),
                        other.name()
                    ),
                );
            }
        }
        if let Some(first) = fields[..index]
            .iter()
            .filter(|other| other.is_on_wire())
            .find(|other| other.wire_name == field.wire_name)
        {
            let span = field
                .attrs
                .rename
                .as_ref()
                .map_or(field.ident.span(), |r| r.span);
            errors.at(
                span,
                format!(
                    "field `{}` has the wire name \"{}\", which field `{}` already has: give one of them another `#[api(rename = \"…\")]`",
                    field.name(),
                    field.wire_name,
                    first.name()
                ),
            );
        }
    }
}

fn check_variants(
    container: &Container<'_>,
    model: &str,
    variants: &[Variant<'_>],
    errors: &mut Errors,
) {
    if variants.is_empty() {
        errors.spanned(
            container.ident,
            format!("enum `{model}` has no variants: an API enum needs at least one value (add a documented unit variant)"),
        );
    }
    let mut catch_all: Option<&Variant<'_>> = None;
    for (index, variant) in variants.iter().enumerate() {
        let name = variant.ident.to_string();
        if variant.doc.is_missing() {
            errors.spanned(
                variant.ident,
                format!("variant `{name}` of `{model}` {}: API models document every variant (add `/// …`)", variant.doc.missing_reason()),
            );
        }
        match (&variant.shape, variant.attrs.other) {
            (VariantShape::Unit, None) => {}
            (VariantShape::Unit, Some(span)) => errors.at(
                span,
                format!("`#[api(other)]` on unit variant `{name}`: the catch-all keeps the unknown value, so write it as `{name}(String)`"),
            ),
            (VariantShape::OneField(ty), Some(_)) if types::is_string(ty) => {}
            (VariantShape::OneField(ty), Some(_)) => errors.spanned(
                ty,
                format!("the catch-all `{name}` must hold a `String` (the wire value it keeps), not `{}`: write `{name}(String)`", types::display(ty)),
            ),
            (_, other) => {
                let fields = match &variant.shape {
                    VariantShape::OneField(ty) => ty.span(),
                    _ => variant.ident.span(),
                };
                let hint = if other.is_some() {
                    format!("the catch-all holds exactly one `String`, the unknown value: write `{name}(String)`")
                } else {
                    format!("API enums are strings, so make `{name}` a unit variant (the one exception is a catch-all for values added later: `#[api(other)] Other(String)`)")
                };
                errors.at(fields, format!("variant `{name}` of `{model}` has fields: {hint}"));
            }
        }
        if let Some(span) = variant.attrs.other {
            if let Some(first) = catch_all {
                errors.at(
                    span,
                    format!("`{name}` is a second catch-all: `{}` already takes every unknown value, keep one `#[api(other)]`", first.ident),
                );
            } else {
                catch_all = Some(variant);
            }
            if let Some(rename) = &variant.attrs.rename {
                errors.at(
                    rename.span,
                    format!("`rename` on the catch-all `{name}`: it has no wire value of its own, it keeps whatever unknown value arrived"),
                );
            }
            continue;
        }
        if let Some(first) = variants[..index]
            .iter()
            .find(|other| !other.is_catch_all() && other.wire_name == variant.wire_name)
        {
            let span = variant
                .attrs
                .rename
                .as_ref()
                .map_or(variant.ident.span(), |r| r.span);
            errors.at(
                span,
                format!(
                    "variant `{name}` has the wire value \"{}\", which variant `{}` already has: give one of them another `#[api(rename = \"…\")]`",
                    variant.wire_name, first.ident
                ),
            );
        }
    }
}

/// Keys that contradict each other on one field.
fn check_field_keys(field: &Field<'_>, errors: &mut Errors) {
    let attrs = &field.attrs;
    if let Some(skip) = attrs.skip {
        let pointless = [
            attrs.rename.as_ref().map(|_| "rename"),
            attrs.aliases.first().map(|_| "alias"),
            attrs.optional.map(|_| "optional"),
            attrs.format.as_ref().map(|_| "format"),
            attrs.with.as_ref().map(|_| "with"),
            attrs.serialize_with.as_ref().map(|_| "serialize_with"),
            attrs.deserialize_with.as_ref().map(|_| "deserialize_with"),
        ];
        for key in pointless.into_iter().flatten() {
            errors.at(
                skip,
                format!(
                    "`skip` with `{key}` on field `{}`: a skipped field is not on the wire, so `{key}` has nothing to act on; remove one of them",
                    field.name()
                ),
            );
        }
    }
    if let Some(with) = &attrs.with {
        for (key, given) in [
            ("serialize_with", &attrs.serialize_with),
            ("deserialize_with", &attrs.deserialize_with),
        ] {
            if given.is_some() {
                errors.at(
                    with.span,
                    format!(
                        "`with` and `{key}` on field `{}`: `with` already names both functions (`module::serialize`, `module::deserialize`); keep one",
                        field.name()
                    ),
                );
            }
        }
    }
}

/// Container keys that mean nothing on a newtype, which is on the wire as its one field.
fn check_transparent(container: &Container<'_>, errors: &mut Errors) {
    let attrs = &container.attrs;
    let pointless = [
        attrs.rename_all.as_ref().map(|r| ("rename_all", r.span)),
        attrs
            .deny_unknown_fields
            .map(|span| ("deny_unknown_fields", span)),
        attrs.builder.as_ref().map(|b| ("builder", b.span)),
        attrs.title.as_ref().map(|t| ("title", t.span)),
    ];
    for (key, span) in pointless.into_iter().flatten() {
        errors.at(
            span,
            format!(
                "`{key}` on the transparent newtype `{}`: it is on the wire as its one field, so `{key}` has nothing to act on; remove it",
                container.name()
            ),
        );
    }
}
