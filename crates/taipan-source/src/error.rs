//! The syntax errors every front-end stage reports.

use crate::TextRange;

/// Which built-in exception a syntax error is raised as.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SyntaxErrorType {
    /// `SyntaxError`
    SyntaxError,
    /// `IndentationError` (a subclass of `SyntaxError`)
    IndentationError,
    /// `TabError` (a subclass of `IndentationError`)
    TabError,
}

impl SyntaxErrorType {
    /// The exception's name, as tracebacks print it.
    pub const fn name(self) -> &'static str {
        match self {
            SyntaxErrorType::SyntaxError => "SyntaxError",
            SyntaxErrorType::IndentationError => "IndentationError",
            SyntaxErrorType::TabError => "TabError",
        }
    }
}

/// A syntax error found by the tokenizer, the parser or (later) the
/// compiler: CPython's exception type and message, and the byte range of the
/// source it points at. Line, offset and end offset (1-based characters,
/// as `SyntaxError.offset` counts) are derived from `range` when shown.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SyntaxError {
    /// The exception type.
    pub error_type: SyntaxErrorType,
    /// The message, in CPython 3.14's exact wording.
    pub message: String,
    /// What the error points at, in the decoded source.
    pub range: TextRange,
}

impl SyntaxError {
    /// A `SyntaxError` with `message` at `range`.
    pub fn new(message: impl Into<String>, range: TextRange) -> Self {
        Self {
            error_type: SyntaxErrorType::SyntaxError,
            message: message.into(),
            range,
        }
    }
}
