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
/// that links it to the next; exception groups as CPython's boxes.
/// `sources` holds the text of each file by name.
pub(crate) fn format_traceback(e: &PyErr, sources: &Sources) -> String {
    format_chunks(&e.value, &e.traceback, sources, true, None).concat()
}

/// The text of `value` (raised through `traceback`, innermost entry
/// first) in the pieces `traceback.format_exception` returns: the heading,
/// one piece per frame, the exception line, each note, the linking
/// sentences. `chain` false leaves causes and contexts out; `limit` keeps
/// that many frames of each traceback (the outermost ones, or the
/// innermost ones when negative).
pub(crate) fn format_chunks(
    value: &Value,
    traceback: &[TracebackEntry],
    sources: &Sources,
    chain: bool,
    limit: Option<i64>,
) -> Vec<String> {
    let mut ctx = Ctx {
        sources,
        out: Vec::new(),
        depth: 0,
        need_close: false,
        seen: Vec::new(),
        chain,
        limit,
    };
    ctx.format_chain(value, traceback);
    ctx.out
}

/// Exception groups are printed at most this wide and deep.
const MAX_GROUP_WIDTH: usize = 15;
const MAX_GROUP_DEPTH: usize = 10;

/// The state of printing nested groups (CPython's
/// `_ExceptionPrintContext`).
struct Ctx<'a> {
    sources: &'a Sources,
    out: Vec<String>,
    depth: usize,
    need_close: bool,
    seen: Vec<Value>,
    chain: bool,
    limit: Option<i64>,
}

impl Ctx<'_> {
    /// Append the piece `text`, each line behind the margin of the
    /// current depth.
    fn emit(&mut self, text: &str, margin: char) {
        let mut indent = " ".repeat(2 * self.depth);
        if self.depth > 0 {
            indent.push(margin);
            indent.push(' ');
        }
        let mut piece = String::with_capacity(text.len());
        for line in text.split_inclusive('\n') {
            piece.push_str(&indent);
            piece.push_str(line);
        }
        self.out.push(piece);
    }

    /// Append each piece of `pieces`.
    fn emit_all(&mut self, pieces: Vec<String>, margin: char) {
        for piece in pieces {
            self.emit(&piece, margin);
        }
    }

    /// The entries of `traceback` that `limit` keeps.
    fn limited<'t>(&self, traceback: &'t [TracebackEntry]) -> &'t [TracebackEntry] {
        let n = traceback.len();
        match self.limit {
            // Innermost first: the outermost `k` are at the end.
            Some(k) if k >= 0 => &traceback[n - (k as usize).min(n)..],
            Some(k) => &traceback[..(k.unsigned_abs() as usize).min(n)],
            None => traceback,
        }
    }

    /// `value` with the exceptions it was caused by or raised during.
    fn format_chain(&mut self, value: &Value, traceback: &[TracebackEntry]) {
        let mut chain: Vec<(Value, Vec<TracebackEntry>, &str)> = Vec::new();
        self.seen.push(value.clone());
        let mut current = value.clone();
        while let Some(Object::Exception(obj)) = current.as_obj().filter(|_| self.chain) {
            let (next, link) = match (&*obj.cause.borrow(), &*obj.context.borrow()) {
                (Some(cause), _) => (cause.clone(), CAUSE),
                (None, Some(context)) if !obj.suppress_context.get() => (context.clone(), CONTEXT),
                _ => break,
            };
            if self.seen.iter().any(|s| s.is(&next)) {
                break;
            }
            self.seen.push(next.clone());
            let traceback = match next.as_obj() {
                Some(Object::Exception(n)) => n.entries(),
                _ => Vec::new(),
            };
            chain.push((next.clone(), traceback, link));
            current = next;
        }
        for (value, traceback, link) in chain.iter().rev() {
            self.format_single(value, traceback);
            self.emit(link, '|');
        }
        self.format_single(value, traceback);
    }

    /// One exception (a group with its members).
    fn format_single(&mut self, value: &Value, traceback: &[TracebackEntry]) {
        let traceback = self.limited(traceback);
        let Some(members) = crate::exception_group::members(value) else {
            let pieces = format_one(value, traceback, self.sources);
            self.emit_all(pieces, '|');
            return;
        };
        if self.depth > MAX_GROUP_DEPTH {
            self.emit(
                &format!("... (max_group_depth is {MAX_GROUP_DEPTH})\n"),
                '|',
            );
            return;
        }
        let toplevel = self.depth == 0;
        if toplevel {
            self.depth += 1;
        }
        if !traceback.is_empty() {
            let margin = if toplevel { '+' } else { '|' };
            self.emit(
                "Exception Group Traceback (most recent call last):\n",
                margin,
            );
            let frames = frame_pieces(traceback, self.sources);
            self.emit_all(frames, '|');
        }
        let pieces = format_one(value, &[], self.sources);
        self.emit_all(pieces, '|');
        let n = members.len().min(MAX_GROUP_WIDTH + 1);
        self.need_close = false;
        for i in 0..n {
            let last = i + 1 == n;
            if last {
                self.need_close = true;
            }
            let truncated = i >= MAX_GROUP_WIDTH;
            let title = if truncated {
                "...".to_owned()
            } else {
                (i + 1).to_string()
            };
            let corner = if i == 0 { "+-" } else { "  " };
            let indent = " ".repeat(2 * self.depth);
            self.out.push(format!(
                "{indent}{corner}+---------------- {title} ----------------\n"
            ));
            self.depth += 1;
            if truncated {
                let remaining = members.len() - MAX_GROUP_WIDTH;
                let s = if remaining > 1 { "s" } else { "" };
                self.emit(&format!("and {remaining} more exception{s}\n"), '|');
            } else if let Some(member) = members.get(i) {
                let tb = match member.as_obj() {
                    Some(Object::Exception(m)) => m.entries(),
                    _ => Vec::new(),
                };
                self.format_chain(member, &tb);
            }
            if last && self.need_close {
                let indent = " ".repeat(2 * self.depth);
                self.out
                    .push(format!("{indent}+------------------------------------\n"));
                self.need_close = false;
            }
            self.depth -= 1;
        }
        if toplevel {
            self.depth = 0;
        }
    }
}

