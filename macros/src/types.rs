//! Reading a field's type the way the derive needs it (is it an `Option`, a `Patch`, …).

use syn::{GenericArgument, PathArguments, Type};

/// The last path segment of a plain type path (`Option` in `core::option::Option<T>`).
fn last_segment(ty: &Type) -> Option<&syn::PathSegment> {
    match ty {
        Type::Path(path) if path.qself.is_none() => path.path.segments.last(),
        Type::Group(group) => last_segment(&group.elem),
        Type::Paren(paren) => last_segment(&paren.elem),
        _ => None,
    }
}

fn single_type_argument(segment: &syn::PathSegment) -> Option<&Type> {
    match &segment.arguments {
        PathArguments::AngleBracketed(args) if args.args.len() == 1 => match &args.args[0] {
            GenericArgument::Type(inner) => Some(inner),
            _ => None,
        },
        _ => None,
    }
}

/// `U` when the type is written `Option<U>` (by any path ending in `Option`).
pub(crate) fn option_inner(ty: &Type) -> Option<&Type> {
    let segment = last_segment(ty)?;
    if segment.ident == "Option" {
        single_type_argument(segment)
    } else {
        None
    }
}

/// `T` when the type is written `Patch<T>`: the three-state field type of the runtime.
pub(crate) fn patch_inner(ty: &Type) -> Option<&Type> {
    let segment = last_segment(ty)?;
    if segment.ident == "Patch" {
        single_type_argument(segment)
    } else {
        None
    }
}

/// `Cow<'a, str>`: read borrowing from the input where it can.
pub(crate) fn is_cow_str(ty: &Type) -> bool {
    let Some(segment) = last_segment(ty) else {
        return false;
    };
    let PathArguments::AngleBracketed(args) = &segment.arguments else {
        return false;
    };
    segment.ident == "Cow"
        && args.args.len() == 2
        && matches!(&args.args[0], GenericArgument::Lifetime(_))
        && matches!(&args.args[1], GenericArgument::Type(Type::Path(p)) if p.path.is_ident("str"))
}

/// Numbers, `bool` and `char`: their setters take the type itself, because with `impl Into<u32>`
/// a literal `1` defaults to `i32`, which does not convert.
pub(crate) fn is_primitive_scalar(ty: &Type) -> bool {
    const SCALARS: &[&str] = &[
        "i8", "i16", "i32", "i64", "i128", "isize", "u8", "u16", "u32", "u64", "u128", "usize",
        "f32", "f64", "bool", "char",
    ];
    match ty {
        Type::Path(path) if path.qself.is_none() => path
            .path
            .get_ident()
            .is_some_and(|ident| SCALARS.iter().any(|s| ident == s)),
        _ => false,
    }
}

pub(crate) fn is_string(ty: &Type) -> bool {
    last_segment(ty).is_some_and(|segment| {
        segment.ident == "String" && matches!(segment.arguments, PathArguments::None)
    })
}

/// `Value` or `serde_json::Value`: a type that takes any JSON value, recognised by its name.
pub(crate) fn is_json_value(ty: &Type) -> bool {
    last_segment(ty).is_some_and(|segment| {
        segment.ident == "Value" && matches!(segment.arguments, PathArguments::None)
    })
}

/// The type as the user wrote it, for metadata and messages (`Option<String>`, not `Option < String >`).
pub(crate) fn display(ty: &Type) -> String {
    let raw = quote::ToTokens::to_token_stream(ty).to_string();
    let mut out = String::with_capacity(raw.len());
    let mut chars = raw.chars().peekable();
    while let Some(ch) = chars.next() {
        if ch == ' ' {
            let previous = out.chars().last();
            let next = chars.peek().copied();
            let glue = matches!(previous, Some('<' | '&' | ':' | '(' | '['))
                || matches!(next, Some('<' | '>' | ',' | ':' | ')' | ']'));
            if !glue {
                out.push(' ');
            }
        } else {
            out.push(ch);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ty(text: &str) -> Type {
        syn::parse_str(text).unwrap()
    }

    #[test]
    fn recognises_options_by_any_path() {
        for text in [
            "Option<i64>",
            "core::option::Option<i64>",
            "::std::option::Option<i64>",
        ] {
            assert!(option_inner(&ty(text)).is_some(), "{text}");
        }
        for text in ["i64", "Vec<i64>", "Option", "MyOption<i64>"] {
            assert!(option_inner(&ty(text)).is_none(), "{text}");
        }
    }

    #[test]
    fn displays_types_compactly() {
        assert_eq!(display(&ty("Option < String >")), "Option<String>");
        assert_eq!(
            display(&ty("BTreeMap<String, String>")),
            "BTreeMap<String, String>"
        );
        assert_eq!(display(&ty("&'a str")), "&'a str");
        assert_eq!(
            display(&ty("std::collections::BTreeMap<String, Vec<u8>>")),
            "std::collections::BTreeMap<String, Vec<u8>>"
        );
    }
}
