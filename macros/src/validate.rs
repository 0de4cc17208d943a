//! Checks across the parsed model: docs present, wire names unique, attributes that fit their field.
//!
//! [`check`] is the table of contents: one named function per rule. The rules about one field or
//! variant run item by item, so one item's problems are reported together, in source order.

use crate::ast::{self, Container, Data, Field, Variant, VariantShape, WireKey};
use crate::attr;
use crate::errors::Errors;
use crate::types;
use std::collections::HashMap;
use syn::spanned::Spanned;

pub(crate) fn check(container: &Container<'_>, errors: &mut Errors) {
    check_container_doc(container, errors);
    match &container.data {
        Data::Struct(fields) => {
            let fields = Fields::new(container, fields);
            for (index, field) in fields.all.iter().enumerate() {
                check_field_doc(&fields.model, field, errors);
                check_patch_keys(field, errors);
                check_optional(field, errors);
                check_nullable(field, errors);
                check_builder_setter_names(&fields, field, errors);
                check_skip_keys(field, errors);
                check_with_keys(field, errors);
                check_aliases(&fields, index, errors);
                check_wire_names_unique(&fields, index, errors);
            }
            check_wire_field_count(&fields, errors);
        }
        Data::Transparent { .. } => check_transparent_keys(container, errors),
        Data::Enum(variants) => {
            check_has_variants(container, variants, errors);
            let model = container.name();
            for (index, variant) in variants.iter().enumerate() {
                check_variant_doc(&model, variant, errors);
                check_variant_shapes(&model, variant, errors);
                check_catch_all(variants, index, errors);
                check_wire_values_unique(variants, index, errors);
            }
        }
        Data::Union { tag, variants } => {
            check_has_variants(container, variants, errors);
            check_tagged_or_untagged(container, errors);
            let model = container.name();
            for (index, variant) in variants.iter().enumerate() {
                check_variant_doc(&model, variant, errors);
                check_union_variant_shape(&model, variant, errors);
                check_union_catch_all(&model, tag.is_some(), variant, errors);
                check_catch_all(variants, index, errors);
                if tag.is_some() {
                    check_wire_values_unique(variants, index, errors);
                } else {
                    check_untagged_reachable(&model, variants, index, errors);
                }
            }
        }
    }
}

/// A struct's fields, with what the rules look up across them gathered once, so a model of many
/// fields is checked in linear time.
struct Fields<'f, 'a> {
    model: String,
    all: &'f [Field<'a>],
    has_builder: bool,
    /// The position of the first field on the wire under each wire name.
    by_wire_name: HashMap<&'f str, usize>,
    /// The position of the first field on the wire with each alias.
    by_alias: HashMap<&'f str, usize>,
    /// The position of the first field whose builder has a second setter of each name.
    by_second_setter: HashMap<String, usize>,
}

