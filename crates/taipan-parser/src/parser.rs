//! The parser's state and the primitives every grammar rule uses: looking
//! at, consuming and expecting tokens, node ranges, and errors.
//!
//! Error locations follow CPython: a generic "invalid syntax" points at the
//! furthest token the parser looked at, and a tokenizer error (found at the
//! end of the buffer) wins when the parser reached it, or, as CPython's
//! `_PyPegen_tokenize_full_source_to_check_for_errors` does, when it lies
//! after a parser error.

use std::cell::Cell;

use crate::token_buffer::{Kw, Tok, TokenBuffer};
use crate::{Mode, ParseOptions};
use taipan_ast::{Expr, ExprContext, ExprKind, Mod, TypeIgnore};
use taipan_source::{LineIndex, SyntaxError, SyntaxErrorType, TextRange};
use taipan_tokenizer::TokenKind;

/// The result of a grammar rule.
pub(crate) type PResult<T> = Result<T, SyntaxError>;

/// The message of a generic syntax error.
pub(crate) const INVALID_SYNTAX: &str = "invalid syntax";

/// How deep expressions may nest before the parser gives up, as CPython's
/// parser does when its stack of rule calls passes `MAXSTACK` (6000),
/// less the calls every statement costs.
const MAX_DEPTH: u32 = 5970;

/// A parse in progress.
pub(crate) struct Parser<'s> {
    /// The decoded source.
    pub(crate) src: &'s str,
    toks: Vec<Tok>,
    pos: usize,
    max_pos: Cell<usize>,
    tok_error: Option<SyntaxError>,
    /// Whether `tok_error` was raised by the tokenizer itself (see
    /// [`TokenBuffer::error_raised`]).
    tok_error_raised: bool,
    /// Whether the tokenizer's error is reaching the end of the input.
    tok_error_at_eof: bool,
    /// The furthest token ever looked at, speculative parses included
    /// (CPython's `p->fill`).
    max_seen: Cell<usize>,
    depth: u32,
    /// Token indices (first, one past last) of the last `disjunction` read.
    last_disj: Cell<(usize, usize)>,
    /// The `last_disj` in force when the first generic error was made.
    comma_candidate: Cell<Option<(usize, usize)>>,
    /// The `SyntaxWarning`s of the literals read, in source order, each once.
    warnings: Vec<crate::SyntaxWarning>,
    /// Whether `from __future__ import barry_as_FLUFL` was seen.
    pub(crate) barry: bool,
    type_ignores: Vec<TypeIgnore>,
}

impl<'s> Parser<'s> {
    /// A parser over all the tokens of `src`.
    pub(crate) fn new(src: &'s str, options: &ParseOptions) -> Self {
        let buf = TokenBuffer::read(src, options.type_comments);
        Parser {
            src,
            toks: buf.toks,
            pos: 0,
            max_pos: Cell::new(0),
            tok_error: buf.error,
            tok_error_raised: buf.error_raised,
            tok_error_at_eof: buf.error_at_eof,
            max_seen: Cell::new(0),
            depth: 0,
            last_disj: Cell::new((0, 0)),
            comma_candidate: Cell::new(None),
            barry: false,
            warnings: buf.warnings,
            type_ignores: buf.type_ignores,
        }
    }

    /// Record the warnings of a literal starting at `start` (a literal
    /// read again after backtracking warns once).
    pub(crate) fn add_literal_warnings(
        &mut self,
        start: u32,
        found: Vec<crate::literal::LiteralWarning>,
    ) {
        for w in found {
            let at = start + w.offset;
            if self.warnings.iter().any(|x| x.range.start == at) {
                continue;
            }
            self.warnings.push(crate::SyntaxWarning {
                message: w.message,
                range: TextRange::empty(at),
            });
        }
    }

    /// Parse the whole source with the start rule of `mode`, returning
    /// the warnings found along the way too.
    pub(crate) fn parse_mod_with_warnings(
        mut self,
        mode: Mode,
    ) -> (PResult<Mod>, Vec<crate::SyntaxWarning>) {
        let result = self.parse_mod_inner(mode);
        let mut warnings = std::mem::take(&mut self.warnings);
        // CPython reads tokens lazily: after an error, warnings past the
        // furthest token the parser looked at never show.
        if result.is_err() {
            let seen = self.max_seen.get().min(self.toks.len() - 1);
            let end = self.toks[seen].range.end;
            warnings.retain(|w| w.range.start <= end);
        }
        warnings.sort_by_key(|w| w.range.start);
        (result, warnings)
    }

