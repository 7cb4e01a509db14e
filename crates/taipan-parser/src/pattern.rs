//! The `match` statement and its patterns.
//!
//! `match` is a soft keyword: a statement starting with the name `match` is
//! a `match` statement only if a subject expression and `:` follow;
//! otherwise the parser backtracks and reads a simple statement.

use crate::expr::mk;
use crate::parser::{PResult, Parser};
use crate::stmt::st;
use crate::token_buffer::Kw;
use taipan_ast::{
    Constant, Expr, ExprContext, ExprKind, MatchCase, Operator, Pattern, PatternKind, Stmt,
    StmtKind, UnaryOp,
};
use taipan_source::TextRange;
use taipan_tokenizer::TokenKind as T;

/// Build a pattern node.
fn pat(kind: PatternKind, range: TextRange) -> Pattern {
    Pattern { kind, range }
}

impl Parser<'_> {
    /// `match_stmt: "match" subject_expr ':' NEWLINE INDENT case_block+ DEDENT`,
    /// or `None` (nothing consumed) when this is not a `match` statement.
    pub(crate) fn parse_match_stmt(&mut self) -> PResult<Option<Stmt>> {
        let mark = self.mark();
        let start = self.bump().range.start;
        let subject = match self.parse_subject() {
            Ok(s) if self.at(T::Colon) => s,
            Ok(_) if self.at(T::Newline) => {
                let newline = self.tok().range;
                self.reset(mark);
                let mut scratch = Vec::new();
                let ok = self.parse_simple_stmts(&mut scratch).is_ok();
                self.reset(mark);
                if ok {
                    return Ok(None);
                }
                return self.error("expected ':'", newline);
            }
            _ => {
                self.backtrack(mark);
                return Ok(None);
            }
        };
        self.bump();
        if !self.at(T::Newline) {
            return self.invalid();
        }
        let next = self.nth(1);
        if next.kind != T::Indent {
            let line = self.line_of(start);
            return self.indent_error(
                format!("expected an indented block after 'match' statement on line {line}"),
                next.range,
            );
        }
        self.bump();
        self.bump();
        let mut cases = Vec::new();
        while self.at_soft_kw("case") {
            cases.push(self.parse_case_block()?);
        }
        if cases.is_empty() || !self.eat(T::Dedent) {
            return self.invalid();
        }
        Ok(Some(st(
            StmtKind::Match {
                subject: Box::new(subject),
                cases,
            },
            self.range_from(start),
        )))
    }

    /// `subject_expr: star_named_expression ',' star_named_expressions?
    ///   | named_expression`
    fn parse_subject(&mut self) -> PResult<Expr> {
        let start = self.start();
        let first = self.parse_star_named_expression()?;
        if !self.at(T::Comma) {
            if matches!(first.kind, ExprKind::Starred { .. }) {
                return self.invalid();
            }
            return Ok(first);
        }
        let mut elts = vec![first];
        while self.eat(T::Comma) {
            if !self.starts_expression() {
                break;
            }
            elts.push(self.parse_star_named_expression()?);
        }
        Ok(mk(
            ExprKind::Tuple {
                elts,
                ctx: ExprContext::Load,
            },
            self.range_from(start),
        ))
    }

    /// `case_block: "case" patterns guard? ':' block`
    fn parse_case_block(&mut self) -> PResult<MatchCase> {
        let start = self.bump().range.start;
        let pattern = self.parse_patterns()?;
        let guard = if self.eat_kw(Kw::If) {
            Some(Box::new(self.parse_named_expression()?))
        } else {
            None
        };
        self.expect_colon()?;
        let body = self.parse_block("'case' statement", start)?;
        Ok(MatchCase {
            pattern,
            guard,
            body,
        })
    }

    /// `patterns: open_sequence_pattern | pattern`
    fn parse_patterns(&mut self) -> PResult<Pattern> {
        let start = self.start();
        let first = self.parse_maybe_star_pattern()?;
        if !self.at(T::Comma) {
            if matches!(first.kind, PatternKind::MatchStar { .. }) {
                return Ok(pat(
                    PatternKind::MatchSequence {
                        patterns: vec![first],
                    },
                    self.range_from(start),
                ));
            }
            return Ok(first);
        }
        let mut patterns = vec![first];
        while self.eat(T::Comma) {
            if self.at(T::Colon) || self.at_kw(Kw::If) {
                break;
            }
            patterns.push(self.parse_maybe_star_pattern()?);
        }
        Ok(pat(
            PatternKind::MatchSequence { patterns },
            self.range_from(start),
        ))
    }

    /// `maybe_star_pattern: star_pattern | pattern`
    fn parse_maybe_star_pattern(&mut self) -> PResult<Pattern> {
        if !self.at(T::Star) {
            return self.parse_pattern();
        }
        let start = self.bump().range.start;
        let t = self.tok();
        if !t.is_name() {
            return self.invalid();
        }
        self.bump();
        let text = self.text(t);
        let name = if text == "_" {
            None
        } else {
            Some(self.ident(t))
        };
        Ok(pat(PatternKind::MatchStar { name }, self.range_from(start)))
    }

    /// `pattern: as_pattern | or_pattern`
    fn parse_pattern(&mut self) -> PResult<Pattern> {
        let start = self.start();
        let or = self.parse_or_pattern()?;
        if !self.eat_kw(Kw::As) {
            return Ok(or);
        }
        let t = self.tok();
        if t.is_name() && self.text(t) == "_" {
            return self.error("cannot use '_' as a target", t.range);
        }
        if !t.is_name() || matches!(self.nth(1).kind, T::Dot | T::Lpar | T::Equal) {
            let mark = self.mark();
            if let Ok(e) = self.parse_expression() {
                return self.error(
                    format!(
                        "cannot use {} as pattern target",
                        crate::target::expr_name(&e)
                    ),
                    e.range,
                );
            }
            self.reset(mark);
            return self.invalid();
        }
        self.bump();
        Ok(pat(
            PatternKind::MatchAs {
                pattern: Some(Box::new(or)),
                name: Some(self.ident(t)),
            },
            self.range_from(start),
        ))
    }

    /// `or_pattern: '|'.closed_pattern+`
    fn parse_or_pattern(&mut self) -> PResult<Pattern> {
        let start = self.start();
        let first = self.parse_closed_pattern()?;
        if !self.at(T::Vbar) {
            return Ok(first);
        }
        let mut patterns = vec![first];
        while self.eat(T::Vbar) {
            patterns.push(self.parse_closed_pattern()?);
        }
        Ok(pat(
            PatternKind::MatchOr { patterns },
            self.range_from(start),
        ))
    }

    /// `closed_pattern`: literal, capture, wildcard, value, group,
    /// sequence, mapping or class pattern.
    fn parse_closed_pattern(&mut self) -> PResult<Pattern> {
        self.enter(10)?;
        let p = self.parse_closed_pattern_inner();
        self.leave(10);
        p
    }

    /// The body of [`Parser::parse_closed_pattern`].
    fn parse_closed_pattern_inner(&mut self) -> PResult<Pattern> {
        let t = self.tok();
        match t.kind {
            T::Name => match t.kw {
                Kw::None | Kw::True | Kw::False => {
                    self.bump();
                    let value = match t.kw {
                        Kw::None => Constant::None,
                        Kw::True => Constant::Bool(true),
                        _ => Constant::Bool(false),
                    };
                    Ok(pat(PatternKind::MatchSingleton { value }, t.range))
                }
                Kw::Plain => self.parse_name_pattern(),
                _ => self.invalid(),
            },
            T::Number | T::Minus => {
                let value = self.parse_signed_or_complex()?;
                let range = value.range;
                Ok(pat(
                    PatternKind::MatchValue {
                        value: Box::new(value),
                    },
                    range,
                ))
            }
            T::String | T::FstringStart | T::TstringStart => {
                let value = self.parse_strings()?;
                let range = value.range;
                Ok(pat(
                    PatternKind::MatchValue {
                        value: Box::new(value),
                    },
                    range,
                ))
            }
            T::Lpar => self.parse_paren_pattern(),
            T::Lsqb => {
                let start = self.bump().range.start;
                let patterns = self.parse_pattern_seq(T::Rsqb)?;
                Ok(pat(
                    PatternKind::MatchSequence { patterns },
                    self.range_from(start),
                ))
            }
            T::Lbrace => self.parse_mapping_pattern(),
            _ => self.invalid(),
        }
    }

    /// `','.maybe_star_pattern+ ','?` and the closing bracket.
    fn parse_pattern_seq(&mut self, close: T) -> PResult<Vec<Pattern>> {
        let mut patterns = Vec::new();
        while !self.at(close) {
            patterns.push(self.parse_maybe_star_pattern()?);
            if !self.eat(T::Comma) {
                break;
            }
        }
        self.expect(close)?;
        Ok(patterns)
    }

    /// `group_pattern: '(' pattern ')'` or a parenthesised sequence pattern.
    fn parse_paren_pattern(&mut self) -> PResult<Pattern> {
        let start = self.bump().range.start;
        if self.eat(T::Rpar) {
            return Ok(pat(
                PatternKind::MatchSequence {
                    patterns: Vec::new(),
                },
                self.range_from(start),
            ));
        }
        let first = self.parse_maybe_star_pattern()?;
        if self.at(T::Rpar) {
            if matches!(first.kind, PatternKind::MatchStar { .. }) {
                return self.invalid();
            }
            self.bump();
            return Ok(first);
        }
        if !self.eat(T::Comma) {
            return self.invalid();
        }
        let mut patterns = vec![first];
        patterns.extend(self.parse_pattern_seq(T::Rpar)?);
        Ok(pat(
            PatternKind::MatchSequence { patterns },
            self.range_from(start),
        ))
    }

    /// `name_or_attr`: `NAME ('.' NAME)*` as a Name or Attribute chain.
    fn parse_name_or_attr(&mut self) -> PResult<Expr> {
        let t = self.bump();
        let mut e = self.name_expr(t, ExprContext::Load);
        while self.eat(T::Dot) {
            let (attr, _) = self.expect_name()?;
            let range = self.range_from(e.range.start);
            e = mk(
                ExprKind::Attribute {
                    value: Box::new(e),
                    attr,
                    ctx: ExprContext::Load,
                },
                range,
            );
        }
        Ok(e)
    }

    /// Capture, wildcard, value and class patterns (all start with a NAME).
    fn parse_name_pattern(&mut self) -> PResult<Pattern> {
        let t = self.tok();
        let e = self.parse_name_or_attr()?;
        if self.at(T::Lpar) {
            return self.parse_class_pattern(e);
        }
        if let ExprKind::Name { id, .. } = &e.kind {
            let name = if self.text(t) == "_" {
                None
            } else {
                Some(id.clone())
            };
            return Ok(pat(
                PatternKind::MatchAs {
                    pattern: None,
                    name,
                },
                e.range,
            ));
        }
        let range = e.range;
        Ok(pat(PatternKind::MatchValue { value: Box::new(e) }, range))
    }

    /// `class_pattern: name_or_attr '(' [pattern args] ')'`
    fn parse_class_pattern(&mut self, cls: Expr) -> PResult<Pattern> {
        self.bump();
        let mut patterns = Vec::new();
        let mut kwd_attrs = Vec::new();
        let mut kwd_patterns = Vec::new();
        while !self.at(T::Rpar) {
            let t = self.tok();
            if t.is_name() && self.nth(1).kind == T::Equal {
                self.bump();
                self.bump();
                kwd_attrs.push(self.ident(t));
                kwd_patterns.push(self.parse_pattern()?);
            } else {
                let p = self.parse_pattern()?;
                if !kwd_attrs.is_empty() {
                    return self.positional_after_keyword(p.range);
                }
                patterns.push(p);
            }
            if !self.eat(T::Comma) {
                break;
            }
        }
        self.expect(T::Rpar)?;
        let range = self.range_from(cls.range.start);
        Ok(pat(
            PatternKind::MatchClass {
                cls: Box::new(cls),
                patterns,
                kwd_attrs,
                kwd_patterns,
            },
            range,
        ))
    }

    /// "positional patterns follow keyword patterns", over the whole run
    /// of positional patterns (`','.pattern+`) that starts at `first`.
    fn positional_after_keyword<R>(&mut self, first: TextRange) -> PResult<R> {
        let mut end = first.end;
        while self.at(T::Comma)
            && self.nth(1).kind != T::Rpar
            && !(self.nth(1).is_name() && self.nth(2).kind == T::Equal)
        {
            self.bump();
            end = self.parse_pattern()?.range.end;
        }
        self.error(
            "positional patterns follow keyword patterns",
            TextRange::new(first.start, end),
        )
    }

    /// `mapping_pattern: '{' [items_pattern] [double_star_pattern] '}'`
    fn parse_mapping_pattern(&mut self) -> PResult<Pattern> {
        let start = self.bump().range.start;
        let mut keys = Vec::new();
        let mut patterns = Vec::new();
        let mut rest = None;
        while !self.at(T::Rbrace) {
            if self.eat(T::DoubleStar) {
                if self.at_soft_kw("_") {
                    return self.invalid();
                }
                let (name, _) = self.expect_name()?;
                rest = Some(name);
                self.eat(T::Comma);
                break;
            }
            let key = self.parse_mapping_key()?;
            self.expect(T::Colon)?;
            keys.push(key);
            patterns.push(self.parse_pattern()?);
            if !self.eat(T::Comma) {
                break;
            }
        }
        self.expect(T::Rbrace)?;
        Ok(pat(
            PatternKind::MatchMapping {
                keys,
                patterns,
                rest,
            },
            self.range_from(start),
        ))
    }

    /// `(literal_expr | attr)`: a mapping pattern key.
    fn parse_mapping_key(&mut self) -> PResult<Expr> {
        let t = self.tok();
        match t.kind {
            T::Name => match t.kw {
                Kw::None | Kw::True | Kw::False => self.parse_atom(),
                Kw::Plain => {
                    let e = self.parse_name_or_attr()?;
                    if matches!(e.kind, ExprKind::Name { .. }) {
                        return self.invalid();
                    }
                    Ok(e)
                }
                _ => self.invalid(),
            },
            T::Number | T::Minus => self.parse_signed_or_complex(),
            T::String | T::FstringStart | T::TstringStart => self.parse_strings(),
            _ => self.invalid(),
        }
    }

    /// `signed_number !('+' | '-') | complex_number`
    fn parse_signed_or_complex(&mut self) -> PResult<Expr> {
        let left = self.parse_signed_number()?;
        let op = match self.peek() {
            T::Plus => Operator::Add,
            T::Minus => Operator::Sub,
            _ => return Ok(left),
        };
        self.bump();
        let t = self.tok();
        if t.kind != T::Number {
            return self.invalid();
        }
        if matches!(left_number(&left), Some(Constant::Complex { .. })) {
            return self.error("real number required in complex literal", left.range);
        }
        let right = self.parse_atom()?;
        if !matches!(
            right.kind,
            ExprKind::Constant {
                value: Constant::Complex { .. },
                ..
            }
        ) {
            return self.error("imaginary number required in complex literal", right.range);
        }
        if matches!(left_number(&left), Some(Constant::Complex { .. })) {
            return self.error("real number required in complex literal", left.range);
        }
        let range = TextRange::new(left.range.start, right.range.end);
        Ok(mk(
            ExprKind::BinOp {
                left: Box::new(left),
                op,
                right: Box::new(right),
            },
            range,
        ))
    }

    /// `signed_number: NUMBER | '-' NUMBER`
    fn parse_signed_number(&mut self) -> PResult<Expr> {
        if !self.at(T::Minus) {
            if !self.at(T::Number) {
                return self.invalid();
            }
            return self.parse_atom();
        }
        let start = self.bump().range.start;
        if !self.at(T::Number) {
            return self.invalid();
        }
        let operand = self.parse_atom()?;
        let range = TextRange::new(start, operand.range.end);
        Ok(mk(
            ExprKind::UnaryOp {
                op: UnaryOp::USub,
                operand: Box::new(operand),
            },
            range,
        ))
    }
}

/// The constant of a (possibly negated) number expression.
fn left_number(e: &Expr) -> Option<&Constant> {
    match &e.kind {
        ExprKind::Constant { value, .. } => Some(value),
        ExprKind::UnaryOp { operand, .. } => left_number(operand),
        _ => None,
    }
}
