//! Backslash escapes of non-raw `str` and `bytes` bodies.
//!
//! `str` bodies are decoded as CPython decodes its ASCII rewrite of them
//! (see the module docs of `literal`): each character has a *virtual
//! width* — 1 for ASCII, 10 for a non-ASCII character (its `\UXXXXXXXX`
//! form) — and error positions are sums of those widths.

use super::names::lookup_name;
use super::{ErrorSpan, LiteralError, LiteralWarning};
use taipan_ast::Wtf8Buf;

/// Largest code point.
const MAX_UNICODE: u32 = 0x10FFFF;

/// A cursor over a body that knows each character's virtual position.
struct Cursor<'a> {
    body: &'a str,
    /// Byte index of the next character.
    pos: usize,
    /// Virtual position of the next character.
    vpos: usize,
}

impl Cursor<'_> {
    fn peek(&self) -> Option<char> {
        self.body[self.pos..].chars().next()
    }

    fn bump(&mut self) -> Option<char> {
        let c = self.peek()?;
        self.pos += c.len_utf8();
        self.vpos += if c.is_ascii() { 1 } else { 10 };
        Some(c)
    }
}

/// The first invalid escape of a body, kept for its warning.
#[derive(Default)]
pub(super) struct FirstInvalid(pub(super) Option<LiteralWarning>);

impl FirstInvalid {
    /// Record `"\c"` (a letter or digit escape that means nothing) at `offset`.
    pub(super) fn escape(&mut self, esc: &str, offset: usize) {
        self.record(esc, "", offset);
    }

    /// Record an octal escape above `\377` at `offset`.
    fn octal(&mut self, digits: &str, offset: usize) {
        self.record(digits, " octal", offset);
    }

    fn record(&mut self, esc: &str, what: &str, offset: usize) {
        if self.0.is_none() {
            self.0 = Some(LiteralWarning {
                message: format!(
                    "\"\\{esc}\" is an invalid{what} escape sequence. Such sequences will not \
                     work in the future. Did you mean \"\\\\{esc}\"? A raw string is also an \
                     option."
                ),
                offset: offset as u32,
            });
        }
    }
}

/// Decode a non-raw `str` body starting at byte `base` of its token.
pub(super) fn decode_str(
    body: &str,
    base: usize,
    warn: &mut FirstInvalid,
) -> Result<Wtf8Buf, LiteralError> {
    let mut out = Wtf8Buf::new();
    let mut cur = Cursor {
        body,
        pos: 0,
        vpos: 0,
    };
    while let Some(c) = cur.bump() {
        if c != '\\' {
            out.push_char(c);
            continue;
        }
        let start = cur.vpos - 1;
        let offset = base + cur.pos - 1;
        let fail = |message: &str, end: usize| {
            LiteralError::new(
                format!(
                    "(unicode error) 'unicodeescape' codec can't decode bytes in position \
                     {start}-{}: {message}",
                    end - 1
                ),
                offset,
                ErrorSpan::Token,
            )
        };
        let Some(e) = cur.peek().filter(char::is_ascii) else {
            // CPython rewrites a backslash before a non-ASCII character (or
            // at the very end) as `\u005c`: a plain backslash.
            cur.vpos += 5;
            out.push_char('\\');
            continue;
        };
        cur.bump();
        match e {
            '0'..='7' => {
                let (value, digits) = octal_escape(&mut cur, e);
                if value > 0o377 {
                    warn.octal(digits, offset);
                }
                out.push_code_point(value);
            }
            'x' | 'u' | 'U' => {
                let (count, message) = match e {
                    'x' => (2, "truncated \\xXX escape"),
                    'u' => (4, "truncated \\uXXXX escape"),
                    _ => (8, "truncated \\UXXXXXXXX escape"),
                };
                let value = hex_digits(&mut cur, count).map_err(|end| fail(message, end))?;
                if value > MAX_UNICODE {
                    return Err(fail("illegal Unicode character", cur.vpos));
                }
                out.push_code_point(value);
            }
            'N' => {
                let value = named_escape(&mut cur).map_err(|(msg, end)| fail(msg, end))?;
                out.push_code_point(value);
            }
            _ => match simple_escape(e) {
                Some(Some(b)) => out.push_char(b as char),
                Some(None) => {}
                None => {
                    warn.escape(&body[cur.pos - 1..cur.pos], offset);
                    out.push_char('\\');
                    out.push_char(e);
                }
            },
        }
    }
    Ok(out)
}

