//! Native iterators: the `itertools` types (`_itertools`, behind the
//! Python module `itertools`) and the iterators of `collections.deque`.
//!
//! Each is one `Tool` inside `IterState::Lazy(LazyIter::Tool(..))`, so
//! `FOR_ITER` and `next()` reach it through the lazy-iterator path. Its
//! type is `TypeKind::Iterator(name)`, named and placed in its module by
//! the `NAMES` table. A tool's state lives in `Cell`s and `RefCell`s that
//! are never borrowed while Python code runs: the iterator to advance or
//! the function to call is cloned out first, so a callback that advances
//! the same tool sees a consistent state instead of a borrow panic.
//! Constructors and the combinatoric iterators are in `itertools_new.rs`.

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use taipan_bytecode::BinaryOpArg;

use crate::builtins::LazyIter;
use crate::exception::{type_error, ExcKind, PyErr, PyResult};
use crate::value::{Builtin, IterState, NativeFn, Object, Value};
use crate::Vm;

type Kw<'a> = &'a [(Rc<str>, Value)];

/// The native iterator types: name, module, qualified name.
const NAMES: &[(&str, &str, &str)] = &[
    (
        "_deque_iterator",
        "collections",
        "collections._deque_iterator",
    ),
    (
        "_deque_reverse_iterator",
        "collections",
        "collections._deque_reverse_iterator",
    ),
    ("itemgetter", "operator", "operator.itemgetter"),
    ("attrgetter", "operator", "operator.attrgetter"),
    ("methodcaller", "operator", "operator.methodcaller"),
    ("count", "itertools", "itertools.count"),
    ("repeat", "itertools", "itertools.repeat"),
    ("cycle", "itertools", "itertools.cycle"),
    ("chain", "itertools", "itertools.chain"),
    ("islice", "itertools", "itertools.islice"),
    ("accumulate", "itertools", "itertools.accumulate"),
    ("batched", "itertools", "itertools.batched"),
    ("compress", "itertools", "itertools.compress"),
    ("dropwhile", "itertools", "itertools.dropwhile"),
    ("takewhile", "itertools", "itertools.takewhile"),
    ("filterfalse", "itertools", "itertools.filterfalse"),
    ("starmap", "itertools", "itertools.starmap"),
    ("pairwise", "itertools", "itertools.pairwise"),
    ("zip_longest", "itertools", "itertools.zip_longest"),
    ("product", "itertools", "itertools.product"),
    ("permutations", "itertools", "itertools.permutations"),
    ("combinations", "itertools", "itertools.combinations"),
    (
        "combinations_with_replacement",
        "itertools",
        "itertools.combinations_with_replacement",
    ),
];

/// Whether `name` is the type name of a native iterator here.
pub(crate) fn is_native(name: &str) -> bool {
    NAMES.iter().any(|(n, ..)| *n == name)
}

/// The module of the native iterator type `name`.
pub(crate) fn module_of(name: &str) -> &'static str {
    NAMES
        .iter()
        .find(|(n, ..)| *n == name)
        .map_or("builtins", |(_, m, _)| m)
}

/// The qualified name (`itertools.count`) CPython's messages show.
pub(crate) fn qualified_name(name: &str) -> Option<&'static str> {
    NAMES.iter().find(|(n, ..)| *n == name).map(|(.., q)| *q)
}

/// A native iterator.
#[derive(Debug)]
pub struct Tool {
    /// What it iterates and how far it got.
    pub(crate) kind: Kind,
}

