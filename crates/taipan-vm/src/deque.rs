//! `collections.deque`, native: a `VecDeque` of values with an optional
//! maximum length and a mutation counter (`state`) that iterators, `count`,
//! `index`, `remove` and `in` check, raising CPython's "deque mutated
//! during iteration". No `RefCell` borrow is held while Python code runs
//! (comparisons, `__index__`, iteration of an argument): items are cloned
//! out first, so a callback that changes the deque sees no borrow panic.

use std::cell::{Cell, RefCell};
use std::collections::VecDeque;
use std::rc::Rc;

use crate::exception::{type_error, ExcKind, PyErr, PyResult};
use crate::method_args::{bind, Sig, Style};
use crate::types::type_name;
use crate::value::{Builtin, NativeFn, Object, Value};
use crate::Vm;

type Kw<'a> = &'a [(Rc<str>, Value)];

/// A deque's contents.
#[derive(Debug, Default)]
pub struct DequeObj {
    /// The items, left to right.
    pub items: RefCell<VecDeque<Value>>,
    /// `maxlen`, if bounded.
    pub maxlen: Cell<Option<usize>>,
    /// Bumped by every mutation (iterators compare it).
    pub state: Cell<u64>,
}

impl DequeObj {
    /// A deque holding `items`, bounded by `maxlen`.
    pub fn new(items: VecDeque<Value>, maxlen: Option<usize>) -> DequeObj {
        DequeObj {
            items: RefCell::new(items),
            maxlen: Cell::new(maxlen),
            state: Cell::new(0),
        }
    }

    fn bump(&self) {
        self.state.set(self.state.get().wrapping_add(1));
    }

    /// Append on the right, dropping from the left past `maxlen`.
    pub fn push_back(&self, x: Value) {
        self.bump();
        let dropped;
        {
            let mut items = self.items.borrow_mut();
            if self.maxlen.get() == Some(0) {
                return drop(x);
            }
            items.push_back(x);
            dropped = match self.maxlen.get() {
                Some(m) if items.len() > m => items.pop_front(),
                _ => None,
            };
        }
        // A dropped item's `__del__` may touch the deque: the borrow ended.
        drop(dropped);
    }

    /// Append on the left, dropping from the right past `maxlen`.
    pub fn push_front(&self, x: Value) {
        self.bump();
        let dropped;
        {
            let mut items = self.items.borrow_mut();
            if self.maxlen.get() == Some(0) {
                return drop(x);
            }
            items.push_front(x);
            dropped = match self.maxlen.get() {
                Some(m) if items.len() > m => items.pop_back(),
                _ => None,
            };
        }
        drop(dropped);
    }

    /// A copy of the items.
    pub fn snapshot(&self) -> Vec<Value> {
        self.items.borrow().iter().cloned().collect()
    }

    /// The number of items.
    pub fn len(&self) -> usize {
        self.items.borrow().len()
    }

    /// Whether the deque is empty.
    pub fn is_empty(&self) -> bool {
        self.items.borrow().is_empty()
    }
}

/// The deque inside `v` (itself, or the payload of a subclass instance).
pub(crate) fn deque_value(v: &Value) -> Option<Value> {
    match v.as_obj() {
        Some(Object::Deque(_)) => Some(v.clone()),
        Some(Object::Instance(_)) => {
            let p = crate::classes::payload_of(v);
            matches!(p.as_obj(), Some(Object::Deque(_))).then_some(p)
        }
        _ => None,
    }
}

/// The receiver of a method: `args[0]` as a deque, and the other arguments.
fn receiver<'a>(args: &'a [Value], name: &str) -> PyResult<(Value, &'a [Value])> {
    let Some((first, rest)) = args.split_first() else {
        return Err(type_error(format!(
            "unbound method deque.{name}() needs an argument"
        )));
    };
    match deque_value(first) {
        Some(d) => Ok((d, rest)),
        None => Err(type_error(format!(
            "descriptor '{name}' for 'collections.deque' objects doesn't apply to a '{}' object",
            type_name(first)
        ))),
    }
}

