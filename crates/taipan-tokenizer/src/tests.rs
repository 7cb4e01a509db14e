//! Parser-mode unit tests; expected values checked against CPython 3.14
//! (`compile()` for errors, `tokenize` for token boundaries).

use taipan_source::{LineIndex, SyntaxErrorType};

use crate::{tokenize_all, LexErrorKind, TokenKind, TokenizerOptions};

/// `KIND:text` for every token of `src` in parser mode.
fn toks(src: &str) -> Vec<String> {
    toks_with(src, TokenizerOptions::default())
}

fn toks_with(src: &str, options: TokenizerOptions) -> Vec<String> {
    let tokens = tokenize_all(src, options).unwrap_or_else(|e| panic!("{src:?}: {e:?}"));
    tokens
        .iter()
        .map(|t| format!("{}:{}", t.kind.name(), &src[t.range.as_usize()]))
        .collect()
}

/// (type, message, line, 1-based offset) of the error `src` gives.
fn err(src: &str) -> (SyntaxErrorType, String, u32, u32) {
    let e = match tokenize_all(src, TokenizerOptions::default()) {
        Ok(t) => panic!("{src:?} tokenized: {t:?}"),
        Err(e) => e.error,
    };
    let pos = LineIndex::new(src).line_char_col(src, e.range.start);
    (e.error_type, e.message, pos.line, pos.col + 1)
}

fn syntax(src: &str) -> (String, u32, u32) {
    let (ty, msg, line, col) = err(src);
    assert_eq!(ty, SyntaxErrorType::SyntaxError, "{src:?}");
    (msg, line, col)
}

#[test]
fn parser_mode_has_no_comments_or_nl() {
    assert_eq!(
        toks("if a:  # c\n\n    b = (1,\n  2)\n"),
        [
            "NAME:if",
            "NAME:a",
            "COLON::",
            "NEWLINE:# c",
            "INDENT:    ",
            "NAME:b",
            "EQUAL:=",
            "LPAR:(",
            "NUMBER:1",
            "COMMA:,",
            "NUMBER:2",
            "RPAR:)",
            "NEWLINE:",
            "DEDENT:",
            "ENDMARKER:"
        ]
    );
}

#[test]
fn operators_carry_exact_kinds() {
    assert_eq!(
        toks("a **= b // c -> d := e != f <> g ... h @ i\n")
            .iter()
            .filter(|t| !t.starts_with("NAME"))
            .cloned()
            .collect::<Vec<_>>(),
        [
            "DOUBLESTAREQUAL:**=",
            "DOUBLESLASH://",
            "RARROW:->",
            "COLONEQUAL::=",
            "NOTEQUAL:!=",
            "NOTEQUAL:<>",
            "ELLIPSIS:...",
            "AT:@",
            "NEWLINE:",
            "ENDMARKER:"
        ]
    );
    assert_eq!(toks("$\n")[0], "OP:$");
}

#[test]
fn missing_final_newline_and_crlf() {
    assert_eq!(toks("x"), ["NAME:x", "NEWLINE:", "ENDMARKER:"]);
    assert_eq!(
        toks("x\r\ny\r"),
        ["NAME:x", "NEWLINE:\r", "NAME:y", "NEWLINE:", "ENDMARKER:"]
    );
    assert_eq!(
        toks("x\ry\n"),
        ["NAME:x", "NEWLINE:", "NAME:y", "NEWLINE:", "ENDMARKER:"]
    );
    assert_eq!(toks(""), ["ENDMARKER:"]);
}

#[test]
fn fstring_tokens() {
    assert_eq!(
        toks("f'a{{b}}{x!r:>{w}}'\n"),
        [
            "FSTRING_START:f'",
            "FSTRING_MIDDLE:a{",
            "FSTRING_MIDDLE:b}",
            "LBRACE:{",
            "NAME:x",
            "EXCLAMATION:!",
            "NAME:r",
            "COLON::",
            "FSTRING_MIDDLE:>",
            "LBRACE:{",
            "NAME:w",
            "RBRACE:}",
            "FSTRING_MIDDLE:",
            "RBRACE:}",
            "FSTRING_END:'",
            "NEWLINE:",
            "ENDMARKER:"
        ]
    );
    assert_eq!(
        toks("t'{x=}'\n"),
        [
            "TSTRING_START:t'",
            "LBRACE:{",
            "NAME:x",
            "EQUAL:=",
            "RBRACE:}",
            "TSTRING_END:'",
            "NEWLINE:",
            "ENDMARKER:"
        ]
    );
    // PEP 701: the same quotes nest.
    assert_eq!(toks("f'{f'{x}'}'\n").len(), 11);
}

