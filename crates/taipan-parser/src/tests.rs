//! Unit tests: constructs compared with CPython 3.14's `ast.dump` output,
//! CPython's syntax errors, the golden corpus, and deep nesting.

use crate::{parse, Mode, ParseOptions};
use taipan_ast::{dump, DumpOptions, Mod};
use taipan_source::{LineIndex, SyntaxError};

/// Options with `mode` and type comments on (as `python -m ast` parses).
fn opts(mode: Mode) -> ParseOptions {
    ParseOptions {
        mode,
        type_comments: true,
    }
}

/// Parse `src` as a module, panicking with the error on failure.
fn ok(src: &str) -> Mod {
    match parse(src, &opts(Mode::Exec)) {
        Ok(m) => m,
        Err(e) => panic!("{src:?}: {e:?}"),
    }
}

/// The one-line `ast.dump(..., include_attributes=True)` of `src`.
fn dump_of(src: &str, mode: Mode) -> String {
    let m = parse(src, &opts(mode)).unwrap_or_else(|e| panic!("{src:?}: {e:?}"));
    let options = DumpOptions {
        include_attributes: true,
        indent: None,
        show_empty: false,
    };
    dump(&m, src, &LineIndex::new(src), &options)
}

/// The dump without the attributes that are always `lineno=1`.
fn short_dump(src: &str) -> String {
    dump_of(src, Mode::Exec)
        .replace(", end_lineno=1", "")
        .replace("lineno=1, ", "")
        .replace("col_offset", "c")
        .replace("ctx=Load(), ", "")
}

/// The error for `src`: message, line and 1-based column (as CPython's
/// `SyntaxError.offset`).
fn err(src: &str) -> (String, u32, u32) {
    let e: SyntaxError = match parse(src, &opts(Mode::Exec)) {
        Ok(_) => panic!("{src:?} parsed"),
        Err(e) => e,
    };
    let lc = LineIndex::new(src).line_char_col(src, e.range.start);
    (e.message, lc.line, lc.col + 1)
}

#[test]
fn simple_statements_parse() {
    ok("x = 1\n");
    ok("a, b = c\n");
    ok("del a, b[0]\n");
    ok("import a.b as c, d\nfrom .. import (x, y,)\n");
    ok("global a, b\nassert x, y\nraise E from e\n");
}

#[test]
fn parenthesised_operands_move_node_starts() {
    assert_eq!(
        short_dump("(a) + b"),
        "Module(body=[Expr(value=BinOp(left=Name(id='a', c=1, end_c=2), op=Add(), \
         right=Name(id='b', c=6, end_c=7), c=0, end_c=7), c=0, end_c=7)])"
    );
}

#[test]
fn tuples_keep_trailing_comma() {
    assert_eq!(
        short_dump("x = 1,"),
        "Module(body=[Assign(targets=[Name(id='x', ctx=Store(), c=0, end_c=1)], \
         value=Tuple(elts=[Constant(value=1, c=4, end_c=5)], c=4, end_c=6), c=0, end_c=6)])"
    );
}

#[test]
fn fstrings_match_cpython() {
    assert_eq!(
        short_dump("u\"a\" f\"b{x}\" \"c\""),
        "Module(body=[Expr(value=JoinedStr(values=[Constant(value='ab', kind='u', c=0, end_c=8), \
         FormattedValue(value=Name(id='x', c=9, end_c=10), conversion=-1, c=8, end_c=11), \
         Constant(value='c', c=13, end_c=16)], c=0, end_c=16), c=0, end_c=16)])"
    );
    assert_eq!(
        short_dump("f\"{x:}\""),
        "Module(body=[Expr(value=JoinedStr(values=[FormattedValue(value=Name(id='x', c=3, end_c=4), \
         conversion=-1, format_spec=JoinedStr(c=4, end_c=5), c=2, end_c=6)], c=0, end_c=7), \
         c=0, end_c=7)])"
    );
    assert_eq!(
        short_dump("f\"a{{\""),
        "Module(body=[Expr(value=JoinedStr(values=[Constant(value='a{', c=2, end_c=5)], \
         c=0, end_c=6), c=0, end_c=6)])"
    );
}

#[test]
fn debug_fields_and_templates() {
    let d = short_dump("t\"{x=}\"");
    assert!(d.contains("Constant(value='x=', c=3, end_c=5)"), "{d}");
    assert!(
        d.contains("Interpolation(value=Name(id='x', c=3, end_c=4), str='x', conversion=114"),
        "{d}"
    );
}

