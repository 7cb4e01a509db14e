//! Slices and ranges: `slice` objects (`indices`, `start`/`stop`/`step`),
//! slice assignment and deletion on lists (extended slices included, with
//! CPython's errors), and `range` indexing, slicing, `index`, `count`,
//! attributes and equality.

use num_bigint::BigInt;
use num_traits::{Signed, ToPrimitive};

use crate::exception::{type_error, value_error, ExcKind, PyErr, PyResult};
use crate::types::type_name;
use crate::value::{Builtin, Object, Value};
use crate::Vm;

type Kw<'a> = &'a [(std::rc::Rc<str>, Value)];

/// A slice bound: `None`, or an int clamped to `i64`.
fn bound(v: &Value) -> PyResult<Option<i64>> {
    match v {
        Value::None => Ok(None),
        Value::Int(i) => Ok(Some(*i)),
        Value::Bool(b) => Ok(Some(i64::from(*b))),
        _ => match v.as_bigint() {
            Some(b) => Ok(Some(b.to_i64().unwrap_or(if b.is_negative() {
                i64::MIN
            } else {
                i64::MAX
            }))),
            None => Err(type_error(
                "slice indices must be integers or None or have an __index__ method",
            )),
        },
    }
}

/// CPython's `PySlice_GetIndicesEx` for a sequence of length `len`:
/// start, stop, step and the number of items selected.
pub(crate) fn adjust(slice: &Object, len: usize) -> PyResult<(i64, i64, i64, usize)> {
    let Object::Slice(a, b, c) = slice else {
        return Ok((0, 0, 1, 0));
    };
    let step = bound(c)?.unwrap_or(1);
    if step == 0 {
        return Err(value_error("slice step cannot be zero"));
    }
    let step = step.max(-i64::MAX);
    let len = len as i64;
    let fix = |v: Option<i64>, default: i64| match v {
        None => default,
        Some(i) if i < 0 => {
            let j = i.saturating_add(len);
            if j < 0 {
                if step < 0 {
                    -1
                } else {
                    0
                }
            } else {
                j
            }
        }
        Some(i) if i >= len => {
            if step < 0 {
                len - 1
            } else {
                len
            }
        }
        Some(i) => i,
    };
    let (start, stop) = if step > 0 {
        (fix(bound(a)?, 0), fix(bound(b)?, len))
    } else {
        (fix(bound(a)?, len - 1), fix(bound(b)?, -1))
    };
    let count = if step > 0 && start < stop {
        (stop - start - 1) / step + 1
    } else if step < 0 && stop < start {
        (start - stop - 1) / (-step) + 1
    } else {
        0
    };
    Ok((start, stop, step, count as usize))
}

/// The indices a slice selects from a sequence of length `len`.
pub(crate) fn indices(slice: &Object, len: usize) -> PyResult<Vec<usize>> {
    let (start, _, step, count) = adjust(slice, len)?;
    Ok((0..count as i64)
        .map(|k| (start + k * step) as usize)
        .collect())
}

impl Vm<'_> {
    /// `container[key] = value` for a built-in container and a key that
    /// is not a small int: a slice assigned from an iterator is drawn
    /// from first (which may run Python code).
    pub(crate) fn store_item(
        &mut self,
        container: &Value,
        key: Value,
        value: Value,
    ) -> PyResult<()> {
        let drawn = matches!(key.as_obj(), Some(Object::Slice(..)))
            && (matches!(value.as_obj(), Some(Object::Iter(_) | Object::Generator(_)))
                || crate::dunder::is_user(&value));
        let value = if drawn {
            Value::list(self.collect(&value)?)
        } else {
            value
        };
        let key = crate::deque::index_key(self, container, key)?;
        crate::subscript::store_subscr(container, key, value)
    }
}

