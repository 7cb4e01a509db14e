//! Ranges beyond 64 bits: `range(2**100)`, `range(-2**63, 2**63)`.
//!
//! A range whose bounds or length do not fit `i64` is an
//! `Object::BigRange` holding big ints (ranges that fit stay the unboxed
//! `Object::Range`). It supports what CPython's `range` does with big
//! values: `len` (`OverflowError` past `sys.maxsize`), indexing,
//! slicing, `in`, `index`/`count`, iteration (`longrange_iterator`),
//! `reversed`, `repr`, equality and truth.

use num_bigint::BigInt;
use num_traits::{One, Signed, ToPrimitive, Zero};

use crate::exception::{type_error, value_error, ExcKind, PyErr, PyResult};
use crate::types::type_name;
use crate::value::{Object, Value};

/// The numbers of a big range, with its length computed once.
#[derive(Debug)]
pub struct BigRangeObj {
    /// First value.
    pub start: BigInt,
    /// The bound.
    pub stop: BigInt,
    /// The difference between items (never zero).
    pub step: BigInt,
    /// How many items.
    pub len: BigInt,
}

/// The length of `range(start, stop, step)` (`step` not zero).
fn length(start: &BigInt, stop: &BigInt, step: &BigInt) -> BigInt {
    let n: BigInt = if step.is_positive() {
        (stop - start + step - 1) / step
    } else {
        (start - stop - step - 1) / -step
    };
    if n.is_negative() {
        BigInt::zero()
    } else {
        n
    }
}

/// `range(start, stop, step)` (`step` not zero): unboxed when it fits.
pub(crate) fn make(start: BigInt, stop: BigInt, step: BigInt) -> Value {
    let len = length(&start, &stop, &step);
    if let (Some(a), Some(b), Some(c), true) = (
        start.to_i64(),
        stop.to_i64(),
        step.to_i64(),
        len.to_i64().is_some(),
    ) {
        return Value::obj(Object::Range(a, b, c));
    }
    Value::obj(Object::BigRange(Box::new(BigRangeObj {
        start,
        stop,
        step,
        len,
    })))
}

/// `(start, stop, step, len)` of any range, as big ints.
pub(crate) fn parts(v: &Value) -> Option<(BigInt, BigInt, BigInt, BigInt)> {
    match v.as_obj()? {
        Object::Range(a, b, c) => {
            let (a, b, c) = (BigInt::from(*a), BigInt::from(*b), BigInt::from(*c));
            let n = length(&a, &b, &c);
            Some((a, b, c, n))
        }
        Object::BigRange(r) => Some((
            r.start.clone(),
            r.stop.clone(),
            r.step.clone(),
            r.len.clone(),
        )),
        _ => None,
    }
}

/// `repr(range)`.
pub(crate) fn repr(r: &BigRangeObj) -> String {
    if r.step.is_one() {
        format!("range({}, {})", r.start, r.stop)
    } else {
        format!("range({}, {}, {})", r.start, r.stop, r.step)
    }
}

/// `len(range)`: `OverflowError` past `sys.maxsize`.
pub(crate) fn len(r: &BigRangeObj) -> PyResult<Value> {
    r.len.to_i64().map(Value::Int).ok_or_else(|| {
        PyErr::msg(
            ExcKind::OverflowError,
            "Python int too large to convert to C ssize_t",
        )
    })
}

/// `range.start`, `.stop`, `.step`.
pub(crate) fn attr(r: &BigRangeObj, name: &str) -> Option<Value> {
    Some(Value::from_bigint(match name {
        "start" => r.start.clone(),
        "stop" => r.stop.clone(),
        "step" => r.step.clone(),
        _ => return None,
    }))
}

/// `range[key]`: an item, or a range for a slice.
pub(crate) fn subscript(r: &BigRangeObj, key: &Value) -> PyResult<Value> {
    if let Some(Object::Slice(a, b, c)) = key.as_obj() {
        return slice(r, a, b, c);
    }
    let Some(mut i) = key.as_bigint().filter(|_| !matches!(key, Value::Float(_))) else {
        return Err(type_error(format!(
            "range indices must be integers or slices, not {}",
            type_name(key)
        )));
    };
    if i.is_negative() {
        i += &r.len;
    }
    if i.is_negative() || i >= r.len {
        return Err(PyErr::msg(
            ExcKind::IndexError,
            "range object index out of range",
        ));
    }
    Ok(Value::from_bigint(&r.start + i * &r.step))
}

