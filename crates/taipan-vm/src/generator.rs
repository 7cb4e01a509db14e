//! Generators and coroutines: a generator is a suspended frame.
//!
//! Calling a generator function (or an `async def` function) binds its
//! frame as usual but, instead of running it, wraps it in a generator
//! object. Each `send()` (`next()` sends `None`) resumes the frame in a
//! nested run until it yields (`YIELD_VALUE` hands the frame back,
//! suspended) or returns (the generator is then exhausted). `throw()`
//! resumes it by raising the exception where it stands. Since frames are
//! plain data, suspension costs nothing more than moving the frame in and
//! out of the object.
//!
//! `yield from` and `await` compile to CPython's `SEND` loop; a frame
//! suspended at its `YIELD_VALUE 1` delegates: `throw()` and `close()` go
//! to the sub-iterator (on top of the frame's stack) first.

use std::cell::RefCell;

use taipan_bytecode::{CodeFlags, Opcode};

use crate::exception::{type_error, value_error, ExcKind, ExceptionObj, PyErr, PyResult};
use crate::frame::{Frame, FrameBox};
use crate::interp::Outcome;
use crate::value::{NativeFn, Object, Value};
use crate::Vm;

/// Where a generator is.
#[derive(Debug)]
pub enum GenState {
    /// Not started or suspended at a `yield`.
    Suspended(FrameBox),
    /// Running (a generator cannot resume itself).
    Running,
    /// Returned or raised.
    Finished,
}

/// Which kind of generator object.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum GenKind {
    /// A generator function's.
    Generator,
    /// An `async def` function's coroutine.
    Coroutine,
    /// An `async def` function with `yield`: an async generator.
    AsyncGenerator,
}

impl GenKind {
    /// The type name (`generator`, `coroutine`, `async_generator`).
    pub fn name(self) -> &'static str {
        match self {
            GenKind::Generator => "generator",
            GenKind::Coroutine => "coroutine",
            GenKind::AsyncGenerator => "async_generator",
        }
    }
}

/// A generator object.
#[derive(Debug)]
pub struct GeneratorObj {
    /// `__qualname__` (of its function).
    pub qualname: String,
    /// Generator, coroutine or async generator.
    pub kind: GenKind,
    /// Its frame, while suspended.
    pub state: RefCell<GenState>,
    /// The exception its frame was handling when it last yielded.
    pub exc_state: RefCell<Value>,
}

/// A coroutine freed before it ever ran warns "never awaited"
/// (`coro_warn.rs`); a generator freed while suspended inside a handler
/// (`try`/`with`) is closed at the next safe point, on a new object that
/// takes its frame, so its `finally` blocks run as in CPython.
impl Drop for GeneratorObj {
    fn drop(&mut self) {
        let GenState::Suspended(frame) = self.state.get_mut() else {
            return;
        };
        if frame.pc == 0 {
            if self.kind == GenKind::Coroutine {
                crate::coro_warn::queue(&self.qualname);
            }
            return;
        }
        if frame.code.obj.handler_for(frame.instr).is_none() {
            return;
        }
        let state = std::mem::replace(self.state.get_mut(), GenState::Finished);
        let exc_state = std::mem::replace(self.exc_state.get_mut(), Value::None);
        crate::gc::queue_close(Object::Generator(Box::new(GeneratorObj {
            qualname: std::mem::take(&mut self.qualname),
            kind: self.kind,
            state: RefCell::new(state),
            exc_state: RefCell::new(exc_state),
        })));
    }
}

/// What resuming a generator gave.
pub(crate) enum Step {
    /// It yielded this value.
    Yield(Value),
    /// It returned this value.
    Return(Value),
}

/// Whether `frame` runs a generator or coroutine function's code.
pub(crate) fn is_generator_code(frame: &Frame) -> bool {
    let all = CodeFlags::GENERATOR | CodeFlags::COROUTINE | CodeFlags::ASYNC_GENERATOR;
    frame.code.obj.flags.0 & all != 0
}

