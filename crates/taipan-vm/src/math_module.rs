//! The `math` module: its constants and float functions, with CPython's
//! domain and range errors. The elementary functions come from the
//! `libm` crate (musl's algorithms, as the reference build uses); the
//! integer functions (`gcd`, `comb`, `factorial`, ...) and the accurate
//! sums (`fsum`, `sumprod`, `hypot`) are in `math_int.rs`.

use std::rc::Rc;

use crate::dict::Dict;
use crate::exception::{type_error, value_error, ExcKind, PyErr, PyResult};
use crate::int_ops::int_from_float;
use crate::num_methods::int_of;
use crate::types::type_name;
use crate::value::{Builtin, NativeFn, Object, Value};
use crate::Vm;

pub(crate) type Kw<'a> = &'a [(Rc<str>, Value)];

/// `ValueError: math domain error`.
pub(crate) fn domain_error() -> Box<PyErr> {
    value_error("math domain error")
}

/// `OverflowError: math range error`.
pub(crate) fn range_error() -> Box<PyErr> {
    PyErr::msg(ExcKind::OverflowError, "math range error")
}

/// A float argument: ints, bools, floats, and user objects with
/// `__float__`/`__index__`.
pub(crate) fn float_arg(vm: &mut Vm, v: &Value) -> PyResult<f64> {
    match crate::num_builtins::float_of(vm, v) {
        Some(r) => r,
        None => Err(type_error(format!(
            "must be real number, not {}",
            type_name(v)
        ))),
    }
}

/// Check `args` has exactly `n` items for `math.name`.
pub(crate) fn arity(name: &str, args: &[Value], n: usize) -> PyResult<()> {
    if args.len() == n {
        return Ok(());
    }
    Err(type_error(if n == 1 {
        format!(
            "math.{name}() takes exactly one argument ({} given)",
            args.len()
        )
    } else {
        format!("{name} expected {n} arguments, got {}", args.len())
    }))
}

