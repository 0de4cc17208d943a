//! The typed model of one derive input: what the generators read, after parsing and validation.

use crate::attr::{ContainerAttrs, DefaultValue, FieldAttrs, Location, VariantAttrs};
use crate::case::RenameRule;
use crate::docs::Doc;
use crate::errors::Errors;
use crate::types;
use syn::ext::IdentExt;
use syn::{DeriveInput, Generics, Ident, Type};

pub(crate) struct Container<'a> {
    pub(crate) ident: &'a Ident,
    pub(crate) generics: &'a Generics,
    pub(crate) vis: &'a syn::Visibility,
    pub(crate) attrs: ContainerAttrs,
    pub(crate) doc: Doc,
    pub(crate) data: Data<'a>,
}

pub(crate) enum Data<'a> {
    Struct(Vec<Field<'a>>),
    Enum(Vec<Variant<'a>>),
    /// `#[api(tag = "…")]` or `#[api(untagged)]`: an enum whose variants each hold one model.
    Union {
        /// The key naming the variant; `None` for an untagged union.
        tag: Option<String>,
        variants: Vec<Variant<'a>>,
    },
    /// `#[api(transparent)]`: a newtype, on the wire as its one field.
    Transparent {
        member: syn::Member,
        ty: &'a Type,
    },
}

pub(crate) struct Field<'a> {
    pub(crate) ident: &'a Ident,
    pub(crate) ty: &'a Type,
    pub(crate) attrs: FieldAttrs,
    pub(crate) doc: Doc,
    pub(crate) wire_name: String,
    pub(crate) kind: FieldKind,
    attrs_source: &'a [syn::Attribute],
}

/// The one rule table shared by serde, the builder and the metadata (see the crate docs).
pub(crate) enum FieldKind {
    /// `T`: always written, must be present and not null.
    Required,
    /// `Option<U>`, or any type with `#[api(nullable)]` (an alias of `Option`): always written
    /// (`null` for `None`); `null` or a missing key read as `None`.
    Nullable,
    /// `#[api(optional)] Option<U>`: written only when `Some`; may be absent.
    Optional,
    /// `#[api(default)]` / `#[api(default = path)]`: always written; a missing key takes the default.
    Default(DefaultValue),
    /// `Patch<T>`: absent, `null` or a value, each read and written as itself.
    Patch,
}

impl FieldKind {
    /// The key is in the spec's `required` list: always written, always expected.
    pub(crate) fn is_required_key(&self) -> bool {
        matches!(self, FieldKind::Required | FieldKind::Nullable)
    }

    /// The key may be absent.
    pub(crate) fn may_be_absent(&self) -> bool {
        matches!(
            self,
            FieldKind::Optional | FieldKind::Default(_) | FieldKind::Patch
        )
    }

    /// The key is left out when the field holds nothing.
    pub(crate) fn skipped_when_absent(&self) -> bool {
        matches!(self, FieldKind::Optional | FieldKind::Patch)
    }
}

/// The number a derived `Deserialize` gives a key it knows: the field's position among the fields
/// on the wire, as the runtime's `__private::de::Key` holds it.
pub(crate) type WireKey = u16;

/// The key of the field at `position` among the fields on the wire, if a [`WireKey`] can hold it:
/// its largest value is the runtime's `UNKNOWN_KEY`, so that value is no field's.
pub(crate) fn wire_key(position: usize) -> Option<WireKey> {
    WireKey::try_from(position)
        .ok()
        .filter(|&key| key != WireKey::MAX)
}

pub(crate) struct Variant<'a> {
    pub(crate) ident: &'a Ident,
    pub(crate) attrs: VariantAttrs,
    pub(crate) doc: Doc,
    pub(crate) wire_name: String,
    pub(crate) shape: VariantShape<'a>,
}

pub(crate) enum VariantShape<'a> {
    Unit,
    /// `Other(String)`: the catch-all, when marked `#[api(other)]`.
    OneField(&'a Type),
    Other,
}

impl Variant<'_> {
    pub(crate) fn is_catch_all(&self) -> bool {
        self.attrs.other.is_some()
    }
}

/// A union's variants that each hold a model, with the model's type, in declaration order: all but
/// the catch-all, and but variants of another shape (which validation reports).
pub(crate) fn union_members<'v, 'a>(
    variants: &'v [Variant<'a>],
) -> impl Iterator<Item = (&'v Variant<'a>, &'a Type)> {
    variants
        .iter()
        .filter(|variant| !variant.is_catch_all())
        .filter_map(|variant| match variant.shape {
            VariantShape::OneField(ty) => Some((variant, ty)),
            _ => None,
        })
}