/// The generator object for a freshly bound generator frame.
pub(crate) fn make_generator(frame: FrameBox) -> Value {
    let flags = frame.code.obj.flags.0;
    let kind = if flags & CodeFlags::ASYNC_GENERATOR != 0 {
        GenKind::AsyncGenerator
    } else if flags & CodeFlags::COROUTINE != 0 {
        GenKind::Coroutine
    } else {
        GenKind::Generator
    };
    Value::obj(Object::Generator(Box::new(GeneratorObj {
        qualname: frame.code.obj.qualname.clone(),
        kind,
        state: RefCell::new(GenState::Suspended(frame)),
        exc_state: RefCell::new(Value::None),
    })))
}

/// The generator object of `v`, if it is one.
pub(crate) fn as_generator(v: &Value) -> Option<&GeneratorObj> {
    match v.as_obj() {
        Some(Object::Generator(g)) => Some(g),
        _ => None,
    }
}

/// The data attributes of generator objects (`__name__`, `__qualname__`).
pub(crate) fn attr(obj: &Value, name: &str) -> Option<Value> {
    let g = as_generator(obj)?;
    match name {
        "__qualname__" => Some(Value::str(g.qualname.as_str())),
        "__name__" => {
            let q = g.qualname.as_str();
            Some(Value::str(q.rsplit('.').next().unwrap_or(q)))
        }
        _ => None,
    }
}

/// The methods of generator objects.
pub(crate) const METHODS: &[(&str, NativeFn)] = &[
    ("send", gen_send_m),
    ("throw", gen_throw_m),
    ("close", gen_close_m),
    ("__anext__", crate::coro::agen_anext),
    ("asend", crate::coro::agen_asend),
    ("aclose", crate::coro::agen_aclose),
    ("athrow", crate::coro::agen_athrow),
];

/// A new exception instance of class `kind`.
pub(crate) fn new_exception(kind: ExcKind, args: Vec<Value>) -> Value {
    Value::obj(Object::Exception(Box::new(ExceptionObj::new(kind, args))))
}

/// The `value` a `StopIteration` carries, if `e` is one.
pub(crate) fn stop_value(e: &PyErr) -> Option<Value> {
    match e.value.as_obj() {
        Some(Object::Exception(x)) if x.kind.is_subclass(ExcKind::StopIteration) => {
            Some(x.args.borrow().first().cloned().unwrap_or(Value::None))
        }
        _ => None,
    }
}

/// A fresh error raising the exception object `exc`.
pub(crate) fn raising(exc: Value) -> Box<PyErr> {
    // A thrown exception keeps the traceback it was caught with (its
    // `__traceback__`), as CPython's `throw()` does: an error re-raised
    // into an awaiting task shows the frames it came from.
    let traceback = match exc.as_obj() {
        Some(Object::Exception(e)) => e.traceback.borrow().clone(),
        _ => Vec::new(),
    };
    Box::new(PyErr {
        value: exc,
        traceback,
        frame_recorded: false,
    })
}

/// What a finished generator says when resumed: `None` for a
/// generator (it raises `StopIteration`), an error for a coroutine.
fn finished_error(kind: GenKind) -> Option<Box<PyErr>> {
    match kind {
        GenKind::Coroutine => Some(PyErr::msg(
            ExcKind::RuntimeError,
            "cannot reuse already awaited coroutine",
        )),
        _ => None,
    }
}

