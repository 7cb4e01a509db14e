//! Argument binding for the methods of the built-in text types (`str`,
//! `bytes`, `bytearray`), with CPython's messages for each calling style,
//! and the small argument conversions they share.

use std::rc::Rc;

use crate::exception::{type_error, ExcKind, PyErr, PyResult};
use crate::types::type_name;
use crate::value::{Object, Value};

/// Keyword arguments as native functions receive them.
pub(crate) type Kw<'a> = &'a [(Rc<str>, Value)];

/// How a method reports bad arguments (CPython has several styles).
#[derive(Clone, Copy, PartialEq, Eq)]
pub(crate) enum Style {
    /// No arguments: "str.upper() takes no arguments (1 given)".
    NoArgs,
    /// Positional only, old style: "strip expected at most 1 argument, got 2".
    Positional,
    /// Argument Clinic with keywords: "split() takes at most 2 arguments (3 given)".
    Keywords,
    /// Argument Clinic, positional only: "replace() takes at least 2 positional arguments".
    ClinicPositional,
    /// Exactly one argument: "str.join() takes exactly one argument (0 given)".
    One,
}

/// A method's signature.
pub(crate) struct Sig {
    /// The type name (`str`, `bytes`).
    pub owner: &'static str,
    /// The method name.
    pub name: &'static str,
    /// Parameter names, in order.
    pub params: &'static [&'static str],
    /// How many are required.
    pub required: usize,
    /// The error style.
    pub style: Style,
}

fn plural(n: usize, word: &str) -> String {
    if n == 1 {
        format!("{n} {word}")
    } else {
        format!("{n} {word}s")
    }
}

/// Bind `args` (without `self`) and `kw` to `sig`'s parameters.
pub(crate) fn bind<'a>(
    sig: &Sig,
    args: &'a [Value],
    kw: Kw<'a>,
) -> PyResult<Vec<Option<&'a Value>>> {
    let (n, max, min) = (args.len(), sig.params.len(), sig.required);
    let name = sig.name;
    if sig.style != Style::Keywords && !kw.is_empty() {
        return Err(type_error(format!(
            "{}.{name}() takes no keyword arguments",
            sig.owner
        )));
    }
    if n > max {
        return Err(type_error(match sig.style {
            Style::NoArgs => format!("{}.{name}() takes no arguments ({n} given)", sig.owner),
            Style::One => format!(
                "{}.{name}() takes exactly one argument ({n} given)",
                sig.owner
            ),
            Style::Positional if max == min => {
                format!("{name} expected {}, got {n}", plural(max, "argument"))
            }
            Style::Positional => format!(
                "{name} expected at most {}, got {n}",
                plural(max, "argument")
            ),
            _ if max == min => format!(
                "{name}() takes exactly {} ({n} given)",
                plural(max, "argument")
            ),
            _ => format!(
                "{name}() takes at most {} ({n} given)",
                plural(max, "argument")
            ),
        }));
    }
    let mut out: Vec<Option<&Value>> = args.iter().map(Some).collect();
    out.resize(max, None);
    for (k, v) in kw {
        match sig.params.iter().position(|p| **p == **k) {
            Some(i) if i < n => {
                return Err(type_error(format!(
                    "argument for {name}() given by name ('{k}') and position ({})",
                    i + 1
                )))
            }
            Some(i) => out[i] = Some(v),
            None => {
                return Err(type_error(format!(
                    "{name}() got an unexpected keyword argument '{k}'"
                )))
            }
        }
    }
    if let Some(missing) = out[..min].iter().position(Option::is_none) {
        return Err(type_error(match sig.style {
            Style::One => format!(
                "{}.{name}() takes exactly one argument ({n} given)",
                sig.owner
            ),
            Style::Positional if max == min => {
                format!("{name} expected {}, got {n}", plural(max, "argument"))
            }
            Style::Positional => format!(
                "{name} expected at least {}, got {n}",
                plural(min, "argument")
            ),
            Style::ClinicPositional if min == max => {
                format!(
                    "{name}() takes exactly {} ({n} given)",
                    plural(min, "argument")
                )
            }
            Style::ClinicPositional => format!(
                "{name}() takes at least {} ({n} given)",
                plural(min, "positional argument")
            ),
            _ => format!(
                "{name}() missing required argument '{}' (pos {})",
                sig.params[missing],
                missing + 1
            ),
        }));
    }
    Ok(out)
}