/// A slice index as a big int (`None` stays `None`).
fn slice_index(v: &Value) -> PyResult<Option<BigInt>> {
    match v {
        Value::None => Ok(None),
        Value::Float(_) => Err(bad_slice_index()),
        _ => v.as_bigint().map(Some).ok_or_else(bad_slice_index),
    }
}

fn bad_slice_index() -> Box<PyErr> {
    type_error("slice indices must be integers or None or have an __index__ method")
}

/// `range[a:b:c]` as CPython computes it (`slice.indices` on big ints).
fn slice(r: &BigRangeObj, a: &Value, b: &Value, c: &Value) -> PyResult<Value> {
    let step = slice_index(c)?.unwrap_or_else(BigInt::one);
    if step.is_zero() {
        return Err(value_error("slice step cannot be zero"));
    }
    let (lower, upper) = if step.is_negative() {
        (BigInt::from(-1), &r.len - 1)
    } else {
        (BigInt::zero(), r.len.clone())
    };
    let clamp = |v: Option<BigInt>, default: &BigInt| -> BigInt {
        match v {
            None => default.clone(),
            Some(mut x) => {
                if x.is_negative() {
                    x += &r.len;
                    if x < lower {
                        x = lower.clone();
                    }
                } else if x > upper {
                    x = upper.clone();
                }
                x
            }
        }
    };
    let (start_default, stop_default) = if step.is_negative() {
        (upper.clone(), lower.clone())
    } else {
        (lower.clone(), upper.clone())
    };
    let start = clamp(slice_index(a)?, &start_default);
    let stop = clamp(slice_index(b)?, &stop_default);
    Ok(make(
        &r.start + start * &r.step,
        &r.start + stop * &r.step,
        step * &r.step,
    ))
}

/// The position of the int `x` in the range, if it is there.
fn position(start: &BigInt, step: &BigInt, len: &BigInt, x: &BigInt) -> Option<BigInt> {
    let offset = x - start;
    if !(&offset % step).is_zero() {
        return None;
    }
    let k = offset / step;
    (!k.is_negative() && &k < len).then_some(k)
}

/// `x in range` for an int `x` (`None` for other values, which are
/// compared item by item).
pub(crate) fn contains(range: &Value, x: &Value) -> Option<bool> {
    if matches!(x, Value::Float(_)) {
        return None;
    }
    let x = x.as_bigint()?;
    let (start, _, step, len) = parts(range)?;
    Some(position(&start, &step, &len, &x).is_some())
}

/// `range.index(x)` for an int `x`.
pub(crate) fn index(range: &Value, x: &Value) -> Option<PyResult<Value>> {
    if matches!(x, Value::Float(_)) {
        return None;
    }
    let x = x.as_bigint()?;
    let (start, _, step, len) = parts(range)?;
    Some(match position(&start, &step, &len, &x) {
        Some(k) => Ok(Value::from_bigint(k)),
        None => Err(value_error("range.index(x): x not in range")),
    })
}

/// Equality of two ranges: the same items.
pub(crate) fn eq(a: &Value, b: &Value) -> bool {
    match (parts(a), parts(b)) {
        (Some((s1, _, st1, n1)), Some((s2, _, st2, n2))) => {
            n1 == n2 && (n1.is_zero() || (s1 == s2 && (n1.is_one() || st1 == st2)))
        }
        _ => false,
    }
}

/// The state of a `longrange_iterator`: next value, step, items left.
pub(crate) fn iter_state(r: &BigRangeObj, reversed: bool) -> crate::builtins::LazyIter {
    let (first, step) = if reversed {
        (&r.start + (&r.len - 1) * &r.step, -&r.step)
    } else {
        (r.start.clone(), r.step.clone())
    };
    crate::builtins::LazyIter::BigCount(Box::new((first, step, r.len.clone())))
}

/// Advance a `longrange_iterator` state: its item, or `None` at the end.
pub(crate) fn advance(state: &mut (BigInt, BigInt, BigInt)) -> Option<Value> {
    if !state.2.is_positive() {
        return None;
    }
    let item = state.0.clone();
    state.0 += &state.1;
    state.2 -= 1;
    Some(Value::from_bigint(item))
}
