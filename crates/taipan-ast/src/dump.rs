//! `ast.dump`: the text CPython 3.14's `ast.dump(tree, include_attributes=…,
//! indent=…, show_empty=…)` returns, byte for byte.
//!
//! The rules of `Lib/ast.py`, restated: a node prints as `Name(f=v, …)`
//! with its fields in ASDL order; an optional field that is `None` is left
//! out, and so is an empty list unless `show_empty` (but a `constant` field
//! such as `Constant.value` always prints). With `include_attributes` the
//! position attributes follow the fields. A node is *simple* when it has no
//! arguments; a plain value (a repr) and `[]` are simple; a non-empty list
//! is not. A node whose arguments are all simple and at most three prints
//! on one line; otherwise, with an indent, each argument goes on its own
//! line, one indent deeper per nesting level (lists count as a level too).

use crate::repr::{constant_repr, str_repr, IntTooLarge};
use crate::*;
use std::cell::Cell;
use taipan_source::LineIndex;

/// Python's default recursion limit, which bounds `ast.dump`'s recursive
/// `_format`.
const RECURSION_LIMIT: usize = 1000;

/// Python frames already on the stack when `python3.14 -m ast` first calls
/// `_format`, as measured with the reference interpreter (pyodide's runpy:
/// `_run_module`, `run_module`, `_run_module_code`, `_run_code`, then the
/// module, `main` and `dump`).
const FRAMES_BEFORE_FORMAT: usize = 7;

/// The options of `ast.dump` that `python -m ast` exposes.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct DumpOptions {
    /// Show `lineno`, `col_offset`, `end_lineno`, `end_col_offset`.
    pub include_attributes: bool,
    /// Spaces per level; `None` for the one-line form.
    pub indent: Option<usize>,
    /// Show empty lists (optional fields that are `None` stay hidden).
    pub show_empty: bool,
}

/// Why CPython's `ast.dump` would raise instead of returning.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DumpError {
    /// An int constant has more than 4300 decimal digits (`ValueError`).
    IntTooLarge,
    /// The tree is deeper than `_format`'s recursion can go
    /// (`RecursionError`).
    TooDeep,
}

impl std::fmt::Display for DumpError {
    /// The last line of CPython's traceback.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            DumpError::IntTooLarge => write!(f, "ValueError: {IntTooLarge}"),
            DumpError::TooDeep => write!(f, "RecursionError: maximum recursion depth exceeded"),
        }
    }
}

/// `ast.dump(module, …)`. Where CPython would raise (see [`try_dump`]),
/// the text is incomplete.
pub fn dump(module: &Mod, source: &str, index: &LineIndex, options: &DumpOptions) -> String {
    let (text, _) = dump_inner(module, source, index, options);
    text
}

/// `ast.dump(module, …)` as `python3.14 -m ast` runs it, or the exception
/// it raises: a `ValueError` for an int constant with more than 4300
/// digits, a `RecursionError` for a tree nested about 990 levels deep.
/// Never recurses deeper than that itself.
pub fn try_dump(
    module: &Mod,
    source: &str,
    index: &LineIndex,
    options: &DumpOptions,
) -> Result<String, DumpError> {
    match dump_inner(module, source, index, options) {
        (text, None) => Ok(text),
        (_, Some(err)) => Err(err),
    }
}

fn dump_inner(
    module: &Mod,
    _source: &str,
    index: &LineIndex,
    options: &DumpOptions,
) -> (String, Option<DumpError>) {
    let cx = Ctx {
        index,
        options,
        indent: options.indent.map(|n| " ".repeat(n)),
        frames: Cell::new(FRAMES_BEFORE_FORMAT),
        error: Cell::new(None),
    };
    let (text, _) = cx.deeper(|| module.dump(&cx, 0));
    (text, cx.error.get())
}

/// What every dump call shares.
struct Ctx<'a> {
    index: &'a LineIndex,
    options: &'a DumpOptions,
    /// The indent string, if indenting.
    indent: Option<String>,
    /// Python frames CPython's `dump` would have on the stack here.
    frames: Cell<usize>,
    /// The first exception CPython would raise, if any.
    error: Cell<Option<DumpError>>,
}

impl Ctx<'_> {
    /// The text before the first argument and between arguments at `level`.
    fn separators(&self, level: usize) -> (String, String) {
        match &self.indent {
            Some(indent) => {
                let pad = indent.repeat(level);
                (format!("\n{pad}"), format!(",\n{pad}"))
            }
            None => (String::new(), ", ".to_owned()),
        }
    }

    /// `repr` of a constant, recording the 4300-digit error.
    fn constant(&self, value: &Constant) -> String {
        constant_repr(value).unwrap_or_else(|_| {
            self.fail(DumpError::IntTooLarge);
            String::new()
        })
    }

    fn fail(&self, error: DumpError) {
        if self.error.get().is_none() {
            self.error.set(Some(error));
        }
    }

    /// Run `f` one Python frame deeper (a `_format` call or the generator
    /// expression formatting a list), unless that passes the recursion
    /// limit or an error has already been raised.
    fn deeper(&self, f: impl FnOnce() -> Dumped) -> Dumped {
        let frames = self.frames.get() + 1;
        if frames > RECURSION_LIMIT {
            self.fail(DumpError::TooDeep);
        }
        if self.error.get().is_some() {
            return (String::new(), true);
        }
        self.frames.set(frames);
        let dumped = f();
        self.frames.set(frames - 1);
        dumped
    }
}

/// A dumped value and whether it is simple.
type Dumped = (String, bool);

