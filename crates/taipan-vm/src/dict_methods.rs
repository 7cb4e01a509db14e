//! The methods of `dict` and of its views, `dict(...)` itself, and the
//! dict operators (`|`, `|=`, and the set operators of key and item views).

use std::cell::RefCell;
use std::rc::Rc;

use crate::dict::{Dict, HashKey};
use crate::exception::{type_error, value_error, ExcKind, PyErr, PyResult};
use crate::set::SetObj;
use crate::value::{Builtin, NativeFn, Object, Value, ViewKind};
use crate::Vm;

type Kw<'a> = &'a [(Rc<str>, Value)];

/// The method `name` of `dict`.
pub(crate) fn find(name: &str) -> Option<Builtin> {
    const TABLE: &[(&str, NativeFn)] = &[
        ("get", get),
        ("keys", keys),
        ("values", values),
        ("items", items),
        ("pop", pop),
        ("popitem", popitem),
        ("setdefault", setdefault),
        ("update", update),
        ("copy", copy),
        ("clear", clear),
        ("fromkeys", fromkeys),
    ];
    TABLE
        .iter()
        .find(|(n, _)| *n == name)
        .map(|&(name, func)| Builtin { name, func })
}

/// The methods of the views (`mapping`, `isdisjoint`).
pub(crate) fn view_attr(view: &Value, name: &str) -> Option<PyResult<Value>> {
    let Some(Object::DictView(kind, d)) = view.as_obj() else {
        return None;
    };
    match name {
        "mapping" => Some(Ok(d.clone())),
        "isdisjoint" if *kind != ViewKind::Values => Some(Ok(Value::obj(Object::BoundMethod(
            view.clone(),
            Builtin {
                name: "isdisjoint",
                func: view_isdisjoint,
            },
        )))),
        _ => None,
    }
}

fn this(args: &[Value]) -> PyResult<&RefCell<Dict>> {
    match args.first().and_then(Value::as_obj) {
        Some(Object::Dict(d)) => Ok(d),
        _ => Err(type_error("descriptor requires a 'dict' object")),
    }
}

/// The arguments after `self`, between `min` and `max` of them.
fn arity<'a>(args: &'a [Value], who: &str, min: usize, max: usize) -> PyResult<&'a [Value]> {
    let rest = args.get(1..).unwrap_or(&[]);
    if rest.len() < min {
        return Err(type_error(format!(
            "{who} expected at least {min} argument{}, got {}",
            if min == 1 { "" } else { "s" },
            rest.len()
        )));
    }
    if rest.len() > max {
        let msg = match max {
            0 => format!("dict.{who}() takes no arguments ({} given)", rest.len()),
            _ => format!(
                "{who} expected at most {max} argument{}, got {}",
                if max == 1 { "" } else { "s" },
                rest.len()
            ),
        };
        return Err(type_error(msg));
    }
    Ok(rest)
}

fn get(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    let rest = arity(args, "get", 1, 2)?;
    let key = vm.canon_key(&args[0], rest[0].clone())?;
    let found = this(args)?.borrow().get(&HashKey::for_dict(&key)?).cloned();
    Ok(found.unwrap_or_else(|| rest.get(1).cloned().unwrap_or(Value::None)))
}

fn view(args: &[Value], kind: ViewKind, who: &str) -> PyResult<Value> {
    arity(args, who, 0, 0)?;
    this(args)?;
    Ok(Value::obj(Object::DictView(kind, args[0].clone())))
}

fn keys(_: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    view(args, ViewKind::Keys, "keys")
}

fn values(_: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    view(args, ViewKind::Values, "values")
}

fn items(_: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    view(args, ViewKind::Items, "items")
}

fn pop(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    let rest = arity(args, "pop", 1, 2)?;
    // CPython does not hash the key when the dict is empty.
    let key = &match this(args)?.borrow().is_empty() {
        true => rest[0].clone(),
        false => vm.canon_key(&args[0], rest[0].clone())?,
    };
    if this(args)?.borrow().is_empty() {
        return match rest.get(1) {
            Some(default) => Ok(default.clone()),
            None => Err(PyErr::new(ExcKind::KeyError, vec![key.clone()])),
        };
    }
    let removed = this(args)?.borrow_mut().remove(&HashKey::for_dict(key)?);
    match (removed, rest.get(1)) {
        (Some(v), _) => Ok(v),
        (None, Some(default)) => Ok(default.clone()),
        (None, None) => Err(PyErr::new(ExcKind::KeyError, vec![key.clone()])),
    }
}

