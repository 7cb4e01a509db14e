//! The methods and operators of `set` and `frozenset`.
//!
//! Both are an `Object::Set` (a [`SetObj`]; `frozen` marks a frozenset).
//! The algorithms follow CPython's (which set is iterated, when the table
//! is grown ahead, copying a table whole) so results iterate in CPython's
//! order. The operand is always cloned before the target is borrowed
//! mutably, so `s |= s` and friends cannot double-borrow.

use std::cell::RefCell;
use std::rc::Rc;

use taipan_bytecode::{BinaryOpArg, CompareOpArg};

use crate::exception::{type_error, ExcKind, PyErr, PyResult};
use crate::set::SetObj;
use crate::types::type_name;
use crate::value::{Builtin, NativeFn, Object, Value};
use crate::Vm;

type Kw<'a> = &'a [(Rc<str>, Value)];

/// The method `name` of a set (`frozen`: of a frozenset).
pub(crate) fn find(name: &str, frozen: bool) -> Option<Builtin> {
    const SHARED: &[(&str, NativeFn)] = &[
        ("copy", copy),
        ("union", union),
        ("intersection", intersection),
        ("difference", difference),
        ("symmetric_difference", symmetric_difference),
        ("issubset", issubset),
        ("issuperset", issuperset),
        ("isdisjoint", isdisjoint),
    ];
    const MUTATING: &[(&str, NativeFn)] = &[
        ("add", add),
        ("remove", remove),
        ("discard", discard),
        ("pop", pop),
        ("clear", clear),
        ("update", update),
        ("intersection_update", intersection_update),
        ("difference_update", difference_update),
        ("symmetric_difference_update", symmetric_difference_update),
    ];
    let mutating: &[(&'static str, NativeFn)] = if frozen { &[] } else { MUTATING };
    SHARED
        .iter()
        .chain(mutating)
        .find(|(n, _)| *n == name)
        .map(|&(name, func)| Builtin { name, func })
}

/// The set object of a value, if it is a set or frozenset.
pub(crate) fn as_set(v: &Value) -> Option<&RefCell<SetObj>> {
    match v.as_obj() {
        Some(Object::Set(s)) => Some(s),
        _ => None,
    }
}

/// A new set value.
pub(crate) fn new_set(set: SetObj) -> Value {
    Value::obj(Object::Set(RefCell::new(set)))
}

fn this(args: &[Value]) -> PyResult<&RefCell<SetObj>> {
    args.first()
        .and_then(as_set)
        .ok_or_else(|| type_error("descriptor requires a 'set' object"))
}

/// An empty set of the same kind as `like`.
fn empty_like(like: &SetObj) -> SetObj {
    SetObj::empty(like.frozen)
}

/// The items of any iterable as a set (sets are copied whole, dicts
/// grow the table ahead as CPython's `set_update_internal` does).
pub(crate) fn to_set(vm: &mut Vm, v: &Value) -> PyResult<SetObj> {
    let mut out = SetObj::default();
    update_from(vm, &mut out, v)?;
    Ok(out)
}

/// Add every item of the iterable `v` to `target`.
pub(crate) fn update_from(vm: &mut Vm, target: &mut SetObj, v: &Value) -> PyResult<()> {
    match v.as_obj() {
        Some(Object::Set(s)) => {
            let other = s.borrow().clone();
            vm.owned_merge(target, &other)?;
        }
        Some(Object::Dict(d)) => {
            let keys: Vec<Value> = d.borrow().iter().map(|(k, _)| k.clone()).collect();
            target.reserve(keys.len());
            for k in keys {
                vm.owned_add(target, k)?;
            }
        }
        _ => {
            let it = vm.get_iter(v)?;
            while let Some(x) = vm.next(&it)? {
                vm.owned_add(target, x)?;
            }
        }
    }
    Ok(())
}

fn one<'a>(args: &'a [Value], who: &str) -> PyResult<&'a Value> {
    match args {
        [_, v] => Ok(v),
        _ => Err(type_error(format!(
            "set.{who}() takes exactly one argument ({} given)",
            args.len().saturating_sub(1)
        ))),
    }
}

