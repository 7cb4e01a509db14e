//! `str.format` / `str.format_map` (replacement fields with indexes,
//! attributes, `[key]` items, `!r/!s/!a` conversions and nested fields in
//! the spec) and `format(value, spec)` with user `__format__`. The
//! printf-style `%` operator is in `percent.rs`.

use taipan_bytecode::BinaryOpArg;

use crate::exception::{value_error, ExcKind, PyErr, PyResult};
use crate::method_args::Kw;
use crate::value::Value;
use crate::Vm;

pub(crate) use crate::percent::{bytes_percent, percent_format};

/// Where field values come from.
enum Source<'a> {
    /// `format(*args, **kwargs)`.
    Args(&'a [Value], Kw<'a>),
    /// `format_map(mapping)`.
    Map(Value),
}

/// The state of one `format` call: arguments and automatic numbering.
struct Formatter<'a> {
    source: Source<'a>,
    /// `Some(next)` once automatic numbering is in use, `None` before.
    auto: Option<usize>,
    manual: bool,
}

/// `template.format(*args, **kwargs)`.
pub(crate) fn str_format(vm: &mut Vm, args: &[Value], kwargs: Kw) -> PyResult<Value> {
    let (template, rest) = crate::str_methods::this(args, "format")?;
    let mut f = Formatter {
        source: Source::Args(rest, kwargs),
        auto: None,
        manual: false,
    };
    Ok(Value::str(f.render(vm, template, 2)?))
}

/// `template.format_map(mapping)`.
pub(crate) fn str_format_map(vm: &mut Vm, args: &[Value], kwargs: Kw) -> PyResult<Value> {
    let (template, rest) = crate::str_methods::this(args, "format_map")?;
    let sig = crate::method_args::Sig {
        owner: "str",
        name: "format_map",
        params: &["mapping"],
        required: 1,
        style: crate::method_args::Style::One,
    };
    let a = crate::method_args::bind(&sig, rest, kwargs)?;
    let mapping = a[0].cloned().unwrap_or(Value::None);
    let mut f = Formatter {
        source: Source::Map(mapping),
        auto: None,
        manual: false,
    };
    Ok(Value::str(f.render(vm, template, 2)?))
}

impl Formatter<'_> {
    /// Expand `template`; `depth` limits nesting of fields in specs.
    fn render(&mut self, vm: &mut Vm, template: &str, depth: usize) -> PyResult<String> {
        if depth == 0 {
            return Err(value_error("Max string recursion exceeded"));
        }
        let chars: Vec<char> = template.chars().collect();
        let mut out = String::with_capacity(template.len());
        let mut i = 0;
        while i < chars.len() {
            let c = chars[i];
            let next = chars.get(i + 1).copied();
            match c {
                '{' if next == Some('{') => {
                    out.push('{');
                    i += 2;
                }
                '}' if next == Some('}') => {
                    out.push('}');
                    i += 2;
                }
                '}' => return Err(value_error("Single '}' encountered in format string")),
                '{' => {
                    let end = field_end(&chars, i + 1)?;
                    let field: String = chars[i + 1..end].iter().collect();
                    out.push_str(&self.field(vm, &field, depth)?);
                    i = end + 1;
                }
                c => {
                    out.push(c);
                    i += 1;
                }
            }
        }
        Ok(out)
    }

    /// One `{name!conv:spec}` replacement field.
    fn field(&mut self, vm: &mut Vm, field: &str, depth: usize) -> PyResult<String> {
        let (name, conversion, spec) = split_field(field)?;
        let value = self.lookup(vm, name)?;
        let value = match conversion {
            Some('r') => Value::str(vm.repr_of(&value)?),
            Some('s') => Value::str(vm.str_of(&value)?),
            Some('a') => Value::str(crate::format_spec::ascii_escape(&vm.repr_of(&value)?)),
            Some(c) => return Err(value_error(format!("Unknown conversion specifier {c}"))),
            None => value,
        };
        let spec = if spec.contains('{') {
            self.render(vm, spec, depth - 1)?
        } else {
            spec.to_owned()
        };
        format_with(vm, &value, &spec)
    }

    /// The value a field name selects: an argument, then `.attr` and
    /// `[key]` steps.
    fn lookup(&mut self, vm: &mut Vm, name: &str) -> PyResult<Value> {
        let first_end = name.find(['.', '[']).unwrap_or(name.len());
        let (first, mut rest) = name.split_at(first_end);
        let mut value = self.argument(vm, first)?;
        while !rest.is_empty() {
            if let Some(after) = rest.strip_prefix('.') {
                let end = after.find(['.', '[']).unwrap_or(after.len());
                let attr = &after[..end];
                if attr.is_empty() {
                    return Err(value_error("Empty attribute in format string"));
                }
                value = vm.getattr(&value, attr)?;
                rest = &after[end..];
            } else if let Some(after) = rest.strip_prefix('[') {
                let end = after
                    .find(']')
                    .ok_or_else(|| value_error("Missing ']' in format string"))?;
                let key_text = &after[..end];
                if key_text.is_empty() {
                    return Err(value_error("Empty attribute in format string"));
                }
                let key = match key_text.parse::<usize>() {
                    Ok(i) if key_text.bytes().all(|b| b.is_ascii_digit()) => Value::Int(i as i64),
                    _ => Value::str(key_text),
                };
                value = vm.binary_dunder(BinaryOpArg::SUBSCR, &value, &key)?;
                rest = &after[end + 1..];
                if !rest.is_empty() && !rest.starts_with(['.', '[']) {
                    return Err(value_error(
                        "Only '.' or '[' may follow ']' in format field specifier",
                    ));
                }
            } else {
                return Err(value_error(
                    "Only '.' or '[' may follow ']' in format field specifier",
                ));
            }
        }
        Ok(value)
    }

    /// The argument named (or numbered, or next) by the field's first part.
    fn argument(&mut self, vm: &mut Vm, first: &str) -> PyResult<Value> {
        let index = if first.is_empty() {
            if self.manual {
                return Err(value_error(
                    "cannot switch from manual field specification to automatic field numbering",
                ));
            }
            let i = self.auto.unwrap_or(0);
            self.auto = Some(i + 1);
            Some(i)
        } else if first.bytes().all(|b| b.is_ascii_digit()) {
            if self.auto.is_some() {
                return Err(value_error(
                    "cannot switch from automatic field numbering to manual field specification",
                ));
            }
            self.manual = true;
            Some(
                first
                    .parse::<usize>()
                    .map_err(|_| value_error("Too many decimal digits in format string"))?,
            )
        } else {
            None
        };
        match (&self.source, index) {
            (Source::Map(_), Some(_)) => {
                Err(value_error("Format string contains positional fields"))
            }
            (Source::Map(m), None) => {
                let m = m.clone();
                vm.binary_dunder(BinaryOpArg::SUBSCR, &m, &Value::str(first))
            }
            (Source::Args(args, _), Some(i)) => args.get(i).cloned().ok_or_else(|| {
                PyErr::msg(
                    ExcKind::IndexError,
                    format!("Replacement index {i} out of range for positional args tuple"),
                )
            }),
            (Source::Args(_, kw), None) => kw
                .iter()
                .find(|(k, _)| **k == *first)
                .map(|(_, v)| v.clone())
                .ok_or_else(|| PyErr::new(ExcKind::KeyError, vec![Value::str(first)])),
        }
    }
}

