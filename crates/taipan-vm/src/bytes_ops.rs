//! Operators on `bytes`, `bytearray` and `memoryview`: `+`, `*` (in place
//! for a `bytearray`: `ba += x` extends the same object) and `%`.

use taipan_bytecode::BinaryOpArg;

use crate::bytes_methods::{bytes_like, make};
use crate::exception::{type_error, PyResult};
use crate::types::type_name;
use crate::value::{Object, Value};

fn is_bytes_kind(v: &Value) -> bool {
    matches!(
        v.as_obj(),
        Some(Object::Bytes(_) | Object::ByteArray(_) | Object::MemoryView(_))
    )
}

/// `a <op> b` when either operand is bytes-like; `None` otherwise.
pub(crate) fn binary(op: BinaryOpArg, a: &Value, b: &Value) -> Option<PyResult<Value>> {
    if !is_bytes_kind(a) && !is_bytes_kind(b) {
        return None;
    }
    let inplace = op.base() != op;
    let left_array = match a.as_obj() {
        Some(Object::ByteArray(cell)) => Some(cell),
        _ => None,
    };
    Some(match op.base() {
        BinaryOpArg::ADD
            if is_bytes_kind(a) && !matches!(a.as_obj(), Some(Object::MemoryView(_))) =>
        {
            let Some(right) = bytes_like(b) else {
                return Some(Err(type_error(format!(
                    "can't concat {} to {}",
                    type_name(b),
                    type_name(a)
                ))));
            };
            match left_array {
                Some(cell) if inplace => {
                    cell.borrow_mut().extend(right);
                    Ok(a.clone())
                }
                _ => {
                    let mut data = bytes_like(a).unwrap_or_default();
                    data.extend(right);
                    Ok(make(left_array.is_some(), data))
                }
            }
        }
        BinaryOpArg::MULTIPLY => repeat(a, b, inplace),
        BinaryOpArg::REMAINDER
            if matches!(a.as_obj(), Some(Object::Bytes(_) | Object::ByteArray(_))) =>
        {
            let template = bytes_like(a).unwrap_or_default();
            crate::str_format::bytes_percent(&template, b).map(|d| make(left_array.is_some(), d))
        }
        _ => return None,
    })
}

fn repeat(a: &Value, b: &Value, inplace: bool) -> PyResult<Value> {
    let (seq, n) = match (a, b) {
        (s, Value::Int(n)) if is_bytes_kind(s) => (s, *n),
        (Value::Int(n), s) if is_bytes_kind(s) => (s, *n),
        (s, Value::Bool(n)) if is_bytes_kind(s) => (s, i64::from(*n)),
        (Value::Bool(n), s) if is_bytes_kind(s) => (s, i64::from(*n)),
        _ => {
            let other = if is_bytes_kind(a) { b } else { a };
            if matches!(a.as_obj().or(b.as_obj()), Some(Object::MemoryView(_))) {
                return Err(type_error(format!(
                    "unsupported operand type(s) for *: '{}' and '{}'",
                    type_name(a),
                    type_name(b)
                )));
            }
            return Err(type_error(format!(
                "can't multiply sequence by non-int of type '{}'",
                type_name(other)
            )));
        }
    };
    let data = bytes_like(seq).unwrap_or_default();
    let n = n.max(0) as usize;
    if data
        .len()
        .checked_mul(n)
        .is_none_or(|t| t > isize::MAX as usize)
    {
        return Err(crate::exception::PyErr::msg(
            crate::exception::ExcKind::OverflowError,
            "repeated bytes are too long",
        ));
    }
    crate::method_args::alloc_check(data.len(), n)?;
    let out = data.repeat(n);
    match seq.as_obj() {
        Some(Object::ByteArray(cell)) if inplace => {
            *cell.borrow_mut() = out;
            Ok(seq.clone())
        }
        Some(Object::ByteArray(_)) => Ok(make(true, out)),
        Some(Object::MemoryView(_)) => Err(type_error(format!(
            "unsupported operand type(s) for *: '{}' and '{}'",
            type_name(a),
            type_name(b)
        ))),
        _ => Ok(make(false, out)),
    }
}
