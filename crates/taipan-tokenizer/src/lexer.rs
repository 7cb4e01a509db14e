//! The tokenizer's state and its "regular mode" (everything outside the
//! literal parts of f-strings and t-strings).
//!
//! The structure follows CPython's `Parser/lexer/lexer.c` closely, because
//! the exact token stream (and every error's wording and position) is the
//! specification: a cursor over the bytes with `nextc`/`backup`, a stack of
//! indentation columns, a stack of open brackets and a stack of modes, one
//! per f-string being tokenized. CPython reads the source line by line; here
//! the whole text is one buffer, with the newline CPython appends to an
//! unterminated last line kept virtual (offset `len`, never in a token's
//! range).

use std::borrow::Cow;

use taipan_source::{SyntaxErrorType, TextRange};

use crate::error::{LexError, LexErrorKind, LexWarning};
use crate::{Token, TokenKind, TokenizerOptions};

/// What `nextc` returns at the end of the input.
pub(crate) const EOF: i32 = -1;
/// Maximum indentation depth (`MAXINDENT`).
const MAXINDENT: usize = 100;
/// Maximum bracket nesting (`MAXLEVEL`).
const MAXLEVEL: usize = 200;
/// Maximum f-string nesting (`MAXFSTRINGLEVEL`).
pub(crate) const MAXFSTRINGLEVEL: usize = 150;
/// Columns per tab stop.
const TABSIZE: u32 = 8;

/// One entry of the mode stack: the regular mode at the bottom, then one per
/// open f-string or t-string (CPython's `tokenizer_mode`).
#[derive(Clone, Copy, Debug)]
pub(crate) struct Mode {
    /// Tokenizing Python tokens (true) or the literal part of a string.
    pub(crate) regular: bool,
    /// The quote character.
    pub(crate) quote: u8,
    /// 1 or 3.
    pub(crate) quote_size: u8,
    /// Whether the string has an `r` prefix.
    pub(crate) raw: bool,
    /// A t-string rather than an f-string.
    pub(crate) tstring: bool,
    /// Offset of the string's first prefix character.
    pub(crate) start: usize,
    /// Open brackets (of any kind) inside the replacement fields.
    pub(crate) curly_depth: i32,
    /// Bracket depth at which the current replacement field started.
    pub(crate) expr_start_depth: i32,
    /// Inside a format spec.
    pub(crate) in_format_spec: bool,
    /// Saw `=` in the current replacement field.
    pub(crate) debug: bool,
}

impl Mode {
    const REGULAR: Mode = Mode {
        regular: true,
        quote: 0,
        quote_size: 0,
        raw: false,
        tstring: false,
        start: 0,
        curly_depth: 0,
        expr_start_depth: 0,
        in_format_spec: false,
        debug: false,
    };

    /// `INSIDE_FSTRING_EXPR`.
    pub(crate) fn in_expr(&self) -> bool {
        self.expr_start_depth >= 0
    }

    /// `f` or `t`, for messages.
    pub(crate) fn letter(&self) -> char {
        if self.tstring {
            't'
        } else {
            'f'
        }
    }

    pub(crate) fn middle_kind(&self) -> TokenKind {
        if self.tstring {
            TokenKind::TstringMiddle
        } else {
            TokenKind::FstringMiddle
        }
    }
}

/// Result type of the lexing functions.
pub(crate) type LexResult = Result<Token, LexError>;

/// A tokenizer over one decoded source text; see the crate docs.
pub struct Tokenizer<'src> {
    source: &'src str,
    /// The bytes tokenized: the source, or a copy with lone `\r` turned
    /// into `\n` (parser mode only; offsets are unchanged).
    pub(crate) buf: Cow<'src, [u8]>,
    /// `buf.len()`, or the offset of the first NUL-containing line once it
    /// has been reached (everything after is then end of input).
    pub(crate) len: usize,
    /// `len` plus one if a newline is implicitly appended.
    pub(crate) vlen: usize,
    pub(crate) cur: usize,
    /// Start of the token being read (`tok->start`).
    pub(crate) start: usize,
    pub(crate) extra: bool,
    type_comments: bool,
    atbol: bool,
    pendin: i32,
    indstack: Vec<u32>,
    altindstack: Vec<u32>,
    /// Start of the line whose indentation produced pending INDENTs.
    indent_line_start: usize,
    /// Open brackets: the character and its offset.
    pub(crate) parens: Vec<(u8, usize)>,
    comment_newline: bool,
    pub(crate) modes: Vec<Mode>,
    /// Start of the first line holding a NUL byte (`usize::MAX` if none).
    nul_line: usize,
    /// An error met inside `nextc` (NUL bytes), reported first.
    pending: Option<LexError>,
    /// Start of CPython's line buffer (reset when a line is read outside
    /// any token and f-string).
    buf_start: usize,
    /// After ENDMARKER or an error, the token to repeat.
    finished: Option<LexResult>,
    /// SyntaxWarnings met so far.
    warnings: Vec<LexWarning>,
}

