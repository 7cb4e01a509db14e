//! A small native `asyncio`: `run`, `sleep`, `create_task`, `gather`,
//! `CancelledError`, futures and tasks.
//!
//! The event loop follows CPython's `BaseEventLoop._run_once`, so tasks
//! interleave in the same order: a FIFO queue of ready callbacks, each
//! iteration runs the callbacks ready when it starts, after moving the
//! timers that are due (in time order) to the queue; it sleeps (really)
//! until the next timer when nothing is ready. A task's step sends into
//! its coroutine; a future coming up from it gets a wake-up callback,
//! `None` (a bare yield, `sleep(0)`) reschedules the step. Completing a
//! future schedules its callbacks with `call_soon`, one hop each, as
//! CPython does.

use std::cell::{Cell, RefCell};
use std::collections::VecDeque;
use std::rc::Rc;
use std::time::{Duration, Instant};

use crate::coro::AwaitableObj;
use crate::exception::{type_error, value_error, ExcKind, PyErr, PyResult};
use crate::generator::{as_generator, GenKind, Step};
use crate::value::{Builtin, NativeFn, Object, Value};
use crate::Vm;

type Kw<'a> = &'a [(Rc<str>, Value)];

/// Where a future is.
#[derive(Clone, Debug)]
pub enum FutState {
    /// Not done.
    Pending,
    /// Done with a result.
    Result(Value),
    /// Done with an exception.
    Exception(Value),
    /// Cancelled.
    Cancelled,
}

/// What a task adds to a future.
#[derive(Debug)]
pub struct TaskParts {
    /// The coroutine it runs.
    pub coro: Value,
    /// `get_name()`.
    pub name: RefCell<String>,
    /// The future it waits for.
    pub waiter: RefCell<Option<Value>>,
    /// A cancellation to deliver at its next step.
    pub must_cancel: Cell<bool>,
    /// `cancelling()`: cancellation requests not taken back by
    /// `uncancel()`.
    pub cancel_requests: Cell<usize>,
}

/// What `gather()`'s future adds.
#[derive(Debug)]
pub struct GatherParts {
    /// The futures gathered.
    pub children: Vec<Value>,
    /// How many are done.
    pub finished: Cell<usize>,
    /// `return_exceptions=`.
    pub return_exceptions: bool,
}

/// A future (or a task, or a gathering future).
#[derive(Debug)]
pub struct FutureObj {
    /// Its state.
    pub state: RefCell<FutState>,
    /// Callbacks to schedule when it is done.
    pub callbacks: RefCell<Vec<Callback>>,
    /// Set for tasks.
    pub task: Option<TaskParts>,
    /// Set for `gather()`'s future.
    pub gather: Option<GatherParts>,
    /// The message of `cancel(msg)` (`None` without one).
    pub cancel_message: RefCell<Value>,
    /// The `CancelledError` that cancelled a task, given once to the
    /// first `result()`/`await` (later ones get a fresh one).
    pub cancelled_exc: RefCell<Option<Value>>,
}

/// A callback scheduled on the loop.
#[derive(Clone, Debug)]
pub enum Callback {
    /// Run a step of the task, throwing the exception in if any.
    Step(Value, Option<Value>),
    /// Wake the task up: the future it waited for is done.
    Wakeup(Value, Value),
    /// A child of a `gather()` is done: `(outer, child)`.
    GatherChild(Value, Value),
    /// Complete a future with a value (timers of `sleep`).
    SetResult(Value, Value),
    /// Stop the loop (the awaited task of `run` is done).
    Stop,
    /// Call a Python callable with the future.
    Python(Value, Value),
    /// Call a Python callable with these arguments (`call_soon`).
    Call(Value, Vec<Value>),
}

/// The running event loop.
#[derive(Debug)]
pub(crate) struct EventLoop {
    ready: VecDeque<Callback>,
    /// `(when, sequence, callback)`.
    pub(crate) timers: Vec<(f64, u64, Callback)>,
    pub(crate) seq: u64,
    start: Instant,
    stopping: bool,
    /// Every task made, to cancel the pending ones at the end of `run`.
    pub(crate) tasks: Vec<Value>,
    /// The task whose step runs (`current_task()`).
    pub(crate) current: Option<Value>,
}

