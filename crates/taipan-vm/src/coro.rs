//! Awaiting: `GET_AWAITABLE`, `async for` (`GET_AITER`, `GET_ANEXT`,
//! `END_ASYNC_FOR`) and the native awaitables.
//!
//! A coroutine is a generator object of kind `Coroutine`; `await` drives
//! it with the `SEND` loop. Native awaitables ([`AwaitableObj`]) answer
//! the same `send`/`throw` protocol: the iterator of `await future`, the
//! awaitable an async generator's `__anext__()` returns, and the futures
//! and tasks of the native `asyncio` (`asyncio.rs`).
//!
//! An async generator's frame yields for two reasons: a plain `yield v`
//! (`YIELD_VALUE 0`: `v` goes to the `async for`) and an `await` inside
//! it (`YIELD_VALUE 1`: the awaited future goes up to the event loop).
//! The `__anext__` awaitable tells them apart by that operand.

use std::cell::{Cell, RefCell};

use crate::asyncio::FutureObj;
use crate::exception::{type_error, ExcKind, PyErr, PyResult};
use crate::frame::Frame;
use crate::generator::{as_generator, new_exception, raising, GenKind, GenState, Step};
use crate::types::type_name;
use crate::value::{Object, Value};
use crate::Vm;

/// A native awaitable object.
#[derive(Debug)]
pub enum AwaitableObj {
    /// An `asyncio` future or task.
    Future(Box<FutureObj>),
    /// The iterator of `await future`: yields the future until it is done.
    FutureIter {
        /// The future awaited.
        future: Value,
        /// Whether it yielded the future already.
        yielded: Cell<bool>,
    },
    /// `asyncio.sleep(delay, result)`.
    Sleep {
        /// Seconds.
        delay: f64,
        /// What the sleep returns.
        result: Value,
        /// Started: the timer's future (`None` for a zero delay).
        started: RefCell<Option<Value>>,
    },
    /// `agen.athrow(exc)` / `agen.aclose()` (`exc` is `None`): throws
    /// `exc` (or `GeneratorExit`) in when first sent to.
    AThrow {
        /// The async generator.
        agen: Value,
        /// The exception to throw; `None` for `aclose()`.
        exc: Option<Value>,
        /// 0 before the throw, 1 while it runs, 2 when finished.
        state: Cell<u8>,
    },
    /// `anext(it, default)`: the awaitable of `it.__anext__()`, ending
    /// with `default` instead of `StopAsyncIteration`.
    ANext {
        /// What `__anext__()` gave, as an awaitable iterator.
        inner: Value,
        /// The value for an exhausted iterator.
        default: Value,
    },
    /// `agen.__anext__()` / `agen.asend(value)`.
    ASend {
        /// The async generator.
        agen: Value,
        /// The value to send first; `None` once sent.
        value: RefCell<Option<Value>>,
    },
}

impl AwaitableObj {
    /// The type name.
    pub fn type_name(&self) -> &'static str {
        match self {
            AwaitableObj::Future(f) if f.task.is_some() => "Task",
            AwaitableObj::Future(f) if f.gather.is_some() => "_GatheringFuture",
            AwaitableObj::Future(_) => "Future",
            AwaitableObj::FutureIter { .. } => "FutureIter",
            AwaitableObj::Sleep { .. } => "coroutine",
            AwaitableObj::ASend { .. } => "async_generator_asend",
            AwaitableObj::AThrow { .. } => "async_generator_athrow",
            AwaitableObj::ANext { .. } => "anext_awaitable",
        }
    }
}

/// The native awaitable of `v`, if it is one.
pub(crate) fn as_awaitable(v: &Value) -> Option<&AwaitableObj> {
    match v.as_obj() {
        Some(Object::Awaitable(a)) => Some(a),
        _ => None,
    }
}

/// Whether the suspended generator `g` last yielded from a `yield from`
/// or `await` (`YIELD_VALUE 1`) rather than a plain `yield`.
fn yielded_by_await(g: &crate::generator::GeneratorObj) -> bool {
    let state = g.state.borrow();
    let GenState::Suspended(frame) = &*state else {
        return false;
    };
    frame.code.obj.code.get(frame.instr * 2 + 1) == Some(&1)
}

