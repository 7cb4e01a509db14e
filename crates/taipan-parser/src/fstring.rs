//! f-strings and t-strings: `FSTRING_START (FSTRING_MIDDLE | field)* FSTRING_END`,
//! where a replacement field is
//! `'{' annotated_rhs ['='] ['!' NAME] [':' format_spec*] '}'`.
//!
//! Positions follow CPython: literal parts span their FSTRING_MIDDLE token,
//! a field spans its braces, a format spec spans from its `:` to its last
//! part, and the text of a `{expr=}` debug field spans from after the `{`
//! to the `!`, `:` or `}` that ends it.

use crate::expr::mk;
use crate::parser::{PResult, Parser};
use crate::strings::fold_constants;
use crate::token_buffer::Kw;
use taipan_ast::{Constant, Expr, ExprKind, Wtf8Buf};
use taipan_source::TextRange;
use taipan_tokenizer::TokenKind as T;

/// Whether a token ends an f-string or t-string.
fn is_end(kind: T) -> bool {
    matches!(kind, T::FstringEnd | T::TstringEnd)
}

/// Whether a token is a literal part of an f-string or t-string.
fn is_middle(kind: T) -> bool {
    matches!(kind, T::FstringMiddle | T::TstringMiddle)
}

impl Parser<'_> {
    /// `fstring` / `tstring`: the parts of one literal, empty constants
    /// dropped and debug text placed before its field.
    pub(crate) fn parse_fstring(&mut self) -> PResult<Vec<Expr>> {
        let start = self.bump();
        let template = start.kind == T::TstringStart;
        let raw = self.text(start).contains(['r', 'R']);
        let mut values = Vec::new();
        // CPython decodes the literal parts once the whole literal is read,
        // so a bad escape is reported at the closing quote.
        let mut bad_escape = None;
        loop {
            let t = self.tok();
            match t.kind {
                k if is_middle(k) => {
                    self.bump();
                    match self.decode_middle(t.range, raw) {
                        Ok(value) if !value.is_empty() => {
                            values.push(str_const(value, self.middle_range(t.range)))
                        }
                        Ok(_) => {}
                        Err(e) => {
                            bad_escape.get_or_insert(e);
                        }
                    }
                }
                T::Lbrace => self.parse_replacement_field(raw, template, &mut values)?,
                k if is_end(k) => {
                    let end = self.bump();
                    if let Some(mut e) = bad_escape {
                        e.range = end.range;
                        return Err(e);
                    }
                    return Ok(values);
                }
                _ => return self.invalid(),
            }
        }
    }

    /// Decode the text of a literal part.
    fn decode_middle(&mut self, range: TextRange, raw: bool) -> PResult<Wtf8Buf> {
        let text = &self.src[range.as_usize()];
        let mut found = Vec::new();
        let decoded = crate::literal::decode_fstring_middle_with_warnings(text, raw, &mut found);
        self.add_literal_warnings(range.start, found);
        decoded.map_err(|e| {
            let end = range.end;
            taipan_source::SyntaxError::new(e.message, TextRange::new(end, end + 1))
        })
    }

    /// `'{' annotated_rhs ['='] ['!' NAME] [':' format_spec*] '}'`, pushed
    /// onto `out` (after its debug text, if any).
    fn parse_replacement_field(
        &mut self,
        raw: bool,
        template: bool,
        out: &mut Vec<Expr>,
    ) -> PResult<()> {
        let lbrace = self.bump().range;
        let what = if template { "t-string" } else { "f-string" };
        self.check_field_start(what)?;
        let first = self.tok();
        self.enter(27)?;
        let value = if self.at_kw(Kw::Yield) {
            self.parse_yield_expr()
        } else {
            self.parse_star_expressions()
        };
        self.leave(27);
        let value = match value {
            Ok(v) => v,
            Err(e) if e.message == crate::parser::INVALID_SYNTAX => {
                let e = self.forgot_comma(e);
                if e.message != crate::parser::INVALID_SYNTAX {
                    return Err(e);
                }
                return self.error(
                    format!("{what}: expecting a valid expression after '{{'"),
                    first.range,
                );
            }
            Err(e) => return Err(e),
        };
        let value_end = self.prev_end();
        if !matches!(
            self.peek(),
            T::Equal | T::Exclamation | T::Colon | T::Rbrace
        ) {
            if self.starts_expression() {
                let mark = self.mark();
                let generic = self.invalid::<()>().err();
                if let Some(e) = generic.map(|e| self.forgot_comma(e)) {
                    if e.message != crate::parser::INVALID_SYNTAX {
                        return Err(e);
                    }
                }
                self.reset(mark);
            }
            return self.field_error(what, "expecting '=', or '!', or ':', or '}'");
        }
        let debug = self.eat(T::Equal);
        if debug && !matches!(self.peek(), T::Exclamation | T::Colon | T::Rbrace) {
            return self.field_error(what, "expecting '!', or ':', or '}'");
        }
        let mut marker = self.start();
        let conversion = if self.at(T::Exclamation) {
            let bang = self.bump().range;
            marker = bang.start;
            self.parse_conversion(what, bang)?
        } else {
            -1
        };
        if !matches!(self.peek(), T::Colon | T::Rbrace) {
            return self.field_error(what, "expecting ':' or '}'");
        }
        let format_spec = if self.at(T::Colon) {
            if conversion == -1 {
                marker = self.start();
            }
            Some(Box::new(self.parse_format_spec(raw)?))
        } else {
            None
        };
        if !self.at(T::Rbrace) {
            if format_spec.is_some() {
                return self.field_error(what, "expecting '}', or format specs");
            }
            return self.field_error(what, "expecting '}'");
        }
        if conversion == -1 && format_spec.is_none() {
            marker = self.start();
        }
        let rbrace = self.bump().range;
        let conversion = if conversion == -1 && debug && format_spec.is_none() {
            b'r' as i32
        } else {
            conversion
        };
        if debug {
            let text_range = TextRange::new(lbrace.end, marker);
            let text = Wtf8Buf::from(&self.src[text_range.as_usize()]);
            out.push(str_const(text, text_range));
        }
        let field = Field {
            value,
            value_text: TextRange::new(lbrace.end, value_end.max(lbrace.end)),
            conversion,
            format_spec,
            range: TextRange::new(lbrace.start, rbrace.end),
        };
        out.push(self.field_node(field, template));
        Ok(())
    }

    /// The `FormattedValue` or `Interpolation` of a parsed field.
    fn field_node(&self, f: Field, template: bool) -> Expr {
        let Field {
            value,
            value_text,
            conversion,
            format_spec,
            range,
        } = f;
        let kind = if template {
            let str = Wtf8Buf::from(&self.src[value_text.as_usize()]);
            ExprKind::Interpolation {
                value: Box::new(value),
                str,
                conversion,
                format_spec,
            }
        } else {
            ExprKind::FormattedValue {
                value: Box::new(value),
                conversion,
                format_spec,
            }
        };
        mk(kind, range)
    }

    /// The errors for a field with no expression (`{}`, `{=}`, `{!r}`,
    /// `{:x}`, `{import}`) and for an unparenthesised lambda.
    fn check_field_start(&mut self, what: &str) -> PResult<()> {
        let t = self.tok();
        let sym = match t.kind {
            T::Equal => "=",
            T::Exclamation => "!",
            T::Colon => ":",
            T::Rbrace => "}",
            _ => {
                if self.at_kw(Kw::Lambda) {
                    return self.lambda_in_field_error(what);
                }
                if !self.starts_expression() && !self.at_kw(Kw::Yield) {
                    return self.field_error(what, "expecting a valid expression after '{'");
                }
                return Ok(());
            }
        };
        self.error(
            format!("{what}: valid expression required before '{sym}'"),
            t.range,
        )
    }

    /// `{lambda x: ...}` inside an f-string.
    fn lambda_in_field_error(&mut self, what: &str) -> PResult<()> {
        let mark = self.mark();
        let start = self.bump().range.start;
        if self.parse_lambda_params().is_ok() && self.at(T::Colon) {
            let colon = self.tok();
            if is_middle(self.nth(1).kind) {
                return self.error(
                    format!("{what}: lambda expressions are not allowed without parentheses"),
                    TextRange::new(start, colon.range.end),
                );
            }
        }
        self.reset(mark);
        Ok(())
    }

    /// "f-string: <message>" at the current token.
    fn field_error<R>(&self, what: &str, message: &str) -> PResult<R> {
        self.error(
            format!("{what}: {message}"),
            self.error_range_at(self.mark()),
        )
    }

    /// `'!' NAME`: the conversion character, after the `!`.
    fn parse_conversion(&mut self, what: &str, bang: TextRange) -> PResult<i32> {
        let t = self.tok();
        if matches!(t.kind, T::Colon | T::Rbrace) {
            return self.field_error(what, "missing conversion character");
        }
        if t.kind != T::Name {
            return self.field_error(what, "invalid conversion character");
        }
        if t.range.start != bang.end {
            return self.error(
                format!("{what}: conversion type must come right after the exclamation mark"),
                TextRange::new(bang.start, t.range.end),
            );
        }
        self.bump();
        let name = self.text(t);
        match name {
            "s" | "r" | "a" => Ok(name.as_bytes()[0] as i32),
            _ => self.error(
                format!(
                    "{what}: invalid conversion character {}: expected 's', 'r', or 'a'",
                    taipan_tokenizer::py_repr_str(name)
                ),
                t.range,
            ),
        }
    }

    /// `':' fstring_format_spec*`: a `JoinedStr` from the `:` to its last part.
    fn parse_format_spec(&mut self, raw: bool) -> PResult<Expr> {
        let start = self.bump().range.start;
        let mut parts = Vec::new();
        loop {
            let t = self.tok();
            if is_middle(t.kind) {
                self.bump();
                let value = self.decode_middle(t.range, raw)?;
                parts.push(str_const(value, self.middle_range(t.range)));
            } else if t.kind == T::Lbrace {
                self.parse_replacement_field(raw, false, &mut parts)?;
            } else {
                break;
            }
        }
        let range = self.range_from(start);
        parts.retain(|e| !is_empty_str(e));
        let all_const = parts
            .iter()
            .all(|e| matches!(e.kind, ExprKind::Constant { .. }));
        if parts.len() >= 2 && all_const {
            let mut folded = fold_constants(parts);
            if let Some(mut c) = folded.pop() {
                c.range = range;
                return Ok(c);
            }
            return Ok(mk(ExprKind::JoinedStr { values: folded }, range));
        }
        Ok(mk(
            ExprKind::JoinedStr {
                values: fold_constants(parts),
            },
            range,
        ))
    }

    /// The range CPython gives a literal part: a doubled brace that ends
    /// it (`{{` or `}}`) is included whole.
    fn middle_range(&self, range: TextRange) -> TextRange {
        let bytes = self.src.as_bytes();
        let end = range.end as usize;
        match (end.checked_sub(1).map(|i| bytes[i]), bytes.get(end)) {
            (Some(a @ (b'{' | b'}')), Some(&b)) if a == b && range.end > range.start => {
                TextRange::new(range.start, range.end + 1)
            }
            _ => range,
        }
    }
}

/// Whether `e` is an empty `str` constant.
fn is_empty_str(e: &Expr) -> bool {
    matches!(&e.kind, ExprKind::Constant { value: Constant::Str(s), .. } if s.is_empty())
}

/// A replacement field, read up to its closing brace.
struct Field {
    value: Expr,
    value_text: TextRange,
    conversion: i32,
    format_spec: Option<Box<Expr>>,
    range: TextRange,
}

/// A `str` constant part.
fn str_const(value: Wtf8Buf, range: TextRange) -> Expr {
    mk(
        ExprKind::Constant {
            value: Constant::Str(value),
            kind: None,
        },
        range,
    )
}
