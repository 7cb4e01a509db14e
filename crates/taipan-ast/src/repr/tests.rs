//! `repr` checked against CPython 3.14: `repr_cases.txt` holds values
//! (float bits, code points, bytes in hex) and `repr()` of each, and
//! `nonprint.txt` the code point ranges where `str.isprintable()` is false.

use super::*;
use num_bigint::BigInt;

fn hex_bits(s: &str) -> f64 {
    f64::from_bits(u64::from_str_radix(s, 16).expect("fixture bits"))
}

#[test]
fn cpython_reprs() {
    let mut failures = Vec::new();
    for line in include_str!("repr_cases.txt").lines() {
        let mut parts = line.splitn(3, ' ');
        let (kind, a, rest) = (parts.next(), parts.next(), parts.next());
        let (Some(kind), Some(a), Some(rest)) = (kind, a, rest) else {
            continue;
        };
        let (got, expected) = match kind {
            "float" => (float_repr(hex_bits(a)), rest),
            "complex" => {
                let (b, expected) = rest.split_once(' ').expect("fixture");
                (complex_repr(hex_bits(a), hex_bits(b)), expected)
            }
            "str" => {
                let mut s = Wtf8Buf::new();
                for cp in a.split(',').filter(|c| *c != "-") {
                    s.push_code_point(u32::from_str_radix(cp, 16).expect("fixture"));
                }
                (str_repr(&s), rest)
            }
            _ => {
                let bytes: Vec<u8> = (0..a.len() / 2)
                    .filter(|_| a != "-")
                    .map(|i| u8::from_str_radix(&a[2 * i..2 * i + 2], 16).expect("fixture"))
                    .collect();
                (bytes_repr(&bytes), rest)
            }
        };
        if got != expected {
            failures.push(format!("{line}\n  got {got}"));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn printable_matches_cpython_for_every_code_point() {
    let mut nonprint = vec![false; 0x110000];
    for line in include_str!("nonprint.txt").lines() {
        let (a, b) = line.split_once(' ').expect("fixture");
        let (a, b) = (
            usize::from_str_radix(a, 16).expect("fixture"),
            usize::from_str_radix(b, 16).expect("fixture"),
        );
        nonprint[a..=b].iter_mut().for_each(|x| *x = true);
    }
    let wrong: Vec<String> = (0..0x110000u32)
        .filter(|&cp| is_printable(cp) == nonprint[cp as usize])
        .map(|cp| format!("{cp:x}"))
        .take(20)
        .collect();
    assert!(wrong.is_empty(), "differ from CPython: {wrong:?}");
}

#[test]
fn ints_and_singletons() {
    // python3.14: repr(2**64) == '18446744073709551616'
    let big = Int::Big(Box::new(BigInt::from(u64::MAX) + 1));
    assert_eq!(int_repr(&big).unwrap(), "18446744073709551616");
    assert_eq!(int_repr(&Int::Small(-5)).unwrap(), "-5");
    // python3.14: repr(10**4300) raises ValueError (4301 digits); 10**4299 is fine
    let huge = Int::Big(Box::new(BigInt::from(10).pow(4300)));
    assert_eq!(int_repr(&huge), Err(IntTooLarge));
    let ok = Int::Big(Box::new(BigInt::from(10).pow(4299)));
    assert_eq!(int_repr(&ok).unwrap().len(), 4300);
    assert_eq!(
        IntTooLarge.to_string(),
        "Exceeds the limit (4300 digits) for integer string conversion; \
         use sys.set_int_max_str_digits() to increase the limit"
    );
    let t = Constant::Tuple(vec![Constant::Int(Int::Small(1))]);
    assert_eq!(constant_repr(&t).unwrap(), "(1,)");
    let t = Constant::Tuple(vec![
        Constant::None,
        Constant::Ellipsis,
        Constant::Bool(true),
    ]);
    assert_eq!(constant_repr(&t).unwrap(), "(None, Ellipsis, True)");
    assert_eq!(constant_repr(&Constant::Tuple(vec![])).unwrap(), "()");
}
