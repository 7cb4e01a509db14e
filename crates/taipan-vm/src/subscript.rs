//! Subscripts (`x[i]`, `x[i] = v`, `del x[i]`), displays and attributes
//! of the built-in types (their methods).

use std::cell::RefCell;

use crate::dict::{Dict, HashKey};
use crate::exception::{type_error, ExcKind, PyErr, PyResult};
use crate::format;
use crate::types::type_name;
use crate::value::{Object, Value};

/// A sequence index made non-negative, or `IndexError`.
fn index(v: &Value, len: usize, what: &str) -> PyResult<usize> {
    let i = match v {
        Value::Int(i) => *i,
        Value::Bool(b) => i64::from(*b),
        _ => {
            return Err(type_error(format!(
                "{what} indices must be integers or slices, not {}",
                type_name(v)
            )))
        }
    };
    let j = if i < 0 { i + len as i64 } else { i };
    if j < 0 || j >= len as i64 {
        return Err(PyErr::msg(
            ExcKind::IndexError,
            format!("{what} index out of range"),
        ));
    }
    Ok(j as usize)
}

/// The items a slice selects from a sequence of length `len`.
fn slice_indices(slice: &Object, len: usize) -> PyResult<Vec<usize>> {
    crate::slices::indices(slice, len)
}

/// `container[key]`.
pub(crate) fn subscr(container: &Value, key: &Value) -> PyResult<Value> {
    let slice = key.as_obj().filter(|o| matches!(o, Object::Slice(..)));
    match container.as_obj() {
        Some(Object::List(items)) => {
            let items = items.borrow();
            match slice {
                Some(s) => Ok(Value::list(
                    slice_indices(s, items.len())?
                        .iter()
                        .map(|&i| items[i].clone())
                        .collect(),
                )),
                None => Ok(items[index(key, items.len(), "list")?].clone()),
            }
        }
        Some(Object::Tuple(items)) => match slice {
            Some(s) => Ok(Value::tuple(
                slice_indices(s, items.len())?
                    .iter()
                    .map(|&i| items[i].clone())
                    .collect(),
            )),
            None => Ok(items[index(key, items.len(), "tuple")?].clone()),
        },
        Some(Object::Str(s)) => crate::str_index::subscr(s, key),
        Some(Object::ByteArray(b)) => crate::bytearray::subscr(b, key),
        Some(Object::MemoryView(_)) => crate::memoryview::subscr(container, key),
        Some(Object::Bytes(b)) => crate::bytearray::bytes_subscr(b, key),
        Some(Object::Dict(d)) => match d.borrow().get(&HashKey::for_dict(key)?) {
            Some(v) => Ok(v.clone()),
            None => Err(PyErr::new(ExcKind::KeyError, vec![key.clone()])),
        },
        Some(Object::Range(..)) => crate::slices::range_subscript(container, key),
        Some(Object::BigRange(r)) => crate::big_range::subscript(r, key),
        Some(Object::Deque(d)) => crate::deque::getitem(d, key),
        _ => Err(type_error(format!(
            "'{}' object is not subscriptable",
            type_name(container)
        ))),
    }
}

/// `container[key] = value`.
pub(crate) fn store_subscr(container: &Value, key: Value, value: Value) -> PyResult<()> {
    match container.as_obj() {
        Some(Object::List(_)) if matches!(key.as_obj(), Some(Object::Slice(..))) => {
            let values = crate::iter::collect(&value).ok();
            match key.as_obj() {
                Some(s) => crate::slices::list_store(container, s, values),
                None => Ok(()),
            }
        }
        Some(Object::List(items)) => {
            let mut items = items.borrow_mut();
            let i = index(&key, items.len(), "list assignment")?;
            items[i] = value;
            Ok(())
        }
        Some(Object::ByteArray(b)) => crate::bytearray::store_subscr(b, &key, &value),
        Some(Object::MemoryView(_)) => crate::memoryview::store_subscr(container, &key, &value),
        Some(Object::Deque(d)) => crate::deque::setitem(d, &key, value),
        Some(Object::Dict(d)) => {
            let hkey = HashKey::for_dict(&key)?;
            d.borrow_mut().insert(hkey, key, value);
            Ok(())
        }
        _ => Err(type_error(format!(
            "'{}' object does not support item assignment",
            type_name(container)
        ))),
    }
}

