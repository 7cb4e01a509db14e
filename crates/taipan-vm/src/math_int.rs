//! The integer functions of `math` (`gcd`, `lcm`, `isqrt`, `factorial`,
//! `comb`, `perm`) and its accurate sums and norms (`fsum`, `sumprod`,
//! `prod`, `hypot`, `dist`).

use num_bigint::BigInt;
use num_integer::Integer;
use num_traits::{One, Signed, ToPrimitive, Zero};
use taipan_bytecode::BinaryOpArg;

use crate::exception::{type_error, value_error, ExcKind, PyErr, PyResult};
use crate::math_module::{arity, float_arg, Kw};
use crate::num_builtins::index_vm;
use crate::value::{NativeFn, Value};
use crate::Vm;

/// The functions this file adds to `math`.
pub(crate) const FUNCTIONS: &[(&str, NativeFn)] = &[
    ("gcd", m_gcd),
    ("lcm", m_lcm),
    ("isqrt", m_isqrt),
    ("factorial", m_factorial),
    ("comb", m_comb),
    ("perm", m_perm),
    ("prod", m_prod),
    ("fsum", m_fsum),
    ("sumprod", m_sumprod),
    ("hypot", m_hypot),
    ("dist", m_dist),
];

fn m_gcd(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    let mut g = BigInt::zero();
    for a in args {
        g = g.gcd(&index_vm(vm, a)?);
    }
    Ok(Value::from_bigint(g))
}

fn m_lcm(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    let mut l = BigInt::one();
    for a in args {
        let x = index_vm(vm, a)?;
        l = if l.is_zero() || x.is_zero() {
            BigInt::zero()
        } else {
            l.lcm(&x)
        };
    }
    Ok(Value::from_bigint(l.abs()))
}

fn m_isqrt(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    arity("isqrt", args, 1)?;
    let n = index_vm(vm, &args[0])?;
    if n.is_negative() {
        return Err(value_error("isqrt() argument must be nonnegative"));
    }
    Ok(Value::from_bigint(n.sqrt()))
}

/// The product of `lo..hi` (binary splitting keeps the numbers balanced).
fn range_product(lo: u64, hi: u64) -> BigInt {
    if hi <= lo {
        return BigInt::one();
    }
    if hi - lo <= 16 {
        return (lo..hi).fold(BigInt::one(), |acc, k| acc * k);
    }
    let mid = lo + (hi - lo) / 2;
    range_product(lo, mid) * range_product(mid, hi)
}

/// A size too big to compute with.
fn too_big() -> Box<PyErr> {
    PyErr::new(ExcKind::MemoryError, Vec::new())
}

fn m_factorial(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    arity("factorial", args, 1)?;
    let n = index_vm(vm, &args[0])?;
    factorial(&n).map(Value::from_bigint)
}

fn factorial(n: &BigInt) -> PyResult<BigInt> {
    if n.is_negative() {
        return Err(value_error("factorial() not defined for negative values"));
    }
    let Some(k) = n.to_i64() else {
        return Err(PyErr::msg(
            ExcKind::OverflowError,
            format!("factorial() argument should not exceed {}", i64::MAX),
        ));
    };
    if k > 5_000_000 {
        return Err(too_big());
    }
    Ok(range_product(1, k as u64 + 1))
}

/// The `n` and `k` of `comb`/`perm`, checked non-negative.
fn n_and_k(vm: &mut Vm, n: &Value, k: &Value) -> PyResult<(BigInt, BigInt)> {
    let n = index_vm(vm, n)?;
    let k = index_vm(vm, k)?;
    if n.is_negative() {
        return Err(value_error("n must be a non-negative integer"));
    }
    if k.is_negative() {
        return Err(value_error("k must be a non-negative integer"));
    }
    Ok((n, k))
}

