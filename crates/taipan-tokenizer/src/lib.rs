//! The tokenizer: the second stage of Taipan's pipeline (source → tokens).
//!
//! Produces exactly the tokens CPython 3.14's C tokenizer produces, with the
//! same token types (`token.tok_name`), so the parser sees what CPython's
//! parser sees and `taipan -m tokenize` prints what `python3.14 -m tokenize`
//! prints.
//!
//! # Modes
//!
//! * Parser mode (`extra_tokens: false`, the default): no COMMENT, NL or
//!   ENCODING tokens; NAME for every name and keyword; operators carry their
//!   exact kind (never `OP`, except for a stray character such as `$` or `?`,
//!   which CPython also passes to the parser as `OP` and which the parser
//!   reports as "invalid syntax"). With `type_comments`, `# type: ...`
//!   comments become TYPE_COMMENT tokens (range: the text after `type:` and
//!   its spaces) and `# type: ignore...` TYPE_IGNORE tokens (range: what
//!   follows the word `ignore`). Lone `\r` counts as a newline, as CPython
//!   translates it; `\r\n` stays in the text.
//! * Tokenize mode (`extra_tokens: true`): what the `tokenize` module gets
//!   from the C tokenizer (COMMENT and NL tokens, no identifier or
//!   number-suffix checks, `\r` kept as it is).
//!
//! # Token ranges
//!
//! Ranges are byte offsets into the source. A source whose last line has no
//! newline is tokenized as if it had one (CPython appends it); tokens that
//! would cover that virtual newline (the last NEWLINE or NL) are clamped to
//! the end of the source, so they may be empty.
//!
//! * STRING: the whole literal, prefix and quotes included.
//! * FSTRING_START / TSTRING_START: prefix and opening quote(s).
//! * FSTRING_MIDDLE / TSTRING_MIDDLE: raw source text of a literal part,
//!   backslash escapes *not* decoded. A doubled `{{` or `}}` ends a middle
//!   token: the token includes the first brace and the second is skipped
//!   (so `f"a{{b"` gives middles `a{` and `b`). Middles may be empty (e.g.
//!   an empty format spec after a nested field). The parser must decode
//!   escapes (unless raw) and translate `\r\n` to `\n`, as for STRING.
//! * FSTRING_END / TSTRING_END: the closing quote(s).
//! * INDENT: the indentation whitespace; DEDENT: empty, before the token.
//! * NEWLINE: as in CPython, it leaves the `\n` out: empty at the `\n`
//!   (the `\r` of `\r\n`; in parser mode, from the `#` of a comment before
//!   it). NL (tokenize mode): the newline itself. ENDMARKER: empty, at the
//!   end.

//!
//! # Errors
//!
//! [`Tokenizer::next_token`] returns CPython's `SyntaxError`,
//! `IndentationError` or `TabError` with its message and a range whose
//! start gives CPython's line and 1-based offset (`SyntaxError.offset` is
//! the character column of `range.start` plus one). Errors CPython reports
//! through an `E_*` code rather than an exception (end of input in
//! brackets, bad dedent, tabs, `\` continuation) are marked by
//! [`LexErrorKind`] in [`Tokenizer::next_token_detailed`], because the
//! parser reports them only when it reaches that token and the `tokenize`
//! module words and places them differently. After an error or ENDMARKER
//! the tokenizer keeps returning it.
//!
//! # Known differences from CPython
//!
//! * SyntaxWarnings (a number glued to a keyword, `\{` in an f-string) are
//!   collected ([`Tokenizer::warnings`]), not printed.
//! * Offsets CPython puts past the end of a line (some line-continuation
//!   errors after an earlier `\`) are clamped to the line's newline.

mod error;
mod fstring;
mod lexer;
mod number;
mod repr;
#[cfg(test)]
mod tests;
mod token;
pub mod tokenize;

pub use error::{LexError, LexErrorKind, LexWarning};
pub use lexer::Tokenizer;
pub use repr::{is_printable, py_repr_str};
pub use token::{Token, TokenKind};

/// What the tokenizer produces besides the tokens the parser needs.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct TokenizerOptions {
    /// Turn `# type: ...` comments into TYPE_COMMENT / TYPE_IGNORE tokens.
    pub type_comments: bool,
    /// Tokenize-module mode: COMMENT and NL tokens, CPython's lenient checks.
    pub extra_tokens: bool,
}

/// Tokenize all of `source` in parser mode (mainly for tests and tools).
pub fn tokenize_all(source: &str, options: TokenizerOptions) -> Result<Vec<Token>, LexError> {
    let mut tokenizer = Tokenizer::new(source, options);
    let mut tokens = Vec::new();
    loop {
        let tok = tokenizer.next_token_detailed()?;
        tokens.push(tok);
        if tok.kind == TokenKind::EndMarker {
            return Ok(tokens);
        }
    }
}
