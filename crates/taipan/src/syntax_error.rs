//! Showing a syntax error the way CPython 3.14 prints an uncaught one.
//!
//! When `python3.14 FILE.py` fails to compile, no frame has run yet, so the
//! traceback has no `Traceback (most recent call last):` header: it is the
//! four lines `traceback.TracebackException._format_syntax_error` yields:
//!
//! ```text
//!   File "NAME", line N
//!     <the source line, leading spaces and form feeds stripped>
//!     <spaces (tabs kept) then '^' from offset to end_offset>
//! SyntaxError: message
//! ```
//!
//! Offsets are 1-based character columns. A range that ends on a later line
//! is underlined to the end of its first line; an empty or reversed range
//! gets one caret; offsets past the end of the line are clamped to just
//! after its last character. A caret that would fall inside the stripped
//! indentation drops the caret line altogether.
//!
//! Before showing a bare `invalid syntax`, CPython 3.14 looks for a
//! misspelled keyword (see [`crate::keyword_typo`]).

use taipan_source::{Placement, SyntaxError, SyntaxErrorType};

use crate::keyword_typo::find_keyword_typo;

/// The text CPython 3.14 writes to stderr for an uncaught `err` raised while
/// compiling `source` (the decoded text) as a string under `filename`: what
/// `-c`, `ast.parse` and `python -m ast` show.
pub fn format_syntax_error(filename: &str, source: &str, err: &SyntaxError) -> String {
    format_as(filename, source, err, false)
}

/// The text `python3.14 FILE` writes for `err` in the script `FILE`. The
/// file tokenizer differs from the string one in two ways that show: an
/// error found at the end of the input (a block with no body, a dangling
/// backslash) has no column, so no caret line; and the keyword-typo hint
/// only looks at names on the error's line.
pub fn format_script_syntax_error(filename: &str, source: &str, err: &SyntaxError) -> String {
    format_as(filename, source, err, true)
}

/// The text CPython 3.14 writes for a `SyntaxWarning` raised while compiling
/// `source` under `filename` (`warnings.formatwarning`): `FILE:LINE:
/// SyntaxWarning: MESSAGE`, then the stripped source line when `linecache`
/// can read it, that is for a script file, not for `<string>` or `<stdin>`.
pub fn format_syntax_warning(
    filename: &str,
    source: &str,
    message: &str,
    range: taipan_source::TextRange,
) -> String {
    let lines = Lines::new(source);
    let (lineno, _) = lines.position(range.start);
    let mut out = format!("{filename}:{lineno}: SyntaxWarning: {message}\n");
    if !filename.starts_with('<') {
        if let Some(line) = lines.text(lineno) {
            let line = line.trim_matches(is_py_space);
            if !line.is_empty() {
                out.push_str(&format!("  {line}\n"));
            }
        }
    }
    out
}

/// The message of a NUL byte in a script.
const NULL_BYTES: &str = "source code cannot contain null bytes";

