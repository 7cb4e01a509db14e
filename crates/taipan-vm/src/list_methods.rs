//! The methods of `list` and `tuple` (`append` ... `sort`), with CPython's
//! argument checking and messages. Each takes the object first.
//!
//! `sort` is a stable merge sort driven by `<` alone (as CPython's
//! timsort is), fallible at every comparison. While it runs the list is
//! empty, as in CPython, and a key function or comparison that puts items
//! back makes it fail with "list modified during sort".

use std::cell::RefCell;
use std::rc::Rc;

use num_traits::{Signed, ToPrimitive};

use crate::exception::{type_error, value_error, ExcKind, PyErr, PyResult};
use crate::types::type_name;
use crate::value::{Builtin, NativeFn, Object, Value};
use crate::Vm;

type Kw<'a> = &'a [(Rc<str>, Value)];

/// The method `name` of `list` (`tuple` when `tuple`).
pub(crate) fn find(name: &str, tuple: bool) -> Option<Builtin> {
    let table: &[(&'static str, NativeFn)] = if tuple {
        &[("index", seq_index), ("count", seq_count)]
    } else {
        &[
            ("append", append),
            ("pop", pop),
            ("remove", remove),
            ("clear", clear),
            ("copy", copy),
            ("insert", insert),
            ("extend", extend),
            ("sort", sort),
            ("reverse", reverse),
            ("index", seq_index),
            ("count", seq_count),
        ]
    };
    table
        .iter()
        .find(|(n, _)| *n == name)
        .map(|&(name, func)| Builtin { name, func })
}

fn list_of(args: &[Value]) -> PyResult<&RefCell<Vec<Value>>> {
    match args.first().and_then(Value::as_obj) {
        Some(Object::List(items)) => Ok(items),
        _ => Err(type_error("descriptor requires a 'list' object")),
    }
}

/// The arguments after `self`, checked to number `n`.
fn exactly<'a>(args: &'a [Value], kwargs: Kw, who: &str, n: usize) -> PyResult<&'a [Value]> {
    let rest = args.get(1..).unwrap_or(&[]);
    if !kwargs.is_empty() {
        return Err(type_error(format!("{who}() takes no keyword arguments")));
    }
    if rest.len() == n {
        return Ok(rest);
    }
    Err(type_error(match n {
        0 => format!("{who}() takes no arguments ({} given)", rest.len()),
        _ => format!("{who}() takes exactly one argument ({} given)", rest.len()),
    }))
}

/// An integer argument as `i64` (big ones saturate), or CPython's
/// "cannot be interpreted as an integer".
pub(crate) fn index_arg(v: &Value) -> PyResult<i64> {
    match v {
        Value::Int(i) => Ok(*i),
        Value::Bool(b) => Ok(i64::from(*b)),
        _ => match v.as_bigint() {
            Some(b) => Ok(b
                .to_i64()
                .unwrap_or(if b.is_negative() { i64::MIN } else { i64::MAX })),
            None => Err(type_error(format!(
                "'{}' object cannot be interpreted as an integer",
                type_name(v)
            ))),
        },
    }
}

/// `i` made relative to a length as slice bounds are (clamped to `0..=len`).
fn clamp_index(i: i64, len: usize) -> usize {
    let len = len as i64;
    let j = if i < 0 { (i + len).max(0) } else { i.min(len) };
    j as usize
}

fn append(_: &mut Vm, args: &[Value], kwargs: Kw) -> PyResult<Value> {
    let v = exactly(args, kwargs, "list.append", 1)?[0].clone();
    list_of(args)?.borrow_mut().push(v);
    Ok(Value::None)
}

fn pop(_: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    let items = list_of(args)?;
    let i = match args.get(1..).unwrap_or(&[]) {
        [] => None,
        [i] => Some(index_arg(i)?),
        more => {
            return Err(type_error(format!(
                "pop expected at most 1 argument, got {}",
                more.len()
            )))
        }
    };
    let mut items = items.borrow_mut();
    if items.is_empty() {
        return Err(PyErr::msg(ExcKind::IndexError, "pop from empty list"));
    }
    let len = items.len() as i64;
    let i = i.unwrap_or(-1);
    let j = if i < 0 { i + len } else { i };
    if !(0..len).contains(&j) {
        return Err(PyErr::msg(ExcKind::IndexError, "pop index out of range"));
    }
    Ok(items.remove(j as usize))
}

