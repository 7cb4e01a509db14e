//! `float` arithmetic and methods: CPython's floor division and modulo
//! (sign rules, signed zeros), `**` with its special cases and errors,
//! `float(text)`, `round(x, n)` correctly rounded, `hex`/`fromhex`,
//! `as_integer_ratio`.

use num_bigint::BigInt;
use num_traits::{One, Signed, Zero};
use taipan_bytecode::BinaryOpArg;

use crate::exception::{value_error, ExcKind, PyErr, PyResult};
use crate::int_ops::{overflow, ratio_to_f64, zero_division};
use crate::value::Value;

/// `OverflowError(34, 'Numerical result out of range')` (ERANGE).
pub(crate) fn range_error() -> Box<PyErr> {
    PyErr::new(
        ExcKind::OverflowError,
        vec![Value::Int(34), Value::str("Numerical result out of range")],
    )
}

/// `x <op> y` on floats; `None` for operators floats do not have.
pub(crate) fn float_op(op: BinaryOpArg, x: f64, y: f64) -> PyResult<Option<Value>> {
    let r = match op {
        BinaryOpArg::ADD => x + y,
        BinaryOpArg::SUBTRACT => x - y,
        BinaryOpArg::MULTIPLY => x * y,
        BinaryOpArg::TRUE_DIVIDE if y == 0.0 => return Err(zero_division()),
        BinaryOpArg::TRUE_DIVIDE => x / y,
        BinaryOpArg::FLOOR_DIVIDE => divmod(x, y)?.0,
        BinaryOpArg::REMAINDER => modulo(x, y)?,
        BinaryOpArg::POWER => return float_pow(x, y).map(Some),
        _ => return Ok(None),
    };
    Ok(Some(float_value(r)))
}

/// The float result `r` of an operation: a NaN result is a new object
/// (a fresh payload, see [`fresh_nan`]), as every CPython result is.
#[inline]
pub(crate) fn float_value(r: f64) -> Value {
    if r.is_nan() {
        return Value::Float(fresh_nan_like(r));
    }
    Value::Float(r)
}

/// A fresh NaN with the sign of `r`.
#[cold]
fn fresh_nan_like(r: f64) -> f64 {
    fresh_nan().copysign(r)
}

/// `x % y` for floats: the sign of `y`, `-0.0` kept as CPython does.
pub(crate) fn modulo(x: f64, y: f64) -> PyResult<f64> {
    if y == 0.0 {
        return Err(zero_division());
    }
    let m = x % y;
    Ok(if m != 0.0 {
        if (y < 0.0) != (m < 0.0) {
            m + y
        } else {
            m
        }
    } else {
        0.0f64.copysign(y)
    })
}

/// `divmod(x, y)` for floats, as CPython's `float_divmod`.
pub(crate) fn divmod(x: f64, y: f64) -> PyResult<(f64, f64)> {
    if y == 0.0 {
        return Err(zero_division());
    }
    let mut m = x % y;
    let mut div = (x - m) / y;
    if m != 0.0 {
        if (y < 0.0) != (m < 0.0) {
            m += y;
            div -= 1.0;
        }
    } else {
        m = 0.0f64.copysign(y);
    }
    let floordiv = if div != 0.0 {
        let mut f = div.floor();
        if div - f > 0.5 {
            f += 1.0;
        }
        f
    } else {
        0.0f64.copysign(x / y)
    };
    Ok((floordiv, m))
}

fn is_odd_integer(v: f64) -> bool {
    v.is_finite() && v.fract() == 0.0 && (v % 2.0).abs() == 1.0
}

/// `x ** y` for floats: a complex for a negative base and a fractional
/// exponent, CPython's errors otherwise.
pub(crate) fn float_pow(x: f64, y: f64) -> PyResult<Value> {
    if y == 0.0 {
        return Ok(Value::Float(1.0));
    }
    if x.is_nan() {
        return Ok(Value::Float(x));
    }
    if y.is_nan() {
        return Ok(Value::Float(if x == 1.0 { 1.0 } else { y }));
    }
    if y.is_infinite() {
        let a = x.abs();
        return Ok(Value::Float(if a == 1.0 {
            1.0
        } else if (y > 0.0) == (a > 1.0) {
            f64::INFINITY
        } else {
            0.0
        }));
    }
    if x.is_infinite() {
        let odd = is_odd_integer(y);
        return Ok(Value::Float(match (y > 0.0, odd) {
            (true, true) => x,
            (true, false) => x.abs(),
            (false, true) => 0.0f64.copysign(x),
            (false, false) => 0.0,
        }));
    }
    if x == 0.0 {
        if y < 0.0 {
            return Err(PyErr::msg(
                ExcKind::ZeroDivisionError,
                "zero to a negative power",
            ));
        }
        return Ok(Value::Float(if is_odd_integer(y) { x } else { 0.0 }));
    }
    let mut base = x;
    let mut negate = false;
    if x < 0.0 {
        if y != y.floor() {
            return crate::complex::pow((x, 0.0), (y, 0.0)).map(crate::complex::value);
        }
        base = -x;
        negate = is_odd_integer(y);
    }
    let r = if base == 1.0 { 1.0 } else { base.powf(y) };
    if r.is_infinite() {
        return Err(range_error());
    }
    Ok(Value::Float(if negate { -r } else { r }))
}

