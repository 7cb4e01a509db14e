//! `format(value, spec)`: the format specification mini-language
//! `[[fill]align][sign][z][#][0][width][grouping][.precision][type]` for
//! ints, floats and strings, with CPython's rendering (sign-aware `=`
//! padding, zero padding that extends digit grouping) and its messages.

use taipan_ast::repr::float_repr;

use crate::exception::{value_error, ExcKind, PyErr, PyResult};
use crate::format;
use crate::types::type_name;
use crate::value::Value;

/// A parsed format spec.
#[derive(Default, Clone)]
pub(crate) struct Spec {
    fill: Option<char>,
    align: Option<char>,
    sign: Option<char>,
    z: bool,
    alternate: bool,
    zero: bool,
    width: usize,
    grouping: Option<char>,
    precision: Option<usize>,
    frac_grouping: Option<char>,
    kind: Option<char>,
}

/// The widest width or precision CPython accepts (a C `Py_ssize_t` on the
/// reference build).
const MAX_DIGITS: usize = i32::MAX as usize;

fn parse(spec: &str, tname: &str) -> PyResult<Spec> {
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
    if chars.get(i) == Some(&'z') {
        s.z = true;
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
    let digits = |i: &mut usize| -> PyResult<Option<usize>> {
        let start = *i;
        while chars.get(*i).is_some_and(char::is_ascii_digit) {
            *i += 1;
        }
        if start == *i {
            return Ok(None);
        }
        let text: String = chars[start..*i].iter().collect();
        match text.parse::<usize>() {
            Ok(n) if n <= MAX_DIGITS => Ok(Some(n)),
            _ => Err(value_error("Too many decimal digits in format string")),
        }
    };
    s.width = digits(&mut i)?.unwrap_or(0);
    if let Some(&c @ (',' | '_')) = chars.get(i) {
        s.grouping = Some(c);
        i += 1;
        if let Some(&d @ (',' | '_')) = chars.get(i) {
            return Err(value_error(if c == d {
                format!("Cannot specify '{c}' with '{c}'.")
            } else {
                "Cannot specify both ',' and '_'.".to_owned()
            }));
        }
    }
    if chars.get(i) == Some(&'.') {
        i += 1;
        s.precision = digits(&mut i)?;
        // 3.14: a grouping character for the fractional part.
        if let Some(&c @ (',' | '_')) = chars.get(i) {
            s.frac_grouping = Some(c);
            i += 1;
        }
        if s.precision.is_none() && s.frac_grouping.is_none() {
            return Err(value_error("Format specifier missing precision"));
        }
    }
    if i + 1 == chars.len() {
        s.kind = Some(chars[i]);
        i += 1;
    }
    if i != chars.len() {
        return Err(value_error(format!(
            "Invalid format specifier '{spec}' for object of type '{tname}'"
        )));
    }
    if s.zero && s.fill.is_none() {
        s.fill = Some('0');
    }
    Ok(s)
}

fn unknown_code(kind: char, tname: &str) -> Box<PyErr> {
    value_error(format!(
        "Unknown format code '{kind}' for object of type '{tname}'"
    ))
}

/// `format(v, spec)` for the built-in types.
pub(crate) fn format_value(v: &Value, spec: &str) -> PyResult<String> {
    if spec.is_empty() {
        return format::str(v);
    }
    let tname = type_name(v);
    // The width is checked before anything is built (CPython fails to
    // allocate it: `MemoryError`).
    let width = parse(spec, &tname)?.width;
    crate::method_args::alloc_check(width, 4)?;
    match v {
        Value::Float(f) => format_float(*f, &parse(spec, &tname)?, &tname),
        Value::Int(_) | Value::Bool(_) => format_int(v, &parse(spec, &tname)?, &tname),
        _ if v.as_bigint().is_some() => format_int(v, &parse(spec, &tname)?, &tname),
        _ if v.as_str().is_some() => format_str(v.as_str().unwrap_or(""), &parse(spec, &tname)?),
        _ if crate::complex::as_complex(v).is_some() => {
            let (re, im) = crate::complex::as_complex(v).unwrap_or_default();
            format_complex(re, im, &parse(spec, &tname)?)
        }
        _ => Err(PyErr::msg(
            ExcKind::TypeError,
            format!("unsupported format string passed to {tname}.__format__"),
        )),
    }
}

/// `format(z, spec)` for a complex: both parts formatted as floats, the
/// imaginary one always signed; no type means `str`-like output.
fn format_complex(re: f64, im: f64, s: &Spec) -> PyResult<String> {
    match s.kind {
        None | Some('e' | 'E' | 'f' | 'F' | 'g' | 'G' | 'n') => {}
        Some(k) => return Err(unknown_code(k, "complex")),
    }
    if s.zero {
        return Err(value_error(
            "Zero padding is not allowed in complex format specifier",
        ));
    }
    if s.align == Some('=') {
        return Err(value_error(
            "'=' alignment flag is not allowed in complex format specifier",
        ));
    }
    let bare = s.kind.is_none();
    let skip_re = bare && re == 0.0 && re.is_sign_positive();
    let part_text = |f: f64| -> String {
        let text = match (s.kind, s.precision) {
            (None, None) => {
                let r = float_repr(f.abs());
                r.strip_suffix(".0").map(str::to_owned).unwrap_or(r)
            }
            (None, Some(p)) if f.is_finite() => general(f.abs(), p, false, s.alternate, false),
            _ => float_text(f.abs(), s),
        };
        if matches!(s.kind, Some('F' | 'E' | 'G')) && !f.is_finite() {
            return text.to_uppercase();
        }
        match s.grouping {
            Some(sep) if f.is_finite() => {
                let split = text.find(['.', 'e', 'E']).unwrap_or(text.len());
                let (int_part, rest) = text.split_at(split);
                let mut grouped = String::new();
                for (i, c) in int_part.chars().enumerate() {
                    if i > 0 && (int_part.len() - i) % 3 == 0 {
                        grouped.push(sep);
                    }
                    grouped.push(c);
                }
                grouped + rest
            }
            _ => text,
        }
    };
    let negative = |f: f64| f.is_sign_negative() && !f.is_nan();
    let im_text = format!("{}j", part_text(im));
    let body = if skip_re {
        format!("{}{im_text}", sign_text(negative(im), s))
    } else {
        let re_text = format!("{}{}", sign_text(negative(re), s), part_text(re));
        let im_sign = if negative(im) { "-" } else { "+" };
        let inner = format!("{re_text}{im_sign}{im_text}");
        if bare {
            format!("({inner})")
        } else {
            inner
        }
    };
    Ok(pad(s, "", "", &body, "", '>'))
}

fn format_str(text: &str, s: &Spec) -> PyResult<String> {
    match s.kind {
        None | Some('s') => {}
        Some(k) => return Err(unknown_code(k, "str")),
    }
    if s.sign.is_some() {
        return Err(value_error("Sign not allowed in string format specifier"));
    }
    if s.alternate {
        return Err(value_error(
            "Alternate form (#) not allowed in string format specifier",
        ));
    }
    if s.z {
        return Err(value_error(
            "Negative zero coercion (z) not allowed in string format specifier",
        ));
    }
    if s.align == Some('=') {
        return Err(value_error(
            "'=' alignment not allowed in string format specifier",
        ));
    }
    if let Some(g) = s.grouping {
        return Err(value_error(format!("Cannot specify '{g}' with 's'.")));
    }
    let body: String = match s.precision {
        Some(p) => text.chars().take(p).collect(),
        None => text.to_owned(),
    };
    Ok(pad(s, "", "", &body, "", '<'))
}

fn format_int(v: &Value, s: &Spec, tname: &str) -> PyResult<String> {
    let n = v.as_bigint().unwrap_or_default();
    match s.kind {
        Some('e' | 'E' | 'f' | 'F' | 'g' | 'G' | '%') => {
            let f = num_traits::ToPrimitive::to_f64(&n)
                .filter(|f: &f64| f.is_finite())
                .ok_or_else(|| {
                    PyErr::msg(ExcKind::OverflowError, "int too large to convert to float")
                })?;
            return format_float(f, s, tname);
        }
        None | Some('d' | 'n' | 'b' | 'o' | 'x' | 'X' | 'c') => {}
        Some(k) => return Err(unknown_code(k, tname)),
    }
    if s.precision.is_some() {
        return Err(value_error(
            "Precision not allowed in integer format specifier",
        ));
    }
    if s.z {
        return Err(value_error(
            "Negative zero coercion (z) not allowed in integer format specifier",
        ));
    }
    if let (Some(g), Some(k @ ('n' | 'c' | 'x' | 'X' | 'o' | 'b'))) = (s.grouping, s.kind) {
        if g == ',' || matches!(k, 'n' | 'c') {
            return Err(value_error(format!("Cannot specify '{g}' with '{k}'.")));
        }
    }
    if s.kind == Some('c') {
        if s.sign.is_some() {
            return Err(value_error(
                "Sign not allowed with integer format specifier 'c'",
            ));
        }
        if s.alternate {
            return Err(value_error(
                "Alternate form (#) not allowed with integer format specifier 'c'",
            ));
        }
        let c = num_traits::ToPrimitive::to_u32(&n)
            .filter(|&c| c < 0x110000)
            .and_then(char::from_u32)
            .ok_or_else(|| PyErr::msg(ExcKind::OverflowError, "%c arg not in range(0x110000)"))?;
        return Ok(pad(s, "", "", &c.to_string(), "", '>'));
    }
    let negative = n.sign() == num_bigint::Sign::Minus;
    let mag = num_traits::Signed::abs(&n);
    let (digits, prefix, interval) = match s.kind {
        Some('x') => (mag.to_str_radix(16), "0x", 4),
        Some('X') => (mag.to_str_radix(16).to_uppercase(), "0X", 4),
        Some('o') => (mag.to_str_radix(8), "0o", 4),
        Some('b') => (mag.to_str_radix(2), "0b", 4),
        _ => (format::big_to_string(&mag)?, "", 3),
    };
    let prefix = if s.alternate { prefix } else { "" };
    let sign = sign_text(negative, s);
    Ok(render_number(s, sign, prefix, &digits, "", interval))
}

fn sign_text(negative: bool, s: &Spec) -> &'static str {
    match (negative, s.sign) {
        (true, _) => "-",
        (false, Some('+')) => "+",
        (false, Some(' ')) => " ",
        _ => "",
    }
}

