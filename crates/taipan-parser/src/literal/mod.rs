//! Literal decoding: the text of NUMBER, STRING and FSTRING_MIDDLE /
//! TSTRING_MIDDLE tokens turned into constant values, with CPython 3.14's
//! exact error and warning texts.
//!
//! Strings follow CPython's two-step scheme, because its error positions
//! depend on it: a non-raw `str` body is first rewritten into pure ASCII
//! (every non-ASCII character becomes a ten-byte `\UXXXXXXXX` escape, and a
//! backslash directly before a non-ASCII character becomes `\u005c`), then
//! that buffer is decoded by the `unicode_escape` rules. The positions in
//! `(unicode error) 'unicodeescape' codec can't decode bytes in position
//! A-B` count bytes of that rewritten buffer. Bytes bodies must be ASCII and
//! are decoded directly; their error positions count body bytes.
//!
//! Only the first invalid escape of a literal gives a warning, as in
//! CPython. Functions ending in `_with_warnings` append it to a caller's
//! list; the plain ones drop it.
//!
//! Where CPython points its errors (for the caller that builds the
//! `SyntaxError`): see [`ErrorSpan`].

mod aliases;
mod escape;
mod names;
mod number;
mod string;
#[cfg(test)]
mod tests;

pub use number::parse_number;
pub use string::{
    decode_fstring_middle, decode_fstring_middle_with_warnings, parse_string,
    parse_string_with_warnings,
};

/// Where CPython's `SyntaxError` for a literal error points.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ErrorSpan {
    /// The whole token, for `STRING` tokens (the caret line underlines
    /// that string token, not the concatenation it belongs to). For an
    /// `FSTRING_MIDDLE`/`TSTRING_MIDDLE` error CPython instead underlines
    /// the enclosing f-string's `FSTRING_END` token (the closing quote), the
    /// last token its parser had read (checked with python3.14 on
    /// `f"ab\N{nope}{a}"` and a triple-quoted f-string).
    Token,
    /// No column at all (`offset` 0, no caret line): the 4300-digit limit on
    /// decimal integer literals.
    NoColumn,
}

/// A literal that could not be decoded.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LiteralError {
    /// CPython's message, e.g. `(unicode error) 'unicodeescape' codec can't
    /// decode bytes in position 0-2: truncated \xXX escape`.
    pub message: String,
    /// Byte offset within the token text of what went wrong (the escape's
    /// backslash, the non-ASCII character, ...).
    pub offset: u32,
    /// What CPython's error points at.
    pub span: ErrorSpan,
}

impl LiteralError {
    fn new(message: impl Into<String>, offset: usize, span: ErrorSpan) -> Self {
        Self {
            message: message.into(),
            offset: offset as u32,
            span,
        }
    }
}

/// A `SyntaxWarning` found while decoding a literal.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LiteralWarning {
    /// CPython's message, e.g. `"\d" is an invalid escape sequence. Such
    /// sequences will not work in the future. Did you mean "\\d"? A raw
    /// string is also an option.`
    pub message: String,
    /// Byte offset within the token text of the escape's backslash (CPython
    /// reports the line holding it).
    pub offset: u32,
}
