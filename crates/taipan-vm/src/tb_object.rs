//! Traceback and frame objects, as Python sees them.
//!
//! Raising an exception never builds these: the VM records plain
//! `TracebackEntry`s (code, code unit, the locals of frames left, the
//! globals) on the `PyErr` and then on the exception (`exception.rs`).
//! `e.__traceback__` builds the chain of `traceback` objects from those
//! entries the first time it is asked for (outermost frame first, as
//! `tb_next` runs) and keeps it on the exception, so it keeps its identity
//! until the exception is raised again. Each traceback's `tb_frame` is a
//! `frame` object: a snapshot of the code, the code unit, the globals and
//! the local slots, linked to its caller by `f_back`. `sys._getframe()`
//! builds the same snapshots from the running frame and its parked
//! callers (frames of runs nested in native code are not reachable from
//! there: their chain stops at the native call).
//!
//! Assigning `e.__traceback__` (or `with_traceback`) turns the chain back
//! into entries, so the VM's printer and re-raising see what the program
//! set.

use std::cell::RefCell;
use std::rc::Rc;

use crate::code::Code;
use crate::exception::{type_error, ExcKind, ExceptionObj, PyErr, PyResult, TracebackEntry};
use crate::frame::Frame;
use crate::namespace::Namespace;
use crate::types::type_name;
use crate::value::{Builtin, Object, Value};
use crate::Vm;

/// A `traceback` object: one frame of an exception's path.
#[derive(Debug)]
pub struct TracebackObj {
    /// The frame's code, code unit and locals.
    pub entry: TracebackEntry,
    /// `tb_next`: the traceback of the frame called from here, or `None`.
    pub next: RefCell<Value>,
    /// `tb_frame`.
    pub frame: Value,
}

/// A `frame` object: a snapshot of one activation.
#[derive(Debug)]
pub struct FrameObj {
    /// `f_code`.
    pub code: Rc<Code>,
    /// The code unit of the instruction running (or the call).
    pub unit: usize,
    /// `f_globals`.
    pub globals: Namespace,
    /// The local slots, as they were when the snapshot was taken.
    pub slots: Vec<Value>,
    /// The local namespace of a class body or `exec`.
    pub namespace: Option<Namespace>,
    /// `f_back`: the caller's frame, or `None`.
    pub back: Value,
}

/// `e.__traceback__`: the chain built from `e`'s entries (kept on `e`;
/// entries added by raising `e` again get objects linked to the old
/// chain, as CPython's).
pub(crate) fn exception_traceback(e: &ExceptionObj) -> Value {
    let entries = e.traceback.borrow();
    let cached = e.tb_object.borrow().clone();
    let tb = match cached {
        Some((head, k)) if k == entries.len() => return head,
        Some((head, k)) if k < entries.len() => chain_from_entries(&entries[k..], head),
        _ => chain_from_entries(&entries, Value::None),
    };
    *e.tb_object.borrow_mut() = Some((tb.clone(), entries.len()));
    tb
}

/// The traceback chain for `entries` (innermost first), outermost first,
/// its innermost link followed by `tail`.
pub(crate) fn chain_from_entries(entries: &[TracebackEntry], tail: Value) -> Value {
    // Frames first, outermost to innermost, each the `f_back` of the next.
    // A frame that caught the exception and raised it again appears twice
    // in a row (the catching one kept its locals): one frame object.
    let tail_frame = match tail.as_obj() {
        Some(Object::Traceback(t)) if t.entry.locals.is_empty() => {
            Some((t.entry.code.clone(), t.frame.clone()))
        }
        _ => None,
    };
    let mut frames: Vec<Value> = Vec::with_capacity(entries.len());
    let mut back = Value::None;
    let mut previous: Option<&TracebackEntry> = None;
    for entry in entries.iter().rev() {
        let same =
            previous.is_some_and(|p| Rc::ptr_eq(&p.code, &entry.code) && p.locals.is_empty());
        let frame = match frames.last() {
            Some(f) if same => f.clone(),
            _ => {
                let f = frame_value(FrameObj {
                    code: entry.code.clone(),
                    unit: entry.unit,
                    globals: entry.globals.clone(),
                    slots: entry.locals.clone(),
                    namespace: None,
                    back: back.clone(),
                });
                back = f.clone();
                f
            }
        };
        frames.push(frame);
        previous = Some(entry);
    }
    // The frame that raised again is the one the old chain starts in.
    if let (Some((code, frame)), Some(first), Some(last)) =
        (&tail_frame, entries.first(), frames.last_mut())
    {
        if Rc::ptr_eq(code, &first.code) && first.locals.is_empty() {
            *last = frame.clone();
        }
    }
    let mut next = tail;
    for (entry, frame) in entries.iter().zip(frames.into_iter().rev()) {
        next = Value::obj(Object::Traceback(Box::new(TracebackObj {
            entry: entry.clone(),
            next: RefCell::new(next),
            frame,
        })));
    }
    next
}

