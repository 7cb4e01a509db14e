//! The parser: the third stage of Taipan's pipeline (tokens → AST).
//!
//! A hand-written recursive-descent parser for CPython 3.14's grammar
//! (`Grammar/python.gram`), producing the AST of `taipan_ast` exactly as
//! CPython's PEG parser does: same node kinds, field values and positions,
//! and CPython's syntax error messages.
//!
//! The whole token stream is read first into a buffer (`token_buffer`),
//! so lookahead and the few places that need backtracking (soft keywords,
//! `match` statements, parenthesised `with` items) are cheap. Expressions
//! use precedence climbing; assignment targets are parsed as expressions
//! and then checked and turned into `Store`/`Del` context, which is where
//! CPython's "cannot assign to" messages come from.
//!
//! # Errors, the CPython way
//!
//! CPython parses twice: a fast pass, then, on failure, a pass with the
//! `invalid_*` rules that produce the specialised messages; a generic
//! "invalid syntax" points at the furthest token the first pass fetched,
//! and tokenizer errors found by scanning the rest of the file may take
//! over. This parser gets the same results in one pass:
//!
//! * each rule raises its specialised error where the `invalid_*` rule
//!   would have matched (`target.rs`, `stmt.rs`, `fstring.rs`...);
//! * optional continuations (an operator's right operand, a call or
//!   subscript trailer) fail softly (`Parser::soft`): a generic
//!   failure inside them leaves the longest valid prefix, as PEG
//!   backtracking does, so the specialised checks see what CPython sees;
//! * the furthest token looked at is tracked, and a generic error is
//!   moved there at the end (`finish_error`), where the missing-comma,
//!   `print` and tokenizer-error priorities are also settled.
//!
//! Nesting is bounded by a depth count weighted like CPython's rule calls
//! (`MAXSTACK`), so deep sources fail with CPython's message instead of
//! overflowing the stack; long left-nested chains are capped too.

mod atom;
mod compound;
mod expr;
mod fstring;
pub mod literal;
mod params;
mod parser;
mod pattern;
mod stmt;
mod strings;
mod target;
mod token_buffer;

#[cfg(test)]
mod tests;

use taipan_source::SyntaxError;

/// The message of the error for sources nested too deeply to parse, raised
/// as [`taipan_source::SyntaxErrorType::MemoryError`] as CPython does.
pub const STACK_OVERFLOW_MESSAGE: &str =
    "Parser stack overflowed - Python source too complex to parse";

/// What a parse starts from, as `compile()`'s `mode` argument says.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Mode {
    /// A module (`exec`).
    #[default]
    Exec,
    /// A single expression (`eval`).
    Eval,
    /// One interactive statement (`single`).
    Single,
    /// A function type comment (`func_type`).
    FuncType,
}

/// Options of a parse.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct ParseOptions {
    /// The start rule.
    pub mode: Mode,
    /// Whether to keep `# type:` comments (`ast.parse(type_comments=True)`).
    pub type_comments: bool,
}

/// Parse `source` (already decoded by `taipan_source::decode_source`) into
/// an AST, or the syntax error CPython 3.14 would raise.
pub fn parse(source: &str, options: &ParseOptions) -> Result<taipan_ast::Mod, SyntaxError> {
    parser::Parser::new(source, options).parse_mod(options.mode)
}

/// Why [`parse_allowing_incomplete`] failed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ParseFailure {
    /// The input ended before the construct did (CPython's
    /// `_IncompleteInputError`, which `codeop` and the REPL rely on).
    Incomplete,
    /// A syntax error.
    Invalid(SyntaxError),
}

/// [`parse`] as `compile()` does with `PyCF_ALLOW_INCOMPLETE_INPUT`: an
/// error met only at the end of the input says the input is incomplete.
pub fn parse_allowing_incomplete(
    source: &str,
    options: &ParseOptions,
) -> Result<taipan_ast::Mod, ParseFailure> {
    parser::Parser::new(source, options).parse_mod_allowing_incomplete(options.mode)
}

/// A `SyntaxWarning` the parser found (an invalid escape sequence in a
/// literal): CPython's message and where it points (CPython reports the
/// line holding `range.start`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SyntaxWarning {
    /// The message, in CPython 3.14's wording.
    pub message: String,
    /// Where the warning points.
    pub range: taipan_source::TextRange,
}

/// [`parse`], also returning the `SyntaxWarning`s found, in source order.
pub fn parse_with_warnings(
    source: &str,
    options: &ParseOptions,
) -> (Result<taipan_ast::Mod, SyntaxError>, Vec<SyntaxWarning>) {
    parser::Parser::new(source, options).parse_mod_with_warnings(options.mode)
}
