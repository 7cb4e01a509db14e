//! Runs every `tests/golden/run/NAME.py` through `run_file` and compares
//! stdout, then stderr, then `[exit N]` with `NAME.out` (made by CPython
//! 3.14). Programs listed in `tests/golden/run/xfail.txt` (`NAME: reason`)
//! are expected to differ; the test fails if one of them starts passing,
//! so the ledger stays true.

use std::collections::BTreeMap;
use std::path::PathBuf;

fn golden_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../tests/golden/run")
}

/// Run `NAME.py` by its absolute path (so its folder is `sys.path[0]`
/// and sibling modules import); stderr shows paths relative to the
/// folder, as the `.out` files do.
fn run(name: &str, source: &str) -> String {
    let mut out = Vec::new();
    let mut err = Vec::new();
    let dir = golden_dir().canonicalize().expect("golden dir");
    let prefix = format!("{}/", dir.display());
    let path = format!("{prefix}{name}.py");
    let code = taipan_vm::run_file(&path, source, &mut out, &mut err);
    let mut text = String::from_utf8_lossy(&out).into_owned();
    text.push_str(&String::from_utf8_lossy(&err).replace(&prefix, ""));
    if code != 0 {
        text.push_str(&format!("[exit {code}]\n"));
    }
    text
}

fn xfail_ledger() -> BTreeMap<String, String> {
    let text = std::fs::read_to_string(golden_dir().join("xfail.txt")).unwrap_or_default();
    text.lines()
        .filter(|l| !l.trim().is_empty() && !l.starts_with('#'))
        .filter_map(|l| l.split_once(':'))
        .map(|(n, r)| (n.trim().to_owned(), r.trim().to_owned()))
        .collect()
}

#[test]
#[allow(clippy::print_stderr)] // the summary line is the test's report
fn golden_programs() {
    let xfail = xfail_ledger();
    let mut entries: Vec<_> = std::fs::read_dir(golden_dir())
        .expect("golden dir")
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|x| x == "py"))
        .collect();
    entries.sort();
    let mut failures = Vec::new();
    let mut passed = 0;
    for path in &entries {
        let name = path.file_stem().and_then(|s| s.to_str()).unwrap_or("");
        let source = std::fs::read_to_string(path).expect("source");
        let expected = std::fs::read_to_string(path.with_extension("out")).expect("expected");
        let actual = run(name, &source);
        let ok = actual == expected;
        match (ok, xfail.contains_key(name)) {
            (true, false) => passed += 1,
            (false, true) => {}
            (true, true) => failures.push(format!("{name}: passes but is listed in xfail.txt")),
            (false, false) => failures.push(format!(
                "{name}: mismatch\n--- expected\n{expected}--- actual\n{actual}"
            )),
        }
    }
    eprintln!(
        "{passed} passed, {} xfail, {} total",
        xfail.len(),
        entries.len()
    );
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