#[test]
fn modes() {
    assert!(dump_of("a, b", Mode::Eval).starts_with("Expression(body=Tuple("));
    assert!(dump_of("if x:\n    pass\n", Mode::Single).starts_with("Interactive(body=[If("));
    assert!(dump_of("(int, *str) -> bool", Mode::FuncType).starts_with("FunctionType(argtypes=["));
    let e = parse("x = 1\ny = 2\n", &opts(Mode::Single)).unwrap_err();
    assert_eq!(
        e.message,
        "multiple statements found while compiling a single statement"
    );
}

#[test]
fn type_comments() {
    let d = dump_of(
        "def f(a,  # type: int\n      b):\n    # type: (...) -> None\n    pass\n",
        Mode::Exec,
    );
    assert!(d.contains("arg(arg='a', type_comment='int'"), "{d}");
    assert!(d.contains("type_comment='(...) -> None'"), "{d}");
    let d = dump_of("x = 1  # type: ignore[x]\n", Mode::Exec);
    assert!(d.contains("TypeIgnore(lineno=1, tag='[x]')"), "{d}");
}

#[test]
fn soft_keywords() {
    ok("match = 1\nmatch(x)\nmatch[x]\ntype = 5\ntype(x)\n_ = 1\ncase = 2\n");
    ok("match x:\n    case [a, *rest] if a: pass\n    case {'k': v, **kw}: pass\n    case P(x=0) | None: pass\n    case _: pass\n");
    ok("type X[T: int = str, *Ts, **P] = list[T]\n");
}

#[test]
fn cpython_error_messages() {
    let cases: &[(&str, &str, u32, u32)] = &[
        (
            "f() = 1",
            "cannot assign to function call here. Maybe you meant '==' instead of '='?",
            1,
            1,
        ),
        ("f() = 1 = 2", "cannot assign to function call", 1, 1),
        ("x = f() = 1", "cannot assign to function call", 1, 5),
        ("True = 1", "cannot assign to True", 1, 1),
        (
            "x = yield = 1",
            "assignment to yield expression not possible",
            1,
            5,
        ),
        ("x = 1 if y", "expected 'else' after 'if' expression", 1, 5),
        (
            "del a if b else c",
            "cannot delete conditional expression",
            1,
            5,
        ),
        ("for f() in x: pass", "cannot assign to function call", 1, 5),
        (
            "f(a b)",
            "invalid syntax. Perhaps you forgot a comma?",
            1,
            3,
        ),
        ("x = a b", "invalid syntax", 1, 7),
        (
            "print \"a\"",
            "Missing parentheses in call to 'print'. Did you mean print(...)?",
            1,
            1,
        ),
        ("if x\n    pass\n", "expected ':'", 1, 5),
        (
            "f(a=1, b)",
            "positional argument follows keyword argument",
            1,
            9,
        ),
        (
            "def f(a=1, b): pass",
            "parameter without a default follows parameter with a default",
            1,
            12,
        ),
        (
            "import a from b",
            "Did you mean to use 'from ... import ...' instead?",
            1,
            1,
        ),
        (
            "try:\n    pass\nx = 1\n",
            "expected 'except' or 'finally' block",
            3,
            1,
        ),
        ("x = (1, 2", "'(' was never closed", 1, 5),
        (
            "[x for x y]",
            "'in' expected after for-loop variables",
            1,
            10,
        ),
        (
            "f\"{}\"",
            "f-string: valid expression required before '}'",
            1,
            4,
        ),
        (
            "x = 1 + not y",
            "'not' after an operator must be parenthesized",
            1,
            9,
        ),
        ("lambda *: 0", "named arguments must follow bare *", 1, 9),
        (
            "s = b\"abc\" \"def\"",
            "cannot mix bytes and nonbytes literals",
            1,
            17,
        ),
        ("x = \"a\" + (1 2)", "invalid syntax", 1, 14),
        (
            "x = [1, 2 3]",
            "invalid syntax. Perhaps you forgot a comma?",
            1,
            9,
        ),
        (
            "{z=3}",
            "invalid syntax. Maybe you meant '==' or ':=' instead of '='?",
            1,
            2,
        ),
        (
            "f(**a, *b)",
            "iterable argument unpacking follows keyword argument unpacking",
            1,
            6,
        ),
        (
            "f(a for a in b, c)",
            "Generator expression must be parenthesized",
            1,
            3,
        ),
        (
            "def f(a, (b, c)): pass",
            "Function parameters cannot be parenthesized",
            1,
            10,
        ),
        (
            "with (a as b c): pass",
            "invalid syntax. Perhaps you forgot a comma?",
            1,
            12,
        ),
        ("match x:\n    case {**_}: pass", "invalid syntax", 2, 13),
        (
            "x = 1 if y else pass",
            "expected expression after 'else', but statement is given",
            1,
            17,
        ),
        (
            "a, f() = 1, 2",
            "cannot assign to function call here. Maybe you meant '==' instead of '='?",
            1,
            4,
        ),
        (
            "(yield) = 1",
            "cannot assign to yield expression here. Maybe you meant '==' instead of '='?",
            1,
            2,
        ),
        (
            "x = {1: 2, 3 4}",
            "':' expected after dictionary key",
            1,
            12,
        ),
        ("f(True=1)", "cannot assign to True", 1, 3),
        (
            "import a.b as c.d",
            "cannot use attribute as import target",
            1,
            15,
        ),
        (
            "print(f'{x!}')",
            "f-string: missing conversion character",
            1,
            12,
        ),
        (
            "lambda a=1,d=,c: None",
            "expected default value expression",
            1,
            13,
        ),
        (
            "if x:\n    pass\nelse:\n    pass\nelif y:\n    pass",
            "'elif' block follows an 'else' block",
            5,
            1,
        ),
        ("class C(x for x in y): pass", "invalid syntax", 1, 11),
        ("def f() -> :\n    pass", "expected ':'", 1, 9),
    ];
    for &(src, msg, line, col) in cases {
        let (m, l, c) = err(src);
        assert_eq!((m.as_str(), l, c), (msg, line, col), "{src:?}");
    }
}

