//! `complex`: arithmetic (with 3.14's mixed real/complex rules),
//! powers, `abs`, hashing, `complex(text)` and `complex(re, im)`.

use taipan_bytecode::BinaryOpArg;

use crate::exception::{type_error, value_error, ExcKind, PyErr, PyResult};
use crate::int_ops::{big_to_f64, overflow, zero_division};
use crate::types::type_name;
use crate::value::{Object, Value};

/// A complex number as `(real, imag)`.
pub(crate) type C = (f64, f64);

/// A complex value.
pub(crate) fn value(c: C) -> Value {
    Value::obj(Object::Complex(c.0, c.1))
}

/// The parts of a complex value.
pub(crate) fn as_complex(v: &Value) -> Option<C> {
    match v.as_obj() {
        Some(Object::Complex(re, im)) => Some((*re, *im)),
        _ => None,
    }
}

/// An operand of mixed arithmetic: a real or a complex.
#[derive(Clone, Copy)]
enum Operand {
    Real(f64),
    Complex(C),
}

/// The real value of an int, bool or float (ints may overflow).
pub(crate) fn real_of(v: &Value) -> Option<PyResult<f64>> {
    match v {
        Value::Float(f) => Some(Ok(*f)),
        Value::Int(i) => Some(Ok(*i as f64)),
        Value::Bool(b) => Some(Ok(f64::from(u8::from(*b)))),
        Value::Obj(o) => match &**o {
            Object::BigInt(b) => Some(big_to_f64(b)),
            _ => None,
        },
        _ => None,
    }
}

fn operand(v: &Value) -> Option<PyResult<Operand>> {
    match as_complex(v) {
        Some(c) => Some(Ok(Operand::Complex(c))),
        None => real_of(v).map(|r| r.map(Operand::Real)),
    }
}

/// `a <op> b` when either side is a complex and the other a number;
/// `None` when the operation does not apply.
pub(crate) fn binary_op(op: BinaryOpArg, a: &Value, b: &Value) -> Option<PyResult<Value>> {
    if as_complex(a).is_none() && as_complex(b).is_none() {
        return None;
    }
    let x = operand(a)?;
    let y = operand(b)?;
    if !matches!(
        op,
        BinaryOpArg::ADD
            | BinaryOpArg::SUBTRACT
            | BinaryOpArg::MULTIPLY
            | BinaryOpArg::TRUE_DIVIDE
            | BinaryOpArg::POWER
    ) {
        return None;
    }
    Some(x.and_then(|x| y.and_then(|y| mixed(op, x, y))).map(value))
}

fn full(o: Operand) -> C {
    match o {
        Operand::Real(r) => (r, 0.0),
        Operand::Complex(c) => c,
    }
}

fn mixed(op: BinaryOpArg, x: Operand, y: Operand) -> PyResult<C> {
    use Operand::{Complex as Cx, Real};
    Ok(match (op, x, y) {
        (BinaryOpArg::ADD, Cx(a), Real(r)) | (BinaryOpArg::ADD, Real(r), Cx(a)) => (a.0 + r, a.1),
        (BinaryOpArg::ADD, _, _) => {
            let (a, b) = (full(x), full(y));
            (a.0 + b.0, a.1 + b.1)
        }
        (BinaryOpArg::SUBTRACT, Cx(a), Real(r)) => (a.0 - r, a.1),
        (BinaryOpArg::SUBTRACT, Real(r), Cx(b)) => (r - b.0, -b.1),
        (BinaryOpArg::SUBTRACT, _, _) => {
            let (a, b) = (full(x), full(y));
            (a.0 - b.0, a.1 - b.1)
        }
        (BinaryOpArg::MULTIPLY, Cx(a), Real(r)) | (BinaryOpArg::MULTIPLY, Real(r), Cx(a)) => {
            (a.0 * r, a.1 * r)
        }
        (BinaryOpArg::MULTIPLY, _, _) => prod(full(x), full(y)),
        (BinaryOpArg::TRUE_DIVIDE, Cx(a), Real(r)) => {
            if r == 0.0 {
                return Err(zero_division());
            }
            (a.0 / r, a.1 / r)
        }
        (BinaryOpArg::TRUE_DIVIDE, Real(r), Cx(b)) => real_quot(r, b)?,
        (BinaryOpArg::TRUE_DIVIDE, _, _) => quot(full(x), full(y))?,
        _ => pow(full(x), full(y))?,
    })
}