fn frame_value(f: FrameObj) -> Value {
    Value::obj(Object::Frame(Box::new(f)))
}

/// The entries (innermost first) of the chain starting at `tb`.
pub(crate) fn entries_from_chain(tb: &Value) -> Vec<TracebackEntry> {
    let mut out = Vec::new();
    let mut current = tb.clone();
    while let Some(Object::Traceback(t)) = current.as_obj() {
        out.push(t.entry.clone());
        let next = t.next.borrow().clone();
        current = next;
    }
    out.reverse();
    out
}

/// `e.__traceback__ = value` (also `with_traceback`).
pub(crate) fn set_exception_traceback(e: &ExceptionObj, value: &Value) -> PyResult<()> {
    match value.as_obj() {
        Some(Object::Traceback(_)) => {
            let entries = entries_from_chain(value);
            *e.tb_object.borrow_mut() = Some((value.clone(), entries.len()));
            e.set_traceback(entries);
        }
        _ if matches!(value, Value::None) => {
            *e.tb_object.borrow_mut() = None;
            e.set_traceback(Vec::new());
        }
        _ => return Err(type_error("__traceback__ must be a traceback or None")),
    }
    Ok(())
}

/// `exc.with_traceback(tb)`: set `__traceback__` and return `exc`.
fn with_traceback(_: &mut Vm, args: &[Value], _: &[(Rc<str>, Value)]) -> PyResult<Value> {
    let [this, tb] = args else {
        return Err(type_error(format!(
            "BaseException.with_traceback() takes exactly one argument ({} given)",
            args.len().saturating_sub(1)
        )));
    };
    if let Some(Object::Exception(e)) = this.as_obj() {
        set_exception_traceback(e, tb)?;
    }
    Ok(this.clone())
}

/// The exception attributes this module serves (`__traceback__`,
/// `with_traceback`).
pub(crate) fn exception_attr(obj: &Value, e: &ExceptionObj, name: &str) -> Option<Value> {
    match name {
        "__traceback__" => Some(exception_traceback(e)),
        "with_traceback" => Some(Value::obj(Object::BoundMethod(
            obj.clone(),
            Builtin {
                name: "with_traceback",
                func: with_traceback,
            },
        ))),
        _ => None,
    }
}

/// Attributes of a traceback object.
pub(crate) fn traceback_attr(t: &TracebackObj, name: &str) -> Option<Value> {
    let position = t.entry.code.obj.position(t.entry.unit);
    Some(match name {
        "tb_next" => t.next.borrow().clone(),
        "tb_frame" => t.frame.clone(),
        "tb_lineno" => Value::Int(i64::from(position.line)),
        "tb_lasti" => Value::Int(2 * t.entry.unit as i64),
        _ => return None,
    })
}

/// `tb.tb_next = value`.
pub(crate) fn store_traceback_attr(
    obj: &Value,
    t: &TracebackObj,
    name: &str,
    value: &Value,
) -> PyResult<()> {
    if name != "tb_next" {
        let what = if matches!(name, "tb_lasti" | "tb_frame") {
            "readonly attribute".to_owned()
        } else if name == "tb_lineno" {
            format!("attribute '{name}' of 'traceback' objects is not writable")
        } else {
            format!("'traceback' object has no attribute '{name}'")
        };
        return Err(PyErr::msg(ExcKind::AttributeError, what));
    }
    match value.as_obj() {
        Some(Object::Traceback(_)) => {
            // Refuse a chain that would come back to `obj`.
            let mut current = value.clone();
            while let Some(Object::Traceback(n)) = current.as_obj() {
                if current.is(obj) {
                    return Err(PyErr::msg(ExcKind::ValueError, "traceback loop detected"));
                }
                let next = n.next.borrow().clone();
                current = next;
            }
        }
        _ if matches!(value, Value::None) => {}
        _ => {
            return Err(type_error(format!(
                "expected traceback object, got '{}'",
                type_name(value)
            )))
        }
    }
    *t.next.borrow_mut() = value.clone();
    Ok(())
}