fn format_as(filename: &str, source: &str, err: &SyntaxError, script: bool) -> String {
    match err.placement {
        // No position to show: a MemoryError (the parser's stack guard) is
        // no SyntaxError, and an unusable declared encoding fails before
        // the file tokenizer has a line.
        _ if err.error_type == SyntaxErrorType::MemoryError => {
            return format!("MemoryError: {}\n", err.message);
        }
        Placement::Nowhere => return format!("{}: {}\n", err.error_type.name(), err.message),
        _ => {}
    }
    let lines = Lines::new(source);
    let (mut lineno, col) = lines.position(err.range.start);
    let (mut end_lineno, end_col) = lines.position(err.range.end);
    let mut no_column = false;
    if script && at_end_marker(source, err) {
        // The file tokenizer never starts a line after the last one: the
        // end marker stands on the last line read, with no column.
        if source.ends_with(['\n', '\r']) {
            lineno = lineno.saturating_sub(1).max(1);
            end_lineno = lineno;
        }
        no_column = true;
    }
    // The line as `SyntaxError.text` holds it: with a `\n` newline. A
    // position past the last line (an error at end of file) has no text.
    let mut text = lines.text(lineno).map(|line| format!("{line}\n"));
    no_column |= script && at_end_of_input(source, err, text.as_deref());
    if script && err.message == NULL_BYTES {
        // The file tokenizer's line is a C string: it ends at the NUL.
        text = text.map(|t| t.split('\0').next().unwrap_or("").to_string());
        no_column = true;
    }
    // A byte order mark is never part of the line CPython shows.
    if lineno == 1 {
        text = text.map(|t| t.trim_start_matches('\u{feff}').to_string());
    }
    no_column |= err.placement == Placement::NoColumn;
    let header_lineno = match err.placement {
        Placement::HeaderLine(line) => line,
        _ => lineno,
    };
    let mut shown = ShownError {
        filename,
        header_lineno,
        lineno,
        end_lineno,
        text: text.clone(),
        offset: (!no_column).then_some(i64::from(col) + 1),
        end_offset: i64::from(end_col) + 1,
        type_name: err.error_type.name(),
        message: err.message.clone(),
    };
    // `traceback` looks for a keyword typo only when there is a text line.
    if text.is_some() {
        if let Some(typo) = find_keyword_typo(source, &err.message, lineno, script) {
            shown.header_lineno = typo.lineno;
            shown.lineno = typo.lineno;
            shown.end_lineno = typo.lineno;
            shown.text = Some(typo.text);
            shown.offset = Some(i64::from(typo.offset));
            shown.end_offset = i64::from(typo.end_offset);
            shown.message = typo.message;
        }
    }
    shown.render()
}

/// Whether `err` is the generic error (or an unexpected unindent) at the
/// end marker: the input ended where a statement was still expected, as
/// after a lone decorator.
fn at_end_marker(source: &str, err: &SyntaxError) -> bool {
    matches!(
        err.message.as_str(),
        "invalid syntax" | "unexpected unindent"
    ) && err.range.is_empty()
        && err.range.start as usize == source.len()
        && !source.is_empty()
}

/// Whether `err` is one the file tokenizer reports at end of input, where
/// its position has no column: a missing indented block with nothing but
/// blanks and comments after it, or an unexpected end of file after a
/// backslash alone on its line (after `x + \\` the column is kept).
fn at_end_of_input(source: &str, err: &SyntaxError, text: Option<&str>) -> bool {
    let rest = source.get(err.range.start as usize..).unwrap_or("");
    let blank_after = rest.lines().all(|l| {
        let t = l.trim_start_matches([' ', '\t', '\x0c', '\r', '\\']);
        t.is_empty() || t.starts_with('#')
    });
    if err.message.starts_with("expected an indented block") {
        blank_after
    } else if err.message == "unexpected EOF while parsing" {
        blank_after && text.is_some_and(|t| t.trim() == "\\")
    } else {
        false
    }
}

/// The lines of a source as CPython reads a file: universal newlines, so
/// `\r\n`, a lone `\r` and `\n` each end a line.
struct Lines<'a> {
    source: &'a str,
    /// Byte offset where each line starts.
    starts: Vec<usize>,
}

impl<'a> Lines<'a> {
    fn new(source: &'a str) -> Self {
        let bytes = source.as_bytes();
        let mut starts = vec![0];
        let mut i = 0;
        while i < bytes.len() {
            match bytes[i] {
                b'\r' if bytes.get(i + 1) == Some(&b'\n') => i += 1,
                b'\r' | b'\n' => {}
                _ => {
                    i += 1;
                    continue;
                }
            }
            i += 1;
            starts.push(i);
        }
        Self { source, starts }
    }

    /// The 1-based line and 0-based character column of byte `offset`; a
    /// column inside a line's terminator counts the terminator as one
    /// character, the `\n` CPython reads there.
    fn position(&self, offset: u32) -> (u32, u32) {
        let offset = (offset as usize).min(self.source.len());
        let i = self.starts.partition_point(|&s| s <= offset) - 1; // starts[0] == 0
        let start = self.starts[i];
        let content_end = self.content_end(i);
        let col = if offset <= content_end {
            self.chars(start, offset)
        } else {
            self.chars(start, content_end) + 1
        };
        (i as u32 + 1, col)
    }