/// The state of each kind of native iterator.
#[derive(Debug)]
pub(crate) enum Kind {
    /// Over a deque: the deque, the next position (from the right when
    /// reversed), how many items are left (fixed when iteration began, as
    /// the deque's mutation counter `state`).
    DequeIter {
        deque: Value,
        index: Cell<usize>,
        left: Cell<usize>,
        state: u64,
        reversed: bool,
    },
    /// `count(start, step)`: the next value.
    Count { next: RefCell<Value>, step: Value },
    /// `repeat(object, times)`: how many are left (`None`: forever).
    Repeat {
        object: Value,
        times: Cell<Option<i64>>,
    },
    /// `cycle(it)`: the source until exhausted, then the saved items.
    Cycle {
        it: RefCell<Option<Value>>,
        saved: RefCell<Vec<Value>>,
        pos: Cell<usize>,
    },
    /// `chain(...)`: the iterator over the iterables, the current one.
    Chain {
        source: RefCell<Option<Value>>,
        active: RefCell<Option<Value>>,
    },
    /// `islice(it, start, stop, step)`, as CPython counts.
    Islice {
        it: RefCell<Option<Value>>,
        next: Cell<usize>,
        stop: Option<usize>,
        step: usize,
        count: Cell<usize>,
    },
    /// `accumulate(it, func, initial=)`.
    Accumulate {
        it: Value,
        func: Value,
        total: RefCell<Option<Value>>,
        initial: RefCell<Option<Value>>,
    },
    /// `batched(it, n, strict=)`.
    Batched {
        it: RefCell<Option<Value>>,
        n: usize,
        strict: bool,
    },
    /// `compress(data, selectors)`.
    Compress { data: Value, selectors: Value },
    /// `dropwhile(pred, it)`: still dropping?
    DropWhile {
        pred: Value,
        it: Value,
        dropping: Cell<bool>,
    },
    /// `takewhile(pred, it)`: stopped?
    TakeWhile {
        pred: Value,
        it: Value,
        stopped: Cell<bool>,
    },
    /// `filterfalse(pred, it)`.
    FilterFalse { pred: Value, it: Value },
    /// `starmap(func, it)`.
    StarMap { func: Value, it: Value },
    /// `pairwise(it)`: the previous item.
    Pairwise {
        it: RefCell<Option<Value>>,
        old: RefCell<Option<Value>>,
    },
    /// `zip_longest(*its, fillvalue=)`: exhausted iterators become `None`.
    ZipLongest {
        its: RefCell<Vec<Option<Value>>>,
        active: Cell<usize>,
        fill: Value,
    },
    /// The combinatoric iterators (`itertools_new.rs`).
    Comb(crate::itertools_new::Comb),
}

impl Tool {
    /// The type name.
    pub(crate) fn name(&self) -> &'static str {
        match &self.kind {
            Kind::DequeIter {
                reversed: false, ..
            } => "_deque_iterator",
            Kind::DequeIter { .. } => "_deque_reverse_iterator",
            Kind::Count { .. } => "count",
            Kind::Repeat { .. } => "repeat",
            Kind::Cycle { .. } => "cycle",
            Kind::Chain { .. } => "chain",
            Kind::Islice { .. } => "islice",
            Kind::Accumulate { .. } => "accumulate",
            Kind::Batched { .. } => "batched",
            Kind::Compress { .. } => "compress",
            Kind::DropWhile { .. } => "dropwhile",
            Kind::TakeWhile { .. } => "takewhile",
            Kind::FilterFalse { .. } => "filterfalse",
            Kind::StarMap { .. } => "starmap",
            Kind::Pairwise { .. } => "pairwise",
            Kind::ZipLongest { .. } => "zip_longest",
            Kind::Comb(c) => c.name(),
        }
    }

    /// Visit every value it holds (for the cycle collector); `false` if
    /// some could not be seen.
    pub(crate) fn traverse(&self, each: &mut dyn FnMut(&Value)) -> bool {
        let opt = |c: &RefCell<Option<Value>>, each: &mut dyn FnMut(&Value)| match c.try_borrow() {
            Ok(v) => {
                v.iter().for_each(&mut *each);
                true
            }
            Err(_) => false,
        };
        match &self.kind {
            Kind::DequeIter { deque, .. } => each(deque),
            Kind::Count { next, step } => {
                each(step);
                match next.try_borrow() {
                    Ok(v) => each(&v),
                    Err(_) => return false,
                }
            }
            Kind::Repeat { object, .. } => each(object),
            Kind::Cycle { it, saved, .. } => {
                match saved.try_borrow() {
                    Ok(s) => s.iter().for_each(&mut *each),
                    Err(_) => return false,
                }
                return opt(it, each);
            }
            Kind::Chain { source, active } => return opt(source, each) && opt(active, each),
            Kind::Islice { it, .. } | Kind::Batched { it, .. } => return opt(it, each),
            Kind::Accumulate {
                it,
                func,
                total,
                initial,
            } => {
                each(it);
                each(func);
                return opt(total, each) && opt(initial, each);
            }
            Kind::Compress {
                data: a,
                selectors: b,
            }
            | Kind::DropWhile { pred: a, it: b, .. }
            | Kind::TakeWhile { pred: a, it: b, .. }
            | Kind::FilterFalse { pred: a, it: b }
            | Kind::StarMap { func: a, it: b } => {
                each(a);
                each(b);
            }
            Kind::Pairwise { it, old } => return opt(it, each) && opt(old, each),
            Kind::ZipLongest { its, fill, .. } => {
                each(fill);
                match its.try_borrow() {
                    Ok(its) => its.iter().flatten().for_each(&mut *each),
                    Err(_) => return false,
                }
            }
            Kind::Comb(c) => return c.traverse(each),
        }
        true
    }
}

