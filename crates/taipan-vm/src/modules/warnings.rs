//! `_warnings`: the native half of the `warnings` module, and the hook
//! through which the interpreter itself warns.
//!
//! The filters, registries and printing are Python (`lib/warnings.py`,
//! one module per interpreter, so nothing leaks between programs). What
//! needs the VM is here: `_location` finds the frame a `stacklevel` names
//! (as CPython's `setup_context`: level 1 is the caller of `warn`; past
//! level 1, frames whose file starts with one of `skip_file_prefixes` are
//! passed over), and [`Vm::warn`] issues a warning from native code at the
//! Python frame that called it, through `warnings.warn_explicit`, so the
//! filters, `-W` options and `catch_warnings` see every warning.

use std::cell::RefCell;
use std::rc::Rc;

use crate::dict::{Dict, HashKey};
use crate::exception::{type_error, ExcKind, PyResult};
use crate::frame::Frame;
use crate::types::TypeKind;
use crate::value::{FrameBuiltin, Object, Value};
use crate::Vm;

/// Fill the namespace of `_warnings`.
pub(super) fn init(d: &mut Dict) {
    super::set(
        d,
        "_location",
        Value::obj(Object::FrameBuiltin(FrameBuiltin {
            name: "_location",
            func: location,
        })),
    );
}

/// A Python frame that called native code which called back into Python
/// (a class with its own `__new__`, a metaclass `__call__`...): the nested
/// run's frames do not reach it, so it is noted while the call lasts.
#[derive(Debug)]
pub(crate) struct NativeCaller {
    /// `Vm::frames.len()` when the call began: the frames parked below it.
    depth: usize,
    /// The frame's place.
    place: Place,
}

/// Where a warning is reported: file name, line and module globals.
#[derive(Debug, Clone)]
struct Place {
    filename: Rc<str>,
    line: u32,
    globals: Value,
}

/// The place of `frame`'s running instruction.
fn place_of(frame: &Frame) -> Place {
    let obj = &frame.code.obj;
    Place {
        filename: obj.filename.clone(),
        line: obj.position(frame.instr).line,
        globals: frame.globals.to_value(),
    }
}

/// Whether `filename` belongs to the import machinery's own frames.
fn is_internal(filename: &str) -> bool {
    filename.contains("importlib") && filename.contains("_bootstrap")
}

/// The place `stacklevel` names in `chain` (level 1 first), or `None`
/// past the outermost frame.
fn locate(chain: &[Place], stacklevel: i64, skip: &[String]) -> Option<Place> {
    let first = chain.first()?;
    if stacklevel <= 1 || is_internal(&first.filename) {
        let index = usize::try_from(stacklevel.max(1) - 1).ok()?;
        return chain.get(index).cloned();
    }
    let mut index = 0;
    for _ in 1..stacklevel {
        index += 1;
        while let Some(place) = chain.get(index) {
            let name = &*place.filename;
            if !is_internal(name) && !skip.iter().any(|p| name.starts_with(p.as_str())) {
                break;
            }
            index += 1;
        }
        chain.get(index)?;
    }
    chain.get(index).cloned()
}

impl Vm<'_> {
    /// Run `f` (native code called by `frame` that may call Python) with
    /// `frame` noted as the caller, so `warn` can see past the nested run.
    pub(crate) fn with_native_caller<R>(
        &mut self,
        frame: &Frame,
        f: impl FnOnce(&mut Self) -> R,
    ) -> R {
        self.native_callers.push(NativeCaller {
            depth: self.frames.len(),
            place: place_of(frame),
        });
        let result = f(self);
        self.native_callers.pop();
        result
    }

    /// The places of the Python frames, innermost first, from `running`
    /// (if any) out: parked frames and noted native callers interleaved.
    fn python_stack(&self, running: Option<&Frame>) -> Vec<Place> {
        let mut out: Vec<Place> = running.into_iter().map(place_of).collect();
        let mut callers = self.native_callers.iter().rev().peekable();
        for (i, frame) in self.frames.iter().enumerate().rev() {
            while let Some(c) = callers.next_if(|c| c.depth > i) {
                out.push(c.place.clone());
            }
            out.push(place_of(frame));
        }
        out.extend(callers.map(|c| c.place.clone()));
        out
    }
}

