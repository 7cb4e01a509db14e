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
    -9.864_944_034_847_148_227_05e-3,
    -6.938_585_727_071_817_643_72e-1,
    -1.055_862_622_532_329_098_14e1,
    -6.237_533_245_032_600_603_96e1,
    -1.623_966_694_625_734_703_55e2,
    -1.846_050_929_067_110_359_94e2,
    -8.128_743_550_630_659_342_46e1,
    -9.814_329_344_169_145_485_92,
];
/// Denominator (after the leading 1) for 1.25 <= |x| < 1/0.35.
const SA: [f64; 8] = [
    1.965_127_166_743_925_712_92e1,
    1.376_577_541_435_190_426_00e2,
    4.345_658_774_752_292_288_21e2,
    6.453_872_717_332_678_803_36e2,
    4.290_081_400_275_678_333_86e2,
    1.086_350_055_417_794_351_34e2,
    6.570_249_770_319_281_701_35,
    -6.042_441_521_485_809_874_38e-2,
];
/// Numerator of the tail approximation for 1/0.35 <= |x| < 28.
const RB: [f64; 7] = [
    -9.864_942_924_700_099_285_97e-3,
    -7.992_832_376_805_230_065_74e-1,
    -1.775_795_491_775_475_198_89e1,
    -1.606_363_848_558_219_160_62e2,
    -6.375_664_433_683_896_277_22e2,
    -1.025_095_131_611_077_249_54e3,
    -4.835_191_916_086_513_970_19e2,
];
/// Denominator (after the leading 1) for 1/0.35 <= |x| < 28.
const SB: [f64; 7] = [
    3.033_806_074_348_245_829_24e1,
    3.257_925_129_965_739_188_26e2,
    1.536_729_586_084_436_959_94e3,
    3.199_858_219_508_595_539_08e3,
    2.553_050_406_433_164_425_83e3,
    4.745_285_412_069_553_672_15e2,
    -2.244_095_244_658_581_833_62e1,
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
