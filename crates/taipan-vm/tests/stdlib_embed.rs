//! The embedded Python library (`crates/taipan-vm/lib/`): its modules and
//! packages import, relative imports work inside them, and tracebacks
//! show their source lines.

fn run(source: &str) -> (i32, String, String) {
    let mut out = Vec::new();
    let mut err = Vec::new();
    let code = taipan_vm::run_file("embed_test.py", source, &mut out, &mut err);
    let text = |b: Vec<u8>| String::from_utf8_lossy(&b).into_owned();
    (code, text(out), text(err))
}

#[test]
fn embedded_module_imports() {
    let (code, out, err) =
        run("import _taipan_selftest as t\nprint(t.VALUE, t.where(), t.__file__)\n");
    assert_eq!(code, 0, "{err}");
    assert_eq!(
        out,
        "42 _taipan_selftest <taipan-lib>/_taipan_selftest.py\n"
    );
}

#[test]
fn embedded_package_and_submodule() {
    let src = "import _taipan_selfpkg.sub as s\nimport _taipan_selfpkg as p\nprint(p.NAME, s.X, p.__path__)\ns.boom()\n";
    let (code, out, err) = run(src);
    assert_eq!(code, 1);
    assert_eq!(out, "pkg 43 ['<taipan-lib>/_taipan_selfpkg']\n");
    assert!(err.contains("File \"<taipan-lib>/_taipan_selfpkg/sub.py\", line 6, in boom\n    raise ValueError(\"in lib\")\n"), "{err}");
}

#[test]
fn missing_module_still_fails() {
    let (code, _, err) = run("import _taipan_no_such_module\n");
    assert_eq!(code, 1);
    assert!(
        err.ends_with("ModuleNotFoundError: No module named '_taipan_no_such_module'\n"),
        "{err}"
    );
}
