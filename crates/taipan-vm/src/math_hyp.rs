//! `math.cosh`, `math.asinh` and `math.acosh` as the reference's C library
//! (musl) computes them: the `libm` crate has the same formulas, but on
//! its own older `exp`/`log`, which differ from the platform's (and the
//! reference's) in the last bit; here they run on the platform's.

use std::f64::consts::LN_2;

/// The hyperbolic cosine.
pub(crate) fn cosh(x: f64) -> f64 {
    let a = x.abs();
    if a.is_nan() {
        return x;
    }
    // musl compares the high 32 bits: |x| < 0x3fe62e42_00000000 (~ln 2).
    if a < f64::from_bits(0x3fe6_2e42_0000_0000) {
        if a < f64::from_bits(0x3e50_0000_0000_0000) {
            // |x| < 2^-26: cosh(x) rounds to 1.
            return 1.0;
        }
        let t = libm::expm1(a);
        return 1.0 + t * t / (2.0 * (1.0 + t));
    }
    if a < f64::from_bits(0x4086_2e42_0000_0000) {
        let t = a.exp();
        return 0.5 * (t + 1.0 / t);
    }
    // exp(a) would overflow: exp(a - 2043 ln 2) times 2^2043, in halves.
    let scale = f64::from_bits((0x3ff + 2043 / 2) << 52);
    (a - 2043.0 * LN_2).exp() * scale * scale
}

/// The inverse hyperbolic sine.
pub(crate) fn asinh(x: f64) -> f64 {
    let a = x.abs();
    let r = if a >= f64::from_bits(0x4190_0000_0000_0000) || a.is_nan() {
        // |x| >= 2^26: sqrt(x*x + 1) is |x|.
        a.ln() + LN_2
    } else if a >= 2.0 {
        (2.0 * a + 1.0 / ((a * a + 1.0).sqrt() + a)).ln()
    } else if a >= f64::from_bits(0x3e50_0000_0000_0000) {
        libm::log1p(a + a * a / ((a * a + 1.0).sqrt() + 1.0))
    } else {
        a
    };
    if x.is_sign_negative() {
        -r
    } else {
        r
    }
}

/// The inverse hyperbolic cosine (NaN below 1).
pub(crate) fn acosh(x: f64) -> f64 {
    if x < 2.0 {
        let t = x - 1.0;
        return libm::log1p(t + (t * t + 2.0 * t).sqrt());
    }
    if x < f64::from_bits(0x4190_0000_0000_0000) {
        return (2.0 * x - 1.0 / (x + (x * x - 1.0).sqrt())).ln();
    }
    x.ln() + LN_2
}