impl<'src> Tokenizer<'src> {
    /// A tokenizer over `source`.
    pub fn new(source: &'src str, options: TokenizerOptions) -> Self {
        let bytes = source.as_bytes();
        let has_lone_cr = !options.extra_tokens
            && bytes.contains(&b'\r')
            && bytes
                .iter()
                .enumerate()
                .any(|(i, &b)| b == b'\r' && bytes.get(i + 1) != Some(&b'\n'));
        let buf: Cow<'src, [u8]> = if has_lone_cr {
            let mut v = bytes.to_vec();
            for i in 0..v.len() {
                if v[i] == b'\r' && v.get(i + 1) != Some(&b'\n') {
                    v[i] = b'\n';
                }
            }
            Cow::Owned(v)
        } else {
            Cow::Borrowed(bytes)
        };
        let len = buf.len();
        let vlen = if len > 0 && buf[len - 1] != b'\n' {
            len + 1
        } else {
            len
        };
        let first_nul = if bytes.contains(&0) {
            bytes.iter().position(|&b| b == 0)
        } else {
            None
        };
        let nul_line = match first_nul {
            Some(p) => bytes[..p]
                .iter()
                .rposition(|&b| b == b'\n')
                .map_or(0, |n| n + 1),
            None => usize::MAX,
        };
        Self {
            source,
            buf,
            len,
            vlen,
            cur: 0,
            start: 0,
            extra: options.extra_tokens,
            type_comments: options.type_comments,
            atbol: true,
            pendin: 0,
            indstack: vec![0],
            altindstack: vec![0],
            indent_line_start: 0,
            parens: Vec::new(),
            comment_newline: false,
            modes: vec![Mode::REGULAR],
            nul_line,
            pending: None,
            buf_start: 0,
            finished: None,
            warnings: Vec::new(),
        }
    }

    /// The source text the token ranges refer to.
    pub fn source(&self) -> &'src str {
        self.source
    }

    /// The SyntaxWarnings raised by the tokens returned so far, in order:
    /// a number directly followed by `and`, `else`, `for`, `if`, `in`,
    /// `is`, `not` or `or` ("invalid decimal literal", parser mode only),
    /// and `\{` or `\}` in a non-raw f-string or t-string. (Escape warnings
    /// of other string parts are the parser's, which decodes them.)
    pub fn warnings(&self) -> &[LexWarning] {
        &self.warnings
    }

    /// Record a SyntaxWarning about `start..end`.
    pub(crate) fn warn(&mut self, message: String, start: usize, end: usize) {
        let range = TextRange::new(start as u32, end as u32);
        self.warnings.push(LexWarning { message, range });
    }

    /// Next token; after ENDMARKER keeps returning ENDMARKER. Errors are
    /// SyntaxError/IndentationError/TabError with CPython's message and range.
    pub fn next_token(&mut self) -> Result<Token, taipan_source::SyntaxError> {
        self.next_token_detailed().map_err(|e| e.error)
    }

    /// Like [`Tokenizer::next_token`], with the error's kind, so callers
    /// that report errors as the `tokenize` module does can tell them apart.
    pub fn next_token_detailed(&mut self) -> LexResult {
        if let Some(done) = &self.finished {
            return done.clone();
        }
        let mut result = self.tok_get();
        if let Some(err) = self.pending.take() {
            result = Err(err);
        }
        if let Err(err) = &mut result {
            err.buffer_start = self.buf_start as u32;
        }
        match &mut result {
            Ok(tok) => {
                let len = self.source.len() as u32;
                tok.range.start = tok.range.start.min(len);
                tok.range.end = tok.range.end.min(len);
                if tok.kind == TokenKind::EndMarker {
                    self.finished = Some(result.clone());
                }
            }
            Err(_) => self.finished = Some(result.clone()),
        }
        result
    }

    fn tok_get(&mut self) -> LexResult {
        let top = self.modes.len() - 1;
        if self.modes[top].regular {
            self.get_normal()
        } else {
            self.get_fstring()
        }
    }

    /// Next byte (or the implicit final newline, or `EOF`).
    #[inline(always)]
    pub(crate) fn nextc(&mut self) -> i32 {
        let i = self.cur;
        if i < self.len {
            if i == self.nul_line {
                return self.hit_nul();
            }
            self.cur = i + 1;
            self.buf[i] as i32
        } else if i < self.vlen {
            self.cur = i + 1;
            b'\n' as i32
        } else {
            EOF
        }
    }

    /// How far the fast paths may scan bytes without `nextc`: not into the
    /// first line holding a NUL byte, which `nextc` must report.
    #[inline(always)]
    pub(crate) fn scan_limit(&self) -> usize {
        if self.nul_line >= self.cur {
            self.nul_line.min(self.len)
        } else {
            self.len
        }
    }

    /// Step back over `c` (a no-op for `EOF`).
    #[inline(always)]
    pub(crate) fn backup(&mut self, c: i32) {
        if c != EOF {
            self.cur -= 1;
        }
    }

    /// The byte at `i`, with the virtual newline and `EOF` past the end.
    #[inline(always)]
    pub(crate) fn byte_at(&self, i: usize) -> i32 {
        if i < self.len {
            self.buf[i] as i32
        } else if i < self.vlen {
            b'\n' as i32
        } else {
            EOF
        }
    }

    #[cold]
    fn hit_nul(&mut self) -> i32 {
        let line = self.cur;
        self.nul_line = usize::MAX;
        self.len = line;
        self.vlen = line;
        if self.pending.is_none() {
            let range = TextRange::empty(line as u32);
            self.pending = Some(LexError::coded(
                LexErrorKind::NullBytes,
                SyntaxErrorType::SyntaxError,
                "source code cannot contain null bytes",
                range,
                line,
            ));
        }
        EOF
    }

    /// A token of `kind` covering `start..end`.
    #[inline(always)]
    pub(crate) fn token(&self, kind: TokenKind, start: usize, end: usize) -> LexResult {
        Ok(Token {
            kind,
            range: TextRange::new(start as u32, end as u32),
        })
    }

    /// Start of the line holding offset `pos`.
    pub(crate) fn line_start_of(&self, pos: usize) -> usize {
        let pos = pos.min(self.buf.len());
        self.buf[..pos]
            .iter()
            .rposition(|&b| b == b'\n')
            .map_or(0, |p| p + 1)
    }

    /// 1-based line number of offset `pos`.
    pub(crate) fn line_number(&self, pos: usize) -> usize {
        let pos = pos.min(self.buf.len());
        self.buf[..pos].iter().filter(|&&b| b == b'\n').count() + 1
    }

    /// The offset of the character before `pos` (what CPython's
    /// `_PyTokenizer_syntaxerror` points at: its offset counts the
    /// characters up to the cursor).
    pub(crate) fn char_before(&self, pos: usize) -> usize {
        if pos == 0 {
            return 0;
        }
        let mut p = (pos - 1).min(self.buf.len());
        while p > 0 && p < self.buf.len() && (self.buf[p] & 0xC0) == 0x80 {
            p -= 1;
        }
        p
    }

    /// `_PyTokenizer_syntaxerror`: an error pointing at the cursor.
    pub(crate) fn error_at_cur(&self, message: String) -> LexError {
        let p = self.char_before(self.cur);
        LexError::syntax(message, TextRange::empty(p as u32), self.cur)
    }

    /// An error pointing at `pos`.
    pub(crate) fn error_at(&self, message: String, pos: usize) -> LexError {
        LexError::syntax(message, TextRange::empty(pos as u32), self.cur)
    }

    /// An error covering `start..end`.
    ///
    /// This is `_PyTokenizer_syntaxerror_known_range`, whose columns are
    /// byte counts that CPython then shows as character offsets: on a line
    /// with non-ASCII text before them, the range moves right accordingly.
    pub(crate) fn error_range(&self, message: String, start: usize, end: usize) -> LexError {
        let ls = self.line_start_of(start);
        let start = self.char_at_column(ls, start - ls);
        let end = self.char_at_column(ls, end.saturating_sub(ls));
        LexError::syntax(message, TextRange::new(start as u32, end as u32), self.cur)
    }

    /// The offset of the character at (0-based) column `col` of the line
    /// starting at `ls`, or of the line's end if it is shorter.
    fn char_at_column(&self, ls: usize, col: usize) -> usize {
        let text = &self.source.as_bytes()[ls.min(self.source.len())..];
        let mut chars = 0;
        for (i, &b) in text.iter().enumerate() {
            if b == b'\n' {
                return ls + i;
            }
            if (b & 0xC0) != 0x80 {
                if chars == col {
                    return ls + i;
                }
                chars += 1;
            }
        }
        ls + text.len()
    }

    /// An `E_*` error of `kind`; positions per CPython's parser.
    fn coded_error(&self, kind: LexErrorKind) -> LexError {
        let ls = self.line_start_of(self.cur.saturating_sub(1));
        let (ty, msg, pos) = match kind {
            LexErrorKind::Dedent => (
                SyntaxErrorType::IndentationError,
                "unindent does not match any outer indentation level",
                self.char_before(self.cur),
            ),
            LexErrorKind::TabSpace => (
                SyntaxErrorType::TabError,
                "inconsistent use of tabs and spaces in indentation",
                ls,
            ),
            LexErrorKind::TooDeep => (
                SyntaxErrorType::IndentationError,
                "too many levels of indentation",
                ls,
            ),
            LexErrorKind::LineCont => {
                // CPython counts bytes from its line buffer's start, which
                // may be an earlier line after a `\` continuation.
                let pos = self.line_cont_position(ls);
                let msg = "unexpected character after line continuation character";
                (SyntaxErrorType::SyntaxError, msg, pos)
            }
            _ => (
                SyntaxErrorType::SyntaxError,
                "unexpected EOF while parsing",
                self.char_before(self.cur),
            ),
        };
        // CPython's parser reads `\r\n` as `\n`: point at the `\r`.
        let pos = if pos > 0
            && self.byte_at(pos) == b'\n' as i32
            && self.byte_at(pos - 1) == b'\r' as i32
        {
            pos - 1
        } else {
            pos
        };
        LexError::coded(kind, ty, msg, TextRange::empty(pos as u32), self.cur)
    }

    /// Where CPython's parser puts "unexpected character after line
    /// continuation character": the byte count from its buffer's start to
    /// the cursor, read as a prefix of the current line (`ls`) and counted
    /// in characters, at most the line's length plus one.
    fn line_cont_position(&self, ls: usize) -> usize {
        let bytes = self.source.as_bytes();
        let line_end = bytes[ls.min(bytes.len())..]
            .iter()
            .position(|&b| b == b'\n')
            .map_or(bytes.len(), |p| ls + p + 1);
        let line = &bytes[ls.min(bytes.len())..line_end];
        let col_bytes = self.cur.saturating_sub(self.buf_start);
        let clamped = col_bytes.min(line.len() + 1);
        let prefix = &line[..clamped.min(line.len())];
        let chars = prefix.iter().filter(|&&b| (b & 0xC0) != 0x80).count()
            + usize::from(clamped > line.len());
        self.char_at_column(ls, chars.saturating_sub(1))
    }

    /// End of input while brackets are open (`E_EOF` with a level).
    fn eof_error(&self, in_token: bool) -> LexError {
        if let Some(&(c, pos)) = self.parens.last() {
            let msg = format!("'{}' was never closed", c as char);
            return LexError::coded(
                LexErrorKind::Eof { in_token },
                SyntaxErrorType::SyntaxError,
                &msg,
                TextRange::empty(pos as u32),
                self.cur,
            );
        }
        self.coded_error(LexErrorKind::Eof { in_token })
    }

    /// Move the cursor to the end of the current line (`tok->cur = tok->inp`).
    fn skip_to_line_end(&mut self) {
        while self.cur < self.vlen && self.byte_at(self.cur) != b'\n' as i32 {
            self.cur += 1;
        }
        if self.cur < self.vlen {
            self.cur += 1;
        }
    }

    /// `tok_continuation_line`: after a `\`, expect a newline then more input.
    fn continuation_line(&mut self, in_token: bool) -> Result<i32, LexError> {
        let mut c = self.nextc();
        if c == b'\r' as i32 {
            c = self.nextc();
        }
        if c != b'\n' as i32 {
            return Err(self.coded_error(LexErrorKind::LineCont));
        }
        c = self.nextc();
        if c == EOF {
            self.cur = self.vlen;
            let in_token = in_token || self.modes.len() > 1;
            if !self.parens.is_empty() {
                return Err(self.eof_error(in_token));
            }
            return Err(self.coded_error(LexErrorKind::Eof { in_token }));
        }
        self.backup(c);
        Ok(c)
    }

    /// Measure the indentation of a new line and queue INDENT/DEDENTs.
    /// Returns whether the line is blank (only whitespace or a comment).
    fn indentation(&mut self) -> Result<bool, LexError> {
        let mut col: u32 = 0;
        let mut altcol: u32 = 0;
        let mut cont_line_col: u32 = 0;
        let mut line_start = self.cur;
        let mut c;
        loop {
            c = self.nextc();
            if c == b' ' as i32 {
                col += 1;
                altcol += 1;
            } else if c == b'\t' as i32 {
                col = (col / TABSIZE + 1) * TABSIZE;
                altcol += 1;
            } else if c == 0x0c {
                col = 0;
                altcol = 0;
            } else if c == b'\\' as i32 {
                cont_line_col = if cont_line_col != 0 {
                    cont_line_col
                } else {
                    col
                };
                c = self.continuation_line(false)?;
                let _ = c;
                // CPython's buffer now starts at the continued line.
                line_start = self.cur;
                if self.modes.len() == 1 {
                    self.buf_start = self.cur;
                }
            } else {
                break;
            }
        }
        self.backup(c);
        let blankline = c == b'#' as i32 || c == b'\n' as i32 || c == b'\r' as i32;
        if !blankline && self.parens.is_empty() {
            if cont_line_col != 0 {
                col = cont_line_col;
                altcol = cont_line_col;
            }
            let top = *self.indstack.last().unwrap_or(&0);
            let alttop = *self.altindstack.last().unwrap_or(&0);
            if col == top {
                if altcol != alttop {
                    return Err(self.indent_error(LexErrorKind::TabSpace));
                }
            } else if col > top {
                if self.indstack.len() >= MAXINDENT {
                    return Err(self.indent_error(LexErrorKind::TooDeep));
                }
                if altcol <= alttop {
                    return Err(self.indent_error(LexErrorKind::TabSpace));
                }
                self.pendin += 1;
                self.indstack.push(col);
                self.altindstack.push(altcol);
                self.indent_line_start = line_start;
            } else {
                while self.indstack.len() > 1 && col < *self.indstack.last().unwrap_or(&0) {
                    self.pendin -= 1;
                    self.indstack.pop();
                    self.altindstack.pop();
                }
                if col != *self.indstack.last().unwrap_or(&0) {
                    return Err(self.indent_error(LexErrorKind::Dedent));
                }
                if altcol != *self.altindstack.last().unwrap_or(&0) {
                    return Err(self.indent_error(LexErrorKind::TabSpace));
                }
            }
        }
        Ok(blankline)
    }

    /// An indentation error: CPython moves the cursor to the end of the line.
    fn indent_error(&mut self, kind: LexErrorKind) -> LexError {
        self.skip_to_line_end();
        self.coded_error(kind)
    }

    /// `tok_get_normal_mode`.
    pub(crate) fn get_normal(&mut self) -> LexResult {
        'nextline: loop {
            let mut blankline = false;
            if self.atbol {
                self.atbol = false;
                if self.modes.len() == 1 {
                    self.buf_start = self.cur;
                }
                blankline = self.indentation()?;
            }
            self.start = self.cur;
            if self.pendin != 0 {
                if self.pendin < 0 {
                    self.pendin += 1;
                    return self.token(TokenKind::Dedent, self.cur, self.cur);
                }
                self.pendin -= 1;
                return self.token(TokenKind::Indent, self.indent_line_start, self.cur);
            }
            // `again:` — after a continuation line.
            loop {
                let limit = self.scan_limit();
                while self.cur < limit && matches!(self.buf[self.cur], b' ' | b'\t' | 0x0c) {
                    self.cur += 1;
                }
                let mut c = self.nextc();
                self.start = if c == EOF { self.cur } else { self.cur - 1 };
                if c == b'#' as i32 {
                    if let Some(tok) = self.comment(&mut c, blankline) {
                        return tok;
                    }
                }
                if c == EOF {
                    if !self.parens.is_empty() {
                        return Err(self.eof_error(self.modes.len() > 1));
                    }
                    return self.token(TokenKind::EndMarker, self.cur, self.cur);
                }
                if is_potential_identifier_start(c) {
                    return self.name_or_prefixed_string(c);
                }
                if c == b'\r' as i32 {
                    c = self.nextc();
                }
                if c == b'\n' as i32 {
                    self.atbol = true;
                    if blankline || !self.parens.is_empty() {
                        if self.extra {
                            self.comment_newline = false;
                            return self.token(TokenKind::Nl, self.start, self.cur);
                        }
                        continue 'nextline;
                    }
                    if self.comment_newline && self.extra {
                        self.comment_newline = false;
                        return self.token(TokenKind::Nl, self.start, self.cur);
                    }
                    return self.token(TokenKind::Newline, self.start, self.cur - 1);
                }
                if c == b'.' as i32 {
                    return self.period();
                }
                if is_digit(c) {
                    return self.number(c);
                }
                if c == b'\'' as i32 || c == b'"' as i32 {
                    return self.string(c);
                }
                if c == b'\\' as i32 {
                    self.continuation_line(true)?;
                    continue;
                }
                return self.operator(c);
            }
        }
    }

    /// A comment: a COMMENT token (tokenize mode), a type comment, or
    /// nothing (the caller goes on with the character after it in `c`).
    fn comment(&mut self, c: &mut i32, blankline: bool) -> Option<LexResult> {
        // The rest of the line: no line start is crossed, so the bytes can
        // be scanned directly.
        let limit = self.scan_limit();
        while self.cur < limit && !matches!(self.buf[self.cur], b'\n' | b'\r') {
            self.cur += 1;
        }
        while *c != EOF && *c != b'\n' as i32 && *c != b'\r' as i32 {
            *c = self.nextc();
        }
        if self.type_comments {
            if let Some(tok) = self.type_comment(*c, blankline) {
                return Some(tok);
            }
        }
        if self.extra {
            self.backup(*c);
            self.comment_newline = blankline;
            return Some(self.token(TokenKind::Comment, self.start, self.cur));
        }
        None
    }

    /// `# type: ...` comments, when type comments are asked for.
    fn type_comment(&mut self, c: i32, blankline: bool) -> Option<LexResult> {
        const PREFIX: &[u8] = b"# type: ";
        let mut p = self.start;
        let mut matched = 0;
        while matched < PREFIX.len() && p < self.cur {
            if PREFIX[matched] == b' ' {
                while self.byte_at(p) == b' ' as i32 || self.byte_at(p) == b'\t' as i32 {
                    p += 1;
                }
            } else if self.byte_at(p) == PREFIX[matched] as i32 {
                p += 1;
            } else {
                break;
            }
            matched += 1;
        }
        if matched < PREFIX.len() {
            return None;
        }
        self.backup(c);
        let ignore_end = p + 6;
        let is_ignore = self.cur >= ignore_end
            && self.buf.get(p..ignore_end) == Some(b"ignore".as_slice())
            && !(self.cur > ignore_end && {
                let b = self.byte_at(ignore_end);
                b >= 128 || (b as u8).is_ascii_alphanumeric()
            });
        if is_ignore {
            let end = self.cur;
            if blankline {
                self.nextc();
                self.atbol = true;
            }
            return Some(self.token(TokenKind::TypeIgnore, ignore_end, end));
        }
        Some(self.token(TokenKind::TypeComment, p, self.cur))
    }

    /// `.`, `...` or a number like `.5`.
    fn period(&mut self) -> LexResult {
        let c = self.nextc();
        if is_digit(c) {
            return self.fraction(c);
        }
        if c == b'.' as i32 {
            let c2 = self.nextc();
            if c2 == b'.' as i32 {
                return self.token(TokenKind::Ellipsis, self.start, self.cur);
            }
            self.backup(c2);
        }
        self.backup(c);
        self.token(TokenKind::Dot, self.start, self.cur)
    }

    /// An identifier, or the prefix of a string literal.
    fn name_or_prefixed_string(&mut self, mut c: i32) -> LexResult {
        let (mut saw_b, mut saw_r, mut saw_u, mut saw_f, mut saw_t) =
            (false, false, false, false, false);
        loop {
            match c as u8 {
                b'b' | b'B' if !saw_b => saw_b = true,
                b'u' | b'U' if !saw_u => saw_u = true,
                b'r' | b'R' if !saw_r => saw_r = true,
                b'f' | b'F' if !saw_f => saw_f = true,
                b't' | b'T' if !saw_t => saw_t = true,
                _ => break,
            }
            c = self.nextc();
            if c == b'"' as i32 || c == b'\'' as i32 {
                self.check_prefixes(saw_b, saw_r, saw_u, saw_f, saw_t)?;
                if saw_f || saw_t {
                    return self.fstring_start(c, saw_t);
                }
                return self.string(c);
            }
        }
        let mut nonascii = false;
        while is_potential_identifier_char(c) {
            if c >= 128 {
                nonascii = true;
            }
            // Identifiers never span lines, so no NUL check is needed.
            if self.cur < self.len {
                c = self.buf[self.cur] as i32;
                self.cur += 1;
            } else {
                c = self.nextc();
            }
        }
        self.backup(c);
        if nonascii && !self.extra {
            self.verify_identifier()?;
        }
        self.token(TokenKind::Name, self.start, self.cur)
    }

    /// 3.14's "'x' and 'y' prefixes are incompatible".
    fn check_prefixes(&self, b: bool, r: bool, u: bool, f: bool, t: bool) -> Result<(), LexError> {
        let pair = if u && b {
            "'u' and 'b'"
        } else if u && r {
            "'u' and 'r'"
        } else if u && f {
            "'u' and 'f'"
        } else if u && t {
            "'u' and 't'"
        } else if b && f {
            "'b' and 'f'"
        } else if b && t {
            "'b' and 't'"
        } else if f && t {
            "'f' and 't'"
        } else {
            return Ok(());
        };
        let msg = format!("{pair} prefixes are incompatible");
        Err(self.error_range(msg, self.start, self.cur - 1))
    }

    /// PEP 3131 check of a non-ASCII identifier (`verify_identifier`).
    fn verify_identifier(&mut self) -> Result<(), LexError> {
        let text = match std::str::from_utf8(&self.buf[self.start..self.cur]) {
            Ok(t) => t,
            Err(_) => return Ok(()), // The source is a `str`: unreachable.
        };
        let mut bad = None;
        for (i, ch) in text.char_indices() {
            let ok = if i == 0 {
                ch == '_' || unicode_ident::is_xid_start(ch)
            } else {
                unicode_ident::is_xid_continue(ch)
            };
            if !ok {
                bad = Some((i, ch));
                break;
            }
        }
        let Some((i, ch)) = bad else {
            return Ok(());
        };
        self.cur = self.start + i + ch.len_utf8();
        let msg = if crate::repr::is_printable(ch) {
            format!("invalid character '{ch}' (U+{:04X})", ch as u32)
        } else {
            format!("invalid non-printable character U+{:04X}", ch as u32)
        };
        Err(self.error_at(msg, self.start + i))
    }

    /// A single- or triple-quoted string (after any prefix).
    fn string(&mut self, quote: i32) -> LexResult {
        let mut quote_size = 1;
        let mut end_quote_size = 0;
        let mut has_escaped_quote = false;
        let mut c = self.nextc();
        if c == quote {
            c = self.nextc();
            if c == quote {
                quote_size = 3;
            } else {
                end_quote_size = 1;
            }
        }
        if c != quote {
            self.backup(c);
        }
        while end_quote_size != quote_size {
            // Fast path over plain characters; stops before a newline so
            // that `nextc` sees every line start.
            if end_quote_size == 0 {
                let q = quote as u8;
                let limit = self.scan_limit();
                while self.cur < limit
                    && !matches!(self.buf[self.cur], b'\n' | b'\\' | b'\r')
                    && self.buf[self.cur] != q
                {
                    self.cur += 1;
                }
            }
            c = self.nextc();
            if c == EOF || (quote_size == 1 && c == b'\n' as i32) {
                return Err(self.unterminated_string(quote, quote_size, has_escaped_quote));
            }
            if c == quote {
                end_quote_size += 1;
            } else {
                end_quote_size = 0;
                if c == b'\\' as i32 {
                    c = self.nextc();
                    if c == quote {
                        has_escaped_quote = true;
                    }
                    if c == b'\r' as i32 {
                        self.nextc();
                    }
                }
            }
        }
        self.token(TokenKind::String, self.start, self.cur)
    }

    /// The error for a string that reaches the end of a line or the input.
    fn unterminated_string(&mut self, quote: i32, quote_size: u8, escaped: bool) -> LexError {
        let detected = self.line_number(self.cur.saturating_sub(1));
        let top = self.modes[self.modes.len() - 1];
        if self.modes.len() > 1 && top.quote as i32 == quote && top.quote_size == quote_size {
            let msg = format!("{}-string: expecting '}}'", top.letter());
            return self.error_at(msg, self.start);
        }
        let msg = if quote_size == 3 {
            format!("unterminated triple-quoted string literal (detected at line {detected})")
        } else if escaped {
            format!(
                "unterminated string literal (detected at line {detected}); \
                 perhaps you escaped the end quote?"
            )
        } else {
            format!("unterminated string literal (detected at line {detected})")
        };
        self.error_at(msg, self.start)
    }

    /// Operators, delimiters and brackets.
    fn operator(&mut self, c: i32) -> LexResult {
        let top = self.modes.len() - 1;
        let in_fstring = top > 0;
        let is_punct = c == b':' as i32 || c == b'}' as i32 || c == b'!' as i32 || c == b'{' as i32;
        if is_punct && in_fstring && self.modes[top].in_expr() {
            let m = self.modes[top];
            let cursor = m.curly_depth - i32::from(c != b'{' as i32);
            if c == b':' as i32 && cursor == m.expr_start_depth {
                self.modes[top].regular = false;
                self.modes[top].in_format_spec = true;
                return self.token(TokenKind::Colon, self.start, self.cur);
            }
        }
        let c2 = self.nextc();
        let two = two_chars(c, c2);
        if two != TokenKind::Op {
            let c3 = self.nextc();
            let three = three_chars(c, c2, c3);
            let kind = if three != TokenKind::Op {
                three
            } else {
                self.backup(c3);
                two
            };
            return self.token(kind, self.start, self.cur);
        }
        self.backup(c2);
        match c as u8 {
            b'(' | b'[' | b'{' => self.open_bracket(c)?,
            b')' | b']' | b'}' => self.close_bracket(c)?,
            _ => {}
        }
        let printable = if c < 128 {
            (0x20..0x7f).contains(&c)
        } else {
            crate::repr::is_printable(char::from(c as u8))
        };
        if !printable {
            let msg = format!("invalid non-printable character U+{c:04X}");
            return Err(self.error_at_cur(msg));
        }
        if c >= 128 {
            // Only after a lone `\r` in tokenize mode: CPython makes an OP
            // token of `\r` and the first byte of a UTF-8 sequence, which
            // the `tokenize` module then fails to decode.
            let msg = format!(
                "'utf-8' codec can't decode byte 0x{c:02x} in position {}: unexpected end of data",
                self.cur - 1 - self.start
            );
            let range = TextRange::empty(self.start as u32);
            let kind = LexErrorKind::Undecodable;
            let ty = SyntaxErrorType::SyntaxError;
            return Err(LexError::coded(kind, ty, &msg, range, self.cur));
        }
        let top = self.modes.len() - 1;
        if c == b'=' as i32 && self.modes[top].in_expr() {
            self.modes[top].debug = true;
        }
        self.token(one_char(c), self.start, self.cur)
    }

    fn open_bracket(&mut self, c: i32) -> Result<(), LexError> {
        if self.parens.len() >= MAXLEVEL {
            return Err(self.error_at_cur("too many nested parentheses".to_string()));
        }
        self.parens.push((c as u8, self.start));
        let top = self.modes.len() - 1;
        if top > 0 {
            self.modes[top].curly_depth += 1;
        }
        Ok(())
    }

    fn close_bracket(&mut self, c: i32) -> Result<(), LexError> {
        let top = self.modes.len() - 1;
        let in_fstring = top > 0;
        let ch = c as u8 as char;
        if in_fstring && self.modes[top].curly_depth == 0 && c == b'}' as i32 {
            let msg = format!(
                "{}-string: single '}}' is not allowed",
                self.modes[top].letter()
            );
            return Err(self.error_at_cur(msg));
        }
        if !self.extra && self.parens.is_empty() {
            return Err(self.error_at_cur(format!("unmatched '{ch}'")));
        }
        if let Some((opening, pos)) = self.parens.pop() {
            let matches = matches!(
                (opening, c as u8),
                (b'(', b')') | (b'[', b']') | (b'{', b'}')
            );
            if !self.extra && !matches {
                let m = self.modes[top];
                if in_fstring && opening == b'{' && m.curly_depth - 1 == m.expr_start_depth {
                    let msg = format!("{}-string: unmatched '{ch}'", m.letter());
                    return Err(self.error_at_cur(msg));
                }
                let open_line = self.line_number(pos);
                let msg = if open_line != self.line_number(self.start) {
                    format!(
                        "closing parenthesis '{ch}' does not match opening parenthesis '{}' on line {open_line}",
                        opening as char
                    )
                } else {
                    format!(
                        "closing parenthesis '{ch}' does not match opening parenthesis '{}'",
                        opening as char
                    )
                };
                return Err(self.error_at_cur(msg));
            }
        }
        if in_fstring {
            let m = &mut self.modes[top];
            m.curly_depth -= 1;
            if m.curly_depth < 0 {
                let msg = format!("{}-string: unmatched '{ch}'", m.letter());
                return Err(self.error_at_cur(msg));
            }
            if c == b'}' as i32 && m.curly_depth == m.expr_start_depth {
                m.expr_start_depth -= 1;
                m.regular = false;
                m.in_format_spec = false;
                m.debug = false;
            }
        }
        Ok(())
    }
}