    /// Parse the whole source with the start rule of `mode`.
    pub(crate) fn parse_mod(mut self, mode: Mode) -> PResult<Mod> {
        self.parse_mod_inner(mode)
    }

    /// Parse as `compile()` does with `PyCF_ALLOW_INCOMPLETE_INPUT`: a
    /// failure after the tokenizer met the end of the input is
    /// [`ParseFailure::Incomplete`] (CPython's `_IncompleteInputError`).
    pub(crate) fn parse_mod_allowing_incomplete(
        mut self,
        mode: Mode,
    ) -> Result<Mod, crate::ParseFailure> {
        self.parse_mod_inner(mode).map_err(|e| {
            if self.reached_end_of_input() {
                crate::ParseFailure::Incomplete
            } else {
                crate::ParseFailure::Invalid(e)
            }
        })
    }

    /// Whether the parser asked for a token the tokenizer could only make
    /// by reading past the last line (CPython's `tok->done` being `E_EOF`):
    /// a DEDENT or ENDMARKER at the end, or an end-of-input error.
    fn reached_end_of_input(&self) -> bool {
        let tok = self.toks[self.max_seen.get().min(self.toks.len() - 1)];
        match tok.kind {
            TokenKind::EndMarker => true,
            TokenKind::Dedent => tok.range.start as usize >= self.src.len(),
            TokenKind::ErrorToken => self.tok_error_at_eof,
            _ => false,
        }
    }

    /// The body of [`Parser::parse_mod`].
    fn parse_mod_inner(&mut self, mode: Mode) -> PResult<Mod> {
        let result = match mode {
            Mode::Exec => self.parse_file(),
            Mode::Eval => self.parse_eval(),
            Mode::Single => self.parse_interactive(),
            Mode::FuncType => self.parse_func_type(),
        };
        result.map_err(|e| {
            let e = self.forgot_comma(e);
            self.finish_error(e)
        })
    }

    /// CPython's `STRING (!STRING expression)+ STRING` rule: "invalid
    /// syntax. Is this intended to be part of the string?".
    fn part_of_string(&mut self, a: usize, b: usize) -> Option<SyntaxError> {
        if a + 1 != b || self.toks[a].kind != TokenKind::String {
            return None;
        }
        self.pos = b;
        let max = self.max_pos.get();
        let start = self.start();
        let mut found = None;
        while self.starts_expression() && !self.at(TokenKind::String) {
            if self.parse_expression().is_err() {
                break;
            }
            if self.at(TokenKind::String) {
                found = Some(TextRange::new(start, self.prev_end()));
                break;
            }
        }
        self.max_pos.set(max);
        found.map(|r| {
            SyntaxError::new(
                "invalid syntax. Is this intended to be part of the string?",
                r,
            )
        })
    }

    /// Record that a `disjunction` spanned tokens `start..self.pos`.
    #[inline]
    pub(crate) fn note_disjunction(&self, start: usize) {
        self.last_disj.set((start, self.pos));
    }

    /// CPython's `invalid_expression` rule: two expressions side by side
    /// inside brackets give "invalid syntax. Perhaps you forgot a comma?".
    pub(crate) fn forgot_comma(&mut self, err: SyntaxError) -> SyntaxError {
        if err.message != INVALID_SYNTAX {
            return err;
        }
        let Some((a, b)) = self.comma_candidate.get() else {
            return err;
        };
        let second = self.toks[b];
        let furthest = self.max_pos.get().min(self.toks.len() - 1);
        if b != furthest && second.range.start != err.range.start {
            return err;
        }
        if let Some(e) = self.part_of_string(a, b) {
            return e;
        }
        if let Some(e) = self.missing_comma(a, b) {
            return e;
        }
        self.legacy_expression(a, b).unwrap_or(err)
    }

