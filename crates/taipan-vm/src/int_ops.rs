//! `int` arithmetic past the small-int fast paths: big ints, correctly
//! rounded true division and int-to-float conversion, powers (and
//! modular powers), shifts, exact comparison with floats, and parsing
//! `int(text, base)` with CPython's grammar and 4300-digit limit.

use std::cell::Cell;
use std::cmp::Ordering;

use num_bigint::{BigInt, Sign};
use num_integer::Integer;
use num_traits::{One, Signed, ToPrimitive, Zero};
use taipan_bytecode::BinaryOpArg;

use crate::exception::{value_error, ExcKind, PyErr, PyResult};
use crate::value::Value;

thread_local! {
    /// `sys.get_int_max_str_digits()` (0 means no limit).
    static MAX_STR_DIGITS: Cell<usize> = const { Cell::new(4300) };
}

/// The current limit on decimal digits in int/str conversions.
pub(crate) fn max_str_digits() -> usize {
    MAX_STR_DIGITS.with(Cell::get)
}

/// Add `sys.get_int_max_str_digits` and `sys.set_int_max_str_digits`.
pub(crate) fn register_sys(set: &mut impl FnMut(&str, Value)) {
    let fns: [(&'static str, crate::value::NativeFn); 2] = [
        ("get_int_max_str_digits", sys_get_digits),
        ("set_int_max_str_digits", sys_set_digits),
    ];
    for (name, func) in fns {
        set(
            name,
            Value::obj(crate::value::Object::Builtin(crate::value::Builtin {
                name,
                func,
            })),
        );
    }
}

type Kw<'a> = &'a [(std::rc::Rc<str>, Value)];

fn sys_get_digits(_: &mut crate::Vm, _: &[Value], _: Kw) -> PyResult<Value> {
    Ok(Value::Int(max_str_digits() as i64))
}

fn sys_set_digits(_: &mut crate::Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let arg = match (args, kw) {
        ([v], []) => v,
        ([], [(k, v)]) if &**k == "maxdigits" => v,
        _ => {
            return Err(crate::exception::type_error(
                "set_int_max_str_digits() missing required argument 'maxdigits' (pos 1)",
            ))
        }
    };
    let n = crate::num_builtins::index_of(arg)?;
    match n.to_usize() {
        Some(n) if n == 0 || n >= 640 => {
            MAX_STR_DIGITS.with(|c| c.set(n));
            Ok(Value::None)
        }
        _ => Err(value_error("maxdigits must be >= 640 or 0 for unlimited")),
    }
}

/// An `OverflowError`.
pub(crate) fn overflow(msg: &str) -> Box<PyErr> {
    PyErr::msg(ExcKind::OverflowError, msg)
}

/// `ZeroDivisionError: division by zero`.
pub(crate) fn zero_division() -> Box<PyErr> {
    PyErr::msg(ExcKind::ZeroDivisionError, "division by zero")
}

/// `2**e` as a float, for `-1074 <= e <= 1023`.
fn pow2(e: i64) -> f64 {
    if e >= -1022 {
        f64::from_bits(((e + 1023) as u64) << 52)
    } else {
        f64::from_bits(1u64 << (e + 1074))
    }
}

/// `n / d` (both non-negative, `d > 0`) correctly rounded to a float
/// (half to even, subnormals included); `None` when it overflows.
pub(crate) fn ratio_to_f64(n: &BigInt, d: &BigInt) -> Option<f64> {
    if n.is_zero() {
        return Some(0.0);
    }
    let e = n.bits() as i64 - d.bits() as i64;
    if e > 1025 {
        return None;
    }
    // q = floor(n / (d * 2**s)) has 55..=57 bits; `sticky` keeps whether
    // anything was dropped.
    let s = e - 56;
    let (num, den) = if s >= 0 {
        (n.clone(), d << (s as usize))
    } else {
        (n << ((-s) as usize), d.clone())
    };
    let (q, r) = num.div_rem(&den);
    let top = s + q.bits() as i64 - 1;
    let lsb = (top - 52).max(-1074);
    let shift = lsb - s;
    let kept: BigInt = &q >> (shift as usize);
    let rest = &q - (&kept << (shift as usize));
    let half = BigInt::one() << ((shift - 1) as usize);
    let mut m = kept.to_u64()?;
    let round_up = match rest.cmp(&half) {
        Ordering::Greater => true,
        Ordering::Equal => !r.is_zero() || m & 1 == 1,
        Ordering::Less => false,
    };
    if round_up {
        m += 1;
    }
    if top > 1023 {
        return None;
    }
    let f = m as f64 * pow2(lsb);
    f.is_finite().then_some(f)
}

/// A big int as a float, or `OverflowError` with `msg`.
pub(crate) fn big_to_f64_msg(b: &BigInt, msg: &str) -> PyResult<f64> {
    if let Some(i) = b.to_i64() {
        return Ok(i as f64);
    }
    let f = ratio_to_f64(&b.abs(), &BigInt::one()).ok_or_else(|| overflow(msg))?;
    Ok(if b.is_negative() { -f } else { f })
}

/// A big int as a float (`int too large to convert to float`).
pub(crate) fn big_to_f64(b: &BigInt) -> PyResult<f64> {
    big_to_f64_msg(b, "int too large to convert to float")
}

/// The exact integer part of a finite float.
pub(crate) fn float_to_big(f: f64) -> BigInt {
    let f = f.trunc();
    if f.abs() < 9.0e18 {
        return BigInt::from(f as i64);
    }
    let bits = f.to_bits();
    let exp = ((bits >> 52) & 0x7ff) as i64 - 1075;
    let mant = (bits & ((1 << 52) - 1)) | (1 << 52);
    // Past 9e18 the exponent is positive: the value is mant * 2**exp.
    let b = BigInt::from(mant) << (exp.max(0) as usize);
    if f < 0.0 {
        -b
    } else {
        b
    }
}

/// `int(f)` for a float: `OverflowError`/`ValueError` for inf and nan.
pub(crate) fn int_from_float(f: f64) -> PyResult<Value> {
    if f.is_nan() {
        return Err(value_error("cannot convert float NaN to integer"));
    }
    if f.is_infinite() {
        return Err(overflow("cannot convert float infinity to integer"));
    }
    Ok(Value::from_bigint(float_to_big(f)))
}

/// `a / b` for ints, correctly rounded.
pub(crate) fn true_divide(a: &BigInt, b: &BigInt) -> PyResult<f64> {
    if b.is_zero() {
        return Err(zero_division());
    }
    const EXACT: u64 = 1 << 53;
    if let (Some(x), Some(y)) = (a.to_i64(), b.to_i64()) {
        if x.unsigned_abs() <= EXACT && y.unsigned_abs() <= EXACT {
            return Ok(x as f64 / y as f64);
        }
    }
    let q = ratio_to_f64(&a.abs(), &b.abs())
        .ok_or_else(|| overflow("integer division result too large for a float"))?;
    Ok(if a.is_negative() != b.is_negative() {
        -q
    } else {
        q
    })
}

/// Exact comparison of an int with a float; `None` if `f` is NaN.
pub(crate) fn cmp_int_float(i: &BigInt, f: f64) -> Option<Ordering> {
    if f.is_nan() {
        return None;
    }
    if f.is_infinite() {
        return Some(if f > 0.0 {
            Ordering::Less
        } else {
            Ordering::Greater
        });
    }
    if let Some(small) = i.to_i64() {
        if small.unsigned_abs() <= 1 << 53 {
            return (small as f64).partial_cmp(&f);
        }
    }
    let fl = f.floor();
    match i.cmp(&float_to_big(fl)) {
        Ordering::Equal if f > fl => Some(Ordering::Less),
        ord => Some(ord),
    }
}

/// Exact comparison of two real numbers (ints, bools, floats): `None` if
/// either is not one, `Some(None)` if a NaN is involved.
pub(crate) fn num_cmp(a: &Value, b: &Value) -> Option<Option<Ordering>> {
    const EXACT: u64 = 1 << 53;
    match (a, b) {
        (Value::Float(x), Value::Float(y)) => Some(x.partial_cmp(y)),
        (Value::Int(i), Value::Float(y)) if i.unsigned_abs() <= EXACT => {
            Some((*i as f64).partial_cmp(y))
        }
        (Value::Float(x), Value::Int(i)) if i.unsigned_abs() <= EXACT => {
            Some(x.partial_cmp(&(*i as f64)))
        }
        (Value::Float(x), _) => Some(cmp_int_float(&int_value(b)?, *x).map(Ordering::reverse)),
        (_, Value::Float(y)) => Some(cmp_int_float(&int_value(a)?, *y)),
        _ => Some(Some(int_value(a)?.cmp(&int_value(b)?))),
    }
}

/// The value of an int or bool.
fn int_value(v: &Value) -> Option<BigInt> {
    match v {
        Value::Float(_) => None,
        _ => v.as_bigint(),
    }
}

/// The int operators on two ints (bools included); `None` for operators
/// ints do not have.
pub(crate) fn big_int_op(op: BinaryOpArg, x: BigInt, y: BigInt) -> PyResult<Option<Value>> {
    let r = match op {
        BinaryOpArg::ADD => x + y,
        BinaryOpArg::SUBTRACT => x - y,
        BinaryOpArg::MULTIPLY => x * y,
        BinaryOpArg::FLOOR_DIVIDE | BinaryOpArg::REMAINDER if y.is_zero() => {
            return Err(zero_division())
        }
        BinaryOpArg::FLOOR_DIVIDE => x.div_floor(&y),
        BinaryOpArg::REMAINDER => x.mod_floor(&y),
        BinaryOpArg::TRUE_DIVIDE => return Ok(Some(Value::Float(true_divide(&x, &y)?))),
        BinaryOpArg::AND => x & y,
        BinaryOpArg::OR => x | y,
        BinaryOpArg::XOR => x ^ y,
        BinaryOpArg::LSHIFT => shift_left(x, &y)?,
        BinaryOpArg::RSHIFT => shift_right(x, &y)?,
        BinaryOpArg::POWER => return int_pow(&x, &y).map(Some),
        _ => return Ok(None),
    };
    Ok(Some(Value::from_bigint(r)))
}

fn shift_left(x: BigInt, n: &BigInt) -> PyResult<BigInt> {
    if n.is_negative() {
        return Err(value_error("negative shift count"));
    }
    if x.is_zero() {
        return Ok(x);
    }
    // Past 2**32 bits (512 MiB) the result is refused rather than built.
    match n.to_u64() {
        Some(k) if k < (1 << 32) => Ok(x << k as usize),
        Some(k) if k < (1 << 60) => Err(PyErr::new(ExcKind::MemoryError, Vec::new())),
        _ => Err(overflow("too many digits in integer")),
    }
}

fn shift_right(x: BigInt, n: &BigInt) -> PyResult<BigInt> {
    if n.is_negative() {
        return Err(value_error("negative shift count"));
    }
    match n.to_u64() {
        Some(k) if k < x.bits() + 1 => Ok(x >> (k as usize)),
        _ => Ok(if x.is_negative() {
            BigInt::from(-1)
        } else {
            BigInt::zero()
        }),
    }
}

/// `x ** y` for ints: an int, or a float for a negative exponent.
pub(crate) fn int_pow(x: &BigInt, y: &BigInt) -> PyResult<Value> {
    if y.is_negative() {
        if x.is_zero() {
            return Err(PyErr::msg(
                ExcKind::ZeroDivisionError,
                "zero to a negative power",
            ));
        }
        let a = big_to_f64(x)?;
        let b = big_to_f64(y)?;
        return crate::float_ops::float_pow(a, b);
    }
    if x.is_zero() || x.is_one() {
        return Ok(Value::from_bigint(if y.is_zero() {
            BigInt::one()
        } else {
            x.clone()
        }));
    }
    if *x == BigInt::from(-1) {
        return Ok(Value::Int(if y.is_even() { 1 } else { -1 }));
    }
    let Some(e) = y.to_u32() else {
        return Err(PyErr::new(ExcKind::MemoryError, Vec::new()));
    };
    if let (Some(b), true) = (x.to_i64(), e < 64) {
        if let Some(r) = b.checked_pow(e) {
            return Ok(Value::Int(r));
        }
    }
    if x.bits().saturating_mul(u64::from(e)) > 1 << 32 {
        return Err(PyErr::new(ExcKind::MemoryError, Vec::new()));
    }
    Ok(Value::from_bigint(num_traits::pow::Pow::pow(x, e)))
}

/// `pow(a, b, m)` for ints, with a modular inverse for negative `b`.
pub(crate) fn pow_mod(a: &BigInt, b: &BigInt, m: &BigInt) -> PyResult<Value> {
    if m.is_zero() {
        return Err(value_error("pow() 3rd argument cannot be 0"));
    }
    let modulus = m.abs();
    let (base, exp) = if b.is_negative() {
        let inv = mod_inverse(&a.mod_floor(&modulus), &modulus)
            .ok_or_else(|| value_error("base is not invertible for the given modulus"))?;
        (inv, -b)
    } else {
        (a.mod_floor(&modulus), b.clone())
    };
    let r = base.modpow(&exp, &modulus);
    // The result takes the sign of m, as `%` does.
    let r = if m.is_negative() && !r.is_zero() {
        r - &modulus
    } else {
        r
    };
    Ok(Value::from_bigint(r))
}

/// The inverse of `a` modulo `m` (`0 <= a < m`), if it exists.
fn mod_inverse(a: &BigInt, m: &BigInt) -> Option<BigInt> {
    if m.is_one() {
        return Some(BigInt::zero());
    }
    let e = a.extended_gcd(m);
    e.gcd.is_one().then(|| e.x.mod_floor(m))
}

/// Decimal text of an int, with the `sys.set_int_max_str_digits` limit.
pub(crate) fn int_to_decimal(b: &BigInt) -> PyResult<String> {
    let limit = max_str_digits();
    // 3.3219... bits per decimal digit: only ints near the limit are
    // converted before checking.
    if limit > 0 && b.bits() > (limit as u64 + 1) * 3322 / 1000 + 8 {
        return Err(str_limit_error(None));
    }
    let text = b.to_string();
    if limit > 0 && text.trim_start_matches('-').len() > limit {
        return Err(str_limit_error(None));
    }
    Ok(text)
}

/// The `ValueError` past the digit limit (`digits` when parsing).
fn str_limit_error(digits: Option<usize>) -> Box<PyErr> {
    let limit = max_str_digits();
    let has = digits.map_or(String::new(), |n| format!(": value has {n} digits"));
    value_error(format!(
        "Exceeds the limit ({limit} digits) for integer string conversion{has}; \
         use sys.set_int_max_str_digits() to increase the limit"
    ))
}

/// The value of a decimal digit of any script (Unicode category Nd).
pub(crate) fn decimal_value(c: char) -> Option<u32> {
    use unicode_general_category::{get_general_category, GeneralCategory};
    if c.is_ascii_digit() {
        return c.to_digit(10);
    }
    let is_nd = |c: char| get_general_category(c) == GeneralCategory::DecimalNumber;
    if c.is_ascii() || !is_nd(c) {
        return None;
    }
    // Nd digits come in runs of ten, zero to nine; the run may hold
    // several sets (mathematical digits), hence the modulo.
    let mut start = c as u32;
    while let Some(prev) = start.checked_sub(1).and_then(char::from_u32) {
        if !is_nd(prev) || c as u32 - prev as u32 > 100 {
            break;
        }
        start -= 1;
    }
    Some((c as u32 - start) % 10)
}

/// `text` with decimal digits of every script made ASCII and Unicode
/// spaces made `' '`, as CPython does before parsing numbers.
pub(crate) fn ascii_digits(text: &str) -> std::borrow::Cow<'_, str> {
    if text.is_ascii() {
        return std::borrow::Cow::Borrowed(text);
    }
    text.chars()
        .map(|c| match decimal_value(c) {
            Some(d) if !c.is_ascii() => char::from(b'0' + d as u8),
            _ if !c.is_ascii() && c.is_whitespace() => ' ',
            _ => c,
        })
        .collect::<String>()
        .into()
}