impl<'a> Container<'a> {
    /// Reads the input; shapes the derive cannot handle are reported and give `None`.
    pub(crate) fn parse(input: &'a DeriveInput, errors: &mut Errors) -> Option<Container<'a>> {
        let location = match &input.data {
            syn::Data::Enum(_) => Location::Enum,
            _ => Location::Struct,
        };
        let attrs = ContainerAttrs::parse(&input.attrs, location, errors);
        let doc = Doc::from_attrs(&input.attrs);
        let data = match &input.data {
            syn::Data::Struct(data) if attrs.transparent.is_some() => {
                let fields: Vec<&syn::Field> = data.fields.iter().collect();
                if fields.len() != 1 {
                    errors.spanned(
                        &input.ident,
                        format!(
                            "`transparent` on `{}`, which has {} fields: a transparent model is a newtype of exactly one field, like `struct ImageId(i64)`",
                            input.ident,
                            fields.len()
                        ),
                    );
                    return None;
                }
                let member = match &fields[0].ident {
                    Some(ident) => syn::Member::Named(ident.clone()),
                    None => syn::Member::Unnamed(syn::Index::from(0)),
                };
                Data::Transparent {
                    member,
                    ty: &fields[0].ty,
                }
            }
            syn::Data::Struct(data) => match &data.fields {
                syn::Fields::Named(named) => {
                    let rule = attrs.rename_all.as_ref().map(|r| r.value);
                    Data::Struct(
                        named
                            .named
                            .iter()
                            .map(|field| Field::parse(field, rule, errors))
                            .collect(),
                    )
                }
                syn::Fields::Unnamed(_) => {
                    errors.spanned(
                        &input.ident,
                        format!(
                            "`ApiModel` on tuple struct `{}`: API models are JSON objects, so give the fields names (`struct {} {{ id: i64 }}`), or for a newtype that is its one field on the wire, add `#[api(transparent)]`",
                            input.ident, input.ident
                        ),
                    );
                    return None;
                }
                syn::Fields::Unit => {
                    errors.spanned(
                        &input.ident,
                        format!(
                            "`ApiModel` on unit struct `{}`: an API model needs named fields (`struct {} {{ id: i64 }}`)",
                            input.ident, input.ident
                        ),
                    );
                    return None;
                }
            },
            syn::Data::Enum(data) => {
                let rule = attrs
                    .rename_all
                    .as_ref()
                    .map_or(RenameRule::Snake, |r| r.value);
                let variants = data
                    .variants
                    .iter()
                    .map(|variant| Variant::parse(variant, rule, errors))
                    .collect();
                // Both keys given is an error; the union is then read as untagged, which asks
                // nothing of the variants' models that an error could cascade from.
                match (&attrs.tag, attrs.untagged) {
                    (_, Some(_)) => Data::Union {
                        tag: None,
                        variants,
                    },
                    (Some(tag), None) => Data::Union {
                        tag: Some(tag.value.clone()),
                        variants,
                    },
                    (None, None) => Data::Enum(variants),
                }
            }
            syn::Data::Union(data) => {
                errors.spanned(
                    data.union_token,
                    "`ApiModel` cannot be derived for a union: use a struct with named fields, or an enum of unit variants",
                );
                return None;
            }
        };
        Some(Container {
            ident: &input.ident,
            generics: &input.generics,
            vis: &input.vis,
            attrs,
            doc,
            data,
        })
    }

    pub(crate) fn name(&self) -> String {
        self.ident.unraw().to_string()
    }
}

impl<'a> Field<'a> {
    fn parse(field: &'a syn::Field, rule: Option<RenameRule>, errors: &mut Errors) -> Field<'a> {
        let ident = field
            .ident
            .as_ref()
            .expect("named fields always have an identifier");
        let attrs = FieldAttrs::parse(&field.attrs, errors);
        let rust_name = ident.unraw().to_string();
        let wire_name = match (&attrs.rename, rule) {
            (Some(rename), _) => rename.value.clone(),
            (None, Some(rule)) => rule.apply_to_field(&rust_name),
            (None, None) => rust_name,
        };
        let kind = match (&attrs.default, types::option_inner(&field.ty)) {
            // Its own kind whatever the attributes say; validation rejects the ones it ignores.
            _ if types::patch_inner(&field.ty).is_some() => FieldKind::Patch,
            (Some(default), _) => FieldKind::Default(default.value.clone()),
            _ if attrs.nullable.is_some() => FieldKind::Nullable,
            (None, Some(_)) if attrs.optional.is_some() => FieldKind::Optional,
            (None, Some(_)) => FieldKind::Nullable,
            (None, None) => FieldKind::Required,
        };
        Field {
            ident,
            ty: &field.ty,
            doc: Doc::from_attrs(&field.attrs),
            attrs,
            wire_name,
            kind,
            attrs_source: &field.attrs,
        }
    }

    pub(crate) fn name(&self) -> String {
        self.ident.unraw().to_string()
    }

    /// Read and written by the user's own functions (`with`, `serialize_with`,
    /// `deserialize_with`): its Rust type says nothing about the wire.
    pub(crate) fn has_own_wire_form(&self) -> bool {
        self.attrs.with.is_some()
            || self.attrs.serialize_with.is_some()
            || self.attrs.deserialize_with.is_some()
    }

    /// On the wire at all: `#[api(skip)]` fields are not.
    pub(crate) fn is_on_wire(&self) -> bool {
        self.attrs.skip.is_none()
    }

    /// Whether `build()` needs this field set: the builder rule, beside the wire rule of `kind`.
    /// Unless its type is a collection, which the compiler decides, not the derive: the
    /// builder's requirement for the field is also met by an unset `builder::EmptyWhenUnset`.
    pub(crate) fn is_builder_required(&self) -> bool {
        matches!(self.kind, FieldKind::Required) && self.is_on_wire()
    }

    /// The `T` of a field written `Patch<T>`.
    pub(crate) fn patch_inner(&self) -> Option<&'a Type> {
        types::patch_inner(self.ty)
    }

