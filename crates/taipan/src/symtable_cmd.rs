//! `-m symtable`: what `python3.14 -m symtable FILE` prints.
//!
//! `symtable.main` reads the file's bytes, builds the symbol table with
//! `symtable.symtable(src, filename, 'exec')` and prints every block (see
//! `taipan_compiler::symtable::dump`). A `SyntaxError` from the parser or
//! from the symbol table escapes as a traceback; its last lines (the
//! `File "NAME", line N` block) are what this prints, as `-m ast` does.
//!
//! CPython places symbol-table errors with UTF-8 *byte* columns (plus one)
//! and the traceback reads them as character columns, so on a line with
//! non-ASCII text before the error the carets shift right. This reproduces
//! that: the error's range is moved to the characters whose index equals
//! CPython's byte columns before it is shown.

use std::io::Write;

use taipan_compiler::symtable::{dump::dump, SymbolTable, SymtableError};
use taipan_parser::{Mode, ParseOptions};
use taipan_source::{SyntaxError, TextRange, TextSize};

/// Run `-m symtable` on `source` (the file's bytes) named `filename`;
/// returns the exit status (0, or 1 after an error).
pub fn run(filename: &str, source: &[u8], out: &mut dyn Write, err: &mut dyn Write) -> i32 {
    // `symtable.symtable` compiles the bytes as a string, which refuses a
    // NUL before decoding, with no position.
    if source.contains(&0) {
        let _ = writeln!(
            err,
            "SyntaxError: source code string cannot contain null bytes"
        );
        return 1;
    }
    let text = match crate::frontend::decode(source) {
        Ok(text) => text,
        // The error's range points into the bytes read as (lossy) UTF-8.
        Err(e) => return report(filename, &String::from_utf8_lossy(source), &e, err),
    };
    let options = ParseOptions {
        mode: Mode::Exec,
        type_comments: false,
    };
    let module = match taipan_parser::parse(&text, &options) {
        Ok(module) => module,
        Err(e) => return report(filename, &text, &e, err),
    };
    match SymbolTable::build(&module, &text) {
        Ok(table) => {
            let _ = out.write_all(dump(&table, filename).as_bytes());
            0
        }
        Err(e) => report_symtable_error(filename, &text, &e, err),
    }
}

/// Print a symbol-table error as CPython's traceback ends; returns 1.
fn report_symtable_error(
    filename: &str,
    text: &str,
    e: &SymtableError,
    err: &mut dyn Write,
) -> i32 {
    if e.is_recursion_error() {
        let _ = writeln!(err, "RecursionError: {e}");
        return 1;
    }
    let mut shown = e.to_syntax_error();
    shown.range = TextRange::new(
        byte_column_as_char(text, e.range.start),
        byte_column_as_char(text, e.range.end),
    );
    report(filename, text, &shown, err)
}

/// The offset, on the same line as `offset`, of the character whose index
/// in the line equals `offset`'s byte column (the line's end if the line
/// is shorter).
fn byte_column_as_char(text: &str, offset: TextSize) -> TextSize {
    let offset = (offset as usize).min(text.len());
    let bytes = text.as_bytes();
    let start = bytes[..offset]
        .iter()
        .rposition(|&b| b == b'\n' || b == b'\r')
        .map_or(0, |i| i + 1);
    let end = bytes[start..]
        .iter()
        .position(|&b| b == b'\n' || b == b'\r')
        .map_or(text.len(), |i| start + i);
    let column = offset - start;
    let line = text.get(start..end).unwrap_or("");
    let within = line
        .char_indices()
        .nth(column)
        .map_or(line.len(), |(i, _)| i);
    (start + within) as TextSize
}

/// Print a syntax error as CPython's traceback ends; returns 1.
fn report(filename: &str, text: &str, e: &SyntaxError, err: &mut dyn Write) -> i32 {
    let shown = crate::syntax_error::format_syntax_error(filename, text, e);
    let _ = err.write_all(shown.as_bytes());
    1
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every program of `tests/golden/symtable` prints its golden text.
    #[test]
    fn golden_programs() {
        let dir =
            std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/golden/symtable");
        let mut failures = Vec::new();
        let entries = std::fs::read_dir(&dir).expect("tests/golden/symtable exists");
        for path in entries.filter_map(|e| e.ok().map(|e| e.path())) {
            if path.extension().is_none_or(|x| x != "py") {
                continue;
            }
            let name = path
                .file_name()
                .and_then(|n| n.to_str())
                .unwrap_or_default();
            let source = std::fs::read(&path).unwrap_or_default();
            let expected = std::fs::read_to_string(path.with_extension("symtable"));
            let (mut out, mut err) = (Vec::new(), Vec::new());
            let status = run(name, &source, &mut out, &mut err);
            let mut got = String::from_utf8_lossy(&out).into_owned();
            if status != 0 {
                got.push_str(&String::from_utf8_lossy(&err));
                got.push_str(&format!("[exit {status}]\n"));
            }
            if expected.as_deref().ok() != Some(got.as_str()) {
                failures.push(name.to_owned());
            }
        }
        assert!(failures.is_empty(), "mismatches: {failures:?}");
    }

    #[test]
    fn byte_columns_shift_after_non_ascii() {
        let text = "def f():\n    é = 1; global é\n";
        let global = text.find("global").unwrap_or(0) as TextSize;
        // byte column 12 is character 12 of the line: the `l` of `global`.
        let shifted = byte_column_as_char(text, global);
        assert_eq!(&text[shifted as usize..shifted as usize + 1], "l");
    }
}
