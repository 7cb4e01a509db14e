//! The golden corpus: every program under `tests/golden/{valid,invalid}`
//! run through the built `taipan` binary exactly as CPython 3.14 was run to
//! produce the expected files (see `scripts/regen-golden`):
//!
//! - `valid/NAME.py`: `taipan -m tokenize -e NAME.py` against `NAME.tokens`,
//!   `taipan -m ast -a NAME.py` against `NAME.ast`;
//! - `invalid/NAME.py`: `taipan NAME.py` against `NAME.err`, and
//!   `taipan -m tokenize -e NAME.py` against `NAME.tokens`;
//!
//! each in the program's folder. A module command's output is its stdout,
//! then, if its exit status N is not 0, its stderr and `[exit N]`; a run's is
//! its stderr and `[exit N]`, with the program's absolute folder removed.
//!
//! Cases listed in `tests/golden.xfail` (one `valid/NAME.tokens` a line)
//! are known failures: reported, counted as skipped, not failed. A listed
//! case that passes is reported so that the line can be removed. With
//! `TAIPAN_GOLDEN_WRITE_XFAIL=1` the ledger is rewritten to today's failures
//! (to be done only when a failure is understood and accepted for now).

use std::collections::BTreeSet;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::Command;

/// One comparison: the command to run and the file it must reproduce.
struct Case {
    /// `valid/NAME.tokens`, as the xfail ledger names it.
    id: String,
    dir: PathBuf,
    args: Vec<String>,
    expected: PathBuf,
    /// A run (stderr + exit) rather than a module command.
    is_run: bool,
}

fn golden_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/golden")
}

fn cases() -> Vec<Case> {
    let mut cases = Vec::new();
    for kind in ["valid", "invalid"] {
        let dir = golden_root().join(kind);
        let Ok(entries) = std::fs::read_dir(&dir) else {
            continue;
        };
        let mut names: Vec<String> = entries
            .filter_map(|e| e.ok())
            .filter_map(|e| e.file_name().into_string().ok())
            .filter_map(|n| n.strip_suffix(".py").map(str::to_string))
            .collect();
        names.sort();
        for name in names {
            let py = format!("{name}.py");
            let mut add = |ext: &str, args: &[&str], is_run: bool| {
                let mut args: Vec<String> = args.iter().map(|s| s.to_string()).collect();
                args.push(py.clone());
                cases.push(Case {
                    id: format!("{kind}/{name}.{ext}"),
                    dir: dir.clone(),
                    args,
                    expected: dir.join(format!("{name}.{ext}")),
                    is_run,
                });
            };
            if kind == "valid" {
                add("tokens", &["-m", "tokenize", "-e"], false);
                add("ast", &["-m", "ast", "-a"], false);
            } else {
                add("err", &[], true);
                add("tokens", &["-m", "tokenize", "-e"], false);
            }
        }
    }
    cases
}

/// Run a case; its output in the golden format.
fn actual(case: &Case) -> Result<String, String> {
    let output = Command::new(env!("CARGO_BIN_EXE_taipan"))
        .args(&case.args)
        .current_dir(&case.dir)
        .output()
        .map_err(|e| format!("cannot run taipan: {e}"))?;
    let code = output.status.code().map_or_else(
        || format!("killed by {:?}", output.status),
        |c| c.to_string(),
    );
    let stdout = String::from_utf8_lossy(&output.stdout);
    let stderr = String::from_utf8_lossy(&output.stderr);
    if case.is_run {
        let canonical = case.dir.canonicalize().unwrap_or_else(|_| case.dir.clone());
        let prefix = format!("{}/", canonical.display());
        Ok(format!("{}[exit {code}]\n", stderr.replace(&prefix, "")))
    } else if code == "0" {
        Ok(stdout.into_owned())
    } else {
        Ok(format!("{stdout}{stderr}[exit {code}]\n"))
    }
}

/// A short description of how `got` differs from `want`.
fn short_diff(want: &str, got: &str) -> String {
    let (w, g): (Vec<&str>, Vec<&str>) = (want.lines().collect(), got.lines().collect());
    let first = w
        .iter()
        .zip(&g)
        .position(|(a, b)| a != b)
        .unwrap_or(w.len().min(g.len()));
    let mut text = format!(
        "    first difference at line {} ({} lines expected, {} got)\n",
        first + 1,
        w.len(),
        g.len()
    );
    let from = first.saturating_sub(1);
    for i in from..(first + 3) {
        if let Some(l) = w.get(i) {
            text.push_str(&format!("    -{l}\n"));
        }
    }
    for i in from..(first + 3) {
        if let Some(l) = g.get(i) {
            text.push_str(&format!("    +{l}\n"));
        }
    }
    text
}

fn ledger_path() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/golden.xfail")
}

fn known_failures() -> BTreeSet<String> {
    std::fs::read_to_string(ledger_path())
        .unwrap_or_default()
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .map(str::to_string)
        .collect()
}

#[test]
fn golden_corpus() {
    let xfail = known_failures();
    let (mut passed, mut skipped) = (0, 0);
    let mut failures = Vec::new();
    let mut failing_ids = Vec::new();
    let mut fixed = Vec::new();
    for case in cases() {
        let outcome = match std::fs::read(&case.expected) {
            Err(_) => Err("    no expected file: run scripts/regen-golden\n".to_string()),
            Ok(want) => {
                let want = String::from_utf8_lossy(&want).into_owned();
                match actual(&case) {
                    Err(e) => Err(format!("    {e}\n")),
                    Ok(got) if got == want => Ok(()),
                    Ok(got) => Err(short_diff(&want, &got)),
                }
            }
        };
        match (outcome, xfail.contains(&case.id)) {
            (Ok(()), false) => passed += 1,
            (Ok(()), true) => {
                passed += 1;
                fixed.push(case.id);
            }
            (Err(_), true) => {
                skipped += 1;
                failing_ids.push(case.id);
            }
            (Err(why), false) => {
                failing_ids.push(case.id.clone());
                failures.push(format!(
                    "  {} (taipan {})\n{why}",
                    case.id,
                    case.args.join(" ")
                ));
            }
        }
    }
    // Written to stderr directly, past the test harness's capture, so the
    // summary shows on success too.
    let mut report = String::new();
    if !fixed.is_empty() {
        report += &format!(
            "golden: now passing, remove from tests/golden.xfail: {}\n",
            fixed.join(" ")
        );
    }
    report.extend(failures.iter().map(String::as_str));
    report += &format!(
        "golden: {passed} passed, {} failed, {skipped} skipped\n",
        failures.len()
    );
    let _ = std::io::stderr().write_all(report.as_bytes());
    if std::env::var_os("TAIPAN_GOLDEN_WRITE_XFAIL").is_some() {
        let mut text = String::from(
            "# Golden cases known to fail (see crates/taipan/tests/golden.rs).\n\
             # Remove a line when its case passes; never add one to hide a regression.\n",
        );
        text.extend(failing_ids.iter().map(|id| format!("{id}\n")));
        std::fs::write(ledger_path(), text).expect("the xfail ledger is writable");
        return;
    }
    assert!(
        failures.is_empty(),
        "{} golden cases differ from CPython 3.14",
        failures.len()
    );
}