fn format_float(f: f64, s: &Spec, tname: &str) -> PyResult<String> {
    match s.kind {
        None | Some('e' | 'E' | 'f' | 'F' | 'g' | 'G' | 'n' | '%') => {}
        Some(k) => return Err(unknown_code(k, tname)),
    }
    if let (Some(g), Some('n')) = (s.grouping, s.kind) {
        return Err(value_error(format!("Cannot specify '{g}' with 'n'.")));
    }
    let mut text = float_text(f.abs(), s);
    let mut negative = f.is_sign_negative() && !f.is_nan();
    if negative && s.z && f.is_finite() && text.bytes().all(|b| !b.is_ascii_digit() || b == b'0') {
        negative = false;
    }
    if f.is_infinite() || f.is_nan() {
        if matches!(s.kind, Some('F' | 'E' | 'G')) {
            text = text.to_uppercase();
        }
        let mut s2 = s.clone();
        if s2.fill == Some('0') && s2.align.is_none() {
            s2.align = Some('=');
        }
        return Ok(pad(&s2, sign_text(negative, s), "", &text, "", '>'));
    }
    let split = text.find(['.', 'e', 'E', '%']).unwrap_or(text.len());
    let (int_part, rest) = text.split_at(split);
    let grouped_rest;
    let rest = match (s.frac_grouping, rest.strip_prefix('.')) {
        (Some(sep), Some(frac)) => {
            let end = frac
                .find(|c: char| !c.is_ascii_digit())
                .unwrap_or(frac.len());
            let mut out = String::from(".");
            for (k, c) in frac[..end].chars().enumerate() {
                if k > 0 && k % 3 == 0 {
                    out.push(sep);
                }
                out.push(c);
            }
            out.push_str(&frac[end..]);
            grouped_rest = out;
            grouped_rest.as_str()
        }
        _ => rest,
    };
    Ok(render_number(
        s,
        sign_text(negative, s),
        "",
        int_part,
        rest,
        3,
    ))
}