fn remove(vm: &mut Vm, args: &[Value], kwargs: Kw) -> PyResult<Value> {
    let needle = exactly(args, kwargs, "list.remove", 1)?[0].clone();
    let items = list_of(args)?;
    let mut i = 0;
    loop {
        let Some(x) = items.borrow().get(i).cloned() else {
            return Err(value_error("list.remove(x): x not in list"));
        };
        if x.is(&needle) || crate::builtins::eq_vm(vm, &x, &needle)? {
            let mut items = items.borrow_mut();
            if i < items.len() {
                items.remove(i);
            }
            return Ok(Value::None);
        }
        i += 1;
    }
}

fn clear(_: &mut Vm, args: &[Value], kwargs: Kw) -> PyResult<Value> {
    exactly(args, kwargs, "list.clear", 0)?;
    let old = std::mem::take(&mut *list_of(args)?.borrow_mut());
    drop(old);
    Ok(Value::None)
}

fn copy(_: &mut Vm, args: &[Value], kwargs: Kw) -> PyResult<Value> {
    exactly(args, kwargs, "list.copy", 0)?;
    Ok(Value::list(list_of(args)?.borrow().clone()))
}

fn reverse(_: &mut Vm, args: &[Value], kwargs: Kw) -> PyResult<Value> {
    exactly(args, kwargs, "list.reverse", 0)?;
    list_of(args)?.borrow_mut().reverse();
    Ok(Value::None)
}

fn insert(_: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    let items = list_of(args)?;
    let [_, i, v] = args else {
        return Err(type_error(format!(
            "insert expected 2 arguments, got {}",
            args.len().saturating_sub(1)
        )));
    };
    let i = index_arg(i)?;
    let mut items = items.borrow_mut();
    let at = clamp_index(i, items.len());
    items.insert(at, v.clone());
    Ok(Value::None)
}

fn extend(vm: &mut Vm, args: &[Value], kwargs: Kw) -> PyResult<Value> {
    let other = exactly(args, kwargs, "list.extend", 1)?[0].clone();
    let items = list_of(args)?;
    let more = vm.collect(&other)?;
    items.borrow_mut().extend(more);
    Ok(Value::None)
}

fn sort(vm: &mut Vm, args: &[Value], kwargs: Kw) -> PyResult<Value> {
    if args.len() > 1 {
        return Err(type_error("sort() takes no positional arguments"));
    }
    let list = args.first().cloned().unwrap_or(Value::None);
    list_of(args)?;
    sort_list(vm, &list, kwargs)?;
    Ok(Value::None)
}

/// `list.sort(*, key=None, reverse=False)` on the list `list`.
pub(crate) fn sort_list(vm: &mut Vm, list: &Value, kwargs: Kw) -> PyResult<()> {
    let Some(Object::List(cell)) = list.as_obj() else {
        return Err(type_error("descriptor requires a 'list' object"));
    };
    let kw = crate::builtins::keywords(kwargs, &["key", "reverse"], "sort")?;
    let key_fn = kw[0].filter(|k| !matches!(k, Value::None)).cloned();
    let reverse = match kw[1] {
        Some(v) => vm.truthy(v)?,
        None => false,
    };
    let values = std::mem::take(&mut *cell.borrow_mut());
    let result = sort_values(vm, values.clone(), key_fn.as_ref(), reverse);
    let mut items = cell.borrow_mut();
    let modified = !items.is_empty();
    let displaced = std::mem::replace(
        &mut *items,
        match &result {
            Ok(sorted) => sorted.clone(),
            Err(_) => values,
        },
    );
    drop(items);
    drop(displaced);
    result?;
    if modified {
        return Err(value_error("list modified during sort"));
    }
    Ok(())
}

