//! Literal decoding checked against CPython 3.14.
//!
//! `cpython_cases.txt` holds one case a line: the token text (with `\\` and
//! `\n` escaped) and, after a tab, what `python3.14` made of it with
//! `compile(text, "x", "eval")`: the value (code points in hex, bytes in
//! hex, the int, or the float's IEEE bits), or `err` and the SyntaxError
//! message, then `|` and the SyntaxWarnings raised.

use super::*;
use taipan_ast::{Constant, Int};

/// What the fixture records for a token text.
fn describe(text: &str) -> String {
    let mut warnings = Vec::new();
    let result = if text.starts_with(|c: char| c.is_ascii_digit() || c == '.') {
        parse_number(text).map(|c| (c, false))
    } else {
        parse_string_with_warnings(text, &mut warnings)
    };
    let value = match result {
        Ok((Constant::Str(s), u)) => {
            let cps: Vec<String> = s.code_points().map(|c| format!("{c:x}")).collect();
            format!("str {} u={u}", cps.join(","))
        }
        Ok((Constant::Bytes(b), _)) => {
            let hex: String = b.iter().map(|c| format!("{c:02x}")).collect();
            format!("bytes {hex}")
        }
        Ok((Constant::Int(Int::Small(v)), _)) => format!("int {v}"),
        Ok((Constant::Int(Int::Big(v)), _)) => format!("int {v}"),
        Ok((Constant::Float(f), _)) => format!("float {:016x}", f.to_bits()),
        Ok((Constant::Complex { imag, .. }, _)) => format!("complex {:016x}", imag.to_bits()),
        Ok((other, _)) => format!("unexpected {other:?}"),
        Err(e) => format!("err {}", e.message),
    };
    let warnings: Vec<String> = warnings.into_iter().map(|w| w.message).collect();
    format!("{value} | {}", warnings.join(" || "))
}

fn unescape(s: &str) -> String {
    let mut out = String::new();
    let mut chars = s.chars();
    while let Some(c) = chars.next() {
        if c == '\\' {
            match chars.next() {
                Some('n') => out.push('\n'),
                Some(other) => out.push(other),
                None => out.push('\\'),
            }
        } else {
            out.push(c);
        }
    }
    out
}