impl Vm<'_> {
    /// `send(value)` to a native awaitable.
    pub(crate) fn awaitable_send(&mut self, a: &AwaitableObj, value: Value) -> PyResult<Step> {
        match a {
            AwaitableObj::Future(_) => Err(type_error("'Future' object is not an iterator")),
            AwaitableObj::FutureIter { future, yielded } => {
                if !crate::asyncio::is_done(future) {
                    if yielded.replace(true) {
                        return Err(PyErr::msg(
                            ExcKind::RuntimeError,
                            "await wasn't used with future",
                        ));
                    }
                    return Ok(Step::Yield(future.clone()));
                }
                crate::asyncio::future_result(future).map(Step::Return)
            }
            AwaitableObj::Sleep {
                delay,
                result,
                started,
            } => {
                let timer = started.borrow().clone();
                match timer {
                    None if *delay <= 0.0 => {
                        *started.borrow_mut() = Some(Value::None);
                        Ok(Step::Yield(Value::None))
                    }
                    None => {
                        let fut = crate::asyncio::sleep_future(self, *delay, result.clone())?;
                        *started.borrow_mut() = Some(fut.clone());
                        Ok(Step::Yield(fut))
                    }
                    Some(Value::None) => Ok(Step::Return(result.clone())),
                    Some(fut) if crate::asyncio::is_done(&fut) => {
                        crate::asyncio::future_result(&fut).map(Step::Return)
                    }
                    Some(fut) => Ok(Step::Yield(fut)),
                }
            }
            AwaitableObj::ASend { agen, value: first } => {
                let Some(g) = as_generator(agen) else {
                    return Err(type_error("not an async generator"));
                };
                let value = first.borrow_mut().take().unwrap_or(value);
                let step = self.gen_send(g, value);
                self.asend_result(g, step)
            }
            AwaitableObj::ANext { inner, default } => {
                let step = self.send_to(inner, value);
                anext_result(step, default)
            }
            AwaitableObj::AThrow { agen, exc, state } => {
                let Some(g) = as_generator(agen) else {
                    return Err(type_error("not an async generator"));
                };
                let step = match state.get() {
                    2 => return Err(reuse_error()),
                    1 => self.gen_send(g, value),
                    _ if matches!(*g.state.borrow(), GenState::Finished) => {
                        state.set(2);
                        return Ok(Step::Return(Value::None));
                    }
                    _ => {
                        state.set(1);
                        let thrown = exc
                            .clone()
                            .unwrap_or_else(|| new_exception(ExcKind::GeneratorExit, Vec::new()));
                        self.gen_throw(g, thrown)
                    }
                };
                athrow_result(g, exc.is_none(), state, step)
            }
        }
    }

    /// `throw(exc)` into a native awaitable.
    pub(crate) fn awaitable_throw(&mut self, a: &AwaitableObj, exc: Value) -> PyResult<Step> {
        match a {
            AwaitableObj::ASend { agen, value } => {
                let Some(g) = as_generator(agen) else {
                    return Err(raising(exc));
                };
                value.borrow_mut().take();
                let step = self.gen_throw(g, exc);
                self.asend_result(g, step)
            }
            AwaitableObj::AThrow {
                agen,
                exc: thrown,
                state,
            } if state.get() != 2 => {
                let Some(g) = as_generator(agen) else {
                    return Err(raising(exc));
                };
                state.set(1);
                let step = self.gen_throw(g, exc);
                athrow_result(g, thrown.is_none(), state, step)
            }
            AwaitableObj::AThrow { .. } => Err(reuse_error()),
            AwaitableObj::ANext { inner, default } => {
                let step = self.throw_to(inner, exc);
                anext_result(step, default)
            }
            _ => Err(raising(exc)),
        }
    }

    /// What the `__anext__` awaitable gives for a step of its async
    /// generator: awaited futures go up; a yielded value ends the await
    /// (`StopIteration(value)`); returning ends the iteration.
    fn asend_result(
        &mut self,
        g: &crate::generator::GeneratorObj,
        step: PyResult<Step>,
    ) -> PyResult<Step> {
        match step? {
            Step::Yield(v) if yielded_by_await(g) => Ok(Step::Yield(v)),
            Step::Yield(v) => Ok(Step::Return(v)),
            Step::Return(_) => Err(PyErr::new(ExcKind::StopAsyncIteration, Vec::new())),
        }
    }

    /// `GET_AWAITABLE`: the iterator `await v` drives.
    pub(crate) fn get_awaitable(&mut self, v: Value, kind: u32) -> PyResult<Value> {
        match v.as_obj() {
            Some(Object::Generator(g)) if g.kind == GenKind::Coroutine => return Ok(v),
            Some(Object::Awaitable(AwaitableObj::Future(_))) => {
                return Ok(Value::obj(Object::Awaitable(AwaitableObj::FutureIter {
                    future: v.clone(),
                    yielded: Cell::new(false),
                })))
            }
            Some(Object::Awaitable(_)) => return Ok(v),
            _ => {}
        }
        if crate::dunder::is_user(&v) {
            if let Some(r) = self.call_method_by_name(&v, "__await__", Vec::new()) {
                let it = r?;
                return match it.as_obj() {
                    Some(Object::Generator(g)) if g.kind == GenKind::Coroutine => {
                        Err(type_error("__await__() returned a coroutine"))
                    }
                    Some(Object::Generator(_) | Object::Iter(_) | Object::Awaitable(_)) => Ok(it),
                    _ if crate::dunder::is_user(&it) => Ok(it),
                    _ => Err(type_error(format!(
                        "__await__() returned non-iterator of type '{}'",
                        type_name(&it)
                    ))),
                };
            }
        }
        let name = type_name(&v);
        Err(type_error(match kind {
            1 => format!(
                "'async with' received an object from __aenter__ that does not implement __await__: {name}"
            ),
            2 => format!(
                "'async with' received an object from __aexit__ that does not implement __await__: {name}"
            ),
            _ => format!("'{name}' object can't be awaited"),
        }))
    }

    /// The instructions of `async for`.
    pub(crate) fn async_for_op(
        &mut self,
        frame: &mut Frame,
        op: taipan_bytecode::Opcode,
    ) -> PyResult<()> {
        use taipan_bytecode::Opcode;
        match op {
            Opcode::GetAiter => {
                let v = frame.pop();
                let it = self.get_aiter(v)?;
                frame.push(it);
            }
            Opcode::GetAnext => {
                let it = frame.peek(0).clone();
                let awaitable = self.get_anext(&it)?;
                frame.push(awaitable);
            }
            _ => {
                // END_ASYNC_FOR
                let exc = frame.pop();
                frame.pop();
                let ends = matches!(exc.as_obj(), Some(Object::Exception(e))
                    if e.kind.is_subclass(ExcKind::StopAsyncIteration));
                if !ends {
                    return Err(PyErr::reraise(exc));
                }
            }
        }
        Ok(())
    }

    /// `GET_AITER`: `v.__aiter__()`.
    pub(crate) fn get_aiter(&mut self, v: Value) -> PyResult<Value> {
        if matches!(as_generator(&v), Some(g) if g.kind == GenKind::AsyncGenerator) {
            return Ok(v);
        }
        let it = if crate::dunder::is_user(&v) {
            self.call_method_by_name(&v, "__aiter__", Vec::new())
        } else {
            None
        };
        let Some(it) = it else {
            return Err(type_error(format!(
                "'async for' requires an object with __aiter__ method, got {}",
                type_name(&v)
            )));
        };
        let it = it?;
        let has_anext = matches!(as_generator(&it), Some(g) if g.kind == GenKind::AsyncGenerator)
            || self.getattr(&it, "__anext__").is_ok();
        if !has_anext {
            return Err(type_error(format!(
                "'async for' received an object from __aiter__ that does not implement __anext__: {}",
                type_name(&it)
            )));
        }
        Ok(it)
    }

    /// `GET_ANEXT`: the awaitable of `it.__anext__()`.
    pub(crate) fn get_anext(&mut self, it: &Value) -> PyResult<Value> {
        if matches!(as_generator(it), Some(g) if g.kind == GenKind::AsyncGenerator) {
            return Ok(asend(it.clone(), Value::None));
        }
        let r = match self.call_method_by_name(it, "__anext__", Vec::new()) {
            Some(r) => r?,
            None => {
                return Err(type_error(format!(
                    "'async for' requires an iterator with __anext__ method, got {}",
                    type_name(it)
                )))
            }
        };
        self.get_awaitable(r.clone(), 0).map_err(|_| {
            type_error(format!(
                "'async for' received an invalid object from __anext__: {}",
                type_name(&r)
            ))
        })
    }
}