/// Wrap a tool as an iterator value.
pub(crate) fn make(kind: Kind) -> Value {
    let tool = Rc::new(Tool { kind });
    Value::obj(Object::Iter(RefCell::new(IterState::Lazy(LazyIter::Tool(
        tool,
    )))))
}

/// The tool inside an iterator value.
pub(crate) fn tool_of(v: &Value) -> Option<Rc<Tool>> {
    match v.as_obj() {
        Some(Object::Iter(cell)) => match &*cell.borrow() {
            IterState::Lazy(LazyIter::Tool(t)) => Some(t.clone()),
            _ => None,
        },
        _ => None,
    }
}

/// `iter(d)` / `reversed(d)` for a deque.
pub(crate) fn deque_iter(d: &Value, reversed: bool) -> Value {
    let (state, len) = match d.as_obj() {
        Some(Object::Deque(q)) => (q.state.get(), q.len()),
        _ => (0, 0),
    };
    make(Kind::DequeIter {
        deque: d.clone(),
        index: Cell::new(0),
        left: Cell::new(len),
        state,
        reversed,
    })
}

/// `a + b` with special methods.
pub(crate) fn add(vm: &mut Vm, a: &Value, b: &Value) -> PyResult<Value> {
    if let (Value::Int(x), Value::Int(y)) = (a, b) {
        if let Some(s) = x.checked_add(*y) {
            return Ok(Value::Int(s));
        }
    }
    if crate::dunder::is_user(a) || crate::dunder::is_user(b) {
        vm.binary_dunder(BinaryOpArg::ADD, a, b)
    } else {
        vm.container_binary_op(BinaryOpArg::ADD, a, b)
    }
}

/// Advance `it` (a clone of an optional iterator slot), clearing the
/// slot when it is exhausted.
fn advance(vm: &mut Vm, slot: &RefCell<Option<Value>>) -> PyResult<Option<Value>> {
    let Some(it) = slot.borrow().clone() else {
        return Ok(None);
    };
    match vm.next(&it) {
        Ok(Some(x)) => Ok(Some(x)),
        Ok(None) => {
            slot.replace(None);
            Ok(None)
        }
        Err(e) => {
            slot.replace(None);
            Err(e)
        }
    }
}