/// `list[slice] = values` (`values` already collected).
pub(crate) fn list_store(list: &Value, slice: &Object, values: Option<Vec<Value>>) -> PyResult<()> {
    let Some(Object::List(cell)) = list.as_obj() else {
        return Ok(());
    };
    let len = cell.borrow().len();
    let (start, stop, step, count) = adjust(slice, len)?;
    let _ = stop;
    let Some(values) = values else {
        return Err(type_error("must assign iterable to extended slice"));
    };
    let mut items = cell.borrow_mut();
    if step == 1 {
        let start = start as usize;
        let stop = (stop.max(start as i64)) as usize;
        let old: Vec<Value> = items.splice(start..stop, values).collect();
        drop(items);
        drop(old);
        return Ok(());
    }
    if values.len() != count {
        return Err(value_error(format!(
            "attempt to assign sequence of size {} to extended slice of size {count}",
            values.len()
        )));
    }
    let mut old = Vec::with_capacity(count);
    for (k, v) in values.into_iter().enumerate() {
        let i = (start + k as i64 * step) as usize;
        old.push(std::mem::replace(&mut items[i], v));
    }
    drop(items);
    drop(old);
    Ok(())
}

/// `del list[slice]`.
pub(crate) fn list_delete(list: &Value, slice: &Object) -> PyResult<()> {
    let Some(Object::List(cell)) = list.as_obj() else {
        return Ok(());
    };
    let len = cell.borrow().len();
    let mut doomed = indices(slice, len)?;
    doomed.sort_unstable();
    let mut items = cell.borrow_mut();
    let mut removed = Vec::with_capacity(doomed.len());
    let mut next = doomed.iter().peekable();
    let kept: Vec<Value> = std::mem::take(&mut *items)
        .into_iter()
        .enumerate()
        .filter_map(|(i, v)| {
            if next.peek() == Some(&&i) {
                next.next();
                removed.push(v);
                None
            } else {
                Some(v)
            }
        })
        .collect();
    *items = kept;
    drop(items);
    drop(removed);
    Ok(())
}

/// The ints of `range(start, stop, step)` as big ints: `(start, step, len)`.
fn range_parts(v: &Value) -> Option<(i64, i64, i64)> {
    match v.as_obj()? {
        Object::Range(start, _, step) => Some((*start, *step, crate::iter::range_len(v))),
        _ => None,
    }
}

/// `range[i]` and `range[slice]`.
pub(crate) fn range_subscript(r: &Value, key: &Value) -> PyResult<Value> {
    let Some((start, step, len)) = range_parts(r) else {
        return Err(type_error("'range' object expected"));
    };
    if let Some(s @ Object::Slice(..)) = key.as_obj() {
        let (a, b, c, _) = adjust(s, len as usize)?;
        let at = |i: i64| start as i128 + i as i128 * step as i128;
        let fit = |x: i128| i64::try_from(x).unwrap_or(if x < 0 { i64::MIN } else { i64::MAX });
        return Ok(Value::obj(Object::Range(
            fit(at(a)),
            fit(at(b)),
            fit(step as i128 * c as i128),
        )));
    }
    let i = match key {
        Value::Int(i) => *i as i128,
        Value::Bool(b) => i128::from(*b),
        _ => match key.as_bigint() {
            Some(b) => b.to_i128().unwrap_or(i128::MAX),
            None => {
                return Err(type_error(format!(
                    "range indices must be integers or slices, not {}",
                    type_name(key)
                )))
            }
        },
    };
    let j = if i < 0 { i + len as i128 } else { i };
    if j < 0 || j >= len as i128 {
        return Err(PyErr::msg(
            ExcKind::IndexError,
            "range object index out of range",
        ));
    }
    Ok(Value::from_bigint(BigInt::from(
        start as i128 + j * step as i128,
    )))
}

/// Whether the int `x` is an item of the range.
fn range_has(r: &Value, x: &Value) -> bool {
    crate::big_range::contains(r, x) == Some(true)
}

/// `range == range`: the same sequence of ints.
pub(crate) fn range_eq(a: &Value, b: &Value) -> bool {
    crate::big_range::eq(a, b)
}

fn is_int(v: &Value) -> bool {
    v.as_bigint().is_some() && !matches!(v, Value::Float(_))
}