impl<'f, 'a> Fields<'f, 'a> {
    fn new(container: &Container<'_>, all: &'f [Field<'a>]) -> Self {
        let mut by_wire_name = HashMap::new();
        let mut by_alias = HashMap::new();
        let mut by_second_setter = HashMap::new();
        for (index, field) in all.iter().enumerate() {
            if let Some(setter) = field.second_setter() {
                by_second_setter.entry(setter).or_insert(index);
            }
            if !field.is_on_wire() {
                continue;
            }
            by_wire_name
                .entry(field.wire_name.as_str())
                .or_insert(index);
            for alias in &field.attrs.aliases {
                by_alias.entry(alias.value.as_str()).or_insert(index);
            }
        }
        Fields {
            model: container.name(),
            all,
            has_builder: container.attrs.builder.as_ref().is_none_or(|b| b.value),
            by_wire_name,
            by_alias,
            by_second_setter,
        }
    }
}

fn check_container_doc(container: &Container<'_>, errors: &mut Errors) {
    if !container.doc.is_missing() {
        return;
    }
    let what = match container.data {
        Data::Struct(_) | Data::Transparent { .. } => "struct",
        Data::Enum(_) | Data::Union { .. } => "enum",
    };
    errors.spanned(
        container.ident,
        format!(
            "{what} `{}` {}: API models document every model (add `/// …` above it)",
            container.name(),
            container.doc.missing_reason()
        ),
    );
}

fn check_field_doc(model: &str, field: &Field<'_>, errors: &mut Errors) {
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
}

/// A `Patch` field is three-state by itself: `optional` and `default` would say it twice.
fn check_patch_keys(field: &Field<'_>, errors: &mut Errors) {
    if field.patch_inner().is_none() {
        return;
    }
    let given = [
        field.attrs.optional.map(|span| ("optional", span)),
        field.attrs.nullable.map(|span| ("nullable", span)),
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
}

/// The span of a key about absence and `null`, unless the field is a `Patch`: that has its own
/// rule for them, above.
fn unless_patch(field: &Field<'_>, key: Option<proc_macro2::Span>) -> Option<proc_macro2::Span> {
    key.filter(|_| field.patch_inner().is_none())
}

/// `optional` is for an `Option` that may be absent, and not together with `default`.
fn check_optional(field: &Field<'_>, errors: &mut Errors) {
    let Some(span) = unless_patch(field, field.attrs.optional) else {
        return;
    };
    if field.attrs.default.is_some() {
        errors.at(
            span,
            format!(
                "field `{}` is both `optional` and `default`: pick one (`optional` for an `Option` that may be absent, `default` for a value filled in when absent)",
                field.name()
            ),
        );
    } else if types::option_inner(field.ty).is_none() && field.attrs.nullable.is_none() {
        // With `nullable`, the pair is reported by its own rule.
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

/// `nullable` says how an `Option` is read and written; `optional` and `default` say it otherwise.
fn check_nullable(field: &Field<'_>, errors: &mut Errors) {
    let Some(span) = unless_patch(field, field.attrs.nullable) else {
        return;
    };
    let contradicting = [
        field.attrs.optional.map(|_| {
            (
                "optional",
                "`optional` leaves the key out for `None`, where a nullable field writes `null`",
            )
        }),
        field.attrs.default.as_ref().map(|_| {
            (
                "default",
                "`default` makes the key one that may be absent, where a nullable field's key is always written",
            )
        }),
    ];
    for (key, reason) in contradicting.into_iter().flatten() {
        errors.at(
            span,
            format!(
                "field `{}` is both `nullable` and `{key}`: {reason}; keep one",
                field.name()
            ),
        );
    }
}

/// A field named like a method the builder has already: `build`, or another field's second
/// setter (`maybe_x`, `x_null`).
fn check_builder_setter_names(fields: &Fields<'_, '_>, field: &Field<'_>, errors: &mut Errors) {
    let name = field.name();
    if name == "build" && fields.has_builder {
        errors.spanned(
            field.ident,
            format!(
                "field `build` of `{}` would get a setter named like the builder's `build()`: rename the Rust field and keep the key with `#[api(rename = \"build\")]`",
                fields.model
            ),
        );
    }
    if let Some(&other) = fields.by_second_setter.get(&name) {
        errors.spanned(
            field.ident,
            format!(
                "field `{name}` of `{}` has the name of the builder's `{name}` setter of `{}`: rename the Rust field and keep the key with `#[api(rename = \"{}\")]`",
                fields.model,
                fields.all[other].name(),
                field.wire_name
            ),
        );
    }
}

/// A skipped field is not on the wire, so keys about its wire form have nothing to act on.
fn check_skip_keys(field: &Field<'_>, errors: &mut Errors) {
    let attrs = &field.attrs;
    let Some(skip) = attrs.skip else {
        return;
    };
    let pointless = [
        attrs.rename.as_ref().map(|_| "rename"),
        attrs.aliases.first().map(|_| "alias"),
        attrs.optional.map(|_| "optional"),
        attrs.nullable.map(|_| "nullable"),
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

/// `with` names both functions, so a `serialize_with` or `deserialize_with` beside it contradicts it.
fn check_with_keys(field: &Field<'_>, errors: &mut Errors) {
    let attrs = &field.attrs;
    let Some(with) = &attrs.with else {
        return;
    };
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

/// An incoming key leads to one field: an alias is no other field's wire name, and no earlier
/// field's alias (so a clash of two aliases is reported once, on the second).
fn check_aliases(fields: &Fields<'_, '_>, index: usize, errors: &mut Errors) {
    let field = &fields.all[index];
    if !field.is_on_wire() {
        return;
    }
    for alias in &field.attrs.aliases {
        let earlier_alias = fields
            .by_alias
            .get(alias.value.as_str())
            .filter(|&&first| first < index);
        let taken = earlier_alias.or_else(|| fields.by_wire_name.get(alias.value.as_str()));
        if let Some(&other) = taken {
            errors.at(
                alias.span,
                format!(
                    "alias \"{}\" of field `{}` is already the key of field `{}`: an incoming key must lead to one field",
                    alias.value,
                    field.name(),
                    fields.all[other].name()
                ),
            );
        }
    }
}

/// Two fields on the wire under one name: reported on the second.
fn check_wire_names_unique(fields: &Fields<'_, '_>, index: usize, errors: &mut Errors) {
    let field = &fields.all[index];
    if !field.is_on_wire() {
        return;
    }
    let Some(&first) = fields
        .by_wire_name
        .get(field.wire_name.as_str())
        .filter(|&&first| first < index)
    else {
        return;
    };
    errors.at(
        wire_name_span(field.attrs.rename.as_ref(), field.ident),
        format!(
            "field `{}` has the wire name \"{}\", which field `{}` already has: give one of them another `#[api(rename = \"…\")]`",
            field.name(),
            field.wire_name,
            fields.all[first].name()
        ),
    );
}

/// A derived `Deserialize` tells the fields on the wire apart by a [`WireKey`]: a struct with
/// more fields on the wire than it can number is reported at the first one past the limit.
fn check_wire_field_count(fields: &Fields<'_, '_>, errors: &mut Errors) {
    let on_wire = || fields.all.iter().filter(|f| f.is_on_wire());
    let Some((_, first_past)) = on_wire()
        .enumerate()
        .find(|(position, _)| ast::wire_key(*position).is_none())
    else {
        return;
    };
    errors.spanned(
        first_past.ident,
        format!(
            "`{}` has {} fields on the wire, more than the {} a derived `Deserialize` can tell apart (it numbers their keys with a `u16`), and `{}` is the first past that: move some of the fields into a nested model",
            fields.model,
            on_wire().count(),
            usize::from(WireKey::MAX),
            first_past.name()
        ),
    );
}

/// Container keys that mean nothing on a newtype, which is on the wire as its one field.
fn check_transparent_keys(container: &Container<'_>, errors: &mut Errors) {
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

fn check_has_variants(container: &Container<'_>, variants: &[Variant<'_>], errors: &mut Errors) {
    if variants.is_empty() {
        errors.spanned(
            container.ident,
            format!(
                "enum `{}` has no variants: an API enum needs at least one value (add a documented unit variant)",
                container.name()
            ),
        );
    }
}

fn check_variant_doc(model: &str, variant: &Variant<'_>, errors: &mut Errors) {
    if variant.doc.is_missing() {
        errors.spanned(
            variant.ident,
            format!(
                "variant `{}` of `{model}` {}: API models document every variant (add `/// …`)",
                variant.ident,
                variant.doc.missing_reason()
            ),
        );
    }
}

/// API enums are strings: unit variants, and one `Other(String)` catch-all at most.
fn check_variant_shapes(model: &str, variant: &Variant<'_>, errors: &mut Errors) {
    let name = variant.ident.to_string();
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
}

/// One catch-all at most, and no wire value of its own.
fn check_catch_all(variants: &[Variant<'_>], index: usize, errors: &mut Errors) {
    let variant = &variants[index];
    let Some(span) = variant.attrs.other else {
        return;
    };
    let name = &variant.ident;
    if let Some(first) = variants[..index].iter().find(|other| other.is_catch_all()) {
        errors.at(
            span,
            format!("`{name}` is a second catch-all: `{}` already takes every unknown value, keep one `#[api(other)]`", first.ident),
        );
    }
    if let Some(rename) = &variant.attrs.rename {
        errors.at(
            rename.span,
            format!("`rename` on the catch-all `{name}`: it has no wire value of its own, it keeps whatever unknown value arrived"),
        );
    }
}

/// Two variants with one wire value: reported on the second.
fn check_wire_values_unique(variants: &[Variant<'_>], index: usize, errors: &mut Errors) {
    let variant = &variants[index];
    if variant.is_catch_all() {
        return;
    }
    let Some(first) = variants[..index]
        .iter()
        .find(|other| !other.is_catch_all() && other.wire_name == variant.wire_name)
    else {
        return;
    };
    errors.at(
        wire_name_span(variant.attrs.rename.as_ref(), variant.ident),
        format!(
            "variant `{}` has the wire value \"{}\", which variant `{}` already has: give one of them another `#[api(rename = \"…\")]`",
            variant.ident, variant.wire_name, first.ident
        ),
    );
}

/// A union is tagged by a key or untagged, not both.
fn check_tagged_or_untagged(container: &Container<'_>, errors: &mut Errors) {
    if let (Some(_), Some(untagged)) = (&container.attrs.tag, container.attrs.untagged) {
        errors.at(
            untagged,
            format!(
                "`{}` has both `tag` and `untagged`: a union is told apart by a key inside the object (`tag`) or by the kind of the value (`untagged`); keep one",
                container.name()
            ),
        );
    }
}

/// Each variant of a union holds exactly one value: its model (`Server(ServerTarget)`).
fn check_union_variant_shape(model: &str, variant: &Variant<'_>, errors: &mut Errors) {
    let name = variant.ident.to_string();
    let what = match &variant.shape {
        VariantShape::OneField(_) => return,
        VariantShape::Unit => "holds no value",
        VariantShape::Other => "holds more than one value",
    };
    errors.spanned(
        variant.ident,
        format!(
            "variant `{name}` of the union `{model}` {what}: each variant holds one model, like `{name}({name}Model)`; for an enum of strings, remove `tag`/`untagged` and make the variants unit variants"
        ),
    );
}

/// A tagged union's catch-all keeps the whole unknown object; an untagged union has none.
fn check_union_catch_all(model: &str, tagged: bool, variant: &Variant<'_>, errors: &mut Errors) {
    let Some(span) = variant.attrs.other else {
        return;
    };
    let name = &variant.ident;
    if !tagged {
        errors.at(
            span,
            format!(
                "`#[api(other)]` on `{name}` of the untagged union `{model}`: a value no variant takes has no variant to keep it in; add a variant that takes any value (`{name}(serde_json::Value)`) without `other`, last"
            ),
        );
        return;
    }
    if let VariantShape::OneField(ty) = &variant.shape
        && !types::is_json_value(ty)
    {
        errors.spanned(
            ty,
            format!(
                "the catch-all `{name}` of the tagged union `{model}` keeps the whole unknown object, so it holds a `serde_json::Value`, not `{}`: write `{name}(serde_json::Value)`",
                types::display(ty)
            ),
        );
    }
}

/// An untagged variant is tried only when the ones before it failed: one after a variant of the
/// same type, or after one that takes any value, is never reached.
fn check_untagged_reachable(
    model: &str,
    variants: &[Variant<'_>],
    index: usize,
    errors: &mut Errors,
) {
    let VariantShape::OneField(ty) = &variants[index].shape else {
        return;
    };
    let spelled = types::display(ty);
    let shadowing = variants[..index]
        .iter()
        .find_map(|earlier| match &earlier.shape {
            VariantShape::OneField(earlier_ty) if types::display(earlier_ty) == spelled => {
                Some((earlier, "holds the same type"))
            }
            VariantShape::OneField(earlier_ty) if types::is_json_value(earlier_ty) => {
                Some((earlier, "takes any value"))
            }
            _ => None,
        });
    if let Some((earlier, why)) = shadowing {
        errors.spanned(
            ty,
            format!(
                "variant `{}` of the untagged union `{model}` is never reached: `{}` before it {why}, and variants are tried in order; remove it or move it before `{}`",
                variants[index].ident, earlier.ident, earlier.ident
            ),
        );
    }
}

/// Where a wire name is written: its `rename`, or else the Rust name it is made from.
fn wire_name_span(rename: Option<&attr::Spanned<String>>, ident: &syn::Ident) -> proc_macro2::Span {
    rename.map_or(ident.span(), |rename| rename.span)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The source of a struct with one skipped field, then `on_wire` fields on the wire.
    fn struct_with_fields_on_the_wire(on_wire: usize) -> syn::DeriveInput {
        let fields: String = (0..on_wire)
            .map(|i| format!("/// Field.\nf{i}: u8,\n"))
            .collect();
        let source =
            format!("/// Wide.\nstruct Wide {{\n/// Local.\n#[api(skip)]\nlocal: u8,\n{fields}}}");
        syn::parse_str(&source).expect("the struct parses")
    }

    fn check_source(input: &syn::DeriveInput) -> Result<(), syn::Error> {
        let mut errors = Errors::default();
        let container = Container::parse(input, &mut errors).expect("a struct with named fields");
        check(&container, &mut errors);
        errors.finish()
    }

    #[test]
    fn a_struct_may_have_as_many_fields_on_the_wire_as_a_key_can_number() {
        let limit = usize::from(WireKey::MAX);
        assert!(check_source(&struct_with_fields_on_the_wire(limit)).is_ok());
    }

    #[test]
    fn one_field_more_on_the_wire_is_an_error_at_that_field() {
        let limit = usize::from(WireKey::MAX);
        let error = check_source(&struct_with_fields_on_the_wire(limit + 1))
            .expect_err("one field too many");
        assert_eq!(
            error.to_string(),
            "`Wide` has 65536 fields on the wire, more than the 65535 a derived `Deserialize` can tell apart (it numbers their keys with a `u16`), and `f65535` is the first past that: move some of the fields into a nested model"
        );
        assert_eq!(error.span().source_text().as_deref(), Some("f65535"));
    }
}
