//! Comparisons (`COMPARE_OP`, `CONTAINS_OP`) and truth (`TO_BOOL`).

use std::cmp::Ordering;

use taipan_bytecode::CompareOpArg;

use crate::dict::HashKey;
use crate::exception::{type_error, PyResult};
use crate::types::type_name;
use crate::value::{Object, Value};

/// Comparisons of two small ints or two floats, inlined in the dispatch
/// loop; `None` for everything else.
#[inline(always)]
pub(crate) fn fast_compare(arg: u32, a: &Value, b: &Value) -> Option<bool> {
    let ord = match (a, b) {
        (Value::Int(x), Value::Int(y)) => x.cmp(y),
        (Value::Float(x), Value::Float(y)) => x.partial_cmp(y)?,
        _ => return None,
    };
    Some(match arg >> 5 {
        CompareOpArg::LT => ord == Ordering::Less,
        CompareOpArg::LE => ord != Ordering::Greater,
        CompareOpArg::EQ => ord == Ordering::Equal,
        CompareOpArg::NE => ord != Ordering::Equal,
        CompareOpArg::GT => ord == Ordering::Greater,
        _ => ord != Ordering::Less,
    })
}

/// `a <op> b`.
pub(crate) fn compare(op: CompareOpArg, a: &Value, b: &Value) -> PyResult<Value> {
    let result = match op.op() {
        CompareOpArg::EQ => eq(a, b)?,
        CompareOpArg::NE => !eq(a, b)?,
        cmp if is_nan(a) || is_nan(b) => {
            // NaN is unordered: every ordering comparison is false.
            let _ = cmp;
            if !(is_number(a) && is_number(b)) {
                return Err(type_error(format!(
                    "'{}' not supported between instances of '{}' and '{}'",
                    op.symbol(),
                    type_name(a),
                    type_name(b)
                )));
            }
            false
        }
        _ if crate::set_methods::is_set_like(a) => {
            match crate::set_methods::set_compare(op, a, b) {
                Some(r) => r?,
                None => {
                    return Err(type_error(format!(
                        "'{}' not supported between instances of '{}' and '{}'",
                        op.symbol(),
                        type_name(a),
                        type_name(b)
                    )))
                }
            }
        }
        _ if seq_pair(a, b).is_some() => {
            let Some((x, y)) = seq_pair(a, b) else {
                return Ok(Value::Bool(false));
            };
            return seq_compare(op, &x, &y);
        }
        cmp => {
            let Some(ord) = order(a, b)? else {
                return Err(type_error(format!(
                    "'{}' not supported between instances of '{}' and '{}'",
                    op.symbol(),
                    type_name(a),
                    type_name(b)
                )));
            };
            match cmp {
                CompareOpArg::LT => ord == Ordering::Less,
                CompareOpArg::LE => ord != Ordering::Greater,
                CompareOpArg::GT => ord == Ordering::Greater,
                _ => ord != Ordering::Less,
            }
        }
    };
    Ok(Value::Bool(result))
}

/// The items of two lists or two tuples.
fn seq_pair(a: &Value, b: &Value) -> Option<(Vec<Value>, Vec<Value>)> {
    match (a.as_obj()?, b.as_obj()?) {
        (Object::List(x), Object::List(y)) => Some((x.borrow().clone(), y.borrow().clone())),
        (Object::Tuple(x), Object::Tuple(y)) => Some((x.clone(), y.clone())),
        _ => None,
    }
}

/// An ordering comparison of sequences, as CPython's: the first items
/// that differ are compared with the same operator (so its error names
/// their types), else the lengths.
fn seq_compare(op: CompareOpArg, x: &[Value], y: &[Value]) -> PyResult<Value> {
    crate::depth::nested(IN_COMPARISON, || {
        for (a, b) in x.iter().zip(y) {
            if !a.is(b) && !eq(a, b)? {
                return compare(op, a, b);
            }
        }
        let ord = x.len().cmp(&y.len());
        Ok(Value::Bool(match op.op() {
            CompareOpArg::LT => ord == Ordering::Less,
            CompareOpArg::LE => ord != Ordering::Greater,
            CompareOpArg::GT => ord == Ordering::Greater,
            _ => ord != Ordering::Less,
        }))
    })
}