fn add(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    let v = one(args, "add")?.clone();
    let v = vm.canon_key(&args[0], v)?;
    this(args)?.borrow_mut().add(v)?;
    Ok(Value::None)
}

fn remove(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    let v = &vm.canon_key(&args[0], one(args, "remove")?.clone())?;
    if !this(args)?.borrow_mut().discard(v)? {
        return Err(PyErr::new(ExcKind::KeyError, vec![v.clone()]));
    }
    Ok(Value::None)
}

fn discard(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    let v = &vm.canon_key(&args[0], one(args, "discard")?.clone())?;
    this(args)?.borrow_mut().discard(v)?;
    Ok(Value::None)
}

fn pop(_: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    let popped = this(args)?.borrow_mut().pop();
    popped.ok_or_else(|| PyErr::msg(ExcKind::KeyError, "pop from an empty set"))
}

fn clear(_: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    let old = std::mem::take(&mut *this(args)?.borrow_mut());
    drop(old);
    Ok(Value::None)
}

fn copy(_: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    let s = this(args)?.borrow();
    if s.frozen {
        return Ok(args[0].clone());
    }
    let mut out = empty_like(&s);
    out.merge(&s);
    Ok(new_set(out))
}

/// `a | b` (and `union`): a copy of `a` updated with `b`.
fn union_of(vm: &mut Vm, a: &SetObj, others: &[Value]) -> PyResult<SetObj> {
    let mut out = empty_like(a);
    out.merge(a);
    for o in others {
        update_from(vm, &mut out, o)?;
    }
    Ok(out)
}

fn union(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    let a = this(args)?.borrow().clone();
    Ok(new_set(union_of(vm, &a, &args[1..])?))
}

fn update(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    let cell = this(args)?;
    for o in &args[1..] {
        let mut target = cell.borrow().clone();
        update_from(vm, &mut target, o)?;
        *cell.borrow_mut() = target;
    }
    Ok(Value::None)
}

/// `a & b`: CPython iterates the smaller set and keeps what the other has.
fn intersect(vm: &mut Vm, a: &SetObj, other: &Value) -> PyResult<SetObj> {
    let mut out = empty_like(a);
    match as_set(other) {
        Some(b) => {
            let b = b.borrow().clone();
            let (small, mut big) = if b.len() > a.len() {
                (a.clone(), b)
            } else {
                (b, a.clone())
            };
            for v in small.items() {
                if vm.owned_contains(&mut big, &v)? {
                    vm.owned_add(&mut out, v)?;
                }
            }
        }
        None => {
            let mut a = a.clone();
            let it = vm.get_iter(other)?;
            while let Some(v) = vm.next(&it)? {
                if vm.owned_contains(&mut a, &v)? {
                    vm.owned_add(&mut out, v)?;
                }
            }
        }
    }
    Ok(out)
}

fn intersection(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    let mut acc = this(args)?.borrow().clone();
    if args.len() == 1 {
        let mut out = empty_like(&acc);
        out.merge(&acc);
        return Ok(new_set(out));
    }
    for o in &args[1..] {
        acc = intersect(vm, &acc, o)?;
    }
    Ok(new_set(acc))
}

fn intersection_update(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    let cell = this(args)?;
    let mut acc = cell.borrow().clone();
    for o in &args[1..] {
        acc = intersect(vm, &acc, o)?;
    }
    *cell.borrow_mut() = acc;
    Ok(Value::None)
}

/// Remove from `target` every item of `other`.
fn subtract(vm: &mut Vm, target: &mut SetObj, other: &Value) -> PyResult<()> {
    let items = match as_set(other) {
        Some(b) => b.borrow().items(),
        None => vm.collect(other)?,
    };
    for v in items {
        vm.owned_discard(target, &v)?;
    }
    target.drop_dummies();
    Ok(())
}

