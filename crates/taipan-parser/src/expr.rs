//! Expressions, from `expressions` down to `await_primary`: conditional
//! expressions, `or`/`and`/`not`, comparisons, and binary operators by
//! precedence climbing.

use crate::parser::{PResult, Parser};
use crate::token_buffer::Kw;
use taipan_ast::{Arguments, BoolOp, CmpOp, Expr, ExprContext, ExprKind, Operator, UnaryOp};
use taipan_source::SyntaxError;
use taipan_source::TextRange;
use taipan_tokenizer::TokenKind as T;

/// Build an expression node.
#[inline]
pub(crate) fn mk(kind: ExprKind, range: TextRange) -> Expr {
    Expr { kind, range }
}

/// The longest chain of left-nested nodes (`a + b + ...`, `a.b.c...`)
/// one expression may build: deeper trees could not even be dropped on a
/// normal stack, and CPython cannot compile them either.
pub(crate) const MAX_CHAIN: u32 = 20_000;

/// The operator and precedence of a binary-operator token.
fn binary_op(kind: T) -> Option<(Operator, u8)> {
    Some(match kind {
        T::Vbar => (Operator::BitOr, 1),
        T::Circumflex => (Operator::BitXor, 2),
        T::Amper => (Operator::BitAnd, 3),
        T::LeftShift => (Operator::LShift, 4),
        T::RightShift => (Operator::RShift, 4),
        T::Plus => (Operator::Add, 5),
        T::Minus => (Operator::Sub, 5),
        T::Star => (Operator::Mult, 6),
        T::Slash => (Operator::Div, 6),
        T::DoubleSlash => (Operator::FloorDiv, 6),
        T::Percent => (Operator::Mod, 6),
        T::At => (Operator::MatMult, 6),
        _ => return None,
    })
}

