//! Assignment and deletion targets: expressions parsed as such, checked and
//! turned into `Store` or `Del` context, with CPython's messages for the
//! expressions that cannot be targets.

use crate::expr::mk;
use crate::parser::{PResult, Parser};
use crate::token_buffer::Kw;
use taipan_ast::{Constant, Expr, ExprContext, ExprKind};
use taipan_source::{SyntaxError, TextRange};
use taipan_tokenizer::TokenKind as T;

/// Which kind of target a check is for (CPython's `TARGETS_TYPE`).
#[derive(Clone, Copy, PartialEq, Eq)]
pub(crate) enum TargetKind {
    /// Assignment targets.
    Star,
    /// The targets of `del`.
    Del,
    /// The targets of `for` (where `a in b` was parsed as a comparison).
    For,
}

/// How CPython names an expression in messages (`_PyPegen_get_expr_name`).
pub(crate) fn expr_name(e: &Expr) -> &'static str {
    match &e.kind {
        ExprKind::Attribute { .. } => "attribute",
        ExprKind::Subscript { .. } => "subscript",
        ExprKind::Starred { .. } => "starred",
        ExprKind::Name { .. } => "name",
        ExprKind::List { .. } => "list",
        ExprKind::Tuple { .. } => "tuple",
        ExprKind::Lambda { .. } => "lambda",
        ExprKind::Call { .. } => "function call",
        ExprKind::BoolOp { .. } | ExprKind::BinOp { .. } | ExprKind::UnaryOp { .. } => "expression",
        ExprKind::GeneratorExp(_) => "generator expression",
        ExprKind::Yield { .. } | ExprKind::YieldFrom { .. } => "yield expression",
        ExprKind::Await { .. } => "await expression",
        ExprKind::ListComp(_) => "list comprehension",
        ExprKind::SetComp(_) => "set comprehension",
        ExprKind::DictComp { .. } => "dict comprehension",
        ExprKind::Dict { .. } => "dict literal",
        ExprKind::Set { .. } => "set display",
        ExprKind::JoinedStr { .. } | ExprKind::FormattedValue { .. } => "f-string expression",
        ExprKind::TemplateStr { .. } | ExprKind::Interpolation { .. } => "t-string expression",
        ExprKind::Constant { value, .. } => match value {
            Constant::None => "None",
            Constant::Bool(true) => "True",
            Constant::Bool(false) => "False",
            Constant::Ellipsis => "ellipsis",
            _ => "literal",
        },
        ExprKind::Compare { .. } => "comparison",
        ExprKind::IfExp { .. } => "conditional expression",
        ExprKind::NamedExpr { .. } => "named expression",
        ExprKind::Slice { .. } => "slice",
    }
}

/// The first part of `e` that cannot be a target of `kind`
/// (`_PyPegen_get_invalid_target`).
pub(crate) fn invalid_target(e: &Expr, kind: TargetKind) -> Option<&Expr> {
    match &e.kind {
        ExprKind::List { elts, .. } | ExprKind::Tuple { elts, .. } => {
            elts.iter().find_map(|x| invalid_target(x, kind))
        }
        ExprKind::Starred { value, .. } => {
            if kind == TargetKind::Del {
                Some(e)
            } else {
                invalid_target(value, kind)
            }
        }
        ExprKind::Compare { left, ops, .. } => {
            if kind == TargetKind::For {
                if ops.first() == Some(&taipan_ast::CmpOp::In) {
                    return invalid_target(left, kind);
                }
                return None;
            }
            Some(e)
        }
        ExprKind::Name { .. } | ExprKind::Subscript { .. } | ExprKind::Attribute { .. } => None,
        _ => Some(e),
    }
}

/// Set the context of a (checked) target and its parts.
pub(crate) fn set_ctx(e: &mut Expr, new: ExprContext) {
    match &mut e.kind {
        ExprKind::Name { ctx, .. }
        | ExprKind::Attribute { ctx, .. }
        | ExprKind::Subscript { ctx, .. } => *ctx = new,
        ExprKind::Starred { value, ctx } => {
            *ctx = new;
            set_ctx(value, new);
        }
        ExprKind::List { elts, ctx } | ExprKind::Tuple { elts, ctx } => {
            *ctx = new;
            for x in elts {
                set_ctx(x, new);
            }
        }
        _ => {}
    }
}

/// The error for an invalid target: "cannot assign to X" or "cannot delete X".
pub(crate) fn target_error(bad: &Expr, kind: TargetKind) -> SyntaxError {
    let verb = if kind == TargetKind::Del {
        "cannot delete"
    } else {
        "cannot assign to"
    };
    SyntaxError::new(format!("{verb} {}", expr_name(bad)), bad.range)
}

/// Whether `e` is a valid `bitwise_or`-level expression for CPython's
/// "Maybe you meant '=='" rule (which excludes displays and `True`...).
fn is_bitwise_or_level(e: &Expr) -> bool {
    !matches!(
        e.kind,
        ExprKind::BoolOp { .. }
            | ExprKind::Compare { .. }
            | ExprKind::Lambda { .. }
            | ExprKind::IfExp { .. }
            | ExprKind::NamedExpr { .. }
            | ExprKind::Starred { .. }
            | ExprKind::Yield { .. }
            | ExprKind::YieldFrom { .. }
    ) && !matches!(&e.kind, ExprKind::UnaryOp { op, .. } if *op == taipan_ast::UnaryOp::Not)
}