/// `del container[key]`.
pub(crate) fn delete_subscr(container: &Value, key: &Value) -> PyResult<()> {
    match container.as_obj() {
        Some(Object::List(_)) if matches!(key.as_obj(), Some(Object::Slice(..))) => {
            match key.as_obj() {
                Some(s) => crate::slices::list_delete(container, s),
                None => Ok(()),
            }
        }
        Some(Object::List(items)) => {
            let mut items = items.borrow_mut();
            let i = index(key, items.len(), "list assignment")?;
            let old = items.remove(i);
            drop(items);
            drop(old);
            Ok(())
        }
        Some(Object::ByteArray(b)) => crate::bytearray::delete_subscr(b, key),
        Some(Object::Deque(d)) => crate::deque::delitem(d, key),
        Some(Object::Dict(d)) => match d.borrow_mut().remove(&HashKey::for_dict(key)?) {
            Some(_) => Ok(()),
            None => Err(PyErr::new(ExcKind::KeyError, vec![key.clone()])),
        },
        _ => Err(type_error(format!(
            "'{}' object doesn't support item deletion",
            type_name(container)
        ))),
    }
}

/// `BUILD_MAP`: key, value, key, value, ...
pub(crate) fn build_map(items: Vec<Value>) -> PyResult<Value> {
    let mut dict = Dict::new();
    let mut it = items.into_iter();
    while let (Some(k), Some(v)) = (it.next(), it.next()) {
        dict.insert(HashKey::for_dict(&k)?, k, v);
    }
    Ok(Value::obj(Object::Dict(RefCell::new(dict))))
}

/// `LIST_APPEND` / `LIST_EXTEND`.
pub(crate) fn list_add(vm: &mut crate::Vm, list: &Value, v: Value, extend: bool) -> PyResult<()> {
    let Some(Object::List(items)) = list.as_obj() else {
        return Err(type_error("not a list"));
    };
    if extend {
        let more = vm.collect(&v).map_err(|e| {
            crate::call::reword_not_iterable(e, &v, || {
                format!("Value after * must be an iterable, not {}", type_name(&v))
            })
        })?;
        items.borrow_mut().extend(more);
    } else {
        items.borrow_mut().push(v);
    }
    Ok(())
}

/// `AttributeError` for a missing attribute.
pub(crate) fn no_attribute(obj: &Value, name: &str) -> Box<PyErr> {
    PyErr::msg(
        ExcKind::AttributeError,
        format!("'{}' object has no attribute '{name}'", type_name(obj)),
    )
}

/// `obj.name`: the methods of the built-in types, bound to `obj`.
pub(crate) fn load_attr(obj: &Value, name: &str) -> PyResult<Value> {
    if let Some(v) = crate::num_methods::data_attr(obj, name) {
        return Ok(v);
    }
    if let Some(r) = crate::bytearray::text_attr(obj, name) {
        return r;
    }
    if let Some(r) = crate::slices::attr(obj, name) {
        return r;
    }
    if let Some(r) = crate::generator::attr(obj, name) {
        return Ok(r);
    }
    if let Some(r) = crate::dict_methods::view_attr(obj, name) {
        return r;
    }
    if let Some(v) = crate::deque::attribute(obj, name) {
        return Ok(v);
    }
    if let Some(Object::Type(t)) = obj.as_obj() {
        if let Some(m) = type_method(*t, name) {
            return Ok(m);
        }
    }
    match crate::methods::find(obj, name) {
        Some(m) => Ok(Value::obj(Object::BoundMethod(obj.clone(), m))),
        None => crate::builtin_dunders::find(obj, name).ok_or_else(|| no_attribute(obj, name)),
    }
}

/// `T.name` for a built-in type `T`: its method, unbound (`str.lower`),
/// or bound to the type for `dict.fromkeys`.
fn type_method(t: crate::types::TypeKind, name: &str) -> Option<Value> {
    use crate::types::TypeKind as T;
    let sample = match t {
        T::Str => Value::str(""),
        T::List => Value::list(Vec::new()),
        T::Tuple => Value::tuple(Vec::new()),
        T::Dict => Value::obj(Object::Dict(RefCell::new(Dict::new()))),
        T::Set | T::FrozenSet => {
            crate::set_methods::new_set(crate::set::SetObj::empty(t == T::FrozenSet))
        }
        T::Bytes => Value::obj(Object::Bytes(Box::new([]))),
        T::Int => Value::Int(0),
        T::Float => Value::Float(0.0),
        T::Complex => crate::complex::value((0.0, 0.0)),
        T::Deque => Value::obj(Object::Deque(Box::default())),
        T::Iterator(n) => {
            return crate::itertools_new::type_attr(n, name)
                .or_else(|| crate::itertools::type_method(name))
        }
        _ => return None,
    };
    let method = match load_attr(&sample, name) {
        Ok(v) => match v.as_obj() {
            Some(Object::BoundMethod(_, b)) => b.clone(),
            _ => return None,
        },
        Err(_) => return None,
    };
    if t == T::Dict && name == "fromkeys" {
        let ty = Value::obj(Object::Type(t));
        return Some(Value::obj(Object::BoundMethod(ty, method)));
    }
    Some(Value::obj(Object::Builtin(method)))
}

/// Keep `format` linked for methods that will print values.
#[allow(dead_code)]
fn repr_of(v: &Value) -> PyResult<String> {
    format::repr(v)
}