    /// `!(NAME STRING | SOFT_KEYWORD) a=disjunction b=expression_without_invalid`
    /// inside brackets: "invalid syntax. Perhaps you forgot a comma?".
    fn missing_comma(&mut self, a: usize, b: usize) -> Option<SyntaxError> {
        let first = self.toks[a];
        let next = self.toks[(a + 1).min(self.toks.len() - 1)];
        let a_text = self.text(first);
        if first.is_name()
            && (matches!(
                next.kind,
                TokenKind::String | TokenKind::FstringStart | TokenKind::TstringStart
            ) || matches!(a_text, "match" | "case" | "type" | "_"))
        {
            return None;
        }
        if b == a + 1 && first.is_name() && matches!(a_text, "print" | "exec") {
            return None;
        }
        if self.after_string_operand(a) {
            return None;
        }
        self.pos = b;
        if !self.starts_expression() || self.at(TokenKind::Star) {
            return None;
        }
        let max = self.max_pos.get();
        let ok = self.parse_expression().is_ok();
        self.max_pos.set(max);
        let last_level = self.toks[self.pos.saturating_sub(1)].level;
        if !ok || last_level == 0 {
            return None;
        }
        Some(SyntaxError::new(
            "invalid syntax. Perhaps you forgot a comma?",
            TextRange::new(first.range.start, self.prev_end()),
        ))
    }

    /// Whether token `a` lies in an operand that follows a STRING on the
    /// same line and starts with a unary-looking `+`, `-` or `~`
    /// (`"s" + [1, 2 3]`). CPython tries `STRING expression_without_invalid
    /// ...` there first, and the `factor` it memoises on the way, without
    /// the `invalid_*` rules, hides the missing-comma error: it reports
    /// plain "invalid syntax".
    fn after_string_operand(&self, a: usize) -> bool {
        let mut i = a;
        let mut comma_level = u16::MAX;
        while i > 0 {
            i -= 1;
            let t = self.toks[i];
            match t.kind {
                TokenKind::Newline | TokenKind::Indent | TokenKind::Dedent => return false,
                TokenKind::Comma => comma_level = comma_level.min(t.level),
                TokenKind::String if comma_level <= t.level => return false,
                TokenKind::String => {
                    let starts_expression = i == 0
                        || !matches!(
                            self.toks[i - 1].kind,
                            TokenKind::String | TokenKind::FstringEnd | TokenKind::TstringEnd
                        );
                    let unary = matches!(
                        self.toks[i + 1].kind,
                        TokenKind::Plus | TokenKind::Minus | TokenKind::Tilde
                    );
                    return starts_expression && unary;
                }
                _ => {}
            }
        }
        false
    }

    /// `a=NAME !'(' b=star_expressions` (`invalid_legacy_expression`):
    /// "Missing parentheses in call to 'print'".
    fn legacy_expression(&mut self, a: usize, b: usize) -> Option<SyntaxError> {
        let first = self.toks[a];
        if b != a + 1 || !first.is_name() || self.toks[b].kind == TokenKind::Lpar {
            return None;
        }
        self.pos = b;
        if !self.starts_expression() {
            return None;
        }
        let max = self.max_pos.get();
        let result = self.parse_star_expressions();
        self.max_pos.set(max);
        match result {
            Err(_) => None,
            Ok(_) => {
                let name = self.text(first);
                matches!(name, "print" | "exec").then(|| {
                    SyntaxError::new(
                        format!(
                            "Missing parentheses in call to '{name}'. Did you mean {name}(...)?"
                        ),
                        TextRange::new(first.range.start, self.prev_end()),
                    )
                })
            }
        }
    }

    /// `file: [statements] ENDMARKER`
    fn parse_file(&mut self) -> PResult<Mod> {
        let mut body = Vec::new();
        while !self.at(TokenKind::EndMarker) {
            let before = self.mark();
            self.parse_statement(&mut body)?;
            self.assert_progress(before);
        }
        Ok(Mod::Module {
            body,
            type_ignores: std::mem::take(&mut self.type_ignores),
        })
    }

    /// `eval: expressions NEWLINE* ENDMARKER`
    fn parse_eval(&mut self) -> PResult<Mod> {
        let body = self.parse_expressions()?;
        while self.eat(TokenKind::Newline) {}
        self.expect(TokenKind::EndMarker)?;
        Ok(Mod::Expression {
            body: Box::new(body),
        })
    }