impl Vm<'_> {
    /// Resume `g` (`next()`): the next yielded value, or `None` once it
    /// returned.
    pub(crate) fn resume(&mut self, g: &GeneratorObj) -> PyResult<Option<Value>> {
        match self.gen_resume(g, Ok(Value::None))? {
            Step::Yield(v) => Ok(Some(v)),
            Step::Return(_) => Ok(None),
        }
    }

    /// `next(g[, default])`: the returned value goes in the
    /// `StopIteration`.
    pub(crate) fn gen_next_builtin(
        &mut self,
        g: &GeneratorObj,
        default: Option<&Value>,
    ) -> PyResult<Value> {
        if g.kind != GenKind::Generator {
            return Err(type_error(format!(
                "'{}' object is not an iterator",
                g.kind.name()
            )));
        }
        match (self.gen_resume(g, Ok(Value::None))?, default) {
            (Step::Return(_), Some(d)) => Ok(d.clone()),
            (step, _) => step_result(step),
        }
    }

    /// `g.send(value)`.
    pub(crate) fn gen_send(&mut self, g: &GeneratorObj, value: Value) -> PyResult<Step> {
        self.gen_resume(g, Ok(value))
    }

    /// Resume `g` with a sent value or by raising an exception in it.
    fn gen_resume(&mut self, g: &GeneratorObj, input: PyResult<Value>) -> PyResult<Step> {
        let state = std::mem::replace(&mut *g.state.borrow_mut(), GenState::Running);
        let mut frame = match state {
            GenState::Suspended(frame) => frame,
            GenState::Running => {
                let what = g.kind.name().replace("async_generator", "async generator");
                *g.state.borrow_mut() = GenState::Running;
                return Err(value_error(format!("{what} already executing")));
            }
            GenState::Finished => {
                *g.state.borrow_mut() = GenState::Finished;
                return match (input, finished_error(g.kind)) {
                    (Err(e), _) => Err(e),
                    (Ok(_), Some(e)) => Err(e),
                    (Ok(_), None) => Ok(Step::Return(Value::None)),
                };
            }
        };
        let pending = match input {
            Ok(v) if frame.pc > 0 => {
                // The value of the `yield` expression.
                frame.push(v);
                None
            }
            Ok(Value::None) => None,
            Ok(_) => {
                *g.state.borrow_mut() = GenState::Suspended(frame);
                return Err(type_error(format!(
                    "can't send non-None value to a just-started {}",
                    g.kind.name().replace('_', " ")
                )));
            }
            Err(e) => Some(e),
        };
        let saved = self.exc_info.clone();
        let own = std::mem::replace(&mut *g.exc_state.borrow_mut(), Value::None);
        if !matches!(own, Value::None) {
            self.exc_info = own;
        }
        let result = self.run_until(frame, pending);
        let current = std::mem::replace(&mut self.exc_info, saved.clone());
        match result {
            Ok(Outcome::Yielded(frame, value)) => {
                if !current.is(&saved) {
                    *g.exc_state.borrow_mut() = current;
                }
                *g.state.borrow_mut() = GenState::Suspended(frame);
                Ok(Step::Yield(value))
            }
            Ok(Outcome::Returned(v)) => {
                *g.state.borrow_mut() = GenState::Finished;
                Ok(Step::Return(v))
            }
            Err(e) => {
                *g.state.borrow_mut() = GenState::Finished;
                Err(self.leak_check(g.kind, e))
            }
        }
    }

    /// PEP 479: a `StopIteration` (or, in an async generator,
    /// `StopAsyncIteration`) leaving the frame becomes a `RuntimeError`.
    fn leak_check(&self, kind: GenKind, e: Box<PyErr>) -> Box<PyErr> {
        let leaked = match e.value.as_obj() {
            Some(Object::Exception(x)) => {
                x.kind.is_subclass(ExcKind::StopIteration)
                    || (kind == GenKind::AsyncGenerator
                        && x.kind.is_subclass(ExcKind::StopAsyncIteration))
            }
            _ => false,
        };
        if !leaked {
            return e;
        }
        let inner = match e.value.as_obj() {
            Some(Object::Exception(x)) => {
                x.set_traceback(e.traceback.clone());
                x.kind.name()
            }
            _ => "StopIteration",
        };
        let what = kind.name().replace('_', " ");
        let new = PyErr::msg(ExcKind::RuntimeError, format!("{what} raised {inner}"));
        if let Some(Object::Exception(x)) = new.value.as_obj() {
            *x.cause.borrow_mut() = Some(e.value.clone());
            *x.context.borrow_mut() = Some(e.value.clone());
            x.suppress_context.set(true);
        }
        new
    }

    /// The sub-iterator `g` delegates to, if suspended in a `yield from`
    /// or `await` (at a `YIELD_VALUE 1`, the sub-iterator on top).
    fn delegate_of(&self, g: &GeneratorObj) -> Option<Value> {
        let state = g.state.borrow();
        let GenState::Suspended(frame) = &*state else {
            return None;
        };
        let bytes = &frame.code.obj.code;
        let at = frame.instr * 2;
        let is_yield = bytes.get(at) == Some(&(Opcode::YieldValue as u8));
        (frame.pc > 0 && is_yield && bytes.get(at + 1) == Some(&1)).then(|| frame.peek(0).clone())
    }

    /// Move a frame suspended in a `yield from` to its `END_SEND`, for a
    /// sub-iterator that finished while thrown into.
    fn skip_to_end_send(&self, g: &GeneratorObj) {
        if let GenState::Suspended(frame) = &mut *g.state.borrow_mut() {
            // The `SEND` and its caches precede the yield; its jump is
            // relative to the yield.
            let send = frame.instr.checked_sub(1 + Opcode::Send.caches() as usize);
            let arg = send
                .and_then(|s| frame.code.obj.code.get(s * 2 + 1))
                .copied();
            frame.pc = frame.instr + usize::from(arg.unwrap_or(0));
        }
    }

    /// `g.throw(exc)`: raise `exc` where `g` is suspended (in the
    /// sub-iterator first when it delegates).
    pub(crate) fn gen_throw(&mut self, g: &GeneratorObj, exc: Value) -> PyResult<Step> {
        if let Some(sub) = self.delegate_of(g) {
            let is_exit = matches!(exc.as_obj(), Some(Object::Exception(x))
                if x.kind == ExcKind::GeneratorExit);
            let result = if is_exit {
                self.close_value(&sub).map(|_| None)
            } else {
                self.throw_value(&sub, exc.clone()).map(Some)
            };
            match result {
                Ok(Some(Step::Yield(v))) => return Ok(Step::Yield(v)),
                Ok(Some(Step::Return(v))) => {
                    self.skip_to_end_send(g);
                    return self.gen_resume(g, Ok(v));
                }
                Ok(None) => {}
                Err(e) => match stop_value(&e) {
                    Some(v) if !is_exit => {
                        self.skip_to_end_send(g);
                        return self.gen_resume(g, Ok(v));
                    }
                    _ => return self.gen_resume(g, Err(e)),
                },
            }
        }
        self.gen_resume(g, Err(raising(exc)))
    }

    /// `sub.throw(exc)` for any iterator a `yield from` delegates to.
    fn throw_value(&mut self, sub: &Value, exc: Value) -> PyResult<Step> {
        if let Some(g) = as_generator(sub) {
            return self.gen_throw(g, exc);
        }
        if let Some(a) = crate::coro::as_awaitable(sub) {
            return self.awaitable_throw(a, exc);
        }
        match self.call_method_by_name(sub, "throw", vec![exc.clone()]) {
            Some(r) => match r {
                Ok(v) => Ok(Step::Yield(v)),
                Err(e) => match stop_value(&e) {
                    Some(v) => Ok(Step::Return(v)),
                    None => Err(e),
                },
            },
            None => Err(raising(exc)),
        }
    }

    /// `sub.close()` for any iterator a `yield from` delegates to.
    fn close_value(&mut self, sub: &Value) -> PyResult<Value> {
        if let Some(g) = as_generator(sub) {
            return self.gen_close(g);
        }
        self.call_method_by_name(sub, "close", Vec::new())
            .unwrap_or(Ok(Value::None))
    }

    /// `obj.name(*args)` if `obj` has that attribute, else `None`.
    pub(crate) fn call_method_by_name(
        &mut self,
        obj: &Value,
        name: &str,
        args: Vec<Value>,
    ) -> Option<PyResult<Value>> {
        let method = self.getattr(obj, name).ok()?;
        Some(self.call_value(&method, args))
    }

    /// `g.close()`: raise `GeneratorExit` in it; its return value, if it
    /// returns.
    pub(crate) fn gen_close(&mut self, g: &GeneratorObj) -> PyResult<Value> {
        let started = match &*g.state.borrow() {
            GenState::Suspended(frame) => frame.pc > 0,
            GenState::Running => true,
            GenState::Finished => return Ok(Value::None),
        };
        if !started {
            *g.state.borrow_mut() = GenState::Finished;
            return Ok(Value::None);
        }
        let exit = new_exception(ExcKind::GeneratorExit, Vec::new());
        match self.gen_throw(g, exit) {
            Ok(Step::Yield(_)) => {
                let what = g.kind.name().replace('_', " ");
                Err(PyErr::msg(
                    ExcKind::RuntimeError,
                    format!("{what} ignored GeneratorExit"),
                ))
            }
            Ok(Step::Return(v)) => Ok(v),
            Err(e)
                if matches!(e.kind(), ExcKind::GeneratorExit)
                    || e.kind().is_subclass(ExcKind::StopIteration) =>
            {
                Ok(Value::None)
            }
            Err(e) => Err(e),
        }
    }
}

