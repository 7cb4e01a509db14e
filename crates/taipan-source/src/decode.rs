//! Source decoding (PEP 263 / PEP 3120): bytes of a `.py` file to text.
//!
//! As CPython does when it runs a file: a UTF-8 byte order mark is removed;
//! a coding cookie (`# -*- coding: NAME -*-`) on line 1, or on line 2 when
//! line 1 is blank or a comment, selects the encoding; UTF-8 is the default.
//! A lone `\r` (old Mac line end) becomes `\n`, as CPython's parser sees
//! it (one byte for one, so offsets do not move); `\r\n` is left as it is
//! (the tokenizer handles it). `-m tokenize` does its own decoding, keeping
//! every `\r` as the `tokenize` module does.
//!
//! Decode errors carry a range into the *undecoded* bytes (for invalid
//! UTF-8 the bytes before the error are valid, so the offsets agree with
//! a lossy decoding). CPython reports some of them without a line (`line
//! 0`: unknown encodings and errors of non-UTF-8 codecs); those point at
//! offset 0 here.

use crate::{Placement, SyntaxError, TextRange};

/// The encodings Taipan can decode.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Codec {
    /// UTF-8 (also `utf-8-sig`).
    Utf8,
    /// ISO-8859-1.
    Latin1,
    /// ASCII.
    Ascii,
    /// Windows-1252.
    Cp1252,
    /// ISO-8859-15 (Latin-9).
    Latin9,
    /// An encoding Python knows that Taipan cannot decode beyond ASCII.
    OtherAsciiCompatible,
}

/// Python's codec lookup (`codecs.lookup`) for the encodings Taipan knows;
/// `None` if Python would raise `LookupError`.
pub fn lookup_codec(name: &str) -> Option<Codec> {
    let norm = normalize_codec_name(name);
    let codec = match norm.as_str() {
        "utf_8" | "utf8" | "u8" | "utf" | "utf8_ucs2" | "utf8_ucs4" | "cp65001" | "utf_8_sig" => {
            Codec::Utf8
        }
        "latin_1" | "latin1" | "latin" | "l1" | "iso_8859_1" | "iso8859_1" | "8859" | "cp819"
        | "ibm819" | "iso_ir_100" | "csisolatin1" | "iso_8859_1_1987" => Codec::Latin1,
        "ascii" | "646" | "us_ascii" | "us" | "cp367" | "csascii" | "ibm367" | "iso646_us"
        | "iso_646.irv_1991" | "iso_ir_6" | "ansi_x3.4_1968" | "ansi_x3_4_1968"
        | "ansi_x3.4_1986" => Codec::Ascii,
        "cp1252" | "windows_1252" | "1252" => Codec::Cp1252,
        "iso8859_15" | "iso_8859_15" | "latin9" | "l9" | "iso_8859_15_1998" => Codec::Latin9,
        n if OTHER_CODECS.contains(&n) => Codec::OtherAsciiCompatible,
        _ => return None,
    };
    Some(codec)
}

/// Other codec names Python accepts (normalized), decoded as ASCII here.
const OTHER_CODECS: &[&str] = &[
    "iso8859_2",
    "iso_8859_2",
    "latin2",
    "l2",
    "cp1250",
    "windows_1250",
    "cp1251",
    "windows_1251",
    "koi8_r",
    "koi8_u",
    "euc_jp",
    "eucjp",
    "shift_jis",
    "sjis",
    "cp932",
    "gbk",
    "gb2312",
    "gb18030",
    "big5",
    "euc_kr",
    "euckr",
    "cp949",
    "mac_roman",
    "macroman",
    "cp437",
    "cp850",
    "iso8859_5",
    "iso8859_7",
    "iso8859_9",
    "iso8859_8",
    "utf_16",
    "utf_32",
];

/// `encodings.normalize_encoding` plus lower-casing, as the codec registry
/// looks names up.
fn normalize_codec_name(name: &str) -> String {
    let mut out = String::with_capacity(name.len());
    let mut punct = false;
    for ch in name.chars() {
        if ch.is_ascii_alphanumeric() || ch == '.' {
            if punct && !out.is_empty() {
                out.push('_');
            }
            out.push(ch.to_ascii_lowercase());
            punct = false;
        } else {
            punct = true;
        }
    }
    out
}

