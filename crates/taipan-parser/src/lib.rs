//! The parser: the third stage of Taipan's pipeline (tokens → AST).
//!
//! A hand-written recursive-descent parser for CPython 3.14's grammar
//! (`Grammar/python.gram`), producing the AST of `taipan_ast` exactly as
//! CPython's PEG parser does: same node kinds, field values and positions,
//! and CPython's syntax error messages.
//!
//! The whole token stream is read first into a buffer ([`parser::Parser`]),
//! so lookahead and the few places that need backtracking (soft keywords,
//! `match` statements) are cheap. Expressions use precedence climbing;
//! assignment targets are parsed as expressions and then checked and turned
//! into `Store`/`Del` context, which is where CPython's "cannot assign to"
//! messages come from.

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

/// The message of the error for sources nested too deeply to parse.
/// CPython raises it as a `MemoryError`, not a `SyntaxError`: a caller
/// that shows errors should print `MemoryError: <message>` for it.
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