#[test]
fn type_comments() {
    let opts = TokenizerOptions {
        type_comments: true,
        extra_tokens: false,
    };
    assert_eq!(
        toks_with("x = 1  # type: int\n", opts),
        [
            "NAME:x",
            "EQUAL:=",
            "NUMBER:1",
            "TYPE_COMMENT:int",
            "NEWLINE:",
            "ENDMARKER:"
        ]
    );
    assert_eq!(
        toks_with("import a  # type: ignore[x]\n", opts),
        [
            "NAME:import",
            "NAME:a",
            "TYPE_IGNORE:[x]",
            "NEWLINE:",
            "ENDMARKER:"
        ]
    );
    assert_eq!(
        toks_with("x = 1  # type: ignored\n", opts)[3],
        "TYPE_COMMENT:ignored"
    );
    assert_eq!(toks_with("x = 1  #type:int\n", opts)[3], "TYPE_COMMENT:int");
    assert_eq!(
        toks_with("x = 1  # types: int\n", opts)[3],
        "NEWLINE:# types: int"
    );
}

#[test]
fn number_errors() {
    let cases: &[(&str, &str, u32)] = &[
        ("x = 1_a\n", "invalid decimal literal", 6),
        ("x = 0x\n", "invalid hexadecimal literal", 6),
        ("x = 0o8\n", "invalid digit '8' in octal literal", 7),
        ("x = 0o1a\n", "invalid octal literal", 7),
        ("x = 1e\n", "invalid decimal literal", 5),
        ("x = 1e+\n", "invalid decimal literal", 7),
        ("x = 1.5j_\n", "invalid imaginary literal", 8),
        ("x = 0b2\n", "invalid digit '2' in binary literal", 7),
        ("x = 1__0\n", "invalid decimal literal", 6),
        ("x = 0_\n", "invalid decimal literal", 6),
        ("x = 0e\n", "invalid decimal literal", 5),
    ];
    for &(src, msg, offset) in cases {
        assert_eq!(syntax(src), (msg.to_string(), 1, offset), "{src:?}");
    }
    let leading = "leading zeros in decimal integer literals are not permitted; \
                   use an 0o prefix for octal integers";
    assert_eq!(syntax("x = 0_7\n"), (leading.to_string(), 1, 5));
    assert!(tokenize_all("x = 00 + 1if y else 0e0 + 1.e5\n", Default::default()).is_ok());
}

#[test]
fn string_and_bracket_errors() {
    let cases: &[(&str, &str, u32, u32)] = &[
        (
            "x = 'abc\n",
            "unterminated string literal (detected at line 1)",
            1,
            5,
        ),
        (
            "x = '''abc\n\n",
            "unterminated triple-quoted string literal (detected at line 2)",
            1,
            5,
        ),
        (
            "x = 'a\\'\n",
            "unterminated string literal (detected at line 1); perhaps you escaped the end quote?",
            1,
            5,
        ),
        (
            "x = (]\n",
            "closing parenthesis ']' does not match opening parenthesis '('",
            1,
            6,
        ),
        (
            "x = (\n]\n",
            "closing parenthesis ']' does not match opening parenthesis '(' on line 1",
            2,
            1,
        ),
        ("x = )\n", "unmatched ')'", 1, 5),
        ("d = {\n", "'{' was never closed", 1, 5),
        ("x = €\n", "invalid character '€' (U+20AC)", 1, 5),
        ("ab€c = 1\n", "invalid character '€' (U+20AC)", 1, 3),
        (
            "x = a\u{a0}b\n",
            "invalid non-printable character U+00A0",
            1,
            6,
        ),
        (
            "x = \\ y\n",
            "unexpected character after line continuation character",
            1,
            6,
        ),
        ("x = 1 \\\n", "unexpected EOF while parsing", 1, 8),
        ("x = f'{a'\n", "f-string: expecting '}'", 1, 9),
        ("x = f'}'\n", "f-string: single '}' is not allowed", 1, 7),
        (
            "x = f'abc\n",
            "unterminated f-string literal (detected at line 1)",
            1,
            5,
        ),
        (
            "x = t'''abc\n",
            "unterminated triple-quoted t-string literal (detected at line 1)",
            1,
            5,
        ),
        ("x = bf''\n", "'b' and 'f' prefixes are incompatible", 1, 5),
        ("x = 1\0\n", "source code cannot contain null bytes", 1, 1),
    ];
    for &(src, msg, line, offset) in cases {
        assert_eq!(syntax(src), (msg.to_string(), line, offset), "{src:?}");
    }
    // Known-range errors count bytes, shown as characters (CPython's quirk).
    let leading = "leading zeros in decimal integer literals are not permitted; \
                   use an 0o prefix for octal integers";
    assert_eq!(syntax("'€'; x = 09\n"), (leading.to_string(), 1, 12));
    assert_eq!(syntax("é\\N\n").1, 1);
    assert_eq!(syntax("é\\N\n").2, 3);
    let deep = format!("x = {}\n", "(".repeat(201));
    assert_eq!(
        syntax(&deep),
        ("too many nested parentheses".to_string(), 1, 205)
    );
}

