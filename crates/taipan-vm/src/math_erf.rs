//! `math.erf` and `math.erfc` as the C libraries CPython calls compute them
//! (glibc and musl share Sun's fdlibm algorithm).
//!
//! The `libm` crate has the same algorithm, but its `exp` is the older
//! FreeBSD one, which differs from the C libraries' in the last bit; the
//! tails (|x| >= 1.25) go through `exp`, so they are computed here with the
//! platform's `f64::exp`. Smaller arguments use no `exp` and stay with
//! `libm`. The rational approximations' coefficients are fdlibm's
//! (Copyright (C) 1993 by Sun Microsystems, Inc.: "Permission to use, copy,
//! modify, and distribute this software is freely granted, provided that
//! this notice is preserved").

/// Numerator of the tail approximation for 1.25 <= |x| < 1/0.35.
const RA: [f64; 8] = [
    -0.009864944034847148,
    -0.6938585727071818,
    -10.558626225323291,
    -62.375332450326006,
    -162.39666946257347,
    -184.60509290671104,
    -81.2874355063066,
    -9.814329344169145,
];
/// Denominator (after the leading 1) for 1.25 <= |x| < 1/0.35.
const SA: [f64; 8] = [
    19.651271667439257,
    137.65775414351904,
    434.56587747522923,
    645.3872717332679,
    429.00814002756783,
    108.63500554177944,
    6.570249770319282,
    -0.0604244152148581,
];
/// Numerator of the tail approximation for 1/0.35 <= |x| < 28.
const RB: [f64; 7] = [
    -0.0098649429247001,
    -0.799283237680523,
    -17.757954917754752,
    -160.63638485582192,
    -637.5664433683896,
    -1025.0951316110772,
    -483.5191916086514,
];
/// Denominator (after the leading 1) for 1/0.35 <= |x| < 28.
const SB: [f64; 7] = [
    30.33806074348246,
    325.7925129965739,
    1536.729586084437,
    3199.8582195085955,
    2553.0504064331644,
    474.52854120695537,
    -22.44095244658582,
];

/// `c[0] + s*(c[1] + s*(...))`.
fn horner(c: &[f64], s: f64) -> f64 {
    c.iter().rev().fold(0.0, |acc, &k| acc * s + k)
}

/// `erfc(|x|)` for 1.25 <= |x| < 28.
fn tail(x: f64) -> f64 {
    let x = x.abs();
    let s = 1.0 / (x * x);
    let (r, q) = if x < 1.0 / 0.35 {
        (horner(&RA, s), 1.0 + s * horner(&SA, s))
    } else {
        (horner(&RB, s), 1.0 + s * horner(&SB, s))
    };
    // x with the low 32 bits of its mantissa cleared, so z*z is exact.
    let z = f64::from_bits(x.to_bits() & 0xffff_ffff_0000_0000);
    (-z * z - 0.5625).exp() * ((z - x) * (z + x) + r / q).exp() / x
}

/// The error function.
pub(crate) fn erf(x: f64) -> f64 {
    let a = x.abs();
    if !(1.25..6.0).contains(&a) {
        return libm::erf(x);
    }
    let y = 1.0 - tail(x);
    if x < 0.0 {
        -y
    } else {
        y
    }
}

/// The complementary error function.
pub(crate) fn erfc(x: f64) -> f64 {
    let a = x.abs();
    if !(1.25..28.0).contains(&a) {
        return libm::erfc(x);
    }
    let y = tail(x);
    if x < 0.0 {
        2.0 - y
    } else {
        y
    }
}