/// `a - b`: CPython copies and discards when `a` is much bigger than `b`,
/// else builds the result from what `b` lacks.
fn difference_of(vm: &mut Vm, a: &SetObj, other: &Value) -> PyResult<SetObj> {
    let other_set = match other.as_obj() {
        Some(Object::Set(b)) => Some(b.borrow().clone()),
        Some(Object::Dict(_)) => Some(to_set(vm, other)?),
        _ => None,
    };
    let Some(mut b) = other_set.filter(|b| a.len() >> 2 <= b.len()) else {
        let mut out = empty_like(a);
        out.merge(a);
        subtract(vm, &mut out, other)?;
        return Ok(out);
    };
    let mut out = empty_like(a);
    for v in a.items() {
        if !vm.owned_contains(&mut b, &v)? {
            vm.owned_add(&mut out, v)?;
        }
    }
    Ok(out)
}

fn difference(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    let a = this(args)?.borrow().clone();
    let Some((first, rest)) = args[1..].split_first() else {
        let mut out = empty_like(&a);
        out.merge(&a);
        return Ok(new_set(out));
    };
    let mut out = difference_of(vm, &a, first)?;
    for o in rest {
        subtract(vm, &mut out, o)?;
    }
    Ok(new_set(out))
}

fn difference_update(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    let cell = this(args)?;
    for o in &args[1..] {
        let mut target = cell.borrow().clone();
        subtract(vm, &mut target, o)?;
        *cell.borrow_mut() = target;
    }
    Ok(Value::None)
}

/// `target ^= other`: each item of `other` is removed if present, else added.
fn symmetric_update(vm: &mut Vm, target: &mut SetObj, other: &Value) -> PyResult<()> {
    let other = match as_set(other) {
        Some(b) => b.borrow().clone(),
        None => to_set(vm, other)?,
    };
    for v in other.items() {
        if !vm.owned_discard(target, &v)? {
            vm.owned_add(target, v)?;
        }
    }
    Ok(())
}

fn symmetric_difference(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    let other = one(args, "symmetric_difference")?;
    let a = this(args)?.borrow().clone();
    let mut out = empty_like(&a);
    out.merge(&a);
    symmetric_update(vm, &mut out, other)?;
    Ok(new_set(out))
}

fn symmetric_difference_update(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    let other = one(args, "symmetric_difference_update")?;
    let cell = this(args)?;
    let mut target = cell.borrow().clone();
    symmetric_update(vm, &mut target, other)?;
    *cell.borrow_mut() = target;
    Ok(Value::None)
}

/// Whether every item of `a` is in `b`.
fn subset(a: &SetObj, b: &SetObj) -> PyResult<bool> {
    if a.len() > b.len() {
        return Ok(false);
    }
    for v in a.items() {
        if !b.contains(&v)? {
            return Ok(false);
        }
    }
    Ok(true)
}

fn operand(vm: &mut Vm, v: &Value) -> PyResult<SetObj> {
    match as_set(v) {
        Some(s) => Ok(s.borrow().clone()),
        None => to_set(vm, v),
    }
}

fn issubset(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    let other = one(args, "issubset")?;
    let a = this(args)?.borrow().clone();
    let mut b = operand(vm, other)?;
    Ok(Value::Bool(vm.owned_subset(&a, &mut b)?))
}

fn issuperset(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    let other = one(args, "issuperset")?;
    let mut a = this(args)?.borrow().clone();
    let b = operand(vm, other)?;
    Ok(Value::Bool(vm.owned_subset(&b, &mut a)?))
}