/// `is_potential_identifier_start`.
#[inline(always)]
fn is_potential_identifier_start(c: i32) -> bool {
    (c >= b'a' as i32 && c <= b'z' as i32)
        || (c >= b'A' as i32 && c <= b'Z' as i32)
        || c == b'_' as i32
        || c >= 128
}

/// `is_potential_identifier_char`.
#[inline(always)]
pub(crate) fn is_potential_identifier_char(c: i32) -> bool {
    is_potential_identifier_start(c) || (c >= b'0' as i32 && c <= b'9' as i32)
}

/// An ASCII digit.
#[inline(always)]
pub(crate) fn is_digit(c: i32) -> bool {
    c >= b'0' as i32 && c <= b'9' as i32
}

/// `_PyToken_OneChar`.
fn one_char(c: i32) -> TokenKind {
    use TokenKind::*;
    match c as u8 {
        b'!' => Exclamation,
        b'%' => Percent,
        b'&' => Amper,
        b'(' => Lpar,
        b')' => Rpar,
        b'*' => Star,
        b'+' => Plus,
        b',' => Comma,
        b'-' => Minus,
        b'.' => Dot,
        b'/' => Slash,
        b':' => Colon,
        b';' => Semi,
        b'<' => Less,
        b'=' => Equal,
        b'>' => Greater,
        b'@' => At,
        b'[' => Lsqb,
        b']' => Rsqb,
        b'^' => Circumflex,
        b'{' => Lbrace,
        b'|' => Vbar,
        b'}' => Rbrace,
        b'~' => Tilde,
        _ => Op,
    }
}