/// How a one-argument function reports a NaN or infinite result from a
/// finite argument.
#[derive(Clone, Copy)]
enum OnError {
    /// `math domain error` / `math range error`.
    Plain,
    /// Overflow is a `ValueError` with this message (`{}` is the input).
    Domain(&'static str),
    /// Overflow is `math range error`, NaN is this message.
    Range(&'static str),
}

/// Apply a one-argument float function with CPython's `math_1` checks.
fn unary(
    vm: &mut Vm,
    name: &str,
    args: &[Value],
    f: fn(f64) -> f64,
    can_overflow: bool,
    on_error: OnError,
) -> PyResult<Value> {
    arity(name, args, 1)?;
    let x = float_arg(vm, &args[0])?;
    let r = f(x);
    let message = |text: &str| value_error(text.replace("{}", &taipan_ast::repr::float_repr(x)));
    if r.is_nan() && !x.is_nan() {
        return Err(match on_error {
            OnError::Domain(m) | OnError::Range(m) => message(m),
            OnError::Plain => domain_error(),
        });
    }
    if r.is_infinite() && x.is_finite() {
        return Err(match on_error {
            _ if can_overflow => range_error(),
            OnError::Domain(m) | OnError::Range(m) => message(m),
            OnError::Plain => domain_error(),
        });
    }
    Ok(Value::Float(r))
}

macro_rules! unary_fns {
    ($( $rust:ident, $py:literal, $f:expr, $overflow:expr, $err:expr; )*) => {
        $(
            fn $rust(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
                unary(vm, $py, args, $f, $overflow, $err)
            }
        )*
        /// The one-argument float functions.
        const UNARY: &[(&str, NativeFn)] = &[$( ($py, $rust) ),*];
    };
}

const FINITE: OnError = OnError::Domain("expected a finite input, got {}");
const GAMMA: OnError = OnError::Range("expected a noninteger or positive integer, got {}");

unary_fns! {
    m_sqrt, "sqrt", libm::sqrt, false, OnError::Domain("expected a nonnegative input, got {}");
    m_cbrt, "cbrt", crate::math_musl::cbrt, false, OnError::Plain;
    m_exp, "exp", f64::exp, true, OnError::Plain;
    m_exp2, "exp2", f64::exp2, true, OnError::Plain;
    m_expm1, "expm1", libm::expm1, true, OnError::Plain;
    m_log1p, "log1p", f64::ln_1p, false, OnError::Domain("expected argument value > -1, got {}");
    m_fabs, "fabs", f64::abs, false, OnError::Plain;
    m_sin, "sin", libm::sin, false, FINITE;
    m_cos, "cos", libm::cos, false, FINITE;
    m_tan, "tan", libm::tan, false, FINITE;
    m_asin, "asin", libm::asin, false, OnError::Domain("expected a number in range from -1 up to 1, got {}");
    m_acos, "acos", libm::acos, false, OnError::Domain("expected a number in range from -1 up to 1, got {}");
    m_atan, "atan", libm::atan, false, OnError::Plain;
    m_sinh, "sinh", libm::sinh, true, OnError::Plain;
    m_cosh, "cosh", crate::math_musl::cosh, true, OnError::Plain;
    m_tanh, "tanh", libm::tanh, false, OnError::Plain;
    m_asinh, "asinh", crate::math_musl::asinh, false, OnError::Plain;
    m_acosh, "acosh", crate::math_musl::acosh, false, OnError::Domain("expected argument value not less than 1, got {}");
    m_atanh, "atanh", libm::atanh, false, OnError::Domain("expected a number between -1 and 1, got {}");
    m_erf, "erf", crate::math_erf::erf, false, OnError::Plain;
    m_erfc, "erfc", crate::math_erf::erfc, false, OnError::Plain;
    m_gamma, "gamma", crate::math_gamma::gamma, true, GAMMA;
    m_lgamma, "lgamma", crate::math_gamma::lgamma, true, GAMMA;
    m_degrees, "degrees", |x| x * (180.0 / std::f64::consts::PI), false, OnError::Plain;
    m_radians, "radians", |x| x * (std::f64::consts::PI / 180.0), false, OnError::Plain;
}

/// Fill the module namespace.
pub(crate) fn init(d: &mut Dict) {
    let mut set = |k: &str, v: Value| d.set_str(&Rc::from(k), v);
    set("pi", Value::Float(std::f64::consts::PI));
    set("e", Value::Float(std::f64::consts::E));
    set("tau", Value::Float(std::f64::consts::TAU));
    set("inf", Value::Float(f64::INFINITY));
    set("nan", Value::Float(f64::NAN));
    let others: &[(&str, NativeFn)] = &[
        ("log", m_log),
        ("log2", m_log2),
        ("log10", m_log10),
        ("pow", m_pow),
        ("fmod", m_fmod),
        ("remainder", m_remainder),
        ("atan2", m_atan2),
        ("copysign", m_copysign),
        ("floor", m_floor),
        ("ceil", m_ceil),
        ("trunc", m_trunc),
        ("modf", m_modf),
        ("frexp", m_frexp),
        ("ldexp", m_ldexp),
        ("isfinite", m_isfinite),
        ("isinf", m_isinf),
        ("isnan", m_isnan),
        ("nextafter", m_nextafter),
        ("ulp", m_ulp),
        ("fma", m_fma),
        ("isclose", m_isclose),
    ];
    for &(name, func) in UNARY.iter().chain(others).chain(crate::math_int::FUNCTIONS) {
        set(name, Value::obj(Object::Builtin(Builtin { name, func })));
    }
}

/// `log` of an int or float with CPython's `loghelper`: huge ints work.
fn log_with(vm: &mut Vm, v: &Value, f: fn(f64) -> f64) -> PyResult<f64> {
    if let Some(i) = int_of(v) {
        if num_traits::Signed::is_negative(&i) || num_traits::Zero::is_zero(&i) {
            return Err(value_error("expected a positive input"));
        }
        if let Ok(x) = crate::int_ops::big_to_f64(&i) {
            return Ok(f(x));
        }
        // x = m * 2**e with the top 60 bits in m.
        let e = i.bits() - 60;
        let m = crate::int_ops::big_to_f64(&(i >> e as usize))?;
        return Ok(f(m) + e as f64 * f(2.0));
    }
    let x = float_arg(vm, v)?;
    if x.is_nan() {
        return Ok(x);
    }
    if x <= 0.0 {
        return Err(value_error(format!(
            "expected a positive input, got {}",
            taipan_ast::repr::float_repr(x)
        )));
    }
    Ok(f(x))
}

fn m_log(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    match args {
        [x] => log_with(vm, x, f64::ln).map(Value::Float),
        [x, base] => {
            let num = log_with(vm, x, f64::ln)?;
            let den = log_with(vm, base, f64::ln)?;
            if den == 0.0 {
                return Err(crate::int_ops::zero_division());
            }
            Ok(Value::Float(num / den))
        }
        _ => Err(type_error(format!(
            "log expected at least 1 argument, got {}",
            args.len()
        ))),
    }
}

fn m_log2(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    arity("log2", args, 1)?;
    log_with(vm, &args[0], f64::log2).map(Value::Float)
}

fn m_log10(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    arity("log10", args, 1)?;
    log_with(vm, &args[0], libm::log10).map(Value::Float)
}

/// Two float arguments of `math.name`.
fn two(vm: &mut Vm, name: &str, args: &[Value]) -> PyResult<(f64, f64)> {
    arity(name, args, 2)?;
    Ok((float_arg(vm, &args[0])?, float_arg(vm, &args[1])?))
}

fn m_pow(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    let (x, y) = two(vm, "pow", args)?;
    let odd_y = y.is_finite() && (y.abs() % 2.0) == 1.0;
    let r = if !x.is_finite() || !y.is_finite() {
        if x.is_nan() {
            if y == 0.0 {
                1.0
            } else {
                x
            }
        } else if y.is_nan() {
            if x == 1.0 {
                1.0
            } else {
                y
            }
        } else if x.is_infinite() {
            if y > 0.0 {
                if odd_y {
                    x
                } else {
                    x.abs()
                }
            } else if y == 0.0 {
                1.0
            } else if odd_y {
                0.0f64.copysign(x)
            } else {
                0.0
            }
        } else if x.abs() == 1.0 {
            1.0
        } else if (y > 0.0 && x.abs() > 1.0) || (y < 0.0 && x.abs() < 1.0) {
            y.abs()
        } else {
            0.0
        }
    } else {
        let r = x.powf(y);
        if r.is_nan() || (r.is_infinite() && x == 0.0) {
            return Err(domain_error());
        }
        if r.is_infinite() {
            return Err(range_error());
        }
        r
    };
    Ok(Value::Float(r))
}

fn m_fmod(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    let (x, y) = two(vm, "fmod", args)?;
    if y.is_infinite() && x.is_finite() {
        return Ok(Value::Float(x));
    }
    let r = libm::fmod(x, y);
    if r.is_nan() && !x.is_nan() && !y.is_nan() {
        return Err(domain_error());
    }
    Ok(Value::Float(r))
}

fn m_remainder(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    let (x, y) = two(vm, "remainder", args)?;
    if x.is_nan() || y.is_nan() {
        return Ok(Value::Float(f64::NAN));
    }
    if x.is_infinite() || y == 0.0 {
        return Err(domain_error());
    }
    if y.is_infinite() {
        return Ok(Value::Float(x));
    }
    Ok(Value::Float(libm::remainder(x, y)))
}

fn m_atan2(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    let (y, x) = two(vm, "atan2", args)?;
    Ok(Value::Float(libm::atan2(y, x)))
}

fn m_copysign(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    let (x, y) = two(vm, "copysign", args)?;
    Ok(Value::Float(x.copysign(y)))
}

/// `floor`/`ceil`: ints unchanged, floats rounded, `__floor__`/`__ceil__`.
fn rounding(
    vm: &mut Vm,
    name: &str,
    args: &[Value],
    method: &str,
    f: fn(f64) -> f64,
) -> PyResult<Value> {
    arity(name, args, 1)?;
    let v = &args[0];
    if let Some(i) = int_of(v) {
        return Ok(Value::from_bigint(i));
    }
    if let Value::Float(x) = v {
        return int_from_float(f(*x));
    }
    if let Some(r) = crate::num_builtins::special(vm, v, method, &[]) {
        return r;
    }
    int_from_float(f(float_arg(vm, v)?))
}

fn m_floor(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    rounding(vm, "floor", args, "__floor__", f64::floor)
}

fn m_ceil(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    rounding(vm, "ceil", args, "__ceil__", f64::ceil)
}

fn m_trunc(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    arity("trunc", args, 1)?;
    let v = &args[0];
    if let Some(i) = int_of(v) {
        return Ok(Value::from_bigint(i));
    }
    if let Value::Float(x) = v {
        return int_from_float(x.trunc());
    }
    match crate::num_builtins::special(vm, v, "__trunc__", &[]) {
        Some(r) => r,
        None if crate::classes::has_payload(v) => {
            m_trunc(vm, &[crate::classes::payload_of(v)], &[])
        }
        None => Err(type_error(format!(
            "type {} doesn't define __trunc__ method",
            type_name(v)
        ))),
    }
}

fn m_modf(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    arity("modf", args, 1)?;
    let x = float_arg(vm, &args[0])?;
    let (frac, int) = if x.is_infinite() {
        (0.0f64.copysign(x), x)
    } else if x.is_nan() {
        (x, x)
    } else {
        let int = x.trunc();
        ((x - int).copysign(x), int)
    };
    Ok(Value::tuple(vec![Value::Float(frac), Value::Float(int)]))
}

fn m_frexp(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    arity("frexp", args, 1)?;
    let x = float_arg(vm, &args[0])?;
    let (m, e) = if x == 0.0 || !x.is_finite() {
        (x, 0)
    } else {
        libm::frexp(x)
    };
    Ok(Value::tuple(vec![
        Value::Float(m),
        Value::Int(i64::from(e)),
    ]))
}

fn m_ldexp(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    arity("ldexp", args, 2)?;
    let x = float_arg(vm, &args[0])?;
    let Some(i) = int_of(&args[1]) else {
        return Err(type_error("Expected an int as second argument to ldexp."));
    };
    if x == 0.0 || !x.is_finite() {
        return Ok(Value::Float(x));
    }
    let e = num_traits::ToPrimitive::to_i64(&i).unwrap_or(if num_traits::Signed::is_negative(&i) {
        i64::MIN
    } else {
        i64::MAX
    });
    let r = libm::scalbn(x, e.clamp(-5000, 5000) as i32);
    if r.is_infinite() {
        return Err(range_error());
    }
    Ok(Value::Float(r))
}

fn predicate(vm: &mut Vm, name: &str, args: &[Value], f: fn(f64) -> bool) -> PyResult<Value> {
    arity(name, args, 1)?;
    Ok(Value::Bool(f(float_arg(vm, &args[0])?)))
}

fn m_isfinite(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    predicate(vm, "isfinite", args, f64::is_finite)
}

fn m_isinf(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    predicate(vm, "isinf", args, f64::is_infinite)
}

fn m_isnan(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    predicate(vm, "isnan", args, f64::is_nan)
}

fn m_nextafter(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let (x, y) = two(vm, "nextafter", args)?;
    let steps = match kw.iter().find(|(k, _)| &**k == "steps") {
        Some((_, Value::None)) | None => return Ok(Value::Float(libm::nextafter(x, y))),
        Some((_, s)) => crate::num_builtins::index_vm(vm, s)?,
    };
    if num_traits::Signed::is_negative(&steps) {
        return Err(value_error("steps must be a non-negative integer"));
    }
    let n = num_traits::ToPrimitive::to_u64(&steps).unwrap_or(u64::MAX);
    let mut r = x;
    // Past 2**64 steps every float has been crossed: stop at y.
    for _ in 0..n.min(1 << 12) {
        let next = libm::nextafter(r, y);
        if next == r || next.is_nan() {
            break;
        }
        r = next;
    }
    if n > 1 << 12 && r != y {
        r = step_far(x, y, n);
    }
    Ok(Value::Float(r))
}

/// `nextafter` by `n` steps at once, walking the ordered bit patterns.
fn step_far(x: f64, y: f64, n: u64) -> f64 {
    if x.is_nan() || y.is_nan() {
        return x + y;
    }
    // Map floats to integers preserving order.
    let key = |v: f64| {
        let b = v.to_bits() as i64;
        if b < 0 {
            i64::MIN - b
        } else {
            b
        }
    };
    let unkey = |k: i64| f64::from_bits((if k < 0 { i64::MIN - k } else { k }) as u64);
    let (kx, ky) = (key(x), key(y));
    let dist = (i128::from(ky) - i128::from(kx)).unsigned_abs();
    if u128::from(n) >= dist {
        return y;
    }
    let step = n as i64;
    unkey(if ky > kx { kx + step } else { kx - step })
}

fn m_ulp(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    arity("ulp", args, 1)?;
    let x = float_arg(vm, &args[0])?.abs();
    if x.is_nan() || x.is_infinite() {
        return Ok(Value::Float(x));
    }
    let next = libm::nextafter(x, f64::INFINITY);
    if next.is_infinite() {
        return Ok(Value::Float(x - libm::nextafter(x, -f64::INFINITY)));
    }
    Ok(Value::Float(next - x))
}

fn m_fma(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    arity("fma", args, 3)?;
    let x = float_arg(vm, &args[0])?;
    let y = float_arg(vm, &args[1])?;
    let z = float_arg(vm, &args[2])?;
    let r = libm::fma(x, y, z);
    if !r.is_finite() {
        if r.is_nan() && !x.is_nan() && !y.is_nan() && !z.is_nan() {
            return Err(value_error("invalid operation in fma"));
        }
        if r.is_infinite() && x.is_finite() && y.is_finite() && z.is_finite() {
            return Err(PyErr::msg(ExcKind::OverflowError, "overflow in fma"));
        }
    }
    Ok(Value::Float(r))
}

fn m_isclose(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    arity("isclose", args, 2)?;
    let a = float_arg(vm, &args[0])?;
    let b = float_arg(vm, &args[1])?;
    let (mut rel, mut abs) = (1e-9, 0.0);
    for (k, v) in kw {
        match &**k {
            "rel_tol" => rel = float_arg(vm, v)?,
            "abs_tol" => abs = float_arg(vm, v)?,
            _ => {
                return Err(type_error(format!(
                    "isclose() got an unexpected keyword argument '{k}'"
                )))
            }
        }
    }
    if rel < 0.0 || abs < 0.0 {
        return Err(value_error("tolerances must be non-negative"));
    }
    if a == b {
        return Ok(Value::Bool(true));
    }
    if a.is_infinite() || b.is_infinite() {
        return Ok(Value::Bool(false));
    }
    let diff = (b - a).abs();
    Ok(Value::Bool(
        diff <= (rel * b).abs() || diff <= (rel * a).abs() || diff <= abs,
    ))
}
