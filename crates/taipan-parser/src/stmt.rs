//! Statements: the dispatch between compound and simple statements, and
//! the simple statements (assignments, expression statements, `import`,
//! `return`, `del`, ...).

use crate::parser::{PResult, Parser};
use crate::target::{expr_name, invalid_target, target_error, TargetKind};
use crate::token_buffer::Kw;
use taipan_ast::{Alias, Expr, ExprContext, ExprKind, Operator, Stmt, StmtKind};
use taipan_source::TextRange;
use taipan_tokenizer::TokenKind as T;

/// Build a statement node.
#[inline]
pub(crate) fn st(kind: StmtKind, range: TextRange) -> Stmt {
    Stmt { kind, range }
}

/// The operator of an augmented-assignment token.
fn aug_op(kind: T) -> Option<Operator> {
    Some(match kind {
        T::PlusEqual => Operator::Add,
        T::MinEqual => Operator::Sub,
        T::StarEqual => Operator::Mult,
        T::AtEqual => Operator::MatMult,
        T::SlashEqual => Operator::Div,
        T::PercentEqual => Operator::Mod,
        T::AmperEqual => Operator::BitAnd,
        T::VbarEqual => Operator::BitOr,
        T::CircumflexEqual => Operator::BitXor,
        T::LeftShiftEqual => Operator::LShift,
        T::RightShiftEqual => Operator::RShift,
        T::DoubleStarEqual => Operator::Pow,
        T::DoubleSlashEqual => Operator::FloorDiv,
        _ => return None,
    })
}

