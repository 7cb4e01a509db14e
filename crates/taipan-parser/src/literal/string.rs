//! STRING tokens and the literal parts of f-strings and t-strings.

use super::escape::{decode_bytes, decode_str, FirstInvalid};
use super::{ErrorSpan, LiteralError, LiteralWarning};
use taipan_ast::{Constant, Wtf8Buf};

/// Decode a STRING token's text (prefix and quotes included) into
/// `Constant::Str` or `Constant::Bytes`, and whether it has a lowercase `u`
/// prefix (then CPython sets `kind='u'`; it ignores `U`).
/// An invalid-escape warning, if any, is dropped.
pub fn parse_string(text: &str) -> Result<(Constant, bool), LiteralError> {
    parse_string_with_warnings(text, &mut Vec::new())
}

/// [`parse_string`], appending the literal's invalid-escape warning (at most
/// one, as CPython) to `warnings`.
pub fn parse_string_with_warnings(
    text: &str,
    warnings: &mut Vec<LiteralWarning>,
) -> Result<(Constant, bool), LiteralError> {
    if text.contains('\r') {
        return with_newlines_translated(text, warnings, parse_string_with_warnings);
    }
    let prefix_len = text.find(['\'', '"']).unwrap_or(text.len());
    let prefix = text[..prefix_len].to_ascii_lowercase();
    let rest = &text[prefix_len..];
    let quote_len = if rest.starts_with("'''") || rest.starts_with("\"\"\"") {
        3
    } else {
        1
    };
    let body_start = prefix_len + quote_len;
    let body_end = text.len().saturating_sub(quote_len).max(body_start);
    let body = text.get(body_start..body_end).unwrap_or("");
    let raw = prefix.contains('r');
    // CPython sets `kind='u'` for a lowercase `u` prefix only.
    let has_u = text.starts_with('u');
    let mut warn = FirstInvalid::default();
    let value = if prefix.contains('b') {
        if let Some(i) = body.find(|c: char| !c.is_ascii()) {
            return Err(LiteralError::new(
                "bytes can only contain ASCII literal characters",
                body_start + i,
                ErrorSpan::Token,
            ));
        }
        if raw {
            Constant::Bytes(body.as_bytes().to_vec())
        } else {
            Constant::Bytes(decode_bytes(body, body_start, &mut warn)?)
        }
    } else if raw || !body.contains('\\') {
        Constant::Str(Wtf8Buf::from(body))
    } else {
        Constant::Str(decode_str(body, body_start, &mut warn)?)
    };
    warnings.extend(warn.0);
    Ok((value, has_u))
}

/// Decode the text of an FSTRING_MIDDLE or TSTRING_MIDDLE token. A doubled
/// brace in `text` stands for one brace (CPython's tokenizer ends a token
/// after the first brace of a pair; each piece is decoded on its own, so
/// error positions restart after a doubled brace as they do in CPython).
pub fn decode_fstring_middle(text: &str, raw: bool) -> Result<Wtf8Buf, LiteralError> {
    decode_fstring_middle_with_warnings(text, raw, &mut Vec::new())
}

/// [`decode_fstring_middle`], appending invalid-escape warnings (at most one
/// per piece between doubled braces) to `warnings`.
pub fn decode_fstring_middle_with_warnings(
    text: &str,
    raw: bool,
    warnings: &mut Vec<LiteralWarning>,
) -> Result<Wtf8Buf, LiteralError> {
    if text.contains('\r') {
        let decode =
            |t: &str, w: &mut Vec<LiteralWarning>| decode_fstring_middle_with_warnings(t, raw, w);
        return with_newlines_translated(text, warnings, decode);
    }
    let mut out = Wtf8Buf::new();
    let mut piece_start = 0;
    let mut i = 0;
    let bytes = text.as_bytes();
    while i < bytes.len() {
        let doubled = matches!(bytes[i], b'{' | b'}') && bytes.get(i + 1) == Some(&bytes[i]);
        if doubled {
            decode_piece(text, piece_start, i + 1, raw, &mut out, warnings)?;
            piece_start = i + 2;
            i += 2;
        } else {
            i += 1;
        }
    }
    decode_piece(text, piece_start, text.len(), raw, &mut out, warnings)?;
    Ok(out)
}

/// Decode `text[start..end]` onto `out`.
fn decode_piece(
    text: &str,
    start: usize,
    end: usize,
    raw: bool,
    out: &mut Wtf8Buf,
    warnings: &mut Vec<LiteralWarning>,
) -> Result<(), LiteralError> {
    let piece = &text[start..end];
    if raw || !piece.contains('\\') {
        out.push_str(piece);
        return Ok(());
    }
    // A piece ending in a lone backslash is followed by `{` (the tokenizer
    // ends the token there); CPython warns about "\{" before decoding.
    let trailing = piece.len() - piece.trim_end_matches('\\').len();
    if trailing % 2 == 1 {
        let mut brace = FirstInvalid::default();
        brace.escape("{", end - 1);
        warnings.extend(brace.0);
    }
    let mut warn = FirstInvalid::default();
    out.push_wtf8(&decode_str(piece, start, &mut warn)?);
    warnings.extend(warn.0);
    Ok(())
}

/// Run `decode` on `text` with `\r\n` and `\r` turned into `\n`, as
/// CPython's tokenizer does before any literal is decoded (a source whose
/// newlines were already translated never gets here), then map offsets in
/// the warnings and error back to `text`.
fn with_newlines_translated<T>(
    text: &str,
    warnings: &mut Vec<LiteralWarning>,
    decode: impl Fn(&str, &mut Vec<LiteralWarning>) -> Result<T, LiteralError>,
) -> Result<T, LiteralError> {
    let mut translated = String::with_capacity(text.len());
    // Offsets (in `translated`) of each `\n` that replaced a `\r\n` pair.
    let mut pairs: Vec<u32> = Vec::new();
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        if c == '\r' {
            if chars.peek() == Some(&'\n') {
                chars.next();
                pairs.push(translated.len() as u32);
            }
            translated.push('\n');
        } else {
            translated.push(c);
        }
    }
    let original = |offset: u32| offset + pairs.partition_point(|&p| p < offset) as u32;
    let first_new = warnings.len();
    let result = decode(&translated, warnings);
    for w in &mut warnings[first_new..] {
        w.offset = original(w.offset);
    }
    result.map_err(|mut e| {
        e.offset = original(e.offset);
        e
    })
}