/// The index of the `}` closing the field that starts at `start`
/// (nested `{}` pairs in the spec are skipped).
fn field_end(chars: &[char], start: usize) -> PyResult<usize> {
    let mut depth = 1;
    let mut bracket = false;
    let mut in_spec = false;
    let mut i = start;
    while i < chars.len() {
        match chars[i] {
            '[' if !in_spec => bracket = true,
            ']' if !in_spec => bracket = false,
            ':' | '!' if !bracket => in_spec = true,
            '{' if in_spec || !bracket => depth += 1,
            '}' if !bracket || in_spec => {
                depth -= 1;
                if depth == 0 {
                    return Ok(i);
                }
            }
            _ => {}
        }
        i += 1;
    }
    Err(value_error("expected '}' before end of string"))
}

/// `name`, conversion and spec of a field's text.
fn split_field(field: &str) -> PyResult<(&str, Option<char>, &str)> {
    let mut bracket = false;
    for (i, c) in field.char_indices() {
        match c {
            '[' => bracket = true,
            ']' => bracket = false,
            '{' if !bracket => return Err(value_error("unexpected '{' in field name")),
            ':' if !bracket => return Ok((&field[..i], None, &field[i + 1..])),
            '!' if !bracket => {
                let rest = &field[i + 1..];
                let mut it = rest.chars();
                let Some(conv) = it.next() else {
                    return Err(value_error(
                        "end of string while looking for conversion specifier",
                    ));
                };
                let after = it.as_str();
                let spec = match after.strip_prefix(':') {
                    Some(spec) => spec,
                    None if after.is_empty() => "",
                    None => return Err(value_error("expected ':' after conversion specifier")),
                };
                if conv == '{' || conv == '}' {
                    return Err(value_error("unmatched '{' in format spec"));
                }
                return Ok((&field[..i], Some(conv), spec));
            }
            _ => {}
        }
    }
    Ok((field, None, ""))
}

/// `format(value, spec)`, calling a user class's `__format__` (or, for an
/// empty spec, its `__str__`).
pub(crate) fn format_with(vm: &mut Vm, value: &Value, spec: &str) -> PyResult<String> {
    if crate::classes::user_class(value).is_some() {
        let r = vm.format_dunder(value, &Value::str(spec))?;
        return Ok(r.as_str().unwrap_or("").to_owned());
    }
    if spec.is_empty() {
        return vm.str_of(value);
    }
    crate::format_spec::format_value(value, spec)
}