#[test]
fn indentation_errors() {
    let (ty, msg, line, offset) = err("if x:\n  a\n b\n");
    assert_eq!(ty, SyntaxErrorType::IndentationError);
    assert_eq!(
        (msg.as_str(), line, offset),
        ("unindent does not match any outer indentation level", 3, 3)
    );
    let (ty, msg, line, offset) = err("if x:\n\ta\n        b\n");
    assert_eq!(ty, SyntaxErrorType::TabError);
    assert_eq!(
        (msg.as_str(), line, offset),
        ("inconsistent use of tabs and spaces in indentation", 3, 1)
    );
    let deep: String = (0..101)
        .map(|i| format!("{}if x:\n", " ".repeat(i)))
        .collect();
    let (ty, msg, ..) = err(&deep);
    assert_eq!(
        (ty, msg.as_str()),
        (
            SyntaxErrorType::IndentationError,
            "too many levels of indentation"
        )
    );
}

#[test]
fn tokenize_mode_is_lenient() {
    let opts = TokenizerOptions {
        type_comments: false,
        extra_tokens: true,
    };
    assert_eq!(
        toks_with("x = €  # c\n)", opts),
        [
            "NAME:x",
            "EQUAL:=",
            "NAME:€",
            "COMMENT:# c",
            "NEWLINE:",
            "RPAR:)",
            "NEWLINE:",
            "ENDMARKER:"
        ]
    );
    let e = tokenize_all("x = (\n", opts).unwrap_err();
    assert_eq!(e.kind, LexErrorKind::Eof { in_token: false });
}

#[test]
fn never_panics_on_odd_input() {
    let inputs = [
        "\\",
        "f'",
        "f'{",
        "f'{x:",
        "f'{x:{",
        "'''",
        "0x",
        "0b",
        "0o",
        "1e",
        "(\\\n",
        "f'''{\n",
        "\t \x0c\\\n",
        "x = f'{a!}'",
        "f'{x:{{}}}'",
        "t'{",
        "@",
        "\r",
        "\r\n\r\n  \r\n",
        "if x:\n\tpass\n  \tpass\n",
        "f'{'",
        "f'}'",
        "f'{}'",
        "é",
        "\u{200b}",
        "0_",
        "1_e1",
    ];
    for src in inputs {
        for extra in [false, true] {
            let opts = TokenizerOptions {
                type_comments: true,
                extra_tokens: extra,
            };
            let _ = tokenize_all(src, opts);
        }
    }
    assert_eq!(TokenKind::Op.name(), "OP");
}

/// Pseudo-random sources over the characters that matter to the
/// tokenizer: it must neither panic nor loop forever on any of them.
#[test]
fn random_sources_never_panic() {
    const ALPHABET: &[&str] = &[
        "f'",
        "t\"",
        "'''",
        "\"",
        "'",
        "{",
        "}",
        "{{",
        "}}",
        "(",
        ")",
        "[",
        "]",
        ":",
        "!",
        "=",
        "\\",
        "\n",
        "\r",
        "\r\n",
        " ",
        "\t",
        "\x0c",
        "#",
        "# type: ignore",
        "x",
        "é",
        "€",
        "0",
        "1_",
        "0x",
        "0o",
        "0b",
        "e",
        "j",
        ".",
        "rb",
        "Rf",
        "N{",
        "\u{a0}",
        "\0",
        "if x:\n",
        "    ",
        "\\\n",
    ];
    let mut state: u64 = 0x2545_f491_4f6c_dd1d;
    let mut next = move || {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        state
    };
    for _ in 0..20_000 {
        let len = (next() % 24) as usize;
        let src: String = (0..len)
            .map(|_| ALPHABET[(next() % ALPHABET.len() as u64) as usize])
            .collect();
        for extra in [false, true] {
            let opts = TokenizerOptions {
                type_comments: !extra,
                extra_tokens: extra,
            };
            let mut t = crate::Tokenizer::new(&src, opts);
            let mut done = false;
            for _ in 0..10 * src.len() + 10 {
                match t.next_token() {
                    Ok(tok) if tok.kind == TokenKind::EndMarker => done = true,
                    Ok(tok) => assert!(tok.range.start <= tok.range.end, "{src:?}"),
                    Err(_) => done = true,
                }
                if done {
                    break;
                }
            }
            assert!(done, "no end: {src:?}");
            let _ = crate::tokenize::tokenize_lines("f.py", &src, true);
        }
    }
}

#[test]
fn syntax_warnings() {
    let src = "x = 1if y else 0x1for\nz = f'\\{a}' rf'\\{b}'\n";
    let mut t = crate::Tokenizer::new(src, TokenizerOptions::default());
    while t
        .next_token()
        .is_ok_and(|tok| tok.kind != TokenKind::EndMarker)
    {}
    let w: Vec<(&str, &str)> = t
        .warnings()
        .iter()
        .map(|w| (w.message.as_str(), &src[w.range.as_usize()]))
        .collect();
    assert_eq!(
        w,
        [
            ("invalid decimal literal", "i"),
            ("invalid hexadecimal literal", "o"),
            (
                "\"\\{\" is an invalid escape sequence. Such sequences will not work in the \
                 future. Did you mean \"\\\\{\"? A raw string is also an option.",
                "\\{"
            ),
        ]
    );
}
