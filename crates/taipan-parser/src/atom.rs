//! Primaries and atoms: attribute access, calls and their arguments,
//! subscripts and slices, names, constants, and the bracketed displays
//! (tuples, groups, lists, sets, dicts and the four comprehensions).

use crate::expr::mk;
use crate::parser::{PResult, Parser};
use crate::token_buffer::Kw;
use taipan_ast::{Comp, Comprehension, Constant, Expr, ExprContext, ExprKind, Keyword};
use taipan_source::TextRange;
use taipan_tokenizer::TokenKind as T;

impl Parser<'_> {
    /// `primary: primary '.' NAME | primary genexp | primary '(' [arguments] ')'
    ///   | primary '[' slices ']' | atom`
    pub(crate) fn parse_primary(&mut self) -> PResult<Expr> {
        let start = self.start();
        let mut e = self.parse_atom()?;
        let mut chain = 0u32;
        loop {
            chain += 1;
            if chain > crate::expr::MAX_CHAIN {
                return self.stack_overflow();
            }
            match self.peek() {
                T::Dot => {
                    if !self.nth(1).is_name() {
                        return Ok(e);
                    }
                    self.bump();
                    let (attr, _) = self.expect_name()?;
                    let range = self.range_from(start);
                    e = mk(
                        ExprKind::Attribute {
                            value: Box::new(e),
                            attr,
                            ctx: ExprContext::Load,
                        },
                        range,
                    );
                }
                T::Lpar => {
                    let mark = self.mark();
                    let lpar = self.bump().range.start;
                    self.enter(27)?;
                    let args = self.parse_arguments(lpar, true);
                    self.leave(27);
                    let Some((args, keywords)) = self.soft(mark, args)? else {
                        return Ok(e);
                    };
                    let range = self.range_from(start);
                    e = mk(
                        ExprKind::Call {
                            func: Box::new(e),
                            args,
                            keywords,
                        },
                        range,
                    );
                }
                T::Lsqb => {
                    let mark = self.mark();
                    self.bump();
                    self.enter(27)?;
                    let slice = self.parse_slices();
                    self.leave(27);
                    let slice = match slice {
                        Ok(s) => self.expect_closing(T::Rsqb).map(|()| s),
                        Err(err) => Err(err),
                    };
                    let Some(slice) = self.soft(mark, slice)? else {
                        return Ok(e);
                    };
                    let range = self.range_from(start);
                    e = mk(
                        ExprKind::Subscript {
                            value: Box::new(e),
                            slice: Box::new(slice),
                            ctx: ExprContext::Load,
                        },
                        range,
                    );
                }
                _ => return Ok(e),
            }
        }
    }

    /// Consume a closing bracket, or fail (suggesting a missing comma when
    /// two expressions stand side by side, as CPython does).
    pub(crate) fn expect_closing(&mut self, kind: T) -> PResult<()> {
        if self.eat(kind) {
            Ok(())
        } else {
            self.invalid()
        }
    }

    /// `arguments: args [','] &')'`, after the `(`; consumes the `)`.
    /// `genexp_ok` is false for class bases, where `C(x for x in y)` is
    /// not a call.
    pub(crate) fn parse_arguments(
        &mut self,
        lpar: u32,
        genexp_ok: bool,
    ) -> PResult<(Vec<Expr>, Vec<Keyword>)> {
        let mut args = Vec::new();
        let mut keywords: Vec<Keyword> = Vec::new();
        let mut seen_kw = false;
        let mut seen_dstar = false;
        let mut pending: Option<&'static str> = None;
        let mut comma_start = lpar;
        while !self.at(T::Rpar) {
            let before = self.mark();
            let start = self.start();
            let t = self.tok();
            if t.kind == T::Star {
                let e = self.parse_star_argument()?;
                if seen_dstar {
                    return self.error(
                        "iterable argument unpacking follows keyword argument unpacking",
                        TextRange::new(comma_start, e.range.end),
                    );
                }
                args.push(e);
            } else if t.kind == T::DoubleStar {
                self.bump();
                let value = self.parse_expression()?;
                if self.at(T::Equal) {
                    self.bump();
                    let rhs = self.parse_expression()?;
                    return self.error(
                        "cannot assign to keyword argument unpacking",
                        TextRange::new(start, rhs.range.end),
                    );
                }
                keywords.push(Keyword {
                    arg: None,
                    value,
                    range: self.range_from(start),
                });
                seen_dstar = true;
            } else if (t.is_name() || matches!(t.kw, Kw::True | Kw::False | Kw::None))
                && self.nth(1).kind == T::Equal
            {
                keywords.push(self.parse_keyword_argument()?);
                seen_kw = true;
            } else {
                let e = self.parse_argument_expr()?;
                if self.at_comp_for() && genexp_ok {
                    let elt_start = e.range.start;
                    let gen = self.parse_genexp_tail(e, lpar)?;
                    if !args.is_empty() || !keywords.is_empty() || !self.at(T::Rpar) {
                        return self.error(
                            "Generator expression must be parenthesized",
                            TextRange::new(elt_start, self.prev_end()),
                        );
                    }
                    self.bump();
                    return Ok((vec![gen], keywords));
                }
                if seen_dstar {
                    pending.get_or_insert("positional argument follows keyword argument unpacking");
                } else if seen_kw {
                    pending.get_or_insert("positional argument follows keyword argument");
                }
                args.push(e);
            }
            self.assert_progress(before);
            if !self.at(T::Comma) {
                break;
            }
            comma_start = self.bump().range.start;
        }
        if let Some(msg) = pending {
            if self.at(T::Rpar) {
                return self.error(msg, self.tok().range);
            }
        }
        self.expect_closing(T::Rpar)?;
        Ok((args, keywords))
    }

    /// `'*' expression` as an argument, with CPython's errors for `f(*)`
    /// and `f(*a=1)`.
    fn parse_star_argument(&mut self) -> PResult<Expr> {
        let start = self.start();
        if matches!(self.nth(1).kind, T::Rpar | T::Comma) {
            self.bump();
            return self.error("Invalid star expression", self.tok().range);
        }
        let e = self.parse_starred(|p| p.parse_expression())?;
        if self.at(T::Equal) {
            self.bump();
            let rhs = self.parse_expression()?;
            return self.error(
                "cannot assign to iterable argument unpacking",
                TextRange::new(start, rhs.range.end),
            );
        }
        Ok(e)
    }

    /// `NAME '=' expression`, with CPython's `invalid_kwarg` errors.
    fn parse_keyword_argument(&mut self) -> PResult<Keyword> {
        let t = self.bump();
        let eq = self.bump();
        if t.kw != Kw::Plain {
            if matches!(t.kw, Kw::True | Kw::False | Kw::None) {
                return self.error(
                    format!("cannot assign to {}", self.text(t)),
                    TextRange::new(t.range.start, eq.range.end),
                );
            }
            return self.invalid_at(t);
        }
        if matches!(self.peek(), T::Comma | T::Rpar) {
            return self.error(
                "expected argument value expression",
                TextRange::new(t.range.start, eq.range.end),
            );
        }
        let value = self.parse_expression()?;
        if self.at_comp_for() {
            return self.error(
                "invalid syntax. Maybe you meant '==' or ':=' instead of '='?",
                TextRange::new(t.range.start, eq.range.end),
            );
        }
        Ok(Keyword {
            arg: Some(self.ident(t)),
            value,
            range: self.range_from(t.range.start),
        })
    }

    /// A generic error at token `t`.
    pub(crate) fn invalid_at<R>(&self, t: crate::token_buffer::Tok) -> PResult<R> {
        self.error(crate::parser::INVALID_SYNTAX, t.range)
    }

    /// A positional argument: `assignment_expression | expression !':='`,
    /// with CPython's errors for `f(a.b=1)` and `f(a=1=2)`.
    fn parse_argument_expr(&mut self) -> PResult<Expr> {
        let e = self.parse_named_expression_in_call()?;
        if self.at(T::Equal) {
            return self.error(
                "expression cannot contain assignment, perhaps you meant \"==\"?",
                TextRange::new(e.range.start, self.tok().range.end),
            );
        }
        Ok(e)
    }

    /// `named_expression` without the `=` diagnostics of statements.
    fn parse_named_expression_in_call(&mut self) -> PResult<Expr> {
        let t = self.tok();
        if t.is_name() && self.nth(1).kind == T::ColonEqual {
            return self.parse_named_expression();
        }
        self.parse_expression()
    }

    /// Whether a `for_if_clause` starts here.
    pub(crate) fn at_comp_for(&self) -> bool {
        self.at_kw(Kw::For) || (self.at_kw(Kw::Async) && self.nth(1).kw == Kw::For)
    }

    /// The rest of a generator expression whose `(` started at `lpar`;
    /// leaves the `)` unconsumed.
    fn parse_genexp_tail(&mut self, elt: Expr, lpar: u32) -> PResult<Expr> {
        let generators = self.parse_for_if_clauses()?;
        let end = self.tok().range.end;
        Ok(mk(
            ExprKind::GeneratorExp(Box::new(Comp {
                elt: Box::new(elt),
                generators,
            })),
            TextRange::new(lpar, end),
        ))
    }

    /// `for_if_clauses: for_if_clause+` where
    /// `for_if_clause: ['async'] 'for' star_targets 'in' ~ disjunction ('if' disjunction)*`
    pub(crate) fn parse_for_if_clauses(&mut self) -> PResult<Vec<Comprehension>> {
        let mut out = Vec::new();
        while self.at_comp_for() {
            let is_async = self.eat_kw(Kw::Async);
            self.bump();
            let target = self.parse_for_targets(true)?;
            self.bump();
            let iter = self.parse_disjunction()?;
            let mut ifs = Vec::new();
            while self.eat_kw(Kw::If) {
                ifs.push(self.parse_disjunction()?);
            }
            out.push(Comprehension {
                target,
                iter,
                ifs,
                is_async,
            });
        }
        Ok(out)
    }

    /// `slices: slice !',' | ','.(slice | starred_expression)+ [',']`
    fn parse_slices(&mut self) -> PResult<Expr> {
        let start = self.start();
        let first = self.parse_slice_item()?;
        if !self.at(T::Comma) && !matches!(first.kind, ExprKind::Starred { .. }) {
            return Ok(first);
        }
        let mut elts = vec![first];
        while self.eat(T::Comma) {
            if self.at(T::Rsqb) {
                break;
            }
            elts.push(self.parse_slice_item()?);
        }
        Ok(mk(
            ExprKind::Tuple {
                elts,
                ctx: ExprContext::Load,
            },
            self.range_from(start),
        ))
    }

    /// `slice: [expression] ':' [expression] [':' [expression]]
    ///   | named_expression`, or a `starred_expression`.
    fn parse_slice_item(&mut self) -> PResult<Expr> {
        if self.at(T::Star) {
            return self.parse_starred(|p| p.parse_expression());
        }
        let start = self.start();
        let lower = if self.at(T::Colon) {
            None
        } else {
            let e = self.parse_named_expression()?;
            if !self.at(T::Colon) {
                return Ok(e);
            }
            Some(Box::new(e))
        };
        self.bump();
        let upper = self.parse_slice_bound()?;
        let step = if self.eat(T::Colon) {
            self.parse_slice_bound()?
        } else {
            None
        };
        Ok(mk(
            ExprKind::Slice { lower, upper, step },
            self.range_from(start),
        ))
    }

    /// An optional `expression` bound of a slice.
    fn parse_slice_bound(&mut self) -> PResult<Option<Box<Expr>>> {
        if matches!(self.peek(), T::Colon | T::Comma | T::Rsqb) {
            Ok(None)
        } else {
            Ok(Some(Box::new(self.parse_expression()?)))
        }
    }

    /// `atom: NAME | 'True' | 'False' | 'None' | strings | NUMBER
    ///   | (tuple | group | genexp) | (list | listcomp)
    ///   | (dict | set | dictcomp | setcomp) | '...'`
    pub(crate) fn parse_atom(&mut self) -> PResult<Expr> {
        let t = self.tok();
        let constant = |p: &mut Self, value| {
            p.bump();
            Ok(mk(ExprKind::Constant { value, kind: None }, t.range))
        };
        match t.kind {
            T::Name => match t.kw {
                Kw::Plain => {
                    self.bump();
                    Ok(self.name_expr(t, ExprContext::Load))
                }
                Kw::True => constant(self, Constant::Bool(true)),
                Kw::False => constant(self, Constant::Bool(false)),
                Kw::None => constant(self, Constant::None),
                _ => self.invalid(),
            },
            T::Number => {
                self.bump();
                self.number(t)
            }
            T::String | T::FstringStart | T::TstringStart => self.parse_strings(),
            T::Ellipsis => constant(self, Constant::Ellipsis),
            T::Lpar | T::Lsqb | T::Lbrace => {
                self.enter(27)?;
                let e = match t.kind {
                    T::Lpar => self.parse_paren(),
                    T::Lsqb => self.parse_list(),
                    _ => self.parse_brace(),
                };
                self.leave(27);
                e
            }
            _ => self.invalid(),
        }
    }

    /// A NUMBER token's constant.
    fn number(&self, t: crate::token_buffer::Tok) -> PResult<Expr> {
        match crate::literal::parse_number(self.text(t)) {
            Ok(value) => Ok(mk(ExprKind::Constant { value, kind: None }, t.range)),
            Err(e) => self.error(e.message, t.range),
        }
    }

    /// `tuple | group | genexp`, at `(`.
    fn parse_paren(&mut self) -> PResult<Expr> {
        let lpar = self.bump().range.start;
        if self.eat(T::Rpar) {
            return Ok(self.tuple(Vec::new(), lpar));
        }
        if self.at_kw(Kw::Yield) {
            let e = self.parse_yield_expr()?;
            self.expect_closing(T::Rpar)?;
            return Ok(e);
        }
        if self.at(T::DoubleStar) {
            let max = self.max_pos();
            let t = self.bump();
            if self.parse_expression().is_ok() && self.at(T::Rpar) {
                return self.error("cannot use double starred expression here", t.range);
            }
            self.set_max_pos(max);
            return self.invalid_at(t);
        }
        let first = self.parse_display_item()?;
        if self.at_comp_for() {
            if matches!(first.kind, ExprKind::Starred { .. }) {
                return self.error(
                    "iterable unpacking cannot be used in comprehension",
                    first.range,
                );
            }
            let gen = self.parse_genexp_tail(first, lpar)?;
            self.expect_closing(T::Rpar)?;
            return Ok(gen);
        }
        if self.eat(T::Rpar) {
            if matches!(first.kind, ExprKind::Starred { .. }) {
                return self.error("cannot use starred expression here", first.range);
            }
            return Ok(first);
        }
        if !self.at(T::Comma) {
            return self.invalid();
        }
        let elts = self.parse_display_rest(first, T::Rpar)?;
        Ok(self.tuple(elts, lpar))
    }

    /// A `Tuple` from `start` to the last consumed token.
    fn tuple(&self, elts: Vec<Expr>, start: u32) -> Expr {
        mk(
            ExprKind::Tuple {
                elts,
                ctx: ExprContext::Load,
            },
            self.range_from(start),
        )
    }

    /// The elements after the first of a display: `(',' star_named_expression)* [',']`
    /// and the closing bracket.
    fn parse_display_rest(&mut self, first: Expr, close: T) -> PResult<Vec<Expr>> {
        let mut elts = vec![first];
        while self.at(T::Comma) {
            let comma = self.bump();
            if close != T::Rpar && self.at_comp_for() {
                let end = if elts.len() > 1 {
                    elts.last().map_or(comma.range.end, |e| e.range.end)
                } else {
                    comma.range.end
                };
                return self.error(
                    "did you forget parentheses around the comprehension target?",
                    TextRange::new(elts[0].range.start, end),
                );
            }
            if self.at(close) {
                break;
            }
            elts.push(self.parse_display_item()?);
            if close != T::Rpar && self.at_comp_for() {
                let end = elts.last().map_or(0, |e| e.range.end);
                return self.error(
                    "did you forget parentheses around the comprehension target?",
                    TextRange::new(elts[0].range.start, end),
                );
            }
        }
        self.expect_closing(close)?;
        Ok(elts)
    }

    /// `star_named_expression` inside a display, with "Invalid star
    /// expression" for a lone `*`.
    fn parse_display_item(&mut self) -> PResult<Expr> {
        if self.at(T::Star) && matches!(self.nth(1).kind, T::Rsqb | T::Rpar | T::Rbrace | T::Comma)
        {
            self.bump();
            return self.error("Invalid star expression", self.tok().range);
        }
        self.parse_star_named_expression()
    }

    /// `list | listcomp`, at `[`.
    fn parse_list(&mut self) -> PResult<Expr> {
        let start = self.bump().range.start;
        if self.eat(T::Rsqb) {
            return Ok(self.list(Vec::new(), start));
        }
        let first = self.parse_display_item()?;
        if self.at_comp_for() {
            return self.parse_comprehension_rest(first, T::Rsqb, start, ExprKind::ListComp);
        }
        let elts = self.parse_display_rest(first, T::Rsqb)?;
        Ok(self.list(elts, start))
    }

    /// The `for_if_clauses` and closing bracket of a list or set
    /// comprehension whose element `first` was read; `kind` builds the node.
    fn parse_comprehension_rest(
        &mut self,
        first: Expr,
        close: T,
        start: u32,
        kind: fn(Box<Comp>) -> ExprKind,
    ) -> PResult<Expr> {
        if matches!(first.kind, ExprKind::Starred { .. }) {
            return self.error(
                "iterable unpacking cannot be used in comprehension",
                first.range,
            );
        }
        let generators = self.parse_for_if_clauses()?;
        self.expect_closing(close)?;
        let comp = Comp {
            elt: Box::new(first),
            generators,
        };
        Ok(mk(kind(Box::new(comp)), self.range_from(start)))
    }

    /// A `List` from `start` to the last consumed token.
    fn list(&self, elts: Vec<Expr>, start: u32) -> Expr {
        mk(
            ExprKind::List {
                elts,
                ctx: ExprContext::Load,
            },
            self.range_from(start),
        )
    }

    /// `dict | set | dictcomp | setcomp`, at `{`.
    fn parse_brace(&mut self) -> PResult<Expr> {
        let start = self.bump().range.start;
        if self.eat(T::Rbrace) {
            return Ok(mk(
                ExprKind::Dict {
                    keys: Vec::new(),
                    values: Vec::new(),
                },
                self.range_from(start),
            ));
        }
        if self.at(T::DoubleStar) {
            return self.parse_dict_rest(start, Vec::new(), Vec::new());
        }
        let plain_key =
            !(self.at(T::Star) || (self.tok().is_name() && self.nth(1).kind == T::ColonEqual));
        let first = if plain_key {
            self.parse_expression()?
        } else {
            self.parse_display_item()?
        };
        if plain_key && self.at(T::Equal) {
            return Err(self.invalid_named_assignment(&first));
        }
        if plain_key && self.eat(T::Colon) {
            let value = self.parse_dict_value()?;
            if self.at_comp_for() {
                let generators = self.parse_for_if_clauses()?;
                self.expect_closing(T::Rbrace)?;
                return Ok(mk(
                    ExprKind::DictComp {
                        key: Box::new(first),
                        value: Box::new(value),
                        generators,
                    },
                    self.range_from(start),
                ));
            }
            if !self.eat(T::Comma) {
                self.expect_closing(T::Rbrace)?;
                return Ok(mk(
                    ExprKind::Dict {
                        keys: vec![Some(first)],
                        values: vec![value],
                    },
                    self.range_from(start),
                ));
            }
            return self.parse_dict_rest(start, vec![Some(first)], vec![value]);
        }
        if self.at(T::ColonEqual) {
            return self.invalid();
        }
        if self.at_comp_for() {
            return self.parse_comprehension_rest(first, T::Rbrace, start, ExprKind::SetComp);
        }
        let elts = self.parse_display_rest(first, T::Rbrace)?;
        Ok(mk(ExprKind::Set { elts }, self.range_from(start)))
    }

    /// A dict display's value after `key :`, with CPython's errors for a
    /// missing or starred value.
    fn parse_dict_value(&mut self) -> PResult<Expr> {
        let t = self.tok();
        if matches!(t.kind, T::Comma | T::Rbrace) {
            let colon = self.toks_before(1);
            return self.error("expression expected after dictionary key and ':'", colon);
        }
        if t.kind == T::DoubleStar {
            return self.invalid();
        }
        if t.kind == T::Star {
            self.bump();
            let e = self.parse_bitwise_or()?;
            let what = if t.kind == T::Star {
                "cannot use a starred expression in a dictionary value"
            } else {
                "cannot use dict unpacking in a dictionary value"
            };
            return self.error(what, TextRange::new(t.range.start, e.range.end));
        }
        self.parse_expression()
    }

    /// The range of the token `n` places before the current one.
    pub(crate) fn toks_before(&self, n: usize) -> TextRange {
        self.tok_at(self.mark().saturating_sub(n)).range
    }

    /// The remaining `double_starred_kvpair`s of a dict display and its `}`.
    fn parse_dict_rest(
        &mut self,
        start: u32,
        mut keys: Vec<Option<Expr>>,
        mut values: Vec<Expr>,
    ) -> PResult<Expr> {
        while !self.at(T::Rbrace) {
            if self.at(T::DoubleStar) {
                let t = self.bump();
                keys.push(None);
                values.push(self.parse_bitwise_or()?);
                if self.at_comp_for() {
                    return self.error(
                        "dict unpacking cannot be used in dict comprehension",
                        t.range,
                    );
                }
            } else {
                let key = self.parse_expression()?;
                if !self.eat(T::Colon) {
                    return self.error(
                        "':' expected after dictionary key",
                        TextRange::new(key.range.end - 1, key.range.end),
                    );
                }
                keys.push(Some(key));
                values.push(self.parse_dict_value()?);
            }
            if !self.eat(T::Comma) {
                break;
            }
        }
        self.expect_closing(T::Rbrace)?;
        Ok(mk(ExprKind::Dict { keys, values }, self.range_from(start)))
    }
}
