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

use crate::exception::{PyErr, TracebackEntry};
use crate::format;
use crate::types::type_name;
use crate::value::{Object, Value};

/// The source text of each file run or imported, by file name.
pub(crate) type Sources = std::collections::HashMap<String, std::rc::Rc<str>>;

/// The text CPython writes to stderr for the uncaught `e`: the chain of
/// causes and contexts first, oldest first, each followed by the sentence
/// that links it to the next.
/// `sources` holds the text of each file by name.
pub(crate) fn format_traceback(e: &PyErr, sources: &Sources) -> String {
    let mut chain: Vec<(Value, Vec<TracebackEntry>, &str)> = Vec::new();
    let mut seen = vec![e.value.clone()];
    let mut current = e.value.clone();
    while let Some(Object::Exception(obj)) = current.as_obj() {
        let (next, link) = match (&*obj.cause.borrow(), &*obj.context.borrow()) {
            (Some(cause), _) => (cause.clone(), CAUSE),
            (None, Some(context)) if !obj.suppress_context.get() => (context.clone(), CONTEXT),
            _ => break,
        };
        if seen.iter().any(|s| s.is(&next)) {
            break;
        }
        seen.push(next.clone());
        let traceback = match next.as_obj() {
            Some(Object::Exception(n)) => n.traceback.borrow().clone(),
            _ => Vec::new(),
        };
        chain.push((next.clone(), traceback, link));
        current = next;
    }
    let mut out = String::new();
    for (value, traceback, link) in chain.iter().rev() {
        out.push_str(&format_one(value, traceback, sources));
        out.push_str(link);
    }
    out.push_str(&format_one(&e.value, &e.traceback, sources));
    out
}

const CAUSE: &str = "\nThe above exception was the direct cause of the following exception:\n\n";
const CONTEXT: &str = "\nDuring handling of the above exception, another exception occurred:\n\n";

/// One exception: its traceback (innermost entry first) and last line.
fn format_one(value: &Value, traceback: &[TracebackEntry], sources: &Sources) -> String {
    let mut out = String::new();
    if !traceback.is_empty() {
        out.push_str("Traceback (most recent call last):\n");
    }
    let mut indexes: Vec<(&str, taipan_source::LineIndex)> = Vec::new();
    // CPython prints a run of identical entries three times, then
    // `[Previous line repeated N more times]`.
    let mut last: Option<(usize, u32)> = None;
    let mut repeats = 0;
    for entry in traceback.iter().rev() {
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
        let source = sources.get(&*obj.filename).map_or("", |s| &**s);
        let index = match indexes.iter().position(|(f, _)| *f == &*obj.filename) {
            Some(i) => &indexes[i].1,
            None => {
                indexes.push((&obj.filename, taipan_source::LineIndex::new(source)));
                &indexes[indexes.len() - 1].1
            }
        };
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
    if let Some(block) = crate::modules::syntax_error_block(value) {
        out.push_str(&block);
    }
    let name = type_name(value);
    match format::str(value) {
        Ok(msg) if msg.is_empty() => out.push_str(&format!("{name}\n")),
        Ok(msg) => {
            let hint = match value.as_obj() {
                Some(Object::Exception(e)) => e.suggestion.borrow().clone(),
                _ => None,
            };
            match hint {
                Some(h) => out.push_str(&format!("{name}: {msg}. Did you mean: '{h}'?\n")),
                None => out.push_str(&format!("{name}: {msg}\n")),
            }
        }
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