impl Vm<'_> {
    /// Close a generator freed while suspended: an async generator's
    /// `aclose()` becomes a task when a loop runs (asyncio's finalizer
    /// hook); errors are reported as unraisable.
    pub(crate) fn finalize_generator(&mut self, generator: Value) {
        let Some(g) = as_generator(&generator) else {
            return;
        };
        if g.kind == GenKind::AsyncGenerator && self.event_loop.is_some() {
            crate::asyncio::schedule_aclose(self, generator.clone());
            return;
        }
        if let Err(e) = self.gen_close(g) {
            let what = format!("while finalizing {}", g.kind.name().replace('_', " "));
            self.report_unraisable(&e, &what, &generator);
        }
    }
}

/// The generator a method was called on.
fn this(args: &[Value]) -> PyResult<&GeneratorObj> {
    args.first()
        .and_then(as_generator)
        .ok_or_else(|| type_error("descriptor requires a 'generator' object"))
}

/// The result of a resumption seen from Python: a yielded value, or
/// `StopIteration(value)` once it returned.
fn step_result(step: Step) -> PyResult<Value> {
    match step {
        Step::Yield(v) => Ok(v),
        Step::Return(Value::None) => Err(PyErr::new(ExcKind::StopIteration, Vec::new())),
        Step::Return(v) => Err(PyErr::new(ExcKind::StopIteration, vec![v])),
    }
}

