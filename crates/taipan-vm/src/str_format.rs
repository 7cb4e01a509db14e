//! `str.format` and printf-style `str % args`.

use std::rc::Rc;

use crate::dict::HashKey;
use crate::exception::{type_error, value_error, ExcKind, PyErr, PyResult};
use crate::types::type_name;
use crate::value::{Object, Value};
use crate::Vm;

type Kw<'a> = &'a [(Rc<str>, Value)];

/// `template.format(*args, **kwargs)`.
pub(crate) fn str_format(vm: &mut Vm, args: &[Value], kwargs: Kw) -> PyResult<Value> {
    let template = args
        .first()
        .and_then(Value::as_str)
        .unwrap_or("")
        .to_owned();
    let positional = args.get(1..).unwrap_or(&[]);
    let mut out = String::new();
    let mut auto = 0usize;
    let mut chars = template.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '{' if chars.peek() == Some(&'{') => {
                chars.next();
                out.push('{');
            }
            '}' if chars.peek() == Some(&'}') => {
                chars.next();
                out.push('}');
            }
            '}' => return Err(value_error("Single '}' encountered in format string")),
            '{' => {
                let mut field = String::new();
                let mut depth = 1;
                for c in chars.by_ref() {
                    match c {
                        '{' => depth += 1,
                        '}' => {
                            depth -= 1;
                            if depth == 0 {
                                break;
                            }
                        }
                        _ => {}
                    }
                    field.push(c);
                }
                if depth != 0 {
                    return Err(value_error("Single '{' encountered in format string"));
                }
                out.push_str(&format_field(vm, &field, positional, kwargs, &mut auto)?);
            }
            c => out.push(c),
        }
    }
    Ok(Value::str(out))
}

/// One `{name!conv:spec}` replacement field.
fn format_field(
    vm: &mut Vm,
    field: &str,
    positional: &[Value],
    kwargs: Kw,
    auto: &mut usize,
) -> PyResult<String> {
    let (head, spec) = field.split_once(':').unwrap_or((field, ""));
    let (name, conversion) = match head.split_once('!') {
        Some((n, c)) => (n, Some(c)),
        None => (head, None),
    };
    let (base, attrs) = name
        .split_once('.')
        .map_or((name, None), |(b, a)| (b, Some(a)));
    let value = if base.is_empty() {
        let v = positional.get(*auto).cloned().ok_or_else(|| {
            PyErr::msg(
                ExcKind::IndexError,
                format!(
                    "Replacement index {} out of range for positional args tuple",
                    *auto
                ),
            )
        })?;
        *auto += 1;
        v
    } else if let Ok(i) = base.parse::<usize>() {
        positional.get(i).cloned().ok_or_else(|| {
            PyErr::msg(
                ExcKind::IndexError,
                format!("Replacement index {i} out of range for positional args tuple"),
            )
        })?
    } else {
        kwargs
            .iter()
            .find(|(k, _)| **k == *base)
            .map(|(_, v)| v.clone())
            .ok_or_else(|| PyErr::new(ExcKind::KeyError, vec![Value::str(base)]))?
    };
    let value = match attrs {
        Some(attr) => match crate::classes::load_attr(&value, attr) {
            Some(r) => r?.0,
            None => crate::subscript::load_attr(&value, attr)?,
        },
        None => value,
    };
    let value = match conversion {
        Some("r") => Value::str(vm.repr_of(&value)?),
        Some("s") => Value::str(vm.str_of(&value)?),
        Some(c) => return Err(value_error(format!("Unknown conversion specifier {c}"))),
        None => value,
    };
    if spec.is_empty() {
        return vm.str_of(&value);
    }
    crate::format_spec::format_value(&value, spec)
}

