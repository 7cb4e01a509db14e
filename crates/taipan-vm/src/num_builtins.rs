//! The numeric builtins — `abs`, `round`, `divmod`, `pow`, `hash` — and
//! the constructors `int()`, `float()` and `complex()`, with CPython's
//! argument handling and messages. Instances of user classes go through
//! their special methods (`__abs__`, `__index__`, `__float__`, ...).

use std::rc::Rc;

use num_bigint::BigInt;
use num_integer::Integer;
use num_traits::{Signed, ToPrimitive, Zero};
use taipan_bytecode::BinaryOpArg;

use crate::complex::as_complex;
use crate::dict::HashKey;
use crate::exception::{type_error, value_error, PyErr, PyResult};
use crate::int_ops::int_from_float;
use crate::num_methods::int_of;
use crate::types::type_name;
use crate::value::{Builtin, NativeFn, Object, Value};
use crate::Vm;

type Kw<'a> = &'a [(Rc<str>, Value)];

/// The builtins this module provides, to register in `builtins`.
pub(crate) const BUILTINS: [(&str, NativeFn); 4] = [
    ("abs", abs_builtin),
    ("round", round_builtin),
    ("divmod", divmod),
    ("pow", pow),
];

/// Register the numeric builtins (and the `complex` type) in `d`.
pub(crate) fn register(d: &mut crate::dict::Dict) {
    for (name, func) in BUILTINS {
        d.set_str(
            &Rc::from(name),
            Value::obj(Object::Builtin(Builtin { name, func })),
        );
    }
    d.set_str(
        &Rc::from("complex"),
        Value::obj(Object::Type(crate::types::TypeKind::Complex)),
    );
}

/// Call the special method `name` of a user instance, if its class has it.
pub(crate) fn special(
    vm: &mut Vm,
    v: &Value,
    name: &str,
    args: &[Value],
) -> Option<PyResult<Value>> {
    let class = crate::classes::user_class(v)?;
    let f = crate::classes::class_lookup(&class, &HashKey::Str(Rc::from(name)))?;
    let mut full = vec![v.clone()];
    full.extend_from_slice(args);
    Some(vm.call_value(&f, full))
}

/// `operator.index(v)` for built-in values: ints and bools.
pub(crate) fn index_of(v: &Value) -> PyResult<BigInt> {
    int_of(v).ok_or_else(|| {
        type_error(format!(
            "'{}' object cannot be interpreted as an integer",
            type_name(v)
        ))
    })
}

/// `operator.index(v)`, calling `__index__` on user instances.
pub(crate) fn index_vm(vm: &mut Vm, v: &Value) -> PyResult<BigInt> {
    if let Some(r) = special(vm, v, "__index__", &[]) {
        let r = r?;
        return int_of(&r).ok_or_else(|| {
            type_error(format!(
                "__index__ returned non-int (type {})",
                type_name(&r)
            ))
        });
    }
    index_of(v)
}

/// The float value of a number, through `__float__`/`__index__` on user
/// instances; `None` if `v` is not a number.
pub(crate) fn float_of(vm: &mut Vm, v: &Value) -> Option<PyResult<f64>> {
    if let Some(r) = crate::complex::real_of(v) {
        return Some(r);
    }

    if let Some(r) = special(vm, v, "__float__", &[]) {
        return Some(r.and_then(|r| match r {
            Value::Float(f) => Ok(f),
            _ => Err(type_error(format!(
                "{}.__float__ returned non-float (type {})",
                type_name(v),
                type_name(&r)
            ))),
        }));
    }
    if crate::classes::has_payload(v) {
        if let Some(r) = crate::complex::real_of(&crate::classes::payload_of(v)) {
            return Some(r);
        }
    }
    special(vm, v, "__index__", &[]).map(|r| {
        let r = r?;
        match int_of(&r) {
            Some(i) => crate::int_ops::big_to_f64(&i),
            None => Err(type_error(format!(
                "__index__ returned non-int (type {})",
                type_name(&r)
            ))),
        }
    })
}