/// Something `ast.dump` can format; `level` is the caller's level.
trait Dump {
    fn dump(&self, cx: &Ctx<'_>, level: usize) -> Dumped;
}

impl<T: Dump + ?Sized> Dump for Box<T> {
    fn dump(&self, cx: &Ctx<'_>, level: usize) -> Dumped {
        (**self).dump(cx, level)
    }
}

impl<T: Dump> Dump for Option<T> {
    /// A `None` inside a list (`kw_defaults`, `Dict.keys`).
    fn dump(&self, cx: &Ctx<'_>, level: usize) -> Dumped {
        match self {
            Some(v) => v.dump(cx, level),
            None => ("None".to_owned(), true),
        }
    }
}

impl<T: Dump> Dump for [T] {
    fn dump(&self, cx: &Ctx<'_>, level: usize) -> Dumped {
        if self.is_empty() {
            return ("[]".to_owned(), true);
        }
        let level = level + usize::from(cx.indent.is_some());
        let (prefix, sep) = cx.separators(level);
        // `sep.join(_format(x, level)[0] for x in node)`: a generator frame
        // holds each element's `_format` frame.
        let (items, _) = cx.deeper(|| {
            let items: Vec<String> = self
                .iter()
                .map(|x| cx.deeper(|| x.dump(cx, level)).0)
                .collect();
            (items.join(&sep), false)
        });
        (format!("[{prefix}{items}]"), false)
    }
}

impl<T: Dump> Dump for Vec<T> {
    fn dump(&self, cx: &Ctx<'_>, level: usize) -> Dumped {
        self.as_slice().dump(cx, level)
    }
}

/// An identifier or other plain string, shown with `repr`.
impl Dump for String {
    fn dump(&self, _cx: &Ctx<'_>, _level: usize) -> Dumped {
        (str_repr(&Wtf8Buf::from(self.as_str())), true)
    }
}

impl Dump for Constant {
    fn dump(&self, cx: &Ctx<'_>, _level: usize) -> Dumped {
        (cx.constant(self), true)
    }
}

/// A node being formatted: its class name and arguments so far.
struct Node<'c, 'a> {
    cx: &'c Ctx<'a>,
    name: &'static str,
    /// The node's own level (the caller's plus one when indenting).
    level: usize,
    args: Vec<String>,
    all_simple: bool,
}

impl<'c, 'a> Node<'c, 'a> {
    fn new(cx: &'c Ctx<'a>, name: &'static str, level: usize) -> Self {
        Self {
            cx,
            name,
            level: level + usize::from(cx.indent.is_some()),
            args: Vec::new(),
            all_simple: true,
        }
    }

    /// A field that always prints.
    fn field<T: Dump + ?Sized>(mut self, name: &str, value: &T) -> Self {
        let (cx, level) = (self.cx, self.level);
        let (text, simple) = cx.deeper(|| value.dump(cx, level));
        self.all_simple &= simple;
        self.args.push(format!("{name}={text}"));
        self
    }

    /// An optional (`?`) field: left out when `None`.
    fn opt<T: Dump>(self, name: &str, value: &Option<T>) -> Self {
        match value {
            Some(v) => self.field(name, v),
            None => self,
        }
    }

    /// A list (`*`) field: left out when empty, unless `show_empty`.
    fn list<T: Dump>(self, name: &str, value: &[T]) -> Self {
        if value.is_empty() && !self.cx.options.show_empty {
            return self;
        }
        self.field(name, value)
    }

    /// A field shown as literal text (an int field).
    fn raw(mut self, name: &str, text: impl std::fmt::Display) -> Self {
        let (text, _) = self.cx.deeper(|| (text.to_string(), true));
        self.args.push(format!("{name}={text}"));
        self
    }

    /// The position attributes, if asked for.
    fn attrs(mut self, range: TextRange) -> Self {
        if self.cx.options.include_attributes {
            let start = self.cx.index.line_col(range.start);
            let end = self.cx.index.line_col(range.end);
            self = self
                .raw("lineno", start.line)
                .raw("col_offset", start.col)
                .raw("end_lineno", end.line)
                .raw("end_col_offset", end.col);
        }
        self
    }

    fn finish(self) -> Dumped {
        if self.all_simple && self.args.len() <= 3 {
            let simple = self.args.is_empty();
            return (format!("{}({})", self.name, self.args.join(", ")), simple);
        }
        let (prefix, sep) = self.cx.separators(self.level);
        let text = format!("{}({prefix}{})", self.name, self.args.join(&sep));
        (text, false)
    }
}

/// A node without fields, such as `Load()` or `Add()`.
fn unit(name: &str) -> Dumped {
    (format!("{name}()"), true)
}

impl Dump for Mod {
    fn dump(&self, cx: &Ctx<'_>, level: usize) -> Dumped {
        match self {
            Mod::Module { body, type_ignores } => Node::new(cx, "Module", level)
                .list("body", body)
                .list("type_ignores", type_ignores),
            Mod::Interactive { body } => Node::new(cx, "Interactive", level).list("body", body),
            Mod::Expression { body } => Node::new(cx, "Expression", level).field("body", body),
            Mod::FunctionType { argtypes, returns } => Node::new(cx, "FunctionType", level)
                .list("argtypes", argtypes)
                .field("returns", returns),
        }
        .finish()
    }
}

impl Dump for TypeIgnore {
    fn dump(&self, cx: &Ctx<'_>, level: usize) -> Dumped {
        Node::new(cx, "TypeIgnore", level)
            .raw("lineno", self.lineno)
            .field("tag", &self.tag)
            .finish()
    }
}

/// Python's `int` fields that hold a boolean print as 0 or 1.
fn int_bool(b: bool) -> u8 {
    u8::from(b)
}

mod nodes_dump;
#[cfg(test)]
mod tests;
