//! The lazy iterator builtins: `enumerate`, `zip`, `map`, `filter`,
//! `reversed`, `iter(callable, sentinel)`, and `iter`/`next` themselves.
//!
//! Each is an `IterState::Lazy` holding the iterators it draws from; its
//! items are computed one `next` at a time (`Vm::next` sends these states
//! here, since producing an item may run Python code). The `RefCell` of
//! the state is never borrowed while Python code runs: the inner
//! iterators are cloned out first, so a callback that advances the same
//! iterator sees a consistent state instead of a borrow panic.

use std::cell::RefCell;
use std::rc::Rc;

use super::Kw;
use crate::exception::{type_error, ExcKind, PyErr, PyResult};
use crate::types::type_name;
use crate::value::{IterState, Object, Value};
use crate::Vm;

/// The state of a lazy built-in iterator.
#[derive(Clone, Debug)]
pub enum LazyIter {
    /// `enumerate(it, start)`: the next count.
    Enumerate(Value, Value),
    /// `zip(*its, strict=)`.
    Zip(Vec<Value>, bool),
    /// `map(func, *its, strict=)`.
    Map(Value, Vec<Value>, bool),
    /// `filter(func, it)`.
    Filter(Value, Value),
    /// `reversed(seq)` over a list (`list_reverseiterator`) or another
    /// sequence (`reversed`): the next index, counting down.
    Reversed(Value, i64),
    /// `iter(callable, sentinel)`.
    Callable(Value, Value),
    /// Over a range beyond 64 bits (`longrange_iterator`): the next
    /// value, the step and how many items are left.
    BigCount(Box<(num_bigint::BigInt, num_bigint::BigInt, num_bigint::BigInt)>),
    /// A native iterator of `itertools` or `collections`.
    Tool(Rc<crate::itertools::Tool>),
    /// An iterator that has ended for good.
    Done(&'static str),
}

impl LazyIter {
    /// The type name.
    pub(crate) fn name(&self) -> &'static str {
        match self {
            LazyIter::Enumerate(..) => "enumerate",
            LazyIter::Zip(..) => "zip",
            LazyIter::Map(..) => "map",
            LazyIter::Filter(..) => "filter",
            LazyIter::Reversed(seq, _) if matches!(seq.as_obj(), Some(Object::List(_))) => {
                "list_reverseiterator"
            }
            LazyIter::Reversed(..) => "reversed",
            LazyIter::Callable(..) => "callable_iterator",
            LazyIter::BigCount(_) => "longrange_iterator",
            LazyIter::Tool(t) => t.name(),
            LazyIter::Done(name) => name,
        }
    }
}

fn lazy(state: LazyIter) -> Value {
    Value::obj(Object::Iter(RefCell::new(IterState::Lazy(state))))
}

/// Whether `v` is an iterator (has `__next__`).
pub(crate) fn is_iterator(v: &Value) -> bool {
    matches!(v.as_obj(), Some(Object::Iter(_) | Object::Generator(_)))
        || crate::classes::user_class(v).is_some_and(|c| {
            crate::classes::class_lookup(&c, &crate::dict::HashKey::Str(Rc::from("__next__")))
                .is_some()
        })
}