/// `_location(stacklevel, skip_file_prefixes)`, called by `warn`: the
/// `(filename, lineno, globals)` of the frame `stacklevel` calls out from
/// `warn`'s caller, or `None` when the stack is not that deep.
fn location(
    vm: &mut Vm,
    _frame: Option<&Frame>,
    args: &[Value],
    _: &[(Rc<str>, Value)],
) -> PyResult<Value> {
    let [level, prefixes] = args else {
        return Err(type_error("_location() takes exactly 2 arguments"));
    };
    let stacklevel = match vm.index_of(level)? {
        Value::Int(i) => i,
        // A huge level names no frame; a huge negative one is level 1.
        Value::Obj(o) if matches!(&*o, Object::BigInt(b) if b.sign() == num_bigint::Sign::Minus) => {
            1
        }
        _ => i64::MAX,
    };
    let mut skip = Vec::new();
    if let Some(Object::Tuple(items)) = prefixes.as_obj() {
        for p in items.iter() {
            match p.as_str() {
                Some(s) => skip.push(s.to_owned()),
                None => return Err(type_error("skip_file_prefixes must be a tuple of strs.")),
            }
        }
    }
    // The running frame is `warn`'s own; level 1 is its caller.
    let chain = vm.python_stack(None);
    Ok(match locate(&chain, stacklevel, &skip) {
        Some(place) => Value::tuple(vec![
            Value::str(&*place.filename),
            Value::Int(i64::from(place.line)),
            place.globals,
        ]),
        None => Value::None,
    })
}

impl Vm<'_> {
    /// Import `warnings` before the program runs when `sys.warnoptions`
    /// has entries, as CPython does (so bad `-W` options are reported and
    /// the filters apply to everything).
    pub(crate) fn import_warnings_at_start(&mut self) -> PyResult<()> {
        if !self.config.warnoptions.is_empty() {
            self.import_module("warnings")?;
        }
        Ok(())
    }

    /// Issue a warning of the built-in `category` from native code called
    /// by `frame` (`stacklevel` 1 is that frame), as `warnings.warn`
    /// does: filtered, shown, recorded or raised (an `error` filter).
    pub(crate) fn warn(
        &mut self,
        frame: Option<&Frame>,
        category: ExcKind,
        message: &str,
        stacklevel: i64,
    ) -> PyResult<()> {
        let class = Value::obj(Object::Type(TypeKind::Exception(category)));
        self.warn_with(frame, class, Value::str(message), stacklevel, Value::None)
    }

    /// [`Vm::warn`] with any category class and message object, and the
    /// object the warning is about (`source`, or `None`).
    pub(crate) fn warn_with(
        &mut self,
        frame: Option<&Frame>,
        category: Value,
        message: Value,
        stacklevel: i64,
        source: Value,
    ) -> PyResult<()> {
        let place = locate(&self.python_stack(frame), stacklevel, &[]);
        let Some(warn_explicit) = self.warn_explicit_fn() else {
            // No usable `warnings` (a program's own `warnings.py`...):
            // shown as CPython's C code shows it then.
            if let Some(p) = place {
                self.print_warning(&p, &category, &message);
            }
            return Ok(());
        };
        let (filename, line, globals) = match place {
            Some(p) => (Value::str(&*p.filename), i64::from(p.line), p.globals),
            None => {
                let sys = self.import_module("sys")?;
                (Value::str("<sys>"), 0, self.getattr(&sys, "__dict__")?)
            }
        };
        let (module_name, registry) = match globals.as_obj() {
            Some(Object::Dict(d)) => registry_of(d),
            _ => (Value::str("<string>"), Value::None),
        };
        let args = vec![
            message,
            category,
            filename,
            Value::Int(line),
            module_name,
            registry,
            globals,
            source,
        ];
        self.call_value(&warn_explicit, args).map(|_| ())
    }
}

