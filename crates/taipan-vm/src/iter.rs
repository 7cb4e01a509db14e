//! Iteration: `GET_ITER`, `FOR_ITER`, `UNPACK_SEQUENCE` and collecting an
//! iterable into a vector (for builtins).

use std::cell::RefCell;

use crate::exception::{type_error, value_error, ExcKind, PyErr, PyResult};
use crate::types::type_name;
use crate::value::{IterState, Object, Value, ViewKind};

/// `iter(v)`.
pub(crate) fn get_iter(v: &Value) -> PyResult<Value> {
    let Value::Obj(o) = v else {
        return Err(not_iterable(v));
    };
    let state = match &**o {
        Object::List(_) | Object::Tuple(_) => IterState::Seq(o.clone(), 0),
        Object::Dict(d) => IterState::Dict(o.clone(), ViewKind::Keys, 0, d.borrow().len()),
        Object::Str(_) => IterState::Chars(o.clone(), 0),
        Object::Bytes(_) | Object::ByteArray(_) | Object::MemoryView(_) => {
            let data = crate::bytes_methods::bytes_like(v).unwrap_or_default();
            let ints = data.iter().map(|&x| Value::Int(i64::from(x))).collect();
            let Value::Obj(items) = Value::tuple(ints) else {
                return Err(not_iterable(v));
            };
            let name = match &**o {
                Object::Bytes(_) => "bytes_iterator",
                Object::ByteArray(_) => "bytearray_iterator",
                _ => "memory_iterator",
            };
            IterState::Derived(name, items, 0)
        }
        Object::Set(set) => IterState::Set(o.clone(), 0, set.borrow().len()),
        Object::Deque(_) => return Ok(crate::deque::iterator(v, false)),
        Object::BigRange(r) => IterState::Lazy(crate::big_range::iter_state(r, false)),
        Object::Range(start, stop, step) => IterState::Range {
            next: *start,
            stop: *stop,
            step: *step,
        },
        Object::Generator(g) if g.kind != crate::generator::GenKind::Generator => {
            return Err(not_iterable(v))
        }
        Object::Iter(_) | Object::Generator(_) => return Ok(v.clone()),
        Object::DictView(kind, Value::Obj(d)) => match &**d {
            Object::Dict(cell) => IterState::Dict(d.clone(), *kind, 0, cell.borrow().len()),
            _ => return Err(not_iterable(v)),
        },
        _ => return Err(not_iterable(v)),
    };
    Ok(Value::obj(Object::Iter(RefCell::new(state))))
}

fn not_iterable(v: &Value) -> Box<crate::PyErr> {
    type_error(format!("'{}' object is not iterable", type_name(v)))
}

/// `next(iterator)`, `None` when exhausted.
pub(crate) fn next(iterator: &Value) -> PyResult<Option<Value>> {
    let Some(Object::Iter(state)) = iterator.as_obj() else {
        return Err(type_error(format!(
            "'{}' object is not an iterator",
            type_name(iterator)
        )));
    };
    let mut state = state.borrow_mut();
    Ok(match &mut *state {
        IterState::Range { next, stop, step } => {
            if (*step > 0 && *next < *stop) || (*step < 0 && *next > *stop) {
                let v = *next;
                *next = next.saturating_add(*step);
                Some(Value::Int(v))
            } else {
                None
            }
        }
        IterState::Seq(seq, i) | IterState::Derived(_, seq, i) => {
            let item = match &**seq {
                Object::List(items) => items.borrow().get(*i).cloned(),
                Object::Tuple(items) => items.get(*i).cloned(),
                _ => None,
            };
            *i += 1;
            item
        }
        IterState::Dict(d, kind, pos, len) => return dict_next(d, *kind, pos, *len),
        IterState::Set(set, pos, len) => {
            let Object::Set(cell) = &**set else {
                return Ok(None);
            };
            let set = cell.borrow();
            if set.len() != *len {
                *len = usize::MAX;
                return Err(PyErr::msg(
                    ExcKind::RuntimeError,
                    "Set changed size during iteration",
                ));
            }
            let found = set.item_from(*pos);
            *pos = found.as_ref().map_or(usize::MAX, |(slot, _)| slot + 1);
            found.map(|(_, v)| v.clone())
        }
        IterState::Lazy(crate::builtins::LazyIter::BigCount(state)) => {
            crate::big_range::advance(state)
        }
        IterState::Lazy(crate::builtins::LazyIter::Tool(t)) => crate::itertools::next_plain(t)?,
        IterState::Lazy(_) => None,
        IterState::Chars(s, i) => {
            let Object::Str(text) = &**s else {
                return Ok(None);
            };
            let c = text.get(*i..).and_then(|rest| rest.chars().next());
            c.map(|c| {
                *i += c.len_utf8();
                Value::str(c.to_string())
            })
        }
    })
}

/// The next item of a dict iterator, or CPython's error when the dict
/// changed size since iteration began.
fn dict_next(d: &Object, kind: ViewKind, pos: &mut usize, len: usize) -> PyResult<Option<Value>> {
    let Object::Dict(cell) = d else {
        return Ok(None);
    };
    let dict = cell.borrow();
    if dict.len() != len {
        return Err(PyErr::msg(
            ExcKind::RuntimeError,
            "dictionary changed size during iteration",
        ));
    }
    let found = dict.entry_from(*pos);
    *pos = found.as_ref().map_or(usize::MAX, |(slot, _, _)| slot + 1);
    Ok(found.map(|(_, k, v)| match kind {
        ViewKind::Keys => k.clone(),
        ViewKind::Values => v.clone(),
        ViewKind::Items => Value::tuple(vec![k.clone(), v.clone()]),
    }))
}

