//! Attributes and methods of `int`, `bool`, `float` and `complex`
//! (`real`, `imag`, `bit_length`, `to_bytes`, `hex`, `conjugate`, ...)
//! and the alternate constructors `int.from_bytes` and `float.fromhex`.

use std::rc::Rc;

use num_bigint::{BigInt, Sign};
use num_traits::{Signed, ToPrimitive, Zero};

use crate::complex::as_complex;
use crate::exception::{type_error, value_error, PyResult};
use crate::int_ops::overflow;
use crate::types::{type_name, TypeKind};
use crate::value::{Builtin, NativeFn, Object, Value};
use crate::Vm;

type Kw<'a> = &'a [(Rc<str>, Value)];

/// The int value of an int or bool (not a float).
pub(crate) fn int_of(v: &Value) -> Option<BigInt> {
    match v {
        Value::Float(_) => None,
        Value::Obj(o) if matches!(**o, Object::Instance(_)) => {
            let p = crate::classes::payload_of(v);
            if matches!(p, Value::Obj(ref q) if matches!(**q, Object::Instance(_))) {
                return None;
            }
            int_of(&p)
        }
        _ => v.as_bigint(),
    }
}

/// A data attribute of a number (`real`, `imag`, `numerator`,
/// `denominator`); `None` if `obj` is not a number or has no such one.
pub(crate) fn data_attr(obj: &Value, name: &str) -> Option<Value> {
    if let Some((re, im)) = as_complex(obj) {
        return match name {
            "real" => Some(Value::Float(re)),
            "imag" => Some(Value::Float(im)),
            _ => None,
        };
    }
    match obj {
        Value::Float(f) => match name {
            "real" => Some(Value::Float(*f)),
            "imag" => Some(Value::Float(0.0)),
            _ => None,
        },
        _ => {
            let i = int_of(obj)?;
            match name {
                "real" | "numerator" => Some(Value::from_bigint(i)),
                "imag" => Some(Value::Int(0)),
                "denominator" => Some(Value::Int(1)),
                _ => None,
            }
        }
    }
}