/// The next item of a lazy iterator (`state` is its cell in `it`).
pub(crate) fn lazy_next(vm: &mut Vm, cell: &RefCell<IterState>) -> PyResult<Option<Value>> {
    let snapshot = match &*cell.borrow() {
        IterState::Lazy(l) => l.clone(),
        _ => return Ok(None),
    };
    let (item, next_state) = match snapshot {
        LazyIter::Enumerate(it, count) => match vm.next(&it)? {
            Some(x) => {
                let next = crate::binary_op::binary_op(
                    taipan_bytecode::BinaryOpArg::ADD,
                    &count,
                    &Value::Int(1),
                )?;
                (
                    Some(Value::tuple(vec![count, x])),
                    Some(LazyIter::Enumerate(it, next)),
                )
            }
            None => (None, None),
        },
        LazyIter::Zip(its, strict) => (zip_next(vm, &its, strict, "zip")?, None),
        LazyIter::Map(f, its, strict) => match zip_next(vm, &its, strict, "map")? {
            Some(Value::Obj(row)) => match &*row {
                Object::Tuple(args) => (Some(vm.call_value(&f, args.clone())?), None),
                _ => (None, None),
            },
            _ => (None, None),
        },
        LazyIter::Filter(f, it) => (filter_next(vm, &f, &it)?, None),
        LazyIter::Reversed(seq, i) => {
            let item = reversed_item(vm, &seq, i)?;
            let next = item.as_ref().map(|_| LazyIter::Reversed(seq, i - 1));
            (item, next.or(Some(LazyIter::Done("reversed"))))
        }
        LazyIter::Callable(f, sentinel) => {
            let v = vm.call_value(&f, Vec::new())?;
            if v.is(&sentinel) || super::reduce::eq_vm(vm, &v, &sentinel)? {
                (None, Some(LazyIter::Done("callable_iterator")))
            } else {
                (Some(v), None)
            }
        }
        LazyIter::BigCount(mut state) => {
            let item = crate::big_range::advance(&mut state);
            (item, Some(LazyIter::BigCount(state)))
        }
        LazyIter::Tool(t) => (crate::itertools::next(vm, &t)?, None),
        LazyIter::Done(_) => (None, None),
    };
    if let Some(state) = next_state {
        if let IterState::Lazy(l) = &mut *cell.borrow_mut() {
            // Keep the type name of a finished `list_reverseiterator`.
            *l = match state {
                LazyIter::Done(_) => LazyIter::Done(l.name()),
                other => other,
            };
        }
    }
    Ok(item)
}

/// One row of `zip` (a tuple), checking lengths when `strict`.
fn zip_next(vm: &mut Vm, its: &[Value], strict: bool, who: &str) -> PyResult<Option<Value>> {
    if its.is_empty() {
        return Ok(None);
    }
    let mut row = Vec::with_capacity(its.len());
    for (i, it) in its.iter().enumerate() {
        match vm.next(it)? {
            Some(x) => row.push(x),
            None if !strict => return Ok(None),
            None if i > 0 => {
                return Err(zip_length_error(who, i, "shorter"));
            }
            None => {
                for (j, other) in its.iter().enumerate().skip(1) {
                    if vm.next(other)?.is_some() {
                        return Err(zip_length_error(who, j, "longer"));
                    }
                }
                return Ok(None);
            }
        }
    }
    Ok(Some(Value::tuple(row)))
}

fn zip_length_error(who: &str, i: usize, how: &str) -> Box<PyErr> {
    let plural = if i == 1 {
        "argument 1".to_owned()
    } else {
        format!("arguments 1-{i}")
    };
    crate::exception::value_error(format!("{who}() argument {} is {how} than {plural}", i + 1))
}

fn filter_next(vm: &mut Vm, f: &Value, it: &Value) -> PyResult<Option<Value>> {
    while let Some(x) = vm.next(it)? {
        let keep = match f {
            Value::None => vm.truthy(&x)?,
            Value::Obj(o) if matches!(&**o, Object::Type(crate::types::TypeKind::Bool)) => {
                vm.truthy(&x)?
            }
            _ => {
                let r = vm.call_value(f, vec![x.clone()])?;
                vm.truthy(&r)?
            }
        };
        if keep {
            return Ok(Some(x));
        }
    }
    Ok(None)
}

/// Item `i` of the sequence `reversed` walks, `None` past the start (or
/// when a list shrank below it).
fn reversed_item(vm: &mut Vm, seq: &Value, i: i64) -> PyResult<Option<Value>> {
    if i < 0 {
        return Ok(None);
    }
    let Ok(idx) = usize::try_from(i) else {
        return Ok(None);
    };
    Ok(match seq.as_obj() {
        Some(Object::List(items)) => items.borrow().get(idx).cloned(),
        Some(Object::Tuple(items)) => items.get(idx).cloned(),
        Some(Object::Str(s)) => s.char_at(idx).map(|c| Value::str(c.to_string())),
        Some(Object::Bytes(b)) => b.get(idx).map(|&x| Value::Int(i64::from(x))),
        _ => match vm.binary_dunder(taipan_bytecode::BinaryOpArg::SUBSCR, seq, &Value::Int(i)) {
            Ok(v) => Some(v),
            Err(e)
                if e.kind().is_subclass(ExcKind::IndexError)
                    || e.kind().is_subclass(ExcKind::StopIteration) =>
            {
                None
            }
            Err(e) => return Err(e),
        },
    })
}

