//! Shared helpers of the cross-crate tests: where the reference data is, and JSON comparison.

use serde_json::Value;
use std::path::PathBuf;

/// `../shared/reference/` beside the workspace, when this machine has it (development machines and
/// CI do; a user's clone does not). Tests that need it print why they skip and pass.
pub fn reference_dir() -> Option<PathBuf> {
    let workspace = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("..");
    let dir = workspace.join("../shared/reference");
    dir.is_dir().then_some(dir)
}

/// Prints the skip notice for a test that needs the reference data.
pub fn skip_without_reference(test: &str) {
    println!(
        "{test}: skipped, ../shared/reference/ is not beside the workspace (it is on development machines and CI, not in a user's clone)"
    );
}

/// Every `*.json` file under `dir`, recursively, sorted for stable output.
pub fn json_files(dir: &std::path::Path) -> Vec<PathBuf> {
    let mut files = Vec::new();
    let mut pending = vec![dir.to_path_buf()];
    while let Some(dir) = pending.pop() {
        for entry in std::fs::read_dir(&dir).expect("readable reference folder") {
            let path = entry.expect("readable entry").path();
            if path.is_dir() {
                pending.push(path);
            } else if path.extension().is_some_and(|e| e == "json") {
                files.push(path);
            }
        }
    }
    files.sort();
    files
}

/// JSON equality with numbers compared by value (`10` equals `10.0`), as the API's numbers are.
pub fn same_json(left: &Value, right: &Value) -> bool {
    match (left, right) {
        (Value::Number(l), Value::Number(r)) => match (l.as_i64(), r.as_i64()) {
            (Some(l), Some(r)) => l == r,
            _ => l.as_f64() == r.as_f64(),
        },
        (Value::Array(l), Value::Array(r)) => {
            l.len() == r.len() && l.iter().zip(r).all(|(l, r)| same_json(l, r))
        }
        (Value::Object(l), Value::Object(r)) => {
            l.len() == r.len()
                && l.iter()
                    .all(|(key, l)| r.get(key).is_some_and(|r| same_json(l, r)))
        }
        _ => left == right,
    }
}

/// Whether `message` contains `word` delimited by non-identifier characters.
pub fn names_word(message: &str, word: &str) -> bool {
    message.match_indices(word).any(|(at, _)| {
        let before = message[..at].chars().next_back();
        let after = message[at + word.len()..].chars().next();
        let is_ident = |c: Option<char>| c.is_some_and(|c| c.is_alphanumeric() || c == '_');
        !is_ident(before) && !is_ident(after)
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn numbers_compare_by_value() {
        assert!(same_json(&json!({"a": [10]}), &json!({"a": [10.0]})));
        assert!(!same_json(&json!({"a": 10}), &json!({"a": 10.5})));
        assert!(!same_json(&json!({"a": 1}), &json!({"a": 1, "b": null})));
        assert!(!same_json(&json!("1"), &json!(1)));
    }

    #[test]
    fn whole_words_only() {
        assert!(names_word("expected i64 for `id` at", "id"));
        assert!(names_word("missing field `created_from.id`", "id"));
        assert!(!names_word("invalid type for `bound_to`", "id"));
        assert!(!names_word("expected `identifier`", "id"));
    }
}

/// The README's examples compile and run as doctests.
#[cfg(doctest)]
#[doc = include_str!("../../README.md")]
mod readme {}