/// The next item of a native iterator.
pub(crate) fn next(vm: &mut Vm, tool: &Tool) -> PyResult<Option<Value>> {
    match &tool.kind {
        Kind::DequeIter {
            deque,
            index,
            left,
            state,
            reversed,
        } => deque_next(deque, index, left, *state, *reversed),
        Kind::Count { next, step } => {
            let value = next.borrow().clone();
            let following = add(vm, &value, step)?;
            next.replace(following);
            Ok(Some(value))
        }
        Kind::Repeat { object, times } => match times.get() {
            None => Ok(Some(object.clone())),
            Some(n) if n > 0 => {
                times.set(Some(n - 1));
                Ok(Some(object.clone()))
            }
            Some(_) => Ok(None),
        },
        Kind::Cycle { it, saved, pos } => cycle_next(vm, it, saved, pos),
        Kind::Chain { source, active } => chain_next(vm, source, active),
        Kind::Islice {
            it,
            next,
            stop,
            step,
            count,
        } => islice_next(vm, it, next, *stop, *step, count),
        Kind::Accumulate {
            it,
            func,
            total,
            initial,
        } => accumulate_next(vm, it, func, total, initial),
        Kind::Batched { it, n, strict } => batched_next(vm, it, *n, *strict),
        Kind::Compress { data, selectors } => loop {
            let Some(d) = vm.next(data)? else {
                return Ok(None);
            };
            let Some(s) = vm.next(selectors)? else {
                return Ok(None);
            };
            if vm.truthy(&s)? {
                return Ok(Some(d));
            }
        },
        Kind::DropWhile { pred, it, dropping } => loop {
            let Some(x) = vm.next(it)? else {
                return Ok(None);
            };
            if !dropping.get() {
                return Ok(Some(x));
            }
            let keep = vm.call_value(pred, vec![x.clone()])?;
            if !vm.truthy(&keep)? {
                dropping.set(false);
                return Ok(Some(x));
            }
        },
        Kind::TakeWhile { pred, it, stopped } => {
            if stopped.get() {
                return Ok(None);
            }
            let Some(x) = vm.next(it)? else {
                return Ok(None);
            };
            let ok = vm.call_value(pred, vec![x.clone()])?;
            if vm.truthy(&ok)? {
                return Ok(Some(x));
            }
            stopped.set(true);
            Ok(None)
        }
        Kind::FilterFalse { pred, it } => loop {
            let Some(x) = vm.next(it)? else {
                return Ok(None);
            };
            let verdict = match pred {
                Value::None => x.clone(),
                f => vm.call_value(f, vec![x.clone()])?,
            };
            if !vm.truthy(&verdict)? {
                return Ok(Some(x));
            }
        },
        Kind::StarMap { func, it } => {
            let Some(args) = vm.next(it)? else {
                return Ok(None);
            };
            let args = match args.as_obj() {
                Some(Object::Tuple(items)) => items.clone(),
                _ => vm.collect(&args)?,
            };
            vm.call_value(func, args).map(Some)
        }
        Kind::Pairwise { it, old } => pairwise_next(vm, it, old),
        Kind::ZipLongest { its, active, fill } => zip_longest_next(vm, its, active, fill),
        Kind::Comb(c) => Ok(c.next()),
    }
}

/// The next item of the tools that run no Python code (deque iterators,
/// combinatorics); `None` for the others.
pub(crate) fn next_plain(tool: &Tool) -> PyResult<Option<Value>> {
    match &tool.kind {
        Kind::DequeIter {
            deque,
            index,
            left,
            state,
            reversed,
        } => deque_next(deque, index, left, *state, *reversed),
        Kind::Repeat { object, times } => Ok(match times.get() {
            None => Some(object.clone()),
            Some(n) if n > 0 => {
                times.set(Some(n - 1));
                Some(object.clone())
            }
            Some(_) => None,
        }),
        Kind::Comb(c) => Ok(c.next()),
        _ => Ok(None),
    }
}

fn mutated() -> Box<PyErr> {
    PyErr::msg(ExcKind::RuntimeError, "deque mutated during iteration")
}

fn deque_next(
    deque: &Value,
    index: &Cell<usize>,
    left: &Cell<usize>,
    state: u64,
    reversed: bool,
) -> PyResult<Option<Value>> {
    let Some(Object::Deque(d)) = deque.as_obj() else {
        return Ok(None);
    };
    // As CPython: a mutation is reported at every call, even at the end.
    if d.state.get() != state {
        left.set(0);
        return Err(mutated());
    }
    if left.get() == 0 {
        return Ok(None);
    }
    let items = d.items.borrow();
    let i = index.get();
    index.set(i + 1);
    left.set(left.get() - 1);
    let at = if reversed {
        items.len().checked_sub(i + 1)
    } else {
        Some(i)
    };
    Ok(at.and_then(|at| items.get(at).cloned()))
}

fn cycle_next(
    vm: &mut Vm,
    it: &RefCell<Option<Value>>,
    saved: &RefCell<Vec<Value>>,
    pos: &Cell<usize>,
) -> PyResult<Option<Value>> {
    if it.borrow().is_some() {
        if let Some(x) = advance(vm, it)? {
            saved.borrow_mut().push(x.clone());
            return Ok(Some(x));
        }
    }
    let saved = saved.borrow();
    if saved.is_empty() {
        return Ok(None);
    }
    let i = pos.get() % saved.len();
    pos.set(i + 1);
    Ok(saved.get(i).cloned())
}

