//! Python's `repr()` of the values a `Constant` can hold, character for
//! character as CPython 3.14 prints them (`ast.dump` shows constants with
//! `repr`).
//!
//! Floats: CPython prints the shortest digit string that reads back as the
//! same float, choosing the nearest one (ties to even) when several are
//! that short; Rust's `{:e}` gives the shortest length but not always the
//! same digits on a tie, so the digits are redone with `{:.N e}`, which
//! rounds exactly. Strings: non-printable characters are escaped according
//! to Unicode 16.0 general categories (CPython 3.14's `unicodedata`
//! version), via `unicode-general-category` 1.1, which has 16.0 data.

use crate::{Constant, Int, Wtf8Buf};
use unicode_general_category::{get_general_category, GeneralCategory};

/// CPython's default `sys.get_int_max_str_digits()`.
pub const MAX_STR_DIGITS: usize = 4300;

/// `repr` of an int with more than [`MAX_STR_DIGITS`] decimal digits fails
/// in CPython with this `ValueError`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct IntTooLarge;

impl std::fmt::Display for IntTooLarge {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "Exceeds the limit ({MAX_STR_DIGITS} digits) for integer string conversion; \
             use sys.set_int_max_str_digits() to increase the limit"
        )
    }
}

/// `repr(value)`; fails only for ints past the 4300-digit limit.
pub fn constant_repr(value: &Constant) -> Result<String, IntTooLarge> {
    Ok(match value {
        Constant::None => "None".to_owned(),
        Constant::Bool(true) => "True".to_owned(),
        Constant::Bool(false) => "False".to_owned(),
        Constant::Ellipsis => "Ellipsis".to_owned(),
        Constant::Str(s) => str_repr(s),
        Constant::Bytes(b) => bytes_repr(b),
        Constant::Int(i) => int_repr(i)?,
        Constant::Float(f) => float_repr(*f),
        Constant::Complex { real, imag } => complex_repr(*real, *imag),
        Constant::Tuple(items) => {
            let parts = items
                .iter()
                .map(constant_repr)
                .collect::<Result<Vec<_>, _>>()?;
            match parts.len() {
                1 => format!("({},)", parts[0]),
                _ => format!("({})", parts.join(", ")),
            }
        }
    })
}

/// `repr(int)`.
pub fn int_repr(value: &Int) -> Result<String, IntTooLarge> {
    match value {
        Int::Small(v) => Ok(v.to_string()),
        Int::Big(v) => {
            let text = v.to_string();
            if text.trim_start_matches('-').len() > MAX_STR_DIGITS {
                return Err(IntTooLarge);
            }
            Ok(text)
        }
    }
}

/// Whether Python's `str.isprintable()` holds for the code point `cp`:
/// false for categories Cc, Cf, Cs, Co, Cn, Zl, Zp and Zs other than space.
pub fn is_printable(cp: u32) -> bool {
    let Some(c) = char::from_u32(cp) else {
        return false; // a surrogate (Cs) or out of range
    };
    if c == ' ' {
        return true;
    }
    !matches!(
        get_general_category(c),
        GeneralCategory::Control
            | GeneralCategory::Format
            | GeneralCategory::Surrogate
            | GeneralCategory::PrivateUse
            | GeneralCategory::Unassigned
            | GeneralCategory::LineSeparator
            | GeneralCategory::ParagraphSeparator
            | GeneralCategory::SpaceSeparator
    )
}

/// `repr(str)`: quoted with `'` unless the text holds `'` and no `"`.
pub fn str_repr(s: &Wtf8Buf) -> String {
    let (mut single, mut double) = (false, false);
    for cp in s.code_points() {
        single |= cp == '\'' as u32;
        double |= cp == '"' as u32;
    }
    let quote = if single && !double { '"' } else { '\'' };
    let mut out = String::with_capacity(s.as_bytes().len() + 2);
    out.push(quote);
    for cp in s.code_points() {
        match char::from_u32(cp) {
            Some(c) if c == quote || c == '\\' => {
                out.push('\\');
                out.push(c);
            }
            Some('\t') => out.push_str("\\t"),
            Some('\n') => out.push_str("\\n"),
            Some('\r') => out.push_str("\\r"),
            Some(c) if (c as u32) < 0x20 || c as u32 == 0x7F => push_hex(&mut out, cp),
            Some(c) if c.is_ascii() || is_printable(cp) => out.push(c),
            _ => push_hex(&mut out, cp),
        }
    }
    out.push(quote);
    out
}

