//! `BINARY_OP` (arithmetic; subscript is in `subscript.rs`) and the unary
//! operators. Small ints and floats take the fast paths and allocate
//! nothing; an overflowing int result is redone in big ints.

use num_bigint::BigInt;
use num_integer::Integer;
use taipan_bytecode::BinaryOpArg;

use crate::complex::real_of;
use crate::exception::{type_error, ExcKind, PyErr, PyResult};
use crate::format;
use crate::types::type_name;
use crate::value::{Object, Value};

/// The allocation-free cases of `BINARY_OP` (`+ - *` on small ints,
/// `+ - * /` on floats and int/float mixes), inlined in the dispatch loop;
/// `None` sends the operation to [`binary_op`].
#[inline(always)]
pub(crate) fn fast_binary_op(arg: u32, a: &Value, b: &Value) -> Option<Value> {
    let op = if (13..26).contains(&arg) {
        arg - 13
    } else {
        arg
    };
    let (x, y) = match (a, b) {
        (Value::Int(x), Value::Int(y)) => {
            return match op {
                0 => x.checked_add(*y).map(Value::Int),
                10 => x.checked_sub(*y).map(Value::Int),
                5 => x.checked_mul(*y).map(Value::Int),
                _ => None,
            };
        }
        (Value::Float(x), Value::Float(y)) => (*x, *y),
        (Value::Float(x), Value::Int(y)) => (*x, *y as f64),
        (Value::Int(x), Value::Float(y)) => (*x as f64, *y),
        (Value::Obj(x), _) => return fast_object_op(op, x, b),
        _ => return None,
    };
    let r = match op {
        0 => x + y,
        10 => x - y,
        5 => x * y,
        11 if y != 0.0 => x / y,
        _ => return None,
    };
    Some(crate::float_ops::float_value(r))
}

/// The common operations on built-in objects: `str + str`, and
/// `d[k]`/`l[i]` that find their item (a missing one takes the slow path,
/// which raises).
#[inline]
fn fast_object_op(op: u32, a: &Object, b: &Value) -> Option<Value> {
    match (op, a) {
        (0, Object::Str(x)) => {
            let y = b.as_str()?;
            let mut s = String::with_capacity(x.len() + y.len());
            s.push_str(x);
            s.push_str(y);
            Some(Value::str(s))
        }
        (26, Object::Dict(d)) if matches!(b, Value::Int(_)) || b.as_str().is_some() => {
            let key = crate::dict::HashKey::of(b)?;
            d.borrow().get(&key).cloned()
        }
        (26, Object::List(items)) => {
            let Value::Int(i) = b else { return None };
            let items = items.borrow();
            let i = if *i < 0 { *i + items.len() as i64 } else { *i };
            items.get(usize::try_from(i).ok()?).cloned()
        }
        _ => None,
    }
}

/// `a <op> b` for `BINARY_OP`.
pub(crate) fn binary_op(op: BinaryOpArg, a: &Value, b: &Value) -> PyResult<Value> {
    if op == BinaryOpArg::SUBSCR {
        return crate::subscript::subscr(a, b);
    }
    let base = op.base();
    if let (Value::Int(x), Value::Int(y)) = (a, b) {
        if let Some(v) = small_int_op(base, *x, *y)? {
            return Ok(v);
        }
    }
    if let Some(r) = numeric_op(base, a, b)? {
        return Ok(r);
    }
    sequence_op(op, a, b)
}

/// The operators of numbers (int, bool, float, complex) past the small-int
/// cases; `None` when the operands or the operator are not numeric.
fn numeric_op(op: BinaryOpArg, a: &Value, b: &Value) -> PyResult<Option<Value>> {
    let is_float = |v: &Value| matches!(v, Value::Float(_));
    if is_float(a) || is_float(b) {
        let (Some(x), Some(y)) = (real_of(a), real_of(b)) else {
            return complex_op(op, a, b);
        };
        return crate::float_ops::float_op(op, x?, y?);
    }
    if let (Some(x), Some(y)) = (a.as_bigint(), b.as_bigint()) {
        if let (Value::Bool(p), Value::Bool(q)) = (a, b) {
            match op {
                BinaryOpArg::AND => return Ok(Some(Value::Bool(p & q))),
                BinaryOpArg::OR => return Ok(Some(Value::Bool(p | q))),
                BinaryOpArg::XOR => return Ok(Some(Value::Bool(p ^ q))),
                _ => {}
            }
        }
        return crate::int_ops::big_int_op(op, x, y);
    }
    complex_op(op, a, b)
}

