//! Builtins that consume an iterable: `sorted`, `min`, `max`, `sum`,
//! `any`, `all`.

use taipan_bytecode::{BinaryOpArg, CompareOpArg};

use super::iterators::keywords;
use super::{one_arg, Kw};
use crate::exception::{type_error, value_error, PyResult};
use crate::value::{Object, Value};
use crate::{compare, Vm};

/// `a == b` with special methods.
pub(crate) fn eq_vm(vm: &mut Vm, a: &Value, b: &Value) -> PyResult<bool> {
    if crate::dunder::needs_vm_eq(a, 8) || crate::dunder::needs_vm_eq(b, 8) {
        return vm.equal(a, b);
    }
    compare::eq(a, b)
}

/// `a > b` as a bool, with special methods.
fn greater_than(vm: &mut Vm, a: &Value, b: &Value) -> PyResult<bool> {
    let gt = CompareOpArg::new(CompareOpArg::GT, false);
    if let Some(r) = compare::fast_compare(gt.0, a, b) {
        return Ok(r);
    }
    let r = if crate::dunder::is_user(a) || crate::dunder::is_user(b) {
        vm.compare_dunder(gt, a, b)?
    } else if crate::dunder::is_sequence(a) && crate::dunder::is_sequence(b) {
        vm.sequence_compare(gt, a, b)?
    } else {
        compare::compare(gt, a, b)?
    };
    vm.truthy(&r)
}

/// `sorted(iterable, /, *, key=None, reverse=False)`.
pub(super) fn sorted(vm: &mut Vm, args: &[Value], kwargs: Kw) -> PyResult<Value> {
    let [iterable] = args else {
        return Err(type_error(format!(
            "sorted expected 1 argument, got {}",
            args.len()
        )));
    };
    let items = vm.collect(iterable)?;
    let list = Value::list(items);
    crate::list_methods::sort_list(vm, &list, kwargs)?;
    Ok(list)
}

/// `min`/`max`: the first extreme item (by `key`), or `default`.
fn extreme(
    vm: &mut Vm,
    name: &str,
    args: &[Value],
    kwargs: Kw,
    want_less: bool,
) -> PyResult<Value> {
    let kw = keywords(kwargs, &["key", "default"], name)?;
    let key = kw[0].filter(|k| !matches!(k, Value::None)).cloned();
    let items = match args {
        [] => {
            return Err(type_error(format!(
                "{name} expected at least 1 argument, got 0"
            )))
        }
        [one] => vm.collect(one)?,
        _ if kw[1].is_some() => {
            return Err(type_error(format!(
                "Cannot specify a default for {name}() with multiple positional arguments"
            )))
        }
        _ => args.to_vec(),
    };
    let mut best: Option<(Value, Value)> = None;
    for x in items {
        let k = match &key {
            Some(f) => vm.call_value(f, vec![x.clone()])?,
            None => x.clone(),
        };
        let better = match &best {
            None => true,
            Some((bk, _)) if want_less => vm.less_than(&k, bk)?,
            Some((bk, _)) => greater_than(vm, &k, bk)?,
        };
        if better {
            best = Some((k, x));
        }
    }
    match (best, kw[1]) {
        (Some((_, v)), _) => Ok(v),
        (None, Some(default)) => Ok(default.clone()),
        (None, None) => Err(value_error(format!("{name}() iterable argument is empty"))),
    }
}

/// `min(iterable, *, key=None, default=...)` or `min(a, b, *rest, key=None)`.
pub(super) fn min(vm: &mut Vm, args: &[Value], kwargs: Kw) -> PyResult<Value> {
    extreme(vm, "min", args, kwargs, true)
}

/// `max(iterable, *, key=None, default=...)` or `max(a, b, *rest, key=None)`.
pub(super) fn max(vm: &mut Vm, args: &[Value], kwargs: Kw) -> PyResult<Value> {
    extreme(vm, "max", args, kwargs, false)
}

/// `sum(iterable, /, start=0)`: ints exactly, floats with Neumaier's
/// compensated summation (as CPython 3.12+), anything else with `+`.
pub(super) fn sum(vm: &mut Vm, args: &[Value], kwargs: Kw) -> PyResult<Value> {
    let kw = keywords(kwargs, &["start"], "sum")?;
    let (items, start) = match args {
        [] => {
            return Err(type_error(
                "sum() takes at least 1 positional argument (0 given)",
            ))
        }
        [items] => (items, kw[0].cloned().unwrap_or(Value::Int(0))),
        [items, start] if kw[0].is_none() => (items, start.clone()),
        _ => {
            return Err(type_error(format!(
                "sum() takes at most 2 arguments ({} given)",
                args.len() + kwargs.len()
            )))
        }
    };
    match start.as_obj() {
        Some(Object::Str(_)) => {
            return Err(type_error(
                "sum() can't sum strings [use ''.join(seq) instead]",
            ))
        }
        Some(Object::Bytes(_)) => {
            return Err(type_error(
                "sum() can't sum bytes [use b''.join(seq) instead]",
            ))
        }
        _ => {}
    }
    let it = vm.get_iter(items)?;
    let mut total = start;
    // While the total is a float: the running sum and its compensation.
    let mut run: Option<(f64, f64)> = None;
    while let Some(x) = vm.next(&it)? {
        if run.is_none() {
            if let Value::Float(f) = total {
                run = Some((f, 0.0));
            }
        }
        if let Some((s, c)) = &mut run {
            let as_float = match x {
                Value::Float(v) => Some(v),
                Value::Int(i) => Some(i as f64),
                Value::Bool(b) => Some(f64::from(u8::from(b))),
                _ => None,
            };
            match as_float {
                Some(v) => {
                    let t = *s + v;
                    if s.abs() >= v.abs() {
                        *c += (*s - t) + v;
                    } else {
                        *c += (v - t) + *s;
                    }
                    *s = t;
                    continue;
                }
                None => {
                    total = Value::Float(finish(*s, *c));
                    run = None;
                }
            }
        }
        total = add(vm, &total, &x)?;
    }
    if let Some((s, c)) = run {
        total = Value::Float(finish(s, c));
    }
    Ok(total)
}

/// The compensated float sum's result.
fn finish(s: f64, c: f64) -> f64 {
    // Adding the compensation must not turn an infinite sum into a NaN.
    if c != 0.0 && c.is_finite() {
        s + c
    } else {
        s
    }
}

fn add(vm: &mut Vm, a: &Value, b: &Value) -> PyResult<Value> {
    if let Some(r) = crate::binary_op::fast_binary_op(BinaryOpArg::ADD.0, a, b) {
        return Ok(r);
    }
    if crate::dunder::is_user(a) || crate::dunder::is_user(b) {
        return vm.binary_dunder(BinaryOpArg::ADD, a, b);
    }
    crate::binary_op::binary_op(BinaryOpArg::ADD, a, b)
}

/// `any(iterable)`: stops at the first true item.
pub(super) fn any(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    let it = vm.get_iter(one_arg("any", args)?)?;
    while let Some(x) = vm.next(&it)? {
        if vm.truthy(&x)? {
            return Ok(Value::Bool(true));
        }
    }
    Ok(Value::Bool(false))
}

/// `all(iterable)`: stops at the first false item.
pub(super) fn all(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    let it = vm.get_iter(one_arg("all", args)?)?;
    while let Some(x) = vm.next(&it)? {
        if !vm.truthy(&x)? {
            return Ok(Value::Bool(false));
        }
    }
    Ok(Value::Bool(true))
}