/// What `anext(it, default)` gives for a step: `default` when the
/// iterator is exhausted.
fn anext_result(step: PyResult<Step>, default: &Value) -> PyResult<Step> {
    match step {
        Err(e) if e.kind().is_subclass(ExcKind::StopAsyncIteration) => {
            Ok(Step::Return(default.clone()))
        }
        other => other,
    }
}

/// `anext(aiterator[, default])`.
pub(crate) fn anext_builtin(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    let (it, default) = match args {
        [it] => (it, None),
        [it, default] => (it, Some(default.clone())),
        _ => {
            return Err(type_error(format!(
                "anext expected at least 1 argument, got {}",
                args.len()
            )))
        }
    };
    let is_agen = matches!(as_generator(it), Some(g) if g.kind == GenKind::AsyncGenerator);
    if !is_agen && (!crate::dunder::is_user(it) || vm.getattr(it, "__anext__").is_err()) {
        return Err(type_error(format!(
            "'{}' object is not an async iterator",
            type_name(it)
        )));
    }
    let awaitable = vm.get_anext(it)?;
    let Some(default) = default else {
        return Ok(awaitable);
    };
    let inner = vm.get_awaitable(awaitable, 0)?;
    Ok(Value::obj(Object::Awaitable(AwaitableObj::ANext {
        inner,
        default,
    })))
}

