//! printf-style formatting: `str % args` and `bytes % args`.
//!
//! One engine serves both: a bytes template is read as Latin-1 text, and
//! the result is written back as Latin-1 (every conversion of the bytes
//! form yields code points below 256). Numeric conversions go through the
//! format-spec renderer (`format_spec.rs`), which implements the same
//! padding rules.

use taipan_bytecode::BinaryOpArg;

use crate::exception::{type_error, value_error, ExcKind, PyErr, PyResult};
use crate::format_spec::{ascii_escape, format_value};
use crate::types::type_name;
use crate::value::{Object, Value};
use crate::Vm;

/// The conversion flags and sizes of one `%` directive.
#[derive(Default)]
struct Directive {
    left: bool,
    plus: bool,
    space: bool,
    alt: bool,
    zero: bool,
    width: Option<usize>,
    precision: Option<usize>,
}

/// The argument source: a tuple's items, one value, or a mapping.
struct Args {
    items: Vec<Value>,
    mapping: Option<Value>,
    next: usize,
}

impl Args {
    fn new(args: &Value) -> Args {
        let items = match args.as_obj() {
            Some(Object::Tuple(items)) => items.clone(),
            _ => vec![args.clone()],
        };
        let is_mapping = match args.as_obj() {
            Some(Object::Tuple(_) | Object::Str(_) | Object::Bytes(_) | Object::ByteArray(_)) => {
                false
            }
            Some(Object::Dict(_) | Object::List(_) | Object::DictView(..) | Object::Range(..)) => {
                true
            }
            Some(Object::Instance(_)) => true,
            _ => false,
        };
        Args {
            items,
            mapping: is_mapping.then(|| args.clone()),
            next: 0,
        }
    }

    fn next(&mut self) -> PyResult<Value> {
        let v = self
            .items
            .get(self.next)
            .cloned()
            .ok_or_else(|| type_error("not enough arguments for format string"))?;
        self.next += 1;
        Ok(v)
    }
}

/// What the engine asks of its caller: a value's text for `%s`/`%r`/`%a`
/// (`%b` for bytes), or a mapping's item for `%(key)`.
enum Need<'a> {
    Text(&'a Value, char),
    Key(&'a Value, &'a str),
}

type Hook<'a> = dyn FnMut(Need) -> PyResult<Value> + 'a;

/// `template % args` for a str template.
pub(crate) fn percent_format(vm: &mut Vm, template: &str, args: &Value) -> PyResult<Value> {
    let chars: Vec<char> = template.chars().collect();
    let mut hook = |need: Need| -> PyResult<Value> {
        Ok(match need {
            Need::Text(v, 's') => Value::str(vm.str_of(v)?),
            Need::Text(v, 'r') => Value::str(vm.repr_of(v)?),
            Need::Text(v, _) => Value::str(ascii_escape(&vm.repr_of(v)?)),
            Need::Key(m, key) => vm.binary_dunder(BinaryOpArg::SUBSCR, m, &Value::str(key))?,
        })
    };
    Ok(Value::str(engine(&chars, args, false, &mut hook)?))
}

/// `template % args` for a bytes or bytearray template.
pub(crate) fn bytes_percent(template: &[u8], args: &Value) -> PyResult<Vec<u8>> {
    let chars: Vec<char> = template.iter().map(|&b| char::from(b)).collect();
    let mut hook = |need: Need| -> PyResult<Value> {
        Ok(match need {
            Need::Text(v, 's' | 'b') => match crate::bytes_methods::bytes_like(v) {
                Some(d) => Value::str(d.iter().map(|&b| char::from(b)).collect::<String>()),
                None => {
                    return Err(type_error(format!(
                        "%b requires a bytes-like object, or an object that implements __bytes__, not '{}'",
                        type_name(v)
                    )))
                }
            },
            Need::Text(v, _) => Value::str(ascii_escape(&crate::format::repr(v)?)),
            Need::Key(m, key) => {
                let key = crate::bytes_methods::make(false, key.chars().map(|c| c as u8).collect());
                crate::subscript::subscr(m, &key)?
            }
        })
    };
    let out = engine(&chars, args, true, &mut hook)?;
    Ok(out.chars().map(|c| c as u8).collect()) // every char is < 256 here
}