/// The C tokenizer's `get_normal_name` (and `tokenize._get_normal_name`):
/// spellings of UTF-8 and Latin-1 folded to `utf-8` and `iso-8859-1`.
pub fn normal_encoding_name(name: &str) -> String {
    let lower: String = name
        .chars()
        .take(12)
        .map(|c| {
            if c == '_' {
                '-'
            } else {
                c.to_ascii_lowercase()
            }
        })
        .collect();
    if lower == "utf-8" || lower.starts_with("utf-8-") {
        return "utf-8".into();
    }
    for latin in ["latin-1", "iso-8859-1", "iso-latin-1"] {
        if lower == latin || lower.starts_with(&format!("{latin}-")) {
            return "iso-8859-1".into();
        }
    }
    name.to_string()
}

/// The encoding named by a coding cookie in `line`, per the C tokenizer's
/// `get_coding_spec`: the line must be a comment, holding `coding` then
/// `:` or `=`, spaces, and a name of letters, digits, `-`, `_` and `.`.
pub fn coding_spec(line: &[u8]) -> Option<&str> {
    let size = line.len();
    if size < 7 {
        return None;
    }
    for &b in &line[..size - 6] {
        if b == b'#' {
            break;
        }
        if b != b' ' && b != b'\t' && b != 0x0c {
            return None;
        }
    }
    for i in 0..size - 6 {
        if &line[i..i + 6] != b"coding" {
            continue;
        }
        let mut t = i + 6;
        if t >= size || (line[t] != b':' && line[t] != b'=') {
            continue;
        }
        t += 1;
        while t < size && (line[t] == b' ' || line[t] == b'\t') {
            t += 1;
        }
        let begin = t;
        while t < size && (line[t].is_ascii_alphanumeric() || b"-_.".contains(&line[t])) {
            t += 1;
        }
        if begin < t {
            return std::str::from_utf8(&line[begin..t]).ok();
        }
    }
    None
}

/// Whether a line is blank or only a comment (then line 2 may hold the
/// cookie).
fn blank_or_comment(line: &[u8]) -> bool {
    for &b in line {
        if b == b'#' || b == b'\n' || b == b'\r' {
            return true;
        }
        if b != b' ' && b != b'\t' && b != 0x0c {
            return false;
        }
    }
    true
}

/// The first line of `bytes` (with its `\n`) and the rest.
fn split_line(bytes: &[u8]) -> (&[u8], &[u8]) {
    match bytes.iter().position(|&b| b == b'\n') {
        Some(p) => bytes.split_at(p + 1),
        None => (bytes, &[]),
    }
}

/// The coding cookie of a source, as the C tokenizer finds it.
fn find_cookie(bytes: &[u8]) -> Option<&str> {
    let (first, rest) = split_line(bytes);
    if let Some(spec) = coding_spec(first) {
        return Some(spec);
    }
    if !blank_or_comment(first) {
        return None;
    }
    coding_spec(split_line(rest).0)
}

/// Decode the bytes of a source file as CPython does before tokenizing.
pub fn decode_source(bytes: &[u8]) -> Result<String, SyntaxError> {
    decode_source_raw(bytes).map(translate_lone_cr)
}

/// `text` with every `\r` not followed by `\n` replaced by `\n`.
pub fn translate_lone_cr(text: String) -> String {
    if !text.contains('\r') {
        return text;
    }
    let mut bytes = text.into_bytes();
    for i in 0..bytes.len() {
        if bytes[i] == b'\r' && bytes.get(i + 1) != Some(&b'\n') {
            bytes[i] = b'\n';
        }
    }
    // Replacing one ASCII byte by another keeps the text valid UTF-8.
    String::from_utf8(bytes).unwrap_or_default()
}

