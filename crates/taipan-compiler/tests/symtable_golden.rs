//! Runs every `tests/golden/symtable/NAME.py` through the symbol table and
//! compares with `NAME.symtable`, what `python3.14 -m symtable NAME.py`
//! printed (see `tests/golden/symtable/regen.sh`). A failing program's
//! expected text ends with CPython's SyntaxError display and `[exit 1]`;
//! it is compared through [`render_error`], which shows the error as
//! CPython does (byte-based columns, see `SymtableError`).
//!
//! Programs listed in `tests/golden/symtable/xfail.txt` (one `NAME: reason`
//! a line) are expected to differ; one that passes is reported too.

use std::path::{Path, PathBuf};

use taipan_compiler::symtable::{dump::dump, SymbolTable};
use taipan_parser::{Mode, ParseOptions};
use taipan_source::{LineIndex, TextRange};

fn golden_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/golden/symtable")
}

/// What Taipan prints for one program, in the golden format.
fn run(name: &str, bytes: &[u8]) -> String {
    let source = match taipan_source::decode_source(bytes) {
        Ok(s) => s,
        Err(e) => return format!("decode error: {}\n", e.message),
    };
    let options = ParseOptions {
        mode: Mode::Exec,
        type_comments: false,
    };
    let module = match taipan_parser::parse(&source, &options) {
        Ok(m) => m,
        Err(e) => return format!("parse error: {}\n", e.message),
    };
    match SymbolTable::build(&module, &source) {
        Ok(table) => match table.check() {
            Ok(()) => dump(&table, name),
            Err(broken) => format!("invariant broken: {broken}\n"),
        },
        Err(e) => format!(
            "{}SyntaxError: {e}\n[exit 1]\n",
            render_error(name, &source, e.range)
        ),
    }
}

/// The `File`, source and caret lines of traceback's SyntaxError display,
/// with CPython's symtable offsets (UTF-8 byte column + 1).
fn render_error(name: &str, source: &str, range: TextRange) -> String {
    let index = LineIndex::new(source);
    let start = index.line_col(range.start);
    let end = index.line_col(range.end);
    let mut out = format!("  File \"{name}\", line {}\n", start.line);
    let rtext = index.line_text(source, start.line).trim_end_matches('\r');
    let text_len = rtext.chars().count() as i64 + 1;
    let rtext_len = text_len - 1;
    let ltext = rtext.trim_start_matches([' ', '\x0c']);
    let spaces = rtext_len - ltext.chars().count() as i64;
    let mut offset = i64::from(start.col) + 1;
    let mut end_offset = if start.line == end.line {
        i64::from(end.col) + 1
    } else {
        rtext_len + 1
    };
    if offset > text_len {
        offset = rtext_len + 1;
    }
    if end_offset > text_len {
        end_offset = rtext_len + 1;
    }
    if offset >= end_offset {
        end_offset = offset + 1;
    }
    let colno = offset - 1 - spaces;
    let end_colno = end_offset - 1 - spaces;
    out.push_str(&format!("    {ltext}\n"));
    if colno >= 0 {
        let lead: String = ltext
            .chars()
            .take(colno as usize)
            .map(|c| if c.is_whitespace() { c } else { ' ' })
            .collect();
        let carets = "^".repeat((end_colno - colno).max(0) as usize);
        out.push_str(&format!("    {lead}{carets}\n"));
    }
    out
}

fn xfails() -> Vec<(String, String)> {
    let text = std::fs::read_to_string(golden_dir().join("xfail.txt")).unwrap_or_default();
    text.lines()
        .filter(|l| !l.trim().is_empty() && !l.starts_with('#'))
        .filter_map(|l| l.split_once(':'))
        .map(|(n, r)| (n.trim().to_owned(), r.trim().to_owned()))
        .collect()
}

#[test]
#[allow(clippy::print_stderr)] // the summary line is the test's report
fn symtable_golden() {
    let dir = golden_dir();
    let mut programs: Vec<PathBuf> = std::fs::read_dir(&dir)
        .expect("tests/golden/symtable exists")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "py"))
        .collect();
    programs.sort();
    let xfail = xfails();
    let (mut passed, mut failures, mut unexpected_passes) = (0, Vec::new(), Vec::new());
    for path in &programs {
        let name = path
            .file_name()
            .and_then(|n| n.to_str())
            .unwrap_or_default();
        let stem = name.trim_end_matches(".py");
        let expected = std::fs::read_to_string(path.with_extension("symtable"))
            .unwrap_or_else(|_| panic!("{stem}.symtable is missing: run regen.sh"));
        let bytes = std::fs::read(path).unwrap_or_default();
        let got = run(name, &bytes);
        let listed = xfail.iter().any(|(n, _)| n == stem);
        match (got == expected, listed) {
            (true, false) => passed += 1,
            (true, true) => unexpected_passes.push(stem.to_owned()),
            (false, true) => {}
            (false, false) => failures.push(format!(
                "--- {stem}\n=== expected\n{expected}=== got\n{got}"
            )),
        }
    }
    eprintln!(
        "symtable goldens: {passed} passed, {} failed, {} expected failures, of {}",
        failures.len(),
        xfail.len(),
        programs.len()
    );
    assert!(
        failures.is_empty() && unexpected_passes.is_empty(),
        "{} mismatches:\n{}\nunexpected passes (remove from xfail.txt): {:?}",
        failures.len(),
        failures.join("\n"),
        unexpected_passes
    );
}
