//! Parameters of `def` and `lambda`, and type parameters (`[T, *Ts, **P]`).

use crate::parser::{PResult, Parser};
use taipan_ast::{Arg, Arguments, Expr, TypeParam, TypeParamKind};
use taipan_source::TextRange;
use taipan_tokenizer::TokenKind as T;

/// The error for `[]` as a type-parameter list.
pub(crate) const EMPTY_TYPE_PARAMS: &str = "Type parameter list cannot be empty";

/// The parameter-list state while its items are read.
#[derive(Default)]
struct ParamState {
    args: Arguments,
    positional: Vec<Arg>,
    seen_slash: bool,
    seen_star: bool,
    bare_star: Option<TextRange>,
    seen_default: bool,
}

impl Parser<'_> {
    /// `params` of a `def`, up to (not including) the `)`.
    pub(crate) fn parse_params(&mut self) -> PResult<Arguments> {
        self.parse_parameter_list(false)
    }

    /// `[lambda_params]`, up to (not including) the `:`.
    pub(crate) fn parse_lambda_params(&mut self) -> PResult<Arguments> {
        self.parse_parameter_list(true)
    }

    /// The parameters of a `def` (`lambda == false`) or a `lambda`.
    fn parse_parameter_list(&mut self, lambda: bool) -> PResult<Arguments> {
        let close = if lambda { T::Colon } else { T::Rpar };
        let mut s = ParamState::default();
        while !self.at(close) {
            let before = self.mark();
            match self.peek() {
                T::Lpar => return self.parenthesized_params_error(lambda),
                T::Slash => self.parse_slash(&mut s)?,
                T::Star => self.parse_star_param(&mut s, lambda)?,
                T::DoubleStar => {
                    self.parse_kwarg(&mut s, lambda, close)?;
                }
                _ => self.parse_plain_param(&mut s, lambda)?,
            }
            self.assert_progress(before);
            if !self.eat(T::Comma) {
                self.attach_type_comment(&mut s, lambda);
                break;
            }
            self.attach_type_comment(&mut s, lambda);
        }
        if let Some(range) = s.bare_star {
            if s.args.kwonlyargs.is_empty() {
                return self.error("named arguments must follow bare *", range);
            }
        }
        if !self.at(close) {
            return self.invalid();
        }
        let mut args = s.args;
        args.args = s.positional;
        Ok(args)
    }

    /// A `# type:` comment after a parameter belongs to the last one read.
    fn attach_type_comment(&mut self, s: &mut ParamState, lambda: bool) {
        if lambda || !self.at(T::TypeComment) {
            return;
        }
        let tc = self.parse_type_comment_opt();
        let last = if let Some(k) = s.args.kwarg.as_deref_mut() {
            Some(k)
        } else if let Some(a) = s.args.kwonlyargs.last_mut() {
            Some(a)
        } else if let Some(v) = s.args.vararg.as_deref_mut() {
            Some(v)
        } else if let Some(a) = s.positional.last_mut() {
            Some(a)
        } else {
            s.args.posonlyargs.last_mut()
        };
        if let Some(a) = last {
            a.type_comment = tc;
        }
    }

    /// `/`: the positional-only marker.
    fn parse_slash(&mut self, s: &mut ParamState) -> PResult<()> {
        let slash_index = self.mark();
        let t = self.bump();
        if s.seen_slash {
            return self.error("/ may appear only once", t.range);
        }
        if s.seen_star {
            return self.error("/ must be ahead of *", t.range);
        }
        if s.positional.is_empty() {
            if !self.at(T::Comma) {
                self.set_max_pos(slash_index);
                return self.invalid_at(t);
            }
            return self.error("at least one argument must precede /", t.range);
        }
        s.seen_slash = true;
        s.args.posonlyargs = std::mem::take(&mut s.positional);
        if self.at(T::Star) {
            return self.error("expected comma between / and *", self.tok().range);
        }
        Ok(())
    }

    /// `'*' [param]`: the var-positional parameter or a bare `*`.
    fn parse_star_param(&mut self, s: &mut ParamState, lambda: bool) -> PResult<()> {
        let t = self.bump();
        if s.seen_star {
            return self.error("* argument may appear only once", t.range);
        }
        s.seen_star = true;
        if self.at(T::Comma) || self.at(if lambda { T::Colon } else { T::Rpar }) {
            let close = if lambda { T::Colon } else { T::Rpar };
            let after = if self.at(T::Comma) {
                self.nth(1)
            } else {
                self.tok()
            };
            if after.kind == close || after.kind == T::DoubleStar {
                let range = if lambda { after.range } else { t.range };
                return self.error("named arguments must follow bare *", range);
            }
            s.bare_star = Some(t.range);
            return Ok(());
        }
        let arg = self.parse_param(lambda, true)?;
        if self.at(T::Equal) {
            return self.error(
                "var-positional argument cannot have default value",
                self.tok().range,
            );
        }
        s.args.vararg = Some(Box::new(arg));
        Ok(())
    }

    /// `'**' param`: the var-keyword parameter, which must be last.
    fn parse_kwarg(&mut self, s: &mut ParamState, lambda: bool, close: T) -> PResult<()> {
        self.bump();
        let arg = self.parse_param(lambda, false)?;
        if self.at(T::Equal) {
            return self.error(
                "var-keyword argument cannot have default value",
                self.tok().range,
            );
        }
        s.args.kwarg = Some(Box::new(arg));
        if self.at(T::Comma) && self.nth(1).kind != close && self.nth(1).kind != T::TypeComment {
            self.bump();
            return self.error(
                "arguments cannot follow var-keyword argument",
                self.tok().range,
            );
        }
        Ok(())
    }

    /// A named parameter with an optional default.
    fn parse_plain_param(&mut self, s: &mut ParamState, lambda: bool) -> PResult<()> {
        if s.args.kwarg.is_some() {
            return self.error(
                "arguments cannot follow var-keyword argument",
                self.tok().range,
            );
        }
        let arg = self.parse_param(lambda, false)?;
        let default = if self.at(T::Equal) {
            let eq = self.bump();
            let missing = if lambda {
                self.at(T::Comma)
            } else {
                matches!(self.peek(), T::Comma | T::Rpar)
            };
            if missing {
                return self.error("expected default value expression", eq.range);
            }
            Some(self.parse_expression()?)
        } else {
            None
        };
        if s.seen_star {
            s.args.kwonlyargs.push(arg);
            s.args.kw_defaults.push(default);
            return Ok(());
        }
        match default {
            Some(d) => {
                s.seen_default = true;
                s.args.defaults.push(d);
            }
            None if s.seen_default => {
                if !matches!(self.peek(), T::Comma | T::Rpar | T::Colon | T::TypeComment) {
                    return self.invalid();
                }
                return self.error(
                    "parameter without a default follows parameter with a default",
                    arg.range,
                );
            }
            None => {}
        }
        s.positional.push(arg);
        Ok(())
    }

    /// `def f((a, b))` / `lambda (a, b): 0`: "... parameters cannot be
    /// parenthesized", when a parenthesised list of names follows.
    fn parenthesized_params_error<R>(&mut self, lambda: bool) -> PResult<R> {
        let lpar = self.tok();
        let mut i = 1;
        loop {
            if !self.nth(i).is_name() {
                break;
            }
            i += 1;
            if self.nth(i).kind == T::Comma {
                i += 1;
            }
            if self.nth(i).kind == T::Rpar {
                let msg = if lambda {
                    "Lambda expression parameters cannot be parenthesized"
                } else {
                    "Function parameters cannot be parenthesized"
                };
                let range = TextRange::new(lpar.range.start, self.nth(i).range.end);
                return self.error(msg, range);
            }
        }
        self.invalid()
    }

    /// `param: NAME annotation?` (`lambda_param: NAME`); `star` allows
    /// `*args: *Ts`.
    fn parse_param(&mut self, lambda: bool, star: bool) -> PResult<Arg> {
        let (arg, range) = self.expect_name()?;
        let annotation = if !lambda && self.eat(T::Colon) {
            let e: Expr = if star && self.at(T::Star) {
                self.parse_star_expression()?
            } else {
                self.parse_expression()?
            };
            Some(Box::new(e))
        } else {
            None
        };
        Ok(Arg {
            arg,
            annotation,
            type_comment: None,
            range: self.range_from(range.start),
        })
    }

    /// `[type_params]`: `'[' type_param_seq ']'`.
    /// An empty list is [`EMPTY_TYPE_PARAMS`], pointing at the `]`.
    pub(crate) fn parse_type_params_opt(&mut self) -> PResult<Vec<TypeParam>> {
        if !self.eat(T::Lsqb) {
            return Ok(Vec::new());
        }
        let mut out = Vec::new();
        while !self.at(T::Rsqb) {
            out.push(self.parse_type_param()?);
            if !self.eat(T::Comma) {
                break;
            }
        }
        if out.is_empty() {
            return self.error(EMPTY_TYPE_PARAMS, self.tok().range);
        }
        self.expect(T::Rsqb)?;
        Ok(out)
    }

    /// `type_param: NAME [':' expression] ['=' expression]
    ///   | '*' NAME ['=' star_expression] | '**' NAME ['=' expression]`
    fn parse_type_param(&mut self) -> PResult<TypeParam> {
        let start = self.start();
        let kind = match self.peek() {
            T::Star => {
                self.bump();
                let (name, _) = self.expect_name()?;
                self.type_param_bound_error("TypeVarTuple")?;
                let default_value = if self.eat(T::Equal) {
                    Some(Box::new(self.parse_star_expression()?))
                } else {
                    None
                };
                TypeParamKind::TypeVarTuple {
                    name,
                    default_value,
                }
            }
            T::DoubleStar => {
                self.bump();
                let (name, _) = self.expect_name()?;
                self.type_param_bound_error("ParamSpec")?;
                let default_value = self.parse_type_default()?;
                TypeParamKind::ParamSpec {
                    name,
                    default_value,
                }
            }
            _ => {
                let (name, _) = self.expect_name()?;
                let bound = if self.eat(T::Colon) {
                    Some(Box::new(self.parse_expression()?))
                } else {
                    None
                };
                let default_value = self.parse_type_default()?;
                TypeParamKind::TypeVar {
                    name,
                    bound,
                    default_value,
                }
            }
        };
        Ok(TypeParam {
            kind,
            range: self.range_from(start),
        })
    }

    /// `*Ts: bound` / `**P: bound`: "cannot use bound with ..." (or
    /// "constraints" for a tuple), from the `:` to the bound's end.
    fn type_param_bound_error(&mut self, what: &str) -> PResult<()> {
        if !self.at(T::Colon) {
            return Ok(());
        }
        let colon = self.bump();
        let e = self.parse_expression()?;
        let kind = if matches!(e.kind, taipan_ast::ExprKind::Tuple { .. }) {
            "constraints"
        } else {
            "bound"
        };
        self.error(
            format!("cannot use {kind} with {what}"),
            TextRange::new(colon.range.start, self.prev_end()),
        )
    }

    /// `['=' expression]` of a type parameter.
    fn parse_type_default(&mut self) -> PResult<Option<Box<Expr>>> {
        if self.eat(T::Equal) {
            Ok(Some(Box::new(self.parse_expression()?)))
        } else {
            Ok(None)
        }
    }
}
