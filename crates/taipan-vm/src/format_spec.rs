//! `format(value, spec)`: the format specification mini-language
//! (`[[fill]align][sign][#][0][width][,|_][.precision][type]`) for ints,
//! floats and strings.

use taipan_ast::repr::float_repr;

use crate::exception::{value_error, PyResult};
use crate::format;
use crate::types::type_name;
use crate::value::Value;

/// A parsed format spec.
#[derive(Default)]
struct Spec {
    fill: Option<char>,
    align: Option<char>,
    sign: Option<char>,
    alternate: bool,
    zero: bool,
    width: usize,
    grouping: Option<char>,
    precision: Option<usize>,
    kind: Option<char>,
}

fn parse(spec: &str) -> Option<Spec> {
    let chars: Vec<char> = spec.chars().collect();
    let mut s = Spec::default();
    let mut i = 0;
    let is_align = |c: char| matches!(c, '<' | '>' | '^' | '=');
    if chars.len() >= 2 && is_align(chars[1]) {
        s.fill = Some(chars[0]);
        s.align = Some(chars[1]);
        i = 2;
    } else if chars.first().is_some_and(|&c| is_align(c)) {
        s.align = Some(chars[0]);
        i = 1;
    }
    if let Some(&c @ ('+' | '-' | ' ')) = chars.get(i) {
        s.sign = Some(c);
        i += 1;
    }
    if chars.get(i) == Some(&'#') {
        s.alternate = true;
        i += 1;
    }
    if chars.get(i) == Some(&'0') {
        s.zero = true;
        i += 1;
    }
    let digits = |i: &mut usize| {
        let start = *i;
        while chars.get(*i).is_some_and(char::is_ascii_digit) {
            *i += 1;
        }
        chars[start..*i]
            .iter()
            .collect::<String>()
            .parse::<usize>()
            .ok()
    };
    s.width = digits(&mut i).unwrap_or(0);
    if let Some(&c @ (',' | '_')) = chars.get(i) {
        s.grouping = Some(c);
        i += 1;
    }
    if chars.get(i) == Some(&'.') {
        i += 1;
        s.precision = Some(digits(&mut i)?);
    }
    if let Some(&c) = chars.get(i) {
        s.kind = Some(c);
        i += 1;
    }
    (i == chars.len()).then_some(s)
}

/// `format(v, spec)`.
pub(crate) fn format_value(v: &Value, spec: &str) -> PyResult<String> {
    if spec.is_empty() {
        return format::str(v);
    }
    let bad = || {
        value_error(format!(
            "Invalid format specifier '{spec}' for object of type '{}'",
            type_name(v)
        ))
    };
    let s = parse(spec).ok_or_else(bad)?;
    let (sign_less, negative, numeric) = match (v, s.kind) {
        (Value::Int(_) | Value::Bool(_), None | Some('d' | 'n' | 'x' | 'X' | 'o' | 'b')) => {
            let i = v.as_bigint().ok_or_else(bad)?;
            let mag = num_traits::Signed::abs(&i);
            let text = match s.kind {
                Some('x') => format!("{mag:x}"),
                Some('X') => format!("{mag:X}"),
                Some('o') => format!("{mag:o}"),
                Some('b') => format!("{mag:b}"),
                _ => mag.to_string(),
            };
            let prefix = match (s.alternate, s.kind) {
                (true, Some('x')) => "0x",
                (true, Some('X')) => "0X",
                (true, Some('o')) => "0o",
                (true, Some('b')) => "0b",
                _ => "",
            };
            (
                format!("{prefix}{}", group(&text, s.grouping)),
                i.sign() == num_bigint::Sign::Minus,
                true,
            )
        }
        (
            Value::Int(_) | Value::Float(_) | Value::Bool(_),
            Some('f' | 'F' | 'e' | 'E' | 'g' | 'G' | '%') | None,
        ) => {
            let f = match v {
                Value::Float(f) => *f,
                Value::Int(i) => *i as f64,
                Value::Bool(b) => f64::from(u8::from(*b)),
                _ => return Err(bad()),
            };
            let text = float_text(f.abs(), &s);
            let (int_part, rest) = text.split_at(text.find(['.', 'e', '%']).unwrap_or(text.len()));
            (
                format!("{}{rest}", group(int_part, s.grouping)),
                f.is_sign_negative() && !f.is_nan(),
                true,
            )
        }
        (_, None | Some('s')) if v.as_str().is_some() => {
            let text = v.as_str().unwrap_or("");
            let text: String = match s.precision {
                Some(p) => text.chars().take(p).collect(),
                None => text.to_owned(),
            };
            (text, false, false)
        }
        _ => return Err(bad()),
    };
    let sign = match (negative, s.sign) {
        (true, _) => "-",
        (false, Some('+')) => "+",
        (false, Some(' ')) => " ",
        _ => "",
    };
    Ok(pad(sign, &sign_less, &s, numeric))
}

