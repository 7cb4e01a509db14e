//! The location CPython 3.14 puts in a `SyntaxError`'s `args` when the
//! parser or the tokenizer fails: `(filename, lineno, offset, text,
//! end_lineno, end_offset)`.
//!
//! The front end gives a byte range; what CPython reports around it depends
//! on who raised the error and on how the source was read:
//!
//! - `text` is the line as the tokenizer's buffer held it. A file is read
//!   line by line with its newline; `compile(..., 'exec')` appends a
//!   newline to a string lacking one, `eval` and `single` do not. The
//!   tokenizer's own errors quote the line without its newline, and so does
//!   an unclosed bracket found at the end of a later line.
//! - An error at the end marker, or (for `eval`/`single`) at the newline
//!   CPython makes up for a last line lacking one, has no column: offset
//!   and end offset 0, on the last line.
//! - Errors raised with no end report `end_offset` 0 (an unclosed bracket,
//!   tabs, nesting, a line continuation) or -1 (indentation errors and an
//!   unexpected end of file), on the start line.

use taipan_source::{Origin, SyntaxError, SyntaxErrorType};

/// How a source reached the parser.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum SourceInput {
    /// A module file (import, `py_compile`): lines as the file holds them.
    File,
    /// A string compiled in `exec` mode: a newline is appended if missing.
    Exec,
    /// A string compiled in `eval` or `single` mode, taken as it is.
    Expr,
}

/// The location fields of a `SyntaxError`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct SyntaxLocation {
    /// 1-based line of the start.
    pub lineno: i64,
    /// 1-based character column of the start (0: no column).
    pub offset: i64,
    /// The quoted line, if any.
    pub text: Option<String>,
    /// 1-based line of the end.
    pub end_lineno: i64,
    /// 1-based character column just past the end (0 or -1: no end).
    pub end_offset: i64,
}

/// The location CPython reports for front-end error `e` in `source`.
pub(crate) fn parse_error_location(
    e: &SyntaxError,
    source: &str,
    input: SourceInput,
) -> SyntaxLocation {
    let lines = SourceLines::new(source, input == SourceInput::Exec);
    let last = lines.last_line();
    let (mut lineno, col) = lines.position(e.range.start as usize);
    let (mut end_lineno, mut end_col) = if e.range.is_empty() {
        (lineno, col)
    } else {
        let (l, c) = lines.position(e.range.end as usize - 1);
        (l, c + 1)
    };
    let mut offset = col as i64 + 1;
    let len = source.len();
    let bare_end = len > 0 && !source.ends_with(['\n', '\r']);
    let at_end_marker = e.range.is_empty()
        && e.range.start as usize == len
        && len > 0
        && matches!(e.message.as_str(), "invalid syntax" | "unexpected unindent");
    if at_end_marker {
        // The end marker: no column, on the last line read.
        lineno = last;
        end_lineno = last;
        offset = 0;
        end_col = usize::MAX;
    } else if e.range.start as usize >= len && e.origin == Origin::Parser {
        end_lineno = lineno;
        let generic = e.message == "invalid syntax";
        match input {
            // A specific error at the end: CPython counts the column from
            // the tokenizer's cursor, past the line's last character.
            _ if !generic && (!bare_end || input == SourceInput::Expr) => {
                offset = col as i64;
                end_col = usize::MAX - 1;
            }
            _ if !bare_end => {}
            // The newline CPython makes up for a last line that lacks one.
            SourceInput::Exec => end_col = col + 1,
            SourceInput::File => end_col = col,
            SourceInput::Expr => {
                offset = 0;
                end_col = usize::MAX;
            }
        }
    }
    if e.message.starts_with("multiple statements found") && e.range.is_empty() {
        // CPython points at the first statement's NEWLINE token.
        end_col = col + 1;
    }
    let mut end_offset = match end_col {
        usize::MAX => 0,
        c if c == usize::MAX - 1 => -1,
        c => c as i64 + 1,
    };
    // An indentation error the parser raises at a token with no end: an
    // INDENT, a NEWLINE or the end marker (not a real token).
    let blank = source
        .get(e.range.start as usize..e.range.end as usize)
        .is_none_or(|t| t.trim().is_empty());
    let no_end_token = e.origin == Origin::NoEndToken
        || (e.origin == Origin::Parser
            && e.error_type == SyntaxErrorType::IndentationError
            && blank);
    match e.origin {
        Origin::NoEnd => end_offset = 0,
        _ if no_end_token => end_offset = -1,
        _ => {}
    }
    if matches!(e.origin, Origin::NoEnd | Origin::NoEndToken) || no_end_token {
        end_lineno = lineno;
    }
    let keep_newline = match e.origin {
        Origin::Tokenizer => false,
        // The tokenizer read on to the end of the input.
        Origin::NoEnd if e.message.ends_with("was never closed") => {
            input == SourceInput::File || lineno >= last
        }
        _ => true,
    };
    let text = lines.text(lineno, keep_newline);
    if end_offset == -1 {
        end_lineno = lineno;
    }
    SyntaxLocation {
        lineno: lineno as i64,
        offset,
        text,
        end_lineno: end_lineno as i64,
        end_offset,
    }
}