/// `int(text, base)`: `None` if the text is not a valid literal.
pub(crate) fn parse_int(text: &str, base: u32) -> PyResult<Option<BigInt>> {
    let s = text.trim_matches(|c: char| c.is_whitespace());
    let (negative, s) = match s.as_bytes().first() {
        Some(b'-') => (true, &s[1..]),
        Some(b'+') => (false, &s[1..]),
        _ => (false, s),
    };
    let lower = s.get(..2).map(str::to_ascii_lowercase);
    let prefixed = |p: &str, b: u32| (base == 0 || base == b) && lower.as_deref() == Some(p);
    let (base, body, had_prefix) = if prefixed("0x", 16) {
        (16, &s[2..], true)
    } else if prefixed("0o", 8) {
        (8, &s[2..], true)
    } else if prefixed("0b", 2) {
        (2, &s[2..], true)
    } else if base == 0 {
        // No prefix: decimal, and no leading zeros unless it is all zeros.
        let digits = s.trim_start_matches(['0', '_']);
        if s.starts_with('0') && !digits.is_empty() {
            return Ok(None);
        }
        (10, s, false)
    } else {
        (base, s, false)
    };
    let mut digits = Vec::with_capacity(body.len());
    let mut prev_underscore = !had_prefix;
    for c in body.chars() {
        if c == '_' {
            if prev_underscore {
                return Ok(None);
            }
            prev_underscore = true;
            continue;
        }
        match c
            .to_digit(base)
            .or_else(|| decimal_value(c).filter(|d| *d < base))
        {
            Some(d) => digits.push(d as u8),
            None => return Ok(None),
        }
        prev_underscore = false;
    }
    if digits.is_empty() || (prev_underscore && !body.is_empty()) {
        return Ok(None);
    }
    let limit = max_str_digits();
    if !base.is_power_of_two() && limit > 0 && digits.len() > limit {
        return Err(str_limit_error(Some(digits.len())));
    }
    let n = BigInt::from_radix_be(Sign::Plus, &digits, base).unwrap_or_default();
    Ok(Some(if negative { -n } else { n }))
}