/// `a == b`.
pub(crate) fn eq(a: &Value, b: &Value) -> PyResult<bool> {
    Ok(match (a, b) {
        (Value::Int(x), Value::Int(y)) => x == y,
        (Value::Float(x), Value::Float(y)) => x == y,
        (Value::None, Value::None) => true,
        _ => match (a.as_obj(), b.as_obj()) {
            (Some(Object::Str(x)), Some(Object::Str(y))) => x.as_str() == y.as_str(),
            (Some(Object::Bytes(x)), Some(Object::Bytes(y))) => x == y,
            (
                Some(x @ (Object::Bytes(_) | Object::ByteArray(_) | Object::MemoryView(_))),
                Some(Object::Bytes(_) | Object::ByteArray(_) | Object::MemoryView(_)),
            ) => {
                let _ = x;
                crate::bytes_methods::bytes_like(a) == crate::bytes_methods::bytes_like(b)
            }
            (Some(Object::List(x)), Some(Object::List(y))) => {
                let (x, y) = (x.borrow().clone(), y.borrow().clone());
                seq_eq(&x, &y)?
            }
            (Some(Object::Tuple(x)), Some(Object::Tuple(y))) => seq_eq(x, y)?,
            (Some(Object::WeakRef(x)), Some(Object::WeakRef(y))) => crate::weakref::eq(x, y, a, b)?,
            (Some(Object::DictView(..)), _) | (_, Some(Object::DictView(..))) => {
                match crate::dict_methods::view_eq(a, b) {
                    Some(r) => r?,
                    None => a.is(b),
                }
            }
            (
                Some(Object::Range(..) | Object::BigRange(_)),
                Some(Object::Range(..) | Object::BigRange(_)),
            ) => crate::slices::range_eq(a, b),
            // Bound methods: the same function bound to the same object.
            (Some(Object::Method(f, x)), Some(Object::Method(g, y))) => f.is(g) && x.is(y),
            (Some(Object::Slice(a1, b1, c1)), Some(Object::Slice(a2, b2, c2))) => seq_eq(
                &[a1.clone(), b1.clone(), c1.clone()],
                &[a2.clone(), b2.clone(), c2.clone()],
            )?,
            (Some(Object::Set(x)), Some(Object::Set(y))) => {
                crate::set::set_eq(&x.borrow(), &y.borrow())?
            }
            (Some(Object::Dict(x)), Some(Object::Dict(y))) => {
                let (x, y) = (x.borrow().clone(), y.borrow().clone());
                if x.len() != y.len() {
                    return Ok(false);
                }
                crate::depth::nested(IN_COMPARISON, || {
                    for (k, v) in x.iter() {
                        let Some(key) = HashKey::of(k) else {
                            return Ok(false);
                        };
                        match y.get(&key) {
                            Some(w) if v.is(w) || eq(v, w)? => {}
                            _ => return Ok(false),
                        }
                    }
                    Ok(true)
                })?
            }
            _ => match crate::int_ops::num_cmp(a, b) {
                Some(ord) => ord == Some(Ordering::Equal),
                None => crate::complex::eq(a, b).unwrap_or_else(|| a.is(b)),
            },
        },
    })
}

fn is_nan(v: &Value) -> bool {
    matches!(v, Value::Float(f) if f.is_nan())
}

fn is_number(v: &Value) -> bool {
    matches!(v, Value::Int(_) | Value::Float(_) | Value::Bool(_)) || v.as_bigint().is_some()
}

fn seq_eq(x: &[Value], y: &[Value]) -> PyResult<bool> {
    if x.len() != y.len() {
        return Ok(false);
    }
    crate::depth::nested(IN_COMPARISON, || {
        for (a, b) in x.iter().zip(y) {
            // Identity first, as CPython's containers do (so a list that
            // contains itself equals itself without recursing forever).
            if !a.is(b) && !eq(a, b)? {
                return Ok(false);
            }
        }
        Ok(true)
    })
}

/// The end of the `RecursionError` message for comparisons nested too deep.
const IN_COMPARISON: &str = " in comparison";

/// The ordering of `a` and `b`, `None` if they are not orderable.
fn order(a: &Value, b: &Value) -> PyResult<Option<Ordering>> {
    Ok(match (a, b) {
        (Value::Int(x), Value::Int(y)) => Some(x.cmp(y)),
        (Value::Float(x), Value::Float(y)) => x.partial_cmp(y),
        _ => match (a.as_obj(), b.as_obj()) {
            (Some(Object::Str(x)), Some(Object::Str(y))) => Some(x.cmp(y)),
            (Some(Object::Bytes(x)), Some(Object::Bytes(y))) => Some(x.cmp(y)),
            (
                Some(Object::Bytes(_) | Object::ByteArray(_)),
                Some(Object::Bytes(_) | Object::ByteArray(_)),
            ) => crate::bytes_methods::bytes_like(a)
                .partial_cmp(&crate::bytes_methods::bytes_like(b)),
            (Some(Object::List(x)), Some(Object::List(y))) => {
                let (x, y) = (x.borrow().clone(), y.borrow().clone());
                seq_order(&x, &y)?
            }
            (Some(Object::Tuple(x)), Some(Object::Tuple(y))) => seq_order(x, y)?,
            _ => crate::int_ops::num_cmp(a, b).flatten(),
        },
    })
}