fn isdisjoint(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    let other = one(args, "isdisjoint")?;
    let a = this(args)?.borrow().clone();
    let b = operand(vm, other)?;
    let (small, mut big) = if a.len() > b.len() { (b, a) } else { (a, b) };
    for v in small.items() {
        if vm.owned_contains(&mut big, &v)? {
            return Ok(Value::Bool(false));
        }
    }
    Ok(Value::Bool(true))
}

/// `a <op> b` for sets (`|`, `&`, `-`, `^` and their in-place forms);
/// `None` when an operand is not a set. In-place forms on a `set` update
/// it and return it; on a `frozenset` they make a new one.
pub(crate) fn set_binary_op(
    vm: &mut Vm,
    op: BinaryOpArg,
    a: &Value,
    b: &Value,
) -> Option<PyResult<Value>> {
    let (x, y) = (as_set(a)?, as_set(b)?);
    let base = op.base();
    if !matches!(
        base,
        BinaryOpArg::OR | BinaryOpArg::AND | BinaryOpArg::SUBTRACT | BinaryOpArg::XOR
    ) {
        return None;
    }
    let left = x.borrow().clone();
    let _ = y;
    let inplace = op != base && !left.frozen;
    let result = match base {
        BinaryOpArg::OR if inplace => {
            let mut out = left.clone();
            update_from(vm, &mut out, b).map(|()| out)
        }
        BinaryOpArg::OR => union_of(vm, &left, std::slice::from_ref(b)),
        BinaryOpArg::AND => intersect(vm, &left, b),
        BinaryOpArg::SUBTRACT if inplace => {
            let mut out = left.clone();
            subtract(vm, &mut out, b).map(|()| out)
        }
        BinaryOpArg::SUBTRACT => difference_of(vm, &left, b),
        _ if inplace => {
            let mut out = left.clone();
            symmetric_update(vm, &mut out, b).map(|()| out)
        }
        _ => {
            let mut out = empty_like(&left);
            out.merge(&left);
            symmetric_update(vm, &mut out, b).map(|()| out)
        }
    };
    Some(result.map(|set| {
        if inplace {
            *x.borrow_mut() = set;
            a.clone()
        } else {
            new_set(set)
        }
    }))
}

/// `a <op> b` for set comparisons (`<`, `<=`, `>`, `>=` as subset tests);
/// `None` when an operand is not a set.
pub(crate) fn set_compare(op: CompareOpArg, a: &Value, b: &Value) -> Option<PyResult<bool>> {
    let (x, y) = match (set_like(a)?, set_like(b)?) {
        (Ok(x), Ok(y)) => (x, y),
        (Err(e), _) | (_, Err(e)) => return Some(Err(e)),
    };
    let r = match op.op() {
        CompareOpArg::LT => subset(&x, &y).map(|s| s && x.len() < y.len()),
        CompareOpArg::LE => subset(&x, &y),
        CompareOpArg::GT => subset(&y, &x).map(|s| s && y.len() < x.len()),
        CompareOpArg::GE => subset(&y, &x),
        _ => return None,
    };
    Some(r)
}

/// Whether `v` is a set, a frozenset, or a keys or items view.
pub(crate) fn is_set_like(v: &Value) -> bool {
    match v.as_obj() {
        Some(Object::Set(_)) => true,
        Some(Object::DictView(kind, _)) => *kind != crate::value::ViewKind::Values,
        _ => false,
    }
}

/// The items of a set-like value as a set.
fn set_like(v: &Value) -> Option<PyResult<SetObj>> {
    match v.as_obj()? {
        Object::Set(s) => Some(Ok(s.borrow().clone())),
        Object::DictView(kind, d) if is_set_like(v) => Some(crate::set::set_from(kind.items(d))),
        _ => None,
    }
}

/// The `TypeError` of a set operator with a non-set operand.
pub(crate) fn unsupported(op: &str, a: &Value, b: &Value) -> Box<PyErr> {
    type_error(format!(
        "unsupported operand type(s) for {op}: '{}' and '{}'",
        type_name(a),
        type_name(b)
    ))
}