fn range_index(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    let [r, x] = args else {
        return Err(type_error(format!(
            "range.index() takes exactly one argument ({} given)",
            args.len().saturating_sub(1)
        )));
    };
    if is_int(x) {
        if let Some(found) = crate::big_range::index(r, x) {
            return found;
        }
    } else {
        for (i, item) in vm.collect(r)?.iter().enumerate() {
            if crate::builtins::eq_vm(vm, item, x)? {
                return Ok(Value::Int(i as i64));
            }
        }
        return Err(value_error("sequence.index(x): x not in sequence"));
    }
    Err(value_error("range.index(x): x not in range"))
}

fn range_count(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    let [r, x] = args else {
        return Err(type_error(format!(
            "range.count() takes exactly one argument ({} given)",
            args.len().saturating_sub(1)
        )));
    };
    if is_int(x) {
        return Ok(Value::Int(i64::from(range_has(r, x))));
    }
    let mut n = 0;
    for item in vm.collect(r)? {
        if crate::builtins::eq_vm(vm, &item, x)? {
            n += 1;
        }
    }
    Ok(Value::Int(n))
}

/// `x in range`: arithmetic for ints, a scan otherwise.
pub(crate) fn range_contains(r: &Value, x: &Value) -> Option<bool> {
    is_int(x).then(|| range_has(r, x))
}

/// `slice.indices(length)`.
fn slice_indices(_: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    let [s, n] = args else {
        return Err(type_error(format!(
            "slice.indices() takes exactly one argument ({} given)",
            args.len().saturating_sub(1)
        )));
    };
    let len = crate::list_methods::index_arg(n)?;
    if len < 0 {
        return Err(value_error("length should not be negative"));
    }
    let Some(obj) = s.as_obj() else {
        return Err(type_error("descriptor requires a 'slice' object"));
    };
    let (start, stop, step, _) = adjust(obj, len as usize)?;
    Ok(Value::tuple(vec![
        Value::Int(start),
        Value::Int(stop),
        Value::Int(step),
    ]))
}

/// Attributes of ranges and slices (`start`, `stop`, `step`, methods).
pub(crate) fn attr(obj: &Value, name: &str) -> Option<PyResult<Value>> {
    let method = |name: &'static str, func| {
        Some(Ok(Value::obj(Object::BoundMethod(
            obj.clone(),
            Builtin { name, func },
        ))))
    };
    match (obj.as_obj()?, name) {
        (Object::Range(start, ..), "start") => Some(Ok(Value::Int(*start))),
        (Object::Range(_, stop, _), "stop") => Some(Ok(Value::Int(*stop))),
        (Object::Range(.., step), "step") => Some(Ok(Value::Int(*step))),
        (Object::Range(..) | Object::BigRange(_), "index") => method("index", range_index),
        (Object::Range(..) | Object::BigRange(_), "count") => method("count", range_count),
        (Object::BigRange(r), _) => crate::big_range::attr(r, name).map(Ok),
        (Object::Slice(a, ..), "start") => Some(Ok(a.clone())),
        (Object::Slice(_, b, _), "stop") => Some(Ok(b.clone())),
        (Object::Slice(.., c), "step") => Some(Ok(c.clone())),
        (Object::Slice(..), "indices") => method("indices", slice_indices),
        _ => None,
    }
}

/// `slice(stop)` / `slice(start, stop[, step])`.
pub(crate) fn construct(args: &[Value], kw: Kw) -> PyResult<Value> {
    if !kw.is_empty() {
        return Err(type_error("slice() takes no keyword arguments"));
    }
    let (a, b, c) = match args {
        [stop] => (Value::None, stop.clone(), Value::None),
        [a, b] => (a.clone(), b.clone(), Value::None),
        [a, b, c] => (a.clone(), b.clone(), c.clone()),
        [] => return Err(type_error("slice expected at least 1 argument, got 0")),
        _ => {
            return Err(type_error(format!(
                "slice expected at most 3 arguments, got {}",
                args.len()
            )))
        }
    };
    Ok(Value::obj(Object::Slice(a, b, c)))
}
