//! Builtins about objects themselves: `callable`, `id`, `ascii`,
//! `format`, `delattr` (`isinstance`, `issubclass` and `hash` live with
//! the object model, `object_type.rs`).

use std::rc::Rc;

use super::{one_arg, Kw};
use crate::dict::HashKey;
use crate::exception::{type_error, PyResult};
use crate::types::type_name;
use crate::value::{Object, Value};
use crate::Vm;

/// Whether `v` can be called.
pub(crate) fn is_callable(v: &Value) -> bool {
    match v.as_obj() {
        Some(
            Object::Function(_)
            | Object::Builtin(_)
            | Object::FrameBuiltin(_)
            | Object::BoundMethod(..)
            | Object::Type(_)
            | Object::Class(_)
            | Object::Method(..)
            | Object::WeakRef(_)
            | Object::Getter(_),
        ) => true,
        Some(Object::Instance(_)) => crate::classes::user_class(v).is_some_and(|c| {
            crate::classes::class_lookup(&c, &HashKey::Str(Rc::from("__call__"))).is_some()
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

/// The type name of the unhashable part of `v` (a tuple names the item
/// that cannot be hashed, as CPython's error does).
pub(crate) fn unhashable_part(v: &Value) -> std::borrow::Cow<'static, str> {
    if let Some(Object::Tuple(items)) = v.as_obj() {
        if let Some(bad) = items.iter().find(|x| crate::set::py_hash(x).is_none()) {
            return unhashable_part(bad);
        }
    }
    type_name(v)
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
        [] => return Err(type_error("format expected at least 1 argument, got 0")),
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

/// `breakpoint(*args, **kws)`: no debugger here, so nothing happens.
pub(super) fn breakpoint(_: &mut Vm, _: &[Value], _: Kw) -> PyResult<Value> {
    Ok(Value::None)
}