impl EventLoop {
    fn new() -> EventLoop {
        EventLoop {
            ready: VecDeque::new(),
            timers: Vec::new(),
            seq: 0,
            start: Instant::now(),
            stopping: false,
            tasks: Vec::new(),
            current: None,
        }
    }

    /// Seconds since the loop started (`loop.time()`).
    pub(crate) fn time(&self) -> f64 {
        self.start.elapsed().as_secs_f64()
    }
}

/// The future object of `v`.
pub(crate) fn future(v: &Value) -> Option<&FutureObj> {
    match v.as_obj() {
        Some(Object::Awaitable(AwaitableObj::Future(f))) => Some(f),
        _ => None,
    }
}

/// Whether the future `v` is done.
pub(crate) fn is_done(v: &Value) -> bool {
    future(v).is_none_or(|f| !matches!(*f.state.borrow(), FutState::Pending))
}

/// `CancelledError()`.
pub(crate) fn cancelled_error() -> Box<PyErr> {
    PyErr::new(ExcKind::CancelledError, Vec::new())
}

/// `CancelledError(msg)` for a cancelled future (no argument without a
/// message).
pub(crate) fn cancelled_with(f: &FutureObj) -> Box<PyErr> {
    if let Some(exc) = f.cancelled_exc.borrow_mut().take() {
        return reraise_stored(&exc);
    }
    let msg = f.cancel_message.borrow().clone();
    match msg {
        Value::None => cancelled_error(),
        m => PyErr::new(ExcKind::CancelledError, vec![m]),
    }
}

/// An error raising the stored exception `exc` again, with the traceback
/// it was caught with.
fn reraise_stored(exc: &Value) -> Box<PyErr> {
    let traceback = match exc.as_obj() {
        Some(Object::Exception(e)) => e.traceback.borrow().clone(),
        _ => Vec::new(),
    };
    Box::new(PyErr {
        value: exc.clone(),
        traceback,
        frame_recorded: false,
    })
}

/// `future.result()`.
pub(crate) fn future_result(v: &Value) -> PyResult<Value> {
    let Some(f) = future(v) else {
        return Ok(Value::None);
    };
    let state = f.state.borrow().clone();
    match state {
        FutState::Pending => Err(PyErr::msg(ExcKind::InvalidStateError, "Result is not set.")),
        FutState::Result(r) => Ok(r),
        FutState::Exception(e) => Err(reraise_stored(&e)),
        FutState::Cancelled => Err(cancelled_with(f)),
    }
}

pub(crate) fn new_future(task: Option<TaskParts>, gather: Option<GatherParts>) -> Value {
    Value::obj(Object::Awaitable(AwaitableObj::Future(Box::new(
        FutureObj {
            state: RefCell::new(FutState::Pending),
            callbacks: RefCell::new(Vec::new()),
            task,
            gather,
            cancel_message: RefCell::new(Value::None),
            cancelled_exc: RefCell::new(None),
        },
    ))))
}

