//! More methods of the built-in types (`str.split`, `list.sort`, ...).
//! Each takes the object as its first argument.

use std::cell::RefCell;
use std::rc::Rc;

use crate::dict::{Dict, HashKey};
use crate::exception::{type_error, ExcKind, PyErr, PyResult};
use crate::value::{Builtin, NativeFn, Object, Value};
use crate::Vm;

type Kw<'a> = &'a [(Rc<str>, Value)];

/// The method `name` of `obj`'s type, if it has one here.
pub(crate) fn find(obj: &Value, name: &str) -> Option<Builtin> {
    if obj.as_bigint().is_some() {
        return (name == "bit_length").then_some(Builtin {
            name: "bit_length",
            func: int_bit_length,
        });
    }
    let table: &[(&'static str, NativeFn)] = match obj.as_obj()? {
        Object::Generator(_) => crate::generator::METHODS,
        Object::Str(_) => return crate::str_methods::find(name),
        Object::List(_) => return crate::list_methods::find(name, false),
        Object::Tuple(_) => return crate::list_methods::find(name, true),
        Object::Bytes(_) | Object::ByteArray(_) => return crate::bytes_methods::find(obj, name),
        Object::MemoryView(_) => return crate::memoryview::find(name),
        Object::Set(_) => &[
            ("add", set_add),
            ("remove", set_remove),
            ("discard", set_discard),
            ("issubset", set_issubset),
        ],
        Object::Property(..) => &[("setter", property_setter), ("getter", property_getter)],
        Object::Dict(_) => &[
            ("copy", dict_copy),
            ("clear", dict_clear),
            ("pop", dict_pop),
            ("update", dict_update),
            ("setdefault", dict_setdefault),
        ],
        _ => return None,
    };
    table
        .iter()
        .find(|(n, _)| *n == name)
        .map(|&(name, func)| Builtin { name, func })
}

fn int_bit_length(_: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    let n = args.first().and_then(Value::as_bigint).unwrap_or_default();
    Ok(Value::Int(n.bits() as i64))
}

fn property_setter(_: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    match (args.first().and_then(Value::as_obj), args.get(1)) {
        (Some(Object::Property(fget, _)), Some(fset)) => {
            Ok(Value::obj(Object::Property(fget.clone(), fset.clone())))
        }
        _ => Err(type_error("setter() takes exactly one argument")),
    }
}

fn property_getter(_: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    match (args.first().and_then(Value::as_obj), args.get(1)) {
        (Some(Object::Property(_, fset)), Some(fget)) => {
            Ok(Value::obj(Object::Property(fget.clone(), fset.clone())))
        }
        _ => Err(type_error("getter() takes exactly one argument")),
    }
}

fn set_of(args: &[Value]) -> PyResult<&RefCell<crate::set::SetObj>> {
    match args.first().and_then(Value::as_obj) {
        Some(Object::Set(s)) => Ok(s),
        _ => Err(type_error("descriptor requires a 'set' object")),
    }
}

fn set_add(_: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    let v = args
        .get(1)
        .cloned()
        .ok_or_else(|| type_error("add() takes exactly one argument (0 given)"))?;
    set_of(args)?.borrow_mut().add(v)?;
    Ok(Value::None)
}

fn set_remove(_: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    let v = args
        .get(1)
        .ok_or_else(|| type_error("remove() takes exactly one argument (0 given)"))?;
    if !set_of(args)?.borrow_mut().discard(v)? {
        return Err(PyErr::new(ExcKind::KeyError, vec![v.clone()]));
    }
    Ok(Value::None)
}

fn set_discard(_: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    let v = args
        .get(1)
        .ok_or_else(|| type_error("discard() takes exactly one argument (0 given)"))?;
    set_of(args)?.borrow_mut().discard(v)?;
    Ok(Value::None)
}

fn set_issubset(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    let mine = set_of(args)?.borrow().items();
    let other = crate::set::set_from(vm.collect(args.get(1).unwrap_or(&Value::None))?)?;
    for v in mine {
        if !other.contains(&v)? {
            return Ok(Value::Bool(false));
        }
    }
    Ok(Value::Bool(true))
}

fn dict_copy(_: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    let d = dict_of(args)?.borrow().clone();
    Ok(Value::obj(Object::Dict(RefCell::new(d))))
}

fn dict_clear(_: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    *dict_of(args)?.borrow_mut() = Dict::new();
    Ok(Value::None)
}

fn dict_of(args: &[Value]) -> PyResult<&RefCell<Dict>> {
    match args.first().and_then(Value::as_obj) {
        Some(Object::Dict(d)) => Ok(d),
        _ => Err(type_error("descriptor requires a 'dict' object")),
    }
}

fn dict_pop(_: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    let d = dict_of(args)?;
    let key = args
        .get(1)
        .ok_or_else(|| type_error("pop expected at least 1 argument, got 0"))?;
    let removed = d.borrow_mut().remove(&HashKey::for_dict(key)?);
    match (removed, args.get(2)) {
        (Some(v), _) => Ok(v),
        (None, Some(default)) => Ok(default.clone()),
        (None, None) => Err(PyErr::new(ExcKind::KeyError, vec![key.clone()])),
    }
}

fn dict_update(_: &mut Vm, args: &[Value], kwargs: Kw) -> PyResult<Value> {
    let d = dict_of(args)?;
    if let Some(Object::Dict(other)) = args.get(1).and_then(Value::as_obj) {
        let other = other.borrow().clone();
        for (k, v) in other.iter() {
            d.borrow_mut()
                .insert(HashKey::for_dict(k)?, k.clone(), v.clone());
        }
    }
    for (k, v) in kwargs {
        d.borrow_mut().set_str(k, v.clone());
    }
    Ok(Value::None)
}

fn dict_setdefault(_: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    let d = dict_of(args)?;
    let key = args
        .get(1)
        .ok_or_else(|| type_error("setdefault expected at least 1 argument"))?;
    let hkey = HashKey::for_dict(key)?;
    if let Some(v) = d.borrow().get(&hkey) {
        return Ok(v.clone());
    }
    let default = args.get(2).cloned().unwrap_or(Value::None);
    d.borrow_mut().insert(hkey, key.clone(), default.clone());
    Ok(default)
}
