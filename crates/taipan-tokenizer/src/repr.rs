//! Python's `str.isprintable` and `repr(str)`, as `tokenize` prints them.

use unicode_general_category::{get_general_category, GeneralCategory as G};

/// Python's `str.isprintable` for one character (`Py_UNICODE_ISPRINTABLE`):
/// false for control, format, surrogate, private-use, unassigned and
/// separator characters, except the ASCII space.
pub fn is_printable(ch: char) -> bool {
    if ch == ' ' {
        return true;
    }
    if ch.is_ascii() {
        return ('\x21'..'\x7f').contains(&ch);
    }
    !matches!(
        get_general_category(ch),
        G::Control
            | G::Format
            | G::Surrogate
            | G::PrivateUse
            | G::Unassigned
            | G::LineSeparator
            | G::ParagraphSeparator
            | G::SpaceSeparator
    )
}

/// `repr(s)` for a Python `str`: CPython's quote choice and escapes.
pub fn py_repr_str(s: &str) -> String {
    let quote = if s.contains('\'') && !s.contains('"') {
        '"'
    } else {
        '\''
    };
    let mut out = String::with_capacity(s.len() + 2);
    out.push(quote);
    for ch in s.chars() {
        match ch {
            '\\' => out.push_str("\\\\"),
            '\t' => out.push_str("\\t"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            c if c == quote => {
                out.push('\\');
                out.push(c);
            }
            c if is_printable(c) => out.push(c),
            c => {
                let n = c as u32;
                let esc = if n < 0x100 {
                    format!("\\x{n:02x}")
                } else if n < 0x10000 {
                    format!("\\u{n:04x}")
                } else {
                    format!("\\U{n:08x}")
                };
                out.push_str(&esc);
            }
        }
    }
    out.push(quote);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn repr_matches_cpython() {
        assert_eq!(py_repr_str("abc"), "'abc'");
        assert_eq!(py_repr_str("a'b"), "\"a'b\"");
        assert_eq!(py_repr_str("a'b\""), "'a\\'b\"'");
        assert_eq!(py_repr_str("\r\n\t\\"), "'\\r\\n\\t\\\\'");
        assert_eq!(py_repr_str("\x0c\x7f\u{a0}é€"), "'\\x0c\\x7f\\xa0é€'");
        assert_eq!(py_repr_str("\u{200b}\u{e000}"), "'\\u200b\\ue000'");
    }
}