/// Run `f` on the deque of a method call.
fn with<R>(
    args: &[Value],
    name: &str,
    f: impl FnOnce(&DequeObj, &[Value]) -> PyResult<R>,
) -> PyResult<R> {
    // Fast path: a plain deque receiver.
    if let Some(Value::Obj(o)) = args.first() {
        if let Object::Deque(d) = &**o {
            return f(d, &args[1..]);
        }
    }
    let (me, rest) = receiver(args, name)?;
    match me.as_obj() {
        Some(Object::Deque(d)) => f(d, rest),
        _ => Err(type_error("deque expected")),
    }
}

fn sig(name: &'static str, params: &'static [&'static str], req: usize, style: Style) -> Sig {
    Sig {
        owner: "deque",
        name,
        params,
        required: req,
        style,
    }
}

fn no_args(name: &'static str, rest: &[Value], kw: Kw) -> PyResult<()> {
    bind(&sig(name, &[], 0, Style::NoArgs), rest, kw).map(|_| ())
}

fn one_arg<'a>(name: &'static str, rest: &'a [Value], kw: Kw<'a>) -> PyResult<&'a Value> {
    if kw.is_empty() {
        if let [x] = rest {
            return Ok(x);
        }
    }
    let bound = bind(&sig(name, &["x"], 1, Style::One), rest, kw)?;
    bound
        .first()
        .copied()
        .flatten()
        .ok_or_else(|| type_error(format!("deque.{name}() takes exactly one argument")))
}

/// The methods of `deque`.
pub(crate) const METHODS: &[(&str, NativeFn)] = &[
    ("append", append),
    ("appendleft", appendleft),
    ("pop", pop),
    ("popleft", popleft),
    ("extend", extend),
    ("extendleft", extendleft),
    ("clear", clear),
    ("copy", copy),
    ("__copy__", copy),
    ("count", count),
    ("index", index),
    ("insert", insert),
    ("remove", remove),
    ("reverse", reverse),
    ("rotate", rotate),
    ("__len__", dunder_len),
    ("__iter__", dunder_iter),
    ("__reversed__", dunder_reversed),
    ("__contains__", dunder_contains),
    ("__getitem__", dunder_getitem),
    ("__setitem__", dunder_setitem),
    ("__delitem__", dunder_delitem),
    ("__iadd__", dunder_iadd),
    ("__add__", dunder_add),
    ("__mul__", dunder_mul),
    ("__rmul__", dunder_mul),
    ("__imul__", dunder_imul),
    ("__repr__", dunder_repr),
    ("__init__", dunder_init),
    ("__sizeof__", dunder_sizeof),
    ("__reduce__", dunder_reduce),
    ("__eq__", dunder_eq),
    ("__ne__", dunder_ne),
    ("__lt__", dunder_lt),
    ("__le__", dunder_le),
    ("__gt__", dunder_gt),
    ("__ge__", dunder_ge),
];

/// The method `name` of deques.
pub(crate) fn find(name: &str) -> Option<Builtin> {
    METHODS
        .iter()
        .find(|(n, _)| *n == name)
        .map(|&(name, func)| Builtin { name, func })
}

/// Data attributes of a deque (`maxlen`).
pub(crate) fn attribute(obj: &Value, name: &str) -> Option<Value> {
    match (obj.as_obj(), name) {
        (Some(Object::Deque(d)), "maxlen") => Some(maxlen_value(d)),
        _ => None,
    }
}

fn maxlen_value(d: &DequeObj) -> Value {
    match d.maxlen.get() {
        Some(m) => Value::Int(m as i64),
        None => Value::None,
    }
}

/// `deque(iterable=(), maxlen=None)`.
pub(crate) fn construct(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let (items, maxlen) = parse_init(vm, args, kw)?;
    Ok(Value::obj(Object::Deque(Box::new(DequeObj::new(
        items, maxlen,
    )))))
}

