//! `python3.14 -m tokenize -e` conformance on small cases: every
//! `tests/cases/NAME.py` (and the shared golden corpus, when present) has a
//! `NAME.tokens` file produced by CPython 3.14 (stdout, then on failure
//! stderr and `[exit N]`), which `tokenize_file` must reproduce. The
//! `edge_*` files were run through CPython's `tokenize._main` in one
//! process (same output, file name as given).

use std::path::Path;

use taipan_tokenizer::tokenize::tokenize_file;

/// What `python3.14 -m tokenize -e FILE` writes, in the `.tokens` layout.
fn run(dir: &Path, name: &str) -> String {
    let bytes = std::fs::read(dir.join(name)).unwrap_or_default();
    match tokenize_file(name, &bytes, true) {
        Ok(out) => out,
        Err(line) => format!("{line}\n[exit 1]\n"),
    }
}

/// Compare every case of `dir`; returns the names that differ.
fn check_dir(dir: &Path) -> (usize, Vec<String>) {
    let mut count = 0;
    let mut failures = Vec::new();
    let Ok(entries) = std::fs::read_dir(dir) else {
        return (0, failures);
    };
    let mut names: Vec<String> = entries
        .filter_map(|e| e.ok())
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|n| n.ends_with(".py"))
        .collect();
    names.sort();
    for name in names {
        let expected_path = dir.join(format!("{}.tokens", &name[..name.len() - 3]));
        let Ok(expected) = std::fs::read(&expected_path) else {
            continue;
        };
        count += 1;
        let expected = String::from_utf8_lossy(&expected);
        if run(dir, &name) != expected {
            failures.push(name);
        }
    }
    (count, failures)
}

#[test]
fn own_cases_match_cpython() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/cases");
    let (count, failures) = check_dir(&dir);
    assert!(count > 0, "no cases found");
    assert!(failures.is_empty(), "differ from CPython: {failures:?}");
}

#[test]
fn golden_corpus_matches_cpython() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/golden");
    for sub in ["valid", "invalid"] {
        let (_, failures) = check_dir(&root.join(sub));
        assert!(
            failures.is_empty(),
            "{sub}: differ from CPython: {failures:?}"
        );
    }
}