    /// `interactive: statement_newline`
    fn parse_interactive(&mut self) -> PResult<Mod> {
        let body = self.parse_statement_newline()?;
        let end_of_first = self.toks_before(1);
        while matches!(self.peek(), TokenKind::Newline | TokenKind::Dedent) {
            self.bump();
        }
        if !self.at(TokenKind::EndMarker) {
            return self.error(
                "multiple statements found while compiling a single statement",
                end_of_first,
            );
        }
        Ok(Mod::Interactive { body })
    }

    /// `func_type: '(' [type_expressions] ')' '->' expression NEWLINE* ENDMARKER`
    fn parse_func_type(&mut self) -> PResult<Mod> {
        self.expect(TokenKind::Lpar)?;
        let argtypes = self.parse_type_expressions()?;
        self.expect(TokenKind::Rpar)?;
        self.expect(TokenKind::Rarrow)?;
        let returns = self.parse_expression()?;
        while self.eat(TokenKind::Newline) {}
        self.expect(TokenKind::EndMarker)?;
        Ok(Mod::FunctionType {
            argtypes,
            returns: Box::new(returns),
        })
    }

    /// `type_expressions`: a comma-separated list of expressions where
    /// `*expr` and `**expr` may appear (as in `(int, *Ts) -> None`).
    fn parse_type_expressions(&mut self) -> PResult<Vec<Expr>> {
        let mut out = Vec::new();
        while !self.at(TokenKind::Rpar) {
            let start = self.start();
            if self.eat(TokenKind::Star) || self.eat(TokenKind::DoubleStar) {
                let value = self.parse_expression()?;
                let _ = start;
                out.push(value);
            } else {
                out.push(self.parse_expression()?);
            }
            if !self.eat(TokenKind::Comma) {
                break;
            }
        }
        Ok(out)
    }

    /// Give a failed parse CPython's final error: the generic error moves
    /// to the furthest token seen, and tokenizer errors take priority.
    fn finish_error(&self, mut err: SyntaxError) -> SyntaxError {
        let last = self.toks.len() - 1;
        let furthest = self.max_pos.get().min(last);
        if err.message == INVALID_SYNTAX && err.error_type == SyntaxErrorType::SyntaxError {
            let tok = self.toks[furthest];
            err.range = self.error_range_at(furthest);
            if tok.kind == TokenKind::Indent || tok.kind == TokenKind::Dedent {
                err.error_type = SyntaxErrorType::IndentationError;
                err.message = if tok.kind == TokenKind::Indent {
                    err.range = TextRange::empty(tok.range.end.saturating_sub(1));
                    "unexpected indent".into()
                } else {
                    "unexpected unindent".into()
                };
                // CPython reports these without scanning the rest of the file.
                return err;
            }
        }
        let Some(tok_err) = &self.tok_error else {
            return err;
        };
        if self.max_seen.get() >= last {
            return tok_err.clone();
        }
        if tok_err.message.ends_with("was never closed") {
            let lines = LineIndex::new(self.src);
            let seen = self.max_seen.get().min(last);
            let err_line = lines.line_col(self.toks[seen].range.start).line;
            let paren_line = lines.line_col(tok_err.range.start).line;
            if err_line > paren_line {
                return tok_err.clone();
            }
            return err;
        }
        if self.tok_error_raised {
            return tok_err.clone();
        }
        err
    }

    /// Where CPython points for an error at token `i`: a DEDENT stands
    /// at the newline before it.
    pub(crate) fn error_range_at(&self, i: usize) -> TextRange {
        let tok = self.toks[i];
        if tok.kind == TokenKind::Newline && tok.range.is_empty() {
            // The newline CPython adds to a last line that lacks one.
            return TextRange::new(tok.range.start, tok.range.start + 1);
        }
        if tok.kind == TokenKind::Dedent {
            let mut k = i;
            while self.toks[k].kind == TokenKind::Dedent && k + 1 < self.toks.len() {
                k += 1;
            }
            if self.toks[k].kind == TokenKind::EndMarker {
                return self.toks[k].range;
            }
            let mut j = i;
            while j > 0 && self.toks[j].kind == TokenKind::Dedent {
                j -= 1;
            }
            if self.toks[j].kind == TokenKind::Newline {
                return TextRange::empty(self.toks[j].range.start);
            }
        }
        tok.range
    }

    // ----- looking at tokens -----

    /// The current token.
    #[inline]
    pub(crate) fn tok(&self) -> Tok {
        self.nth(0)
    }

