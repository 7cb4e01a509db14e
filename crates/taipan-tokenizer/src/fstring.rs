//! F-strings and t-strings (PEP 701, PEP 750): the START token, the
//! literal middles, and the END token. The replacement fields between them
//! are tokenized by the regular mode; the mode stack in `lexer.rs` records
//! where each field and format spec starts and ends.

use crate::lexer::{LexResult, Mode, Tokenizer, EOF, MAXFSTRINGLEVEL};
use crate::TokenKind;

/// Replacement fields nested deeper than this are an error.
const MAX_EXPR_NESTING: i32 = 3;

const fn ch(b: u8) -> i32 {
    b as i32
}

impl Tokenizer<'_> {
    /// FSTRING_START / TSTRING_START, after the prefix; `quote` was just read.
    pub(crate) fn fstring_start(&mut self, quote: i32, tstring: bool) -> LexResult {
        let mut quote_size = 1;
        let after = self.nextc();
        if after == quote {
            let after2 = self.nextc();
            if after2 == quote {
                quote_size = 3;
            } else {
                self.backup(after2);
                self.backup(after);
            }
        }
        if after != quote {
            self.backup(after);
        }
        if self.modes.len() >= MAXFSTRINGLEVEL {
            return Err(self.error_at_cur("too many nested f-strings or t-strings".into()));
        }
        let first = self.buf[self.start].to_ascii_lowercase();
        let raw = first == b'r' || self.buf[self.start + 1].eq_ignore_ascii_case(&b'r');
        self.modes.push(Mode {
            regular: false,
            quote: quote as u8,
            quote_size,
            raw,
            tstring,
            start: self.start,
            curly_depth: 0,
            expr_start_depth: -1,
            in_format_spec: false,
            debug: false,
        });
        let kind = if tstring {
            TokenKind::TstringStart
        } else {
            TokenKind::FstringStart
        };
        self.token(kind, self.start, self.cur)
    }

    /// `tok_get_fstring_mode`: a literal middle, or the closing quotes.
    pub(crate) fn get_fstring(&mut self) -> LexResult {
        let top = self.modes.len() - 1;
        self.start = self.cur;
        let start_char = self.nextc();
        if start_char == ch(b'{') {
            let peek = self.nextc();
            self.backup(peek);
            self.backup(start_char);
            if peek != ch(b'{') {
                self.enter_field(top)?;
                return self.get_normal();
            }
        } else {
            self.backup(start_char);
        }
        let m = self.modes[top];
        let mut at_end = true;
        for _ in 0..m.quote_size {
            let q = self.nextc();
            if q != m.quote as i32 {
                self.backup(q);
                at_end = false;
                break;
            }
        }
        if at_end {
            self.modes.pop();
            let kind = if m.tstring {
                TokenKind::TstringEnd
            } else {
                TokenKind::FstringEnd
            };
            return self.token(kind, self.start, self.cur);
        }
        self.fstring_middle(top)
    }

    /// Count a replacement field's `{` and switch to the regular mode.
    fn enter_field(&mut self, top: usize) -> Result<(), crate::LexError> {
        self.modes[top].expr_start_depth += 1;
        if self.modes[top].expr_start_depth >= MAX_EXPR_NESTING {
            let msg = format!(
                "{}-string: expressions nested too deeply",
                self.modes[top].letter()
            );
            return Err(self.error_at_cur(msg));
        }
        self.modes[top].regular = true;
        Ok(())
    }

    /// The literal text up to a `{`, a `}`, or the closing quotes.
    fn fstring_middle(&mut self, top: usize) -> LexResult {
        let m = self.modes[top];
        let kind = m.middle_kind();
        let mut end_quote_size = 0;
        let mut unicode_escape = false;
        while end_quote_size != m.quote_size {
            let c = self.nextc();
            let in_format_spec = self.modes[top].in_format_spec && self.modes[top].in_expr();
            if c == EOF || (m.quote_size == 1 && c == ch(b'\n')) {
                return Err(self.unterminated_fstring(top, c, in_format_spec));
            }
            if c == m.quote as i32 {
                end_quote_size += 1;
                continue;
            }
            end_quote_size = 0;
            if c == ch(b'{') {
                let peek = self.nextc();
                if peek != ch(b'{') || in_format_spec {
                    self.backup(peek);
                    self.backup(c);
                    self.enter_field(top)?;
                    self.modes[top].in_format_spec = false;
                    return self.token(kind, self.start, self.cur);
                }
                return self.token(kind, self.start, self.cur - 1);
            } else if c == ch(b'}') {
                if unicode_escape {
                    return self.token(kind, self.start, self.cur);
                }
                let peek = self.nextc();
                if peek == ch(b'}') && !in_format_spec && self.modes[top].curly_depth == 0 {
                    return self.token(kind, self.start, self.cur - 1);
                }
                self.backup(peek);
                self.backup(c);
                self.modes[top].regular = true;
                self.modes[top].in_format_spec = false;
                return self.token(kind, self.start, self.cur);
            } else if c == ch(b'\\') {
                let mut peek = self.nextc();
                if peek == ch(b'\r') {
                    peek = self.nextc();
                }
                if peek == ch(b'{') || peek == ch(b'}') {
                    if !m.raw {
                        let b = peek as u8 as char;
                        let msg = format!(
                            "\"\\{b}\" is an invalid escape sequence. Such sequences will not \
                             work in the future. Did you mean \"\\\\{b}\"? A raw string is also \
                             an option."
                        );
                        let at = self.cur - 2;
                        self.warn(msg, at, at + 2);
                    }
                    self.backup(peek);
                    continue;
                }
                if !m.raw && peek == ch(b'N') {
                    let p2 = self.nextc();
                    if p2 == ch(b'{') {
                        unicode_escape = true;
                    } else {
                        self.backup(p2);
                    }
                }
            }
        }
        for _ in 0..m.quote_size {
            self.backup(m.quote as i32);
        }
        self.token(kind, self.start, self.cur)
    }

    /// The error for an f-string that reaches the end of a line or input.
    fn unterminated_fstring(
        &mut self,
        top: usize,
        c: i32,
        in_format_spec: bool,
    ) -> crate::LexError {
        let m = self.modes[top];
        let letter = m.letter();
        if in_format_spec && c == ch(b'\n') {
            let msg = format!(
                "{letter}-string: newlines are not allowed in format specifiers \
                 for single quoted {letter}-strings"
            );
            return self.error_at_cur(msg);
        }
        let detected = self.line_number(self.cur.saturating_sub(1));
        let msg = if m.quote_size == 3 {
            format!(
                "unterminated triple-quoted {letter}-string literal (detected at line {detected})"
            )
        } else {
            format!("unterminated {letter}-string literal (detected at line {detected})")
        };
        self.error_at(msg, m.start)
    }
}