fn popitem(_: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    arity(args, "popitem", 0, 0)?;
    let d = this(args)?;
    let last = d
        .borrow()
        .iter()
        .last()
        .map(|(k, v)| (k.clone(), v.clone()));
    let Some((k, v)) = last else {
        return Err(PyErr::msg(
            ExcKind::KeyError,
            "popitem(): dictionary is empty",
        ));
    };
    d.borrow_mut().remove(&HashKey::for_dict(&k)?);
    Ok(Value::tuple(vec![k, v]))
}

fn setdefault(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    let rest = arity(args, "setdefault", 1, 2)?;
    let key = &vm.canon_key(&args[0], rest[0].clone())?;
    let d = this(args)?;
    let hkey = HashKey::for_dict(key)?;
    if let Some(v) = d.borrow().get(&hkey) {
        return Ok(v.clone());
    }
    let default = rest.get(1).cloned().unwrap_or(Value::None);
    d.borrow_mut().insert(hkey, key.clone(), default.clone());
    Ok(default)
}

fn copy(_: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    arity(args, "copy", 0, 0)?;
    let d = this(args)?.borrow().clone();
    Ok(new_dict(d))
}

fn clear(_: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    arity(args, "clear", 0, 0)?;
    let old = std::mem::take(&mut *this(args)?.borrow_mut());
    drop(old);
    Ok(Value::None)
}

/// A new dict value.
pub(crate) fn new_dict(d: Dict) -> Value {
    Value::obj(Object::Dict(RefCell::new(d)))
}

/// `dict.fromkeys(iterable, value=None)` (bound to the type or a dict).
fn fromkeys(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    let rest = arity(args, "fromkeys", 1, 2)?;
    let value = rest.get(1).cloned().unwrap_or(Value::None);
    let d = RefCell::new(Dict::new());
    for k in vm.collect(&rest[0])? {
        vm.dict_store(&d, k, value.clone())?;
    }
    Ok(new_dict(d.into_inner()))
}

/// `d.update([other], **kwargs)`.
fn update(vm: &mut Vm, args: &[Value], kwargs: Kw) -> PyResult<Value> {
    let rest = arity(args, "update", 0, 1)?;
    let target = args[0].clone();
    if let Some(other) = rest.first() {
        update_from(vm, &target, other)?;
    }
    let d = this(args)?;
    for (k, v) in kwargs {
        d.borrow_mut().set_str(k, v.clone());
    }
    Ok(Value::None)
}

/// Merge a mapping or an iterable of pairs into the dict `target`.
pub(crate) fn update_from(vm: &mut Vm, target: &Value, other: &Value) -> PyResult<()> {
    let Some(Object::Dict(d)) = target.as_obj() else {
        return Err(type_error("descriptor requires a 'dict' object"));
    };
    if let Some(Object::Dict(src)) = other.as_obj() {
        let entries: Vec<(Value, Value)> = src
            .borrow()
            .iter()
            .map(|(k, v)| (k.clone(), v.clone()))
            .collect();
        for (k, v) in entries {
            vm.dict_store(d, k, v)?;
        }
        return Ok(());
    }
    if let Some(class) = crate::classes::user_class(other) {
        let keys_key = HashKey::Str(Rc::from("keys"));
        if let Some(keys_fn) = crate::classes::class_lookup(&class, &keys_key) {
            let keys = vm.call_value(&keys_fn, vec![other.clone()])?;
            for k in vm.collect(&keys)? {
                let v = vm.binary_dunder(taipan_bytecode::BinaryOpArg::SUBSCR, other, &k)?;
                vm.dict_store(d, k, v)?;
            }
            return Ok(());
        }
    }
    let it = vm.get_iter(other)?;
    let mut i = 0;
    while let Some(pair) = vm.next(&it)? {
        let items = match pair.as_obj() {
            Some(Object::Tuple(t)) => t.clone(),
            Some(Object::List(l)) => l.borrow().clone(),
            Some(Object::Str(_) | Object::Bytes(_) | Object::Set(_) | Object::Dict(_))
            | Some(Object::Iter(_) | Object::Generator(_)) => vm.collect(&pair)?,
            _ if crate::dunder::is_user(&pair) => vm.collect(&pair)?,
            _ => return Err(type_error("object is not iterable")),
        };
        let [k, v] = <[Value; 2]>::try_from(items).map_err(|items| {
            value_error(format!(
                "dictionary update sequence element #{i} has length {}; 2 is required",
                items.len()
            ))
        })?;
        vm.dict_store(d, k, v)?;
        i += 1;
    }
    Ok(())
}