/// The digits of a finite or infinite non-negative float for the spec.
fn float_text(f: f64, s: &Spec) -> String {
    let percent = if s.kind == Some('%') { "%" } else { "" };
    if f.is_infinite() {
        return format!("inf{percent}");
    }
    if f.is_nan() {
        return format!("nan{percent}");
    }
    let alt = s.alternate;
    let text = match s.kind {
        Some('f' | 'F') => format!("{f:.*}", s.precision.unwrap_or(6)),
        Some('%') => format!("{:.*}", s.precision.unwrap_or(6), f * 100.0),
        Some(k @ ('e' | 'E')) => exp_text(f, s.precision.unwrap_or(6), k == 'E'),
        Some(k @ ('g' | 'G')) => general(f, s.precision.unwrap_or(6), k == 'G', alt, false),
        Some('n') => general(f, s.precision.unwrap_or(6), false, alt, false),
        _ => match s.precision {
            Some(p) => general(f, p, false, alt, true),
            None => float_repr(f),
        },
    };
    let text = if alt && !text.contains(['.', 'e', 'E']) && text.bytes().all(|b| b.is_ascii_digit())
    {
        format!("{text}.")
    } else if alt && text.contains(['e', 'E']) && !text.contains('.') {
        let upper = text.contains('E');
        text.replacen(['e', 'E'], if upper { ".E" } else { ".e" }, 1)
    } else {
        text
    };
    if s.kind == Some('%') {
        format!("{text}%")
    } else {
        text
    }
}

