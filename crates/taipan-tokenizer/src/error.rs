//! Tokenizer errors: what went wrong and where, in both of CPython's
//! reporting styles (the parser's `SyntaxError` and `-m tokenize`'s).

use taipan_source::{Origin, SyntaxError, SyntaxErrorType, TextRange};

/// Which failure the tokenizer hit. Most are plain `SyntaxError`s carried
/// in full; the others are CPython's `E_*` codes, which the parser and the
/// `tokenize` module report with different messages and positions.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum LexErrorKind {
    /// A `SyntaxError` raised by the tokenizer itself, already located.
    Syntax,
    /// End of input inside a bracket or after a `\` continuation (`E_EOF`).
    Eof {
        /// Whether CPython's line buffer was kept (a token or an f-string
        /// was in progress), which decides the column `tokenize` shows.
        in_token: bool,
    },
    /// Unindent to a column no outer block has (`E_DEDENT`).
    Dedent,
    /// Inconsistent tabs and spaces (`E_TABSPACE`).
    TabSpace,
    /// More than 100 indentation levels (`E_TOODEEP`).
    TooDeep,
    /// A character after a `\` continuation (`E_LINECONT`).
    LineCont,
    /// A NUL byte in the source.
    NullBytes,
    /// A token that is not valid UTF-8 (tokenize mode only: a lone `\r`
    /// followed by a non-ASCII character); the message is Python's
    /// `UnicodeDecodeError` text.
    Undecodable,
}

/// A tokenizer error: the parser-facing [`SyntaxError`] plus what the
/// `tokenize` module needs to report the same failure its own way.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LexError {
    /// The kind of failure.
    pub kind: LexErrorKind,
    /// The error as the parser (running a file) reports it.
    pub error: SyntaxError,
    /// Byte offset of the tokenizer's cursor when it failed.
    pub cursor: u32,
    /// Start of CPython's line buffer when it failed: the `tokenize` module
    /// counts some error columns from there (it spans several lines after
    /// a `\` continuation or inside an f-string).
    pub buffer_start: u32,
}

impl LexError {
    /// A plain syntax error.
    pub(crate) fn syntax(message: String, range: TextRange, cursor: usize) -> Self {
        Self {
            kind: LexErrorKind::Syntax,
            error: SyntaxError::new(message, range).from_origin(Origin::Tokenizer),
            cursor: cursor as u32,
            buffer_start: 0,
        }
    }

    /// An error of a given kind and exception type.
    pub(crate) fn coded(
        kind: LexErrorKind,
        ty: SyntaxErrorType,
        message: &str,
        range: TextRange,
        cursor: usize,
    ) -> Self {
        let origin = match kind {
            LexErrorKind::Syntax | LexErrorKind::NullBytes | LexErrorKind::Undecodable => {
                Origin::Tokenizer
            }
            LexErrorKind::Eof { .. } if message.ends_with("was never closed") => Origin::NoEnd,
            LexErrorKind::Eof { .. } | LexErrorKind::Dedent => Origin::NoEndToken,
            LexErrorKind::TabSpace | LexErrorKind::TooDeep | LexErrorKind::LineCont => {
                Origin::NoEnd
            }
        };
        Self {
            kind,
            error: SyntaxError {
                error_type: ty,
                origin,
                ..SyntaxError::new(message, range)
            },
            cursor: cursor as u32,
            buffer_start: 0,
        }
    }
}

/// A `SyntaxWarning` the tokenizer raises (CPython prints it as
/// `FILE:LINE: SyntaxWarning: MESSAGE` and goes on).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LexWarning {
    /// The warning's text.
    pub message: String,
    /// What it is about; CPython reports the line of `range.start`.
    pub range: TextRange,
}
