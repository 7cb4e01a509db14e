//! The token buffer: every token of the source, read up front, with NAME
//! tokens classified as keywords once so the grammar compares small enums.

use taipan_ast::TypeIgnore;
use taipan_source::{LineIndex, SyntaxError, TextRange};
use taipan_tokenizer::{LexErrorKind, TokenKind, Tokenizer, TokenizerOptions};

macro_rules! keywords {
    ($($variant:ident = $text:literal,)*) => {
        /// A hard keyword of Python 3.14, or `Plain` for other tokens.
        #[derive(Clone, Copy, Debug, PartialEq, Eq)]
        pub(crate) enum Kw {
            Plain,
            $($variant,)*
        }

        impl Kw {
            /// The keyword spelled `text`, if any.
            fn from_text(text: &str) -> Kw {
                match text {
                    $($text => Kw::$variant,)*
                    _ => Kw::Plain,
                }
            }
        }
    };
}

keywords! {
    False = "False", None = "None", True = "True", And = "and", As = "as",
    Assert = "assert", Async = "async", Await = "await", Break = "break",
    Class = "class", Continue = "continue", Def = "def", Del = "del",
    Elif = "elif", Else = "else", Except = "except", Finally = "finally",
    For = "for", From = "from", Global = "global", If = "if",
    Import = "import", In = "in", Is = "is", Lambda = "lambda",
    Nonlocal = "nonlocal", Not = "not", Or = "or", Pass = "pass",
    Raise = "raise", Return = "return", Try = "try", While = "while",
    With = "with", Yield = "yield",
}

/// One token as the parser sees it.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Tok {
    /// The exact token type.
    pub(crate) kind: TokenKind,
    /// The keyword, for NAME tokens that spell one.
    pub(crate) kw: Kw,
    /// How many brackets are open after this token (CPython's `level`).
    pub(crate) level: u16,
    /// The token's bytes.
    pub(crate) range: TextRange,
}

impl Tok {
    /// Whether this is a NAME that is not a hard keyword.
    #[inline]
    pub(crate) fn is_name(&self) -> bool {
        self.kind == TokenKind::Name && self.kw == Kw::Plain
    }
}

/// The tokens of a source, ending with ENDMARKER or, when the tokenizer
/// failed, with an ERRORTOKEN standing for its error.
pub(crate) struct TokenBuffer {
    /// The tokens (never empty).
    pub(crate) toks: Vec<Tok>,
    /// The tokenizer's error, standing at the last token.
    pub(crate) error: Option<SyntaxError>,
    /// Whether that error is one the tokenizer raises as it meets it
    /// (CPython sets an exception), rather than an `E_*` code (end of
    /// file in brackets, bad dedent, `\` continuation...) that only the
    /// parser turns into an error when it reaches the token.
    pub(crate) error_raised: bool,
    /// `# type: ignore` comments, when type comments are kept.
    pub(crate) type_ignores: Vec<TypeIgnore>,
    /// The tokenizer's `SyntaxWarning`s (numbers glued to keywords, `\{`).
    pub(crate) warnings: Vec<crate::SyntaxWarning>,
    /// Whether the tokenizer's error is one of reaching the end of the
    /// input (CPython's `E_EOF`/`E_EOFS`: inside brackets, a triple-quoted
    /// string), which makes the input incomplete rather than wrong.
    pub(crate) error_at_eof: bool,
}

impl TokenBuffer {
    /// Tokenize `source` completely.
    pub(crate) fn read(source: &str, type_comments: bool) -> TokenBuffer {
        let mut tokenizer = Tokenizer::new(
            source,
            TokenizerOptions {
                type_comments,
                extra_tokens: false,
            },
        );
        let mut toks = Vec::with_capacity(source.len() / 4 + 2);
        let mut type_ignores = Vec::new();
        let mut lines: Option<LineIndex> = None;
        let mut level: u16 = 0;
        let mut error_raised = false;
        let mut fstring_depth: u32 = 0;
        let mut error_at_eof = false;
        let error = loop {
            match tokenizer.next_token_detailed() {
                Ok(tok) => {
                    let kind = tok.kind;
                    let text = &source[tok.range.as_usize()];
                    if kind == TokenKind::TypeIgnore {
                        let idx = lines.get_or_insert_with(|| LineIndex::new(source));
                        let lineno = idx.line_col(tok.range.start).line;
                        let mut tag = ignore_tag(text).to_string();
                        if comment_on_own_line(source, tok.range.start)
                            && source.as_bytes().get(tok.range.end as usize) == Some(&b'\n')
                        {
                            tag.push('\n');
                        }
                        type_ignores.push(TypeIgnore { lineno, tag });
                        continue;
                    }
                    let kw = if kind == TokenKind::Name {
                        Kw::from_text(text)
                    } else {
                        Kw::Plain
                    };
                    match kind {
                        TokenKind::FstringStart | TokenKind::TstringStart => fstring_depth += 1,
                        TokenKind::FstringEnd | TokenKind::TstringEnd => {
                            fstring_depth = fstring_depth.saturating_sub(1)
                        }
                        _ => {}
                    }
                    match kind {
                        TokenKind::Lpar | TokenKind::Lsqb | TokenKind::Lbrace => {
                            level = level.saturating_add(1)
                        }
                        TokenKind::Rpar | TokenKind::Rsqb | TokenKind::Rbrace => {
                            level = level.saturating_sub(1)
                        }
                        _ => {}
                    }
                    toks.push(Tok {
                        kind,
                        kw,
                        level,
                        range: tok.range,
                    });
                    if kind == TokenKind::EndMarker {
                        break None;
                    }
                }
                Err(lex) => {
                    // Inside an f-string CPython keeps the parser's error.
                    error_raised = matches!(lex.kind, LexErrorKind::Syntax) && fstring_depth == 0;
                    let err = lex.error;
                    error_at_eof = matches!(lex.kind, LexErrorKind::Eof { .. })
                        || err.message.starts_with("unterminated triple-quoted");
                    let mut at = (lex.cursor as usize).min(source.len());
                    while !source.is_char_boundary(at) {
                        at -= 1;
                    }
                    let at = at as u32;
                    toks.push(Tok {
                        kind: TokenKind::ErrorToken,
                        kw: Kw::Plain,
                        level,
                        range: TextRange::new(at, at),
                    });
                    break Some(err);
                }
            }
        };
        let warnings = tokenizer
            .warnings()
            .iter()
            .map(|w| crate::SyntaxWarning {
                message: w.message.clone(),
                range: w.range,
            })
            .collect();
        TokenBuffer {
            toks,
            error,
            error_raised,
            type_ignores,
            warnings,
            error_at_eof,
        }
    }
}

/// The tag of a `# type: ignore[tag]` comment (the text after `ignore`).
fn ignore_tag(text: &str) -> &str {
    match text.find("ignore") {
        Some(i) if text.starts_with('#') => &text[i + "ignore".len()..],
        _ => text,
    }
}

/// Whether the comment holding `offset` is alone on its line (CPython then
/// keeps the newline in a `type: ignore` tag).
fn comment_on_own_line(source: &str, offset: u32) -> bool {
    let before = &source[..offset as usize];
    let line_start = before.rfind(['\n', '\r']).map_or(0, |i| i + 1);
    let line = &before[line_start..];
    match line.find('#') {
        Some(hash) => line[..hash]
            .bytes()
            .all(|b| matches!(b, b' ' | b'\t' | b'\x0c')),
        None => false,
    }
}