const CAUSE: &str = "\nThe above exception was the direct cause of the following exception:\n\n";
const CONTEXT: &str = "\nDuring handling of the above exception, another exception occurred:\n\n";

/// One exception: its traceback (innermost entry first), last line and
/// notes, in pieces.
fn format_one(value: &Value, traceback: &[TracebackEntry], sources: &Sources) -> Vec<String> {
    let mut out = Vec::new();
    if !traceback.is_empty() {
        out.push("Traceback (most recent call last):\n".to_owned());
    }
    out.extend(frame_pieces(traceback, sources));
    out.extend(exception_only(value));
    out
}

/// The last line of `value` (with a `SyntaxError`'s block) and its notes,
/// one piece each (`traceback.format_exception_only`).
pub(crate) fn exception_only(value: &Value) -> Vec<String> {
    let mut out = Vec::new();
    let mut line = exception_line(value);
    // A `SyntaxError`'s location block comes one line a piece.
    if let Some(block) = crate::modules::syntax_error_block(value) {
        if let Some(rest) = line.strip_prefix(block.as_str()) {
            out.extend(block.split_inclusive('\n').map(str::to_owned));
            line = rest.to_owned();
        }
    }
    out.push(line);
    if let Some(Object::Exception(e)) = value.as_obj() {
        if let Some(notes) = crate::exception_group::notes(e) {
            let items = match notes.as_obj() {
                Some(Object::List(l)) => l.borrow().clone(),
                _ => Vec::new(),
            };
            for note in items {
                let text = match note.as_str() {
                    Some(s) => s.to_owned(),
                    None => format::repr(&note).unwrap_or_default(),
                };
                // Each line of a note is a piece of its own.
                out.extend(text.split('\n').map(|l| format!("{l}\n")));
            }
        }
    }
    out
}

/// Library modules written in Python that CPython implements in C: their
/// frames do not show in tracebacks.
const HIDDEN_FILES: &[&str] = &[
    "<taipan-lib>/_typing.py",
    "<taipan-lib>/_collections.py",
    "<taipan-lib>/collections/__init__.py",
    "<taipan-lib>/bisect.py",
    "<taipan-lib>/functools.py",
    "<taipan-lib>/heapq.py",
    "<taipan-lib>/itertools.py",
    "<taipan-lib>/operator.py",
    "<taipan-lib>/warnings.py",
];

