//! The methods of `asyncio` futures and tasks, and the loop primitives
//! the Python `asyncio` package (`lib/asyncio/`) builds on: futures made
//! from Python, `call_soon`/`call_at`, the loop clock, task lists.

use std::rc::Rc;

use crate::asyncio::{
    cancelled_with, future, future_result, is_done, new_future, Callback, FutState,
};
use crate::exception::{type_error, ExcKind, PyErr, PyResult};
use crate::value::{Builtin, NativeFn, Object, Value};
use crate::Vm;

type Kw<'a> = &'a [(Rc<str>, Value)];

/// The methods of futures and tasks.
pub(crate) const METHODS: &[(&str, NativeFn)] = &[
    ("done", fut_done),
    ("result", fut_result),
    ("exception", fut_exception),
    ("cancel", fut_cancel),
    ("cancelled", fut_cancelled),
    ("get_name", task_get_name),
    ("set_name", task_set_name),
    ("get_coro", task_get_coro),
    ("cancelling", task_cancelling),
    ("uncancel", task_uncancel),
    ("add_done_callback", fut_add_done_callback),
    ("remove_done_callback", fut_remove_done_callback),
    ("set_result", fut_set_result),
    ("set_exception", fut_set_exception),
];

fn this(args: &[Value]) -> PyResult<&Value> {
    args.first()
        .filter(|v| future(v).is_some())
        .ok_or_else(|| type_error("descriptor requires a 'Future' object"))
}

fn fut_done(_: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    Ok(Value::Bool(is_done(this(args)?)))
}

fn fut_result(_: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    future_result(this(args)?)
}

fn fut_exception(_: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    let f = this(args)?;
    match future(f).map(|x| x.state.borrow().clone()) {
        Some(FutState::Exception(e)) => Ok(e),
        Some(FutState::Result(_)) => Ok(Value::None),
        Some(FutState::Cancelled) => Err(future(f).map_or_else(
            || PyErr::new(ExcKind::CancelledError, Vec::new()),
            cancelled_with,
        )),
        _ => Err(PyErr::msg(
            ExcKind::InvalidStateError,
            "Exception is not set.",
        )),
    }
}

fn fut_cancel(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let f = this(args)?.clone();
    let msg = match kw.iter().find(|(k, _)| &**k == "msg") {
        Some((_, v)) => v.clone(),
        None => args.get(1).cloned().unwrap_or(Value::None),
    };
    Ok(Value::Bool(vm.cancel_with(&f, msg)))
}

fn fut_cancelled(_: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    let f = this(args)?;
    let cancelled = future(f).is_some_and(|x| matches!(*x.state.borrow(), FutState::Cancelled));
    Ok(Value::Bool(cancelled))
}

fn task_get_name(_: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    let f = this(args)?;
    match future(f).and_then(|x| x.task.as_ref()) {
        Some(t) => Ok(Value::str(t.name.borrow().as_str())),
        None => Err(PyErr::msg(
            ExcKind::AttributeError,
            "'Future' object has no attribute 'get_name'",
        )),
    }
}

fn fut_add_done_callback(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    let f = this(args)?.clone();
    let Some(func) = args.get(1).cloned() else {
        return Err(type_error(
            "add_done_callback() takes exactly one argument (0 given)",
        ));
    };
    vm.add_callback(&f, Callback::Python(func, f.clone()));
    Ok(Value::None)
}

/// The task parts of a task method's `self`.
fn task_of(args: &[Value], method: &str) -> PyResult<&'static str> {
    let f = this(args)?;
    match future(f).and_then(|x| x.task.as_ref()) {
        Some(_) => Ok("Task"),
        None => Err(PyErr::msg(
            ExcKind::AttributeError,
            format!("'Future' object has no attribute '{method}'"),
        )),
    }
}

fn task_set_name(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    task_of(args, "set_name")?;
    let name = vm.str_of(args.get(1).unwrap_or(&Value::None))?;
    if let Some(t) = future(&args[0]).and_then(|x| x.task.as_ref()) {
        *t.name.borrow_mut() = name;
    }
    Ok(Value::None)
}

fn task_get_coro(_: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    task_of(args, "get_coro")?;
    Ok(future(&args[0])
        .and_then(|x| x.task.as_ref())
        .map_or(Value::None, |t| t.coro.clone()))
}

fn task_cancelling(_: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    task_of(args, "cancelling")?;
    let n = future(&args[0])
        .and_then(|x| x.task.as_ref())
        .map_or(0, |t| t.cancel_requests.get());
    Ok(Value::Int(n as i64))
}

/// `task.uncancel()`: one cancellation request fewer; none left clears
/// a pending cancellation.
fn task_uncancel(_: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    task_of(args, "uncancel")?;
    let Some(t) = future(&args[0]).and_then(|x| x.task.as_ref()) else {
        return Ok(Value::Int(0));
    };
    let n = t.cancel_requests.get().saturating_sub(1);
    t.cancel_requests.set(n);
    if n == 0 {
        t.must_cancel.set(false);
    }
    Ok(Value::Int(n as i64))
}