/// Split off the keyword arguments a builtin accepts; any other is the
/// `TypeError` CPython raises.
pub(crate) fn keywords<'k>(
    kwargs: Kw<'k>,
    allowed: &[&str],
    who: &str,
) -> PyResult<Vec<Option<&'k Value>>> {
    let mut out = vec![None; allowed.len()];
    for (k, v) in kwargs {
        match allowed.iter().position(|a| **a == **k) {
            Some(i) => out[i] = Some(v),
            None => {
                return Err(type_error(format!(
                    "{who}() got an unexpected keyword argument '{k}'"
                )))
            }
        }
    }
    Ok(out)
}

/// `enumerate(iterable, start=0)`.
pub(super) fn enumerate(vm: &mut Vm, args: &[Value], kwargs: Kw) -> PyResult<Value> {
    let kw = keywords(kwargs, &["iterable", "start"], "enumerate").map_err(|_| {
        let bad = kwargs
            .iter()
            .find(|(k, _)| !matches!(&**k, "iterable" | "start"))
            .map_or("", |(k, _)| &**k);
        type_error(format!(
            "'{bad}' is an invalid keyword argument for enumerate()"
        ))
    })?;
    let iterable = args.first().or(kw[0]);
    let Some(iterable) = iterable else {
        return Err(type_error(
            "enumerate() missing required argument 'iterable'",
        ));
    };
    if args.len() > 2 {
        return Err(type_error(format!(
            "enumerate() takes at most 2 arguments ({} given)",
            args.len() + kwargs.len()
        )));
    }
    let start = args.get(1).or(kw[1]).cloned().unwrap_or(Value::Int(0));
    if start.as_bigint().is_none() {
        return Err(type_error(format!(
            "'{}' object cannot be interpreted as an integer",
            type_name(&start)
        )));
    }
    let start = match start {
        Value::Bool(b) => Value::Int(i64::from(b)),
        other => other,
    };
    let it = vm.get_iter(iterable)?;
    Ok(lazy(LazyIter::Enumerate(it, start)))
}

/// `zip(*iterables, strict=False)`.
pub(super) fn zip(vm: &mut Vm, args: &[Value], kwargs: Kw) -> PyResult<Value> {
    let kw = keywords(kwargs, &["strict"], "zip")?;
    let strict = match kw[0] {
        Some(v) => vm.truthy(v)?,
        None => false,
    };
    let its = args
        .iter()
        .map(|a| vm.get_iter(a))
        .collect::<PyResult<Vec<_>>>()?;
    Ok(lazy(LazyIter::Zip(its, strict)))
}

/// `map(function, iterable, *iterables, strict=False)`.
pub(super) fn map(vm: &mut Vm, args: &[Value], kwargs: Kw) -> PyResult<Value> {
    let kw = keywords(kwargs, &["strict"], "map")?;
    let Some((f, iterables)) = args.split_first().filter(|(_, rest)| !rest.is_empty()) else {
        return Err(type_error("map() must have at least two arguments."));
    };
    let strict = match kw[0] {
        Some(v) => vm.truthy(v)?,
        None => false,
    };
    let its = iterables
        .iter()
        .map(|it| vm.get_iter(it))
        .collect::<PyResult<Vec<_>>>()?;
    Ok(lazy(LazyIter::Map(f.clone(), its, strict)))
}

/// `filter(function or None, iterable)`.
pub(super) fn filter(vm: &mut Vm, args: &[Value], kwargs: Kw) -> PyResult<Value> {
    if !kwargs.is_empty() {
        return Err(type_error("filter() takes no keyword arguments"));
    }
    let [f, iterable] = args else {
        return Err(type_error(format!(
            "filter expected 2 arguments, got {}",
            args.len()
        )));
    };
    let it = vm.get_iter(iterable)?;
    Ok(lazy(LazyIter::Filter(f.clone(), it)))
}

