//! Character tests of the matcher: class escapes with CPython's
//! definitions (`str.isdecimal`, `isalnum` or `_`, `isspace`), sets, and
//! case-insensitive comparison by simple case mapping.

use super::program::{Case, CharSet, Class};
use crate::str_case;

fn ch(c: u32) -> Option<char> {
    char::from_u32(c)
}

/// A word character (`\w`).
pub(super) fn is_word(c: u32, ascii: bool) -> bool {
    if c < 128 {
        let b = c as u8;
        return b == b'_' || b.is_ascii_alphanumeric();
    }
    !ascii && ch(c).is_some_and(str_case::is_alnum)
}

/// A class escape's test.
pub(super) fn class(k: Class, c: u32) -> bool {
    let hit = if c < 128 {
        let b = c as u8;
        match k.kind {
            0 => b.is_ascii_digit(),
            1 => b == b'_' || b.is_ascii_alphanumeric(),
            _ => {
                matches!(b, b' ' | b'\t' | b'\n' | b'\r' | 0x0b | 0x0c)
                    || (!k.ascii && (0x1c..=0x1f).contains(&b))
            }
        }
    } else if k.ascii {
        false
    } else {
        match (k.kind, ch(c)) {
            (0, Some(x)) => str_case::is_decimal(x),
            (1, Some(x)) => str_case::is_alnum(x),
            (_, Some(x)) => str_case::is_space(x),
            _ => false,
        }
    };
    hit != k.negate
}

/// The simple lowercase mapping (one character), as `sre` uses it.
pub(super) fn lower(c: u32, case: Case) -> u32 {
    if c < 128 {
        return (c as u8).to_ascii_lowercase() as u32;
    }
    if case != Case::Unicode {
        return c;
    }
    if c == 0x130 {
        // The simple lowercase of `İ` (the full one adds a dot).
        return u32::from(b'i');
    }
    match ch(c) {
        Some(x) => {
            let mut it = x.to_lowercase();
            match (it.next(), it.next()) {
                (Some(l), None) => l as u32,
                _ => c,
            }
        }
        None => c,
    }
}

/// The simple uppercase mapping (one character).
pub(super) fn upper(c: u32, case: Case) -> u32 {
    if c < 128 {
        return (c as u8).to_ascii_uppercase() as u32;
    }
    if case != Case::Unicode {
        return c;
    }
    match ch(c) {
        Some(x) => {
            let mut it = x.to_uppercase();
            match (it.next(), it.next()) {
                (Some(l), None) => l as u32,
                _ => c,
            }
        }
        None => c,
    }
}

/// Whether `a` and `b` are equal ignoring case.
pub(super) fn same_case(a: u32, b: u32, case: Case) -> bool {
    if a == b {
        return true;
    }
    match case {
        Case::Exact => false,
        Case::Ascii => a < 128 && b < 128 && (a as u8).eq_ignore_ascii_case(&(b as u8)),
        Case::Unicode => lower(a, case) == lower(b, case) || upper(a, case) == upper(b, case),
    }
}

fn in_ranges(set: &CharSet, c: u32) -> bool {
    set.ranges.iter().any(|&(lo, hi)| lo <= c && c <= hi)
        || set.classes.iter().any(|&k| class(k, c))
}

/// Set membership without the ASCII table.
pub(super) fn set_slow(set: &CharSet, c: u32) -> bool {
    let mut hit = in_ranges(set, c);
    if !hit && set.case != Case::Exact {
        let (l, u) = (lower(c, set.case), upper(c, set.case));
        hit = (l != c && in_ranges(set, l)) || (u != c && in_ranges(set, u));
        if !hit && set.case == Case::Unicode {
            // Characters whose case partner differs from both mappings
            // (`ſ` and `s`, `K` and the Kelvin sign).
            let l2 = upper(l, set.case);
            hit = l2 != c && l2 != u && in_ranges(set, l2);
            if !hit {
                let u2 = lower(u, set.case);
                hit = u2 != c && u2 != l && in_ranges(set, u2);
            }
        }
    }
    hit != set.negate
}

/// Set membership.
#[inline]
pub(super) fn set(set: &CharSet, c: u32) -> bool {
    if c < 128 {
        return set.ascii[(c / 64) as usize] & (1 << (c % 64)) != 0;
    }
    set_slow(set, c)
}
