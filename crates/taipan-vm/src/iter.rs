//! Iteration: `GET_ITER`, `FOR_ITER`, `UNPACK_SEQUENCE` and collecting an
//! iterable into a vector (for builtins).

use std::cell::RefCell;

use crate::exception::{type_error, value_error, PyResult};
use crate::types::type_name;
use crate::value::{IterState, Object, Value};

/// `iter(v)`.
pub(crate) fn get_iter(v: &Value) -> PyResult<Value> {
    let Value::Obj(o) = v else {
        return Err(not_iterable(v));
    };
    let state = match &**o {
        Object::List(_) | Object::Tuple(_) => IterState::Seq(o.clone(), 0),
        Object::Dict(d) => {
            let keys: Vec<Value> = d.borrow().iter().map(|(k, _)| k.clone()).collect();
            let Value::Obj(keys) = Value::tuple(keys) else {
                return Err(not_iterable(v));
            };
            IterState::Seq(keys, 0)
        }
        Object::Str(_) => IterState::Chars(o.clone(), 0),
        Object::Bytes(b) => {
            let ints = b.iter().map(|&x| Value::Int(i64::from(x))).collect();
            let Value::Obj(items) = Value::tuple(ints) else {
                return Err(not_iterable(v));
            };
            IterState::Derived("bytes_iterator", items, 0)
        }
        Object::Set(set) => {
            let Value::Obj(items) = Value::tuple(set.borrow().items()) else {
                return Err(not_iterable(v));
            };
            IterState::Derived("set_iterator", items, 0)
        }
        Object::Range(start, stop, step) => IterState::Range {
            next: *start,
            stop: *stop,
            step: *step,
        },
        Object::Iter(_) | Object::Generator(_) => return Ok(v.clone()),
        Object::DictView(kind, d) => {
            let Value::Obj(items) = Value::tuple(kind.items(d)) else {
                return Err(not_iterable(v));
            };
            let name = match kind {
                crate::value::ViewKind::Keys => "dict_keyiterator",
                crate::value::ViewKind::Values => "dict_valueiterator",
                crate::value::ViewKind::Items => "dict_itemiterator",
            };
            IterState::Derived(name, items, 0)
        }
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

/// All items of an iterable.
pub(crate) fn collect(v: &Value) -> PyResult<Vec<Value>> {
    match v.as_obj() {
        Some(Object::List(items)) => return Ok(items.borrow().clone()),
        Some(Object::Tuple(items)) => return Ok(items.clone()),
        _ => {}
    }
    let it = get_iter(v)?;
    let mut out = Vec::new();
    while let Some(x) = next(&it)? {
        out.push(x);
    }
    Ok(out)
}

/// `UNPACK_SEQUENCE n`: the items, first first.
pub(crate) fn unpack(v: &Value, n: usize) -> PyResult<Vec<Value>> {
    let items = collect(v).map_err(|_| {
        type_error(format!(
            "cannot unpack non-iterable {} object",
            type_name(v)
        ))
    })?;
    if items.len() > n {
        return Err(value_error(format!(
            "too many values to unpack (expected {n}, got {})",
            items.len()
        )));
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