/// Positional and keyword arguments matched to parameter names.
fn bind<'a>(
    fname: &str,
    args: &'a [Value],
    kw: &'a [(Rc<str>, Value)],
    names: &[&str],
    positional_only: usize,
) -> PyResult<Vec<Option<&'a Value>>> {
    if args.len() > names.len() {
        return Err(type_error(format!(
            "{fname}() takes at most {} arguments ({} given)",
            names.len(),
            args.len()
        )));
    }
    let mut out: Vec<Option<&Value>> = names.iter().map(|_| None).collect();
    for (slot, v) in out.iter_mut().zip(args) {
        *slot = Some(v);
    }
    for (k, v) in kw {
        match names.iter().position(|n| **n == **k) {
            Some(i) if i >= positional_only && out[i].is_none() => out[i] = Some(v),
            Some(i) if i >= positional_only => {
                return Err(type_error(format!(
                    "argument for {fname}() given by name ('{k}') and position ({})",
                    i + 1
                )))
            }
            _ => {
                return Err(type_error(format!(
                    "{fname}() got an unexpected keyword argument '{k}'"
                )))
            }
        }
    }
    Ok(out)
}

fn missing(fname: &str, name: &str, pos: usize) -> Box<PyErr> {
    type_error(format!(
        "{fname}() missing required argument '{name}' (pos {pos})"
    ))
}

/// `abs(x)`.
pub(crate) fn abs_builtin(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    let [x] = args else {
        return Err(type_error(format!(
            "abs() takes exactly one argument ({} given)",
            args.len()
        )));
    };
    match x {
        Value::Float(f) => return Ok(crate::float_ops::float_value(f.abs())),
        Value::Int(i) if *i != i64::MIN => return Ok(Value::Int(i.abs())),
        _ => {}
    }
    if let Some(i) = int_of(x) {
        return Ok(Value::from_bigint(i.abs()));
    }
    if let Some(z) = as_complex(x) {
        return crate::complex::abs(z).map(Value::Float);
    }
    if let Some(r) = vm.numeric_dunder(x, "__abs__", &[]) {
        return r;
    }
    if crate::classes::has_payload(x) {
        return abs_builtin(vm, &[crate::classes::payload_of(x)], &[]);
    }
    Err(type_error(format!(
        "bad operand type for abs(): '{}'",
        type_name(x)
    )))
}

/// `round(number, ndigits=None)`.
pub(crate) fn round_builtin(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let bound = bind("round", args, kw, &["number", "ndigits"], 0)?;
    let x = bound[0].ok_or_else(|| missing("round", "number", 1))?;
    let n = bound[1].filter(|n| !matches!(n, Value::None));
    if let Some(r) = vm.numeric_dunder(x, "__round__", &n.into_iter().cloned().collect::<Vec<_>>())
    {
        return r;
    }
    let n = match n {
        Some(n) => Some(index_vm(vm, n)?),
        None => None,
    };
    let x = &crate::classes::payload_of(x);
    match (x, &n) {
        (Value::Float(f), None) => crate::float_ops::round_to_int(*f),
        (Value::Float(f), Some(n)) => {
            let n = n
                .to_i64()
                .unwrap_or(if n.is_negative() { -400 } else { 400 });
            crate::float_ops::round_float(*f, n).map(Value::Float)
        }
        _ => match int_of(x) {
            Some(i) => Ok(Value::from_bigint(match n {
                Some(n) if n.is_negative() => round_int(i, &n),
                _ => i,
            })),
            None => Err(type_error(format!(
                "type {} doesn't define __round__ method",
                type_name(x)
            ))),
        },
    }
}

/// `round(i, n)` for an int and `n < 0`: the nearest multiple of
/// `10**-n`, ties to even.
fn round_int(i: BigInt, n: &BigInt) -> BigInt {
    let Some(k) = (-n).to_u32().filter(|k| u64::from(*k) <= i.bits() / 3 + 2) else {
        return BigInt::zero();
    };
    let scale = num_traits::pow::Pow::pow(BigInt::from(10), k);
    let (q, r) = i.div_mod_floor(&scale);
    let twice: BigInt = r * 2;
    let q = match twice.cmp(&scale) {
        std::cmp::Ordering::Greater => q + 1,
        std::cmp::Ordering::Equal if q.is_odd() => q + 1,
        _ => q,
    };
    q * scale
}