impl Vm<'_> {
    pub(crate) fn event_loop(&mut self) -> PyResult<&mut EventLoop> {
        self.event_loop
            .as_deref_mut()
            .ok_or_else(|| PyErr::msg(ExcKind::RuntimeError, "no running event loop"))
    }

    pub(crate) fn call_soon(&mut self, cb: Callback) {
        if let Some(l) = self.event_loop.as_deref_mut() {
            l.ready.push_back(cb);
        }
    }

    /// Finish the future `v` in `state`; schedule its callbacks.
    pub(crate) fn finish(&mut self, v: &Value, state: FutState) -> bool {
        let Some(f) = future(v) else {
            return false;
        };
        if !matches!(*f.state.borrow(), FutState::Pending) {
            return false;
        }
        *f.state.borrow_mut() = state;
        let callbacks = std::mem::take(&mut *f.callbacks.borrow_mut());
        for cb in callbacks {
            self.call_soon(cb);
        }
        true
    }

    /// `future.add_done_callback(cb)`: scheduled at once if done.
    pub(crate) fn add_callback(&mut self, v: &Value, cb: Callback) {
        if is_done(v) {
            self.call_soon(cb);
        } else if let Some(f) = future(v) {
            f.callbacks.borrow_mut().push(cb);
        }
    }

    /// `future.cancel()` / `task.cancel()`.
    pub(crate) fn cancel(&mut self, v: &Value) -> bool {
        self.cancel_with(v, Value::None)
    }

    /// `future.cancel(msg)` / `task.cancel(msg)`.
    pub(crate) fn cancel_with(&mut self, v: &Value, msg: Value) -> bool {
        let Some(f) = future(v) else {
            return false;
        };
        if !matches!(*f.state.borrow(), FutState::Pending) {
            return false;
        }
        if let Some(t) = &f.task {
            t.cancel_requests.set(t.cancel_requests.get() + 1);
            let waiter = t.waiter.borrow().clone();
            if let Some(w) = waiter {
                if self.cancel_with(&w, msg.clone()) {
                    return true;
                }
            }
            t.must_cancel.set(true);
            *f.cancel_message.borrow_mut() = msg;
            return true;
        }
        if let Some(g) = &f.gather {
            let mut any = false;
            for child in &g.children {
                any |= self.cancel_with(child, msg.clone());
            }
            if any {
                return true;
            }
        }
        *f.cancel_message.borrow_mut() = msg;
        self.finish(v, FutState::Cancelled)
    }

    /// A task running `coro`, scheduled to start.
    fn create_task(&mut self, coro: Value) -> PyResult<Value> {
        self.create_named_task(coro, None)
    }

    /// A task running `coro` named `name` (`Task-N` without one).
    pub(crate) fn create_named_task(
        &mut self,
        coro: Value,
        name: Option<String>,
    ) -> PyResult<Value> {
        let name = match name {
            Some(n) => n,
            None => format!("Task-{}", self.event_loop()?.tasks.len() + 1),
        };
        let task = new_future(
            Some(TaskParts {
                coro,
                name: RefCell::new(name),
                waiter: RefCell::new(None),
                must_cancel: Cell::new(false),
                cancel_requests: Cell::new(0),
            }),
            None,
        );
        self.event_loop()?.tasks.push(task.clone());
        self.call_soon(Callback::Step(task.clone(), None));
        Ok(task)
    }

    /// Run one scheduled callback.
    fn run_callback(&mut self, cb: Callback) -> PyResult<()> {
        match cb {
            Callback::Step(task, exc) => self.task_step(&task, exc),
            Callback::Wakeup(task, fut) => {
                let exc = match future_result(&fut) {
                    Ok(_) => None,
                    Err(e) => Some(e.value),
                };
                self.task_step(&task, exc)
            }
            Callback::GatherChild(outer, child) => {
                self.gather_child_done(&outer, &child);
                Ok(())
            }
            Callback::SetResult(fut, value) => {
                self.finish(&fut, FutState::Result(value));
                Ok(())
            }
            Callback::Stop => {
                self.event_loop()?.stopping = true;
                Ok(())
            }
            Callback::Python(func, fut) => self.run_python_callback(&func, vec![fut]),
            Callback::Call(func, args) => self.run_python_callback(&func, args),
        }
    }

    /// Call a Python callback of the loop; an error in it is reported on
    /// stderr and the loop goes on, as CPython's default exception
    /// handler does.
    fn run_python_callback(&mut self, func: &Value, args: Vec<Value>) -> PyResult<()> {
        match self.call_value(func, args) {
            Ok(_) => Ok(()),
            Err(e) if matches!(e.kind(), ExcKind::KeyboardInterrupt | ExcKind::SystemExit) => {
                Err(e)
            }
            Err(e) => {
                let shown = self.repr_of(func).unwrap_or_default();
                self.cache_exception_text(&e.value);
                let trace = crate::traceback::format_traceback(&e, &self.sources);
                let text = format!("Exception in callback {shown}\n{trace}");
                let _ = self.write_fd(2, &text);
                Ok(())
            }
        }
    }

    /// `Task.__step`: resume the coroutine; see where it stopped.
    fn task_step(&mut self, task: &Value, mut exc: Option<Value>) -> PyResult<()> {
        let Some(f) = future(task) else {
            return Ok(());
        };
        let Some(t) = &f.task else {
            return Ok(());
        };
        if is_done(task) {
            return Ok(());
        }
        if t.must_cancel.replace(false) && exc.is_none() {
            exc = Some(cancelled_with(f).value);
        }
        *t.waiter.borrow_mut() = None;
        let coro = t.coro.clone();
        let outer = self.event_loop()?.current.replace(task.clone());
        let result = match exc {
            None => self.send_to(&coro, Value::None),
            Some(e) => self.throw_to(&coro, e),
        };
        self.event_loop()?.current = outer;
        match result {
            Ok(Step::Return(v)) => {
                self.finish(task, FutState::Result(v));
            }
            Ok(Step::Yield(v)) if future(&v).is_some() => {
                if t.must_cancel.replace(false) {
                    let msg = f.cancel_message.borrow().clone();
                    self.cancel_with(&v, msg);
                }
                self.add_callback(&v, Callback::Wakeup(task.clone(), v.clone()));
                *t.waiter.borrow_mut() = Some(v);
            }
            Ok(Step::Yield(Value::None)) => self.call_soon(Callback::Step(task.clone(), None)),
            Ok(Step::Yield(v)) => {
                let repr = self.repr_of(&v)?;
                let e = PyErr::msg(ExcKind::RuntimeError, format!("Task got bad yield: {repr}"));
                self.call_soon(Callback::Step(task.clone(), Some(e.value)));
            }
            Err(e) if e.kind().is_subclass(ExcKind::CancelledError) => {
                if let Some(Object::Exception(x)) = e.value.as_obj() {
                    *x.traceback.borrow_mut() = e.traceback.clone();
                }
                *f.cancel_message.borrow_mut() = Value::None;
                *f.cancelled_exc.borrow_mut() = Some(e.value);
                self.finish(task, FutState::Cancelled);
            }
            Err(e) if matches!(e.kind(), ExcKind::KeyboardInterrupt | ExcKind::SystemExit) => {
                return Err(e)
            }
            Err(e) => {
                if let Some(Object::Exception(x)) = e.value.as_obj() {
                    x.set_traceback(e.traceback.clone());
                }
                self.finish(task, FutState::Exception(e.value));
            }
        }
        Ok(())
    }

    /// `throw(exc)` into what a task or `await` drives.
    pub(crate) fn throw_to(&mut self, coro: &Value, exc: Value) -> PyResult<Step> {
        match coro.as_obj() {
            Some(Object::Generator(g)) => self.gen_throw(g, exc),
            Some(Object::Awaitable(a)) => self.awaitable_throw(a, exc),
            _ => Err(crate::generator::raising(exc)),
        }
    }

    /// A child of a `gather()` finished.
    fn gather_child_done(&mut self, outer: &Value, child: &Value) {
        let Some(g) = future(outer).and_then(|f| f.gather.as_ref()) else {
            return;
        };
        g.finished.set(g.finished.get() + 1);
        if is_done(outer) {
            return;
        }
        if !g.return_exceptions {
            let state = future(child).map(|f| f.state.borrow().clone());
            match state {
                Some(FutState::Cancelled) => {
                    let e = future(child).map_or_else(cancelled_error, cancelled_with);
                    self.finish(outer, FutState::Exception(e.value));
                    return;
                }
                Some(FutState::Exception(e)) => {
                    self.finish(outer, FutState::Exception(e));
                    return;
                }
                _ => {}
            }
        }
        if g.finished.get() < g.children.len() {
            return;
        }
        let results = g
            .children
            .iter()
            .map(|c| match future(c) {
                Some(f) if matches!(*f.state.borrow(), FutState::Cancelled) => {
                    let msg = match f.cancel_message.borrow().clone() {
                        Value::None => Value::str(""),
                        m => m,
                    };
                    PyErr::new(ExcKind::CancelledError, vec![msg]).value
                }
                _ => match future_result(c) {
                    Ok(v) => v,
                    Err(e) => e.value,
                },
            })
            .collect();
        self.finish(outer, FutState::Result(Value::list(results)));
    }

    /// One iteration of the loop (`_run_once`).
    fn run_once(&mut self) -> PyResult<bool> {
        let l = self.event_loop()?;
        if l.ready.is_empty() && !l.stopping {
            let Some(when) = l.timers.iter().map(|t| t.0).reduce(f64::min) else {
                return Ok(false);
            };
            let wait = when - l.time();
            if wait > 0.0 {
                std::thread::sleep(Duration::from_secs_f64(wait));
            }
        }
        let l = self.event_loop()?;
        let now = l.time() + 1e-9;
        l.timers
            .sort_by(|a, b| a.0.total_cmp(&b.0).then(a.1.cmp(&b.1)));
        let due = l.timers.iter().take_while(|t| t.0 <= now).count();
        let moved: Vec<Callback> = l.timers.drain(..due).map(|t| t.2).collect();
        l.ready.extend(moved);
        let n = l.ready.len();
        for _ in 0..n {
            let Some(cb) = self.event_loop()?.ready.pop_front() else {
                break;
            };
            self.run_callback(cb)?;
        }
        Ok(true)
    }

    /// Run the loop until `fut` is done.
    fn run_until_complete(&mut self, fut: &Value) -> PyResult<()> {
        self.add_callback(fut, Callback::Stop);
        loop {
            let progressed = self.run_once()?;
            let l = self.event_loop()?;
            if l.stopping {
                l.stopping = false;
                return Ok(());
            }
            if !progressed {
                return Err(PyErr::msg(
                    ExcKind::RuntimeError,
                    "Event loop stopped before Future completed.",
                ));
            }
        }
    }

    /// `asyncio.run(main)` with the loop installed.
    fn run_main(&mut self, main: Value) -> PyResult<Value> {
        let task = self.create_task(main)?;
        self.run_until_complete(&task)?;
        let pending: Vec<Value> = self
            .event_loop()?
            .tasks
            .iter()
            .filter(|t| !is_done(t))
            .cloned()
            .collect();
        if !pending.is_empty() {
            for t in &pending {
                self.cancel(t);
            }
            let all = self.gather_futures(pending, true);
            self.run_until_complete(&all)?;
        }
        future_result(&task)
    }

    /// The future of `gather()` over futures.
    fn gather_futures(&mut self, children: Vec<Value>, return_exceptions: bool) -> Value {
        let empty = children.is_empty();
        let outer = new_future(
            None,
            Some(GatherParts {
                children: children.clone(),
                finished: Cell::new(0),
                return_exceptions,
            }),
        );
        if empty {
            self.finish(&outer, FutState::Result(Value::list(Vec::new())));
        }
        for child in children {
            self.add_callback(&child, Callback::GatherChild(outer.clone(), child.clone()));
        }
        outer
    }

    /// A future or task for an awaitable (`ensure_future`).
    fn ensure_future(&mut self, v: Value) -> PyResult<Value> {
        if future(&v).is_some() {
            return Ok(v);
        }
        if is_coroutine(&v) {
            return self.create_task(v);
        }
        Err(type_error(
            "An asyncio.Future, a coroutine or an awaitable is required",
        ))
    }
}