/// `dict(...)`: from a mapping or pairs, then keyword arguments.
pub(crate) fn construct(vm: &mut Vm, args: &[Value], kwargs: Kw) -> PyResult<Value> {
    if args.len() > 1 {
        return Err(type_error(format!(
            "dict expected at most 1 argument, got {}",
            args.len()
        )));
    }
    let d = new_dict(Dict::new());
    if let Some(other) = args.first() {
        update_from(vm, &d, other)?;
    }
    if let Some(Object::Dict(cell)) = d.as_obj() {
        for (k, v) in kwargs {
            cell.borrow_mut().set_str(k, v.clone());
        }
    }
    Ok(d)
}

/// `a | b` and `a |= b` for dicts; `None` when not both dicts (for `|`).
pub(crate) fn dict_or(vm: &mut Vm, inplace: bool, a: &Value, b: &Value) -> Option<PyResult<Value>> {
    let Some(Object::Dict(x)) = a.as_obj() else {
        return None;
    };
    if inplace {
        return Some(update_from(vm, a, b).map(|()| a.clone()));
    }
    if !matches!(b.as_obj(), Some(Object::Dict(_))) {
        return None;
    }
    let out = new_dict(x.borrow().clone());
    Some(update_from(vm, &out, b).map(|()| out))
}

/// The items of a keys or items view as a set (for the set operators).
fn view_set(vm: &mut Vm, v: &Value) -> PyResult<SetObj> {
    crate::set_methods::to_set(vm, v)
}

/// `view <op> other` for the set operators of key and item views: the
/// result is a `set`.
pub(crate) fn view_binary_op(
    vm: &mut Vm,
    op: taipan_bytecode::BinaryOpArg,
    a: &Value,
    b: &Value,
) -> Option<PyResult<Value>> {
    use taipan_bytecode::BinaryOpArg as Op;
    let is_view =
        |v: &Value| matches!(v.as_obj(), Some(Object::DictView(k, _)) if *k != ViewKind::Values);
    if !(is_view(a) || is_view(b))
        || !matches!(op.base(), Op::OR | Op::AND | Op::SUBTRACT | Op::XOR)
    {
        return None;
    }
    let run = |vm: &mut Vm| -> PyResult<Value> {
        let left = crate::set_methods::new_set(view_set(vm, a)?);
        let right = crate::set_methods::new_set(view_set(vm, b)?);
        crate::set_methods::set_binary_op(vm, op.base(), &left, &right)
            .unwrap_or_else(|| Err(crate::set_methods::unsupported(op.symbol(), a, b)))
    };
    Some(run(vm))
}

/// `view.isdisjoint(other)`.
fn view_isdisjoint(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    let [view, other] = args else {
        return Err(type_error(format!(
            "isdisjoint() takes exactly one argument ({} given)",
            args.len().saturating_sub(1)
        )));
    };
    let mut mine = view_set(vm, view)?;
    for x in vm.collect(other)? {
        if vm.owned_contains(&mut mine, &x)? {
            return Ok(Value::Bool(false));
        }
    }
    Ok(Value::Bool(true))
}

/// `item in view` for keys and items views (hashing as the dict does).
pub(crate) fn view_contains(kind: ViewKind, d: &Value, item: &Value) -> PyResult<bool> {
    let Some(Object::Dict(d)) = d.as_obj() else {
        return Ok(false);
    };
    if kind == ViewKind::Keys {
        return Ok(d.borrow().get(&HashKey::for_dict(item)?).is_some());
    }
    let Some(Object::Tuple(pair)) = item.as_obj() else {
        return Ok(false);
    };
    let [k, v] = &pair[..] else {
        return Ok(false);
    };
    let Some(hk) = HashKey::of(k) else {
        return Ok(false);
    };
    let found = d.borrow().get(&hk).cloned();
    match found {
        Some(w) => Ok(w.is(v) || crate::compare::eq(&w, v)?),
        None => Ok(false),
    }
}

/// `==` between a keys/items view and a set or view (as sets).
pub(crate) fn view_eq(a: &Value, b: &Value) -> Option<PyResult<bool>> {
    let setlike = |v: &Value| match v.as_obj() {
        Some(Object::DictView(k, _)) if *k != ViewKind::Values => true,
        Some(Object::Set(_)) => true,
        _ => false,
    };
    let is_view = |v: &Value| matches!(v.as_obj(), Some(Object::DictView(..)));
    if !(is_view(a) || is_view(b)) {
        return None;
    }
    if !(setlike(a) && setlike(b)) {
        return Some(Ok(a.is(b)));
    }
    let as_set = |v: &Value| -> PyResult<SetObj> {
        match v.as_obj() {
            Some(Object::Set(s)) => Ok(s.borrow().clone()),
            Some(Object::DictView(kind, d)) => crate::set::set_from(kind.items(d)),
            _ => Ok(SetObj::default()),
        }
    };
    Some((|| crate::set::set_eq(&as_set(a)?, &as_set(b)?))())
}