/// `a * b`, recovering infinities that come out as `nan+nanj` (C11
/// Annex G, as CPython 3.14 does).
pub(crate) fn prod(z: C, w: C) -> C {
    let ((mut a, mut b), (mut c, mut d)) = (z, w);
    let (ac, bd, ad, bc) = (a * c, b * d, a * d, b * c);
    let r = (ac - bd, ad + bc);
    if !(r.0.is_nan() && r.1.is_nan()) {
        return r;
    }
    let unit = |v: f64| (if v.is_infinite() { 1.0f64 } else { 0.0 }).copysign(v);
    let zero_nan = |v: f64| if v.is_nan() { 0.0f64.copysign(v) } else { v };
    let mut recalc = false;
    if a.is_infinite() || b.is_infinite() {
        (a, b, c, d) = (unit(a), unit(b), zero_nan(c), zero_nan(d));
        recalc = true;
    }
    if c.is_infinite() || d.is_infinite() {
        (c, d, a, b) = (unit(c), unit(d), zero_nan(a), zero_nan(b));
        recalc = true;
    }
    if !recalc && [ac, bd, ad, bc].iter().any(|v| v.is_infinite()) {
        (a, b, c, d) = (zero_nan(a), zero_nan(b), zero_nan(c), zero_nan(d));
        recalc = true;
    }
    if recalc {
        (
            f64::INFINITY * (a * c - b * d),
            f64::INFINITY * (a * d + b * c),
        )
    } else {
        r
    }
}

/// `a / b` (Smith's method, with C99's recovery of infinities and zeros).
pub(crate) fn quot(a: C, b: C) -> PyResult<C> {
    let (abs_re, abs_im) = (b.0.abs(), b.1.abs());
    let mut r = if abs_re >= abs_im {
        if abs_re == 0.0 {
            return Err(zero_division());
        }
        let ratio = b.1 / b.0;
        let denom = b.0 + b.1 * ratio;
        ((a.0 + a.1 * ratio) / denom, (a.1 - a.0 * ratio) / denom)
    } else if abs_im >= abs_re {
        let ratio = b.0 / b.1;
        let denom = b.0 * ratio + b.1;
        ((a.0 * ratio + a.1) / denom, (a.1 * ratio - a.0) / denom)
    } else {
        (f64::NAN, f64::NAN)
    };
    if r.0.is_nan() && r.1.is_nan() {
        let unit = |v: f64| (if v.is_infinite() { 1.0f64 } else { 0.0 }).copysign(v);
        if (a.0.is_infinite() || a.1.is_infinite()) && b.0.is_finite() && b.1.is_finite() {
            let (x, y) = (unit(a.0), unit(a.1));
            r = (
                f64::INFINITY * (x * b.0 + y * b.1),
                f64::INFINITY * (y * b.0 - x * b.1),
            );
        } else if (abs_re.is_infinite() || abs_im.is_infinite())
            && a.0.is_finite()
            && a.1.is_finite()
        {
            let (x, y) = (unit(b.0), unit(b.1));
            r = (0.0 * (a.0 * x + a.1 * y), 0.0 * (a.1 * x - a.0 * y));
        }
    }
    Ok(r)
}

/// `a / b` for a real `a` (Smith's method without the zero imaginary
/// part, so the signs of zero results come out as in CPython 3.14).
fn real_quot(a: f64, b: C) -> PyResult<C> {
    let (abs_re, abs_im) = (b.0.abs(), b.1.abs());
    if abs_re >= abs_im {
        if abs_re == 0.0 {
            return Err(zero_division());
        }
        let ratio = b.1 / b.0;
        let denom = b.0 + b.1 * ratio;
        Ok((a / denom, (-a * ratio) / denom))
    } else if abs_im >= abs_re {
        let ratio = b.0 / b.1;
        let denom = b.0 * ratio + b.1;
        Ok(((a * ratio) / denom, (-a) / denom))
    } else {
        quot((a, 0.0), b)
    }
}

