//! Docs whose text only the compiler knows (`#[doc = include_str!("…")]`), finished where the
//! constant holding them is evaluated.

/// `text` without its blank lines at both ends and the whitespace ending its last line: what the
/// derive does to a literal doc, for one assembled by `concat!` from the doc's expressions.
#[must_use]
pub const fn trim_blank_lines(text: &str) -> &str {
    let bytes = text.as_bytes();
    // The start of the first line holding something other than whitespace.
    let mut start = 0;
    let mut index = 0;
    while index < bytes.len() && bytes[index].is_ascii_whitespace() {
        if bytes[index] == b'\n' {
            start = index + 1;
        }
        index += 1;
    }
    if index == bytes.len() {
        return "";
    }
    let mut end = bytes.len();
    while bytes[end - 1].is_ascii_whitespace() {
        end -= 1;
    }
    // Both cuts are next to ASCII whitespace, so they fall between characters.
    let (_, kept) = text.split_at(start);
    let (kept, _) = kept.split_at(end - start);
    kept
}

#[cfg(test)]
mod tests {
    use super::trim_blank_lines;

    #[test]
    fn drops_blank_lines_at_both_ends_and_keeps_the_first_lines_indent() {
        assert_eq!(trim_blank_lines("A model.\n"), "A model.");
        assert_eq!(
            trim_blank_lines("\n \r\n  code\nmore  \n\n"),
            "  code\nmore"
        );
        assert_eq!(trim_blank_lines("one\n\ntwo"), "one\n\ntwo");
        assert_eq!(trim_blank_lines("é\n"), "é");
    }

    #[test]
    fn blank_text_is_empty() {
        assert_eq!(trim_blank_lines(""), "");
        assert_eq!(trim_blank_lines(" \n\t\n"), "");
    }
}