/// `float(text)`: CPython's grammar (underscores between digits,
/// `inf`/`infinity`/`nan` in any case, surrounding whitespace).
pub(crate) fn parse_float(text: &str) -> Option<f64> {
    let s = text.trim_matches(|c: char| c.is_whitespace());
    let bytes = s.as_bytes();
    let mut cleaned = String::with_capacity(s.len());
    for (i, &b) in bytes.iter().enumerate() {
        if b == b'_' {
            let digit_at =
                |j: Option<usize>| j.and_then(|j| bytes.get(j)).is_some_and(u8::is_ascii_digit);
            if !digit_at(i.checked_sub(1)) || !digit_at(Some(i + 1)) {
                return None;
            }
            continue;
        }
        if !b.is_ascii() {
            return None;
        }
        cleaned.push(char::from(b));
    }
    let unsigned = cleaned.trim_start_matches(['+', '-']);
    if unsigned.len() + 1 < cleaned.len() {
        return None;
    }
    let word = unsigned.to_ascii_lowercase();
    if matches!(word.as_str(), "inf" | "infinity" | "nan") {
        let v = if word == "nan" {
            fresh_nan()
        } else {
            f64::INFINITY
        };
        return Some(if cleaned.starts_with('-') { -v } else { v });
    }
    if !unsigned.starts_with(|c: char| c.is_ascii_digit() || c == '.') {
        return None;
    }
    cleaned.parse().ok()
}

thread_local! {
    static NAN_SERIAL: std::cell::Cell<u64> = const { std::cell::Cell::new(0) };
}

/// A NaN that is a new object: floats are unboxed, so a NaN's identity
/// (what `is`, dict/set keys and `in` test before equality) is its bits;
/// each `float('nan')` gets its own quiet-NaN payload, so two of them
/// are two keys while one finds itself, as in CPython. The payload never
/// shows: NaNs print and hash alike.
pub(crate) fn fresh_nan() -> f64 {
    let n = NAN_SERIAL.with(|c| {
        let n = c.get().wrapping_add(1);
        c.set(n);
        n
    });
    // 51 payload bits below the quiet bit; 0 is the canonical `math.nan`.
    f64::from_bits(0x7ff8_0000_0000_0000 | (n & 0x0007_ffff_ffff_ffff).max(1))
}

/// `float.is_integer()`.
pub(crate) fn is_integer(x: f64) -> bool {
    x.is_finite() && x.fract() == 0.0
}

/// `x.as_integer_ratio()`.
pub(crate) fn as_integer_ratio(x: f64) -> PyResult<(BigInt, BigInt)> {
    if x.is_infinite() {
        return Err(overflow("cannot convert Infinity to integer ratio"));
    }
    if x.is_nan() {
        return Err(value_error("cannot convert NaN to integer ratio"));
    }
    let (mant, exp) = decompose(x);
    let mut num = BigInt::from(mant);
    let mut den = BigInt::one();
    if exp >= 0 {
        num <<= exp as usize;
    } else {
        let tz = mant.trailing_zeros().min((-exp) as u32);
        num >>= tz as usize;
        den <<= (-exp) as usize - tz as usize;
    }
    if x < 0.0 {
        num = -num;
    }
    if mant == 0 {
        den = BigInt::one();
    }
    Ok((num, den))
}

/// `|x| = mant * 2**exp` exactly, for finite `x`.
fn decompose(x: f64) -> (u64, i64) {
    let bits = x.to_bits();
    let biased = ((bits >> 52) & 0x7ff) as i64;
    let frac = bits & ((1 << 52) - 1);
    if biased == 0 {
        (frac, -1074)
    } else {
        (frac | (1 << 52), biased - 1075)
    }
}

