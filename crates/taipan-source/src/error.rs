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
    /// `MemoryError`: what CPython's parser raises for a source nested too
    /// deep to parse. Not a `SyntaxError`, so it is shown with no position.
    MemoryError,
}

impl SyntaxErrorType {
    /// The exception's name, as tracebacks print it.
    pub const fn name(self) -> &'static str {
        match self {
            SyntaxErrorType::SyntaxError => "SyntaxError",
            SyntaxErrorType::IndentationError => "IndentationError",
            SyntaxErrorType::TabError => "TabError",
            SyntaxErrorType::MemoryError => "MemoryError",
        }
    }
}

/// Where CPython shows an error when its range alone does not say it.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Placement {
    /// At its range: the `File` line, the source line, the carets.
    #[default]
    Range,
    /// On the line of its range, with no column: no caret line (errors
    /// raised while a line is decoded, before any column is known).
    NoColumn,
    /// On the line of its range, but with this line number in the `File`
    /// header (CPython's file tokenizer still counts line 1 while it
    /// reads line 2 looking for a coding cookie).
    HeaderLine(u32),
    /// With no position: no `File` line at all (a declared encoding that
    /// is unknown or cannot decode the file).
    Nowhere,
}

/// Who raised an error, which decides what CPython puts in
/// `SyntaxError.args` besides the range: the `text` it quotes and the end
/// it reports (`end_offset` 0 or -1 where CPython's call passed no end).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Origin {
    /// The parser, at a token: the line as the tokenizer read it.
    #[default]
    Parser,
    /// The tokenizer itself: the line without its newline.
    Tokenizer,
    /// The parser after a tokenizer failure with no end (an unclosed
    /// bracket, tabs, nesting, a line continuation): `end_offset` 0.
    NoEnd,
    /// The parser at a token with no end (a bad unindent, an unexpected
    /// end of file): `end_offset` -1.
    NoEndToken,
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
    /// How CPython shows that position.
    pub placement: Placement,
    /// Who raised it (what `SyntaxError.args` quotes and where it ends).
    pub origin: Origin,
}

impl SyntaxError {
    /// A `SyntaxError` with `message` at `range`.
    pub fn new(message: impl Into<String>, range: TextRange) -> Self {
        Self {
            error_type: SyntaxErrorType::SyntaxError,
            message: message.into(),
            range,
            placement: Placement::Range,
            origin: Origin::Parser,
        }
    }

    /// The same error, shown as `placement` says.
    pub fn placed(self, placement: Placement) -> Self {
        Self { placement, ..self }
    }

    /// The same error, raised by `origin`.
    pub fn from_origin(self, origin: Origin) -> Self {
        Self { origin, ..self }
    }
}