fn decode_source_raw(bytes: &[u8]) -> Result<String, SyntaxError> {
    let (bom, body) = match bytes.strip_prefix(b"\xEF\xBB\xBF".as_slice()) {
        Some(rest) => (true, rest),
        None => (false, bytes),
    };
    let at = |pos: usize| TextRange::empty(pos as u32);
    let spec = find_cookie(body).map(normal_encoding_name);
    let Some(spec) = spec.filter(|s| s != "utf-8") else {
        return decode_utf8_strict(body);
    };
    if bom {
        let msg = format!("encoding problem: {spec} with BOM");
        // Found while reading the cookie, before any column.
        return Err(SyntaxError::new(msg, at(0)).placed(Placement::NoColumn));
    }
    let codec = lookup_codec(&spec)
        .ok_or_else(|| SyntaxError::new(format!("unknown encoding: {spec}"), at(0)))?;
    decode_with(codec, body).map_err(|msg| SyntaxError::new(msg, at(0)))
}

/// Decode the bytes of a source file as `python3.14 FILE` does (CPython's
/// file tokenizer), which words some errors differently from
/// [`decode_source`] (`compile()` on bytes):
/// * invalid UTF-8: "Non-UTF-8 code starting with '\xNN' in file FILE on
///   line N, ..." (CPython 3.14 says line 1 when the byte is on line 2);
/// * an explicit `utf-8` cookie and invalid bytes: "(unicode error)
///   'utf-8' codec can't decode byte ... in position P: ..." (P counted
///   in the line);
/// * an unknown encoding or bytes the declared codec cannot decode:
///   "encoding problem: NAME" (CPython shows no line for these).
pub fn decode_source_file(bytes: &[u8], filename: &str) -> Result<String, SyntaxError> {
    decode_file_raw(bytes, filename).map(translate_lone_cr)
}

fn decode_file_raw(bytes: &[u8], filename: &str) -> Result<String, SyntaxError> {
    let (bom, body) = match bytes.strip_prefix(b"\xEF\xBB\xBF".as_slice()) {
        Some(rest) => (true, rest),
        None => (false, bytes),
    };
    let at = |pos: usize| TextRange::empty(pos as u32);
    let cookie = find_cookie(body);
    let spec = cookie.map(normal_encoding_name);
    match spec.as_deref() {
        None => decode_utf8_strict(body).map_err(|mut e| {
            let line = body[..e.range.start as usize]
                .iter()
                .filter(|&&b| b == b'\n')
                .count()
                + 1;
            // CPython's file tokenizer still counts line 1 while it reads
            // line 2 looking for a coding cookie.
            let shown = if line == 2 { 1 } else { line };
            e.message = format!(
                "Non-UTF-8 code starting with '\\x{:02x}' in file {filename} on line {shown}, \
                 but no encoding declared; see https://peps.python.org/pep-0263/ for details",
                body[e.range.start as usize]
            );
            e.placed(Placement::HeaderLine(shown as u32))
        }),
        Some("utf-8") => std::str::from_utf8(body).map(str::to_string).map_err(|e| {
            let pos = e.valid_up_to();
            let line_start = body[..pos]
                .iter()
                .rposition(|&b| b == b'\n')
                .map_or(0, |p| p + 1);
            let line = &body[line_start..];
            let line = &line[..line
                .iter()
                .position(|&b| b == b'\n')
                .map_or(line.len(), |p| p + 1)];
            let msg = match std::str::from_utf8(line) {
                Err(le) => utf8_error_text(line, &le),
                Ok(_) => utf8_error_text(body, &e),
            };
            SyntaxError::new(format!("(unicode error) {msg}"), at(line_start))
                .placed(Placement::NoColumn)
        }),
        Some(name) if bom => Err(SyntaxError::new(
            format!("encoding problem: {name} with BOM"),
            at(0),
        )
        .placed(Placement::NoColumn)),
        Some(name) => {
            let problem = || {
                SyntaxError::new(format!("encoding problem: {name}"), at(0))
                    .placed(Placement::Nowhere)
            };
            let codec = lookup_codec(name).ok_or_else(problem)?;
            decode_with(codec, body).map_err(|_| problem())
        }
    }
}

/// UTF-8 without a declared other encoding: CPython's "Non-UTF-8 code".
fn decode_utf8_strict(body: &[u8]) -> Result<String, SyntaxError> {
    match std::str::from_utf8(body) {
        Ok(text) => Ok(text.to_string()),
        Err(e) => {
            let pos = e.valid_up_to();
            let line = body[..pos].iter().filter(|&&b| b == b'\n').count() + 1;
            let msg = format!(
                "Non-UTF-8 code starting with '\\x{:02x}' on line {line}, but no encoding \
                 declared; see https://peps.python.org/pep-0263/ for details",
                body[pos]
            );
            Err(SyntaxError::new(msg, TextRange::empty(pos as u32)))
        }
    }
}