/// `float.hex()`.
pub(crate) fn to_hex(x: f64) -> String {
    if x.is_nan() {
        return "nan".to_owned();
    }
    let sign = if x.is_sign_negative() { "-" } else { "" };
    if x.is_infinite() {
        return format!("{sign}inf");
    }
    if x == 0.0 {
        return format!("{sign}0x0.0p+0");
    }
    let bits = x.to_bits();
    let biased = ((bits >> 52) & 0x7ff) as i64;
    let frac = bits & ((1 << 52) - 1);
    let (lead, exp) = if biased == 0 {
        (0, -1022)
    } else {
        (1, biased - 1023)
    };
    let esign = if exp < 0 { '-' } else { '+' };
    format!("{sign}0x{lead}.{frac:013x}p{esign}{}", exp.abs())
}

/// `float.fromhex(text)`.
pub(crate) fn from_hex(text: &str) -> PyResult<f64> {
    let invalid = || value_error("invalid hexadecimal floating-point string");
    let s = text.trim_matches(|c: char| c.is_whitespace());
    let (negative, s) = match s.as_bytes().first() {
        Some(b'-') => (true, &s[1..]),
        Some(b'+') => (false, &s[1..]),
        _ => (false, s),
    };
    let signed = |v: f64| if negative { -v } else { v };
    let lower = s.to_ascii_lowercase();
    if matches!(lower.as_str(), "inf" | "infinity") {
        return Ok(signed(f64::INFINITY));
    }
    if lower == "nan" {
        return Ok(signed(fresh_nan()));
    }
    let body = lower.strip_prefix("0x").unwrap_or(&lower);
    let (mantissa, exponent) = match body.split_once('p') {
        Some((m, e)) => (m, Some(e)),
        None => (body, None),
    };
    let (int_part, frac_part) = mantissa.split_once('.').unwrap_or((mantissa, ""));
    if int_part.is_empty() && frac_part.is_empty() {
        return Err(invalid());
    }
    let mut digits = Vec::new();
    for c in int_part.chars().chain(frac_part.chars()) {
        digits.push(c.to_digit(16).ok_or_else(invalid)? as u8);
    }
    let exp: i64 = match exponent {
        Some(e) => {
            let unsigned = e.trim_start_matches(['+', '-']);
            if unsigned.is_empty()
                || e.len() > unsigned.len() + 1
                || !unsigned.bytes().all(|b| b.is_ascii_digit())
            {
                return Err(invalid());
            }
            e.parse::<i64>().unwrap_or(if e.starts_with('-') {
                i64::MIN / 2
            } else {
                i64::MAX / 2
            })
        }
        None => 0,
    };
    let mant = BigInt::from_radix_be(num_bigint::Sign::Plus, &digits, 16).unwrap_or_default();
    let exp = exp.saturating_sub(4 * frac_part.len() as i64);
    let too_large = || overflow("hexadecimal value too large to represent as a float");
    if mant.is_zero() {
        return Ok(signed(0.0));
    }
    let top = exp + mant.bits() as i64;
    if top > 1025 {
        return Err(too_large());
    }
    if top < -1080 {
        return Ok(signed(0.0));
    }
    let v = if exp >= 0 {
        ratio_to_f64(&(mant << exp as usize), &BigInt::one())
    } else {
        ratio_to_f64(&mant, &(BigInt::one() << (-exp) as usize))
    };
    v.map(signed).ok_or_else(too_large)
}

/// `round(x, n)` for a float, correctly rounded half to even.
pub(crate) fn round_float(x: f64, n: i64) -> PyResult<f64> {
    if !x.is_finite() || x == 0.0 || n > 323 {
        return Ok(x);
    }
    if n < -308 {
        return Ok(0.0 * x);
    }
    if n >= 0 {
        let text = format!("{x:.*}", n as usize);
        return Ok(text.parse().unwrap_or(x));
    }
    // Round to a multiple of 10**k exactly, in big ints.
    let (num, den) = as_integer_ratio(x)?;
    let scale = num_traits::pow::Pow::pow(BigInt::from(10), (-n) as u32);
    let divisor = den * &scale;
    let (q, r) = num_integer::Integer::div_mod_floor(&num, &divisor);
    let twice: BigInt = r * 2;
    let q = match twice.cmp(&divisor) {
        std::cmp::Ordering::Greater => q + 1,
        std::cmp::Ordering::Equal if q.bit(0) => q + 1,
        _ => q,
    };
    let y = q * scale;
    if y.is_zero() {
        return Ok(0.0f64.copysign(x));
    }
    let f = crate::int_ops::big_to_f64_msg(&y.abs(), "rounded value too large to represent")?;
    Ok(if y.is_negative() { -f } else { f })
}

/// `round(x)` for a float: the nearest int, ties to even.
pub(crate) fn round_to_int(x: f64) -> PyResult<Value> {
    crate::int_ops::int_from_float(x.round_ties_even())
}