/// Attributes of a frame object.
pub(crate) fn frame_attr(vm: &mut Vm, f: &FrameObj, name: &str) -> Option<Value> {
    Some(match name {
        "f_code" => Value::obj(Object::Code(f.code.clone())),
        "f_lineno" => Value::Int(i64::from(f.code.obj.position(f.unit).line)),
        "f_lasti" => Value::Int(2 * f.unit as i64),
        "f_globals" => f.globals.to_value(),
        "f_locals" => frame_locals(vm, f),
        "f_back" => f.back.clone(),
        "f_builtins" => builtins_dict(vm),
        "f_trace" | "f_generator" => Value::None,
        "f_trace_lines" => Value::Bool(true),
        "f_trace_opcodes" => Value::Bool(false),
        "clear" => Value::obj(Object::BoundMethod(
            Value::None,
            Builtin {
                name: "clear",
                func: |_, _, _| Ok(Value::None),
            },
        )),
        _ => return None,
    })
}

/// `frame.f_locals`: the namespace of module code and class bodies, a
/// snapshot of a function's variables (the same dict on every access).
fn frame_locals(vm: &mut Vm, f: &FrameObj) -> Value {
    let mut slots = f.slots.clone();
    slots.resize(f.code.nlocals, Value::Null);
    let frame = Frame::with_vecs(f.code.clone(), f.globals.clone(), slots, Vec::new());
    // Inside an inlined comprehension, module and class code show their
    // fast variables (PEP 709).
    if !crate::builtins::has_hidden_locals(&frame) {
        if let Some(ns) = &f.namespace {
            return ns.to_value();
        }
        if f.code.obj.flags.0 & taipan_bytecode::CodeFlags::NEWLOCALS == 0 {
            return f.globals.to_value();
        }
    }
    // A new dict on every access, as CPython's proxies.
    Value::obj(Object::Dict(RefCell::new(
        crate::builtins::locals_snapshot(vm, &frame),
    )))
}

/// The builtins module's namespace (`f_builtins`).
fn builtins_dict(vm: &mut Vm) -> Value {
    match vm.import_module("builtins") {
        Ok(m) => match m.as_obj() {
            Some(Object::Module(m)) => m.dict.to_value(),
            _ => m,
        },
        Err(_) => Value::None,
    }
}

/// `repr(frame)`.
pub(crate) fn frame_repr(f: &FrameObj, addr: usize) -> String {
    let file = crate::format::repr(&Value::str(&*f.code.obj.filename)).unwrap_or_default();
    format!(
        "<frame at {addr:#x}, file {file}, line {}, code {}>",
        f.code.obj.position(f.unit).line,
        f.code.obj.name
    )
}

/// A snapshot of a running frame, with `back` as its caller.
fn snapshot(frame: &Frame, back: Value) -> Value {
    frame_value(FrameObj {
        code: frame.code.clone(),
        unit: frame.instr,
        globals: frame.globals.clone(),
        slots: frame.locals.clone(),
        namespace: frame.namespace.clone(),
        back,
    })
}

/// `sys._getframe(depth=0)`: the caller's frame, or the one `depth` calls
/// further out.
pub(crate) fn getframe(
    vm: &mut Vm,
    frame: Option<&Frame>,
    args: &[Value],
    kw: &[(Rc<str>, Value)],
) -> PyResult<Value> {
    if !kw.is_empty() {
        return Err(type_error("sys._getframe() takes no keyword arguments"));
    }
    let depth = match args {
        [] => 0,
        [Value::Int(i)] => *i,
        [Value::Bool(b)] => i64::from(*b),
        [v] => {
            return Err(type_error(format!(
                "'{}' object cannot be interpreted as an integer",
                type_name(v)
            )))
        }
        _ => {
            return Err(type_error(format!(
                "_getframe expected at most 1 argument, got {}",
                args.len()
            )))
        }
    };
    let Some(frame) = frame else {
        return Err(PyErr::msg(
            ExcKind::ValueError,
            "call stack is not deep enough",
        ));
    };
    let callers: Vec<&Frame> = vm.frames.iter().map(|f| &**f).collect();
    let total = callers.len() as i64 + 1;
    if depth >= total {
        return Err(PyErr::msg(
            ExcKind::ValueError,
            "call stack is not deep enough",
        ));
    }
    let mut back = Value::None;
    for caller in &callers {
        back = snapshot(caller, back);
    }
    let mut current = snapshot(frame, back);
    for _ in 0..depth.max(0) {
        let next = match current.as_obj() {
            Some(Object::Frame(f)) => f.back.clone(),
            _ => Value::None,
        };
        current = next;
    }
    Ok(current)
}
