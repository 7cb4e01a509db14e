//! Snapshots of Taipan's own `dis` output and `-X trace` output. These are
//! **Taipan snapshots**, not CPython goldens: the instructions are
//! Taipan's (CPython-generated goldens for the parts whose output agrees
//! are `tests/golden/run/dis_*.py`).
//!
//! - `tests/golden/dis/NAME.py` runs (`mdis_*.py` through `taipan -m
//!   dis`); stdout and stderr must equal `NAME.dis`.
//! - `tests/golden/trace/NAME.py` runs under `taipan -X trace`; stdout
//!   and the trace must equal `NAME.trace`.
//!
//! Object addresses (`0x7f...`) and the folder are masked. After a
//! deliberate change, `TAIPAN_UPDATE_SNAPSHOTS=1 cargo test -p taipan
//! --test dis_trace` rewrites the snapshots (review the diff).

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

fn golden(sub: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("../../tests/golden")
        .join(sub)
        .canonicalize()
        .expect("golden folder")
}

fn taipan(dir: &Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_taipan"))
        .args(args)
        .current_dir(dir)
        .output()
        .expect("the taipan binary runs")
}

/// `0x` followed by hex digits becomes `0x…`; the folder is dropped
/// (also from module reprs that `-X trace` cut short: `from '/…`).
fn normalize(text: &str, dir: &Path) -> String {
    let text = text.replace(&format!("{}/", dir.display()), "");
    let text = text
        .lines()
        .map(|line| match line.find(" from '/") {
            Some(i) => {
                let tail = &line[i + 7..];
                let end = tail.find(['\'', '…']).unwrap_or(tail.len());
                format!("{} from '<dir>{}\n", &line[..i], &tail[end..])
            }
            None => format!("{line}\n"),
        })
        .collect::<String>();
    let mut out = String::with_capacity(text.len());
    let mut rest = text.as_str();
    while let Some(i) = rest.find("0x") {
        out.push_str(&rest[..i + 2]);
        let tail = &rest[i + 2..];
        let digits = tail.len()
            - tail
                .trim_start_matches(|c: char| c.is_ascii_hexdigit())
                .len();
        if digits > 0 {
            out.push('…');
        }
        rest = &tail[digits..];
    }
    out.push_str(rest);
    out
}

/// The programs of a snapshot folder, sorted.
fn programs(dir: &Path) -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(dir)
        .expect("snapshot folder")
        .filter_map(Result::ok)
        .filter_map(|e| e.file_name().to_str().map(str::to_owned))
        .filter_map(|n| n.strip_suffix(".py").map(str::to_owned))
        .filter(|n| !n.starts_with("helper_"))
        .collect();
    names.sort();
    names
}

/// Compare `actual` with the snapshot file, or rewrite it in update mode.
fn check(path: &Path, actual: &str, failures: &mut Vec<String>) {
    if std::env::var_os("TAIPAN_UPDATE_SNAPSHOTS").is_some() {
        std::fs::write(path, actual).expect("snapshot written");
        return;
    }
    let expected = std::fs::read_to_string(path).unwrap_or_default();
    if expected != actual {
        failures.push(format!(
            "{}:\n--- expected\n{expected}--- actual\n{actual}",
            path.display()
        ));
    }
}

fn report(output: &Output, dir: &Path) -> String {
    let mut text = normalize(&String::from_utf8_lossy(&output.stdout), dir);
    text.push_str("--- stderr\n");
    text.push_str(&normalize(&String::from_utf8_lossy(&output.stderr), dir));
    if let Some(code) = output.status.code().filter(|&c| c != 0) {
        text.push_str(&format!("[exit {code}]\n"));
    }
    text
}

#[test]
fn dis_snapshots() {
    let dir = golden("dis");
    let mut failures = Vec::new();
    for name in programs(&dir) {
        let file = format!("{name}.py");
        let args: Vec<&str> = if name.starts_with("mdis_") {
            vec!["-m", "dis", &file]
        } else {
            vec![&file]
        };
        let output = taipan(&dir, &args);
        check(
            &dir.join(format!("{name}.dis")),
            &report(&output, &dir),
            &mut failures,
        );
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn trace_snapshots() {
    let dir = golden("trace");
    let mut failures = Vec::new();
    for name in programs(&dir) {
        let file = format!("{name}.py");
        let output = taipan(&dir, &["-X", "trace", &file]);
        check(
            &dir.join(format!("{name}.trace")),
            &report(&output, &dir),
            &mut failures,
        );
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn trace_limited_to_a_function() {
    let dir = golden("trace");
    let output = taipan(&dir, &["-X", "trace=add", "calls.py"]);
    let err = String::from_utf8_lossy(&output.stderr);
    assert_eq!(String::from_utf8_lossy(&output.stdout), "8\n");
    assert!(err.lines().count() >= 4, "{err}");
    assert!(err.lines().all(|l| l.starts_with("add ")), "{err}");
    assert!(
        err.contains("BINARY_OP +") && err.contains("→ [8]"),
        "{err}"
    );
}

#[test]
fn trace_limited_to_lines() {
    let dir = golden("trace");
    let output = taipan(&dir, &["-X", "trace=calls.py:5-5", "calls.py"]);
    let err = String::from_utf8_lossy(&output.stderr);
    assert!(!err.is_empty());
    for line in err.lines() {
        let mut words = line.split_whitespace();
        assert_eq!(words.nth(1), Some("5"), "{err}");
    }
    let bare = taipan(&dir, &["-X", "trace=2-2", "calls.py"]);
    let err = String::from_utf8_lossy(&bare.stderr);
    assert!(err.lines().all(|l| l.starts_with("add ")), "{err}");
}

#[test]
fn trace_to_a_file() {
    let dir = golden("trace");
    let path = std::env::temp_dir().join(format!("taipan-trace-{}.txt", std::process::id()));
    let option = format!("trace-file={}", path.display());
    let output = taipan(&dir, &["-X", "trace", "-X", &option, "loop.py"]);
    assert_eq!(String::from_utf8_lossy(&output.stdout), "3\n");
    assert_eq!(String::from_utf8_lossy(&output.stderr), "");
    let written = std::fs::read_to_string(&path).expect("trace file");
    let _ = std::fs::remove_file(&path);
    assert!(
        written.contains("BINARY_OP +=") && written.contains("STORE_NAME t"),
        "{written}"
    );
}

#[test]
fn bad_trace_spec_is_a_usage_error() {
    let dir = golden("trace");
    let output = taipan(&dir, &["-X", "trace=calls.py:x-y", "calls.py"]);
    assert_eq!(output.status.code(), Some(2));
    let err = String::from_utf8_lossy(&output.stderr);
    assert!(err.contains("-X trace: bad line range"), "{err}");
}

#[test]
fn no_trace_without_the_option() {
    let dir = golden("trace");
    let output = taipan(&dir, &["-X", "other", "calls.py"]);
    assert_eq!(String::from_utf8_lossy(&output.stdout), "8\n");
    assert_eq!(String::from_utf8_lossy(&output.stderr), "");
}