/// Decode `bytes` with `codec`; the error is Python's `UnicodeDecodeError`
/// text.
pub fn decode_with(codec: Codec, bytes: &[u8]) -> Result<String, String> {
    match codec {
        Codec::Utf8 => std::str::from_utf8(bytes)
            .map(str::to_string)
            .map_err(|e| utf8_error_text(bytes, &e)),
        Codec::Latin1 => Ok(bytes.iter().map(|&b| b as char).collect()),
        Codec::Latin9 => Ok(bytes.iter().map(|&b| latin9_char(b)).collect()),
        Codec::Ascii | Codec::OtherAsciiCompatible => {
            let name = if codec == Codec::Ascii {
                "ascii"
            } else {
                "charmap"
            };
            match bytes.iter().position(|&b| b >= 0x80) {
                None => Ok(bytes.iter().map(|&b| b as char).collect()),
                Some(p) => Err(format!(
                    "'{name}' codec can't decode byte 0x{:02x} in position {p}: \
                     ordinal not in range(128)",
                    bytes[p]
                )),
            }
        }
        Codec::Cp1252 => {
            let mut out = String::with_capacity(bytes.len());
            for (p, &b) in bytes.iter().enumerate() {
                match cp1252_char(b) {
                    Some(c) => out.push(c),
                    None => {
                        return Err(format!(
                            "'charmap' codec can't decode byte 0x{b:02x} in position {p}: \
                             character maps to <undefined>"
                        ))
                    }
                }
            }
            Ok(out)
        }
    }
}

/// Decode `bytes` with `codec`, replacing undecodable bytes with U+FFFD.
pub fn decode_lossy(codec: Codec, bytes: &[u8]) -> String {
    match codec {
        Codec::Utf8 => String::from_utf8_lossy(bytes).into_owned(),
        Codec::Latin1 => bytes.iter().map(|&b| b as char).collect(),
        Codec::Latin9 => bytes.iter().map(|&b| latin9_char(b)).collect(),
        Codec::Ascii | Codec::OtherAsciiCompatible => bytes
            .iter()
            .map(|&b| if b < 0x80 { b as char } else { '\u{FFFD}' })
            .collect(),
        Codec::Cp1252 => bytes
            .iter()
            .map(|&b| cp1252_char(b).unwrap_or('\u{FFFD}'))
            .collect(),
    }
}

/// Python's `UnicodeDecodeError` text for invalid UTF-8.
fn utf8_error_text(bytes: &[u8], e: &std::str::Utf8Error) -> String {
    let pos = e.valid_up_to();
    let b = bytes[pos];
    let reason = match e.error_len() {
        None => "unexpected end of data",
        Some(_) if !(0xC2..=0xF4).contains(&b) => "invalid start byte",
        Some(_) => "invalid continuation byte",
    };
    format!("'utf-8' codec can't decode byte 0x{b:02x} in position {pos}: {reason}")
}

/// ISO-8859-15: Latin-1 with eight characters replaced.
fn latin9_char(b: u8) -> char {
    match b {
        0xA4 => '\u{20AC}',
        0xA6 => '\u{0160}',
        0xA8 => '\u{0161}',
        0xB4 => '\u{017D}',
        0xB8 => '\u{017E}',
        0xBC => '\u{0152}',
        0xBD => '\u{0153}',
        0xBE => '\u{0178}',
        _ => b as char,
    }
}

