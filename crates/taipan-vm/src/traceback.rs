//! Printing an uncaught exception as CPython does:
//!
//! ```text
//! Traceback (most recent call last):
//!   File "t.py", line 3, in f
//!     return 1 / x
//! ZeroDivisionError: division by zero
//! ```
//!
//! with `~`/`^` markers under the failing expression (`carets.rs`).

use crate::exception::PyErr;
use crate::format;
use crate::types::type_name;

/// The text CPython writes to stderr for the uncaught `e`.
pub(crate) fn format_traceback(e: &PyErr, source: &str) -> String {
    let mut out = String::new();
    if !e.traceback.is_empty() {
        out.push_str("Traceback (most recent call last):\n");
    }
    let index = taipan_source::LineIndex::new(source);
    // CPython prints a run of identical entries three times, then
    // `[Previous line repeated N more times]`.
    let mut last: Option<(usize, u32)> = None;
    let mut repeats = 0;
    for entry in e.traceback.iter().rev() {
        let obj = &entry.code.obj;
        let position = obj.position(entry.unit);
        let line = position.line;
        let key = (std::rc::Rc::as_ptr(&entry.code) as usize, line);
        if last == Some(key) {
            repeats += 1;
        } else {
            flush_repeats(&mut out, repeats);
            repeats = 0;
            last = Some(key);
        }
        if repeats >= 3 {
            continue;
        }
        out.push_str(&format!(
            "  File \"{}\", line {line}, in {}\n",
            obj.filename, obj.name
        ));
        let full = index.line_text(source, line);
        let text = full.trim();
        if !text.is_empty() {
            out.push_str(&format!("    {text}\n"));
            let indent = full.len() - full.trim_start().len();
            if position.end_line == line {
                let carets =
                    crate::carets::caret_line(text, indent, position.col, position.end_col);
                if let Some(carets) = carets {
                    out.push_str(&format!("    {carets}\n"));
                }
            }
        }
    }
    flush_repeats(&mut out, repeats);
    let name = type_name(&e.value);
    match format::str(&e.value) {
        Ok(msg) if msg.is_empty() => out.push_str(&format!("{name}\n")),
        Ok(msg) => out.push_str(&format!("{name}: {msg}\n")),
        Err(_) => out.push_str(&format!("{name}: <exception str() failed>\n")),
    }
    out
}

/// The line for entries left out after three identical ones.
fn flush_repeats(out: &mut String, repeats: usize) {
    if repeats >= 3 {
        let n = repeats - 2;
        let s = if n == 1 { "" } else { "s" };
        out.push_str(&format!("  [Previous line repeated {n} more time{s}]\n"));
    }
}