/// `{:.Ne}`: one digit, N decimals, a signed two-digit exponent.
pub(crate) fn exp_text(f: f64, precision: usize, upper: bool) -> String {
    let text = format!("{f:.precision$e}");
    let (mantissa, exp) = text.split_once('e').unwrap_or((&text, "0"));
    let exp: i32 = exp.parse().unwrap_or(0);
    let e = if upper { 'E' } else { 'e' };
    let sign = if exp < 0 { '-' } else { '+' };
    format!("{mantissa}{e}{sign}{:02}", exp.abs())
}

/// `{:.Ng}`: fixed or exponent notation by magnitude, trailing zeros
/// dropped (kept with `#`); `add_dot_0` is the no-type form's "at least
/// one digit after the point" in fixed notation.
fn general(f: f64, precision: usize, upper: bool, alternate: bool, add_dot_0: bool) -> String {
    let p = precision.max(1);
    let exp_form = exp_text(f, p - 1, upper);
    let exp: i32 = exp_form
        .rsplit(['e', 'E'])
        .next()
        .and_then(|e| e.parse().ok())
        .unwrap_or(0);
    // The no-type form switches to exponent notation one digit earlier
    // (CPython's `Py_DTSF_ADD_DOT_0`).
    let limit = if add_dot_0 { p as i32 - 1 } else { p as i32 };
    let fixed = (-4..limit).contains(&exp);
    let text = if fixed {
        format!("{f:.*}", (p as i32 - 1 - exp).max(0) as usize)
    } else {
        exp_form
    };
    if alternate {
        return if text.contains('.') {
            text
        } else if fixed {
            format!("{text}.")
        } else {
            text
        };
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
    if add_dot_0 && fixed && !num.contains('.') {
        return format!("{num}.0");
    }
    format!("{num}{exp_part}")
}

/// Insert `sep` every `interval` digits from the right.
fn group(digits: &str, sep: char, interval: usize) -> String {
    let n = digits.len();
    let mut out = String::with_capacity(n + n / interval);
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (n - i).is_multiple_of(interval) {
            out.push(sep);
        }
        out.push(c);
    }
    out
}

/// Sign, prefix, (grouped) integer digits and the rest, padded; zero
/// padding goes between the prefix and the digits and extends grouping.
fn render_number(
    s: &Spec,
    sign: &str,
    prefix: &str,
    digits: &str,
    rest: &str,
    interval: usize,
) -> String {
    let align = s.align.unwrap_or(if s.zero { '=' } else { '>' });
    if align == '=' && s.fill == Some('0') {
        let used = sign.chars().count() + prefix.len() + rest.chars().count();
        let min = s.width.saturating_sub(used);
        let body = match s.grouping {
            Some(sep) => {
                let mut n = digits.len();
                while n + (n - 1) / interval < min {
                    n += 1;
                }
                group(&format!("{digits:0>n$}"), sep, interval)
            }
            None => format!("{digits:0>min$}"),
        };
        return format!("{sign}{prefix}{body}{rest}");
    }
    let body = match s.grouping {
        Some(sep) => group(digits, sep, interval),
        None => digits.to_owned(),
    };
    let mut s2 = s.clone();
    s2.align = Some(align);
    pad(&s2, sign, prefix, &body, rest, '>')
}

/// Apply width, fill and alignment to `sign prefix body rest`.
fn pad(s: &Spec, sign: &str, prefix: &str, body: &str, rest: &str, default_align: char) -> String {
    let len =
        sign.chars().count() + prefix.chars().count() + body.chars().count() + rest.chars().count();
    let content = || format!("{sign}{prefix}{body}{rest}");
    if len >= s.width {
        return content();
    }
    let n = s.width - len;
    let fill = s.fill.unwrap_or(' ');
    let fill_n = |k: usize| std::iter::repeat_n(fill, k).collect::<String>();
    match s.align.unwrap_or(default_align) {
        '<' => format!("{}{}", content(), fill_n(n)),
        '^' => format!("{}{}{}", fill_n(n / 2), content(), fill_n(n - n / 2)),
        '=' => format!("{sign}{prefix}{}{body}{rest}", fill_n(n)),
        _ => format!("{}{}", fill_n(n), content()),
    }
}

/// `ascii(v)`'s escaping of a repr: non-ASCII characters as `\x`, `\u`
/// or `\U` escapes.
pub(crate) fn ascii_escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        let u = u32::from(c);
        match u {
            0..0x80 => out.push(c),
            0x80..0x100 => out.push_str(&format!("\\x{u:02x}")),
            0x100..0x10000 => out.push_str(&format!("\\u{u:04x}")),
            _ => out.push_str(&format!("\\U{u:08x}")),
        }
    }
    out
}