/// `divmod(a, b)`.
fn divmod(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    let [a, b] = args else {
        return Err(type_error(format!(
            "divmod expected 2 arguments, got {}",
            args.len()
        )));
    };
    if let Some(r) = special(vm, a, "__divmod__", std::slice::from_ref(b)) {
        return r;
    }
    if let Some(r) = special(vm, b, "__rdivmod__", std::slice::from_ref(a)) {
        return r;
    }
    divmod_values(vm, a, b)
}

/// `divmod(a, b)` for numbers (and the `TypeError` for other values).
pub(crate) fn divmod_values(_: &mut Vm, a: &Value, b: &Value) -> PyResult<Value> {
    let (a, b) = (
        &crate::classes::payload_of(a),
        &crate::classes::payload_of(b),
    );
    let is_real = |v: &Value| crate::complex::real_of(v).is_some();
    if !is_real(a) || !is_real(b) {
        return Err(type_error(format!(
            "unsupported operand type(s) for divmod(): '{}' and '{}'",
            type_name(a),
            type_name(b)
        )));
    }
    if let (Some(x), Some(y)) = (int_of(a), int_of(b)) {
        if y.is_zero() {
            return Err(crate::int_ops::zero_division());
        }
        let (q, r) = x.div_mod_floor(&y);
        return Ok(Value::tuple(vec![
            Value::from_bigint(q),
            Value::from_bigint(r),
        ]));
    }
    let x = crate::complex::real_of(a).unwrap_or(Ok(0.0))?;
    let y = crate::complex::real_of(b).unwrap_or(Ok(0.0))?;
    let (q, r) = crate::float_ops::divmod(x, y)?;
    Ok(Value::tuple(vec![Value::Float(q), Value::Float(r)]))
}

/// `pow(base, exp, mod=None)`.
fn pow(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let bound = bind("pow", args, kw, &["base", "exp", "mod"], 0)?;
    let base = bound[0].ok_or_else(|| missing("pow", "base", 1))?;
    let exp = bound[1].ok_or_else(|| missing("pow", "exp", 2))?;
    match bound[2].filter(|m| !matches!(m, Value::None)) {
        None if crate::dunder::is_user(base) || crate::dunder::is_user(exp) => {
            vm.binary_dunder(BinaryOpArg::POWER, base, exp)
        }
        None => crate::binary_op::binary_op(BinaryOpArg::POWER, base, exp),
        Some(m) => {
            if let Some(r) = special(vm, base, "__pow__", &[exp.clone(), m.clone()]) {
                return r;
            }
            match (int_of(base), int_of(exp), int_of(m)) {
                (Some(a), Some(b), Some(m)) => crate::int_ops::pow_mod(&a, &b, &m),
                _ if [base, exp, m].iter().any(|v| as_complex(v).is_some()) => {
                    Err(value_error("complex modulo"))
                }
                _ => Err(type_error(
                    "pow() 3rd argument not allowed unless all arguments are integers",
                )),
            }
        }
    }
}

/// `repr(s)` cut to 200 characters, as `%.200R` does in messages.
fn short_repr(v: &Value) -> String {
    let r = crate::format::repr(v).unwrap_or_default();
    r.chars().take(200).collect()
}

/// The text of a str or bytes argument.
fn text_of(v: &Value) -> Option<String> {
    match v.as_obj()? {
        Object::Str(s) => Some(s.to_string()),
        Object::Bytes(b) => Some(String::from_utf8_lossy(b).into_owned()),
        _ => None,
    }
}