/// Whether `v` is a coroutine (or the native `sleep`).
fn is_coroutine(v: &Value) -> bool {
    matches!(as_generator(v), Some(g) if g.kind == GenKind::Coroutine)
        || matches!(
            v.as_obj(),
            Some(Object::Awaitable(AwaitableObj::Sleep { .. }))
        )
}

/// The future `sleep(delay)` waits for: done by a timer.
pub(crate) fn sleep_future(vm: &mut Vm, delay: f64, result: Value) -> PyResult<Value> {
    let fut = new_future(None, None);
    let l = vm.event_loop()?;
    let when = l.time() + delay;
    l.seq += 1;
    let seq = l.seq;
    l.timers
        .push((when, seq, Callback::SetResult(fut.clone(), result)));
    Ok(fut)
}

/// An async generator freed while suspended: `aclose()` it in a task,
/// as asyncio's finalizer hook does.
pub(crate) fn schedule_aclose(vm: &mut Vm, agen: Value) {
    let closing = crate::coro::athrow(agen, None);
    let _ = vm.create_task(closing);
}

/// The `asyncio` module's namespace entries.
pub(crate) fn module_entries() -> Vec<(&'static str, Value)> {
    let functions: [(&'static str, NativeFn); 6] = [
        ("run", run),
        ("sleep", sleep),
        ("create_task", create_task),
        ("ensure_future", ensure_future),
        ("gather", gather),
        ("current_task", current_task),
    ];
    let mut out: Vec<(&'static str, Value)> = functions
        .into_iter()
        .map(|(name, func)| (name, Value::obj(Object::Builtin(Builtin { name, func }))))
        .collect();
    out.extend(crate::asyncio_methods::module_entries());
    out.push((
        "CancelledError",
        Value::obj(Object::Type(crate::types::TypeKind::Exception(
            ExcKind::CancelledError,
        ))),
    ));
    out.push((
        "InvalidStateError",
        Value::obj(Object::Type(crate::types::TypeKind::Exception(
            ExcKind::InvalidStateError,
        ))),
    ));
    out
}

/// `asyncio.run(main)`.
fn run(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    if vm.event_loop.is_some() {
        return Err(PyErr::msg(
            ExcKind::RuntimeError,
            "asyncio.run() cannot be called from a running event loop",
        ));
    }
    let Some(main) = args.first().cloned() else {
        return Err(type_error(
            "run() missing 1 required positional argument: 'main'",
        ));
    };
    if !is_coroutine(&main) {
        let repr = vm.repr_of(&main)?;
        return Err(value_error(format!("a coroutine was expected, got {repr}")));
    }
    vm.event_loop = Some(Box::new(EventLoop::new()));
    let result = vm.run_main(main);
    vm.event_loop = None;
    result
}

/// `asyncio.sleep(delay, result=None)`.
fn sleep(_: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let delay = match args.first() {
        Some(Value::Int(i)) => *i as f64,
        Some(Value::Float(f)) => *f,
        Some(Value::Bool(b)) => f64::from(u8::from(*b)),
        Some(other) => {
            return Err(type_error(format!(
                "'<=' not supported between instances of '{}' and 'int'",
                crate::types::type_name(other)
            )))
        }
        None => {
            return Err(type_error(
                "sleep() missing 1 required positional argument: 'delay'",
            ))
        }
    };
    let result = args
        .get(1)
        .cloned()
        .or_else(|| {
            kw.iter()
                .find(|(k, _)| &**k == "result")
                .map(|(_, v)| v.clone())
        })
        .unwrap_or(Value::None);
    Ok(Value::obj(Object::Awaitable(AwaitableObj::Sleep {
        delay,
        result,
        started: RefCell::new(None),
    })))
}

/// `asyncio.create_task(coro, *, name=None)`.
fn create_task(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let Some(coro) = args.first().cloned() else {
        return Err(type_error(
            "create_task() missing 1 required positional argument: 'coro'",
        ));
    };
    if !is_coroutine(&coro) {
        let repr = vm.repr_of(&coro)?;
        return Err(type_error(format!("a coroutine was expected, got {repr}")));
    }
    let name = match kw.iter().find(|(k, _)| &**k == "name") {
        Some((_, Value::None)) | None => None,
        Some((_, v)) => Some(vm.str_of(v)?),
    };
    vm.create_named_task(coro, name)
}

/// `asyncio.ensure_future(aw)`.
fn ensure_future(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    let v = args.first().cloned().unwrap_or(Value::None);
    vm.ensure_future(v)
}

/// `asyncio.gather(*aws, return_exceptions=False)`.
fn gather(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let return_exceptions = match kw.iter().find(|(k, _)| &**k == "return_exceptions") {
        Some((_, v)) => vm.truthy(v)?,
        None => false,
    };
    vm.event_loop()?;
    let mut children = Vec::new();
    for a in args {
        children.push(vm.ensure_future(a.clone())?);
    }
    Ok(vm.gather_futures(children, return_exceptions))
}

/// `asyncio.current_task()`: the task whose step runs.
fn current_task(vm: &mut Vm, _: &[Value], _: Kw) -> PyResult<Value> {
    Ok(vm.event_loop()?.current.clone().unwrap_or(Value::None))
}
