//! The `math` module (native).

use std::rc::Rc;

use num_bigint::BigInt;
use num_traits::{One, Signed, ToPrimitive, Zero};

use crate::dict::Dict;
use crate::exception::{type_error, value_error, ExcKind, PyErr, PyResult};
use crate::types::type_name;
use crate::value::{NativeFn, Value};
use crate::Vm;

type Kw<'a> = &'a [(Rc<str>, Value)];

/// Fill the namespace of `math`.
pub(super) fn init(d: &mut Dict) {
    let mut set = |k: &str, v: Value| d.set_str(&Rc::from(k), v);
    set("pi", Value::Float(std::f64::consts::PI));
    set("e", Value::Float(std::f64::consts::E));
    set("tau", Value::Float(std::f64::consts::TAU));
    set("inf", Value::Float(f64::INFINITY));
    set("nan", Value::Float(f64::NAN));
    let functions: [(&'static str, NativeFn); 12] = [
        ("sqrt", math_sqrt),
        ("floor", math_floor),
        ("ceil", math_ceil),
        ("fabs", math_fabs),
        ("exp", math_exp),
        ("log", math_log),
        ("sin", math_sin),
        ("cos", math_cos),
        ("gcd", math_gcd),
        ("factorial", math_factorial),
        ("isqrt", math_isqrt),
        ("hypot", math_hypot),
    ];
    super::add_functions(d, &functions);
}

fn float_arg(args: &[Value], fname: &str) -> PyResult<f64> {
    match args.first() {
        Some(Value::Float(f)) => Ok(*f),
        Some(Value::Int(i)) => Ok(*i as f64),
        Some(Value::Bool(b)) => Ok(f64::from(u8::from(*b))),
        Some(v) => match v.as_bigint() {
            Some(b) => b.to_f64().ok_or_else(|| {
                PyErr::msg(ExcKind::OverflowError, "int too large to convert to float")
            }),
            None => Err(type_error(format!(
                "must be real number, not {}",
                type_name(v)
            ))),
        },
        None => Err(type_error(format!(
            "math.{fname}() takes exactly one argument (0 given)"
        ))),
    }
}

fn math_sqrt(_: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    let x = float_arg(args, "sqrt")?;
    if x < 0.0 {
        return Err(value_error(
            "expected a nonnegative input, got ".to_owned() + &taipan_ast::repr::float_repr(x),
        ));
    }
    Ok(Value::Float(x.sqrt()))
}

fn to_int_value(f: f64) -> PyResult<Value> {
    if f.is_nan() {
        return Err(value_error("cannot convert float NaN to integer"));
    }
    if f.is_infinite() {
        return Err(PyErr::msg(
            ExcKind::OverflowError,
            "cannot convert float infinity to integer",
        ));
    }
    match f.to_i64() {
        Some(i) => Ok(Value::Int(i)),
        None => Ok(Value::from_bigint(num_bigint::BigInt::from(f as i128))),
    }
}

fn math_floor(_: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    if let Some(v @ Value::Int(_)) = args.first() {
        return Ok(v.clone());
    }
    to_int_value(float_arg(args, "floor")?.floor())
}

fn math_ceil(_: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    if let Some(v @ Value::Int(_)) = args.first() {
        return Ok(v.clone());
    }
    to_int_value(float_arg(args, "ceil")?.ceil())
}

fn math_fabs(_: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    Ok(Value::Float(float_arg(args, "fabs")?.abs()))
}

fn math_exp(_: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    let r = float_arg(args, "exp")?.exp();
    if r.is_infinite() {
        return Err(PyErr::msg(ExcKind::OverflowError, "math range error"));
    }
    Ok(Value::Float(r))
}

fn math_log(_: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    let x = float_arg(args, "log")?;
    if x <= 0.0 {
        return Err(value_error("expected a positive input"));
    }
    match args.get(1) {
        Some(base) => {
            let b = float_arg(std::slice::from_ref(base), "log")?;
            Ok(Value::Float(x.ln() / b.ln()))
        }
        None => Ok(Value::Float(x.ln())),
    }
}

fn math_sin(_: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    Ok(Value::Float(float_arg(args, "sin")?.sin()))
}

fn math_cos(_: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    Ok(Value::Float(float_arg(args, "cos")?.cos()))
}

fn math_hypot(_: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    let mut total = 0.0f64;
    for a in args {
        let x = float_arg(std::slice::from_ref(a), "hypot")?;
        total += x * x;
    }
    Ok(Value::Float(total.sqrt()))
}

fn int_arg(v: &Value) -> PyResult<BigInt> {
    match v {
        Value::Float(_) => Err(type_error(
            "'float' object cannot be interpreted as an integer",
        )),
        _ => v.as_bigint().ok_or_else(|| {
            type_error(format!(
                "'{}' object cannot be interpreted as an integer",
                type_name(v)
            ))
        }),
    }
}

fn math_gcd(_: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    let mut g = BigInt::zero();
    for a in args {
        g = num_integer::Integer::gcd(&g, &int_arg(a)?);
    }
    Ok(Value::from_bigint(g))
}

fn math_factorial(_: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    let n = int_arg(args.first().unwrap_or(&Value::None))?;
    if n.is_negative() {
        return Err(value_error("factorial() not defined for negative values"));
    }
    let n = n.to_u64().ok_or_else(|| {
        PyErr::msg(
            ExcKind::OverflowError,
            "factorial() argument should not exceed 9223372036854775807",
        )
    })?;
    let mut r = BigInt::one();
    for i in 2..=n {
        r *= i;
    }
    Ok(Value::from_bigint(r))
}

fn math_isqrt(_: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    let n = int_arg(args.first().unwrap_or(&Value::None))?;
    if n.is_negative() {
        return Err(value_error("isqrt() argument must be nonnegative"));
    }
    Ok(Value::from_bigint(n.sqrt()))
}