#[test]
fn cpython_cases() {
    let mut failures = Vec::new();
    let mut count = 0;
    for line in include_str!("cpython_cases.txt").lines() {
        let Some((text, expected)) = line.split_once('\t') else {
            continue;
        };
        let text = unescape(text);
        let got = describe(&text);
        count += 1;
        if got != expected {
            failures.push(format!("{text:?}\n  expected {expected}\n  got      {got}"));
        }
    }
    assert!(count > 1000);
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn u_prefix_and_warning_offsets() {
    let mut w = Vec::new();
    let (_, u) = parse_string_with_warnings("u'\\d'", &mut w).unwrap();
    assert!(u);
    assert_eq!(w.len(), 1);
    assert_eq!(w[0].offset, 2);
    let mut w = Vec::new();
    // only the first invalid escape warns (checked with python3.14)
    parse_string_with_warnings("'''\nab\\400\\d'''", &mut w).unwrap();
    assert_eq!(w.len(), 1);
    assert_eq!(w[0].offset, 6);
}

#[test]
fn error_spans() {
    let e = parse_string("'ab\\x4'").unwrap_err();
    assert_eq!((e.offset, e.span), (3, ErrorSpan::Token));
    let e = parse_string("b'a\u{e9}'").unwrap_err();
    assert_eq!(e.offset, 3);
    let e = parse_number(&"1".repeat(4301)).unwrap_err();
    assert_eq!(e.span, ErrorSpan::NoColumn);
}

#[test]
fn fstring_middles() {
    // f"ab{{cd}}\x41": CPython's tokenizer gives 'ab{', 'cd}', '\x41'
    assert_eq!(
        decode_fstring_middle("ab{", false).unwrap().as_str(),
        Some("ab{")
    );
    assert_eq!(
        decode_fstring_middle("\\x41", false).unwrap().as_str(),
        Some("A")
    );
    assert_eq!(
        decode_fstring_middle("\\x41", true).unwrap().as_str(),
        Some("\\x41")
    );
    // a doubled brace left in the text stands for one brace
    assert_eq!(
        decode_fstring_middle("a{{b}}", false).unwrap().as_str(),
        Some("a{b}")
    );
    // f"{x}{{\u00e9\xx": positions restart after the brace (python3.14: 10-11)
    let e = decode_fstring_middle("{{\u{e9}\\xx", false).unwrap_err();
    assert!(
        e.message.contains("position 10-11: truncated \\xXX escape"),
        "{}",
        e.message
    );
    let mut w = Vec::new();
    decode_fstring_middle_with_warnings("\u{e9}{{\\d}}", false, &mut w).unwrap();
    assert_eq!(w.len(), 1);
}

#[test]
fn crlf_inside_literals_reads_as_lf() {
    // tests/golden/valid/crlf_strings_and_continuation: CPython 3.14 gives
    // 'multi\nline' for a triple-quoted string spanning a CRLF line break
    let (value, _) = parse_string("'''multi\r\nline'''").unwrap();
    assert_eq!(value, Constant::Str("multi\nline".into()));
    let (value, _) = parse_string("'a\\\r\nb'").unwrap();
    assert_eq!(value, Constant::Str("ab".into()));
    let mut w = Vec::new();
    parse_string_with_warnings("'''a\r\n\\d'''", &mut w).unwrap();
    assert_eq!(w[0].offset, 6);
    // python3.14 on such a CRLF file: "position 2-3: truncated \xXX escape"
    let e = parse_string("'''\r\n\r\n\\x'''").unwrap_err();
    assert_eq!(e.offset, 7);
    assert!(e.message.contains("position 2-3"), "{}", e.message);
    let value = decode_fstring_middle("a\r\nb", false).unwrap();
    assert_eq!(value.as_str(), Some("a\nb"));
}

#[test]
fn fstring_middle_before_a_brace() {
    // f"\d\{6}": the middle is `\d\`; python3.14 warns "\{" then "\d"
    let mut w = Vec::new();
    let value = decode_fstring_middle_with_warnings("\\d\\", false, &mut w).unwrap();
    assert_eq!(value.as_str(), Some("\\d\\"));
    let messages: Vec<&str> = w.iter().map(|w| &w.message[..5]).collect();
    assert_eq!(messages, ["\"\\{\" ", "\"\\d\" "]);
    assert_eq!(w[0].offset, 2);
    // rf"\{6}" and f"\\{6}" do not warn
    let mut w = Vec::new();
    decode_fstring_middle_with_warnings("\\", true, &mut w).unwrap();
    decode_fstring_middle_with_warnings("\\\\", false, &mut w).unwrap();
    assert!(w.is_empty());
}

#[test]
fn arbitrary_text_never_panics() {
    // Inputs the tokenizer would never produce must still not panic.
    let alphabet: Vec<char> = "\\'\"bBrRuUfFxXuUN{}0189aefjJ._e+-\u{e9}\u{1F600}\n\r "
        .chars()
        .collect();
    let mut seed: u64 = 0x9E37_79B9_7F4A_7C15;
    for _ in 0..20_000 {
        seed = seed
            .wrapping_mul(6_364_136_223_846_793_005)
            .wrapping_add(1_442_695_040_888_963_407);
        let len = (seed >> 59) as usize;
        let text: String = (0..len)
            .map(|i| alphabet[((seed >> (i % 8 * 7)) as usize + i * 31) % alphabet.len()])
            .collect();
        let _ = parse_string(&text);
        let _ = parse_number(&text);
        let _ = decode_fstring_middle(&text, false);
        let _ = decode_fstring_middle(&text, true);
    }
}

#[test]
fn malformed_unicode_names_are_unknown() {
    // A leading hyphen once reached an index underflow in unicode_names2
    // (found by fuzzing); CPython's error is the plain unknown-name one.
    for text in [
        r#""\N{-OT A REAL}""#,
        r#""\N{_A}""#,
        r#""\N{ }""#,
        r#""\N{A\tB}""#,
    ] {
        let err = parse_string(text).unwrap_err();
        assert!(
            err.message.ends_with("unknown Unicode character name"),
            "{text}: {}",
            err.message
        );
    }
}