fn chain_next(
    vm: &mut Vm,
    source: &RefCell<Option<Value>>,
    active: &RefCell<Option<Value>>,
) -> PyResult<Option<Value>> {
    loop {
        if let Some(x) = advance(vm, active)? {
            return Ok(Some(x));
        }
        let Some(iterable) = advance(vm, source)? else {
            return Ok(None);
        };
        match vm.get_iter(&iterable) {
            Ok(it) => active.replace(Some(it)),
            Err(e) => {
                // As CPython: an item that is not iterable ends the chain.
                source.replace(None);
                return Err(e);
            }
        };
    }
}

fn islice_next(
    vm: &mut Vm,
    it: &RefCell<Option<Value>>,
    next: &Cell<usize>,
    stop: Option<usize>,
    step: usize,
    count: &Cell<usize>,
) -> PyResult<Option<Value>> {
    while count.get() < next.get() {
        if advance(vm, it)?.is_none() {
            return Ok(None);
        }
        count.set(count.get() + 1);
    }
    if stop.is_some_and(|s| count.get() >= s) {
        it.replace(None);
        return Ok(None);
    }
    let Some(item) = advance(vm, it)? else {
        return Ok(None);
    };
    count.set(count.get() + 1);
    let mut following = next.get().saturating_add(step);
    if let Some(s) = stop {
        following = following.min(s);
    }
    next.set(following);
    Ok(Some(item))
}

fn accumulate_next(
    vm: &mut Vm,
    it: &Value,
    func: &Value,
    total: &RefCell<Option<Value>>,
    initial: &RefCell<Option<Value>>,
) -> PyResult<Option<Value>> {
    if let Some(first) = initial.borrow_mut().take() {
        total.replace(Some(first.clone()));
        return Ok(Some(first));
    }
    let Some(x) = vm.next(it)? else {
        return Ok(None);
    };
    let current = total.borrow().clone();
    let result = match (current, func) {
        (None, _) => x,
        (Some(t), Value::None) => add(vm, &t, &x)?,
        (Some(t), f) => vm.call_value(f, vec![t, x])?,
    };
    total.replace(Some(result.clone()));
    Ok(Some(result))
}

fn batched_next(
    vm: &mut Vm,
    it: &RefCell<Option<Value>>,
    n: usize,
    strict: bool,
) -> PyResult<Option<Value>> {
    let mut batch = Vec::new();
    while batch.len() < n {
        match advance(vm, it)? {
            Some(x) => batch.push(x),
            None => break,
        }
    }
    if batch.is_empty() {
        return Ok(None);
    }
    if batch.len() < n {
        it.replace(None);
        if strict {
            return Err(crate::exception::value_error("batched(): incomplete batch"));
        }
    }
    Ok(Some(Value::tuple(batch)))
}

fn pairwise_next(
    vm: &mut Vm,
    it: &RefCell<Option<Value>>,
    old: &RefCell<Option<Value>>,
) -> PyResult<Option<Value>> {
    let first = old.borrow().clone();
    let first = match first {
        Some(v) => v,
        None => match advance(vm, it)? {
            Some(v) => {
                old.replace(Some(v.clone()));
                v
            }
            None => return Ok(None),
        },
    };
    let Some(second) = advance(vm, it)? else {
        old.replace(None);
        return Ok(None);
    };
    old.replace(Some(second.clone()));
    Ok(Some(Value::tuple(vec![first, second])))
}

fn zip_longest_next(
    vm: &mut Vm,
    its: &RefCell<Vec<Option<Value>>>,
    active: &Cell<usize>,
    fill: &Value,
) -> PyResult<Option<Value>> {
    let n = its.borrow().len();
    if n == 0 || active.get() == 0 {
        return Ok(None);
    }
    let mut row = Vec::with_capacity(n);
    for i in 0..n {
        let it = its.borrow().get(i).cloned().flatten();
        let Some(it) = it else {
            row.push(fill.clone());
            continue;
        };
        match vm.next(&it)? {
            Some(x) => row.push(x),
            None => {
                active.set(active.get().saturating_sub(1));
                if active.get() == 0 {
                    return Ok(None);
                }
                if let Some(slot) = its.borrow_mut().get_mut(i) {
                    *slot = None;
                }
                row.push(fill.clone());
            }
        }
    }
    Ok(Some(Value::tuple(row)))
}