/// The method `name` of a number or of the `int`/`float` types.
pub(crate) fn find(obj: &Value, name: &str) -> Option<Builtin> {
    let table: &[(&'static str, NativeFn)] = match obj {
        Value::Float(_) => &[
            ("is_integer", float_is_integer),
            ("as_integer_ratio", float_as_integer_ratio),
            ("hex", float_hex),
            ("conjugate", identity),
            ("__trunc__", to_int),
            ("__int__", to_int),
            ("__float__", identity),
            ("__floor__", float_floor),
            ("__ceil__", float_ceil),
            ("__abs__", crate::num_builtins::abs_builtin),
            ("__round__", crate::num_builtins::round_builtin),
        ],
        Value::Int(_) | Value::Bool(_) => INT_METHODS,
        _ => match obj.as_obj()? {
            Object::BigInt(_) => INT_METHODS,
            Object::Complex(..) => &[
                ("conjugate", complex_conjugate),
                ("__abs__", crate::num_builtins::abs_builtin),
            ],
            Object::Type(TypeKind::Int | TypeKind::Bool) => &[("from_bytes", int_from_bytes)],
            Object::Type(TypeKind::Float) => &[("fromhex", float_fromhex)],
            _ => return None,
        },
    };
    table
        .iter()
        .find(|(n, _)| *n == name)
        .copied()
        .or_else(|| {
            let kind = match obj {
                Value::Float(_) => 1,
                _ if as_complex(obj).is_some() => 2,
                _ if matches!(obj.as_obj(), Some(Object::Type(_))) => return None,
                _ => 0,
            };
            crate::num_dunders::find(name, kind)
        })
        .map(|(name, func)| Builtin { name, func })
}

const INT_METHODS: &[(&str, NativeFn)] = &[
    ("bit_length", int_bit_length),
    ("bit_count", int_bit_count),
    ("to_bytes", int_to_bytes),
    ("as_integer_ratio", int_as_integer_ratio),
    ("is_integer", int_is_integer),
    ("conjugate", to_int),
    ("__index__", to_int),
    ("__int__", to_int),
    ("__trunc__", to_int),
    ("__floor__", to_int),
    ("__ceil__", to_int),
    ("__float__", int_float),
    ("__abs__", crate::num_builtins::abs_builtin),
    ("__round__", crate::num_builtins::round_builtin),
];

/// Check a method got no arguments besides `self`.
fn no_args(name: &str, args: &[Value], kw: Kw) -> PyResult<()> {
    let owner = match args.first() {
        Some(Value::Float(_)) => "float",
        Some(v) if as_complex(v).is_some() => "complex",
        _ => "int",
    };
    if !kw.is_empty() {
        return Err(type_error(format!(
            "{owner}.{name}() takes no keyword arguments"
        )));
    }
    if args.len() > 1 {
        return Err(type_error(format!(
            "{owner}.{name}() takes no arguments ({} given)",
            args.len() - 1
        )));
    }
    Ok(())
}

fn this_int(args: &[Value]) -> BigInt {
    args.first().and_then(int_of).unwrap_or_default()
}

fn this_float(args: &[Value]) -> f64 {
    match args.first() {
        Some(Value::Float(f)) => *f,
        _ => 0.0,
    }
}

fn identity(_: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    no_args("conjugate", args, kw)?;
    Ok(args.first().cloned().unwrap_or(Value::None))
}

fn to_int(_: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    no_args("conjugate", args, kw)?;
    match args.first() {
        Some(Value::Float(f)) => crate::int_ops::int_from_float(*f),
        _ => Ok(Value::from_bigint(this_int(args))),
    }
}

fn int_float(_: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    no_args("__float__", args, kw)?;
    crate::int_ops::big_to_f64(&this_int(args)).map(Value::Float)
}

fn int_bit_length(_: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    no_args("bit_length", args, kw)?;
    Ok(Value::Int(this_int(args).bits() as i64))
}

fn int_bit_count(_: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    no_args("bit_count", args, kw)?;
    let n = this_int(args).abs();
    let ones: u64 = n
        .to_u64_digits()
        .1
        .iter()
        .map(|d| u64::from(d.count_ones()))
        .sum();
    Ok(Value::Int(ones as i64))
}

fn int_as_integer_ratio(_: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    no_args("as_integer_ratio", args, kw)?;
    Ok(Value::tuple(vec![
        Value::from_bigint(this_int(args)),
        Value::Int(1),
    ]))
}

fn int_is_integer(_: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    no_args("is_integer", args, kw)?;
    Ok(Value::Bool(true))
}

/// The arguments `length`, `byteorder` and keyword-only `signed` of
/// `to_bytes`/`from_bytes`, after the first `skip` positionals.
fn byte_args(
    name: &str,
    args: &[Value],
    kw: Kw,
    first: &'static str,
) -> PyResult<(Option<Value>, bool, bool)> {
    let mut slots: [Option<Value>; 2] = [args.first().cloned(), args.get(1).cloned()];
    if args.len() > 2 {
        return Err(type_error(format!(
            "{name}() takes at most 2 positional arguments ({} given)",
            args.len()
        )));
    }
    let mut signed = false;
    for (k, v) in kw {
        match &**k {
            "signed" => signed = crate::compare::truthy(v)?,
            "byteorder" => slots[1] = Some(v.clone()),
            k if k == first => slots[0] = Some(v.clone()),
            k => {
                return Err(type_error(format!(
                    "{name}() got an unexpected keyword argument '{k}'"
                )))
            }
        }
    }
    let little = match &slots[1] {
        None => false,
        Some(v) => match v.as_str() {
            Some("little") => true,
            Some("big") => false,
            Some(_) => return Err(value_error("byteorder must be either 'little' or 'big'")),
            None => {
                return Err(type_error(format!(
                    "{name}() argument 'byteorder' must be str, not {}",
                    type_name(v)
                )))
            }
        },
    };
    Ok((slots[0].take(), little, signed))
}

fn int_to_bytes(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let n = this_int(args);
    let (length, little, signed) = byte_args("to_bytes", &args[1.min(args.len())..], kw, "length")?;
    let length = match length {
        None => 1,
        Some(v) => {
            let l = crate::num_builtins::index_vm(vm, &v)?;
            if l.is_negative() {
                return Err(value_error("length argument must be non-negative"));
            }
            l.to_usize()
                .ok_or_else(|| overflow("Python int too large to convert to C ssize_t"))?
        }
    };
    if !signed && n.is_negative() {
        return Err(overflow("can't convert negative int to unsigned"));
    }
    let mut bytes = if signed {
        n.to_signed_bytes_be()
    } else {
        n.to_bytes_be().1
    };
    if n.is_zero() {
        bytes.clear();
    }
    if bytes.len() > length {
        return Err(overflow("int too big to convert"));
    }
    let fill = if n.is_negative() { 0xff } else { 0 };
    let mut out = vec![fill; length - bytes.len()];
    out.extend(bytes);
    if little {
        out.reverse();
    }
    Ok(Value::obj(Object::Bytes(out.into_boxed_slice())))
}

fn int_from_bytes(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let (data, little, signed) = byte_args("from_bytes", &args[1.min(args.len())..], kw, "bytes")?;
    let Some(data) = data else {
        return Err(type_error(
            "from_bytes() missing required argument 'bytes' (pos 1)",
        ));
    };
    let mut bytes: Vec<u8> = match data.as_obj() {
        Some(Object::Bytes(b)) => b.to_vec(),
        Some(Object::Str(_)) => {
            return Err(type_error("cannot convert 'str' object to bytes"));
        }
        _ => {
            let items = vm.collect(&data)?;
            let mut out = Vec::with_capacity(items.len());
            for item in items {
                match item.as_bigint().and_then(|b| b.to_u8()) {
                    Some(b) if !matches!(item, Value::Float(_)) => out.push(b),
                    _ => return Err(value_error("bytes must be in range(0, 256)")),
                }
            }
            out
        }
    };
    if little {
        bytes.reverse();
    }
    let n = if signed {
        BigInt::from_signed_bytes_be(&bytes)
    } else {
        BigInt::from_bytes_be(Sign::Plus, &bytes)
    };
    Ok(Value::from_bigint(n))
}

fn float_is_integer(_: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    no_args("is_integer", args, kw)?;
    Ok(Value::Bool(crate::float_ops::is_integer(this_float(args))))
}

fn float_as_integer_ratio(_: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    no_args("as_integer_ratio", args, kw)?;
    let (n, d) = crate::float_ops::as_integer_ratio(this_float(args))?;
    Ok(Value::tuple(vec![
        Value::from_bigint(n),
        Value::from_bigint(d),
    ]))
}

fn float_hex(_: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    no_args("hex", args, kw)?;
    Ok(Value::str(crate::float_ops::to_hex(this_float(args))))
}

fn float_floor(_: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    no_args("__floor__", args, kw)?;
    crate::int_ops::int_from_float(this_float(args).floor())
}

fn float_ceil(_: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    no_args("__ceil__", args, kw)?;
    crate::int_ops::int_from_float(this_float(args).ceil())
}

fn float_fromhex(_: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    match args.get(1..) {
        Some([s]) => match s.as_str() {
            Some(text) => crate::float_ops::from_hex(text).map(Value::Float),
            None => Err(type_error(format!(
                "bad argument type for built-in operation: '{}'",
                type_name(s)
            ))),
        },
        _ => Err(type_error(format!(
            "float.fromhex() takes exactly one argument ({} given)",
            args.len().saturating_sub(1)
        ))),
    }
}

fn complex_conjugate(_: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    no_args("conjugate", args, kw)?;
    let (re, im) = args.first().and_then(as_complex).unwrap_or((0.0, 0.0));
    Ok(crate::complex::value((re, -im)))
}