fn engine(chars: &[char], args: &Value, bytes: bool, hook: &mut Hook) -> PyResult<String> {
    let mut args = Args::new(args);
    let mut used_mapping = false;
    let mut out = String::with_capacity(chars.len());
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        i += 1;
        if c != '%' {
            out.push(c);
            continue;
        }
        let mut value = None;
        if chars.get(i) == Some(&'(') {
            let Some(mapping) = args.mapping.clone() else {
                return Err(type_error("format requires a mapping"));
            };
            let mut depth = 1;
            let start = i + 1;
            i += 1;
            while i < chars.len() && depth > 0 {
                match chars[i] {
                    '(' => depth += 1,
                    ')' => depth -= 1,
                    _ => {}
                }
                i += 1;
            }
            if depth > 0 {
                return Err(value_error("incomplete format key"));
            }
            let key: String = chars[start..i - 1].iter().collect();
            value = Some(hook(Need::Key(&mapping, &key))?);
            // As in CPython, a keyed directive uses up the lone argument.
            args.items.clear();
            args.next = 0;
            used_mapping = true;
        }
        let mut d = Directive::default();
        while let Some(&f) = chars.get(i) {
            match f {
                '-' => d.left = true,
                '+' => d.plus = true,
                ' ' => d.space = true,
                '#' => d.alt = true,
                '0' => d.zero = true,
                _ => break,
            }
            i += 1;
        }
        d.width = number(chars, &mut i, &mut args, true, &mut d.left)?;
        if chars.get(i) == Some(&'.') {
            i += 1;
            let mut ignore = false;
            d.precision = Some(number(chars, &mut i, &mut args, false, &mut ignore)?.unwrap_or(0));
        }
        while matches!(chars.get(i), Some('h' | 'l' | 'L')) {
            i += 1;
        }
        let Some(&kind) = chars.get(i) else {
            return Err(value_error("incomplete format"));
        };
        i += 1;
        if kind == '%' && value.is_none() && d.width.is_none() && d.precision.is_none() {
            out.push('%');
            continue;
        }
        let value = match value {
            Some(v) => v,
            None => args.next()?,
        };
        if kind == '%' {
            out.push('%');
            continue;
        }
        out.push_str(&convert(&value, kind, &d, bytes, hook, i - 1)?);
    }
    if args.mapping.is_none() && args.next < args.items.len() && !used_mapping {
        return Err(type_error(if bytes {
            "not all arguments converted during bytes formatting"
        } else {
            "not all arguments converted during string formatting"
        }));
    }
    Ok(out)
}

/// A width or precision: digits, or `*` taking the next argument.
fn number(
    chars: &[char],
    i: &mut usize,
    args: &mut Args,
    width: bool,
    left: &mut bool,
) -> PyResult<Option<usize>> {
    if chars.get(*i) == Some(&'*') {
        *i += 1;
        let v = args.next()?;
        let Value::Int(n) = v else {
            return Err(type_error("* wants int"));
        };
        if width && n < 0 {
            *left = true;
        }
        return Ok(Some(if width {
            n.unsigned_abs() as usize
        } else {
            n.max(0) as usize
        }));
    }
    let start = *i;
    while chars.get(*i).is_some_and(char::is_ascii_digit) {
        *i += 1;
    }
    if start == *i {
        return Ok(None);
    }
    let text: String = chars[start..*i].iter().collect();
    text.parse::<usize>().map(Some).map_err(|_| {
        value_error(if width {
            "width too big"
        } else {
            "precision too big"
        })
    })
}

/// One conversion.
fn convert(
    value: &Value,
    kind: char,
    d: &Directive,
    bytes: bool,
    hook: &mut Hook,
    at: usize,
) -> PyResult<String> {
    let width = d.width.map(|w| w.to_string()).unwrap_or_default();
    let sign = if d.plus {
        "+"
    } else if d.space {
        " "
    } else {
        ""
    };
    let align = if d.left { "<" } else { ">" };
    let zero = if d.zero && !d.left { "0" } else { "" };
    let alt = if d.alt { "#" } else { "" };
    match kind {
        's' | 'r' | 'a' | 'b' if kind != 'b' || bytes => {
            let mut text = hook(Need::Text(value, kind))?
                .as_str()
                .unwrap_or("")
                .to_owned();
            if let Some(p) = d.precision {
                text = text.chars().take(p).collect();
            }
            format_value(&Value::str(text), &format!("{align}{width}"))
        }
        'd' | 'i' | 'u' => {
            let int = int_value(value, kind, true)?;
            let spec = format!(
                "{}{sign}{zero}{width}d",
                if zero.is_empty() { align } else { "" }
            );
            with_precision(&int, &spec, d.precision)
        }
        'x' | 'X' | 'o' => {
            let int = int_value(value, kind, false)?;
            let spec = format!(
                "{}{sign}{alt}{zero}{width}{kind}",
                if zero.is_empty() { align } else { "" }
            );
            with_precision(&int, &spec, d.precision)
        }
        'e' | 'E' | 'f' | 'F' | 'g' | 'G' => {
            let f = float_value(value)?;
            let prec = d.precision.unwrap_or(6);
            let spec = format!(
                "{}{sign}{alt}{zero}{width}.{prec}{kind}",
                if zero.is_empty() { align } else { "" }
            );
            format_value(&f, &spec)
        }
        'c' => {
            let c = char_value(value, bytes)?;
            format_value(&Value::str(c.to_string()), &format!("{align}{width}"))
        }
        _ => Err(value_error(format!(
            "unsupported format character '{}' (0x{:x}) at index {at}",
            kind, kind as u32
        ))),
    }
}