fn m_comb(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    arity("comb", args, 2)?;
    let (n, k) = n_and_k(vm, &args[0], &args[1])?;
    if k > n {
        return Ok(Value::Int(0));
    }
    let k = k.clone().min(&n - &k);
    let k = k
        .to_u64()
        .filter(|k| *k <= 10_000_000)
        .ok_or_else(too_big)?;
    let mut r = BigInt::one();
    for i in 0..k {
        r = r * (&n - i) / (i + 1);
    }
    Ok(Value::from_bigint(r))
}

fn m_perm(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    let (n, k) = match args {
        [n] | [n, Value::None] => {
            let n = index_vm(vm, n)?;
            return factorial(&n).map(Value::from_bigint);
        }
        [n, k] => n_and_k(vm, n, k)?,
        _ => {
            return Err(type_error(format!(
                "perm expected at most 2 arguments, got {}",
                args.len()
            )))
        }
    };
    if k > n {
        return Ok(Value::Int(0));
    }
    let k = k
        .to_u64()
        .filter(|k| *k <= 10_000_000)
        .ok_or_else(too_big)?;
    let mut r = BigInt::one();
    for i in 0..k {
        r *= &n - i;
    }
    Ok(Value::from_bigint(r))
}

fn m_prod(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    arity("prod", args, 1)?;
    let mut acc = Value::Int(1);
    for (k, v) in kw {
        if &**k != "start" {
            return Err(type_error(format!(
                "prod() got an unexpected keyword argument '{k}'"
            )));
        }
        acc = v.clone();
    }
    for x in vm.collect(&args[0])? {
        acc = binary(vm, BinaryOpArg::MULTIPLY, &acc, &x)?;
    }
    Ok(acc)
}

/// `a <op> b` through user special methods when needed.
fn binary(vm: &mut Vm, op: BinaryOpArg, a: &Value, b: &Value) -> PyResult<Value> {
    if crate::dunder::is_user(a) || crate::dunder::is_user(b) {
        vm.binary_dunder(op, a, b)
    } else {
        crate::binary_op::binary_op(op, a, b)
    }
}

/// Shewchuk's exact float summation with CPython's special cases: the
/// partials are exact; the result is the correctly rounded sum.
pub(crate) fn fsum(values: impl IntoIterator<Item = f64>) -> PyResult<f64> {
    let mut partials: Vec<f64> = Vec::new();
    let mut special = 0.0f64;
    let mut inf_sum = 0.0f64;
    for mut x in values {
        if !x.is_finite() {
            if x.is_infinite() {
                inf_sum += x;
            }
            special += x;
            continue;
        }
        let mut kept = 0;
        for i in 0..partials.len() {
            let mut y = partials[i];
            if x.abs() < y.abs() {
                std::mem::swap(&mut x, &mut y);
            }
            let hi = x + y;
            let lo = y - (hi - x);
            if lo != 0.0 {
                partials[kept] = lo;
                kept += 1;
            }
            x = hi;
        }
        partials.truncate(kept);
        if !x.is_finite() {
            return Err(PyErr::msg(
                ExcKind::OverflowError,
                "intermediate overflow in fsum",
            ));
        }
        partials.push(x);
    }
    if special != 0.0 || special.is_nan() {
        if inf_sum.is_nan() {
            return Err(value_error("-inf + inf in fsum"));
        }
        return Ok(special);
    }
    Ok(round_partials(&partials))
}

/// The correctly rounded sum of non-overlapping partials (largest last).
fn round_partials(partials: &[f64]) -> f64 {
    let Some((&last, rest)) = partials.split_last() else {
        return 0.0;
    };
    let mut hi = last;
    let mut lo = 0.0;
    let mut i = rest.len();
    while i > 0 {
        i -= 1;
        let x = hi;
        let y = rest[i];
        hi = x + y;
        let yr = hi - x;
        lo = y - yr;
        if lo != 0.0 {
            break;
        }
    }
    // Half-way cases: look at the next partial to round correctly.
    if i > 0 && ((lo < 0.0 && rest[i - 1] < 0.0) || (lo > 0.0 && rest[i - 1] > 0.0)) {
        let y = lo * 2.0;
        let x = hi + y;
        let yr = x - hi;
        if y == yr {
            hi = x;
        }
    }
    hi
}