/// `values` sorted stably by `<` on `key(x)` (or `x`), reversed if asked
/// (reversing keeps equal items in their original order, as CPython).
pub(crate) fn sort_values(
    vm: &mut Vm,
    values: Vec<Value>,
    key_fn: Option<&Value>,
    reverse: bool,
) -> PyResult<Vec<Value>> {
    let mut keyed = Vec::with_capacity(values.len());
    for v in values {
        let key = match key_fn {
            Some(f) => vm.call_value(f, vec![v.clone()])?,
            None => v.clone(),
        };
        keyed.push((key, v));
    }
    if reverse {
        keyed.reverse();
    }
    let mut keyed = merge_sort(vm, keyed)?;
    if reverse {
        keyed.reverse();
    }
    Ok(keyed.into_iter().map(|(_, v)| v).collect())
}

type Keyed = Vec<(Value, Value)>;

/// A stable top-down merge sort; binary insertion below 16 items.
fn merge_sort(vm: &mut Vm, mut items: Keyed) -> PyResult<Keyed> {
    if items.len() <= 16 {
        for i in 1..items.len() {
            let (mut lo, mut hi) = (0, i);
            while lo < hi {
                let mid = (lo + hi) / 2;
                if vm.less_than(&items[i].0, &items[mid].0)? {
                    hi = mid;
                } else {
                    lo = mid + 1;
                }
            }
            let x = items.remove(i);
            items.insert(lo, x);
        }
        return Ok(items);
    }
    let right = items.split_off(items.len() / 2);
    let left = merge_sort(vm, items)?;
    let right = merge_sort(vm, right)?;
    let mut out = Vec::with_capacity(left.len() + right.len());
    let mut left = left.into_iter().peekable();
    let mut right = right.into_iter().peekable();
    while let (Some(l), Some(r)) = (left.peek(), right.peek()) {
        let take_right = vm.less_than(&r.0, &l.0)?;
        let next = if take_right {
            right.next()
        } else {
            left.next()
        };
        out.extend(next);
    }
    out.extend(left);
    out.extend(right);
    Ok(out)
}

fn seq_items(args: &[Value]) -> Vec<Value> {
    match args.first().and_then(Value::as_obj) {
        Some(Object::List(items)) => items.borrow().clone(),
        Some(Object::Tuple(items)) => items.clone(),
        _ => Vec::new(),
    }
}

fn seq_kind(args: &[Value]) -> &'static str {
    match args.first().and_then(Value::as_obj) {
        Some(Object::Tuple(_)) => "tuple",
        _ => "list",
    }
}

/// `index(value, start=0, stop=sys.maxsize)`.
fn seq_index(vm: &mut Vm, args: &[Value], kwargs: Kw) -> PyResult<Value> {
    if !kwargs.is_empty() {
        return Err(type_error("index() takes no keyword arguments"));
    }
    let rest = args.get(1..).unwrap_or(&[]);
    let Some(needle) = rest.first() else {
        return Err(type_error(format!(
            "index expected at least 1 argument, got {}",
            rest.len()
        )));
    };
    if rest.len() > 3 {
        return Err(type_error(format!(
            "index expected at most 3 arguments, got {}",
            rest.len()
        )));
    }
    let slice_arg = |v: Option<&Value>, default: i64| match v {
        None => Ok(default),
        Some(v) => index_arg(v)
            .map_err(|_| type_error("slice indices must be integers or have an __index__ method")),
    };
    let start = slice_arg(rest.get(1), 0)?;
    let stop = slice_arg(rest.get(2), i64::MAX)?;
    let items = seq_items(args);
    let (start, stop) = (
        clamp_index(start, items.len()),
        clamp_index(stop, items.len()),
    );
    for (i, x) in items.iter().enumerate().take(stop).skip(start) {
        if x.is(needle) || crate::builtins::eq_vm(vm, x, needle)? {
            return Ok(Value::Int(i as i64));
        }
    }
    let kind = seq_kind(args);
    Err(value_error(format!("{kind}.index(x): x not in {kind}")))
}

/// `count(value)`.
fn seq_count(vm: &mut Vm, args: &[Value], kwargs: Kw) -> PyResult<Value> {
    let who = format!("{}.count", seq_kind(args));
    let needle = exactly(args, kwargs, &who, 1)?[0].clone();
    let mut n = 0;
    for x in seq_items(args) {
        if x.is(&needle) || crate::builtins::eq_vm(vm, &x, &needle)? {
            n += 1;
        }
    }
    Ok(Value::Int(n))
}
