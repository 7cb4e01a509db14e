//! The `gc` module: the Python interface of the cycle collector (`gc.rs`).

use std::rc::Rc;

use crate::exception::{type_error, value_error, PyResult};
use crate::types::type_name;
use crate::value::{Builtin, NativeFn, Object, Value};
use crate::Vm;

type Kw<'a> = &'a [(Rc<str>, Value)];

/// The namespace of module `gc`.
pub(crate) fn module_dict(d: &mut crate::dict::Dict) {
    let functions: [(&'static str, NativeFn); 13] = [
        ("collect", gc_collect),
        ("enable", gc_enable),
        ("disable", gc_disable),
        ("isenabled", gc_isenabled),
        ("get_count", gc_get_count),
        ("get_threshold", gc_get_threshold),
        ("set_threshold", gc_set_threshold),
        ("is_tracked", gc_is_tracked),
        ("is_finalized", gc_is_finalized),
        ("freeze", gc_nothing),
        ("unfreeze", gc_nothing),
        ("get_freeze_count", gc_zero),
        ("get_debug", gc_zero),
    ];
    for (name, func) in functions {
        d.set_str(
            &Rc::from(name),
            Value::obj(Object::Builtin(Builtin { name, func })),
        );
    }
    d.set_str(&Rc::from("garbage"), Value::list(Vec::new()));
    d.set_str(&Rc::from("callbacks"), Value::list(Vec::new()));
    for (name, bit) in [
        ("DEBUG_STATS", 1),
        ("DEBUG_COLLECTABLE", 2),
        ("DEBUG_UNCOLLECTABLE", 4),
        ("DEBUG_SAVEALL", 32),
        ("DEBUG_LEAK", 38),
    ] {
        d.set_str(&Rc::from(name), Value::Int(bit));
    }
}

/// An int argument, with CPython's message for other types.
fn int_arg(v: &Value) -> PyResult<i64> {
    match v {
        Value::Int(i) => Ok(*i),
        Value::Bool(b) => Ok(i64::from(*b)),
        _ => Err(type_error(format!(
            "'{}' object cannot be interpreted as an integer",
            type_name(v)
        ))),
    }
}

/// Reject any argument (`gc.enable()` and friends take none).
fn no_args(name: &str, args: &[Value], kwargs: Kw) -> PyResult<()> {
    if !kwargs.is_empty() {
        return Err(type_error(format!(
            "gc.{name}() takes no keyword arguments"
        )));
    }
    if !args.is_empty() {
        return Err(type_error(format!(
            "gc.{name}() takes no arguments ({} given)",
            args.len()
        )));
    }
    Ok(())
}

/// `gc.collect(generation=2)`.
fn gc_collect(vm: &mut Vm, args: &[Value], kwargs: Kw) -> PyResult<Value> {
    let generation = match (args, kwargs) {
        ([], []) => 2,
        ([g], []) => int_arg(g)?,
        ([], [(k, g)]) if &**k == "generation" => int_arg(g)?,
        ([], [(k, _)]) => {
            return Err(type_error(format!(
                "collect() got an unexpected keyword argument '{k}'"
            )))
        }
        _ => {
            return Err(type_error(format!(
                "collect() takes at most 1 argument ({} given)",
                args.len() + kwargs.len()
            )))
        }
    };
    if !(0..=2).contains(&generation) {
        return Err(value_error("invalid generation"));
    }
    let found = vm.gc_collect(if generation == 2 { 2 } else { 0 });
    Ok(Value::Int(found as i64))
}

fn gc_enable(_: &mut Vm, args: &[Value], kwargs: Kw) -> PyResult<Value> {
    no_args("enable", args, kwargs)?;
    crate::gc::set_enabled(true);
    Ok(Value::None)
}

fn gc_disable(_: &mut Vm, args: &[Value], kwargs: Kw) -> PyResult<Value> {
    no_args("disable", args, kwargs)?;
    crate::gc::set_enabled(false);
    Ok(Value::None)
}

fn gc_isenabled(_: &mut Vm, args: &[Value], kwargs: Kw) -> PyResult<Value> {
    no_args("isenabled", args, kwargs)?;
    Ok(Value::Bool(crate::gc::is_enabled()))
}

fn triple(t: (usize, usize, usize)) -> Value {
    Value::tuple(vec![
        Value::Int(t.0 as i64),
        Value::Int(t.1 as i64),
        Value::Int(t.2 as i64),
    ])
}

fn gc_get_count(_: &mut Vm, args: &[Value], kwargs: Kw) -> PyResult<Value> {
    no_args("get_count", args, kwargs)?;
    Ok(triple(crate::gc::counts()))
}

fn gc_get_threshold(_: &mut Vm, args: &[Value], kwargs: Kw) -> PyResult<Value> {
    no_args("get_threshold", args, kwargs)?;
    Ok(triple(crate::gc::thresholds()))
}

/// `gc.set_threshold(threshold0[, threshold1[, threshold2]])` (the third
/// is ignored, as in CPython 3.14).
fn gc_set_threshold(_: &mut Vm, args: &[Value], kwargs: Kw) -> PyResult<Value> {
    if !kwargs.is_empty() {
        return Err(type_error("set_threshold() takes no keyword arguments"));
    }
    if args.is_empty() || args.len() > 3 {
        return Err(type_error("gc.set_threshold requires 1 to 3 arguments"));
    }
    let mut t = crate::gc::thresholds();
    let values: Vec<i64> = args.iter().map(int_arg).collect::<PyResult<_>>()?;
    t.0 = values[0].max(0) as usize;
    if let Some(&v) = values.get(1) {
        t.1 = v.max(0) as usize;
    }
    crate::gc::set_thresholds(t);
    Ok(Value::None)
}

/// `gc.is_tracked(obj)`, answering by CPython's rules (atomic values and
/// the empty tuple are not tracked, containers are).
fn gc_is_tracked(_: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    let [v] = args else {
        return Err(type_error(format!(
            "gc.is_tracked() takes exactly one argument ({} given)",
            args.len()
        )));
    };
    let tracked = match v.as_obj() {
        None => false,
        Some(o) => match o {
            Object::Tuple(items) => !items.is_empty(),
            Object::Builtin(_) | Object::BoundMethod(..) | Object::Slice(..) => true,
            Object::FrameBuiltin(_) => true,
            Object::Type(_) | Object::Range(..) | Object::BigRange(_) | Object::Code(_) => false,
            o => crate::gc::is_container(o),
        },
    };
    Ok(Value::Bool(tracked))
}

/// `gc.is_finalized(obj)`.
fn gc_is_finalized(_: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    let [v] = args else {
        return Err(type_error(format!(
            "gc.is_finalized() takes exactly one argument ({} given)",
            args.len()
        )));
    };
    Ok(Value::Bool(crate::gc::is_finalized(v)))
}

fn gc_nothing(_: &mut Vm, _: &[Value], _: Kw) -> PyResult<Value> {
    Ok(Value::None)
}

fn gc_zero(_: &mut Vm, _: &[Value], _: Kw) -> PyResult<Value> {
    Ok(Value::Int(0))
}
