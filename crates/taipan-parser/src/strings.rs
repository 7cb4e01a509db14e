//! String atoms: implicit concatenation of adjacent STRING, f-string and
//! t-string literals into one `Constant`, `JoinedStr` or `TemplateStr`
//! (CPython's `_PyPegen_concatenate_strings`).

use crate::expr::mk;
use crate::parser::{PResult, Parser};
use taipan_ast::{Constant, Expr, ExprKind, Wtf8Buf};
use taipan_source::TextRange;
use taipan_tokenizer::TokenKind as T;

/// One literal of a concatenation.
pub(crate) enum Piece {
    /// A STRING token: its value, whether it had a `u` prefix, its range.
    Str(Constant, bool, TextRange),
    /// An f-string's parts (constants and formatted values).
    F(Vec<Expr>),
    /// A t-string's parts (constants and interpolations).
    T(Vec<Expr>),
}

impl Parser<'_> {
    /// `strings: (fstring | string)+ | tstring+`
    pub(crate) fn parse_strings(&mut self) -> PResult<Expr> {
        let start = self.start();
        let mut pieces = Vec::new();
        loop {
            let t = self.tok();
            match t.kind {
                T::String => {
                    self.bump();
                    let mut found = Vec::new();
                    let decoded =
                        crate::literal::parse_string_with_warnings(self.text(t), &mut found);
                    self.add_literal_warnings(t.range.start, found);
                    match decoded {
                        Ok((value, u)) => pieces.push(Piece::Str(value, u, t.range)),
                        Err(e) => return self.error(e.message, t.range),
                    }
                }
                T::FstringStart => pieces.push(Piece::F(self.parse_fstring()?)),
                T::TstringStart => pieces.push(Piece::T(self.parse_fstring()?)),
                _ => break,
            }
        }
        let range = self.range_from(start);
        self.concatenate(pieces, range)
    }

    /// Join the pieces of one string atom.
    fn concatenate(&self, pieces: Vec<Piece>, range: TextRange) -> PResult<Expr> {
        let mut bytes = false;
        let mut text = false;
        let mut f = false;
        let mut t = false;
        for p in &pieces {
            match p {
                Piece::Str(Constant::Bytes(_), ..) => bytes = true,
                Piece::Str(..) => text = true,
                Piece::F(_) => f = true,
                Piece::T(_) => t = true,
            }
        }
        if t && (bytes || text || f) {
            return self.error(
                "cannot mix t-string literals with string or bytes literals",
                range,
            );
        }
        if bytes && (text || f) {
            return self.error("cannot mix bytes and nonbytes literals", self.tok().range);
        }
        if bytes {
            let mut out = Vec::new();
            for p in pieces {
                if let Piece::Str(Constant::Bytes(b), ..) = p {
                    out.extend_from_slice(&b);
                }
            }
            return Ok(mk(
                ExprKind::Constant {
                    value: Constant::Bytes(out),
                    kind: None,
                },
                range,
            ));
        }
        let first_u = matches!(pieces.first(), Some(Piece::Str(_, true, _)));
        if !f && !t {
            let mut out = Wtf8Buf::new();
            for p in pieces {
                if let Piece::Str(Constant::Str(s), ..) = p {
                    out.push_wtf8(&s);
                }
            }
            return Ok(mk(
                ExprKind::Constant {
                    value: Constant::Str(out),
                    kind: first_u.then(|| "u".to_string()),
                },
                range,
            ));
        }
        let mut flat = Vec::new();
        for p in pieces {
            match p {
                Piece::Str(value, u, r) => flat.push(mk(
                    ExprKind::Constant {
                        value,
                        kind: u.then(|| "u".to_string()),
                    },
                    r,
                )),
                Piece::F(values) | Piece::T(values) => flat.extend(values),
            }
        }
        let values = fold_constants(flat);
        let kind = if t {
            ExprKind::TemplateStr { values }
        } else {
            ExprKind::JoinedStr { values }
        };
        Ok(mk(kind, range))
    }
}

/// Merge runs of adjacent string constants (the first one's `kind` and
/// start, the last one's end) and drop empty ones.
pub(crate) fn fold_constants(flat: Vec<Expr>) -> Vec<Expr> {
    let mut out: Vec<Expr> = Vec::with_capacity(flat.len());
    let mut prev_const = false;
    for e in flat {
        let is_const = matches!(e.kind, ExprKind::Constant { .. });
        if is_const && prev_const {
            if let Some(last) = out.last_mut() {
                if let (
                    ExprKind::Constant {
                        value: Constant::Str(acc),
                        ..
                    },
                    ExprKind::Constant {
                        value: Constant::Str(s),
                        ..
                    },
                ) = (&mut last.kind, &e.kind)
                {
                    acc.push_wtf8(s);
                    last.range.end = e.range.end;
                    continue;
                }
            }
        }
        prev_const = is_const;
        out.push(e);
    }
    out.retain(
        |e| !matches!(&e.kind, ExprKind::Constant { value: Constant::Str(s), .. } if s.is_empty()),
    );
    out
}