    /// The text of 1-based line `lineno`, without its terminator; `None` for
    /// the empty "line" after a final newline, or past the end.
    fn text(&self, lineno: u32) -> Option<&'a str> {
        let i = (lineno as usize).checked_sub(1)?;
        let start = *self.starts.get(i)?;
        if start == self.source.len() && i > 0 {
            return None;
        }
        self.source.get(start..self.content_end(i))
    }

    /// Where line `i`'s content ends (its terminator starts).
    fn content_end(&self, i: usize) -> usize {
        let Some(&next) = self.starts.get(i + 1) else {
            return self.source.len();
        };
        let bytes = self.source.as_bytes();
        if next >= 2 && bytes[next - 2] == b'\r' && bytes[next - 1] == b'\n' {
            next - 2
        } else {
            next - 1
        }
    }

    /// Characters in `source[from..to]` (bytes if that is not a boundary).
    fn chars(&self, from: usize, to: usize) -> u32 {
        let count = self
            .source
            .get(from..to)
            .map_or(to.saturating_sub(from), |s| s.chars().count());
        count as u32
    }
}

/// The fields of a `SyntaxError` that its display uses.
struct ShownError<'a> {
    filename: &'a str,
    /// The line number the `File` line names (CPython's own quirks aside,
    /// the line of `text`).
    header_lineno: u32,
    lineno: u32,
    end_lineno: u32,
    text: Option<String>,
    /// `None` when the error has no column: the line is shown, no carets.
    offset: Option<i64>,
    end_offset: i64,
    type_name: &'a str,
    message: String,
}

impl ShownError<'_> {
    /// The four (or fewer) lines of the display.
    fn render(&self) -> String {
        let mut out = format!(
            "  File \"{}\", line {}\n",
            self.filename, self.header_lineno
        );
        if let Some(text) = &self.text {
            self.render_text(text, &mut out);
        }
        let msg = if self.message.is_empty() {
            "<no detail available>"
        } else {
            &self.message
        };
        out.push_str(&format!("{}: {}\n", self.type_name, msg));
        out
    }

    /// The source line and, when it falls inside the shown text, the carets.
    fn render_text(&self, text: &str, out: &mut String) {
        let rtext = text.trim_end_matches('\n');
        let ltext = rtext.trim_start_matches([' ', '\n', '\x0c']);
        let text_len = text.chars().count() as i64;
        let rtext_len = rtext.chars().count() as i64;
        let spaces = rtext_len - ltext.chars().count() as i64;
        let Some(mut offset) = self.offset else {
            out.push_str("    ");
            out.push_str(ltext);
            out.push('\n');
            return;
        };
        let mut end_offset = if self.lineno == self.end_lineno {
            if self.end_offset != 0 {
                self.end_offset
            } else {
                offset
            }
        } else {
            rtext_len + 1
        };
        if !text.is_empty() && offset > text_len {
            offset = rtext_len + 1;
        }
        if !text.is_empty() && end_offset > text_len {
            end_offset = rtext_len + 1;
        }
        if offset >= end_offset || end_offset < 0 {
            end_offset = offset + 1;
        }
        let colno = offset - 1 - spaces;
        let end_colno = end_offset - 1 - spaces;
        out.push_str("    ");
        out.push_str(ltext);
        out.push('\n');
        if colno >= 0 {
            out.push_str("    ");
            let lead = ltext.chars().take(colno as usize);
            out.extend(lead.map(|c| if is_py_space(c) { c } else { ' ' }));
            let carets = (end_colno - colno).max(0) as usize;
            out.extend(std::iter::repeat_n('^', carets));
            out.push('\n');
        }
    }
}

/// `str.isspace()` for one character: Unicode White_Space plus the ASCII
/// separators Python counts (0x1c..=0x1f).
fn is_py_space(c: char) -> bool {
    c.is_whitespace() || ('\x1c'..='\x1f').contains(&c)
}

