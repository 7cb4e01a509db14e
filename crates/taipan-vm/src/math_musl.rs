//! `math.cosh`, `math.asinh`, `math.acosh` and `math.cbrt` as the
//! reference's C library (musl) computes them. The `libm` crate has the
//! same hyperbolic formulas, but on its own older `exp`/`log`, which differ
//! from the platform's (and the reference's) in the last bit; here they run
//! on the platform's. Its `cbrt` is a newer, correctly rounded one, while
//! musl runs Bruce Evans' (FreeBSD's) polynomial and Newton step.

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

/// The cube root: a 23-bit estimate from the exponent and a polynomial,
/// rounded to 22 bits, then one Newton step in full precision.
pub(crate) fn cbrt(x: f64) -> f64 {
    // (1023 - 1023/3 - 0.03306235651) * 2^20, and the same less 54/3 for
    // subnormals (scaled by 2^54 first).
    const B1: u32 = 715_094_163;
    const B2: u32 = 696_219_795;
    // |1/cbrt(r) - p(r)| < 2^-23.5
    const P: [f64; 5] = [
        1.875_951_824_271_77,
        -1.884_979_795_433_771_7,
        1.621_429_720_105_354_5,
        -0.758_397_934_778_766,
        0.145_996_192_886_612_45,
    ];
    let mut hx = (x.to_bits() >> 32) as u32 & 0x7fff_ffff;
    if hx >= 0x7ff0_0000 {
        return x + x;
    }
    if hx < 0x0010_0000 {
        let scaled = x * f64::from_bits(0x4350_0000_0000_0000);
        hx = (scaled.to_bits() >> 32) as u32 & 0x7fff_ffff;
        if hx == 0 {
            return x;
        }
        hx = hx / 3 + B2;
    } else {
        hx = hx / 3 + B1;
    }
    let sign = x.to_bits() & (1 << 63);
    let mut t = f64::from_bits(sign | (u64::from(hx) << 32));
    let r = (t * t) * (t / x);
    t *= (P[0] + r * (P[1] + r * P[2])) + ((r * r) * r) * (P[3] + r * P[4]);
    t = f64::from_bits((t.to_bits() + 0x8000_0000) & 0xffff_ffff_c000_0000);
    let s = t * t;
    let r = x / s;
    let w = t + t;
    let r = (r - t) / (w + r);
    t + t * r
}