/// `aiter(async_iterable)`.
pub(crate) fn aiter_builtin(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    let [v] = args else {
        return Err(type_error(format!(
            "aiter() takes exactly one argument ({} given)",
            args.len()
        )));
    };
    let is_agen = matches!(as_generator(v), Some(g) if g.kind == GenKind::AsyncGenerator);
    if !is_agen && (!crate::dunder::is_user(v) || vm.getattr(v, "__aiter__").is_err()) {
        return Err(type_error(format!(
            "'{}' object is not an async iterable",
            type_name(v)
        )));
    }
    vm.get_aiter(v.clone())
}

/// `RuntimeError` for an `athrow()`/`aclose()` awaited twice.
fn reuse_error() -> Box<PyErr> {
    PyErr::msg(
        ExcKind::RuntimeError,
        "cannot reuse already awaited aclose()/athrow()",
    )
}

/// What `athrow()` (`close`: `aclose()`) gives for a step of its async
/// generator: awaited futures go up; a yielded value ends `athrow` with
/// it and makes `aclose` fail; the generator ending ends `aclose`
/// quietly and `athrow` with `StopAsyncIteration`.
fn athrow_result(
    g: &crate::generator::GeneratorObj,
    close: bool,
    state: &Cell<u8>,
    step: PyResult<Step>,
) -> PyResult<Step> {
    if let Ok(Step::Yield(v)) = &step {
        if yielded_by_await(g) {
            return Ok(Step::Yield(v.clone()));
        }
    }
    state.set(2);
    match step {
        Ok(Step::Yield(_)) if close => Err(PyErr::msg(
            ExcKind::RuntimeError,
            "async generator ignored GeneratorExit",
        )),
        Ok(Step::Yield(v)) => Ok(Step::Return(v)),
        Ok(Step::Return(_)) if close => Ok(Step::Return(Value::None)),
        Ok(Step::Return(_)) => Err(PyErr::new(ExcKind::StopAsyncIteration, Vec::new())),
        Err(e)
            if close
                && matches!(
                    e.kind(),
                    ExcKind::GeneratorExit | ExcKind::StopAsyncIteration
                ) =>
        {
            Ok(Step::Return(Value::None))
        }
        Err(e) => Err(e),
    }
}