/// An argument that must be an integer (`__index__`): CPython's
/// "'str' object cannot be interpreted as an integer".
pub(crate) fn index_arg(v: &Value) -> PyResult<i64> {
    match v {
        Value::Int(i) => Ok(*i),
        Value::Bool(b) => Ok(i64::from(*b)),
        _ if v.as_bigint().is_some() => Err(PyErr::msg(
            ExcKind::OverflowError,
            "Python int too large to convert to C ssize_t",
        )),
        _ => Err(type_error(format!(
            "'{}' object cannot be interpreted as an integer",
            type_name(v)
        ))),
    }
}

/// An optional slice bound (`start`/`end` of `find`, `count`, ...).
pub(crate) fn bound_arg(v: Option<&Value>) -> PyResult<Option<i64>> {
    match v {
        None | Some(Value::None) => Ok(None),
        Some(Value::Int(i)) => Ok(Some(*i)),
        Some(Value::Bool(b)) => Ok(Some(i64::from(*b))),
        Some(v) if v.as_bigint().is_some() => {
            let big = v.as_bigint().unwrap_or_default();
            Ok(Some(if big.sign() == num_bigint::Sign::Minus {
                i64::MIN
            } else {
                i64::MAX
            }))
        }
        Some(_) => Err(type_error(
            "slice indices must be integers or None or have an __index__ method",
        )),
    }
}

/// `start`/`end` made into a range of `0..=len` positions, as CPython's
/// `ADJUST_INDICES` does; `start` may exceed `end` (nothing matches then).
pub(crate) fn adjust(start: Option<i64>, end: Option<i64>, len: usize) -> (usize, usize) {
    let len = len as i64;
    let fix = |v: i64| {
        if v < 0 {
            (v.saturating_add(len)).max(0)
        } else {
            v
        }
    };
    let end = fix(end.unwrap_or(len)).min(len);
    let start = fix(start.unwrap_or(0));
    (start as usize, end as usize)
}

/// A type name as Argument Clinic prints it (`None` for `None`).
pub(crate) fn clinic_type_name(v: &Value) -> std::borrow::Cow<'static, str> {
    match v {
        Value::None => "None".into(),
        _ => type_name(v),
    }
}

/// The string in an argument, or "NAME() argument N must be str, not T".
pub(crate) fn str_param<'a>(v: &'a Value, name: &str, pos: &str) -> PyResult<&'a str> {
    v.as_str().ok_or_else(|| {
        type_error(format!(
            "{name}() argument {pos} must be str, not {}",
            clinic_type_name(v)
        ))
    })
}

/// The tuple items of an argument, if it is a tuple.
pub(crate) fn tuple_items(v: &Value) -> Option<&[Value]> {
    match v.as_obj() {
        Some(Object::Tuple(items)) => Some(items),
        _ => None,
    }
}

/// The largest result (in bytes) the text methods build; beyond it they
/// raise `MemoryError` as CPython does when the allocation fails.
const MAX_ALLOC: usize = 1 << 32;

/// `MemoryError` unless a result of `n` units of `unit` bytes may be built.
pub(crate) fn alloc_check(n: usize, unit: usize) -> PyResult<()> {
    match n.checked_mul(unit) {
        Some(total) if total <= MAX_ALLOC => Ok(()),
        _ => Err(PyErr::msg(ExcKind::MemoryError, "")),
    }
}
