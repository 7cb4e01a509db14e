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
    let mut cols = ColumnCache::new(text, &index);
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
        let start = cols.at(r.start);
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
                let end = cols.at(r.end);
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
                    ec = cols.at(len).col + 1;
                } else {
                    ec = cols.at(r.end.saturating_sub(1)).col + 1;
                }
            }
            _ => {
                let end = cols.at(r.end);
                el = end.line;
                ec = end.col;
            }
        }
        let odd_op = string == "<>" || (tok.kind.is_operator() && string.starts_with('\r'));
        let kind = if !exact && tok.kind.is_operator() || odd_op {
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
    // CPython counts from its line buffer's start to the end of the line
    // read last, newline included (also the one it adds at the end).
    let buffer_len = |end: usize| -> u32 {
        let start = (err.buffer_start as usize).min(end);
        text.get(start..end).map_or(0, |t| t.chars().count() as u32)
    };
    let line_end = |pos: usize| -> usize {
        let nl = text.as_bytes()[pos.min(text.len())..]
            .iter()
            .position(|&b| b == b'\n');
        nl.map_or(text.len() + 1, |p| pos + p + 1)
    };
    let end_with_virtual = |end: usize| -> u32 {
        if end > text.len() {
            buffer_len(text.len()) + 1
        } else {
            buffer_len(end)
        }
    };
    let cursor_line = index.line_col(err.cursor.saturating_sub(1)).line;
    let (line, col, msg) = match &err.kind {
        LexErrorKind::NullBytes => {
            let msg = "source code cannot contain null bytes";
            let line = index.line_col(err.cursor).line;
            if line == 1 || (line == 2 && first_line_may_hold_cookie(text)) {
                return format!("{filename}: error: {msg}");
            }
            (line, 0, msg.to_string())
        }
        LexErrorKind::Undecodable => {
            let msg = &err.error.message;
            return format!("unexpected error: {msg}\nUnicodeDecodeError: {msg}");
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
            // CPython gives this one in bytes, not characters.
            let col = if *in_token {
                (text.len() + usize::from(implicit) - (err.buffer_start as usize).min(text.len()))
                    as u32
            } else {
                0
            };
            (
                lines,
                col,
                "unexpected EOF in multi-line statement".to_string(),
            )
        }
        LexErrorKind::Dedent
        | LexErrorKind::TabSpace
        | LexErrorKind::TooDeep
        | LexErrorKind::LineCont => {
            let end = line_end(err.cursor.saturating_sub(1) as usize);
            (
                cursor_line,
                end_with_virtual(end),
                err.error.message.clone(),
            )
        }
    };
    format!("{filename}:{line}:{col}: error: {msg}")
}

/// Everything `python3.14 -m tokenize [-e] FILE` prints for a file's bytes:
/// stdout (the ENCODING line, then every token), or the stderr line of a
/// failure (the module collects all tokens first, so nothing is printed to
/// stdout then).
pub fn tokenize_file(filename: &str, source: &[u8], exact: bool) -> Result<String, String> {
    let (encoding, body) = detect_encoding(filename, source)?;
    let codec = taipan_source::decode::lookup_codec(&encoding)
        .unwrap_or(taipan_source::decode::Codec::Utf8);
    let text = taipan_source::decode::decode_lossy(codec, body);
    let shown = if encoding == "utf-8-sig" {
        "utf-8"
    } else {
        encoding.as_str()
    };
    let mut out = format!(
        "{:<20}{:<15}{:<15}\n",
        "0,0-0,0:",
        "ENCODING",
        py_repr_str(shown)
    );
    out.push_str(&tokenize_lines(filename, &text, exact)?);
    Ok(out)
}

/// `tokenize.detect_encoding`: the encoding name and the bytes to decode
/// (without a UTF-8 BOM), or the error line `tokenize` prints.
fn detect_encoding<'a>(filename: &str, source: &'a [u8]) -> Result<(String, &'a [u8]), String> {
    let (bom, body) = match source.strip_prefix(b"\xEF\xBB\xBF".as_slice()) {
        Some(rest) => (true, rest),
        None => (false, source),
    };
    let default = if bom { "utf-8-sig" } else { "utf-8" };
    let fail = |msg: String| format!("{filename}: error: {msg}");
    let split = |b: &'a [u8]| -> (&'a [u8], &'a [u8]) {
        match b.iter().position(|&c| c == b'\n') {
            Some(p) => b.split_at(p + 1),
            None => (b, &[]),
        }
    };
    let (first, rest) = split(body);
    if first.is_empty() {
        return Ok((default.into(), body));
    }
    if let Some(enc) = find_cookie(filename, first, bom).map_err(fail)? {
        return Ok((enc, body));
    }
    if !is_blank_line(first) {
        return Ok((default.into(), body));
    }
    let (second, _) = split(rest);
    if second.is_empty() {
        return Ok((default.into(), body));
    }
    let enc = find_cookie(filename, second, bom).map_err(fail)?;
    Ok((enc.unwrap_or_else(|| default.into()), body))
}