#[test]
fn indentation_errors() {
    let e = parse("if x:\npass\n", &opts(Mode::Exec)).unwrap_err();
    assert_eq!(
        e.error_type,
        taipan_source::SyntaxErrorType::IndentationError
    );
    assert_eq!(
        e.message,
        "expected an indented block after 'if' statement on line 1"
    );
    let e = parse("x = 1\n    y = 2\n", &opts(Mode::Exec)).unwrap_err();
    assert_eq!(e.message, "unexpected indent");
}

/// Run `f` on a thread with the main thread's usual 8 MiB stack.
fn on_big_stack(f: impl FnOnce() + Send + 'static) {
    std::thread::Builder::new()
        .stack_size(8 << 20)
        .spawn(f)
        .and_then(|h| h.join().map_err(|_| std::io::Error::other("panicked")))
        .expect("parser thread");
}

#[test]
fn deep_nesting_fails_cleanly() {
    on_big_stack(|| {
        for src in [
            format!("x = {}a\n", "not ".repeat(10_000)),
            format!("x = {}a\n", "-".repeat(10_000)),
            format!("x = {}a\n", "lambda: ".repeat(5_000)),
            format!("x = {}c\n", "a if b else ".repeat(5_000)),
            format!("x = {}b\n", "a + ".repeat(30_000)),
            format!("x = a{}\n", ".b".repeat(30_000)),
        ] {
            let e = parse(&src, &opts(Mode::Exec)).unwrap_err();
            assert_eq!(e.message, crate::STACK_OVERFLOW_MESSAGE);
        }
        for src in [
            format!("x = {}1{}\n", "(".repeat(199), ")".repeat(199)),
            format!("x = {}1{}\n", "[".repeat(199), "]".repeat(199)),
            format!("x = {}a\n", "-".repeat(2_000)),
        ] {
            ok(&src);
        }
    });
}

/// Golden programs whose expected output depends on stages other than the
/// parser (source decoding, `\r`-only line ends in `LineIndex`).
const NOT_PARSER: &[&str] = &[
    "bom_",
    "coding_cookie",
    "latin1_",
    "cr_only",
    "cookie_",
    "invalid_utf8",
];

/// The golden corpus folder.
fn golden(dir: &str) -> std::path::PathBuf {
    std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../../tests/golden")
        .join(dir)
}

/// The `.py` files of a golden folder that only depend on the parser.
fn golden_files(dir: &str) -> Vec<std::path::PathBuf> {
    let Ok(entries) = std::fs::read_dir(golden(dir)) else {
        return Vec::new();
    };
    let mut files: Vec<_> = entries
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "py"))
        .filter(|p| {
            let name = p
                .file_name()
                .map_or(String::new(), |n| n.to_string_lossy().into_owned());
            !NOT_PARSER.iter().any(|s| name.starts_with(s))
        })
        .collect();
    files.sort();
    files
}