/// `future.remove_done_callback(fn)`: how many were removed.
fn fut_remove_done_callback(_: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    let f = this(args)?;
    let func = args.get(1).cloned().unwrap_or(Value::None);
    let Some(obj) = future(f) else {
        return Ok(Value::Int(0));
    };
    let mut callbacks = obj.callbacks.borrow_mut();
    let before = callbacks.len();
    callbacks.retain(|cb| !matches!(cb, Callback::Python(g, _) if g.is(&func)));
    Ok(Value::Int((before - callbacks.len()) as i64))
}

/// `InvalidStateError` unless the future `f` is pending.
fn check_pending(f: &Value) -> PyResult<()> {
    if is_done(f) {
        return Err(PyErr::msg(ExcKind::InvalidStateError, "invalid state"));
    }
    Ok(())
}

fn fut_set_result(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    let f = this(args)?.clone();
    check_pending(&f)?;
    let value = args.get(1).cloned().unwrap_or(Value::None);
    vm.finish(&f, FutState::Result(value));
    Ok(Value::None)
}

fn fut_set_exception(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    let f = this(args)?.clone();
    check_pending(&f)?;
    let exc = crate::generator::throw_arg(vm, args.get(1..).unwrap_or_default(), "set_exception")?;
    if let Some(Object::Exception(e)) = exc.as_obj() {
        if e.kind.is_subclass(ExcKind::StopIteration) {
            return Err(type_error(
                "StopIteration interacts badly with generators and cannot be raised into a Future",
            ));
        }
    }
    vm.finish(&f, FutState::Exception(exc));
    Ok(Value::None)
}

/// The loop primitives of `_asyncio`.
pub(crate) fn module_entries() -> Vec<(&'static str, Value)> {
    let functions: [(&'static str, NativeFn); 7] = [
        ("_new_future", new_future_fn),
        ("_call_soon", call_soon_fn),
        ("_call_at", call_at_fn),
        ("_time", time_fn),
        ("_running", running_fn),
        ("_all_tasks", all_tasks_fn),
        ("_kind", kind_fn),
    ];
    let mut out: Vec<(&'static str, Value)> = functions
        .into_iter()
        .map(|(name, func)| (name, Value::obj(Object::Builtin(Builtin { name, func }))))
        .collect();
    out.push((
        "_deprecated",
        Value::obj(Object::FrameBuiltin(crate::value::FrameBuiltin {
            name: "_deprecated",
            func: crate::coro_warn::deprecated,
        })),
    ));
    out
}

/// `_new_future()`: a pending future.
fn new_future_fn(_: &mut Vm, _: &[Value], _: Kw) -> PyResult<Value> {
    Ok(new_future(None, None))
}

/// `_call_soon(fn, args)`: schedule `fn(*args)`.
fn call_soon_fn(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    let (func, rest) = callback_args(vm, args, 0)?;
    vm.event_loop()?;
    vm.call_soon(Callback::Call(func, rest));
    Ok(Value::None)
}

/// `_call_at(when, fn, args)`: schedule `fn(*args)` at loop time `when`.
fn call_at_fn(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    let when = match args.first() {
        Some(Value::Int(i)) => *i as f64,
        Some(Value::Float(f)) => *f,
        _ => return Err(type_error("_call_at() needs a number")),
    };
    let (func, rest) = callback_args(vm, args, 1)?;
    let l = vm.event_loop()?;
    l.seq += 1;
    let seq = l.seq;
    l.timers.push((when, seq, Callback::Call(func, rest)));
    Ok(Value::None)
}

/// The callable at `args[at]` and the items of the tuple after it.
fn callback_args(vm: &mut Vm, args: &[Value], at: usize) -> PyResult<(Value, Vec<Value>)> {
    let func = args
        .get(at)
        .cloned()
        .ok_or_else(|| type_error("missing callback"))?;
    let rest = match args.get(at + 1) {
        Some(t) => vm.collect_iterable(t)?,
        None => Vec::new(),
    };
    Ok((func, rest))
}

/// `_time()`: the loop's clock.
fn time_fn(vm: &mut Vm, _: &[Value], _: Kw) -> PyResult<Value> {
    Ok(Value::Float(vm.event_loop()?.time()))
}

/// `_running()`: whether a loop runs (else `RuntimeError`).
fn running_fn(vm: &mut Vm, _: &[Value], _: Kw) -> PyResult<Value> {
    vm.event_loop()?;
    Ok(Value::None)
}

/// `_all_tasks()`: the tasks not done yet, as a list.
fn all_tasks_fn(vm: &mut Vm, _: &[Value], _: Kw) -> PyResult<Value> {
    let tasks: Vec<Value> = vm
        .event_loop()?
        .tasks
        .iter()
        .filter(|t| !is_done(t))
        .cloned()
        .collect();
    Ok(Value::list(tasks))
}

/// `_kind(v)`: `'Task'`, `'Future'` or `None` (for `isinstance`).
fn kind_fn(_: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    Ok(match args.first().and_then(future) {
        Some(f) if f.task.is_some() => Value::str("Task"),
        Some(_) => Value::str("Future"),
        None => Value::None,
    })
}