fn zero_power() -> Box<PyErr> {
    PyErr::msg(
        ExcKind::ZeroDivisionError,
        "zero to a negative or complex power",
    )
}

/// `a ** b`: repeated squaring for small integral exponents.
pub(crate) fn pow(a: C, b: C) -> PyResult<C> {
    let r = if b.1 == 0.0 && b.0 == b.0.floor() && b.0.abs() <= 100.0 {
        let n = b.0 as i64;
        if n >= 0 {
            powu(a, n as u64)
        } else {
            if a == (0.0, 0.0) {
                return Err(zero_power());
            }
            quot((1.0, 0.0), powu(a, n.unsigned_abs()))?
        }
    } else if b == (0.0, 0.0) {
        (1.0, 0.0)
    } else if a.0 == 0.0 && a.1 == 0.0 {
        if b.1 != 0.0 || b.0 < 0.0 {
            return Err(zero_power());
        }
        (0.0, 0.0)
    } else {
        // The reference interpreter's C library (musl) computes hypot,
        // atan2, cos and sin as the `libm` crate does (glibc's round
        // differently in the last bit); its exp and log are the platform's.
        let vabs = libm::hypot(a.0, a.1);
        let mut len = vabs.powf(b.0);
        let at = libm::atan2(a.1, a.0);
        let mut phase = at * b.0;
        if b.1 != 0.0 {
            len /= (at * b.1).exp();
            phase += b.1 * vabs.ln();
        }
        (len * libm::cos(phase), len * libm::sin(phase))
    };
    if r.0.is_infinite() || r.1.is_infinite() {
        return Err(overflow("complex exponentiation"));
    }
    Ok(r)
}

fn powu(x: C, n: u64) -> C {
    let (mut r, mut p, mut mask) = ((1.0, 0.0), x, 1u64);
    while mask > 0 && n >= mask {
        if n & mask != 0 {
            r = prod(r, p);
        }
        mask <<= 1;
        p = prod(p, p);
    }
    r
}

/// `abs(z)`.
pub(crate) fn abs(z: C) -> PyResult<f64> {
    if !z.0.is_finite() || !z.1.is_finite() {
        if z.0.is_infinite() || z.1.is_infinite() {
            return Ok(f64::INFINITY);
        }
        return Ok(f64::NAN);
    }
    let r = libm::hypot(z.0, z.1);
    if r.is_infinite() {
        return Err(overflow("absolute value too large"));
    }
    Ok(r)
}

/// `hash(z)`, combined from the parts' hashes as CPython does.
pub(crate) fn hash(z: C, part_hash: impl Fn(f64) -> i64) -> i64 {
    let h = (part_hash(z.0) as u64).wrapping_add((part_hash(z.1) as u64).wrapping_mul(1_000_003))
        as i64;
    if h == -1 {
        -2
    } else {
        h
    }
}

/// The longest prefix of `s` that is a float literal (`inf`/`nan`
/// words included), with its length.
fn float_prefix(s: &str) -> Option<(f64, usize)> {
    let b = s.as_bytes();
    let mut i = 0;
    if matches!(b.first(), Some(b'+' | b'-')) {
        i = 1;
    }
    let rest = s[i..].to_ascii_lowercase();
    for word in ["infinity", "inf", "nan"] {
        if rest.starts_with(word) {
            let end = i + word.len();
            return crate::float_ops::parse_float(&s[..end]).map(|f| (f, end));
        }
    }
    let digits_at = |mut j: usize| {
        let start = j;
        while j < b.len() && (b[j].is_ascii_digit() || (b[j] == b'_' && j > start)) {
            j += 1;
        }
        j
    };
    let int_end = digits_at(i);
    let mut end = int_end;
    if b.get(end) == Some(&b'.') {
        end = digits_at(end + 1);
    }
    if end == i || (end == i + 1 && b.get(i) == Some(&b'.')) {
        return None;
    }
    if matches!(b.get(end), Some(b'e' | b'E')) {
        let mut j = end + 1;
        if matches!(b.get(j), Some(b'+' | b'-')) {
            j += 1;
        }
        let k = digits_at(j);
        if k > j {
            end = k;
        }
    }
    crate::float_ops::parse_float(&s[..end]).map(|f| (f, end))
}