/// The digits of a non-negative float for the spec's type.
fn float_text(f: f64, s: &Spec) -> String {
    if f.is_infinite() || f.is_nan() {
        let t = if f.is_nan() { "nan" } else { "inf" };
        return if matches!(s.kind, Some('F' | 'E' | 'G')) {
            t.to_uppercase()
        } else {
            t.to_owned()
        };
    }
    match s.kind {
        Some('f' | 'F') => format!("{f:.*}", s.precision.unwrap_or(6)),
        Some('%') => format!("{:.*}%", s.precision.unwrap_or(6), f * 100.0),
        Some(k @ ('e' | 'E')) => exp_text(f, s.precision.unwrap_or(6), k == 'E'),
        Some(k @ ('g' | 'G')) => general(f, s.precision.unwrap_or(6), k == 'G', s.alternate),
        _ => match s.precision {
            Some(p) => general(f, p, false, false),
            None => float_repr(f),
        },
    }
}

/// `{:.Ne}`: one digit, N decimals, a signed two-digit exponent.
fn exp_text(f: f64, precision: usize, upper: bool) -> String {
    let text = format!("{f:.precision$e}");
    let (mantissa, exp) = text.split_once('e').unwrap_or((&text, "0"));
    let exp: i32 = exp.parse().unwrap_or(0);
    let e = if upper { 'E' } else { 'e' };
    let sign = if exp < 0 { '-' } else { '+' };
    format!("{mantissa}{e}{sign}{:02}", exp.abs())
}

/// `{:.Ng}`: fixed or exponent notation by magnitude, trailing zeros dropped.
fn general(f: f64, precision: usize, upper: bool, keep_zeros: bool) -> String {
    let p = precision.max(1);
    if f == 0.0 {
        return "0".to_owned();
    }
    let exp_form = exp_text(f, p - 1, upper);
    let exp: i32 = exp_form
        .rsplit(['e', 'E'])
        .next()
        .and_then(|e| e.parse().ok())
        .unwrap_or(0);
    let text = if exp < -4 || exp >= p as i32 {
        exp_form
    } else {
        format!("{f:.*}", (p as i32 - 1 - exp).max(0) as usize)
    };
    if keep_zeros {
        return text;
    }
    let (num, exp_part) = match text.find(['e', 'E']) {
        Some(i) => text.split_at(i),
        None => (text.as_str(), ""),
    };
    let num = if num.contains('.') {
        num.trim_end_matches('0').trim_end_matches('.')
    } else {
        num
    };
    format!("{num}{exp_part}")
}

/// Insert a thousands separator every three digits.
fn group(digits: &str, sep: Option<char>) -> String {
    let Some(sep) = sep else {
        return digits.to_owned();
    };
    let chars: Vec<char> = digits.chars().collect();
    let mut out = String::new();
    for (i, c) in chars.iter().enumerate() {
        if i > 0 && matches!((chars.len() - i) % 3, 0) && c.is_ascii_digit() {
            out.push(sep);
        }
        out.push(*c);
    }
    out
}

/// Apply width, fill and alignment.
fn pad(sign: &str, body: &str, s: &Spec, numeric: bool) -> String {
    let len = sign.chars().count() + body.chars().count();
    if len >= s.width {
        return format!("{sign}{body}");
    }
    let n = s.width - len;
    let zero = s.zero && s.align.is_none();
    let fill = s.fill.unwrap_or(if zero { '0' } else { ' ' });
    let align = s.align.unwrap_or(if zero {
        '='
    } else if numeric {
        '>'
    } else {
        '<'
    });
    let fill_n = |k: usize| std::iter::repeat_n(fill, k).collect::<String>();
    match align {
        '<' => format!("{sign}{body}{}", fill_n(n)),
        '^' => format!("{}{sign}{body}{}", fill_n(n / 2), fill_n(n - n / 2)),
        '=' => format!("{sign}{}{body}", fill_n(n)),
        _ => format!("{}{sign}{body}", fill_n(n)),
    }
}