#[test]
fn golden_valid_asts() {
    on_big_stack(|| {
        let mut bad = Vec::new();
        for path in golden_files("valid") {
            let Ok(src) = std::fs::read_to_string(&path) else {
                continue;
            };
            let Ok(expected) = std::fs::read_to_string(path.with_extension("ast")) else {
                continue;
            };
            let got = match parse(&src, &opts(Mode::Exec)) {
                Ok(m) => {
                    let options = DumpOptions {
                        include_attributes: true,
                        indent: Some(3),
                        show_empty: false,
                    };
                    dump(&m, &src, &LineIndex::new(&src), &options) + "\n"
                }
                Err(e) => format!("{e:?}"),
            };
            if got != expected {
                bad.push(path.display().to_string());
            }
        }
        assert!(bad.is_empty(), "{bad:#?}");
    });
}

/// Invalid golden programs whose message or line differ here (keyword
/// typo suggestions come from CPython's traceback display; errors at the
/// end marker are moved to the last line by the file-mode display).
const KNOWN_ERROR_DIFFS: &[&str] = &[
    "decorator_before_eof.py",
    "eof_decorator_after_statement.py",
    "eof_decorator_then_blank_lines.py",
    "eof_lone_decorator.py",
    "eof_unindent_after_method_decorator.py",
    "keyword_typo_def.py",
    "keyword_typo_import.py",
    "keyword_typo_while.py",
];

#[test]
fn golden_invalid_messages_and_lines() {
    on_big_stack(|| {
        let mut bad = Vec::new();
        for path in golden_files("invalid") {
            let name = path
                .file_name()
                .map_or(String::new(), |n| n.to_string_lossy().into_owned());
            // `compile_*` programs are errors of the symbol table or the
            // code generator: they parse.
            if KNOWN_ERROR_DIFFS.contains(&name.as_str()) || name.starts_with("compile_") {
                continue;
            }
            let Ok(src) = std::fs::read_to_string(&path) else {
                continue;
            };
            let Ok(expected) = std::fs::read_to_string(path.with_extension("err")) else {
                continue;
            };
            let Some(last) = expected.lines().rev().find(|l| !l.starts_with("[exit")) else {
                continue;
            };
            let line = expected
                .split("line ")
                .nth(1)
                .and_then(|s| s.split(|c: char| !c.is_ascii_digit()).next())
                .and_then(|s| s.parse::<u32>().ok());
            let got = match parse(&src, &opts(Mode::Exec)) {
                Ok(_) => "OK".to_string(),
                Err(e) => format!("{}: {}", e.error_type.name(), e.message),
            };
            let got_line = parse(&src, &opts(Mode::Exec))
                .err()
                .map(|e| LineIndex::new(&src).line_col(e.range.start).line);
            if got != last || (line.is_some() && got_line != line) {
                bad.push(format!(
                    "{name}: expected {last} (line {line:?}), got {got} (line {got_line:?})"
                ));
            }
        }
        assert!(bad.is_empty(), "{bad:#?}");
    });
}

#[test]
fn literal_warnings_are_collected_once() {
    let src = "match = '\\d'\nx = f'\\d{x}'\n";
    let (result, warnings) = crate::parse_with_warnings(src, &opts(Mode::Exec));
    assert!(result.is_ok());
    assert_eq!(warnings.len(), 2, "{warnings:?}");
    assert!(warnings[0]
        .message
        .starts_with("\"\\d\" is an invalid escape sequence"));
    assert_eq!(warnings[0].range.start, 9);
}

#[test]
#[ignore = "measures stack needs: STACK_MIB=2 cargo test -- --ignored (2 MiB suffices)"]
fn deep_nesting_on_small_stacks() {
    let sizes: Vec<usize> = std::env::var("STACK_MIB")
        .ok()
        .and_then(|v| v.parse().ok())
        .map_or(vec![8], |m| vec![m]);
    for mib in sizes {
        let r = std::thread::Builder::new()
            .stack_size(mib << 20)
            .spawn(|| {
                let only: Option<usize> = std::env::var("ONLY").ok().and_then(|v| v.parse().ok());
                for (i, src) in [
                    format!("x = {}1{}\n", "(".repeat(199), ")".repeat(199)),
                    format!("x = {}a\n", "lambda: ".repeat(2_980)),
                    format!("x = {}c\n", "a if b else ".repeat(2_980)),
                    format!("x = {}b\n", "a ** ".repeat(2_980)),
                    format!("x = {}1{}\n", "f(".repeat(199), ")".repeat(199)),
                ]
                .into_iter()
                .enumerate()
                {
                    if only.is_none_or(|o| o == i) {
                        let _ = parse(&src, &opts(Mode::Exec));
                    }
                }
            })
            .map(|h| h.join().is_ok());
        assert_eq!(r.ok(), Some(true), "{mib} MiB");
    }
}