fn complex_op(op: BinaryOpArg, a: &Value, b: &Value) -> PyResult<Option<Value>> {
    crate::complex::binary_op(op, a, b).transpose()
}

fn small_int_op(op: BinaryOpArg, x: i64, y: i64) -> PyResult<Option<Value>> {
    const EXACT: u64 = 1 << 53;
    Ok(match op {
        BinaryOpArg::ADD => x.checked_add(y).map(Value::Int),
        BinaryOpArg::SUBTRACT => x.checked_sub(y).map(Value::Int),
        BinaryOpArg::MULTIPLY => x.checked_mul(y).map(Value::Int),
        BinaryOpArg::FLOOR_DIVIDE | BinaryOpArg::REMAINDER | BinaryOpArg::TRUE_DIVIDE if y == 0 => {
            return Err(crate::int_ops::zero_division())
        }
        BinaryOpArg::FLOOR_DIVIDE => x
            .checked_div_euclid(y)
            .map(|_| Value::Int(Integer::div_floor(&x, &y))),
        BinaryOpArg::REMAINDER => x.checked_rem(y).map(|_| Value::Int(x.mod_floor(&y))),
        BinaryOpArg::TRUE_DIVIDE if x.unsigned_abs() <= EXACT && y.unsigned_abs() <= EXACT => {
            Some(Value::Float(x as f64 / y as f64))
        }
        BinaryOpArg::AND => Some(Value::Int(x & y)),
        BinaryOpArg::OR => Some(Value::Int(x | y)),
        BinaryOpArg::XOR => Some(Value::Int(x ^ y)),
        BinaryOpArg::RSHIFT if y >= 0 => Some(Value::Int(x >> y.min(63))),
        BinaryOpArg::LSHIFT if (0..63).contains(&y) && (x << y) >> y == x => {
            Some(Value::Int(x << y))
        }
        BinaryOpArg::POWER if (0..64).contains(&y) => x.checked_pow(y as u32).map(Value::Int),
        _ => None,
    })
}

/// `+` and `*` on sequences, set operators, and the `TypeError` for
/// everything else.
fn sequence_op(op: BinaryOpArg, a: &Value, b: &Value) -> PyResult<Value> {
    if let Some(r) = crate::bytes_ops::binary(op, a, b) {
        return r;
    }
    match (op.base(), a.as_obj(), b.as_obj()) {
        (BinaryOpArg::ADD, Some(Object::Str(x)), Some(Object::Str(y))) => {
            // One exact allocation (`format!` grows, then shrinks).
            Ok(Value::str([&**x, &**y].concat()))
        }
        (BinaryOpArg::ADD, Some(Object::Bytes(x)), Some(Object::Bytes(y))) => Ok(Value::obj(
            Object::Bytes([&x[..], &y[..]].concat().into_boxed_slice()),
        )),
        (BinaryOpArg::ADD, Some(Object::Str(_)), _) => Err(type_error(format!(
            "can only concatenate str (not \"{}\") to str",
            type_name(b)
        ))),
        (BinaryOpArg::ADD, Some(Object::List(x)), Some(Object::List(y))) => {
            let mut items = x.borrow().clone();
            items.extend(y.borrow().iter().cloned());
            Ok(Value::list(items))
        }
        (BinaryOpArg::ADD, Some(Object::List(_)), _) => Err(type_error(format!(
            "can only concatenate list (not \"{}\") to list",
            type_name(b)
        ))),
        (BinaryOpArg::ADD, Some(Object::Tuple(x)), Some(Object::Tuple(y))) => {
            Ok(Value::tuple(x.iter().chain(y.iter()).cloned().collect()))
        }
        (BinaryOpArg::MULTIPLY, _, _) => repeat(op, a, b),
        _ => Err(unsupported(op, a, b)),
    }
}