/// `generator.send(value)`.
fn gen_send_m(vm: &mut Vm, args: &[Value], _kw: &[(std::rc::Rc<str>, Value)]) -> PyResult<Value> {
    let g = this(args)?;
    let [_, value] = args else {
        return Err(type_error(format!(
            "{}.send() takes exactly one argument ({} given)",
            g.kind.name(),
            args.len().saturating_sub(1)
        )));
    };
    let step = vm.gen_send(g, value.clone())?;
    step_result(step)
}

/// `generator.throw(exc)` (also the deprecated `throw(type[, value])`).
fn gen_throw_m(vm: &mut Vm, args: &[Value], _kw: &[(std::rc::Rc<str>, Value)]) -> PyResult<Value> {
    let g = this(args)?;
    let exc = throw_arg(vm, args.get(1..).unwrap_or_default(), "throw")?;
    let step = vm.gen_throw(g, exc)?;
    step_result(step)
}

/// The exception instance `throw(typ[, value[, tb]])` (and `athrow`)
/// raises.
pub(crate) fn throw_arg(vm: &mut Vm, args: &[Value], name: &str) -> PyResult<Value> {
    let exc = match args {
        [typ] | [typ, Value::None] | [typ, Value::None, Value::None] => typ.clone(),
        [typ, value, ..] => {
            let instance = matches!(value.as_obj(), Some(Object::Exception(_)));
            if instance {
                value.clone()
            } else {
                vm.call_value(typ, vec![value.clone()])?
            }
        }
        _ => {
            return Err(type_error(format!(
                "{name} expected at least 1 argument, got {}",
                args.len()
            )))
        }
    };
    let exc = match exc.as_obj() {
        Some(Object::Exception(_)) => exc,
        Some(Object::Type(crate::types::TypeKind::Exception(_)) | Object::Class(_)) => {
            vm.call_value(&exc, Vec::new())?
        }
        _ => exc,
    };
    if !matches!(exc.as_obj(), Some(Object::Exception(_))) {
        return Err(type_error(
            "exceptions must be classes or instances deriving from BaseException, not ".to_owned()
                + crate::types::type_name(&exc).as_ref(),
        ));
    }
    Ok(exc)
}

/// `generator.close()`.
fn gen_close_m(vm: &mut Vm, args: &[Value], _kw: &[(std::rc::Rc<str>, Value)]) -> PyResult<Value> {
    let g = this(args)?;
    vm.gen_close(g)
}