fn m_fsum(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    arity("fsum", args, 1)?;
    let mut values = Vec::new();
    for v in vm.collect(&args[0])? {
        values.push(float_arg(vm, &v)?);
    }
    fsum(values).map(Value::Float)
}

fn m_sumprod(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    arity("sumprod", args, 2)?;
    let p = vm.collect(&args[0])?;
    let q = vm.collect(&args[1])?;
    if p.len() != q.len() {
        return Err(value_error("Inputs are not the same length"));
    }
    let is_real = |v: &Value| matches!(v, Value::Float(_) | Value::Int(_) | Value::Bool(_));
    let all_int = p.iter().chain(&q).all(|v| !matches!(v, Value::Float(_)));
    if !all_int && p.iter().chain(&q).all(is_real) {
        // Exact products (value + rounding error by fma), summed exactly.
        let mut parts = Vec::with_capacity(2 * p.len());
        for (a, b) in p.iter().zip(&q) {
            let (x, y) = (float_arg(vm, a)?, float_arg(vm, b)?);
            let hi = x * y;
            parts.push(hi);
            if hi.is_finite() {
                parts.push(libm::fma(x, y, -hi));
            }
        }
        return fsum(parts).map(Value::Float);
    }
    let mut acc = Value::Int(0);
    for (a, b) in p.iter().zip(&q) {
        let t = binary(vm, BinaryOpArg::MULTIPLY, a, b)?;
        acc = binary(vm, BinaryOpArg::ADD, &acc, &t)?;
    }
    Ok(acc)
}

/// The Euclidean norm, accurate to within an ulp (CPython's
/// `vector_norm`: scaled sums of squares in double-double precision, a
/// square root and one correction step).
fn vector_norm(values: &[f64]) -> f64 {
    let mut max = 0.0f64;
    let mut found_nan = false;
    for &x in values {
        let x = x.abs();
        found_nan |= x.is_nan();
        if x > max {
            max = x;
        }
    }
    if max.is_infinite() {
        return max;
    }
    if found_nan {
        return f64::NAN;
    }
    if max == 0.0 || values.len() <= 1 {
        return max;
    }
    let (_, max_e) = libm::frexp(max);
    if max_e < -1023 {
        let scaled: Vec<f64> = values.iter().map(|x| x / f64::MIN_POSITIVE).collect();
        return f64::MIN_POSITIVE * vector_norm(&scaled);
    }
    let scale = libm::ldexp(1.0, -max_e);
    let (mut csum, mut frac1, mut frac2) = (1.0f64, 0.0f64, 0.0f64);
    for &x in values {
        let x = x.abs() * scale;
        let hi = x * x;
        let lo = libm::fma(x, x, -hi);
        let sum = csum + hi;
        frac2 += (csum - sum) + hi;
        csum = sum;
        frac1 += lo;
    }
    let mut h = (csum - 1.0 + (frac1 + frac2)).sqrt();
    let hi = -h * h;
    let lo = libm::fma(-h, h, -hi);
    let sum = csum + hi;
    frac2 += (csum - sum) + hi;
    csum = sum;
    frac1 += lo;
    let x = csum - 1.0 + (frac1 + frac2);
    h += x / (2.0 * h);
    h / scale
}

fn m_hypot(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    let mut values = Vec::with_capacity(args.len());
    for a in args {
        values.push(float_arg(vm, a)?);
    }
    Ok(Value::Float(vector_norm(&values)))
}

fn m_dist(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    arity("dist", args, 2)?;
    let p = vm.collect(&args[0])?;
    let q = vm.collect(&args[1])?;
    if p.len() != q.len() {
        return Err(value_error(
            "both points must have the same number of dimensions",
        ));
    }
    let mut diffs = Vec::with_capacity(p.len());
    for (a, b) in p.iter().zip(&q) {
        diffs.push(float_arg(vm, a)? - float_arg(vm, b)?);
    }
    Ok(Value::Float(vector_norm(&diffs)))
}
