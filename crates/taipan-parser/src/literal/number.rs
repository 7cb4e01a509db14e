//! NUMBER tokens: integers (any size, four bases), floats and imaginary
//! literals. The tokenizer has already checked the syntax; this only
//! converts.

use super::{ErrorSpan, LiteralError};
use num_bigint::BigInt;
use taipan_ast::{Constant, Int};

/// CPython's default `sys.get_int_max_str_digits()`.
const MAX_STR_DIGITS: usize = 4300;

/// Decode a NUMBER token's text into `Constant::Int`, `Constant::Float` or
/// `Constant::Complex { real: 0.0, imag }`.
pub fn parse_number(text: &str) -> Result<Constant, LiteralError> {
    let digits: String = text.chars().filter(|&c| c != '_').collect();
    if let Some(imag) = digits.strip_suffix(['j', 'J']) {
        return Ok(Constant::Complex {
            real: 0.0,
            imag: parse_float(imag, text)?,
        });
    }
    let lower = digits.to_ascii_lowercase();
    let radix = match lower.get(..2) {
        Some("0x") => 16,
        Some("0o") => 8,
        Some("0b") => 2,
        _ => 10,
    };
    if radix != 10 {
        return parse_int(&lower[2..], radix, text);
    }
    if lower.contains(['.', 'e']) {
        return Ok(Constant::Float(parse_float(&lower, text)?));
    }
    let significant = lower.trim_start_matches('0').len();
    if significant > MAX_STR_DIGITS {
        return Err(LiteralError::new(
            format!(
                "Exceeds the limit ({MAX_STR_DIGITS} digits) for integer string conversion: \
                 value has {significant} digits; use sys.set_int_max_str_digits() to increase \
                 the limit - Consider hexadecimal for huge integer literals to avoid decimal \
                 conversion limits."
            ),
            0,
            ErrorSpan::NoColumn,
        ));
    }
    parse_int(&lower, 10, text)
}

/// Digits (no prefix, no underscores) in `radix` → a small or big int.
fn parse_int(digits: &str, radix: u32, text: &str) -> Result<Constant, LiteralError> {
    if let Ok(small) = i64::from_str_radix(digits, radix) {
        return Ok(Constant::Int(Int::Small(small)));
    }
    match BigInt::parse_bytes(digits.as_bytes(), radix) {
        Some(big) => Ok(Constant::Int(Int::Big(Box::new(big)))),
        None => Err(invalid(text)),
    }
}

/// A float's text (no underscores) → its correctly rounded value
/// (`str::parse` rounds correctly; overflow gives infinity, as in CPython).
fn parse_float(digits: &str, text: &str) -> Result<f64, LiteralError> {
    // Rust also accepts "inf"/"nan", which a NUMBER token never holds.
    if !digits
        .bytes()
        .all(|b| b.is_ascii_digit() || b".eE+-".contains(&b))
    {
        return Err(invalid(text));
    }
    digits.parse::<f64>().map_err(|_| invalid(text))
}

/// Not a number at all: only reachable if the tokenizer let it through.
fn invalid(text: &str) -> LiteralError {
    LiteralError::new(
        format!("invalid number literal {text:?}"),
        0,
        ErrorSpan::Token,
    )
}