/// `\xhh`, `\uhhhh` or `\Uhhhhhhhh`, the shortest that holds `cp`.
fn push_hex(out: &mut String, cp: u32) {
    let text = if cp <= 0xFF {
        format!("\\x{cp:02x}")
    } else if cp <= 0xFFFF {
        format!("\\u{cp:04x}")
    } else {
        format!("\\U{cp:08x}")
    };
    out.push_str(&text);
}

/// `repr(bytes)`.
pub fn bytes_repr(b: &[u8]) -> String {
    let quote = if b.contains(&b'\'') && !b.contains(&b'"') {
        b'"'
    } else {
        b'\''
    };
    let mut out = String::with_capacity(b.len() + 3);
    out.push('b');
    out.push(quote as char);
    for &byte in b {
        match byte {
            b'\\' => out.push_str("\\\\"),
            _ if byte == quote => {
                out.push('\\');
                out.push(quote as char);
            }
            b'\t' => out.push_str("\\t"),
            b'\n' => out.push_str("\\n"),
            b'\r' => out.push_str("\\r"),
            0x20..0x7F => out.push(byte as char),
            _ => out.push_str(&format!("\\x{byte:02x}")),
        }
    }
    out.push(quote as char);
    out
}

/// `repr(float)`: `0.1`, `1.0`, `1e+16`, `1e-05`, `inf`, `-0.0`, `nan`.
pub fn float_repr(f: f64) -> String {
    format_float(f, true)
}

/// `repr(complex(real, imag))`: `2.5j`, `1e+16j`, `infj`, `(1+2j)`, `(-0-1j)`.
pub fn complex_repr(real: f64, imag: f64) -> String {
    let imag_text = format_float(imag, false);
    if real == 0.0 && real.is_sign_positive() {
        return format!("{imag_text}j");
    }
    let sign = if imag_text.starts_with('-') { "" } else { "+" };
    format!("({}{sign}{imag_text}j)", format_float(real, false))
}

/// CPython's `float_repr_style = 'short'` formatting (`'r'` format code);
/// `add_dot_0` appends `.0` to integral values in positional notation.
fn format_float(f: f64, add_dot_0: bool) -> String {
    if f.is_nan() {
        return "nan".to_owned();
    }
    let sign = if f.is_sign_negative() { "-" } else { "" };
    if f.is_infinite() {
        return format!("{sign}inf");
    }
    let (digits, exp) = shortest_digits(f.abs());
    let n = digits.len() as i32;
    let decpt = exp + 1; // position of the decimal point after the first digit
    let body = if decpt <= -4 || decpt > 16 {
        let mantissa = match digits.split_at(1) {
            (first, "") => first.to_owned(),
            (first, rest) => format!("{first}.{rest}"),
        };
        let exp_sign = if exp < 0 { '-' } else { '+' };
        format!("{mantissa}e{exp_sign}{:02}", exp.abs())
    } else if decpt <= 0 {
        format!("0.{}{digits}", "0".repeat((-decpt) as usize))
    } else if decpt >= n {
        let zeros = "0".repeat((decpt - n) as usize);
        let dot0 = if add_dot_0 { ".0" } else { "" };
        format!("{digits}{zeros}{dot0}")
    } else {
        let (int, frac) = digits.split_at(decpt as usize);
        format!("{int}.{frac}")
    };
    format!("{sign}{body}")
}

/// The shortest round-tripping significant digits of a finite `f >= 0`
/// (nearest to `f`, ties to even) and the decimal exponent of the first.
fn shortest_digits(f: f64) -> (String, i32) {
    let shortest = format!("{f:e}");
    let (digits, exp) = split_exp(&shortest);
    if digits.len() <= 1 {
        return (digits, exp);
    }
    let nearest = format!("{f:.*e}", digits.len() - 1);
    if nearest.parse::<f64>() == Ok(f) {
        return split_exp(&nearest);
    }
    (digits, exp)
}

/// `"1.2345e-7"` → `("12345", -7)`, trailing zeros removed.
fn split_exp(text: &str) -> (String, i32) {
    let (mantissa, exp) = text.split_once('e').unwrap_or((text, "0"));
    let mut digits: String = mantissa.chars().filter(|&c| c != '.').collect();
    while digits.len() > 1 && digits.ends_with('0') {
        digits.pop();
    }
    (digits, exp.parse().unwrap_or(0))
}

#[cfg(test)]
mod tests;