/// The items and maxlen that `deque(...)` arguments give.
fn parse_init(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<(VecDeque<Value>, Option<usize>)> {
    let s = Sig {
        owner: "deque",
        name: "deque",
        params: &["iterable", "maxlen"],
        required: 0,
        style: Style::Keywords,
    };
    let bound = bind(&s, args, kw)?;
    let maxlen = match bound.get(1).copied().flatten() {
        None | Some(Value::None) => None,
        Some(v) => {
            let n = match v {
                Value::Int(i) => *i,
                Value::Bool(b) => i64::from(*b),
                _ if v.as_bigint().is_some() => {
                    return Err(PyErr::msg(
                        ExcKind::OverflowError,
                        "Python int too large to convert to C ssize_t",
                    ))
                }
                _ => return Err(type_error("an integer is required")),
            };
            if n < 0 {
                return Err(crate::exception::value_error("maxlen must be non-negative"));
            }
            Some(n as usize)
        }
    };
    let mut items = VecDeque::new();
    if let Some(src) = bound.first().copied().flatten() {
        let it = vm.get_iter(src)?;
        while let Some(x) = vm.next(&it)? {
            items.push_back(x);
            if maxlen.is_some_and(|m| items.len() > m) {
                items.pop_front();
            }
        }
    }
    Ok((items, maxlen))
}

fn dunder_init(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let (me, rest) = receiver(args, "__init__")?;
    let (items, maxlen) = parse_init(vm, rest, kw)?;
    if let Some(Object::Deque(d)) = me.as_obj() {
        d.bump();
        d.maxlen.set(maxlen);
        let old = std::mem::replace(&mut *d.items.borrow_mut(), items);
        drop(old);
    }
    Ok(Value::None)
}

fn append(_: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    with(args, "append", |d, rest| {
        d.push_back(one_arg("append", rest, kw)?.clone());
        Ok(Value::None)
    })
}

fn appendleft(_: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    with(args, "appendleft", |d, rest| {
        d.push_front(one_arg("appendleft", rest, kw)?.clone());
        Ok(Value::None)
    })
}

fn empty_pop() -> Box<PyErr> {
    PyErr::msg(ExcKind::IndexError, "pop from an empty deque")
}

fn pop(_: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    with(args, "pop", |d, rest| {
        if !rest.is_empty() || !kw.is_empty() {
            no_args("pop", rest, kw)?;
        }
        let x = d.items.borrow_mut().pop_back().ok_or_else(empty_pop)?;
        d.bump();
        Ok(x)
    })
}

fn popleft(_: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    with(args, "popleft", |d, rest| {
        if !rest.is_empty() || !kw.is_empty() {
            no_args("popleft", rest, kw)?;
        }
        let x = d.items.borrow_mut().pop_front().ok_or_else(empty_pop)?;
        d.bump();
        Ok(x)
    })
}

/// The items of `src` for `extend`: a snapshot when it is the deque itself.
fn items_to_add(vm: &mut Vm, me: &Value, src: &Value) -> PyResult<Vec<Value>> {
    if let (Value::Obj(a), Value::Obj(b)) = (me, src) {
        if Rc::ptr_eq(a, b) {
            if let Object::Deque(d) = &**a {
                return Ok(d.snapshot());
            }
        }
    }
    vm.collect(src)
}

fn extend_side(vm: &mut Vm, args: &[Value], kw: Kw, left: bool) -> PyResult<Value> {
    let name = if left { "extendleft" } else { "extend" };
    let (me, rest) = receiver(args, name)?;
    let src = one_arg(name, rest, kw)?;
    let Some(Object::Deque(d)) = me.as_obj() else {
        return Ok(Value::None);
    };
    let same = matches!((&me, src), (Value::Obj(a), Value::Obj(b)) if Rc::ptr_eq(a, b));
    if same || matches!(src.as_obj(), Some(Object::List(_) | Object::Tuple(_))) {
        for x in items_to_add(vm, &me, src)? {
            push(d, x, left);
        }
        return Ok(Value::None);
    }
    let it = vm.get_iter(src)?;
    while let Some(x) = vm.next(&it)? {
        push(d, x, left);
    }
    Ok(Value::None)
}

fn push(d: &DequeObj, x: Value, left: bool) {
    if left {
        d.push_front(x)
    } else {
        d.push_back(x)
    }
}

fn extend(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    extend_side(vm, args, kw, false)
}

fn extendleft(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    extend_side(vm, args, kw, true)
}

fn clear(_: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let old = with(args, "clear", |d, rest| {
        no_args("clear", rest, kw)?;
        d.bump();
        Ok(std::mem::take(&mut *d.items.borrow_mut()))
    })?;
    drop(old);
    Ok(Value::None)
}

/// A new deque of the same type (`copy`, `+`, `*`).
fn same_type(
    vm: &mut Vm,
    this: &Value,
    items: VecDeque<Value>,
    maxlen: Option<usize>,
) -> PyResult<Value> {
    let fresh = Value::obj(Object::Deque(Box::new(DequeObj::new(items, maxlen))));
    match this.as_obj() {
        Some(Object::Instance(i)) => {
            let class = i.class().clone();
            let ml = maxlen.map_or(Value::None, |m| Value::Int(m as i64));
            let args = if maxlen.is_some() {
                vec![fresh, ml]
            } else {
                vec![fresh]
            };
            vm.call_value(&class, args)
        }
        _ => Ok(fresh),
    }
}

fn copy(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let this = args.first().cloned().unwrap_or(Value::None);
    let (items, maxlen) = with(args, "copy", |d, rest| {
        no_args("copy", rest, kw)?;
        Ok((d.items.borrow().clone(), d.maxlen.get()))
    })?;
    same_type(vm, &this, items, maxlen)
}

fn mutated() -> Box<PyErr> {
    PyErr::msg(ExcKind::RuntimeError, "deque mutated during iteration")
}

/// Item `i` of `d` (a clone), if it is still there.
fn item(d: &DequeObj, i: usize) -> Option<Value> {
    d.items.borrow().get(i).cloned()
}

fn count(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let (me, rest) = receiver(args, "count")?;
    let x = one_arg("count", rest, kw)?;
    let Some(Object::Deque(d)) = me.as_obj() else {
        return Ok(Value::Int(0));
    };
    let state = d.state.get();
    let mut n = 0;
    let mut i = 0;
    while let Some(y) = item(d, i) {
        if y.is(x) || vm.equal(&y, x)? {
            n += 1;
        }
        if d.state.get() != state {
            return Err(mutated());
        }
        i += 1;
    }
    Ok(Value::Int(n))
}

/// The position of the first item equal to `x` in `start..stop`.
fn find_index(
    vm: &mut Vm,
    d: &DequeObj,
    x: &Value,
    start: usize,
    stop: usize,
) -> PyResult<Option<usize>> {
    let state = d.state.get();
    for i in start..stop {
        let Some(y) = item(d, i) else { break };
        if y.is(x) || vm.equal(&y, x)? {
            return Ok(Some(i));
        }
        if d.state.get() != state {
            return Err(mutated());
        }
    }
    Ok(None)
}

fn slice_index(vm: &mut Vm, v: Option<&Value>) -> PyResult<Option<i64>> {
    match v {
        None => Ok(None),
        Some(v @ (Value::Int(_) | Value::Bool(_))) => crate::method_args::bound_arg(Some(v)),
        Some(v) if v.as_bigint().is_some() => crate::method_args::bound_arg(Some(v)),
        Some(v) => {
            if crate::classes::user_class(v).is_some() {
                if let Ok(i) = vm.index_of(v) {
                    return crate::method_args::bound_arg(Some(&i));
                }
            }
            Err(type_error(
                "slice indices must be integers or have an __index__ method",
            ))
        }
    }
}

fn index(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let (me, rest) = receiver(args, "index")?;
    let b = bind(
        &sig("index", &["x", "start", "stop"], 1, Style::Positional),
        rest,
        kw,
    )?;
    let (Some(x), start, stop) = (b[0], b[1], b[2]) else {
        return Err(type_error("index expected at least 1 argument, got 0"));
    };
    let (start, stop) = (slice_index(vm, start)?, slice_index(vm, stop)?);
    let Some(Object::Deque(d)) = me.as_obj() else {
        return Ok(Value::None);
    };
    let (start, stop) = crate::method_args::adjust(start, stop, d.len());
    match find_index(vm, d, x, start, stop)? {
        Some(i) => Ok(Value::Int(i as i64)),
        None => Err(crate::exception::value_error(
            "deque.index(x): x not in deque",
        )),
    }
}

fn insert(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let (me, rest) = receiver(args, "insert")?;
    let b = bind(
        &sig("insert", &["index", "x"], 2, Style::Positional),
        rest,
        kw,
    )?;
    let (Some(i), Some(x)) = (b[0], b[1]) else {
        return Err(type_error("insert expected 2 arguments"));
    };
    let i = match crate::classes::user_class(i) {
        Some(_) => crate::method_args::index_arg(&vm.index_of(i)?)?,
        None => crate::method_args::index_arg(i)?,
    };
    let Some(Object::Deque(d)) = me.as_obj() else {
        return Ok(Value::None);
    };
    let n = d.len();
    if d.maxlen.get().is_some_and(|m| n >= m) {
        return Err(PyErr::msg(
            ExcKind::IndexError,
            "deque already at its maximum size",
        ));
    }
    let at = if i < 0 {
        (i + n as i64).max(0) as usize
    } else {
        (i as usize).min(n)
    };
    d.bump();
    d.items.borrow_mut().insert(at, x.clone());
    Ok(Value::None)
}

fn remove(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let (me, rest) = receiver(args, "remove")?;
    let x = one_arg("remove", rest, kw)?;
    let Some(Object::Deque(d)) = me.as_obj() else {
        return Ok(Value::None);
    };
    let state = d.state.get();
    let mut i = 0;
    while let Some(y) = item(d, i) {
        let equal = y.is(x) || vm.equal(&y, x)?;
        if d.state.get() != state {
            // CPython's remove says IndexError here.
            return Err(PyErr::msg(
                ExcKind::IndexError,
                "deque mutated during iteration",
            ));
        }
        if equal {
            d.bump();
            let removed = d.items.borrow_mut().remove(i);
            drop(removed);
            return Ok(Value::None);
        }
        i += 1;
    }
    Err(crate::exception::value_error(
        "deque.remove(x): x not in deque",
    ))
}

fn reverse(_: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    with(args, "reverse", |d, rest| {
        no_args("reverse", rest, kw)?;
        d.bump();
        d.items.borrow_mut().make_contiguous().reverse();
        Ok(Value::None)
    })
}

fn rotate(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let (me, rest) = receiver(args, "rotate")?;
    let b = bind(&sig("rotate", &["n"], 0, Style::Positional), rest, kw)?;
    let n = match b[0] {
        None => 1,
        Some(v) if crate::classes::user_class(v).is_some() => {
            crate::method_args::index_arg(&vm.index_of(v)?)?
        }
        Some(v) => crate::method_args::index_arg(v)?,
    };
    let Some(Object::Deque(d)) = me.as_obj() else {
        return Ok(Value::None);
    };
    d.bump();
    let mut items = d.items.borrow_mut();
    let len = items.len() as i64;
    if len > 1 {
        let k = n.rem_euclid(len) as usize;
        items.rotate_right(k);
    }
    Ok(Value::None)
}

fn dunder_len(_: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    with(args, "__len__", |d, rest| {
        no_args("__len__", rest, kw)?;
        Ok(Value::Int(d.len() as i64))
    })
}

fn dunder_iter(_: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    let (me, _) = receiver(args, "__iter__")?;
    Ok(iterator(&me, false))
}

fn dunder_reversed(_: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    let (me, _) = receiver(args, "__reversed__")?;
    Ok(iterator(&me, true))
}

/// `iter(d)` or `reversed(d)`.
pub(crate) fn iterator(d: &Value, reversed: bool) -> Value {
    crate::itertools::deque_iter(d, reversed)
}

/// `x in d`.
pub(crate) fn contains(vm: &mut Vm, d: &DequeObj, x: &Value) -> PyResult<bool> {
    Ok(find_index(vm, d, x, 0, usize::MAX)?.is_some())
}

fn dunder_contains(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let (me, rest) = receiver(args, "__contains__")?;
    let x = one_arg("__contains__", rest, kw)?;
    match me.as_obj() {
        Some(Object::Deque(d)) => Ok(Value::Bool(contains(vm, d, x)?)),
        _ => Ok(Value::Bool(false)),
    }
}

/// The position `key` (an int) names in a deque of `len` items.
fn position(key: &Value, len: usize) -> PyResult<usize> {
    let i = match key {
        Value::Int(i) => *i,
        Value::Bool(b) => i64::from(*b),
        _ if key.as_bigint().is_some() => crate::method_args::index_arg(key)?,
        _ => {
            return Err(type_error(format!(
                "sequence index must be integer, not '{}'",
                type_name(key)
            )))
        }
    };
    let j = if i < 0 { i + len as i64 } else { i };
    if j < 0 || j >= len as i64 {
        return Err(PyErr::msg(ExcKind::IndexError, "deque index out of range"));
    }
    Ok(j as usize)
}

/// A key for a method call: user objects with `__index__` become ints.
fn key_of(vm: &mut Vm, key: &Value) -> PyResult<Value> {
    if crate::classes::user_class(key).is_some() {
        if let Ok(i) = vm.index_of(key) {
            return Ok(i);
        }
    }
    Ok(key.clone())
}

/// `d[key]`.
pub(crate) fn getitem(d: &DequeObj, key: &Value) -> PyResult<Value> {
    let i = position(key, d.len())?;
    item(d, i).ok_or_else(|| PyErr::msg(ExcKind::IndexError, "deque index out of range"))
}

/// `d[key] = value`.
pub(crate) fn setitem(d: &DequeObj, key: &Value, value: Value) -> PyResult<()> {
    let i = position(key, d.len())?;
    let old = d
        .items
        .borrow_mut()
        .get_mut(i)
        .map(|slot| std::mem::replace(slot, value));
    drop(old);
    Ok(())
}

/// `del d[key]`.
pub(crate) fn delitem(d: &DequeObj, key: &Value) -> PyResult<()> {
    let i = position(key, d.len())?;
    d.bump();
    let old = d.items.borrow_mut().remove(i);
    drop(old);
    Ok(())
}

fn dunder_getitem(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let (me, rest) = receiver(args, "__getitem__")?;
    let key = key_of(vm, one_arg("__getitem__", rest, kw)?)?;
    match me.as_obj() {
        Some(Object::Deque(d)) => getitem(d, &key),
        _ => Ok(Value::None),
    }
}

fn dunder_setitem(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    let (me, rest) = receiver(args, "__setitem__")?;
    let [key, value] = rest else {
        return Err(type_error(format!(
            "expected 2 arguments, got {}",
            rest.len()
        )));
    };
    let key = key_of(vm, key)?;
    if let Some(Object::Deque(d)) = me.as_obj() {
        setitem(d, &key, value.clone())?;
    }
    Ok(Value::None)
}

fn dunder_delitem(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let (me, rest) = receiver(args, "__delitem__")?;
    let key = key_of(vm, one_arg("__delitem__", rest, kw)?)?;
    if let Some(Object::Deque(d)) = me.as_obj() {
        delitem(d, &key)?;
    }
    Ok(Value::None)
}

/// `d + other` (both deques).
pub(crate) fn add(vm: &mut Vm, a: &Value, b: &Value) -> PyResult<Value> {
    let (Some(x), Some(y)) = (deque_value(a), deque_value(b)) else {
        return Err(type_error(format!(
            "can only concatenate deque (not \"{}\") to deque",
            type_name(b)
        )));
    };
    let (Some(Object::Deque(x)), Some(Object::Deque(y))) = (x.as_obj(), y.as_obj()) else {
        return Err(type_error("deque expected"));
    };
    let fresh = DequeObj::new(x.items.borrow().clone(), x.maxlen.get());
    for v in y.snapshot() {
        fresh.push_back(v);
    }
    let items = fresh.items.into_inner();
    same_type(vm, a, items, x.maxlen.get())
}

/// `d * n` or, in place, `d *= n`.
pub(crate) fn repeat(d: &DequeObj, n: &Value) -> PyResult<VecDeque<Value>> {
    let n = match n {
        Value::Int(i) => *i,
        Value::Bool(b) => i64::from(*b),
        _ if n.as_bigint().is_some() => crate::method_args::index_arg(n)?,
        _ => {
            return Err(type_error(format!(
                "can't multiply sequence by non-int of type '{}'",
                type_name(n)
            )))
        }
    };
    let base = d.snapshot();
    let mut out = VecDeque::new();
    if n <= 0 || base.is_empty() {
        return Ok(out);
    }
    let total = (base.len() as u128) * (n as u128);
    let keep = d.maxlen.get().map_or(total, |m| (m as u128).min(total));
    if keep > (isize::MAX as u128) / 16 {
        return Err(PyErr::msg(ExcKind::MemoryError, ""));
    }
    crate::method_args::alloc_check(keep as usize, 16)?;
    // Only the last `keep` items of the repetition survive a maxlen.
    let skip = total - keep;
    let len = base.len() as u128;
    for k in skip..total {
        if let Some(v) = base.get((k % len) as usize) {
            out.push_back(v.clone());
        }
    }
    Ok(out)
}

fn dunder_add(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let (me, rest) = receiver(args, "__add__")?;
    let other = one_arg("__add__", rest, kw)?;
    add(vm, &me, other)
}

fn dunder_iadd(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let this = args.first().cloned().unwrap_or(Value::None);
    let mut full = args.to_vec();
    if let Some(first) = full.first_mut() {
        *first = receiver(args, "__iadd__")?.0;
    }
    extend(vm, &full, kw)?;
    Ok(this)
}

fn dunder_mul(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let this = args.first().cloned().unwrap_or(Value::None);
    let (me, rest) = receiver(args, "__mul__")?;
    let n = one_arg("__mul__", rest, kw)?;
    let Some(Object::Deque(d)) = me.as_obj() else {
        return Ok(Value::None);
    };
    let items = repeat(d, n)?;
    same_type(vm, &this, items, d.maxlen.get())
}

fn dunder_imul(_: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let this = args.first().cloned().unwrap_or(Value::None);
    let (me, rest) = receiver(args, "__imul__")?;
    let n = one_arg("__imul__", rest, kw)?;
    if let Some(Object::Deque(d)) = me.as_obj() {
        imul(d, n)?;
    }
    Ok(this)
}

/// `d *= n`.
pub(crate) fn imul(d: &DequeObj, n: &Value) -> PyResult<()> {
    let items = repeat(d, n)?;
    d.bump();
    let old = std::mem::replace(&mut *d.items.borrow_mut(), items);
    drop(old);
    Ok(())
}

/// `repr(d)` (items shown by `item_repr`), with `[...]` for a deque
/// inside itself.
pub(crate) fn repr_with(
    v: &Value,
    item_repr: &mut dyn FnMut(&Value) -> PyResult<String>,
) -> PyResult<String> {
    repr_named(v, "deque", item_repr)
}

/// `repr(d)` under the type name `name` (a subclass's).
pub(crate) fn repr_named(
    v: &Value,
    name: &str,
    item_repr: &mut dyn FnMut(&Value) -> PyResult<String>,
) -> PyResult<String> {
    let Some(Object::Deque(d)) = v.as_obj() else {
        return Ok(String::new());
    };
    let body = crate::format::guard_repr(v, "", || {
        let items = d.snapshot();
        let mut parts = Vec::with_capacity(items.len());
        for x in &items {
            parts.push(item_repr(x)?);
        }
        Ok(format!("[{}]", parts.join(", ")))
    })?;
    if body.is_empty() {
        return Ok("[...]".to_owned());
    }
    Ok(match d.maxlen.get() {
        Some(m) => format!("{name}({body}, maxlen={m})"),
        None => format!("{name}({body})"),
    })
}

fn dunder_repr(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    let (me, _) = receiver(args, "__repr__")?;
    Ok(Value::str(vm.repr_of(&me)?))
}

fn dunder_sizeof(_: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    with(args, "__sizeof__", |d, _| {
        Ok(Value::Int(624 + 8 * d.len() as i64))
    })
}

fn dunder_reduce(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    let this = args.first().cloned().unwrap_or(Value::None);
    let (me, _) = receiver(args, "__reduce__")?;
    let Some(Object::Deque(d)) = me.as_obj() else {
        return Ok(Value::None);
    };
    let class = crate::classes::type_value(&this);
    let init = Value::tuple(vec![Value::tuple(Vec::new()), maxlen_value(d)]);
    let it = vm.get_iter(&me)?;
    Ok(Value::tuple(vec![class, init, Value::None, it]))
}

/// A comparison of two deques (`None` when `b` is not one).
pub(crate) fn compare(
    vm: &mut Vm,
    op: taipan_bytecode::CompareOpArg,
    a: &Value,
    b: &Value,
) -> PyResult<Option<Value>> {
    let (Some(x), Some(y)) = (deque_value(a), deque_value(b)) else {
        return Ok(None);
    };
    let (Some(Object::Deque(x)), Some(Object::Deque(y))) = (x.as_obj(), y.as_obj()) else {
        return Ok(None);
    };
    let (x, y) = (Value::list(x.snapshot()), Value::list(y.snapshot()));
    Ok(Some(vm.sequence_compare(op, &x, &y)?))
}

fn compare_method(
    vm: &mut Vm,
    args: &[Value],
    kw: Kw,
    op: u32,
    name: &'static str,
) -> PyResult<Value> {
    let (me, rest) = receiver(args, name)?;
    let other = one_arg(name, rest, kw)?;
    let op = taipan_bytecode::CompareOpArg::new(op, false);
    Ok(compare(vm, op, &me, other)?.unwrap_or_else(crate::object_type::not_implemented))
}

fn dunder_eq(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    compare_method(vm, args, kw, taipan_bytecode::CompareOpArg::EQ, "__eq__")
}

fn dunder_ne(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    compare_method(vm, args, kw, taipan_bytecode::CompareOpArg::NE, "__ne__")
}

fn dunder_lt(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    compare_method(vm, args, kw, taipan_bytecode::CompareOpArg::LT, "__lt__")
}

fn dunder_le(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    compare_method(vm, args, kw, taipan_bytecode::CompareOpArg::LE, "__le__")
}

fn dunder_gt(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    compare_method(vm, args, kw, taipan_bytecode::CompareOpArg::GT, "__gt__")
}

fn dunder_ge(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    compare_method(vm, args, kw, taipan_bytecode::CompareOpArg::GE, "__ge__")
}

/// `a + b`, `a * b` (and in place) with the deque `a`; `None` for the
/// other operand types (the generic error follows).
pub(crate) fn binary_op(
    vm: &mut Vm,
    op: taipan_bytecode::BinaryOpArg,
    a: &Value,
    b: &Value,
    inplace: bool,
) -> Option<PyResult<Value>> {
    use taipan_bytecode::BinaryOpArg as B;
    let Some(Object::Deque(d)) = a.as_obj() else {
        return None;
    };
    Some(match (op, inplace) {
        (B::ADD, true) => extend(vm, &[a.clone(), b.clone()], &[]).map(|_| a.clone()),
        (B::ADD, false) => add(vm, a, b),
        (_, true) => imul(d, b).map(|()| a.clone()),
        (_, false) => repeat(d, b).map(|items| {
            Value::obj(Object::Deque(Box::new(DequeObj::new(
                items,
                d.maxlen.get(),
            ))))
        }),
    })
}

/// A subscript key for a list or deque: a user object with `__index__`
/// becomes its int (other keys and containers are left alone).
pub(crate) fn index_key(vm: &mut Vm, container: &Value, key: Value) -> PyResult<Value> {
    let seq = matches!(
        container.as_obj(),
        Some(Object::List(_) | Object::Deque(_) | Object::ByteArray(_))
    );
    match crate::classes::user_class(&key) {
        Some(c) if seq && crate::classes::lookup_str(&c, "__index__").is_some() => {
            vm.index_of(&key)
        }
        _ => Ok(key),
    }
}