fn seq_order(x: &[Value], y: &[Value]) -> PyResult<Option<Ordering>> {
    crate::depth::nested(IN_COMPARISON, || {
        for (a, b) in x.iter().zip(y) {
            if !eq(a, b)? {
                return order(a, b);
            }
        }
        Ok(Some(x.len().cmp(&y.len())))
    })
}

/// `bool(v)`.
pub(crate) fn truthy(v: &Value) -> PyResult<bool> {
    Ok(match v {
        Value::Null | Value::None => false,
        Value::Bool(b) => *b,
        Value::Int(i) => *i != 0,
        Value::Float(f) => *f != 0.0,
        Value::Obj(o) => match &**o {
            Object::Str(s) => !s.is_empty(),
            Object::Bytes(b) => !b.is_empty(),
            Object::ByteArray(b) => !b.borrow().is_empty(),
            Object::List(l) => !l.borrow().is_empty(),
            Object::Deque(d) => !d.is_empty(),
            Object::Tuple(t) => !t.is_empty(),
            Object::Dict(d) => !d.borrow().is_empty(),
            Object::Set(set) => set.borrow().len() > 0,
            Object::Range(..) => crate::iter::range_len(v) > 0,
            Object::BigRange(r) => num_traits::Signed::is_positive(&r.len),
            Object::Complex(re, im) => *re != 0.0 || *im != 0.0,
            _ => true,
        },
    })
}

/// `item in container`.
pub(crate) fn contains(container: &Value, item: &Value) -> PyResult<bool> {
    match container.as_obj() {
        Some(Object::Str(s)) => match item.as_str() {
            Some(sub) => Ok(s.contains(sub)),
            None => Err(type_error(format!(
                "'in <string>' requires string as left operand, not {}",
                type_name(item)
            ))),
        },
        Some(Object::Dict(d)) => Ok(d.borrow().get(&HashKey::for_dict(item)?).is_some()),
        Some(Object::Bytes(_) | Object::ByteArray(_)) => {
            let hay = crate::bytes_methods::bytes_like(container).unwrap_or_default();
            match (item, crate::bytes_methods::bytes_like(item)) {
                (Value::Int(i), _) if (0..256).contains(i) => {
                    Ok(hay.iter().any(|&b| i64::from(b) == *i))
                }
                (Value::Int(_), _) => Err(crate::exception::value_error(
                    "byte must be in range(0, 256)",
                )),
                (_, Some(needle)) => Ok(crate::bytes_methods::find_sub(&hay, &needle).is_some()),
                _ => Err(type_error(format!(
                    "a bytes-like object is required, not '{}'",
                    type_name(item)
                ))),
            }
        }
        Some(Object::Set(set)) => set.borrow().contains(item),
        Some(Object::DictView(kind, d)) if *kind != crate::value::ViewKind::Values => {
            crate::dict_methods::view_contains(*kind, d, item)
        }
        Some(Object::DictView(kind, d)) => {
            for x in kind.items(d) {
                if x.is(item) || eq(&x, item)? {
                    return Ok(true);
                }
            }
            Ok(false)
        }
        Some(Object::Range(..) | Object::BigRange(_))
            if crate::slices::range_contains(container, item).is_some() =>
        {
            Ok(crate::slices::range_contains(container, item) == Some(true))
        }
        Some(Object::BigRange(r)) => {
            let crate::builtins::LazyIter::BigCount(mut state) =
                crate::big_range::iter_state(r, false)
            else {
                return Ok(false);
            };
            while let Some(x) = crate::big_range::advance(&mut state) {
                if eq(&x, item)? {
                    return Ok(true);
                }
            }
            Ok(false)
        }
        Some(Object::List(_) | Object::Tuple(_) | Object::Range(..)) => {
            let items = crate::iter::collect(container)?;
            for x in &items {
                if x.is(item) || eq(x, item)? {
                    return Ok(true);
                }
            }
            Ok(false)
        }
        _ => Err(type_error(format!(
            "argument of type '{}' is not a container or iterable",
            type_name(container)
        ))),
    }
}