/// `repr()` of the tools CPython shows with their state (`count(5)`,
/// `repeat('a', 3)`).
pub(crate) fn repr(vm: &mut Vm, v: &Value) -> Option<PyResult<String>> {
    let tool = tool_of(v)?;
    match &tool.kind {
        Kind::Count { next, step } => {
            let next = next.borrow().clone();
            Some((|| {
                let shown = vm.repr_of(&next)?;
                if matches!(step, Value::Int(1) | Value::Bool(true)) {
                    Ok(format!("count({shown})"))
                } else {
                    Ok(format!("count({shown}, {})", vm.repr_of(step)?))
                }
            })())
        }
        Kind::Repeat { object, times } => Some(vm.repr_of(object).map(|o| match times.get() {
            None => format!("repeat({o})"),
            Some(n) => format!("repeat({o}, {})", n.max(0)),
        })),
        _ => None,
    }
}

/// `__length_hint__` of a built-in iterator, when it knows one.
pub(crate) fn length_hint(it: &Value) -> PyResult<Option<i64>> {
    let Some(Object::Iter(cell)) = it.as_obj() else {
        return Ok(None);
    };
    let state = cell.borrow();
    Ok(Some(match &*state {
        IterState::Seq(seq, i) | IterState::Derived(_, seq, i) => {
            let len = match &**seq {
                Object::List(items) => items.borrow().len(),
                Object::Tuple(items) => items.len(),
                _ => 0,
            };
            len.saturating_sub(*i) as i64
        }
        IterState::Range { next, stop, step } => {
            let (next, stop, step) = (*next as i128, *stop as i128, *step as i128);
            let n = if step > 0 && next < stop {
                (stop - next + step - 1) / step
            } else if step < 0 && next > stop {
                (next - stop - step - 1) / -step
            } else {
                0
            };
            n as i64
        }
        IterState::Chars(s, i) => match &**s {
            Object::Str(text) => text.get(*i..).map_or(0, |r| r.chars().count()) as i64,
            _ => 0,
        },
        IterState::Dict(d, _, pos, len) => match &**d {
            Object::Dict(dict) if dict.borrow().len() == *len => {
                dict.borrow().len().saturating_sub(*pos.min(len)) as i64
            }
            _ => 0,
        },
        IterState::Set(s, _, len) => match &**s {
            Object::Set(set) if set.borrow().len() == *len => *len as i64,
            _ => 0,
        },
        IterState::Lazy(LazyIter::Reversed(_, i)) => (*i + 1).max(0),
        IterState::Lazy(LazyIter::Tool(t)) => match &t.kind {
            Kind::DequeIter { left, .. } => left.get() as i64,
            Kind::Repeat { times, .. } => match times.get() {
                Some(n) => n.max(0),
                None => return Err(type_error("len() of unsized object")),
            },
            _ => return Ok(None),
        },
        _ => return Ok(None),
    }))
}

/// The methods of built-in iterators: `__next__`, `__length_hint__`.
pub(crate) fn find_method(it: &Value, name: &str) -> Option<Builtin> {
    let (name, func): (&'static str, NativeFn) = match name {
        "__next__" => ("__next__", dunder_next),
        "__length_hint__" if matches!(length_hint(it), Ok(Some(_)) | Err(_)) => {
            ("__length_hint__", dunder_length_hint)
        }
        "__reduce__" if tool_of(it).is_some() => ("__reduce__", dunder_reduce),
        _ => return None,
    };
    Some(Builtin { name, func })
}

/// `T.__next__` / `T.__length_hint__` of an iterator type, unbound.
pub(crate) fn type_method(name: &str) -> Option<Value> {
    let (name, func): (&'static str, NativeFn) = match name {
        "__next__" => ("__next__", dunder_next),
        "__length_hint__" => ("__length_hint__", dunder_length_hint),
        _ => return None,
    };
    Some(Value::obj(Object::Builtin(Builtin { name, func })))
}

fn dunder_next(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    let it = args.first().cloned().unwrap_or(Value::None);
    match vm.next(&it)? {
        Some(v) => Ok(v),
        None => Err(PyErr::new(ExcKind::StopIteration, Vec::new())),
    }
}

fn dunder_length_hint(_: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    let it = args.first().cloned().unwrap_or(Value::None);
    Ok(match length_hint(&it)? {
        Some(n) => Value::Int(n),
        None => crate::object_type::not_implemented(),
    })
}

fn dunder_reduce(_: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    let name = args
        .first()
        .and_then(tool_of)
        .map_or("iterator", |t| t.name());
    Err(type_error(format!("cannot pickle '{name}' object")))
}
