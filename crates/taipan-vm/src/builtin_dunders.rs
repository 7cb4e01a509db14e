//! Special methods of built-in objects as bound attributes:
//! `d.__getitem__`, `s.__contains__`, `xs.__len__`... (CPython's
//! method-wrappers). Each calls the operation the special method stands
//! for, so `key=d.__getitem__` behaves as `key=lambda k: d[k]`.

use std::rc::Rc;

use crate::exception::{type_error, PyResult};
use crate::types::{type_of, TypeKind as T};
use crate::value::{Builtin, NativeFn, Object, Value};
use crate::Vm;

type Kw<'a> = &'a [(Rc<str>, Value)];

/// The bound special method `name` of the built-in object `obj`, if its
/// type has it.
pub(crate) fn find(obj: &Value, name: &str) -> Option<Value> {
    let t = type_of(obj);
    let sized = matches!(
        t,
        T::Str
            | T::Bytes
            | T::ByteArray
            | T::List
            | T::Tuple
            | T::Dict
            | T::Set
            | T::FrozenSet
            | T::Range
    );
    let indexable = sized && !matches!(t, T::Set | T::FrozenSet);
    let mutable_items = matches!(t, T::List | T::Dict | T::ByteArray);
    let (name, func): (&'static str, NativeFn) = match name {
        "__getitem__" if indexable => ("__getitem__", getitem),
        "__setitem__" if mutable_items => ("__setitem__", setitem),
        "__delitem__" if mutable_items => ("__delitem__", delitem),
        "__len__" if sized => ("__len__", len),
        "__contains__" if sized => ("__contains__", contains),
        "__iter__" if sized || matches!(t, T::Iterator(..) | T::Generator) => ("__iter__", iter),
        "__repr__" => ("__repr__", repr),
        "__str__" => ("__str__", str_),
        _ => return None,
    };
    Some(Value::obj(Object::BoundMethod(
        obj.clone(),
        Builtin { name, func },
    )))
}

/// The receiver and exactly `n` arguments, or CPython's count error.
fn take<'a>(args: &'a [Value], kw: Kw, n: usize) -> PyResult<(&'a Value, &'a [Value])> {
    if !kw.is_empty() {
        return Err(type_error("wrapper takes no keyword arguments"));
    }
    match args.split_first() {
        Some((this, rest)) if rest.len() == n => Ok((this, rest)),
        _ => {
            let got = args.len().saturating_sub(1);
            let s = if n == 1 { "" } else { "s" };
            Err(type_error(format!("expected {n} argument{s}, got {got}")))
        }
    }
}

fn getitem(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    // `list` and `dict` define `__getitem__` as a one-argument method,
    // whose count error CPython words differently from a slot wrapper's.
    if let Some(this @ Value::Obj(o)) = args.first() {
        if matches!(&**o, Object::List(_) | Object::Dict(_)) && args.len() != 2 {
            return Err(type_error(format!(
                "{}.__getitem__() takes exactly one argument ({} given)",
                crate::types::type_name(this),
                args.len() - 1
            )));
        }
    }
    let (this, rest) = take(args, kw, 1)?;
    // a subclass instance's built-in value (`list.__len__(sub)`)
    let this = &crate::classes::payload_of(this);
    let key = vm.canon_key(this, rest[0].clone())?;
    crate::subscript::subscr(this, &key)
}

fn setitem(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let (this, rest) = take(args, kw, 2)?;
    // a subclass instance's built-in value (`list.__len__(sub)`)
    let this = &crate::classes::payload_of(this);
    let key = vm.canon_key(this, rest[0].clone())?;
    crate::subscript::store_subscr(this, key, rest[1].clone())?;
    Ok(Value::None)
}

fn delitem(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let (this, rest) = take(args, kw, 1)?;
    // a subclass instance's built-in value (`list.__len__(sub)`)
    let this = &crate::classes::payload_of(this);
    let key = vm.canon_key(this, rest[0].clone())?;
    crate::subscript::delete_subscr(this, &key)?;
    Ok(Value::None)
}

fn len(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let (this, _) = take(args, kw, 0)?;
    // a subclass instance's built-in value (`list.__len__(sub)`)
    let this = &crate::classes::payload_of(this);
    vm.len_of(this)
}

fn contains(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let (this, rest) = take(args, kw, 1)?;
    // a subclass instance's built-in value (`list.__len__(sub)`)
    let this = &crate::classes::payload_of(this);
    let key = vm.canon_key(this, rest[0].clone())?;
    Ok(Value::Bool(crate::compare::contains(this, &key)?))
}

fn iter(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let (this, _) = take(args, kw, 0)?;
    // a subclass instance's built-in value (`list.__len__(sub)`)
    let this = &crate::classes::payload_of(this);
    vm.get_iter(this)
}

fn repr(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let (this, _) = take(args, kw, 0)?;
    Ok(Value::str(vm.repr_of(this)?))
}

fn str_(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let (this, _) = take(args, kw, 0)?;
    Ok(Value::str(vm.str_of(this)?))
}