impl Parser<'_> {
    /// `statement: compound_stmt | simple_stmts`
    pub(crate) fn parse_statement(&mut self, out: &mut Vec<Stmt>) -> PResult<()> {
        if let Some(s) = self.parse_compound_stmt()? {
            out.push(s);
            return Ok(());
        }
        self.parse_simple_stmts(out)
    }

    /// `statement_newline: compound_stmt NEWLINE | simple_stmts | NEWLINE | ENDMARKER`
    pub(crate) fn parse_statement_newline(&mut self) -> PResult<Vec<Stmt>> {
        if self.at(T::Newline) {
            let t = self.bump();
            return Ok(vec![st(StmtKind::Pass, t.range)]);
        }
        if self.at(T::EndMarker) {
            return self.invalid();
        }
        if let Some(s) = self.parse_compound_stmt()? {
            self.eat(T::Newline);
            return Ok(vec![s]);
        }
        let mut out = Vec::new();
        self.parse_simple_stmts(&mut out)?;
        Ok(out)
    }

    /// `simple_stmts: ';'.simple_stmt+ [';'] NEWLINE`
    pub(crate) fn parse_simple_stmts(&mut self, out: &mut Vec<Stmt>) -> PResult<()> {
        loop {
            let s = self.parse_simple_stmt()?;
            out.push(s);
            if !self.eat(T::Semi) || self.at(T::Newline) {
                break;
            }
        }
        if self.eat(T::Newline) {
            return Ok(());
        }
        self.simple_stmt_end_error(out)
    }

    /// The error when a simple statement is not followed by `;` or NEWLINE.
    fn simple_stmt_end_error(&mut self, out: &[Stmt]) -> PResult<()> {
        if let Some(last) = out.last() {
            if let StmtKind::Expr { value } = &last.kind {
                if let ExprKind::Name { id, .. } = &value.kind {
                    let t = self.tok();
                    if (id == "print" || id == "exec")
                        && self.starts_expression()
                        && !self.at(T::Lpar)
                    {
                        let _ = t;
                        let msg = format!(
                            "Missing parentheses in call to '{id}'. Did you mean {id}(...)?"
                        );
                        let end = self.rest_of_simple_stmt_end();
                        return self.error(msg, TextRange::new(value.range.start, end));
                    }
                }
            }
            if self.at(T::Rarrow) {
                return self.invalid();
            }
            if self.starts_expression()
                && !self.at(T::Star)
                && !self.at(T::Minus)
                && !self.at(T::Plus)
            {
                if let StmtKind::Expr { .. } | StmtKind::Assign { .. } = &last.kind {
                    return self.invalid();
                }
            }
        }
        self.invalid()
    }

    /// End of the expression list that follows (for the `print` message).
    fn rest_of_simple_stmt_end(&mut self) -> u32 {
        let mark = self.mark();
        let max = self.max_pos();
        let end = match self.parse_star_expressions() {
            Ok(e) => e.range.end,
            Err(_) => self.tok().range.end,
        };
        self.reset(mark);
        self.set_max_pos(max);
        end
    }

    /// `simple_stmt`: one statement of a `;`-separated line.
    fn parse_simple_stmt(&mut self) -> PResult<Stmt> {
        let t = self.tok();
        let start = t.range.start;
        let kind = match t.kw {
            Kw::Return => {
                self.bump();
                let value = if self.starts_expression() {
                    Some(Box::new(self.parse_star_expressions()?))
                } else {
                    None
                };
                StmtKind::Return { value }
            }
            Kw::Import => return self.parse_import_name(),
            Kw::From => return self.parse_import_from(),
            Kw::Raise => self.parse_raise()?,
            Kw::Pass | Kw::Break | Kw::Continue => {
                self.bump();
                if self.at_kw(Kw::If) {
                    return self.error(
                        "expected expression before 'if', but statement is given",
                        t.range,
                    );
                }
                match t.kw {
                    Kw::Pass => StmtKind::Pass,
                    Kw::Break => StmtKind::Break,
                    _ => StmtKind::Continue,
                }
            }
            Kw::Del => self.parse_del()?,
            Kw::Assert => {
                self.bump();
                let test = Box::new(self.parse_expression()?);
                let msg = if self.eat(T::Comma) {
                    Some(Box::new(self.parse_expression()?))
                } else {
                    None
                };
                StmtKind::Assert { test, msg }
            }
            Kw::Global | Kw::Nonlocal => {
                self.bump();
                let mut names = vec![self.expect_name()?.0];
                while self.eat(T::Comma) {
                    names.push(self.expect_name()?.0);
                }
                if t.kw == Kw::Global {
                    StmtKind::Global { names }
                } else {
                    StmtKind::Nonlocal { names }
                }
            }
            _ => {
                if t.is_name() && self.text(t) == "type" && self.nth(1).is_name() {
                    return self.parse_type_alias();
                }
                return self.parse_expr_stmt();
            }
        };
        Ok(st(kind, self.range_from(start)))
    }

    /// `raise_stmt: 'raise' expression ['from' expression] | 'raise'`
    fn parse_raise(&mut self) -> PResult<StmtKind> {
        self.bump();
        if !self.starts_expression() {
            return Ok(StmtKind::Raise {
                exc: None,
                cause: None,
            });
        }
        let exc = Some(Box::new(self.parse_expression()?));
        let cause = if self.eat_kw(Kw::From) {
            Some(Box::new(self.parse_expression()?))
        } else {
            None
        };
        Ok(StmtKind::Raise { exc, cause })
    }

    /// `del_stmt: 'del' del_targets &(';' | NEWLINE)`
    fn parse_del(&mut self) -> PResult<StmtKind> {
        self.bump();
        let start = self.start();
        let mut targets = Vec::new();
        loop {
            let e = if self.at(T::Star) {
                self.parse_starred(|p| p.parse_bitwise_or())?
            } else {
                self.parse_bitwise_or()?
            };
            targets.push(e);
            if !self.eat(T::Comma) || matches!(self.peek(), T::Semi | T::Newline) {
                break;
            }
        }
        if !matches!(self.peek(), T::Semi | T::Newline) {
            let err = self.invalid::<()>().unwrap_err();
            let mark = self.mark();
            let max = self.max_pos();
            while self.mark() > 0 && self.tok().range.start > start {
                self.reset(self.mark() - 1);
            }
            if let Ok(e) = self.parse_star_expressions() {
                if let Some(bad) = invalid_target(&e, TargetKind::Del) {
                    return Err(target_error(bad, TargetKind::Del));
                }
            }
            self.reset(mark);
            self.set_max_pos(max);
            return Err(err);
        }
        let targets = targets
            .into_iter()
            .map(|e| self.to_target(e, TargetKind::Del))
            .collect::<PResult<Vec<_>>>()?;
        Ok(StmtKind::Delete { targets })
    }

    /// `type_alias: "type" NAME [type_params] '=' expression`
    fn parse_type_alias(&mut self) -> PResult<Stmt> {
        let start = self.bump().range.start;
        let t = self.bump();
        let name = self.name_expr(t, ExprContext::Store);
        let type_params = match self.parse_type_params_opt() {
            Err(mut e) if e.message == crate::params::EMPTY_TYPE_PARAMS => {
                // In a `type` statement CPython's caret runs from the `]`
                // up to the next token.
                e.range.end = e.range.end.max(self.nth(1).range.start);
                return Err(e);
            }
            r => r?,
        };
        self.expect(T::Equal)?;
        let value = self.parse_expression()?;
        Ok(st(
            StmtKind::TypeAlias {
                name: Box::new(name),
                type_params,
                value: Box::new(value),
            },
            self.range_from(start),
        ))
    }

    /// `annotated_rhs: yield_expr | star_expressions`
    pub(crate) fn parse_annotated_rhs(&mut self) -> PResult<Expr> {
        if self.at_kw(Kw::Yield) {
            self.parse_yield_expr()
        } else {
            self.parse_star_expressions()
        }
    }

    /// Assignments (plain, annotated, augmented) and expression statements.
    fn parse_expr_stmt(&mut self) -> PResult<Stmt> {
        let first_tok = self.tok();
        let start = first_tok.range.start;
        let e = self.parse_annotated_rhs()?;
        match self.peek() {
            T::ColonEqual if !matches!(e.kind, ExprKind::Name { .. }) => self.error(
                format!("cannot use assignment expressions with {}", expr_name(&e)),
                e.range,
            ),
            T::Colon => self.parse_ann_assign(e, first_tok.kind == T::Name, start),
            T::Equal => self.parse_assign(e, start),
            kind => {
                if let Some(op) = aug_op(kind) {
                    if !matches!(
                        e.kind,
                        ExprKind::Name { .. }
                            | ExprKind::Attribute { .. }
                            | ExprKind::Subscript { .. }
                    ) {
                        return self.error(
                            format!(
                                "'{}' is an illegal expression for augmented assignment",
                                expr_name(&e)
                            ),
                            e.range,
                        );
                    }
                    self.bump();
                    let target = self.to_target(e, TargetKind::Star)?;
                    let value = self.parse_annotated_rhs()?;
                    return Ok(st(
                        StmtKind::AugAssign {
                            target: Box::new(target),
                            op,
                            value: Box::new(value),
                        },
                        self.range_from(start),
                    ));
                }
                Ok(st(
                    StmtKind::Expr { value: Box::new(e) },
                    self.range_from(start),
                ))
            }
        }
    }

    /// `target ':' expression ['=' annotated_rhs]`
    fn parse_ann_assign(&mut self, e: Expr, bare: bool, start: u32) -> PResult<Stmt> {
        let annotation_follows = {
            let mark = self.mark();
            let max = self.max_pos();
            self.bump();
            let ok = self.starts_expression() && !self.at(T::Star);
            self.reset(mark);
            self.set_max_pos(max);
            ok
        };
        let valid = matches!(
            e.kind,
            ExprKind::Name { .. } | ExprKind::Attribute { .. } | ExprKind::Subscript { .. }
        );
        if !valid && !annotation_follows {
            return self.invalid();
        }
        let simple = match &e.kind {
            ExprKind::Name { .. } => bare,
            ExprKind::Attribute { .. } | ExprKind::Subscript { .. } => false,
            ExprKind::Tuple { elts, .. } => {
                let range = if self.src_starts_with_paren(e.range.start) {
                    e.range
                } else {
                    elts.first().map_or(e.range, |x| x.range)
                };
                return self.error("only single target (not tuple) can be annotated", range);
            }
            ExprKind::List { .. } => {
                return self.error("only single target (not list) can be annotated", e.range)
            }
            _ => return self.error("illegal target for annotation", e.range),
        };
        self.bump();
        let target = self.to_target(e, TargetKind::Star)?;
        let annotation = self.parse_expression()?;
        let value = if self.eat(T::Equal) {
            Some(Box::new(self.parse_annotated_rhs()?))
        } else {
            None
        };
        Ok(st(
            StmtKind::AnnAssign {
                target: Box::new(target),
                annotation: Box::new(annotation),
                value,
                simple,
            },
            self.range_from(start),
        ))
    }

    /// `(star_targets '=')+ annotated_rhs !'=' [TYPE_COMMENT]`
    fn parse_assign(&mut self, first: Expr, start: u32) -> PResult<Stmt> {
        let mut targets = Vec::new();
        let mut cur = first;
        while self.at(T::Equal) {
            let target = self.check_assign_target(cur, targets.is_empty())?;
            targets.push(target);
            self.bump();
            cur = self.parse_annotated_rhs()?;
        }
        let type_comment = self.parse_type_comment_opt();
        Ok(st(
            StmtKind::Assign {
                targets,
                value: Box::new(cur),
                type_comment,
            },
            self.range_from(start),
        ))
    }

    /// Check the target before an `=` (the current token), with CPython's
    /// messages (`invalid_assignment` and, for the first target,
    /// `invalid_named_expression`).
    fn check_assign_target(&mut self, e: Expr, first: bool) -> PResult<Expr> {
        let paren = self.is_parenthesized(&e);
        if matches!(e.kind, ExprKind::Yield { .. } | ExprKind::YieldFrom { .. }) && !paren {
            return self.error("assignment to yield expression not possible", e.range);
        }
        let Some(bad) = invalid_target(&e, TargetKind::Star) else {
            return self.to_target(e, TargetKind::Star);
        };
        if first {
            let bytes = self.src.as_bytes();
            let candidate = match &e.kind {
                ExprKind::Tuple { elts, .. } => {
                    let bare = !self.src_starts_with_paren(e.range.start);
                    let last = (e.range.end as usize).checked_sub(1);
                    let trailing = last.and_then(|i| bytes.get(i)) == Some(&b',');
                    elts.last().filter(|_| bare && !trailing)
                }
                _ => Some(&e),
            };
            if let Some(c) = candidate.filter(|c| !matches!(c.kind, ExprKind::Starred { .. })) {
                let err = self.invalid_named_assignment(c);
                if err.message != crate::parser::INVALID_SYNTAX {
                    return Err(err);
                }
            }
        }
        Err(target_error(bad, TargetKind::Star))
    }

    /// An optional TYPE_COMMENT token's text.
    pub(crate) fn parse_type_comment_opt(&mut self) -> Option<String> {
        if self.at(T::TypeComment) {
            let t = self.bump();
            Some(type_comment_text(self.text(t)))
        } else {
            None
        }
    }

    /// `import_name: 'import' dotted_as_names`
    fn parse_import_name(&mut self) -> PResult<Stmt> {
        let start = self.bump().range.start;
        if self.at(T::Newline) {
            return self.error(
                "Expected one or more names after 'import'",
                self.tok().range,
            );
        }
        let mut names = Vec::new();
        loop {
            let (name, range) = self.parse_dotted_name()?;
            let asname = self.parse_import_asname()?;
            if self.at_kw(Kw::From) {
                return self.import_order_error(start);
            }
            names.push(Alias {
                name,
                asname,
                range: self.range_from(range.start),
            });
            if !self.eat(T::Comma) {
                break;
            }
        }
        Ok(st(StmtKind::Import { names }, self.range_from(start)))
    }

    /// `dotted_name: dotted_name '.' NAME | NAME`
    fn parse_dotted_name(&mut self) -> PResult<(String, TextRange)> {
        let (mut name, range) = self.expect_name()?;
        while self.at(T::Dot) {
            self.bump();
            let (part, _) = self.expect_name()?;
            name.push('.');
            name.push_str(&part);
        }
        Ok((name, self.range_from(range.start)))
    }

    /// `import_from: 'from' ('.' | '...')* dotted_name 'import' import_from_targets
    ///   | 'from' ('.' | '...')+ 'import' import_from_targets`
    fn parse_import_from(&mut self) -> PResult<Stmt> {
        let start = self.bump().range.start;
        let mut level = 0;
        loop {
            match self.peek() {
                T::Dot => level += 1,
                T::Ellipsis => level += 3,
                _ => break,
            }
            self.bump();
        }
        let module = if level == 0 || !self.at_kw(Kw::Import) {
            Some(self.parse_dotted_name()?.0)
        } else {
            None
        };
        if !self.eat_kw(Kw::Import) {
            return self.invalid();
        }
        if self.at(T::Newline) {
            return self.error(
                "Expected one or more names after 'import'",
                self.tok().range,
            );
        }
        let names = self.parse_import_from_targets()?;
        if module.as_deref() == Some("__future__")
            && names.iter().any(|a| a.name == "barry_as_FLUFL")
        {
            self.barry = true;
        }
        Ok(st(
            StmtKind::ImportFrom {
                module,
                names,
                level,
            },
            self.range_from(start),
        ))
    }

    /// `import_from_targets: '(' import_from_as_names [','] ')'
    ///   | import_from_as_names !',' | '*'`
    fn parse_import_from_targets(&mut self) -> PResult<Vec<Alias>> {
        if self.at(T::Star) {
            let t = self.bump();
            return Ok(vec![Alias {
                name: "*".into(),
                asname: None,
                range: t.range,
            }]);
        }
        let paren = self.eat(T::Lpar);
        let mut names = Vec::new();
        loop {
            let (name, range) = self.expect_name()?;
            let asname = self.parse_import_asname()?;
            names.push(Alias {
                name,
                asname,
                range: self.range_from(range.start),
            });
            if !self.at(T::Comma) {
                break;
            }
            if !paren && self.nth(1).kind == T::Newline {
                self.bump();
                return self.error(
                    "trailing comma not allowed without surrounding parentheses",
                    self.tok().range,
                );
            }
            self.bump();
            if paren && self.at(T::Rpar) {
                break;
            }
        }
        if paren {
            self.expect(T::Rpar)?;
        }
        Ok(names)
    }

    /// `['as' NAME]` of an import, with "cannot use X as import target".
    fn parse_import_asname(&mut self) -> PResult<Option<String>> {
        if !self.eat_kw(Kw::As) {
            return Ok(None);
        }
        let t = self.tok();
        if t.is_name() && matches!(self.nth(1).kind, T::Comma | T::Rpar | T::Semi | T::Newline) {
            self.bump();
            return Ok(Some(self.ident(t)));
        }
        let mark = self.mark();
        if let Ok(e) = self.parse_expression() {
            return self.error(
                format!("cannot use {} as import target", expr_name(&e)),
                e.range,
            );
        }
        self.reset(mark);
        Ok(Some(self.expect_name()?.0))
    }

    /// `import a, b from c`: "Did you mean to use 'from ... import ...' instead?"
    fn import_order_error(&mut self, start: u32) -> PResult<Stmt> {
        self.bump();
        let mark = self.mark();
        if self.parse_dotted_name().is_ok() {
            return self.error(
                "Did you mean to use 'from ... import ...' instead?",
                self.range_from(start),
            );
        }
        self.reset(mark);
        self.invalid()
    }
}

/// The text of a type comment: what follows `# type:`.
pub(crate) fn type_comment_text(text: &str) -> String {
    let body = text.strip_prefix('#').map_or(text, |s| s.trim_start());
    let body = body.strip_prefix("type:").map_or(body, |s| s.trim_start());
    body.to_string()
}