fn repeat(op: BinaryOpArg, a: &Value, b: &Value) -> PyResult<Value> {
    let (seq, n) = match (a, b) {
        (Value::Int(n), s) | (s, Value::Int(n)) if s.as_obj().is_some() => {
            (s, (*n).max(0) as usize)
        }
        (Value::Bool(n), s) | (s, Value::Bool(n)) if s.as_obj().is_some() => (s, usize::from(*n)),
        _ => return Err(unsupported(op, a, b)),
    };
    match seq.as_obj() {
        Some(Object::Str(s)) => {
            if s.len()
                .checked_mul(n)
                .is_none_or(|t| t > isize::MAX as usize)
            {
                return Err(PyErr::msg(
                    ExcKind::OverflowError,
                    "repeated string is too long",
                ));
            }
            crate::method_args::alloc_check(s.len(), n)?;
            Ok(Value::str(s.repeat(n)))
        }
        Some(Object::List(items)) => {
            let items = items.borrow();
            Ok(Value::list(
                items
                    .iter()
                    .cloned()
                    .cycle()
                    .take(items.len() * n)
                    .collect(),
            ))
        }
        Some(Object::Tuple(items)) => Ok(Value::tuple(
            items
                .iter()
                .cloned()
                .cycle()
                .take(items.len() * n)
                .collect(),
        )),
        _ => Err(unsupported(op, a, b)),
    }
}

fn unsupported(op: BinaryOpArg, a: &Value, b: &Value) -> Box<PyErr> {
    if op.base() == BinaryOpArg::MULTIPLY
        && matches!(
            a.as_obj(),
            Some(Object::Str(_) | Object::List(_) | Object::Tuple(_))
        )
    {
        return type_error(format!(
            "can't multiply sequence by non-int of type '{}'",
            type_name(b)
        ));
    }
    type_error(format!(
        "unsupported operand type(s) for {}: '{}' and '{}'",
        op.symbol(),
        type_name(a),
        type_name(b)
    ))
}

/// `-v`.
pub(crate) fn negative(v: &Value) -> PyResult<Value> {
    match v {
        Value::Int(i) => Ok(i
            .checked_neg()
            .map_or_else(|| Value::from_bigint(-BigInt::from(*i)), Value::Int)),
        Value::Bool(b) => Ok(Value::Int(-i64::from(*b))),
        Value::Float(f) => Ok(crate::float_ops::float_value(-f)),
        _ => match v.as_bigint() {
            Some(b) => Ok(Value::from_bigint(-b)),
            None if crate::complex::as_complex(v).is_some() => {
                let (re, im) = crate::complex::as_complex(v).unwrap_or_default();
                Ok(crate::complex::value((-re, -im)))
            }
            None => Err(type_error(format!(
                "bad operand type for unary -: '{}'",
                type_name(v)
            ))),
        },
    }
}

/// The `DeprecationWarning` of `~` on a bool (3.12+).
pub(crate) const BOOL_INVERT: &str = "Bitwise inversion '~' on bool is deprecated and will be \
    removed in Python 3.16. This returns the bitwise inversion of the underlying int object and \
    is usually not what you expect from negating a bool. Use the 'not' operator for boolean \
    negation or ~int(x) if you really want the bitwise inversion of the underlying int.";

/// `~v`.
pub(crate) fn invert(v: &Value) -> PyResult<Value> {
    match v {
        Value::Int(i) => Ok(Value::Int(!i)),
        _ => match v.as_bigint() {
            Some(b) => Ok(Value::from_bigint(-b - 1)),
            None => Err(type_error(format!(
                "bad operand type for unary ~: '{}'",
                type_name(v)
            ))),
        },
    }
}

/// `CALL_INTRINSIC_1`: 5 is unary `+`, 6 list to tuple.
pub(crate) fn intrinsic1(which: u32, v: Value) -> PyResult<Value> {
    match (which, &v) {
        (5, Value::Int(_) | Value::Float(_)) => Ok(v),
        (5, Value::Bool(b)) => Ok(Value::Int(i64::from(*b))),
        (5, _) if v.as_bigint().is_some() || crate::complex::as_complex(&v).is_some() => Ok(v),
        (5, _) => Err(type_error(format!(
            "bad operand type for unary +: '{}'",
            type_name(&v)
        ))),
        (6, _) => match v.as_obj() {
            Some(Object::List(items)) => Ok(Value::tuple(items.borrow().clone())),
            _ => Ok(v),
        },
        _ => Err(PyErr::msg(ExcKind::RuntimeError, "unknown intrinsic")),
    }
}

/// `CONVERT_VALUE`: 1 `str`, 2 `repr`, 3 `ascii` (as `repr` for now).
pub(crate) fn convert(v: &Value, which: u32) -> PyResult<Value> {
    if which == 1 && v.as_str().is_some() {
        return Ok(v.clone());
    }
    let text = match which {
        1 => format::str(v)?,
        3 => crate::format_spec::ascii_escape(&format::repr(v)?),
        _ => format::repr(v)?,
    };
    Ok(Value::str(text))
}