/// `reversed(sequence)`.
pub(super) fn reversed(vm: &mut Vm, args: &[Value], kwargs: Kw) -> PyResult<Value> {
    if !kwargs.is_empty() {
        return Err(type_error("reversed() takes no keyword arguments"));
    }
    let [v] = args else {
        return Err(type_error(format!(
            "reversed expected 1 argument, got {}",
            args.len()
        )));
    };
    if let Some(Object::Class(c)) = v.as_obj() {
        // A class whose metaclass defines `__reversed__` (enums).
        if let Some(f) = crate::classes::lookup_str(&c.metaclass, "__reversed__") {
            return vm.call_value(&f, vec![v.clone()]);
        }
    }
    if let Some(class) = crate::classes::user_class(v) {
        let key = crate::dict::HashKey::Str(Rc::from("__reversed__"));
        if let Some(f) = crate::classes::class_lookup(&class, &key) {
            return vm.call_value(&f, vec![v.clone()]);
        }
        let has_getitem = crate::classes::class_lookup(
            &class,
            &crate::dict::HashKey::Str(Rc::from("__getitem__")),
        )
        .is_some();
        if let Some(d) = crate::deque::deque_value(v) {
            return Ok(crate::deque::iterator(&d, true));
        }
        if has_getitem {
            if let Value::Int(n) = vm.len_of(v)? {
                return Ok(lazy(LazyIter::Reversed(v.clone(), n - 1)));
            }
        }
    }
    let len = match v.as_obj() {
        Some(Object::List(items)) => items.borrow().len(),
        Some(Object::Tuple(items)) => items.len(),
        Some(Object::Str(s)) => s.char_len(),
        Some(Object::Bytes(b)) => b.len(),
        Some(Object::ByteArray(b)) => b.borrow().len(),
        Some(Object::MemoryView(_)) => crate::memoryview::len(v)?,
        Some(Object::Deque(_)) => return Ok(crate::deque::iterator(v, true)),
        Some(Object::Range(..)) => return crate::iter::range_reversed(v),
        Some(Object::BigRange(r)) => return Ok(lazy(crate::big_range::iter_state(r, true))),
        Some(Object::Dict(_) | Object::DictView(..)) => {
            return crate::iter::dict_reversed(v);
        }
        _ => {
            return Err(type_error(format!(
                "'{}' object is not reversible",
                type_name(v)
            )))
        }
    };
    Ok(lazy(LazyIter::Reversed(v.clone(), len as i64 - 1)))
}

/// `next(iterator[, default])`.
pub(super) fn next(vm: &mut Vm, args: &[Value], kwargs: Kw) -> PyResult<Value> {
    if !kwargs.is_empty() {
        return Err(type_error("next() takes no keyword arguments"));
    }
    let (it, default) = match args {
        [it] => (it, None),
        [it, d] => (it, Some(d)),
        [] => return Err(type_error("next expected at least 1 argument, got 0")),
        _ => {
            return Err(type_error(format!(
                "next expected at most 2 arguments, got {}",
                args.len()
            )))
        }
    };
    if !is_iterator(it) {
        return Err(type_error(format!(
            "'{}' object is not an iterator",
            type_name(it)
        )));
    }
    if let Some(g) = crate::generator::as_generator(it) {
        return vm.gen_next_builtin(g, default);
    }
    match (vm.next(it)?, default) {
        (Some(v), _) => Ok(v),
        (None, Some(default)) => Ok(default.clone()),
        (None, None) => Err(PyErr::new(ExcKind::StopIteration, Vec::new())),
    }
}

/// `iter(iterable)` or `iter(callable, sentinel)`.
pub(super) fn iter(vm: &mut Vm, args: &[Value], kwargs: Kw) -> PyResult<Value> {
    if !kwargs.is_empty() {
        return Err(type_error("iter() takes no keyword arguments"));
    }
    match args {
        [v] => vm.get_iter(v),
        [f, sentinel] => {
            if !super::introspect::is_callable(f) {
                return Err(type_error("iter(v, w): v must be callable"));
            }
            Ok(lazy(LazyIter::Callable(f.clone(), sentinel.clone())))
        }
        [] => Err(type_error("iter expected at least 1 argument, got 0")),
        _ => Err(type_error(format!(
            "iter expected at most 2 arguments, got {}",
            args.len()
        ))),
    }
}