#[cfg(test)]
mod tests {
    use super::*;
    use taipan_source::{SyntaxErrorType, TextRange};

    fn show(source: &str, start: u32, end: u32, msg: &str) -> String {
        let err = SyntaxError::new(msg, TextRange::new(start, end));
        format_syntax_error("f.py", source, &err)
    }

    #[test]
    fn one_caret_under_the_bracket() {
        let got = show("x = (1,\n", 4, 5, "'(' was never closed");
        let want =
            "  File \"f.py\", line 1\n    x = (1,\n        ^\nSyntaxError: '(' was never closed\n";
        assert_eq!(got, want);
    }

    #[test]
    fn indentation_is_stripped_and_tabs_kept() {
        let got = show("if x:\n    a\tb c\n", 14, 15, "invalid syntax");
        assert_eq!(got.lines().nth(1), Some("    a\tb c"));
        assert_eq!(got.lines().nth(2), Some("     \t  ^"));
    }

    #[test]
    fn multi_line_range_runs_to_end_of_first_line() {
        let got = show("f(a\n  b)\n", 0, 7, "m");
        assert_eq!(got.lines().nth(2), Some("    ^^^"));
    }

    #[test]
    fn empty_range_gets_one_caret_and_type_name() {
        let mut err = SyntaxError::new("unindent", TextRange::empty(0));
        err.error_type = SyntaxErrorType::IndentationError;
        let got = format_syntax_error("f.py", "pass\n", &err);
        assert!(got.ends_with("    pass\n    ^\nIndentationError: unindent\n"));
    }

    #[test]
    fn crlf_and_lone_cr_end_lines() {
        let got = show("x = 1\r\nif x\r\n", 11, 13, "expected ':'");
        assert_eq!(got.lines().nth(1), Some("    if x"));
        assert_eq!(got.lines().nth(2), Some("        ^"));
        let got = show("x = 1\ry = (2, 3]\rz\r", 15, 16, "m");
        assert!(got.starts_with("  File \"f.py\", line 2\n    y = (2, 3]\n             ^\n"));
    }

    #[test]
    fn error_at_end_of_file_has_no_text() {
        let got = show("x = (\n", 6, 6, "m");
        assert_eq!(got, "  File \"f.py\", line 2\nSyntaxError: m\n");
    }

    #[test]
    fn scripts_show_no_column_for_errors_at_end_of_input() {
        let mut err = SyntaxError::new(
            "expected an indented block after 'if' statement on line 1",
            TextRange::new(5, 6),
        );
        err.error_type = SyntaxErrorType::IndentationError;
        let script = format_script_syntax_error("f.py", "if x:\n", &err);
        assert_eq!(
            script,
            "  File \"f.py\", line 1\n    if x:\nIndentationError: \
             expected an indented block after 'if' statement on line 1\n"
        );
        let string = format_syntax_error("<string>", "if x:\n", &err);
        assert!(string.contains("    if x:\n         ^\n"));
    }

    #[test]
    fn null_bytes_cut_the_line_and_have_no_column() {
        let err = SyntaxError::new(NULL_BYTES, TextRange::new(5, 6));
        let got = format_script_syntax_error("f.py", "x = 1\0y\n", &err);
        assert_eq!(
            got,
            format!("  File \"f.py\", line 1\n    x = 1\nSyntaxError: {NULL_BYTES}\n")
        );
    }

    #[test]
    fn warnings_show_the_stripped_line_of_a_script() {
        let source = "if x:\n    y = '\\d'\n";
        let range = TextRange::new(14, 18);
        let got = format_syntax_warning("/d/f.py", source, "bad escape", range);
        assert_eq!(got, "/d/f.py:2: SyntaxWarning: bad escape\n  y = '\\d'\n");
        let got = format_syntax_warning("<string>", source, "bad escape", range);
        assert_eq!(got, "<string>:2: SyntaxWarning: bad escape\n");
    }

    #[test]
    fn non_ascii_columns_count_characters() {
        let got = show("é = (\n", 5, 6, "m");
        assert_eq!(got.lines().nth(2), Some("        ^"));
    }
}