    /// The token at index `i` of the buffer (clamped to the last one).
    pub(crate) fn tok_at(&self, i: usize) -> Tok {
        self.toks[i.min(self.toks.len() - 1)]
    }

    /// The token `n` places ahead (the last token if past the end).
    #[inline]
    pub(crate) fn nth(&self, n: usize) -> Tok {
        let i = (self.pos + n).min(self.toks.len() - 1);
        if i > self.max_pos.get() {
            self.max_pos.set(i);
            if i > self.max_seen.get() {
                self.max_seen.set(i);
            }
        }
        self.toks[i]
    }

    /// The current token's type.
    #[inline]
    pub(crate) fn peek(&self) -> TokenKind {
        self.tok().kind
    }

    /// Whether the current token has type `kind`.
    #[inline]
    pub(crate) fn at(&self, kind: TokenKind) -> bool {
        self.peek() == kind
    }

    /// Whether the current token is the keyword `kw`.
    #[inline]
    pub(crate) fn at_kw(&self, kw: Kw) -> bool {
        self.tok().kw == kw
    }

    /// Whether the current token is a NAME spelling the soft keyword `text`.
    pub(crate) fn at_soft_kw(&self, text: &str) -> bool {
        let t = self.tok();
        t.is_name() && self.text(t) == text
    }

    /// Consume the current token (never moving past the last one).
    #[inline]
    pub(crate) fn bump(&mut self) -> Tok {
        let t = self.tok();
        if self.pos + 1 < self.toks.len() {
            self.pos += 1;
        }
        t
    }

    /// Consume the current token if it has type `kind`.
    #[inline]
    pub(crate) fn eat(&mut self, kind: TokenKind) -> bool {
        if self.at(kind) {
            self.bump();
            true
        } else {
            false
        }
    }

    /// Consume the current token if it is the keyword `kw`.
    #[inline]
    pub(crate) fn eat_kw(&mut self, kw: Kw) -> bool {
        if self.at_kw(kw) {
            self.bump();
            true
        } else {
            false
        }
    }

    /// Consume a token of type `kind`, or fail with "invalid syntax".
    pub(crate) fn expect(&mut self, kind: TokenKind) -> PResult<Tok> {
        if self.at(kind) {
            Ok(self.bump())
        } else {
            self.invalid()
        }
    }