/// The `File ...` lines of a traceback (innermost entry first), one
/// piece per frame.
fn frame_pieces(traceback: &[TracebackEntry], sources: &Sources) -> Vec<String> {
    let mut out = Vec::new();
    let mut indexes: Vec<(&str, taipan_source::LineIndex)> = Vec::new();
    // CPython prints a run of identical entries three times, then
    // `[Previous line repeated N more times]`.
    let mut last: Option<(usize, u32)> = None;
    let mut repeats = 0;
    for entry in traceback.iter().rev() {
        let obj = &entry.code.obj;
        if HIDDEN_FILES.contains(&&*obj.filename) {
            continue;
        }
        let position = obj.position(entry.unit);
        let key = (std::rc::Rc::as_ptr(&entry.code) as usize, position.line);
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
        let source = sources.get(&*obj.filename).map_or("", |s| &**s);
        let index = match indexes.iter().position(|(f, _)| *f == &*obj.filename) {
            Some(i) => &indexes[i].1,
            None => {
                indexes.push((&obj.filename, taipan_source::LineIndex::new(source)));
                &indexes[indexes.len() - 1].1
            }
        };
        out.push(frame_text(
            &obj.filename,
            &obj.name,
            position,
            source,
            index,
        ));
    }
    flush_repeats(&mut out, repeats);
    out
}

/// One frame of a traceback: `  File "F", line N, in NAME`, the source
/// line and its carets. `index` indexes the lines of `source`.
pub(crate) fn frame_text(
    filename: &str,
    name: &str,
    position: taipan_bytecode::Position,
    source: &str,
    index: &taipan_source::LineIndex,
) -> String {
    let line = position.line;
    let mut out = format!("  File \"{filename}\", line {line}, in {name}\n");
    let full = index.line_text(source, line);
    let text = full.trim();
    if position.end_line > line {
        let lines: Vec<&str> = (line..=position.end_line)
            .map(|l| index.line_text(source, l))
            .collect();
        let shown = crate::caret_span::block(&lines, position.col, position.end_col);
        match shown {
            Some(block) => out.push_str(&block),
            None if !text.is_empty() => out.push_str(&format!("    {text}\n")),
            None => {}
        }
    } else if !text.is_empty() {
        out.push_str(&format!("    {text}\n"));
        let indent = full.len() - full.trim_start().len();
        if position.end_line == line {
            let carets = crate::carets::caret_line(text, indent, position.col, position.end_col);
            if let Some(carets) = carets {
                out.push_str(&format!("    {carets}\n"));
            }
        }
    }
    out
}

/// The last line: `Type: message` (with a suggestion).
fn exception_line(value: &Value) -> String {
    let mut out = String::new();
    let mut text = None;
    if let Some(block) = crate::modules::syntax_error_block(value) {
        out.push_str(&block);
        text = crate::modules::syntax_error_msg(value).map(Ok);
    }
    let name = qualified_type_name(value);
    let text = text
        .or_else(|| crate::classes::cached_exception_text(value).map(Ok))
        .unwrap_or_else(|| format::str(value));
    match text {
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

/// The exception's class as the last line shows it: `module.Name` for
/// classes of modules other than `__main__` and `builtins`.
fn qualified_type_name(value: &Value) -> String {
    if let Some(Object::Exception(e)) = value.as_obj() {
        if let Some(Object::Class(c)) = e.class.as_ref().and_then(Value::as_obj) {
            if c.module != "__main__" && c.module != "builtins" {
                return format!("{}.{}", c.module, c.qualname);
            }
        }
    }
    type_name(value).into_owned()
}

/// The line for entries left out after three identical ones.
fn flush_repeats(out: &mut Vec<String>, repeats: usize) {
    if repeats >= 3 {
        let n = repeats - 2;
        let s = if n == 1 { "" } else { "s" };
        out.push(format!("  [Previous line repeated {n} more time{s}]\n"));
    }
}