    /// The `U` of a field written `Option<U>`, whose setter takes a `U`.
    pub(crate) fn option_inner(&self) -> Option<&'a Type> {
        types::option_inner(self.ty)
    }

    /// The name of the builder's second setter for this field, if it has one: `x_null` for a
    /// `Patch` (set to `null`), `maybe_x` for an `Option` (set from an `Option`).
    pub(crate) fn second_setter(&self) -> Option<String> {
        let name = self.ident.unraw();
        if self.patch_inner().is_some() {
            Some(format!("{name}_null"))
        } else if self.option_inner().is_some() {
            Some(format!("maybe_{name}"))
        } else {
            None
        }
    }

    /// `null` is a value this field's key may hold: a nullable field, or a defaulted `Option`.
    pub(crate) fn is_nullable(&self) -> bool {
        match self.kind {
            FieldKind::Nullable | FieldKind::Patch => true,
            FieldKind::Default(_) => self.option_inner().is_some(),
            FieldKind::Required | FieldKind::Optional => false,
        }
    }

    /// The doc attributes as written, to carry onto generated items.
    pub(crate) fn doc_attrs(&self) -> impl Iterator<Item = &'a syn::Attribute> {
        self.attrs_source
            .iter()
            .filter(|attr| attr.path().is_ident("doc"))
    }
}

impl<'a> Variant<'a> {
    fn parse(variant: &'a syn::Variant, rule: RenameRule, errors: &mut Errors) -> Variant<'a> {
        let attrs = VariantAttrs::parse(&variant.attrs, errors);
        let wire_name = match &attrs.rename {
            Some(rename) => rename.value.clone(),
            None => rule.apply_to_variant(&variant.ident.unraw().to_string()),
        };
        let shape = match &variant.fields {
            syn::Fields::Unit => VariantShape::Unit,
            syn::Fields::Unnamed(fields) if fields.unnamed.len() == 1 => {
                VariantShape::OneField(&fields.unnamed[0].ty)
            }
            _ => VariantShape::Other,
        };
        Variant {
            ident: &variant.ident,
            doc: Doc::from_attrs(&variant.attrs),
            attrs,
            wire_name,
            shape,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wire_keys_stop_short_of_the_unknown_key() {
        assert_eq!(wire_key(0), Some(0));
        assert_eq!(wire_key(65_534), Some(65_534));
        assert_eq!(wire_key(65_535), None);
        assert_eq!(wire_key(70_000), None);
    }
}