impl Parser<'_> {
    /// Whether the current token can start an expression (`star_expression`
    /// included).
    pub(crate) fn starts_expression(&self) -> bool {
        let t = self.tok();
        match t.kind {
            T::Name => matches!(
                t.kw,
                Kw::Plain | Kw::True | Kw::False | Kw::None | Kw::Not | Kw::Lambda | Kw::Await
            ),
            T::Number
            | T::String
            | T::FstringStart
            | T::TstringStart
            | T::Lpar
            | T::Lsqb
            | T::Lbrace
            | T::Minus
            | T::Plus
            | T::Tilde
            | T::Star
            | T::Ellipsis => true,
            _ => false,
        }
    }

    /// `expressions: expression (',' expression)* [',']`
    pub(crate) fn parse_expressions(&mut self) -> PResult<Expr> {
        let start = self.start();
        let first = self.parse_expression()?;
        if !self.at(T::Comma) {
            return Ok(first);
        }
        let mut elts = vec![first];
        while self.eat(T::Comma) {
            if !self.starts_expression() || self.at(T::Star) {
                break;
            }
            elts.push(self.parse_expression()?);
        }
        Ok(mk(
            ExprKind::Tuple {
                elts,
                ctx: ExprContext::Load,
            },
            self.range_from(start),
        ))
    }

    /// `star_expressions: star_expression (',' star_expression)* [',']`
    pub(crate) fn parse_star_expressions(&mut self) -> PResult<Expr> {
        let start = self.start();
        let first = self.parse_star_expression()?;
        if !self.at(T::Comma) {
            return Ok(first);
        }
        let mut elts = vec![first];
        while self.eat(T::Comma) {
            if !self.starts_expression() {
                break;
            }
            elts.push(self.parse_star_expression()?);
        }
        Ok(mk(
            ExprKind::Tuple {
                elts,
                ctx: ExprContext::Load,
            },
            self.range_from(start),
        ))
    }

    /// `star_expression: '*' bitwise_or | expression`
    pub(crate) fn parse_star_expression(&mut self) -> PResult<Expr> {
        if self.at(T::Star) {
            self.parse_starred(|p| p.parse_bitwise_or())
        } else {
            self.parse_expression()
        }
    }

    /// `'*' operand`, as a `Starred` node in `Load` context.
    pub(crate) fn parse_starred(
        &mut self,
        operand: impl FnOnce(&mut Self) -> PResult<Expr>,
    ) -> PResult<Expr> {
        let start = self.bump().range.start;
        let value = operand(self)?;
        Ok(mk(
            ExprKind::Starred {
                value: Box::new(value),
                ctx: ExprContext::Load,
            },
            self.range_from(start),
        ))
    }

    /// `star_named_expression: '*' bitwise_or | named_expression`
    pub(crate) fn parse_star_named_expression(&mut self) -> PResult<Expr> {
        if self.at(T::Star) {
            self.parse_starred(|p| p.parse_bitwise_or())
        } else {
            self.parse_named_expression()
        }
    }

    /// `named_expression: NAME ':=' expression | expression !':='`
    pub(crate) fn parse_named_expression(&mut self) -> PResult<Expr> {
        let t = self.tok();
        if t.is_name() && self.nth(1).kind == T::ColonEqual {
            self.bump();
            self.bump();
            let value = self.parse_expression()?;
            let target = self.name_expr(t, ExprContext::Store);
            return Ok(mk(
                ExprKind::NamedExpr {
                    target: Box::new(target),
                    value: Box::new(value),
                },
                self.range_from(t.range.start),
            ));
        }
        let e = self.parse_expression()?;
        match self.peek() {
            T::ColonEqual => self.error(
                format!(
                    "cannot use assignment expressions with {}",
                    crate::target::expr_name(&e)
                ),
                e.range,
            ),
            T::Equal => Err(self.invalid_named_assignment(&e)),
            _ => Ok(e),
        }
    }

    /// `expression: disjunction 'if' disjunction 'else' expression
    ///   | disjunction | lambdef`
    ///
    /// Both right-nested forms (`a if b else c if d else e`, `lambda:
    /// lambda: x`) are read in a loop, their heads kept in a stack, so
    /// long chains do not use the Rust stack.
    pub(crate) fn parse_expression(&mut self) -> PResult<Expr> {
        if let Some(e) = self.fast_simple_expression() {
            return Ok(e);
        }
        let mut pending = Vec::new();
        let mut weight = 0;
        let innermost = loop {
            weight += 2;
            let step = self
                .enter(2)
                .and_then(|()| self.parse_expression_step(&mut pending));
            match step {
                Ok(Some(e)) => break Ok(e),
                Ok(None) => {}
                Err(e) => break self.unwind_soft(&mut pending, e),
            }
        };
        self.leave(weight);
        let mut e = innermost?;
        let end = self.prev_end();
        while let Some(frame) = pending.pop() {
            e = match frame {
                Pending::Lambda { start, args } => mk(
                    ExprKind::Lambda {
                        args: Box::new(args),
                        body: Box::new(e),
                    },
                    TextRange::new(start, end),
                ),
                Pending::IfExp {
                    start, body, test, ..
                } => mk(
                    ExprKind::IfExp {
                        test: Box::new(test),
                        body: Box::new(body),
                        orelse: Box::new(e),
                    },
                    TextRange::new(start, end),
                ),
            };
        }
        Ok(e)
    }

    /// One step of [`Parser::parse_expression`]: a lambda head or a
    /// `body if test else` pushed onto `pending` (`None`), or the
    /// innermost expression.
    fn parse_expression_step(&mut self, pending: &mut Vec<Pending>) -> PResult<Option<Expr>> {
        if self.at_kw(Kw::Lambda) {
            let start = self.bump().range.start;
            let args = self.parse_lambda_params()?;
            if !self.at(T::Colon) {
                return self.invalid();
            }
            self.bump();
            pending.push(Pending::Lambda { start, args });
            return Ok(None);
        }
        let start = self.start();
        let body = match self.fast_simple_expression() {
            Some(e) => e,
            None => self.parse_disjunction()?,
        };
        if !self.at_kw(Kw::If) {
            return Ok(Some(body));
        }
        let if_mark = self.mark();
        self.bump();
        let test = self.parse_disjunction();
        let Some(test) = self.soft(if_mark, test)? else {
            return Ok(Some(body));
        };
        if !self.at_kw(Kw::Else) {
            if self.at(T::Colon) {
                return self.invalid();
            }
            return self.error(
                "expected 'else' after 'if' expression",
                TextRange::new(body.range.start, test.range.end),
            );
        }
        self.bump();
        if !self.starts_expression() || self.at(T::Star) {
            return self.error(
                "expected expression after 'else', but statement is given",
                self.tok().range,
            );
        }
        pending.push(Pending::IfExp {
            start,
            body,
            test,
            if_mark,
        });
        Ok(None)
    }

    /// A generic failure inside a pending construct: as PEG backtracking
    /// does, the innermost conditional expression falls back to its body
    /// (lambdas above it fail with it).
    fn unwind_soft(&mut self, pending: &mut Vec<Pending>, err: SyntaxError) -> PResult<Expr> {
        if err.message != crate::parser::INVALID_SYNTAX {
            return Err(err);
        }
        while let Some(frame) = pending.pop() {
            if let Pending::IfExp { body, if_mark, .. } = frame {
                self.reset(if_mark);
                return Ok(body);
            }
        }
        Err(err)
    }

    /// A fast path for the commonest expression, a lone name or number
    /// followed by a delimiter: no need to descend through every level.
    fn fast_simple_expression(&mut self) -> Option<Expr> {
        let t = self.tok();
        if !(t.is_name() || t.kind == T::Number) {
            return None;
        }
        let next = self.nth(1).kind;
        if !matches!(
            next,
            T::Comma | T::Rpar | T::Rsqb | T::Rbrace | T::Colon | T::Equal | T::Newline | T::Semi
        ) {
            return None;
        }
        let start_pos = self.mark();
        let e = if t.kind == T::Number {
            let value = crate::literal::parse_number(self.text(t)).ok()?;
            mk(ExprKind::Constant { value, kind: None }, t.range)
        } else {
            self.name_expr(t, ExprContext::Load)
        };
        self.bump();
        self.note_disjunction(start_pos);
        Some(e)
    }

    /// `disjunction: conjunction ('or' conjunction)+ | conjunction`
    pub(crate) fn parse_disjunction(&mut self) -> PResult<Expr> {
        let start_pos = self.mark();
        let e = self.parse_disjunction_inner()?;
        self.note_disjunction(start_pos);
        Ok(e)
    }

    /// The body of [`Parser::parse_disjunction`].
    fn parse_disjunction_inner(&mut self) -> PResult<Expr> {
        self.parse_bool_op(Kw::Or, BoolOp::Or, Self::parse_conjunction)
    }

    /// `conjunction: inversion ('and' inversion)+ | inversion`
    fn parse_conjunction(&mut self) -> PResult<Expr> {
        self.parse_bool_op(Kw::And, BoolOp::And, Self::parse_inversion)
    }

    /// `operand (kw operand)+ | operand`, as a `BoolOp` of `op` when the
    /// keyword appears (a keyword not followed by an operand ends the run
    /// softly, for the caller's error rules).
    fn parse_bool_op(
        &mut self,
        kw: Kw,
        op: BoolOp,
        operand: fn(&mut Self) -> PResult<Expr>,
    ) -> PResult<Expr> {
        let start = self.start();
        let first = operand(self)?;
        if !self.at_kw(kw) {
            return Ok(first);
        }
        let mut values = vec![first];
        while self.at_kw(kw) {
            let mark = self.mark();
            self.bump();
            let next = operand(self);
            let Some(next) = self.soft(mark, next)? else {
                break;
            };
            values.push(next);
        }
        if values.len() == 1 {
            return Ok(values.remove(0));
        }
        let end = self.prev_end();
        Ok(mk(
            ExprKind::BoolOp { op, values },
            TextRange::new(start, end),
        ))
    }

    /// `inversion: 'not' inversion | comparison` (iterative over `not`s)
    fn parse_inversion(&mut self) -> PResult<Expr> {
        let mut starts = Vec::new();
        while self.at_kw(Kw::Not) {
            starts.push(self.bump().range.start);
            self.enter(1)?;
        }
        let operand = self.parse_comparison();
        for _ in &starts {
            self.leave(1);
        }
        let mut e = operand?;
        let end = self.prev_end();
        while let Some(start) = starts.pop() {
            let range = TextRange::new(start, end);
            e = mk(
                ExprKind::UnaryOp {
                    op: UnaryOp::Not,
                    operand: Box::new(e),
                },
                range,
            );
        }
        Ok(e)
    }

    /// The comparison operator at the current token, and how many tokens
    /// it spans.
    fn compare_op(&self) -> Option<(CmpOp, usize)> {
        let t = self.tok();
        Some(match t.kind {
            T::EqEqual => (CmpOp::Eq, 1),
            T::NotEqual if (self.text(t) == "<>") == self.barry => (CmpOp::NotEq, 1),
            T::Less => (CmpOp::Lt, 1),
            T::LessEqual => (CmpOp::LtE, 1),
            T::Greater => (CmpOp::Gt, 1),
            T::GreaterEqual => (CmpOp::GtE, 1),
            T::Name => match t.kw {
                Kw::In => (CmpOp::In, 1),
                Kw::Not if self.nth(1).kw == Kw::In => (CmpOp::NotIn, 2),
                Kw::Is if self.nth(1).kw == Kw::Not => (CmpOp::IsNot, 2),
                Kw::Is => (CmpOp::Is, 1),
                _ => return None,
            },
            _ => return None,
        })
    }

    /// `comparison: bitwise_or compare_op_bitwise_or_pair+ | bitwise_or`
    fn parse_comparison(&mut self) -> PResult<Expr> {
        let start = self.start();
        let left = self.parse_bitwise_or()?;
        let Some(_) = self.compare_op() else {
            let t = self.tok();
            if self.barry && t.kind == T::NotEqual {
                return self.error("with Barry as BDFL, use '<>' instead of '!='", t.range);
            }
            return Ok(left);
        };
        let mut ops = Vec::new();
        let mut comparators = Vec::new();
        while let Some((op, n)) = self.compare_op() {
            let mark = self.mark();
            for _ in 0..n {
                self.bump();
            }
            let right = self.parse_bitwise_or();
            let Some(right) = self.soft(mark, right)? else {
                break;
            };
            ops.push(op);
            comparators.push(right);
        }
        if ops.is_empty() {
            return Ok(left);
        }
        let end = self.prev_end();
        Ok(mk(
            ExprKind::Compare {
                left: Box::new(left),
                ops,
                comparators,
            },
            TextRange::new(start, end),
        ))
    }

    /// `bitwise_or` and every binary-operator level below it.
    pub(crate) fn parse_bitwise_or(&mut self) -> PResult<Expr> {
        self.parse_binary(1)
    }

    /// Binary operators of precedence `min_prec` and tighter, left
    /// associative (precedence climbing).
    fn parse_binary(&mut self, min_prec: u8) -> PResult<Expr> {
        let start = self.start();
        let mut left = self.parse_factor()?;
        let mut chain = 0u32;
        while let Some((op, prec)) = binary_op(self.peek()) {
            if prec < min_prec {
                break;
            }
            chain += 1;
            if chain > MAX_CHAIN {
                return self.stack_overflow();
            }
            let mark = self.mark();
            self.bump();
            if prec >= 5 && self.at_kw(Kw::Not) {
                return self.not_after_operator();
            }
            let right = self.parse_binary(prec + 1);
            let Some(right) = self.soft(mark, right)? else {
                break;
            };
            let range = self.range_from(start);
            left = mk(
                ExprKind::BinOp {
                    left: Box::new(left),
                    op,
                    right: Box::new(right),
                },
                range,
            );
        }
        Ok(left)
    }

    /// `factor: '+' factor | '-' factor | '~' factor | power`
    pub(crate) fn parse_factor(&mut self) -> PResult<Expr> {
        let mut ops = Vec::new();
        loop {
            let op = match self.peek() {
                T::Plus => UnaryOp::UAdd,
                T::Minus => UnaryOp::USub,
                T::Tilde => UnaryOp::Invert,
                _ => break,
            };
            ops.push((op, self.bump().range.start));
            self.enter(1)?;
        }
        if !ops.is_empty() && self.at_kw(Kw::Not) {
            for _ in &ops {
                self.leave(1);
            }
            return self.not_after_operator();
        }
        let operand = self.parse_power();
        for _ in &ops {
            self.leave(1);
        }
        let mut e = operand?;
        let end = self.prev_end();
        while let Some((op, start)) = ops.pop() {
            let range = TextRange::new(start, end);
            e = mk(
                ExprKind::UnaryOp {
                    op,
                    operand: Box::new(e),
                },
                range,
            );
        }
        Ok(e)
    }

    /// "'not' after an operator must be parenthesized", at a `not`.
    fn not_after_operator<R>(&mut self) -> PResult<R> {
        let start = self.start();
        let e = self.parse_inversion()?;
        self.error(
            "'not' after an operator must be parenthesized",
            TextRange::new(start, e.range.end),
        )
    }

    /// `power: await_primary '**' factor | await_primary`
    fn parse_power(&mut self) -> PResult<Expr> {
        let start = self.start();
        let base = self.parse_await_primary()?;
        if !self.at(T::DoubleStar) {
            return Ok(base);
        }
        let mark = self.mark();
        self.bump();
        self.enter(2)?;
        let exp = self.parse_factor();
        self.leave(2);
        let Some(exp) = self.soft(mark, exp)? else {
            return Ok(base);
        };
        let range = self.range_from(start);
        Ok(mk(
            ExprKind::BinOp {
                left: Box::new(base),
                op: Operator::Pow,
                right: Box::new(exp),
            },
            range,
        ))
    }

    /// `await_primary: 'await' primary | primary`
    fn parse_await_primary(&mut self) -> PResult<Expr> {
        if !self.at_kw(Kw::Await) {
            return self.parse_primary();
        }
        let start = self.bump().range.start;
        let value = self.parse_primary()?;
        Ok(mk(
            ExprKind::Await {
                value: Box::new(value),
            },
            self.range_from(start),
        ))
    }

    /// `yield_expr: 'yield' 'from' expression | 'yield' [star_expressions]`
    pub(crate) fn parse_yield_expr(&mut self) -> PResult<Expr> {
        let start = self.bump().range.start;
        if self.eat_kw(Kw::From) {
            let value = self.parse_expression()?;
            return Ok(mk(
                ExprKind::YieldFrom {
                    value: Box::new(value),
                },
                self.range_from(start),
            ));
        }
        let value = if self.starts_expression() {
            Some(Box::new(self.parse_star_expressions()?))
        } else {
            None
        };
        Ok(mk(ExprKind::Yield { value }, self.range_from(start)))
    }
}

/// A construct of `expression` waiting for the expression that ends it.
enum Pending {
    /// `lambda args:`
    Lambda { start: u32, args: Arguments },
    /// `body if test else`
    IfExp {
        start: u32,
        body: Expr,
        test: Expr,
        if_mark: usize,
    },
}