/// `_PyToken_TwoChars`.
fn two_chars(c1: i32, c2: i32) -> TokenKind {
    use TokenKind::*;
    if c2 < 0 || c1 > 127 {
        return Op;
    }
    match (c1 as u8, c2 as u8) {
        (b'!', b'=') => NotEqual,
        (b'%', b'=') => PercentEqual,
        (b'&', b'=') => AmperEqual,
        (b'*', b'*') => DoubleStar,
        (b'*', b'=') => StarEqual,
        (b'+', b'=') => PlusEqual,
        (b'-', b'=') => MinEqual,
        (b'-', b'>') => Rarrow,
        (b'/', b'/') => DoubleSlash,
        (b'/', b'=') => SlashEqual,
        (b':', b'=') => ColonEqual,
        (b'<', b'<') => LeftShift,
        (b'<', b'=') => LessEqual,
        (b'<', b'>') => NotEqual,
        (b'=', b'=') => EqEqual,
        (b'>', b'=') => GreaterEqual,
        (b'>', b'>') => RightShift,
        (b'@', b'=') => AtEqual,
        (b'^', b'=') => CircumflexEqual,
        (b'|', b'=') => VbarEqual,
        _ => Op,
    }
}

/// `_PyToken_ThreeChars`.
fn three_chars(c1: i32, c2: i32, c3: i32) -> TokenKind {
    use TokenKind::*;
    if c3 != b'=' as i32 && c3 != b'.' as i32 {
        return Op;
    }
    match (c1 as u8, c2 as u8, c3 as u8) {
        (b'*', b'*', b'=') => DoubleStarEqual,
        (b'.', b'.', b'.') => Ellipsis,
        (b'/', b'/', b'=') => DoubleSlashEqual,
        (b'<', b'<', b'=') => LeftShiftEqual,
        (b'>', b'>', b'=') => RightShiftEqual,
        _ => Op,
    }
}
