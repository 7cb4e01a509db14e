//! Programs that must fail cleanly (a Python exception), never crash the
//! process: deep recursion through native code, runaway Python recursion.

fn run(source: &str) -> (i32, String) {
    let mut out = Vec::new();
    let mut err = Vec::new();
    let code = taipan_vm::run_file("t.py", source, &mut out, &mut err);
    (code, String::from_utf8_lossy(&err).into_owned())
}

#[test]
fn recursion_through_init_is_a_recursion_error() {
    let source = "class N:\n    def __init__(self, d):\n        self.c = N(d - 1) if d else None\nN(100000)\n";
    let (code, err) = run(source);
    assert_eq!(code, 1);
    assert!(
        err.ends_with("RecursionError: maximum recursion depth exceeded\n"),
        "{err}"
    );
}

#[test]
fn recursion_through_repr_is_a_recursion_error() {
    let source = "class R:\n    def __repr__(self):\n        return repr(R())\nprint(R())\n";
    let (code, err) = run(source);
    assert_eq!(code, 1);
    assert!(err.contains("RecursionError"), "{err}");
}

#[test]
fn python_recursion_is_a_recursion_error() {
    let (code, err) = run("def f(n):\n    return f(n + 1)\nf(0)\n");
    assert_eq!(code, 1);
    assert!(err.contains("[Previous line repeated"), "{err}");
}