/// `complex(text)`.
pub(crate) fn parse(text: &str) -> PyResult<C> {
    let malformed = || value_error("complex() arg is a malformed string");
    let mut s = text.trim_matches(|c: char| c.is_whitespace());
    if let Some(inner) = s.strip_prefix('(') {
        s = inner
            .strip_suffix(')')
            .ok_or_else(malformed)?
            .trim_matches(|c: char| c.is_whitespace());
    }
    let is_j = |s: &str| matches!(s.as_bytes().first(), Some(b'j' | b'J'));
    let sign_of = |s: &str| match s.as_bytes().first() {
        Some(b'-') => Some(-1.0),
        Some(b'+') => Some(1.0),
        _ => None,
    };
    let (re, im, rest) = match float_prefix(s) {
        Some((z, n)) => {
            let after = &s[n..];
            if is_j(after) {
                (0.0, z, &after[1..])
            } else if let Some(sign) = sign_of(after) {
                match float_prefix(after) {
                    Some((y, m)) if is_j(&after[m..]) => (z, y, &after[m + 1..]),
                    None if is_j(&after[1..]) => (z, sign, &after[2..]),
                    _ => return Err(malformed()),
                }
            } else {
                (z, 0.0, after)
            }
        }
        None => match sign_of(s) {
            Some(sign) if is_j(&s[1..]) => (0.0, sign, &s[2..]),
            None if is_j(s) => (0.0, 1.0, &s[1..]),
            _ => return Err(malformed()),
        },
    };
    if !rest.is_empty() {
        return Err(malformed());
    }
    Ok((re, im))
}

/// A number's parts for `complex(re, im)`; `None` for non-numbers.
fn parts(v: &Value) -> Option<PyResult<C>> {
    match as_complex(v) {
        Some(c) => Some(Ok(c)),
        None => real_of(v).map(|r| r.map(|r| (r, 0.0))),
    }
}

/// `complex(real=0, imag=0)`.
pub(crate) fn construct(args: &[Value]) -> PyResult<Value> {
    let (Some(re), im) = (args.first(), args.get(1)) else {
        return Ok(value((0.0, 0.0)));
    };
    let Some(im) = im else {
        if let Some(s) = re.as_str() {
            return parse(&crate::int_ops::ascii_digits(s)).map(value);
        }
        return match parts(re) {
            Some(r) => r.map(value),
            None => Err(type_error(format!(
                "complex() argument must be a string or a number, not {}",
                type_name(re)
            ))),
        };
    };
    let not_real = |which: &str, v: &Value| {
        type_error(format!(
            "complex() argument '{which}' must be a real number, not {}",
            type_name(v)
        ))
    };
    let r = parts(re).ok_or_else(|| not_real("real", re))??;
    let i = parts(im).ok_or_else(|| not_real("imag", im))??;
    // complex(a, b) == a + b*1j, with real parts kept exact (signed zeros).
    let real = if as_complex(im).is_some() {
        r.0 - i.1
    } else {
        r.0
    };
    let imag = if as_complex(re).is_some() {
        i.0 + r.1
    } else {
        i.0
    };
    Ok(value((real, imag)))
}

/// Whether `v` is a complex with a zero imaginary part equal to `other`'s
/// real value (`complex == int/float`).
pub(crate) fn eq(a: &Value, b: &Value) -> Option<bool> {
    let (z, other) = match (as_complex(a), as_complex(b)) {
        (Some(x), Some(y)) => return Some(x == y),
        (Some(z), None) => (z, b),
        (None, Some(z)) => (z, a),
        (None, None) => return None,
    };
    if z.1 != 0.0 {
        return real_of(other).map(|_| false);
    }
    match other {
        Value::Float(f) => Some(z.0 == *f),
        _ => other
            .as_bigint()
            .map(|i| crate::int_ops::cmp_int_float(&i, z.0) == Some(std::cmp::Ordering::Equal)),
    }
}