/// `int(x=0, /, base=10)`.
pub(crate) fn int_new(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    if args.len() > 2 {
        return Err(type_error(format!(
            "int expected at most 2 arguments, got {}",
            args.len()
        )));
    }
    let bound = bind("int", args, kw, &["x", "base"], 1)?;
    let Some(x) = bound[0] else {
        if bound[1].is_some() {
            return Err(type_error("int() missing string argument"));
        }
        return Ok(Value::Int(0));
    };
    if let Some(base) = bound[1] {
        let base = index_vm(vm, base)?;
        let Some(text) = text_of(x) else {
            return Err(type_error(
                "int() can't convert non-string with explicit base",
            ));
        };
        let base = base
            .to_u32()
            .filter(|b| *b == 0 || (2..=36).contains(b))
            .ok_or_else(|| value_error("int() base must be >= 2 and <= 36, or 0"))?;
        return parse_int_value(x, &text, base);
    }
    match x {
        Value::Int(_) => return Ok(x.clone()),
        Value::Bool(b) => return Ok(Value::Int(i64::from(*b))),
        Value::Float(f) => return int_from_float(*f),
        _ => {}
    }
    if let Some(i) = int_of(x) {
        return Ok(Value::from_bigint(i));
    }
    if let Some(text) = text_of(x) {
        return parse_int_value(x, &text, 10);
    }
    for name in ["__int__", "__index__"] {
        if let Some(r) = special(vm, x, name, &[]) {
            let r = r?;
            return int_of(&r).map(Value::from_bigint).ok_or_else(|| {
                type_error(format!("{name} returned non-int (type {})", type_name(&r)))
            });
        }
    }
    Err(type_error(format!(
        "int() argument must be a string, a bytes-like object or a real number, not '{}'",
        type_name(x)
    )))
}

fn parse_int_value(x: &Value, text: &str, base: u32) -> PyResult<Value> {
    match crate::int_ops::parse_int(text, base)? {
        Some(n) => Ok(Value::from_bigint(n)),
        None => Err(value_error(format!(
            "invalid literal for int() with base {base}: {}",
            short_repr(x)
        ))),
    }
}

/// `float(x=0.0, /)`.
pub(crate) fn float_new(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    if !kw.is_empty() {
        return Err(type_error("float() takes no keyword arguments"));
    }
    let x = match args {
        [] => return Ok(Value::Float(0.0)),
        [x] => x,
        _ => {
            return Err(type_error(format!(
                "float expected at most 1 argument, got {}",
                args.len()
            )))
        }
    };
    if let Some(text) = text_of(x) {
        return crate::float_ops::parse_float(&crate::int_ops::ascii_digits(&text))
            .map(Value::Float)
            .ok_or_else(|| {
                value_error(format!(
                    "could not convert string to float: {}",
                    crate::format::repr(x).unwrap_or_default()
                ))
            });
    }
    match float_of(vm, x) {
        Some(r) => r.map(Value::Float),
        None => Err(type_error(format!(
            "float() argument must be a string or a real number, not '{}'",
            type_name(x)
        ))),
    }
}

/// `complex(real=0, imag=0)`.
pub(crate) fn complex_new(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    if args.len() > 2 {
        return Err(type_error(format!(
            "complex() takes at most 2 arguments ({} given)",
            args.len()
        )));
    }
    let bound = bind("complex", args, kw, &["real", "imag"], 0)?;
    let real = bound[0].cloned();
    let imag = bound[1].cloned();
    if let Some(r) = &real {
        if let Some(z) = special(vm, r, "__complex__", &[]) {
            let z = z?;
            if imag.is_none() {
                return Ok(z);
            }
            return crate::complex::construct(&[z, imag.unwrap_or(Value::Int(0))]);
        }
    }
    let convert = |vm: &mut Vm, v: Option<Value>| -> PyResult<Option<Value>> {
        match v {
            Some(v) if crate::dunder::is_user(&v) => match float_of(vm, &v) {
                Some(f) => Ok(Some(Value::Float(f?))),
                None => Ok(Some(v)),
            },
            other => Ok(other),
        }
    };
    let real = convert(vm, real)?;
    let imag = convert(vm, imag)?;
    match (real, imag) {
        (None, None) => crate::complex::construct(&[]),
        (Some(r), None) => crate::complex::construct(&[r]),
        (r, Some(i)) => crate::complex::construct(&[r.unwrap_or(Value::Int(0)), i]),
    }
}
