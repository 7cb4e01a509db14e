//! Compound statements: `if`, `while`, `for`, `with`, `try`, function and
//! class definitions (with decorators), and blocks. `match` is in
//! `pattern.rs`.

use crate::parser::{PResult, Parser};
use crate::stmt::st;
use crate::token_buffer::Kw;
use taipan_ast::{
    ClassDef, ExceptHandler, Expr, ExprKind, For, FunctionDef, Stmt, StmtKind, Try, With, WithItem,
};
use taipan_source::TextRange;
use taipan_tokenizer::TokenKind as T;

impl Parser<'_> {
    /// `compound_stmt`, or `None` when the current token starts none.
    pub(crate) fn parse_compound_stmt(&mut self) -> PResult<Option<Stmt>> {
        let t = self.tok();
        let s = match t.kw {
            Kw::If => self.parse_if(false)?,
            Kw::While => self.parse_while()?,
            Kw::For => self.parse_for(t.range.start, false)?,
            Kw::Try => self.parse_try()?,
            Kw::With => self.parse_with(t.range.start, false)?,
            Kw::Def => self.parse_function_def(Vec::new(), t.range.start, false)?,
            Kw::Class => self.parse_class_def(Vec::new())?,
            Kw::Async => match self.nth(1).kw {
                Kw::Def => {
                    self.bump();
                    self.parse_function_def(Vec::new(), t.range.start, true)?
                }
                Kw::For => {
                    self.bump();
                    self.parse_for(t.range.start, true)?
                }
                Kw::With => {
                    self.bump();
                    self.parse_with(t.range.start, true)?
                }
                _ => return self.invalid(),
            },
            _ if t.kind == T::At => self.parse_decorated()?,
            _ if t.is_name() && self.text(t) == "match" => return self.parse_match_stmt(),
            _ => return Ok(None),
        };
        Ok(Some(s))
    }

    /// `block: NEWLINE INDENT statements DEDENT | simple_stmts`; `what`
    /// names the statement for "expected an indented block after ...".
    pub(crate) fn parse_block(&mut self, what: &str, stmt_start: u32) -> PResult<Vec<Stmt>> {
        let mut body = Vec::new();
        if !self.at(T::Newline) {
            self.parse_simple_stmts(&mut body)?;
            return Ok(body);
        }
        let next = self.nth(1);
        if next.kind != T::Indent {
            let line = self.line_of(stmt_start);
            if next.kind == T::ErrorToken {
                return self.invalid();
            }
            return self.indent_error(
                format!("expected an indented block after {what} on line {line}"),
                self.eof_adjusted(next.range),
            );
        }
        self.bump();
        self.bump();
        while !self.at(T::Dedent) && !self.at(T::EndMarker) {
            if self.at(T::ErrorToken) {
                return self.invalid();
            }
            let before = self.mark();
            self.parse_statement(&mut body)?;
            self.assert_progress(before);
        }
        self.eat(T::Dedent);
        Ok(body)
    }

    /// Where CPython points at the end of the file: the last newline.
    pub(crate) fn eof_adjusted(&self, range: TextRange) -> TextRange {
        let len = self.src.len() as u32;
        if range.start >= len && self.src.ends_with('\n') {
            let nl = len - 1 - u32::from(self.src.ends_with("\r\n"));
            return TextRange::new(nl, nl + 1);
        }
        range
    }

    /// The `:` that opens a block; "expected ':'" when the line ends.
    pub(crate) fn expect_colon(&mut self) -> PResult<()> {
        if self.eat(T::Colon) {
            return Ok(());
        }
        if self.at(T::Newline) {
            return self.error("expected ':'", self.error_range_at(self.mark()));
        }
        self.invalid()
    }

    /// A forced `:` (`&&':'`): "expected ':'" whatever follows.
    fn expect_colon_forced(&mut self) -> PResult<()> {
        if self.eat(T::Colon) {
            return Ok(());
        }
        self.error("expected ':'", self.error_range_at(self.mark()))
    }

    /// `if_stmt` / `elif_stmt`: `('if' | 'elif') named_expression ':' block
    ///   (elif_stmt | [else_block])`
    fn parse_if(&mut self, elif: bool) -> PResult<Stmt> {
        let start = self.bump().range.start;
        let test = self.parse_named_expression()?;
        self.expect_colon()?;
        let what = if elif {
            "'elif' statement"
        } else {
            "'if' statement"
        };
        let body = self.parse_block(what, start)?;
        let orelse = if self.at_kw(Kw::Elif) {
            self.enter(1)?;
            let elif = self.parse_if(true);
            self.leave(1);
            vec![elif?]
        } else {
            let orelse = self.parse_else_block()?;
            if !orelse.is_empty() && self.at_kw(Kw::Elif) {
                return self.error("'elif' block follows an 'else' block", self.tok().range);
            }
            orelse
        };
        Ok(st(
            StmtKind::If {
                test: Box::new(test),
                body,
                orelse,
            },
            self.range_from(start),
        ))
    }

    /// `[else_block]` where `else_block: 'else' &&':' block`
    fn parse_else_block(&mut self) -> PResult<Vec<Stmt>> {
        if !self.at_kw(Kw::Else) {
            return Ok(Vec::new());
        }
        let start = self.bump().range.start;
        self.expect_colon_forced()?;
        self.parse_block("'else' statement", start)
    }

    /// `while_stmt: 'while' named_expression ':' block [else_block]`
    fn parse_while(&mut self) -> PResult<Stmt> {
        let start = self.bump().range.start;
        let test = self.parse_named_expression()?;
        self.expect_colon()?;
        let body = self.parse_block("'while' statement", start)?;
        let orelse = self.parse_else_block()?;
        Ok(st(
            StmtKind::While {
                test: Box::new(test),
                body,
                orelse,
            },
            self.range_from(start),
        ))
    }

    /// `for_stmt: ['async'] 'for' star_targets 'in' ~ star_expressions ':'
    ///   [TYPE_COMMENT] block [else_block]`
    fn parse_for(&mut self, start: u32, is_async: bool) -> PResult<Stmt> {
        self.bump();
        let target = self.parse_for_targets(false)?;
        self.bump();
        let iter = self.parse_star_expressions()?;
        self.expect_colon()?;
        let type_comment = self.parse_type_comment_opt();
        let body = self.parse_block("'for' statement", start)?;
        let orelse = self.parse_else_block()?;
        let f = Box::new(For {
            target: Box::new(target),
            iter: Box::new(iter),
            body,
            orelse,
            type_comment,
        });
        let kind = if is_async {
            StmtKind::AsyncFor(f)
        } else {
            StmtKind::For(f)
        };
        Ok(st(kind, self.range_from(start)))
    }

    /// `with_stmt: ['async'] 'with' '(' ','.with_item+ ','? ')' ':' block
    ///   | ['async'] 'with' ','.with_item+ ':' [TYPE_COMMENT] block`
    fn parse_with(&mut self, start: u32, is_async: bool) -> PResult<Stmt> {
        self.bump();
        let items = match self.try_parenthesized_with_items()? {
            Some(items) => items,
            None => {
                let mut items = Vec::new();
                loop {
                    items.push(self.parse_with_item()?);
                    if !self.eat(T::Comma) {
                        break;
                    }
                }
                items
            }
        };
        self.expect_colon()?;
        let type_comment = self.parse_type_comment_opt();
        let body = self.parse_block("'with' statement", start)?;
        let w = Box::new(With {
            items,
            body,
            type_comment,
        });
        let kind = if is_async {
            StmtKind::AsyncWith(w)
        } else {
            StmtKind::With(w)
        };
        Ok(st(kind, self.range_from(start)))
    }

    /// `'(' ','.with_item+ ','? ')' &':'`, or `None` (having consumed
    /// nothing) when the items are not of that form.
    fn try_parenthesized_with_items(&mut self) -> PResult<Option<Vec<WithItem>>> {
        if !self.at(T::Lpar) {
            return Ok(None);
        }
        let mark = self.mark();
        self.bump();
        let mut items = Vec::new();
        let ok = loop {
            match self.parse_with_item() {
                Ok(item) => items.push(item),
                Err(e) => {
                    let e = self.forgot_comma(e);
                    if e.message != crate::parser::INVALID_SYNTAX {
                        return Err(e);
                    }
                    break false;
                }
            }
            if !self.eat(T::Comma) {
                break self.eat(T::Rpar);
            }
            if self.eat(T::Rpar) {
                break true;
            }
        };
        if ok && (self.at(T::Colon) || self.at(T::Newline)) {
            return Ok(Some(items));
        }
        self.backtrack(mark);
        Ok(None)
    }

    /// `with_item: expression 'as' star_target &(',' | ')' | ':') | expression`
    fn parse_with_item(&mut self) -> PResult<WithItem> {
        let context_expr = self.parse_expression()?;
        let optional_vars = if self.eat_kw(Kw::As) {
            let target = self.parse_star_target()?;
            if !matches!(self.peek(), T::Comma | T::Rpar | T::Colon | T::Newline) {
                return self.invalid();
            }
            Some(Box::new(target))
        } else {
            None
        };
        Ok(WithItem {
            context_expr,
            optional_vars,
        })
    }

    /// `try_stmt`: `'try' &&':' block` then handlers, `else`, `finally`.
    fn parse_try(&mut self) -> PResult<Stmt> {
        let start = self.bump().range.start;
        self.expect_colon_forced()?;
        let body = self.parse_block("'try' statement", start)?;
        let mut handlers = Vec::new();
        let mut star = None;
        while self.at_kw(Kw::Except) {
            let is_star = self.nth(1).kind == T::Star;
            if *star.get_or_insert(is_star) != is_star {
                let t = self.tok();
                let range = if is_star {
                    TextRange::new(t.range.start, self.nth(1).range.end)
                } else {
                    t.range
                };
                return self.error(
                    "cannot have both 'except' and 'except*' on the same 'try'",
                    range,
                );
            }
            handlers.push(self.parse_except_block(is_star)?);
        }
        let orelse = if handlers.is_empty() {
            Vec::new()
        } else {
            self.parse_else_block()?
        };
        let finalbody = if self.at_kw(Kw::Finally) {
            let fstart = self.bump().range.start;
            self.expect_colon_forced()?;
            self.parse_block("'finally' statement", fstart)?
        } else {
            Vec::new()
        };
        if handlers.is_empty() && finalbody.is_empty() {
            let prev = self.mark().saturating_sub(1);
            let range = if self.tok_at(prev).kind == T::Newline {
                self.tok_at(prev).range
            } else {
                self.error_range_at(self.mark())
            };
            return self.error("expected 'except' or 'finally' block", range);
        }
        let t = Box::new(Try {
            body,
            handlers,
            orelse,
            finalbody,
        });
        let kind = if star == Some(true) {
            StmtKind::TryStar(t)
        } else {
            StmtKind::Try(t)
        };
        Ok(st(kind, self.range_from(start)))
    }

    /// `except_block` / `except_star_block`.
    fn parse_except_block(&mut self, is_star: bool) -> PResult<ExceptHandler> {
        let start = self.bump().range.start;
        if is_star {
            self.bump();
            if matches!(self.peek(), T::Colon | T::Newline) {
                return self.error("expected one or more exception types", self.tok().range);
            }
        }
        let mut type_ = None;
        let mut name = None;
        if self.at(T::Newline) {
            return self.error("expected ':'", self.tok().range);
        }
        if !self.at(T::Colon) || is_star {
            let e = self.parse_expressions()?;
            let bare_tuple = matches!(e.kind, ExprKind::Tuple { .. })
                && !self.src_starts_with_paren(e.range.start);
            if self.eat_kw(Kw::As) {
                let t = self.tok();
                if bare_tuple && t.is_name() {
                    return self.error(
                        "multiple exception types must be parenthesized when using 'as'",
                        TextRange::new(e.range.start, t.range.end),
                    );
                }
                if !(t.is_name() && matches!(self.nth(1).kind, T::Colon | T::Newline)) {
                    let mark = self.mark();
                    if let Ok(target) = self.parse_expression() {
                        if self.at(T::Colon) {
                            let what = if is_star { "except*" } else { "except" };
                            return self.error(
                                format!(
                                    "cannot use {what} statement with {}",
                                    crate::target::expr_name(&target)
                                ),
                                target.range,
                            );
                        }
                    }
                    self.reset(mark);
                }
                name = Some(self.expect_name()?.0);
            }
            type_ = Some(Box::new(e));
        }
        self.expect_colon()?;
        let what = if is_star {
            "'except*' statement"
        } else {
            "'except' statement"
        };
        let body = self.parse_block(what, start)?;
        Ok(ExceptHandler {
            type_,
            name,
            body,
            range: self.range_from(start),
        })
    }

    /// `decorators (function_def_raw | class_def_raw)`
    fn parse_decorated(&mut self) -> PResult<Stmt> {
        let mut decorators = Vec::new();
        while self.eat(T::At) {
            decorators.push(self.parse_named_expression()?);
            self.expect(T::Newline)?;
        }
        let t = self.tok();
        match t.kw {
            Kw::Def => self.parse_function_def(decorators, t.range.start, false),
            Kw::Class => self.parse_class_def(decorators),
            Kw::Async if self.nth(1).kw == Kw::Def => {
                self.bump();
                self.parse_function_def(decorators, t.range.start, true)
            }
            _ => self.invalid(),
        }
    }

    /// `function_def_raw: ['async'] 'def' NAME [type_params] '(' [params] ')'
    ///   ['->' expression] ':' [func_type_comment] block`
    fn parse_function_def(
        &mut self,
        decorator_list: Vec<Expr>,
        start: u32,
        is_async: bool,
    ) -> PResult<Stmt> {
        self.bump();
        let (name, _) = self.expect_name()?;
        let mark = self.mark();
        let type_params = match self.parse_type_params_opt() {
            Ok(tp) => tp,
            Err(e) if e.message == crate::parser::INVALID_SYNTAX => {
                self.reset(mark);
                return self.error("expected '('", self.tok().range);
            }
            Err(e) => return Err(e),
        };
        if !self.at(T::Lpar) {
            return self.error("expected '('", self.tok().range);
        }
        self.bump();
        let args = self.parse_params()?;
        self.expect(T::Rpar)?;
        let returns = if self.at(T::Rarrow) && self.nth(1).kind != T::Colon {
            self.bump();
            Some(Box::new(self.parse_expression()?))
        } else {
            None
        };
        self.expect_colon_forced()?;
        let type_comment = self.parse_func_type_comment();
        let body = self.parse_block("function definition", start)?;
        let f = Box::new(FunctionDef {
            name,
            args: Box::new(args),
            body,
            decorator_list,
            returns,
            type_comment,
            type_params,
        });
        let kind = if is_async {
            StmtKind::AsyncFunctionDef(f)
        } else {
            StmtKind::FunctionDef(f)
        };
        Ok(st(kind, self.range_from(start)))
    }

    /// `func_type_comment: NEWLINE TYPE_COMMENT &(NEWLINE INDENT) | TYPE_COMMENT`
    fn parse_func_type_comment(&mut self) -> Option<String> {
        if self.at(T::Newline)
            && self.nth(1).kind == T::TypeComment
            && self.nth(2).kind == T::Newline
            && self.nth(3).kind == T::Indent
        {
            self.bump();
        }
        self.parse_type_comment_opt()
    }

    /// `class_def_raw: 'class' NAME [type_params] ['(' [arguments] ')'] ':' block`
    fn parse_class_def(&mut self, decorator_list: Vec<Expr>) -> PResult<Stmt> {
        let start = self.bump().range.start;
        let (name, _) = self.expect_name()?;
        let type_params = self.parse_type_params_opt()?;
        let (bases, keywords) = if self.at(T::Lpar) {
            let lpar = self.bump().range.start;
            self.enter(27)?;
            let args = self.parse_arguments(lpar, false);
            self.leave(27);
            args?
        } else {
            (Vec::new(), Vec::new())
        };
        self.expect_colon()?;
        let body = self.parse_block("class definition", start)?;
        Ok(st(
            StmtKind::ClassDef(Box::new(ClassDef {
                name,
                bases,
                keywords,
                body,
                decorator_list,
                type_params,
            })),
            self.range_from(start),
        ))
    }
}
