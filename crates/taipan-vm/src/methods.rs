//! More methods of the built-in types (`str.split`, `list.sort`, ...).
//! Each takes the object as its first argument.

use std::rc::Rc;

use crate::exception::{type_error, PyResult};
use crate::value::{Builtin, NativeFn, Object, Value};
use crate::Vm;

type Kw<'a> = &'a [(Rc<str>, Value)];

/// The method `name` of `obj`'s type, if it has one here.
pub(crate) fn find(obj: &Value, name: &str) -> Option<Builtin> {
    if let Some(b) = crate::num_methods::find(obj, name) {
        return Some(b);
    }
    let table: &[(&'static str, NativeFn)] = match obj.as_obj()? {
        Object::Generator(_) => crate::generator::METHODS,
        Object::Str(_) => return crate::str_methods::find(name),
        Object::Awaitable(crate::coro::AwaitableObj::Future(_)) => crate::asyncio_methods::METHODS,
        Object::Awaitable(_) => crate::coro::METHODS,
        Object::List(_) => return crate::list_methods::find(name, false),
        Object::Tuple(_) => return crate::list_methods::find(name, true),
        Object::Bytes(_) | Object::ByteArray(_) => return crate::bytes_methods::find(obj, name),
        Object::MemoryView(_) => return crate::memoryview::find(name),
        Object::Set(set) => return crate::set_methods::find(name, set.borrow().frozen),
        Object::Property(..) => &[("setter", property_setter), ("getter", property_getter)],
        Object::Dict(_) => return crate::dict_methods::find(name),
        Object::Deque(_) => return crate::deque::find(name),
        Object::Iter(_) => return crate::itertools::find_method(obj, name),
        _ => return None,
    };
    table
        .iter()
        .find(|(n, _)| *n == name)
        .map(|&(name, func)| Builtin { name, func })
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

/// The data attributes of `property`, `classmethod` and `staticmethod`
/// objects: `fget`/`fset`/`fdel`, `__func__`/`__wrapped__`, and
/// `__isabstractmethod__` (true when a wrapped function is abstract).
pub(crate) fn descriptor_attr(vm: &mut Vm, obj: &Value, name: &str) -> PyResult<Option<Value>> {
    let funcs: Vec<Value> = match obj.as_obj() {
        Some(Object::Property(fget, fset)) => match name {
            "fget" => return Ok(Some(none_if_null(fget))),
            "fset" => return Ok(Some(none_if_null(fset))),
            "fdel" => return Ok(Some(Value::None)),
            _ => vec![fget.clone(), fset.clone()],
        },
        Some(Object::ClassMethod(f) | Object::StaticMethod(f)) => match name {
            "__func__" | "__wrapped__" => return Ok(Some(f.clone())),
            _ => vec![f.clone()],
        },
        _ => return Ok(None),
    };
    if name != "__isabstractmethod__" {
        return Ok(None);
    }
    for f in funcs {
        if matches!(f, Value::None | Value::Null) {
            continue;
        }
        if let Ok(flag) = vm.getattr(&f, "__isabstractmethod__") {
            if vm.truthy(&flag)? {
                return Ok(Some(Value::Bool(true)));
            }
        }
    }
    Ok(Some(Value::Bool(false)))
}

/// `None` for an absent (null) accessor.
fn none_if_null(v: &Value) -> Value {
    match v {
        Value::Null => Value::None,
        v => v.clone(),
    }
}
