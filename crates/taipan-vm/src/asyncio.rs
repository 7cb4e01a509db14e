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
    pub name: String,
    /// The future it waits for.
    pub waiter: RefCell<Option<Value>>,
    /// A cancellation to deliver at its next step.
    pub must_cancel: Cell<bool>,
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
}

/// The running event loop.
#[derive(Debug)]
pub(crate) struct EventLoop {
    ready: VecDeque<Callback>,
    /// `(when, sequence, callback)`.
    timers: Vec<(f64, u64, Callback)>,
    seq: u64,
    start: Instant,
    stopping: bool,
    /// Every task made, to cancel the pending ones at the end of `run`.
    tasks: Vec<Value>,
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
        }
    }

    fn time(&self) -> f64 {
        self.start.elapsed().as_secs_f64()
    }
}

/// The future object of `v`.
fn future(v: &Value) -> Option<&FutureObj> {
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
fn cancelled_error() -> Box<PyErr> {
    PyErr::new(ExcKind::CancelledError, Vec::new())
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
        FutState::Cancelled => Err(cancelled_error()),
    }
}

fn new_future(task: Option<TaskParts>, gather: Option<GatherParts>) -> Value {
    Value::obj(Object::Awaitable(AwaitableObj::Future(Box::new(
        FutureObj {
            state: RefCell::new(FutState::Pending),
            callbacks: RefCell::new(Vec::new()),
            task,
            gather,
        },
    ))))
}

impl Vm<'_> {
    fn event_loop(&mut self) -> PyResult<&mut EventLoop> {
        self.event_loop
            .as_deref_mut()
            .ok_or_else(|| PyErr::msg(ExcKind::RuntimeError, "no running event loop"))
    }

    fn call_soon(&mut self, cb: Callback) {
        if let Some(l) = self.event_loop.as_deref_mut() {
            l.ready.push_back(cb);
        }
    }

    /// Finish the future `v` in `state`; schedule its callbacks.
    fn finish(&mut self, v: &Value, state: FutState) -> bool {
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
    fn add_callback(&mut self, v: &Value, cb: Callback) {
        if is_done(v) {
            self.call_soon(cb);
        } else if let Some(f) = future(v) {
            f.callbacks.borrow_mut().push(cb);
        }
    }

    /// `future.cancel()` / `task.cancel()`.
    fn cancel(&mut self, v: &Value) -> bool {
        let Some(f) = future(v) else {
            return false;
        };
        if !matches!(*f.state.borrow(), FutState::Pending) {
            return false;
        }
        if let Some(t) = &f.task {
            let waiter = t.waiter.borrow().clone();
            if let Some(w) = waiter {
                if self.cancel(&w) {
                    return true;
                }
            }
            t.must_cancel.set(true);
            return true;
        }
        if let Some(g) = &f.gather {
            let mut any = false;
            for child in &g.children {
                any |= self.cancel(child);
            }
            if any {
                return true;
            }
        }
        self.finish(v, FutState::Cancelled)
    }

    /// A task running `coro`, scheduled to start.
    fn create_task(&mut self, coro: Value) -> PyResult<Value> {
        let name = {
            let l = self.event_loop()?;
            format!("Task-{}", l.tasks.len() + 1)
        };
        let task = new_future(
            Some(TaskParts {
                coro,
                name,
                waiter: RefCell::new(None),
                must_cancel: Cell::new(false),
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
            Callback::Python(func, fut) => self.call_value(&func, vec![fut]).map(|_| ()),
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
            exc = Some(cancelled_error().value);
        }
        *t.waiter.borrow_mut() = None;
        let coro = t.coro.clone();
        let result = match exc {
            None => self.send_to(&coro, Value::None),
            Some(e) => self.throw_to(&coro, e),
        };
        match result {
            Ok(Step::Return(v)) => {
                self.finish(task, FutState::Result(v));
            }
            Ok(Step::Yield(v)) if future(&v).is_some() => {
                if t.must_cancel.replace(false) {
                    self.cancel(&v);
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
                    self.finish(outer, FutState::Exception(cancelled_error().value));
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
            .map(|c| match future_result(c) {
                Ok(v) => v,
                Err(e) => e.value,
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
    let task = vm.create_task(coro)?;
    let _ = kw;
    Ok(task)
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

/// `asyncio.current_task()`: not tracked; `None`.
fn current_task(vm: &mut Vm, _: &[Value], _: Kw) -> PyResult<Value> {
    vm.event_loop()?;
    Ok(Value::None)
}

/// The methods of futures and tasks.
pub(crate) const METHODS: &[(&str, NativeFn)] = &[
    ("done", fut_done),
    ("result", fut_result),
    ("exception", fut_exception),
    ("cancel", fut_cancel),
    ("cancelled", fut_cancelled),
    ("get_name", task_get_name),
    ("add_done_callback", fut_add_done_callback),
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
        Some(FutState::Cancelled) => Err(cancelled_error()),
        _ => Err(PyErr::msg(
            ExcKind::InvalidStateError,
            "Exception is not set.",
        )),
    }
}

fn fut_cancel(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    let f = this(args)?.clone();
    Ok(Value::Bool(vm.cancel(&f)))
}

fn fut_cancelled(_: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    let f = this(args)?;
    let cancelled = future(f).is_some_and(|x| matches!(*x.state.borrow(), FutState::Cancelled));
    Ok(Value::Bool(cancelled))
}

fn task_get_name(_: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    let f = this(args)?;
    match future(f).and_then(|x| x.task.as_ref()) {
        Some(t) => Ok(Value::str(t.name.as_str())),
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