/// `template % args` (printf-style formatting).
pub(crate) fn percent_format(vm: &mut Vm, template: &str, args: &Value) -> PyResult<Value> {
    let items: Vec<Value> = match args.as_obj() {
        Some(Object::Tuple(items)) => items.clone(),
        _ => vec![args.clone()],
    };
    let mapping = match args.as_obj() {
        Some(Object::Dict(_)) => Some(args.clone()),
        _ => None,
    };
    let mut next = 0usize;
    let mut out = String::new();
    let mut chars = template.chars().peekable();
    while let Some(c) = chars.next() {
        if c != '%' {
            out.push(c);
            continue;
        }
        let mut value = None;
        if chars.peek() == Some(&'(') {
            chars.next();
            let key: String = chars.by_ref().take_while(|&c| c != ')').collect();
            let Some(Object::Dict(d)) = mapping.as_ref().and_then(Value::as_obj) else {
                return Err(type_error("format requires a mapping"));
            };
            let found = d
                .borrow()
                .get(&HashKey::Str(Rc::from(key.as_str())))
                .cloned();
            value =
                Some(found.ok_or_else(|| PyErr::new(ExcKind::KeyError, vec![Value::str(key)]))?);
        }
        let mut flags = String::new();
        while let Some(&f @ ('-' | '+' | ' ' | '#' | '0')) = chars.peek() {
            flags.push(f);
            chars.next();
        }
        let mut width = String::new();
        while let Some(&d) = chars.peek().filter(|d| d.is_ascii_digit()) {
            width.push(d);
            chars.next();
        }
        let mut precision = None;
        if chars.peek() == Some(&'.') {
            chars.next();
            let mut p = String::new();
            while let Some(&d) = chars.peek().filter(|d| d.is_ascii_digit()) {
                p.push(d);
                chars.next();
            }
            precision = Some(p);
        }
        let Some(kind) = chars.next() else {
            return Err(value_error("incomplete format"));
        };
        if kind == '%' {
            out.push('%');
            continue;
        }
        let value = match value {
            Some(v) => v,
            None => {
                let v = items
                    .get(next)
                    .cloned()
                    .ok_or_else(|| type_error("not enough arguments for format string"))?;
                next += 1;
                v
            }
        };
        out.push_str(&percent_one(
            vm,
            &value,
            kind,
            &flags,
            &width,
            precision.as_deref(),
        )?);
    }
    if mapping.is_none() && next < items.len() {
        return Err(type_error(
            "not all arguments converted during string formatting",
        ));
    }
    Ok(Value::str(out))
}

/// One `%` conversion, through the format-spec machinery.
fn percent_one(
    vm: &mut Vm,
    value: &Value,
    kind: char,
    flags: &str,
    width: &str,
    precision: Option<&str>,
) -> PyResult<String> {
    let align = if flags.contains('-') { "<" } else { "" };
    let sign = if flags.contains('+') {
        "+"
    } else if flags.contains(' ') {
        " "
    } else {
        ""
    };
    let zero = if flags.contains('0') && align.is_empty() {
        "0"
    } else {
        ""
    };
    let alt = if flags.contains('#') { "#" } else { "" };
    let prec = precision.map(|p| format!(".{p}")).unwrap_or_default();
    match kind {
        's' | 'r' | 'a' => {
            let text = if kind == 's' {
                vm.str_of(value)?
            } else {
                vm.repr_of(value)?
            };
            // printf pads strings on the left unless `-` is given.
            let align = if align.is_empty() { ">" } else { align };
            let spec = format!("{align}{width}{prec}");
            crate::format_spec::format_value(&Value::str(text), &spec)
        }
        'd' | 'i' | 'u' => {
            let int = match value {
                Value::Float(f) => Value::Int(f.trunc() as i64),
                v if v.as_bigint().is_some() => v.clone(),
                v => {
                    return Err(type_error(format!(
                        "%{kind} format: a real number is required, not {}",
                        type_name(v)
                    )))
                }
            };
            crate::format_spec::format_value(&int, &format!("{align}{sign}{zero}{width}d"))
        }
        'x' | 'X' | 'o' | 'f' | 'F' | 'e' | 'E' | 'g' | 'G' => {
            let spec = format!("{align}{sign}{alt}{zero}{width}{prec}{kind}");
            crate::format_spec::format_value(value, &spec)
        }
        'c' => match value {
            Value::Int(i) => Ok(char::from_u32(*i as u32)
                .map(String::from)
                .unwrap_or_default()),
            v => Ok(v.as_str().unwrap_or("").to_owned()),
        },
        _ => Err(value_error(format!(
            "unsupported format character '{kind}' (0x{:x})",
            kind as u32
        ))),
    }
}
