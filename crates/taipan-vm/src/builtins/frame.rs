//! Builtins that read the caller's frame: `globals()`, `locals()`,
//! `vars()`, `dir()`, `exec`, `eval` (see `exec.rs`), registered as
//! `Object::FrameBuiltin`s so the interpreter hands them the running frame.

use std::rc::Rc;

use super::Kw;
use crate::dict::Dict;
use crate::exception::{type_error, ExcKind, PyResult};
use crate::frame::Frame;
use crate::value::{FrameBuiltin, FrameFn, Object, Value};
use crate::Vm;

/// Register the frame-reading builtins.
pub(crate) fn register(d: &mut Dict) {
    let functions: &[(&'static str, FrameFn)] = &[
        ("globals", globals),
        ("locals", locals),
        ("vars", vars),
        ("dir", dir),
        ("exec", exec),
        ("eval", eval),
        ("__build_class__", build_class),
    ];
    for &(name, func) in functions {
        d.set_str(
            &Rc::from(name),
            Value::obj(Object::FrameBuiltin(FrameBuiltin { name, func })),
        );
    }
}

/// `exec`, with the caller noted for `warnings` (the code runs nested).
fn exec(vm: &mut Vm, frame: Option<&Frame>, args: &[Value], kw: Kw) -> PyResult<Value> {
    match frame {
        Some(f) => vm.with_native_caller(f, |vm| super::exec::exec(vm, Some(f), args, kw)),
        None => super::exec::exec(vm, None, args, kw),
    }
}

/// `eval`, with the caller noted for `warnings`.
fn eval(vm: &mut Vm, frame: Option<&Frame>, args: &[Value], kw: Kw) -> PyResult<Value> {
    match frame {
        Some(f) => vm.with_native_caller(f, |vm| super::exec::eval(vm, Some(f), args, kw)),
        None => super::exec::eval(vm, None, args, kw),
    }
}

/// `__build_class__`, with the caller noted for `warnings` (the body,
/// `__init_subclass__` and metaclasses run nested).
fn build_class(vm: &mut Vm, frame: Option<&Frame>, args: &[Value], kw: Kw) -> PyResult<Value> {
    match frame {
        Some(f) => vm.with_native_caller(f, |vm| crate::classes::build_class(vm, args, kw)),
        None => crate::classes::build_class(vm, args, kw),
    }
}

/// `TypeError` unless no argument was given.
fn no_args(name: &str, args: &[Value], kw: Kw) -> PyResult<()> {
    if !kw.is_empty() {
        return Err(type_error(format!("{name}() takes no keyword arguments")));
    }
    if !args.is_empty() {
        return Err(type_error(format!(
            "{name}() takes no arguments ({} given)",
            args.len()
        )));
    }
    Ok(())
}

/// `globals()`: the module namespace itself.
fn globals(_: &mut Vm, frame: Option<&Frame>, args: &[Value], kw: Kw) -> PyResult<Value> {
    no_args("globals", args, kw)?;
    let frame = frame.ok_or_else(|| super::exec::no_frame("globals"))?;
    Ok(frame.globals.to_value())
}

/// `locals()` (PEP 667): the namespace of module code and class bodies,
/// a fresh snapshot of a function's variables.
fn locals(vm: &mut Vm, frame: Option<&Frame>, args: &[Value], kw: Kw) -> PyResult<Value> {
    no_args("locals", args, kw)?;
    let frame = frame.ok_or_else(|| super::exec::no_frame("locals"))?;
    Ok(locals_value(vm, frame))
}

/// What `locals()` returns in `frame`.
fn locals_value(vm: &mut Vm, frame: &Frame) -> Value {
    if has_hidden_locals(frame) {
        // Inside an inlined comprehension in module or class code
        // (PEP 709): a fresh dict of the frame's fast variables.
        return Value::obj(Object::Dict(std::cell::RefCell::new(locals_snapshot(
            vm, frame,
        ))));
    }
    if let Some(ns) = &frame.namespace {
        return ns.to_value();
    }
    if frame.code.obj.flags.0 & taipan_bytecode::CodeFlags::NEWLOCALS == 0 {
        return frame.globals.to_value();
    }
    Value::obj(Object::Dict(std::cell::RefCell::new(locals_snapshot(
        vm, frame,
    ))))
}

/// Whether module or class code is running an inlined comprehension: one
/// of its fast locals (all hidden, PEP 709) holds a value (a cell, a
/// non-empty one).
pub(crate) fn has_hidden_locals(frame: &Frame) -> bool {
    let obj = &frame.code.obj;
    if obj.flags.0 & taipan_bytecode::CodeFlags::OPTIMIZED != 0 {
        return false;
    }
    (0..obj.varnames.len()).any(|slot| match frame.locals.get(slot) {
        None | Some(Value::Null) => false,
        Some(Value::Obj(o)) if obj.cell_slots.contains(&(slot as u32)) => match &**o {
            Object::Cell(c) => !matches!(*c.borrow(), Value::Null),
            _ => true,
        },
        Some(_) => true,
    })
}

/// A function frame's bound variables by name, in slot order
/// (parameters and locals, cells, free variables), cells read through.
pub(crate) fn locals_snapshot(_: &mut Vm, frame: &Frame) -> Dict {
    let obj = &frame.code.obj;
    let nvars = obj.varnames.len();
    let mut names: Vec<(usize, &str, bool)> = obj
        .varnames
        .iter()
        .enumerate()
        .map(|(i, n)| (i, &**n, false))
        .collect();
    for (name, &slot) in obj.cellvars.iter().zip(&obj.cell_slots) {
        let slot = slot as usize;
        match names.iter_mut().find(|(i, ..)| *i == slot) {
            Some(entry) => entry.2 = true,
            None => names.push((slot, name, true)),
        }
    }
    let extra_cells = obj
        .cell_slots
        .iter()
        .filter(|&&s| s as usize >= nvars)
        .count();
    for (k, name) in obj.freevars.iter().enumerate() {
        names.push((nvars + extra_cells + k, name, true));
    }
    let mut d = Dict::new();
    for (slot, name, is_cell) in names {
        let value = match frame.locals.get(slot) {
            Some(Value::Obj(o)) if is_cell => match &**o {
                Object::Cell(c) => c.borrow().clone(),
                _ => Value::Obj(o.clone()),
            },
            Some(v) => v.clone(),
            None => Value::Null,
        };
        if !matches!(value, Value::Null) {
            d.set_str(&Rc::from(name), value);
        }
    }
    d
}

/// `vars()` (the caller's locals) or `vars(obj)` (`obj.__dict__`).
fn vars(vm: &mut Vm, frame: Option<&Frame>, args: &[Value], kw: Kw) -> PyResult<Value> {
    if !kw.is_empty() {
        return Err(type_error("vars() takes no keyword arguments"));
    }
    match args {
        [] => {
            let frame = frame.ok_or_else(|| super::exec::no_frame("vars"))?;
            Ok(locals_value(vm, frame))
        }
        [obj] => match vm.getattr(obj, "__dict__") {
            Ok(d) => Ok(d),
            Err(e) if e.kind().is_subclass(ExcKind::AttributeError) => {
                Err(type_error("vars() argument must have __dict__ attribute"))
            }
            Err(e) => Err(e),
        },
        _ => Err(type_error(format!(
            "vars expected at most 1 argument, got {}",
            args.len()
        ))),
    }
}

/// `dir()` (the caller's local names, sorted) or `dir(obj)`.
fn dir(vm: &mut Vm, frame: Option<&Frame>, args: &[Value], kw: Kw) -> PyResult<Value> {
    if !kw.is_empty() {
        return Err(type_error("dir() takes no keyword arguments"));
    }
    match args {
        [] => {
            let frame = frame.ok_or_else(|| super::exec::no_frame("dir"))?;
            let scope = locals_value(vm, frame);
            let names = match scope.as_obj() {
                Some(Object::Dict(d)) => d.borrow().iter().map(|(k, _)| k.clone()).collect(),
                _ => Vec::new(),
            };
            let names = crate::list_methods::sort_values(vm, names, None, false)?;
            Ok(Value::list(names))
        }
        [obj] => super::dir::dir_of(vm, obj),
        _ => Err(type_error(format!(
            "dir expected at most 1 argument, got {}",
            args.len()
        ))),
    }
}
