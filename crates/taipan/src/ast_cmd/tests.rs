//! `-m ast` end to end. `cases.txt` was written by running CPython 3.14's
//! `ast.main([*ARGS, "caseN.py"])` on each source (N counts from 0): its
//! stdout, and for an exception the lines `traceback` ends with.

use super::*;

/// One case of `cases.txt`.
struct Case {
    args: Vec<String>,
    source: String,
    stdout: String,
    stderr: String,
    exit: i32,
}

fn cases() -> Vec<Case> {
    let text = include_str!("cases.txt");
    let mut cases = Vec::new();
    for chunk in text.split("#### ARGS").skip(1) {
        let (args, rest) = chunk.split_once('\n').expect("fixture");
        let (source, rest) = rest.split_once("#### STDOUT\n").expect("fixture");
        let (stdout, rest) = rest.split_once("#### STDERR\n").expect("fixture");
        let (stderr, exit) = rest.split_once("#### EXIT ").expect("fixture");
        cases.push(Case {
            args: args.split_whitespace().map(str::to_owned).collect(),
            source: source.to_owned(),
            stdout: stdout.to_owned(),
            stderr: stderr.to_owned(),
            exit: exit.trim().parse().expect("fixture"),
        });
    }
    cases
}

fn ast_args(args: &[String]) -> AstArgs {
    let mut a = AstArgs::default();
    let mut it = args.iter();
    while let Some(arg) = it.next() {
        match arg.as_str() {
            "-a" => a.include_attributes = true,
            "--show-empty" => a.show_empty = true,
            "--no-type-comments" => a.no_type_comments = true,
            "-m" => a.mode = it.next().expect("fixture").clone(),
            "-i" => a.indent = it.next().expect("fixture").parse().expect("fixture"),
            other => panic!("unknown fixture option {other}"),
        }
    }
    a
}

#[test]
fn matches_cpython() {
    let mut failures = Vec::new();
    let all = cases();
    assert!(all.len() >= 20);
    for (i, case) in all.iter().enumerate() {
        let name = format!("case{i}.py");
        let (mut out, mut err) = (Vec::new(), Vec::new());
        let exit = run(
            &name,
            case.source.as_bytes(),
            &ast_args(&case.args),
            &mut out,
            &mut err,
        );
        let out = String::from_utf8_lossy(&out);
        let err = String::from_utf8_lossy(&err);
        if out != case.stdout || err != case.stderr || exit != case.exit {
            failures.push(format!(
                "{name} {:?}\n{}--- expected\n{}{}[exit {}]\n--- got\n{out}{err}[exit {exit}]",
                case.args, case.source, case.stdout, case.stderr, case.exit
            ));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n\n"));
}

/// Run `-m ast` on `source` in a thread with room for ~1000 levels of
/// recursion in a debug build; returns (exit status, stderr).
fn run_deep(source: String, args: AstArgs) -> (i32, String) {
    let worker = std::thread::Builder::new()
        .stack_size(256 << 20)
        .spawn(move || {
            let (mut out, mut err) = (Vec::new(), Vec::new());
            let code = run("d.py", source.as_bytes(), &args, &mut out, &mut err);
            (code, String::from_utf8_lossy(&err).into_owned())
        })
        .expect("spawn");
    worker.join().expect("no panic")
}

/// Makes a source whose tree is `n` levels deep.
type Shape = fn(usize) -> String;

#[test]
fn recursion_limit_of_dump() {
    // Thresholds found with `cpython314 -m ast d.py` (Python's recursion
    // limit 1000 stops `ast.dump`'s `_format`): the largest n that still
    // prints, and n + 1, which ends in a RecursionError.
    let error = "RecursionError: maximum recursion depth exceeded\n";
    let shapes: [(Shape, usize); 3] = [
        (|n| format!("x = {}1\n", "1+".repeat(n)), 987),
        (|n| format!("x = [{}1]\n", "1+".repeat(n)), 984),
        (|n| format!("x = {}1\n", "-".repeat(n)), 987),
    ];
    // (indent 0 keeps the output linear in the depth; the limit is the same)
    let args = AstArgs {
        indent: 0,
        ..AstArgs::default()
    };
    for (make, ok) in shapes {
        let (code, err) = run_deep(make(ok), args.clone());
        assert_eq!((code, err.as_str()), (0, ""), "n={ok}");
        let (code, err) = run_deep(make(ok + 1), args.clone());
        assert_eq!((code, err.as_str()), (1, error), "n={}", ok + 1);
    }
    // `-a --show-empty` adds no depth (python3.14: 987 prints, 988 fails)
    let args = AstArgs {
        include_attributes: true,
        show_empty: true,
        indent: 0,
        ..AstArgs::default()
    };
    let (code, _) = run_deep(format!("x = {}1\n", "1+".repeat(988)), args);
    assert_eq!(code, 1);
}

#[test]
fn undecodable_source() {
    // python3.14 -m ast bad.py, bad.py being b'x = 1\ny = "\xff"\n'
    let (mut out, mut err) = (Vec::new(), Vec::new());
    let code = run(
        "bad.py",
        b"x = 1\ny = \"\xff\"\n",
        &AstArgs::default(),
        &mut out,
        &mut err,
    );
    assert_eq!(code, 1);
    assert!(out.is_empty());
    let expected = "  File \"bad.py\", line 2\n    y = \"�\"\n         ^\nSyntaxError: Non-UTF-8 code starting with '\\xff' on line 2, but no encoding declared; see https://peps.python.org/pep-0263/ for details\n";
    assert_eq!(String::from_utf8_lossy(&err), expected);
}