/// `blank_re`: `^[ \t\f]*(?:[#\r\n]|$)`.
fn is_blank_line(line: &[u8]) -> bool {
    for &b in line {
        match b {
            b' ' | b'\t' | 0x0c => continue,
            b'#' | b'\r' | b'\n' => return true,
            _ => return false,
        }
    }
    true
}

/// `tokenize.detect_encoding`'s `find_cookie` for one line.
fn find_cookie(filename: &str, line: &[u8], bom: bool) -> Result<Option<String>, String> {
    let name = py_repr_str(filename);
    let Ok(text) = std::str::from_utf8(line) else {
        return Err(format!(
            "invalid or missing encoding declaration for {name}"
        ));
    };
    let Some(found) = cookie_match(text) else {
        return Ok(None);
    };
    // `tokenize._get_normal_name` folds names as the C tokenizer does.
    let encoding = taipan_source::decode::normal_encoding_name(found);
    if taipan_source::decode::lookup_codec(&encoding).is_none() {
        return Err(format!("unknown encoding for {name}: {encoding}"));
    }
    if bom {
        if encoding != "utf-8" {
            return Err(format!("encoding problem for {name}: utf-8"));
        }
        return Ok(Some("utf-8-sig".into()));
    }
    Ok(Some(encoding))
}

/// `cookie_re`: `^[ \t\f]*#.*?coding[:=][ \t]*([-\w.]+)` (ASCII `\w`).
fn cookie_match(line: &str) -> Option<&str> {
    let b = line.as_bytes();
    let mut i = 0;
    while i < b.len() && matches!(b[i], b' ' | b'\t' | 0x0c) {
        i += 1;
    }
    if b.get(i) != Some(&b'#') {
        return None;
    }
    let mut j = i + 1;
    while j + 6 < b.len() && b[j] != b'\n' && b[j] != b'\r' {
        if &b[j..j + 6] == b"coding" && matches!(b[j + 6], b':' | b'=') {
            let mut k = j + 7;
            while k < b.len() && matches!(b[k], b' ' | b'\t') {
                k += 1;
            }
            let begin = k;
            while k < b.len() && (b[k].is_ascii_alphanumeric() || b"-_.".contains(&b[k])) {
                k += 1;
            }
            if k > begin {
                return Some(&line[begin..k]);
            }
        }
        j += 1;
    }
    None
}

/// Whether line 1 is blank or a comment without a coding cookie (then
/// CPython's tokenizer still reads line 2 while detecting the encoding).
fn first_line_may_hold_cookie(text: &str) -> bool {
    let first = text.split('\n').next().unwrap_or("");
    is_blank_line(first.as_bytes()) && cookie_match(first).is_none()
}

/// Character columns of increasing offsets, counted incrementally so that
/// long lines do not make tokenizing quadratic.
struct ColumnCache<'a> {
    text: &'a str,
    index: &'a LineIndex,
    line_start: u32,
    offset: u32,
    col: u32,
}

impl<'a> ColumnCache<'a> {
    fn new(text: &'a str, index: &'a LineIndex) -> Self {
        Self {
            text,
            index,
            line_start: 0,
            offset: 0,
            col: 0,
        }
    }

    /// Line and character column of `offset`.
    fn at(&mut self, offset: u32) -> taipan_source::LineCol {
        let pos = self.index.line_col(offset);
        let line_start = offset - pos.col;
        if line_start != self.line_start || offset < self.offset {
            self.line_start = line_start;
            self.offset = line_start;
            self.col = 0;
        }
        let chunk = self
            .text
            .get(self.offset as usize..offset as usize)
            .map_or((offset - self.offset) as usize, |t| t.chars().count());
        self.col += chunk as u32;
        self.offset = offset;
        taipan_source::LineCol {
            line: pos.line,
            col: self.col,
        }
    }
}