/// The type name of an iterator in `state`.
pub(crate) fn iter_name(state: &IterState) -> &'static str {
    match state {
        IterState::Seq(seq, _) if matches!(&**seq, Object::Tuple(_)) => "tuple_iterator",
        IterState::Seq(..) => "list_iterator",
        IterState::Derived(name, ..) => name,
        IterState::Range { .. } => "range_iterator",
        IterState::Chars(..) => "str_ascii_iterator",
        IterState::Lazy(l) => l.name(),
        IterState::Dict(_, ViewKind::Keys, ..) => "dict_keyiterator",
        IterState::Dict(_, ViewKind::Values, ..) => "dict_valueiterator",
        IterState::Dict(_, ViewKind::Items, ..) => "dict_itemiterator",
        IterState::Set(..) => "set_iterator",
    }
}

/// `reversed(range(...))`.
pub(crate) fn range_reversed(v: &Value) -> PyResult<Value> {
    let Some(Object::Range(start, _, step)) = v.as_obj() else {
        return Err(type_error("'range' object expected"));
    };
    let n = range_len(v);
    let last = *start as i128 + (n as i128 - 1) * *step as i128;
    let state = match (i64::try_from(last), step.checked_neg()) {
        (Ok(last), Some(neg)) if n > 0 => IterState::Range {
            next: last,
            stop: start.saturating_sub(*step),
            step: neg,
        },
        _ => IterState::Range {
            next: 0,
            stop: 0,
            step: 1,
        },
    };
    Ok(Value::obj(Object::Iter(RefCell::new(state))))
}

/// `reversed(dict)` and `reversed(dict view)`: over a snapshot.
pub(crate) fn dict_reversed(v: &Value) -> PyResult<Value> {
    let (kind, dict) = match v.as_obj() {
        Some(Object::DictView(kind, d)) => (*kind, d.clone()),
        _ => (ViewKind::Keys, v.clone()),
    };
    let mut items = kind.items(&dict);
    items.reverse();
    let name = match kind {
        ViewKind::Keys => "dict_reversekeyiterator",
        ViewKind::Values => "dict_reversevalueiterator",
        ViewKind::Items => "dict_reverseitemiterator",
    };
    let Value::Obj(items) = Value::tuple(items) else {
        return Err(type_error("'dict' object is not reversible"));
    };
    Ok(Value::obj(Object::Iter(RefCell::new(IterState::Derived(
        name, items, 0,
    )))))
}

/// All items of an iterable.
pub(crate) fn collect(v: &Value) -> PyResult<Vec<Value>> {
    match v.as_obj() {
        Some(Object::List(items)) => return Ok(items.borrow().clone()),
        Some(Object::Tuple(items)) => return Ok(items.clone()),
        Some(Object::Deque(d)) => return Ok(d.snapshot()),
        _ => {}
    }
    let it = get_iter(v)?;
    let mut out = Vec::new();
    while let Some(x) = next(&it)? {
        out.push(x);
    }
    Ok(out)
}

/// `UNPACK_SEQUENCE n`: the items, first first. Lists and tuples are
/// checked by length; other iterables are drawn from until one item more
/// than needed (so an endless iterator fails instead of hanging).
pub(crate) fn unpack(vm: &mut crate::Vm, v: &Value, n: usize) -> PyResult<Vec<Value>> {
    let known = match v.as_obj() {
        Some(Object::List(items)) => Some(items.borrow().clone()),
        Some(Object::Tuple(items)) => Some(items.clone()),
        _ => None,
    };
    if let Some(items) = known {
        return match items.len() {
            len if len > n => Err(value_error(format!(
                "too many values to unpack (expected {n}, got {len})"
            ))),
            len if len < n => Err(value_error(format!(
                "not enough values to unpack (expected {n}, got {len})"
            ))),
            _ => Ok(items),
        };
    }
    let it = vm.get_iter(v).map_err(|e| {
        if e.kind() == ExcKind::TypeError {
            type_error(format!(
                "cannot unpack non-iterable {} object",
                type_name(v)
            ))
        } else {
            e
        }
    })?;
    let mut items = Vec::with_capacity(n);
    while let Some(x) = vm.next(&it)? {
        if items.len() == n {
            return Err(value_error(format!(
                "too many values to unpack (expected {n})"
            )));
        }
        items.push(x);
    }
    if items.len() < n {
        return Err(value_error(format!(
            "not enough values to unpack (expected {n}, got {})",
            items.len()
        )));
    }
    Ok(items)
}

/// `len(range(...))`.
pub(crate) fn range_len(v: &Value) -> i64 {
    match v.as_obj() {
        Some(Object::Range(start, stop, step)) => {
            let (start, stop, step) = (*start as i128, *stop as i128, *step as i128);
            let n = if step > 0 {
                (stop - start + step - 1) / step
            } else {
                (start - stop - step - 1) / -step
            };
            n.max(0) as i64
        }
        _ => 0,
    }
}
