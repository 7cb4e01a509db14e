//! Number literals: decimal, hexadecimal, octal and binary integers,
//! floats and imaginary numbers, with `_` separators and CPython's errors.

use crate::lexer::{is_digit, is_potential_identifier_char, LexResult, Tokenizer, EOF};
use crate::TokenKind;

const fn ch(b: u8) -> i32 {
    b as i32
}

fn is_xdigit(c: i32) -> bool {
    (0..128).contains(&c) && (c as u8).is_ascii_hexdigit()
}

impl Tokenizer<'_> {
    /// A number starting with the digit `c`.
    pub(crate) fn number(&mut self, c: i32) -> LexResult {
        if c != ch(b'0') {
            let c = self.decimal_tail()?;
            return self.after_integer_part(c);
        }
        let c = self.nextc();
        match c as u8 {
            b'x' | b'X' if c >= 0 => self.radix(16),
            b'o' | b'O' if c >= 0 => self.radix(8),
            b'b' | b'B' if c >= 0 => self.radix(2),
            _ => self.zero_prefixed(c),
        }
    }

    /// `0x`, `0o` or `0b` literals.
    fn radix(&mut self, base: u32) -> LexResult {
        let (name, is_ok): (&str, fn(i32) -> bool) = match base {
            16 => ("hexadecimal", is_xdigit),
            8 => ("octal", |c| (ch(b'0')..ch(b'8')).contains(&c)),
            _ => ("binary", |c| c == ch(b'0') || c == ch(b'1')),
        };
        let mut c = self.nextc();
        loop {
            if c == ch(b'_') {
                c = self.nextc();
            }
            if !is_ok(c) {
                if base != 16 && is_digit(c) {
                    let msg = format!("invalid digit '{}' in {name} literal", c as u8 as char);
                    return Err(self.error_at_cur(msg));
                }
                self.backup(c);
                return Err(self.error_at_cur(format!("invalid {name} literal")));
            }
            loop {
                c = self.nextc();
                if !is_ok(c) {
                    break;
                }
            }
            if c != ch(b'_') {
                break;
            }
        }
        if base != 16 && is_digit(c) {
            let msg = format!("invalid digit '{}' in {name} literal", c as u8 as char);
            return Err(self.error_at_cur(msg));
        }
        self.verify_end_of_number(c, name)?;
        self.backup(c);
        self.token(TokenKind::Number, self.start, self.cur)
    }

    /// `0`, `00`, `0.5`, `0e1`, `0j` — or the old-style octal error.
    fn zero_prefixed(&mut self, mut c: i32) -> LexResult {
        let mut nonzero = false;
        loop {
            if c == ch(b'_') {
                c = self.nextc();
                if !is_digit(c) {
                    self.backup(c);
                    return Err(self.error_at_cur("invalid decimal literal".into()));
                }
            }
            if c != ch(b'0') {
                break;
            }
            c = self.nextc();
        }
        let zeros_end = self.cur;
        if is_digit(c) {
            nonzero = true;
            c = self.decimal_tail()?;
        }
        if c == ch(b'.') {
            let c = self.nextc();
            return self.fraction(c);
        }
        if c == ch(b'e') || c == ch(b'E') {
            return self.exponent(c);
        }
        if c == ch(b'j') || c == ch(b'J') {
            return self.imaginary();
        }
        if nonzero && !self.extra {
            self.backup(c);
            let msg = "leading zeros in decimal integer literals are not permitted; \
                       use an 0o prefix for octal integers";
            return Err(self.error_range(msg.into(), self.start, zeros_end - 1));
        }
        self.verify_end_of_number(c, "decimal")?;
        self.backup(c);
        self.token(TokenKind::Number, self.start, self.cur)
    }

    /// After the digits of a decimal integer: `.`, exponent, `j` or the end.
    fn after_integer_part(&mut self, c: i32) -> LexResult {
        if c == ch(b'.') {
            let c = self.nextc();
            return self.fraction(c);
        }
        self.exponent_or_end(c)
    }

    /// After the `.` of a float; `c` is the character after it.
    pub(crate) fn fraction(&mut self, mut c: i32) -> LexResult {
        if is_digit(c) {
            c = self.decimal_tail()?;
        }
        self.exponent_or_end(c)
    }

    fn exponent_or_end(&mut self, c: i32) -> LexResult {
        if c == ch(b'e') || c == ch(b'E') {
            return self.exponent(c);
        }
        if c == ch(b'j') || c == ch(b'J') {
            return self.imaginary();
        }
        self.verify_end_of_number(c, "decimal")?;
        self.backup(c);
        self.token(TokenKind::Number, self.start, self.cur)
    }

    /// The exponent part; `e` is the `e`/`E` just read.
    fn exponent(&mut self, e: i32) -> LexResult {
        let mut c = self.nextc();
        if c == ch(b'+') || c == ch(b'-') {
            c = self.nextc();
            if !is_digit(c) {
                self.backup(c);
                return Err(self.error_at_cur("invalid decimal literal".into()));
            }
        } else if !is_digit(c) {
            self.backup(c);
            self.verify_end_of_number(e, "decimal")?;
            self.backup(e);
            return self.token(TokenKind::Number, self.start, self.cur);
        }
        c = self.decimal_tail()?;
        if c == ch(b'j') || c == ch(b'J') {
            return self.imaginary();
        }
        self.verify_end_of_number(c, "decimal")?;
        self.backup(c);
        self.token(TokenKind::Number, self.start, self.cur)
    }

    /// After the `j` of an imaginary literal.
    fn imaginary(&mut self) -> LexResult {
        let c = self.nextc();
        self.verify_end_of_number(c, "imaginary")?;
        self.backup(c);
        self.token(TokenKind::Number, self.start, self.cur)
    }

    /// `tok_decimal_tail`: digits with single `_` separators; returns the
    /// character after them.
    fn decimal_tail(&mut self) -> Result<i32, crate::LexError> {
        loop {
            let mut c = self.nextc();
            while is_digit(c) {
                c = self.nextc();
            }
            if c != ch(b'_') {
                return Ok(c);
            }
            c = self.nextc();
            if !is_digit(c) {
                self.backup(c);
                return Err(self.error_at_cur("invalid decimal literal".into()));
            }
        }
    }

    /// `verify_end_of_number`: a number directly followed by a name is an
    /// error, except for the keywords that may follow a number (a warning
    /// in CPython, which Taipan does not show). The cursor is left after `c`.
    fn verify_end_of_number(&mut self, c: i32, kind: &str) -> Result<(), crate::LexError> {
        if self.extra {
            return Ok(());
        }
        let keyword_follows = match c {
            _ if c == ch(b'a') => self.lookahead(b"nd"),
            _ if c == ch(b'e') => self.lookahead(b"lse"),
            _ if c == ch(b'f') => self.lookahead(b"or"),
            _ if c == ch(b'i') => {
                let c2 = self.byte_at(self.cur);
                c2 == ch(b'f') || c2 == ch(b'n') || c2 == ch(b's')
            }
            _ if c == ch(b'o') => self.lookahead(b"r"),
            _ if c == ch(b'n') => self.lookahead(b"ot"),
            _ => false,
        };
        if keyword_follows {
            let at = self.cur - 1;
            self.warn(format!("invalid {kind} literal"), at, at + 1);
            return Ok(());
        }
        if c != EOF && c < 128 && is_potential_identifier_char(c) {
            self.backup(c);
            let err = self.error_at_cur(format!("invalid {kind} literal"));
            self.nextc();
            return Err(err);
        }
        Ok(())
    }

    /// Whether `rest` follows the cursor, then a non-identifier character.
    fn lookahead(&self, rest: &[u8]) -> bool {
        let mut p = self.cur;
        for &b in rest {
            if self.byte_at(p) != b as i32 {
                return false;
            }
            p += 1;
        }
        !is_potential_identifier_char(self.byte_at(p))
    }
}