type Kw<'a> = &'a [(std::rc::Rc<str>, Value)];

/// `agen.__anext__()`.
pub(crate) fn agen_anext(_: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    let agen = async_gen_arg(args, "__anext__")?;
    Ok(asend(agen, Value::None))
}

/// `agen.asend(value)`.
pub(crate) fn agen_asend(_: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    let agen = async_gen_arg(args, "asend")?;
    Ok(asend(agen, args.get(1).cloned().unwrap_or(Value::None)))
}

/// `agen.aclose()`.
pub(crate) fn agen_aclose(_: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    let agen = async_gen_arg(args, "aclose")?;
    Ok(athrow(agen, None))
}

/// `agen.athrow(exc)` (or the deprecated `athrow(typ, val, tb)`).
pub(crate) fn agen_athrow(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    let agen = async_gen_arg(args, "athrow")?;
    let exc = crate::generator::throw_arg(vm, args.get(1..).unwrap_or_default(), "athrow")?;
    Ok(athrow(agen, Some(exc)))
}

/// The awaitable of `athrow`/`aclose`.
pub(crate) fn athrow(agen: Value, exc: Option<Value>) -> Value {
    Value::obj(Object::Awaitable(AwaitableObj::AThrow {
        agen,
        exc,
        state: Cell::new(0),
    }))
}

/// The async generator a method was called on.
fn async_gen_arg(args: &[Value], name: &str) -> PyResult<Value> {
    match args.first() {
        Some(v) if matches!(as_generator(v), Some(g) if g.kind == GenKind::AsyncGenerator) => {
            Ok(v.clone())
        }
        Some(v) => Err(PyErr::msg(
            ExcKind::AttributeError,
            format!("'{}' object has no attribute '{name}'", type_name(v)),
        )),
        None => Err(type_error("missing self")),
    }
}

/// The awaitable of `agen.asend(value)` (`__anext__` sends `None`).
pub(crate) fn asend(agen: Value, value: Value) -> Value {
    Value::obj(Object::Awaitable(AwaitableObj::ASend {
        agen,
        value: RefCell::new(Some(value)),
    }))
}

/// The methods of the native awaitables other than futures (`send`,
/// `throw`, `close`: the coroutine protocol).
pub(crate) const METHODS: &[(&str, crate::value::NativeFn)] =
    &[("send", aw_send), ("throw", aw_throw), ("close", aw_close)];

/// The awaitable a method was called on.
fn aw_this(args: &[Value]) -> PyResult<&AwaitableObj> {
    args.first()
        .and_then(as_awaitable)
        .ok_or_else(|| type_error("descriptor requires an awaitable"))
}

/// What a step gives to the caller of `send`/`throw`.
fn aw_step(step: Step) -> PyResult<Value> {
    match step {
        Step::Yield(v) => Ok(v),
        Step::Return(Value::None) => Err(PyErr::new(ExcKind::StopIteration, Vec::new())),
        Step::Return(v) => Err(PyErr::new(ExcKind::StopIteration, vec![v])),
    }
}

fn aw_send(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    let a = aw_this(args)?;
    let value = args.get(1).cloned().unwrap_or(Value::None);
    let step = vm.awaitable_send(a, value)?;
    aw_step(step)
}

fn aw_throw(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    let a = aw_this(args)?;
    let exc = crate::generator::throw_arg(vm, args.get(1..).unwrap_or_default(), "throw")?;
    let step = vm.awaitable_throw(a, exc)?;
    aw_step(step)
}

fn aw_close(_: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    match aw_this(args)? {
        AwaitableObj::AThrow { state, .. } => state.set(2),
        AwaitableObj::ASend { value, .. } => {
            value.borrow_mut().take();
        }
        _ => {}
    }
    Ok(Value::None)
}
