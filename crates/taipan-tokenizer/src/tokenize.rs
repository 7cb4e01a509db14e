//! What `python3.14 -m tokenize [-e] FILE` prints for a decoded source:
//! the C tokenizer's tokens in tokenize mode, adjusted the way
//! `Python/Python-tokenize.c` adjusts them (NEWLINE and NL strings, the
//! position of trailing DEDENTs and ENDMARKER), formatted as
//! `Lib/tokenize.py` prints them.

use std::fmt::Write as _;

use taipan_source::LineIndex;

use crate::{py_repr_str, LexError, LexErrorKind, TokenKind, Tokenizer, TokenizerOptions};

/// Tokenize `text` as the `tokenize` module does and format every token
/// line (without the ENCODING line). On failure, returns the error line
/// (`FILE:LINE:COL: error: MSG`) that `tokenize` prints on stderr.
pub fn tokenize_lines(filename: &str, text: &str, exact: bool) -> Result<String, String> {
    let options = TokenizerOptions {
        type_comments: false,
        extra_tokens: true,
    };
    let mut tokenizer = Tokenizer::new(text, options);
    let index = LineIndex::new(text);
    let len = text.len() as u32;
    let implicit_nl = !text.is_empty() && !text.ends_with('\n');
    let line_count = text.bytes().filter(|&b| b == b'\n').count() as u32 + u32::from(implicit_nl);
    let mut out = String::new();
    loop {
        let tok = match tokenizer.next_token_detailed() {
            Ok(tok) => tok,
            Err(err) => return Err(error_line(filename, text, &index, &err)),
        };
        let r = tok.range;
        let mut string = &text[r.as_usize()];
        let start = index.line_char_col(text, r.start);
        let (mut sl, mut sc) = (start.line, start.col);
        let (el, ec);
        let trailing = tok.kind == TokenKind::EndMarker
            || (tok.kind == TokenKind::Dedent && r.start >= len && len > 0);
        match tok.kind {
            _ if trailing => {
                sl = line_count + 1;
                sc = 0;
                el = sl;
                ec = 0;
            }
            TokenKind::Newline => {
                let end = index.line_char_col(text, r.end);
                el = end.line;
                ec = end.col + 1;
                let is_implicit = implicit_nl && r.end == len;
                if !is_implicit {
                    string = if string.starts_with('\r') {
                        "\r\n"
                    } else {
                        "\n"
                    };
                }
            }
            TokenKind::Nl => {
                el = sl;
                if implicit_nl && r.end == len {
                    string = "";
                    ec = index.line_char_col(text, len).col + 1;
                } else {
                    ec = index.line_char_col(text, r.end.saturating_sub(1)).col + 1;
                }
            }
            _ => {
                let end = index.line_char_col(text, r.end);
                el = end.line;
                ec = end.col;
            }
        }
        let kind = if !exact && tok.kind.is_operator() || string == "<>" {
            TokenKind::Op
        } else {
            tok.kind
        };
        let range = format!("{sl},{sc}-{el},{ec}:");
        let _ = writeln!(
            out,
            "{range:<20}{:<15}{:<15}",
            kind.name(),
            py_repr_str(string)
        );
        if tok.kind == TokenKind::EndMarker {
            return Ok(out);
        }
    }
}

/// The stderr line for a tokenizer error, as `tokenize`'s `main` prints it.
fn error_line(filename: &str, text: &str, index: &LineIndex, err: &LexError) -> String {
    let line_len = |line: u32| -> u32 {
        // CPython counts the line's characters and its newline.
        index.line_text(text, line).chars().count() as u32 + 1
    };
    let cursor_line = index.line_col(err.cursor.saturating_sub(1)).line;
    let (line, col, msg) = match &err.kind {
        LexErrorKind::NullBytes => {
            return format!("{filename}: error: source code cannot contain null bytes");
        }
        LexErrorKind::Syntax => {
            let pos = index.line_char_col(text, err.error.range.start);
            let msg = if err
                .error
                .message
                .starts_with("unterminated triple-quoted string literal")
            {
                "EOF in multi-line string".to_string()
            } else {
                err.error.message.clone()
            };
            (pos.line, pos.col + 1, msg)
        }
        LexErrorKind::Eof { in_token } => {
            let implicit = !text.is_empty() && !text.ends_with('\n');
            let lines = text.bytes().filter(|&b| b == b'\n').count() as u32 + u32::from(implicit);
            let col = if *in_token { line_len(lines) } else { 0 };
            (
                lines,
                col,
                "unexpected EOF in multi-line statement".to_string(),
            )
        }
        LexErrorKind::Dedent
        | LexErrorKind::TabSpace
        | LexErrorKind::TooDeep
        | LexErrorKind::LineCont => (
            cursor_line,
            line_len(cursor_line),
            err.error.message.clone(),
        ),
    };
    format!("{filename}:{line}:{col}: error: {msg}")
}