/// Windows-1252 (Python's `cp1252` table: five bytes are undefined).
fn cp1252_char(b: u8) -> Option<char> {
    const HIGH: [u16; 32] = [
        0x20AC, 0, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039,
        0x0152, 0, 0x017D, 0, 0, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC,
        0x2122, 0x0161, 0x203A, 0x0153, 0, 0x017E, 0x0178,
    ];
    if (0x80..0xA0).contains(&b) {
        let c = HIGH[(b - 0x80) as usize];
        return if c == 0 {
            None
        } else {
            char::from_u32(c.into())
        };
    }
    Some(b as char)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn utf8_default_and_bom() {
        assert_eq!(decode_source(b"x = 1\r\n").unwrap(), "x = 1\r\n");
        assert_eq!(decode_source(b"\xEF\xBB\xBFx\n").unwrap(), "x\n");
        assert_eq!(decode_source(b"a\rb\r\nc\r").unwrap(), "a\nb\r\nc\n");
    }

    #[test]
    fn cookies() {
        let src = b"# -*- coding: latin-1 -*-\nx = '\xe9'\n";
        assert_eq!(
            decode_source(src).unwrap(),
            "# -*- coding: latin-1 -*-\nx = 'é'\n"
        );
        let src = b"#!/usr/bin/python\n# vim: set fileencoding=cp1252 :\nx = '\x80'\n";
        assert!(decode_source(src).unwrap().ends_with("x = '€'\n"));
        // A cookie after code on line 1 does not count.
        let err = decode_source(b"x = 1 # coding: latin-1\nx = '\xe9'\n").unwrap_err();
        assert!(err
            .message
            .starts_with("Non-UTF-8 code starting with '\\xe9' on line 2"));
    }

    #[test]
    fn file_mode_errors_match_cpython() {
        let err = decode_source_file(b"x = 1\ns = \"abc\xffdef\"\n", "f.py").unwrap_err();
        assert_eq!(
            err.message,
            "Non-UTF-8 code starting with '\\xff' in file f.py on line 1, but no encoding \
             declared; see https://peps.python.org/pep-0263/ for details"
        );
        let err = decode_source_file(b"a\nb\nc\ns = \"\x80\"\n", "f.py").unwrap_err();
        assert!(err.message.contains("'\\x80' in file f.py on line 4,"));
        let src = b"# -*- coding: utf-8 -*-\nx = \"\xff\"\n";
        let err = decode_source_file(src, "f.py").unwrap_err();
        assert_eq!(
            err.message,
            "(unicode error) 'utf-8' codec can't decode byte 0xff in position 5: invalid start byte"
        );
        let err = decode_source_file(b"# coding: ascii\nx = \"\xc3\xa9\"\n", "f.py").unwrap_err();
        assert_eq!(err.message, "encoding problem: ascii");
        let src = b"# -*- coding: no-such-encoding -*-\nx = 1\n";
        let err = decode_source_file(src, "f.py").unwrap_err();
        assert_eq!(err.message, "encoding problem: no-such-encoding");
        let src = b"\xEF\xBB\xBF# -*- coding: latin-1 -*-\nx = 1\n";
        let err = decode_source_file(src, "f.py").unwrap_err();
        assert_eq!(err.message, "encoding problem: iso-8859-1 with BOM");
    }

    #[test]
    fn errors_match_cpython() {
        let err = decode_source(b"# coding: foo\nx = 1\n").unwrap_err();
        assert_eq!(err.message, "unknown encoding: foo");
        let err = decode_source(b"\xEF\xBB\xBF# coding: latin-1\n").unwrap_err();
        assert_eq!(err.message, "encoding problem: iso-8859-1 with BOM");
        let err = decode_source(b"# coding: ascii\nx = \"\xe9\"\n").unwrap_err();
        assert_eq!(
            err.message,
            "'ascii' codec can't decode byte 0xe9 in position 21: ordinal not in range(128)"
        );
        let err = decode_source(b"# coding=cp1252\nx = \"\x81\"\n").unwrap_err();
        assert_eq!(
            err.message,
            "'charmap' codec can't decode byte 0x81 in position 21: character maps to <undefined>"
        );
        let err = decode_source(b"# coding: utf8\nx = \"\xed\xa0\x80\"\n").unwrap_err();
        assert_eq!(
            err.message,
            "'utf-8' codec can't decode byte 0xed in position 20: invalid continuation byte"
        );
        let err = decode_source(b"x = 1\ny = \"\xff\"\n").unwrap_err();
        assert_eq!(
            err.message,
            "Non-UTF-8 code starting with '\\xff' on line 2, but no encoding declared; \
             see https://peps.python.org/pep-0263/ for details"
        );
        assert_eq!(err.range, TextRange::empty(11));
    }
}
