//! The `taipan` command line answers as `python3.14`'s does (messages and
//! exit statuses checked against CPython).

use std::process::{Command, Output};

fn taipan(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_taipan"))
        .args(args)
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .output()
        .expect("the taipan binary runs")
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

#[test]
fn version() {
    let out = taipan(&["-V"]);
    assert_eq!(text(&out.stdout), "Python 3.14.0\n");
    assert_eq!(out.status.code(), Some(0));
}

#[test]
fn unknown_option_is_a_usage_error() {
    let out = taipan(&["-Z"]);
    let err = text(&out.stderr);
    assert!(err.starts_with("Unknown option: -Z\nusage: "), "{err}");
    assert!(
        err.ends_with("Try `python -h' for more information.\n"),
        "{err}"
    );
    assert_eq!(out.status.code(), Some(2));
}

#[test]
fn missing_file_names_its_absolute_path() {
    let out = taipan(&["no_such_file.py"]);
    let err = text(&out.stderr);
    let want = format!(
        ": can't open file '{}/no_such_file.py': [Errno 2] No such file or directory\n",
        env!("CARGO_MANIFEST_DIR")
    );
    assert!(err.ends_with(&want), "{err}");
    assert_eq!(out.status.code(), Some(2));
}

#[test]
fn syntax_error_in_code_string() {
    let out = taipan(&["-c", "x = (1,"]);
    assert_eq!(
        text(&out.stderr),
        "  File \"<string>\", line 1\n    x = (1,\n        ^\nSyntaxError: '(' was never closed\n"
    );
    assert_eq!(out.status.code(), Some(1));
}

#[test]
fn programs_run_on_the_vm() {
    let out = taipan(&["-c", "print(1 + 1)"]);
    assert_eq!(text(&out.stdout), "2\n");
    assert_eq!(out.status.code(), Some(0));
}

#[test]
fn constructs_not_compiled_yet_are_reported() {
    // Type aliases are not compiled yet (update when they are).
    let out = taipan(&["-c", "type X = int"]);
    let err = text(&out.stderr);
    assert!(
        err.starts_with("<string>:1: NotImplementedError: "),
        "{err}"
    );
    assert_eq!(out.status.code(), Some(taipan::run::EXIT_NO_VM));
}

#[test]
fn unknown_module() {
    let out = taipan(&["-m", "no_such_module"]);
    assert!(text(&out.stderr).ends_with(": No module named no_such_module\n"));
    assert_eq!(out.status.code(), Some(1));
}

#[test]
fn tokenize_the_example() {
    let out = taipan(&["-m", "tokenize", "-e", "../../examples/hello.py"]);
    assert_eq!(out.status.code(), Some(0));
    let tokens = text(&out.stdout);
    assert!(tokens.starts_with("0,0-0,0:            ENCODING       'utf-8'        \n"));
    assert!(tokens.contains("NAME           'greet'"));
}

#[test]
fn warnings_come_before_the_error() {
    let out = taipan(&["-c", "x = '\\d'\ny = ("]);
    let err = text(&out.stderr);
    assert!(
        err.starts_with("<string>:1: SyntaxWarning: \"\\d\" is an invalid escape sequence."),
        "{err}"
    );
    assert!(
        err.ends_with("SyntaxError: '(' was never closed\n"),
        "{err}"
    );
}

#[test]
fn parser_stack_overflow_is_a_memory_error() {
    // What native CPython prints for 100,000 nested unary minuses (the
    // pyodide build of 3.14 runs out of WebAssembly stack first).
    let code = format!("x = {}1", "-".repeat(100_000));
    let out = taipan(&["-c", &code]);
    assert_eq!(
        text(&out.stderr),
        "MemoryError: Parser stack overflowed - Python source too complex to parse\n"
    );
    assert_eq!(out.status.code(), Some(1));
}

#[test]
fn deep_native_recursion_is_a_recursion_error() {
    // Expected lines from native CPython 3.13 (its C recursion limit is
    // 10,000); the pyodide build of 3.14 runs out of WebAssembly stack.
    let code = "\
def deep(n):
    a = []
    for i in range(n):
        a = [a]
    return a
a, b = deep(9000), deep(9000)
print(a == b, repr(a)[:3])
a, b = deep(20000), deep(20000)
for f in (lambda: a == b, lambda: repr(a), lambda: a < b):
    try:
        f()
    except RecursionError as e:
        print('RecursionError', e)
";
    let out = taipan(&["-c", code]);
    assert_eq!(
        text(&out.stdout),
        "True [[[\n\
         RecursionError maximum recursion depth exceeded in comparison\n\
         RecursionError maximum recursion depth exceeded while getting the repr of an object\n\
         RecursionError maximum recursion depth exceeded in comparison\n"
    );
    assert_eq!(out.status.code(), Some(0));
}