impl Parser<'_> {
    /// Whether `e` was written inside parentheses of its own (`(a)`),
    /// which its range does not show.
    pub(crate) fn is_parenthesized(&self, e: &Expr) -> bool {
        let before = self.src[..e.range.start as usize].trim_end();
        let after = self.src[e.range.end as usize..].trim_start();
        before.ends_with('(')
            && after.starts_with(')')
            && !matches!(e.kind, ExprKind::Tuple { .. } | ExprKind::GeneratorExp(_))
    }

    /// Check `e` as a target of `kind` and set its context.
    pub(crate) fn to_target(&self, mut e: Expr, kind: TargetKind) -> PResult<Expr> {
        if let Some(bad) = invalid_target(&e, kind) {
            return Err(target_error(bad, kind));
        }
        let ctx = if kind == TargetKind::Del {
            ExprContext::Del
        } else {
            ExprContext::Store
        };
        set_ctx(&mut e, ctx);
        Ok(e)
    }

    /// `star_targets` where `in` must end them (`for` loops and
    /// comprehensions): targets are parsed at `bitwise_or` level.
    pub(crate) fn parse_for_targets(&mut self, comprehension: bool) -> PResult<Expr> {
        let start = self.start();
        let result = self.parse_for_targets_inner(comprehension, start);
        match result {
            Err(e) if comprehension && e.message == crate::parser::INVALID_SYNTAX => {
                if self.start() > start {
                    return self.error("'in' expected after for-loop variables", e.range);
                }
                Err(e)
            }
            other => other,
        }
    }

    /// The body of [`Parser::parse_for_targets`].
    fn parse_for_targets_inner(&mut self, comprehension: bool, start: u32) -> PResult<Expr> {
        let first = self.parse_for_target_item()?;
        let e = if self.at(T::Comma) {
            let mut elts = vec![first];
            while self.eat(T::Comma) {
                if self.at_kw(Kw::In) || !self.starts_expression() {
                    break;
                }
                elts.push(self.parse_for_target_item()?);
            }
            mk(
                ExprKind::Tuple {
                    elts,
                    ctx: ExprContext::Load,
                },
                self.range_from(start),
            )
        } else {
            first
        };
        if !self.at_kw(Kw::In) {
            if comprehension {
                let furthest = self.tok_at(self.max_pos()).range;
                return self.error("'in' expected after for-loop variables", furthest);
            }
            return self.for_target_error(e);
        }
        self.to_target(e, TargetKind::For)
    }

    /// One element of `for` targets.
    fn parse_for_target_item(&mut self) -> PResult<Expr> {
        if self.at(T::Star) {
            self.parse_starred(|p| p.parse_bitwise_or())
        } else {
            self.parse_bitwise_or()
        }
    }

    /// The error for `for` targets not followed by `in`
    /// (`invalid_for_target`).
    fn for_target_error(&mut self, e: Expr) -> PResult<Expr> {
        if let Some(bad) = invalid_target(&e, TargetKind::For) {
            return Err(target_error(bad, TargetKind::For));
        }
        self.invalid()
    }

    /// `star_target`: a single target (as after `with ... as`).
    pub(crate) fn parse_star_target(&mut self) -> PResult<Expr> {
        let start = self.mark();
        let e = self.parse_for_target_item()?;
        self.note_disjunction(start);
        self.to_target(e, TargetKind::Star)
    }

    /// The error for `expr = ...` where a named expression was expected
    /// (`invalid_named_expression`).
    pub(crate) fn invalid_named_assignment(&mut self, e: &Expr) -> SyntaxError {
        let mark = self.mark();
        let max = self.max_pos();
        self.bump();
        let rhs_ok =
            self.parse_bitwise_or().is_ok() && !matches!(self.peek(), T::Equal | T::ColonEqual);
        let rhs_end = self.prev_end();
        self.reset(mark);
        self.set_max_pos(max);
        if !rhs_ok {
            return SyntaxError::new(crate::parser::INVALID_SYNTAX, self.tok().range);
        }
        if matches!(e.kind, ExprKind::Name { .. }) && !self.is_parenthesized(e) {
            return SyntaxError::new(
                "invalid syntax. Maybe you meant '==' or ':=' instead of '='?",
                TextRange::new(e.range.start, rhs_end),
            );
        }
        let excluded = matches!(
            e.kind,
            ExprKind::List { .. }
                | ExprKind::Tuple { .. }
                | ExprKind::GeneratorExp(_)
                | ExprKind::Constant {
                    value: Constant::Bool(_) | Constant::None,
                    ..
                }
        );
        if !excluded && (is_bitwise_or_level(e) || self.is_parenthesized(e)) {
            return SyntaxError::new(
                format!(
                    "cannot assign to {} here. Maybe you meant '==' instead of '='?",
                    expr_name(e)
                ),
                e.range,
            );
        }
        SyntaxError::new(crate::parser::INVALID_SYNTAX, self.tok().range)
    }
}
