//! Builtins about objects themselves: `isinstance`, `issubclass`,
//! `callable`, `id`, `hash`, `ascii`, `format`, `delattr`.

use std::rc::Rc;

use super::{one_arg, Kw};
use crate::dict::HashKey;
use crate::exception::{type_error, PyResult};
use crate::types::{type_name, type_of, TypeKind};
use crate::value::{Object, Value};
use crate::Vm;

/// `isinstance(obj, class_or_tuple)`.
pub(super) fn isinstance(_: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    let [obj, class] = args else {
        return Err(type_error(format!(
            "isinstance expected 2 arguments, got {}",
            args.len()
        )));
    };
    Ok(Value::Bool(is_instance(obj, class)?))
}

/// Whether the built-in type `have` is `want` or derives from it.
fn type_derives(have: TypeKind, want: TypeKind) -> bool {
    match (want, have) {
        (TypeKind::Exception(want), TypeKind::Exception(have)) => have.is_subclass(want),
        (TypeKind::Int, TypeKind::Bool) => true,
        (w, h) => w == h,
    }
}

fn is_instance(obj: &Value, class: &Value) -> PyResult<bool> {
    match class.as_obj() {
        Some(Object::Class(_)) => {
            Ok(crate::classes::user_class(obj)
                .is_some_and(|c| crate::classes::is_subclass(c, class)))
        }
        Some(Object::Type(t)) => Ok(type_derives(type_of(obj), *t)),
        Some(Object::Tuple(items)) => {
            for item in items {
                if is_instance(obj, item)? {
                    return Ok(true);
                }
            }
            Ok(false)
        }
        _ => Err(type_error(
            "isinstance() arg 2 must be a type, a tuple of types, or a union",
        )),
    }
}

/// `issubclass(cls, class_or_tuple)`.
pub(super) fn issubclass(_: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    let [cls, target] = args else {
        return Err(type_error(format!(
            "issubclass expected 2 arguments, got {}",
            args.len()
        )));
    };
    if !matches!(cls.as_obj(), Some(Object::Type(_) | Object::Class(_))) {
        return Err(type_error("issubclass() arg 1 must be a class"));
    }
    Ok(Value::Bool(is_subclass(cls, target)?))
}

fn is_subclass(cls: &Value, target: &Value) -> PyResult<bool> {
    match (cls.as_obj(), target.as_obj()) {
        (_, Some(Object::Tuple(items))) => {
            for item in items {
                if is_subclass(cls, item)? {
                    return Ok(true);
                }
            }
            Ok(false)
        }
        (Some(Object::Type(have)), Some(Object::Type(want))) => Ok(type_derives(*have, *want)),
        (Some(Object::Class(_)), Some(Object::Class(_))) => {
            Ok(crate::classes::is_subclass(cls, target))
        }
        (Some(Object::Class(_)), Some(Object::Type(TypeKind::Exception(want)))) => {
            Ok(crate::classes::exception_base(cls).is_some_and(|k| k.is_subclass(*want)))
        }
        (_, Some(Object::Type(_) | Object::Class(_))) => Ok(false),
        _ => Err(type_error(
            "issubclass() arg 2 must be a class, a tuple of classes, or a union",
        )),
    }
}

/// Whether `v` can be called.
pub(crate) fn is_callable(v: &Value) -> bool {
    match v.as_obj() {
        Some(
            Object::Function(_)
            | Object::Builtin(_)
            | Object::BoundMethod(..)
            | Object::Type(_)
            | Object::Class(_)
            | Object::Method(..),
        ) => true,
        Some(Object::Instance(_)) => crate::classes::user_class(v).is_some_and(|c| {
            crate::classes::class_lookup(c, &HashKey::Str(Rc::from("__call__"))).is_some()
        }),
        _ => false,
    }
}

/// `callable(obj)`.
pub(super) fn callable(_: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    Ok(Value::Bool(is_callable(one_arg("callable", args)?)))
}

/// `id(obj)`: the address of a heap object; unboxed values get a number
/// derived from their value (distinct values, distinct ids).
pub(super) fn id(_: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    let v = one_arg("id", args)?;
    let n = match v {
        Value::Obj(o) => Rc::as_ptr(o) as usize as i64,
        Value::Null | Value::None => 0x1000,
        Value::Bool(b) => 0x1010 + i64::from(*b) * 0x10,
        Value::Int(i) => 0x10_0000_0000_i64.wrapping_add(i.wrapping_mul(32)),
        Value::Float(f) => 0x20_0000_0000_i64.wrapping_add((f.to_bits() >> 4) as i64),
    };
    Ok(Value::Int(n))
}

/// `hash(obj)`.
pub(super) fn hash(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    let v = one_arg("hash", args)?;
    if let Some(class) = crate::classes::user_class(v) {
        match crate::classes::class_lookup(class, &HashKey::Str(Rc::from("__hash__"))) {
            Some(Value::None) => {
                return Err(type_error(format!("unhashable type: '{}'", type_name(v))))
            }
            Some(f) => return vm.call_value(&f, vec![v.clone()]),
            None => {}
        }
    }
    match crate::set::py_hash(v) {
        Some(h) => Ok(Value::Int(h)),
        None => Err(type_error(format!("unhashable type: '{}'", type_name(v)))),
    }
}

/// `ascii(obj)`: `repr` with non-ASCII characters escaped.
pub(super) fn ascii(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    let text = vm.repr_of(one_arg("ascii", args)?)?;
    Ok(Value::str(escape_non_ascii(&text)))
}

/// `\xNN`, `\uNNNN` or `\UNNNNNNNN` for each non-ASCII character.
fn escape_non_ascii(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        let n = u32::from(c);
        match n {
            0..=0x7f => out.push(c),
            0x80..=0xff => out.push_str(&format!("\\x{n:02x}")),
            0x100..=0xffff => out.push_str(&format!("\\u{n:04x}")),
            _ => out.push_str(&format!("\\U{n:08x}")),
        }
    }
    out
}

/// `format(value, format_spec='')`.
pub(super) fn format(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    let (v, spec) = match args {
        [v] => (v, Value::str("")),
        [v, spec] => (v, spec.clone()),
        _ => {
            return Err(type_error(format!(
                "format expected at most 2 arguments, got {}",
                args.len()
            )))
        }
    };
    let Some(spec_text) = spec.as_str() else {
        return Err(type_error(format!(
            "format() argument 2 must be str, not {}",
            type_name(&spec)
        )));
    };
    Ok(Value::str(crate::str_format::format_with(
        vm, v, spec_text,
    )?))
}

/// `delattr(obj, name)`.
pub(super) fn delattr(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    let [obj, name] = args else {
        return Err(type_error(format!(
            "delattr expected 2 arguments, got {}",
            args.len()
        )));
    };
    let Some(name) = name.as_str() else {
        return Err(type_error(format!(
            "attribute name must be string, not '{}'",
            type_name(name)
        )));
    };
    vm.delete_attr_op(obj, name)?;
    Ok(Value::None)
}