/// A source cut into lines, with the newline `exec` mode appends.
struct SourceLines<'a> {
    source: &'a str,
    /// Byte offset where each line starts.
    starts: Vec<usize>,
    /// Whether a missing final newline counts as present.
    add_newline: bool,
}

impl<'a> SourceLines<'a> {
    fn new(source: &'a str, add_newline: bool) -> Self {
        let mut starts = vec![0];
        for (i, b) in source.bytes().enumerate() {
            if b == b'\n' && i + 1 < source.len() {
                starts.push(i + 1);
            }
        }
        Self {
            source,
            starts,
            add_newline,
        }
    }

    /// The 1-based number of the last line holding any character.
    fn last_line(&self) -> usize {
        self.starts.len()
    }

    /// The 1-based line and 0-based character column of byte `at`; past
    /// the end is the column after the last character.
    fn position(&self, at: usize) -> (usize, usize) {
        let at = at.min(self.source.len());
        // starts[0] == 0, so the partition point is at least 1.
        let i = self.starts.partition_point(|&s| s <= at) - 1;
        let start = self.starts[i];
        let col = self
            .source
            .get(start..at)
            .map_or(at - start, |s| s.chars().count());
        (i + 1, col)
    }

    /// Line `lineno` (1-based), with or without its newline.
    fn text(&self, lineno: usize, keep_newline: bool) -> Option<String> {
        let start = *self.starts.get(lineno.checked_sub(1)?)?;
        let end = self
            .starts
            .get(lineno)
            .copied()
            .unwrap_or(self.source.len());
        let line = self.source.get(start..end)?;
        let bare = line.trim_end_matches(['\n', '\r']);
        if !keep_newline {
            return Some(bare.to_owned());
        }
        if line.len() == bare.len() && !self.add_newline {
            return Some(bare.to_owned());
        }
        // CPython reads `\r\n` as `\n`.
        Some(format!("{bare}\n"))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use taipan_source::TextRange;

    fn loc(src: &str, start: u32, end: u32, msg: &str, input: SourceInput) -> SyntaxLocation {
        let e = SyntaxError::new(msg, TextRange::new(start, end));
        parse_error_location(&e, src, input)
    }

    #[test]
    fn implicit_newline_depends_on_the_mode() {
        let exec = loc("1 +", 3, 4, "invalid syntax", SourceInput::Exec);
        assert_eq!((exec.offset, exec.end_offset), (4, 5));
        assert_eq!(exec.text.as_deref(), Some("1 +\n"));
        let eval = loc("1 +", 3, 4, "invalid syntax", SourceInput::Expr);
        assert_eq!((eval.offset, eval.end_offset), (0, 0));
        assert_eq!(eval.text.as_deref(), Some("1 +"));
    }

    #[test]
    fn end_marker_has_no_column() {
        let l = loc("@dec\n", 5, 5, "invalid syntax", SourceInput::Exec);
        assert_eq!((l.lineno, l.offset, l.end_offset), (1, 0, 0));
    }

    #[test]
    fn unclosed_bracket_has_no_end() {
        let e = SyntaxError::new("'[' was never closed", TextRange::empty(4))
            .from_origin(Origin::NoEnd);
        let l = parse_error_location(&e, "x = [\n1,\n", SourceInput::Exec);
        assert_eq!((l.offset, l.end_offset), (5, 0));
        assert_eq!(l.text.as_deref(), Some("x = ["));
    }
}