/// `%.Nd`: at least N digits.
fn with_precision(int: &Value, spec: &str, precision: Option<usize>) -> PyResult<String> {
    let Some(p) = precision else {
        return format_value(int, spec);
    };
    let n = int.as_bigint().unwrap_or_default();
    let negative = n.sign() == num_bigint::Sign::Minus;
    let mag = Value::from_bigint(num_traits::Signed::abs(&n));
    let kind = spec.chars().last().unwrap_or('d');
    let digits = format_value(
        &mag,
        &format!("{}{kind}", if spec.contains('#') { "#" } else { "" }),
    )?;
    let (prefix, digits) =
        if digits.starts_with("0x") || digits.starts_with("0X") || digits.starts_with("0o") {
            digits.split_at(2)
        } else {
            ("", digits.as_str())
        };
    let body = format!("{}{prefix}{digits:0>p$}", if negative { "-" } else { "" });
    let width: usize = spec
        .trim_start_matches(['<', '>', '+', ' ', '#', '0'])
        .trim_end_matches(kind)
        .parse()
        .unwrap_or(0);
    let plus = if !negative && spec.contains('+') {
        "+"
    } else if !negative && spec.contains(' ') {
        " "
    } else {
        ""
    };
    let text = format!("{plus}{body}");
    let pad = width.saturating_sub(text.chars().count());
    Ok(if spec.starts_with('<') {
        format!("{text}{}", " ".repeat(pad))
    } else {
        format!("{}{text}", " ".repeat(pad))
    })
}

fn int_value(v: &Value, kind: char, real_ok: bool) -> PyResult<Value> {
    match v {
        Value::Float(f) if real_ok => {
            if f.is_nan() {
                return Err(value_error("cannot convert float NaN to integer"));
            }
            if f.is_infinite() {
                return Err(PyErr::msg(
                    ExcKind::OverflowError,
                    "cannot convert float infinity to integer",
                ));
            }
            Ok(Value::from_bigint(num_bigint::BigInt::from(
                f.trunc() as i128
            )))
        }
        Value::Bool(b) => Ok(Value::Int(i64::from(*b))),
        v if v.as_bigint().is_some() => Ok(v.clone()),
        v if real_ok => Err(type_error(format!(
            "%{kind} format: a real number is required, not {}",
            type_name(v)
        ))),
        v => Err(type_error(format!(
            "%{kind} format: an integer is required, not {}",
            type_name(v)
        ))),
    }
}

fn float_value(v: &Value) -> PyResult<Value> {
    match v {
        Value::Float(_) => Ok(v.clone()),
        Value::Bool(b) => Ok(Value::Float(f64::from(u8::from(*b)))),
        v if v.as_bigint().is_some() => Ok(v.clone()),
        v => Err(type_error(format!(
            "must be real number, not {}",
            type_name(v)
        ))),
    }
}

fn char_value(v: &Value, bytes: bool) -> PyResult<char> {
    if bytes {
        return match (v, crate::bytes_methods::bytes_like(v)) {
            (Value::Int(i), _) if (0..256).contains(i) => Ok(char::from(*i as u8)),
            (Value::Int(_), _) => Err(PyErr::msg(
                ExcKind::OverflowError,
                "%c arg not in range(256)",
            )),
            (_, Some(d)) if d.len() == 1 => Ok(char::from(d[0])),
            (_, Some(d)) => Err(type_error(format!(
                "%c requires an integer in range(256) or a single byte, not a bytes object of length {}",
                d.len()
            ))),
            _ => Err(type_error(format!(
                "%c requires an integer in range(256) or a single byte, not {}",
                type_name(v)
            ))),
        };
    }
    match v {
        Value::Bool(b) => Ok(char::from(u8::from(*b))),
        Value::Int(i) => u32::try_from(*i)
            .ok()
            .filter(|&c| c < 0x110000)
            .and_then(char::from_u32)
            .ok_or_else(|| PyErr::msg(ExcKind::OverflowError, "%c arg not in range(0x110000)")),
        v if v.as_str().is_some() => {
            let s = v.as_str().unwrap_or("");
            let mut it = s.chars();
            match (it.next(), it.next()) {
                (Some(c), None) => Ok(c),
                _ => Err(type_error(format!(
                    "%c requires an int or a unicode character, not a string of length {}",
                    s.chars().count()
                ))),
            }
        }
        v => Err(type_error(format!(
            "%c requires an int or a unicode character, not {}",
            type_name(v)
        ))),
    }
}