    /// The source text of `tok`.
    #[inline]
    pub(crate) fn text(&self, tok: Tok) -> &'s str {
        &self.src[tok.range.as_usize()]
    }

    /// The position in the token buffer, for backtracking.
    #[inline]
    pub(crate) fn mark(&self) -> usize {
        self.pos
    }

    /// Check (in debug builds) that a loop iteration consumed a token, so
    /// a bug shows as a panic in tests rather than a hang.
    #[inline]
    pub(crate) fn assert_progress(&self, before: usize) {
        debug_assert!(self.pos > before, "parser loop made no progress");
    }

    /// Go back to a position from [`Parser::mark`].
    #[inline]
    pub(crate) fn reset(&mut self, mark: usize) {
        self.pos = mark;
    }

    /// Go back to `mark` after a failed speculative parse, forgetting the
    /// missing-comma candidate it may have recorded.
    pub(crate) fn backtrack(&mut self, mark: usize) {
        self.pos = mark;
        self.comma_candidate.set(None);
    }

    /// The index of the furthest token looked at.
    pub(crate) fn max_pos(&self) -> usize {
        self.max_pos.get()
    }

    /// Forget how far the parser looked (after a failed speculative parse).
    pub(crate) fn set_max_pos(&self, pos: usize) {
        self.max_pos.set(pos);
    }

    // ----- ranges -----

    /// Start offset of the current token.
    #[inline]
    pub(crate) fn start(&self) -> u32 {
        self.tok().range.start
    }

    /// End of the last consumed token that is not NEWLINE, INDENT or
    /// DEDENT (CPython's `_PyPegen_get_last_nonnwhitespace_token`).
    pub(crate) fn prev_end(&self) -> u32 {
        let mut i = self.pos;
        while i > 0 {
            i -= 1;
            let t = self.toks[i];
            if !matches!(
                t.kind,
                TokenKind::Newline | TokenKind::Indent | TokenKind::Dedent | TokenKind::EndMarker
            ) {
                return t.range.end;
            }
        }
        0
    }

    /// The range from `start` to the end of the last consumed token.
    #[inline]
    pub(crate) fn range_from(&self, start: u32) -> TextRange {
        TextRange::new(start, self.prev_end())
    }

    // ----- errors -----

    /// PEG-style backtracking for an optional continuation (the right
    /// operand of an operator, a trailer): a generic failure inside it
    /// returns the parser to `mark` and gives `None`, so the caller keeps
    /// the longest valid prefix, as CPython's parser does. The furthest
    /// token seen is kept, so the generic error location is unchanged.
    pub(crate) fn soft<R>(&mut self, mark: usize, result: PResult<R>) -> PResult<Option<R>> {
        match result {
            Ok(v) => Ok(Some(v)),
            Err(e)
                if e.message == INVALID_SYNTAX && e.error_type == SyntaxErrorType::SyntaxError =>
            {
                self.pos = mark;
                Ok(None)
            }
            Err(e) => Err(e),
        }
    }

    /// A generic "invalid syntax" error at the current token.
    pub(crate) fn invalid<T>(&self) -> PResult<T> {
        let (a, b) = self.last_disj.get();
        if b == self.pos && b > a {
            let further = self.comma_candidate.get().is_none_or(|(_, old)| b > old);
            if further {
                self.comma_candidate.set(Some((a, b)));
            }
        }
        Err(SyntaxError::new(INVALID_SYNTAX, self.tok().range))
    }

    /// A syntax error with `message` at `range`.
    pub(crate) fn error<T>(&self, message: impl Into<String>, range: TextRange) -> PResult<T> {
        Err(SyntaxError::new(message, range))
    }

    /// An indentation error with `message` at `range`.
    pub(crate) fn indent_error<T>(
        &self,
        message: impl Into<String>,
        range: TextRange,
    ) -> PResult<T> {
        Err(SyntaxError {
            error_type: SyntaxErrorType::IndentationError,
            ..SyntaxError::new(message, range)
        })
    }

    /// CPython's `MemoryError` for a source nested too deep to parse.
    pub(crate) fn stack_overflow<T>(&self) -> PResult<T> {
        Err(SyntaxError {
            error_type: SyntaxErrorType::MemoryError,
            ..SyntaxError::new(crate::STACK_OVERFLOW_MESSAGE, self.tok().range)
        })
    }

    /// Enter one level of nesting, failing when the source nests too deep.
    /// `weight` approximates how many of CPython's rule calls the
    /// construct costs, so sources fail where CPython's fail.
    pub(crate) fn enter(&mut self, weight: u32) -> PResult<()> {
        self.depth += weight;
        if self.depth > MAX_DEPTH {
            return self.stack_overflow();
        }
        Ok(())
    }

    /// Leave a level entered with [`Parser::enter`].
    #[inline]
    pub(crate) fn leave(&mut self, weight: u32) {
        self.depth -= weight;
    }

    /// Whether the source has a `(` at byte `offset`.
    pub(crate) fn src_starts_with_paren(&self, offset: u32) -> bool {
        self.src.as_bytes().get(offset as usize) == Some(&b'(')
    }

    /// The 1-based line of `offset` (for messages that name a line).
    pub(crate) fn line_of(&self, offset: u32) -> u32 {
        let end = (offset as usize).min(self.src.len());
        1 + self.src.as_bytes()[..end]
            .iter()
            .filter(|&&b| b == b'\n')
            .count() as u32
    }

    // ----- names -----

    /// The identifier spelled by a NAME token, NFKC-normalised.
    pub(crate) fn ident(&self, tok: Tok) -> String {
        let text = self.text(tok);
        if text.is_ascii() {
            text.to_string()
        } else {
            use unicode_normalization::UnicodeNormalization;
            text.nfkc().collect()
        }
    }

    /// Consume a NAME that is not a keyword, or fail.
    pub(crate) fn expect_name(&mut self) -> PResult<(String, TextRange)> {
        let t = self.tok();
        if t.is_name() {
            self.bump();
            Ok((self.ident(t), t.range))
        } else {
            self.invalid()
        }
    }

    /// A `Name` expression for a NAME token.
    pub(crate) fn name_expr(&self, tok: Tok, ctx: ExprContext) -> Expr {
        Expr {
            kind: ExprKind::Name {
                id: self.ident(tok),
                ctx,
            },
            range: tok.range,
        }
    }
}