impl Vm<'_> {
    /// Issue the parser's or compiler's `SyntaxWarning`s about `source`
    /// (the text of `filename`) through `warnings.warn_explicit` (no
    /// module, no registry: each is shown every time, as CPython does);
    /// one that an `error` filter raises becomes the `SyntaxError` CPython
    /// raises in its place (an escape's without "will not work" sentence,
    /// pointing at the escape). The parser's errors show their line; the
    /// compiler's only a line read from the file, as CPython's do.
    pub(crate) fn syntax_warnings<'w>(
        &mut self,
        filename: &str,
        source: &str,
        warnings: impl IntoIterator<Item = (&'w str, taipan_source::TextRange)>,
        from_parser: bool,
    ) -> PyResult<()> {
        let mut warnings = warnings.into_iter().peekable();
        if warnings.peek().is_none() {
            return Ok(());
        }
        let Some(warn_explicit) = self.warn_explicit_fn() else {
            return Ok(());
        };
        let index = taipan_source::LineIndex::new(source);
        for (message, range) in warnings {
            let line = index.line_col(range.start).line;
            let category = Value::obj(Object::Type(TypeKind::Exception(ExcKind::SyntaxWarning)));
            let args = vec![
                Value::str(message),
                category,
                Value::str(filename),
                Value::Int(i64::from(line)),
            ];
            if let Err(e) = self.call_value(&warn_explicit, args) {
                if !e.kind().is_subclass(ExcKind::SyntaxWarning) {
                    return Err(e);
                }
                let text = message.replace(" Such sequences will not work in the future.", "");
                let range = escape_range(message, range);
                let e = super::syntax_error(ExcKind::SyntaxError, filename, source, &text, range);
                if !from_parser && !std::path::Path::new(filename).is_file() {
                    drop_text(&e);
                }
                return Err(e);
            }
        }
        Ok(())
    }
}

impl Vm<'_> {
    /// `warnings.warn_explicit`, or `None` if `warnings` cannot be
    /// imported or lacks it.
    fn warn_explicit_fn(&mut self) -> Option<Value> {
        let module = self.import_module("warnings").ok()?;
        self.getattr(&module, "warn_explicit").ok()
    }

    /// Print `FILE:LINE: Category: message` and the source line.
    fn print_warning(&mut self, place: &Place, category: &Value, message: &Value) {
        let name = self.getattr(category, "__name__").ok();
        let name = name.as_ref().and_then(Value::as_str).unwrap_or("Warning");
        let text = crate::format::str(message).unwrap_or_default();
        let mut out = format!("{}:{}: {name}: {text}\n", place.filename, place.line);
        if let Some(source) = self.sources.get(&*place.filename) {
            let index = taipan_source::LineIndex::new(source);
            let line = index.line_text(source, place.line).trim();
            if !line.is_empty() {
                out.push_str(&format!("  {line}\n"));
            }
        }
        // Nothing more can be done if stderr itself fails.
        let _ = self.write_fd(2, &out);
    }
}

/// Set a `SyntaxError`'s `text` to `None` (no line could be read).
fn drop_text(e: &crate::exception::PyErr) {
    let Some(Object::Exception(obj)) = e.value.as_obj() else {
        return;
    };
    let mut args = obj.args.borrow_mut();
    if let Some(Object::Tuple(details)) = args.get(1).and_then(Value::as_obj) {
        let mut details = details.clone();
        if let Some(text) = details.get_mut(3) {
            *text = Value::None;
        }
        args[1] = Value::tuple(details);
    }
    super::set(&mut obj.dict.borrow_mut(), "text", Value::None);
}

/// An invalid escape's warning points at its backslash; the error covers
/// the escape as the message quotes it (`\d`, `\777`).
fn escape_range(message: &str, range: taipan_source::TextRange) -> taipan_source::TextRange {
    if !message.contains("escape sequence") {
        return range;
    }
    let quoted = message.split('"').nth(1).unwrap_or_default();
    let len = u32::try_from(quoted.len()).unwrap_or(0);
    taipan_source::TextRange::new(range.start, range.start + len)
}

/// The module name (`__name__`, else `"<string>"`) and the
/// `__warningregistry__` of a module's globals (made if missing).
fn registry_of(globals: &RefCell<Dict>) -> (Value, Value) {
    let mut d = globals.borrow_mut();
    let name = match d.get(&HashKey::str_key("__name__")) {
        Some(v) if v.as_str().is_some() => v.clone(),
        _ => Value::str("<string>"),
    };
    let key = HashKey::str_key("__warningregistry__");
    let registry = match d.get(&key) {
        Some(r) => r.clone(),
        None => {
            let r = Value::obj(Object::Dict(RefCell::new(Dict::new())));
            d.set_str(&Rc::from("__warningregistry__"), r.clone());
            r
        }
    };
    (name, registry)
}