/// Decode a non-raw, all-ASCII `bytes` body starting at byte `base` of its
/// token.
pub(super) fn decode_bytes(
    body: &str,
    base: usize,
    warn: &mut FirstInvalid,
) -> Result<Vec<u8>, LiteralError> {
    let mut out = Vec::with_capacity(body.len());
    let mut cur = Cursor {
        body,
        pos: 0,
        vpos: 0,
    };
    while let Some(c) = cur.bump() {
        if c != '\\' {
            out.push(c as u8);
            continue;
        }
        let start = cur.pos - 1;
        let offset = base + start;
        let Some(e) = cur.bump() else {
            return Err(LiteralError::new(
                "(value error) Trailing \\ in string",
                offset,
                ErrorSpan::Token,
            ));
        };
        match e {
            '0'..='7' => {
                let (value, digits) = octal_escape(&mut cur, e);
                if value > 0o377 {
                    warn.octal(digits, offset);
                }
                out.push((value & 0xFF) as u8);
            }
            'x' => match hex_digits(&mut cur, 2) {
                Ok(value) => out.push(value as u8),
                Err(_) => {
                    return Err(LiteralError::new(
                        format!("(value error) invalid \\x escape at position {start}"),
                        offset,
                        ErrorSpan::Token,
                    ))
                }
            },
            _ => match simple_escape(e) {
                Some(Some(b)) => out.push(b),
                Some(None) => {}
                None => {
                    warn.escape(&body[cur.pos - e.len_utf8()..cur.pos], offset);
                    out.push(b'\\');
                    let mut buf = [0; 4];
                    out.extend_from_slice(e.encode_utf8(&mut buf).as_bytes());
                }
            },
        }
    }
    Ok(out)
}

/// The one-character escapes: `Some(Some(byte))`, `Some(None)` for a line
/// continuation, `None` if `e` is not one.
fn simple_escape(e: char) -> Option<Option<u8>> {
    Some(Some(match e {
        '\n' => return Some(None),
        '\\' => b'\\',
        '\'' => b'\'',
        '"' => b'"',
        'a' => 0x07,
        'b' => 0x08,
        'f' => 0x0C,
        'n' => b'\n',
        'r' => b'\r',
        't' => b'\t',
        'v' => 0x0B,
        _ => return None,
    }))
}

/// An octal escape whose first digit `first` was read: its value and its
/// digits (up to three).
fn octal_escape<'a>(cur: &mut Cursor<'a>, first: char) -> (u32, &'a str) {
    let begin = cur.pos - 1;
    let mut value = first as u32 - '0' as u32;
    for _ in 0..2 {
        match cur.peek() {
            Some(d @ '0'..='7') => {
                cur.bump();
                value = value * 8 + (d as u32 - '0' as u32);
            }
            _ => break,
        }
    }
    (value, &cur.body[begin..cur.pos])
}

/// Exactly `count` hex digits; on failure the virtual end position of the
/// error (the first character that is not a hex digit, or the body's end).
fn hex_digits(cur: &mut Cursor<'_>, count: usize) -> Result<u32, usize> {
    let mut value: u32 = 0;
    for _ in 0..count {
        match cur.peek().and_then(|c| c.to_digit(16)) {
            Some(d) => {
                cur.bump();
                value = (value << 4) | d;
            }
            None => return Err(cur.vpos),
        }
    }
    Ok(value)
}

/// `\N{name}` after the `N`: the code point, or the message and virtual end
/// position of the error.
fn named_escape(cur: &mut Cursor<'_>) -> Result<u32, (&'static str, usize)> {
    const MALFORMED: &str = "malformed \\N character escape";
    if cur.peek() != Some('{') {
        return Err((MALFORMED, cur.vpos));
    }
    cur.bump();
    let begin = cur.pos;
    loop {
        match cur.peek() {
            None => return Err((MALFORMED, cur.vpos)),
            Some('}') => break,
            Some(_) => {
                cur.bump();
            }
        }
    }
    let name = &cur.body[begin..cur.pos];
    if name.is_empty() {
        return Err((MALFORMED, cur.vpos));
    }
    cur.bump();
    lookup_name(name).ok_or(("unknown Unicode character name", cur.vpos))
}
