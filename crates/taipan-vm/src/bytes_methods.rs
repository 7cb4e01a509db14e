//! The methods `bytes` and `bytearray` share (searching, splitting,
//! stripping, padding, ASCII case mapping, `hex`, `decode`, ...). Each
//! works on a copy of the receiver's bytes and returns results of the
//! receiver's type; `bytearray`'s mutating methods are in `bytearray.rs`.

use std::cell::RefCell;

use crate::exception::{type_error, value_error, PyResult};
use crate::method_args::{adjust, bind, bound_arg, index_arg, tuple_items, Kw, Sig, Style};
use crate::types::type_name;
use crate::value::{Builtin, NativeFn, Object, Value};
use crate::Vm;

/// The data of a bytes-like object (`bytes`, `bytearray`), copied.
pub(crate) fn bytes_like(v: &Value) -> Option<Vec<u8>> {
    match v.as_obj()? {
        Object::Bytes(b) => Some(b.to_vec()),
        Object::ByteArray(b) => Some(b.borrow().clone()),
        Object::MemoryView(m) => m.data(),
        _ => None,
    }
}

/// A new `bytes` (`mutable` false) or `bytearray`.
pub(crate) fn make(mutable: bool, data: Vec<u8>) -> Value {
    if mutable {
        Value::obj(Object::ByteArray(RefCell::new(data)))
    } else {
        Value::obj(Object::Bytes(data.into_boxed_slice()))
    }
}

/// The method `name` of a `bytes` or `bytearray` object.
pub(crate) fn find(obj: &Value, name: &str) -> Option<Builtin> {
    let mutable = matches!(obj.as_obj(), Some(Object::ByteArray(_)));
    if mutable {
        if let Some(b) = crate::bytearray::find(name) {
            return Some(b);
        }
    }
    let func: NativeFn = match name {
        "decode" => |_, a, k| {
            let (d, m, rest) = this(a, "decode")?;
            crate::codecs::decode_method(&d, owner(m), rest, k)
        },
        "hex" => bytes_hex,
        "fromhex" => |vm, a, k| fromhex(vm, a.get(1..).unwrap_or(&[]), k),
        "lower" => |_, a, k| map_bytes(a, k, "lower", |b| b.to_ascii_lowercase()),
        "upper" => |_, a, k| map_bytes(a, k, "upper", |b| b.to_ascii_uppercase()),
        "swapcase" => |_, a, k| map_all(a, k, "swapcase", |d| d.iter().map(|b| swap(*b)).collect()),
        "title" => |_, a, k| map_all(a, k, "title", title),
        "capitalize" => |_, a, k| map_all(a, k, "capitalize", capitalize),
        "isalnum" => |_, a, k| {
            test(a, k, "isalnum", |d| {
                !d.is_empty() && d.iter().all(u8::is_ascii_alphanumeric)
            })
        },
        "isalpha" => |_, a, k| {
            test(a, k, "isalpha", |d| {
                !d.is_empty() && d.iter().all(u8::is_ascii_alphabetic)
            })
        },
        "isascii" => |_, a, k| test(a, k, "isascii", |d| d.is_ascii()),
        "isdigit" => |_, a, k| {
            test(a, k, "isdigit", |d| {
                !d.is_empty() && d.iter().all(u8::is_ascii_digit)
            })
        },
        "isspace" => |_, a, k| {
            test(a, k, "isspace", |d| {
                !d.is_empty() && d.iter().all(|b| is_space(*b))
            })
        },
        "islower" => |_, a, k| {
            test(a, k, "islower", |d| {
                d.iter().any(u8::is_ascii_lowercase) && !d.iter().any(u8::is_ascii_uppercase)
            })
        },
        "isupper" => |_, a, k| {
            test(a, k, "isupper", |d| {
                d.iter().any(u8::is_ascii_uppercase) && !d.iter().any(u8::is_ascii_lowercase)
            })
        },
        "istitle" => |_, a, k| test(a, k, "istitle", is_title),
        "find" => |_, a, k| find_like(a, k, "find", false, false),
        "rfind" => |_, a, k| find_like(a, k, "rfind", true, false),
        "index" => |_, a, k| find_like(a, k, "index", false, true),
        "rindex" => |_, a, k| find_like(a, k, "rindex", true, true),
        "count" => bytes_count,
        "startswith" => |_, a, k| affix(a, k, "startswith", false),
        "endswith" => |_, a, k| affix(a, k, "endswith", true),
        "join" => bytes_join,
        _ => return crate::bytes_split::find(name),
    };
    let name = NAMES.iter().find(|n| **n == name)?;
    Some(Builtin { name, func })
}

const NAMES: &[&str] = &[
    "decode",
    "hex",
    "fromhex",
    "lower",
    "upper",
    "swapcase",
    "title",
    "capitalize",
    "isalnum",
    "isalpha",
    "isascii",
    "isdigit",
    "isspace",
    "islower",
    "isupper",
    "istitle",
    "find",
    "rfind",
    "index",
    "rindex",
    "count",
    "startswith",
    "endswith",
    "join",
];

/// The type name for messages.
pub(crate) fn owner(mutable: bool) -> &'static str {
    if mutable {
        "bytearray"
    } else {
        "bytes"
    }
}

/// `self` of a bytes method: its data, whether it is a bytearray, and
/// the other arguments.
pub(crate) fn this<'a>(args: &'a [Value], name: &str) -> PyResult<(Vec<u8>, bool, &'a [Value])> {
    match args.split_first() {
        Some((s, rest)) => match s.as_obj() {
            Some(Object::Bytes(b)) => Ok((b.to_vec(), false, rest)),
            Some(Object::ByteArray(b)) => Ok((b.borrow().clone(), true, rest)),
            _ => Err(type_error(format!(
                "descriptor '{name}' for 'bytes' objects doesn't apply to a '{}' object",
                type_name(s)
            ))),
        },
        None => Err(type_error(format!(
            "unbound method bytes.{name}() needs an argument"
        ))),
    }
}

/// A signature of a method of `bytes` or `bytearray`.
pub(crate) fn sig(
    mutable: bool,
    name: &'static str,
    params: &'static [&'static str],
    required: usize,
    style: Style,
) -> Sig {
    Sig {
        owner: owner(mutable),
        name,
        params,
        required,
        style,
    }
}

/// Python's ASCII white space for bytes.
pub(crate) fn is_space(b: u8) -> bool {
    matches!(b, b' ' | b'\t' | b'\n' | b'\r' | b'\x0b' | b'\x0c')
}

fn swap(b: u8) -> u8 {
    if b.is_ascii_lowercase() {
        b.to_ascii_uppercase()
    } else {
        b.to_ascii_lowercase()
    }
}

fn title(d: &[u8]) -> Vec<u8> {
    let mut prev_cased = false;
    d.iter()
        .map(|&b| {
            let out = if prev_cased {
                b.to_ascii_lowercase()
            } else {
                b.to_ascii_uppercase()
            };
            prev_cased = b.is_ascii_alphabetic();
            out
        })
        .collect()
}

fn capitalize(d: &[u8]) -> Vec<u8> {
    d.iter()
        .enumerate()
        .map(|(i, b)| {
            if i == 0 {
                b.to_ascii_uppercase()
            } else {
                b.to_ascii_lowercase()
            }
        })
        .collect()
}

fn is_title(d: &[u8]) -> bool {
    let (mut cased, mut prev) = (false, false);
    for &b in d {
        if b.is_ascii_uppercase() {
            if prev {
                return false;
            }
            prev = true;
            cased = true;
        } else if b.is_ascii_lowercase() {
            if !prev {
                return false;
            }
            prev = true;
            cased = true;
        } else {
            prev = false;
        }
    }
    cased
}

fn map_bytes(args: &[Value], kw: Kw, name: &'static str, f: fn(&u8) -> u8) -> PyResult<Value> {
    let (d, m, rest) = this(args, name)?;
    bind(&sig(m, name, &[], 0, Style::NoArgs), rest, kw)?;
    Ok(make(m, d.iter().map(f).collect()))
}

fn map_all(args: &[Value], kw: Kw, name: &'static str, f: fn(&[u8]) -> Vec<u8>) -> PyResult<Value> {
    let (d, m, rest) = this(args, name)?;
    bind(&sig(m, name, &[], 0, Style::NoArgs), rest, kw)?;
    Ok(make(m, f(&d)))
}

fn test(args: &[Value], kw: Kw, name: &'static str, f: fn(&[u8]) -> bool) -> PyResult<Value> {
    let (d, m, rest) = this(args, name)?;
    bind(&sig(m, name, &[], 0, Style::NoArgs), rest, kw)?;
    Ok(Value::Bool(f(&d)))
}

/// The first position of `needle` in `hay`.
pub(crate) fn find_sub(hay: &[u8], needle: &[u8]) -> Option<usize> {
    if needle.is_empty() {
        return Some(0);
    }
    hay.windows(needle.len()).position(|w| w == needle)
}

/// The last position of `needle` in `hay`.
pub(crate) fn rfind_sub(hay: &[u8], needle: &[u8]) -> Option<usize> {
    if needle.is_empty() {
        return Some(hay.len());
    }
    hay.windows(needle.len()).rposition(|w| w == needle)
}

/// The needle of `find`/`count`/`index`: bytes-like or an int byte.
fn needle(v: &Value) -> PyResult<Vec<u8>> {
    if let Some(d) = bytes_like(v) {
        return Ok(d);
    }
    match v {
        Value::Int(_) | Value::Bool(_) => {
            let i = index_arg(v)?;
            u8::try_from(i)
                .map(|b| vec![b])
                .map_err(|_| value_error("byte must be in range(0, 256)"))
        }
        _ => Err(type_error(format!(
            "argument should be integer or bytes-like object, not '{}'",
            type_name(v)
        ))),
    }
}

/// A bytes-like argument, or "a bytes-like object is required, not 'T'".
pub(crate) fn bytes_arg(v: &Value) -> PyResult<Vec<u8>> {
    bytes_like(v).ok_or_else(|| {
        type_error(format!(
            "a bytes-like object is required, not '{}'",
            type_name(v)
        ))
    })
}

fn window(
    d: &[u8],
    start: Option<&Value>,
    end: Option<&Value>,
) -> PyResult<Option<(usize, usize)>> {
    let (s, e) = adjust(bound_arg(start)?, bound_arg(end)?, d.len());
    Ok((s <= e).then_some((s, e)))
}

fn find_like(
    args: &[Value],
    kw: Kw,
    name: &'static str,
    right: bool,
    raise: bool,
) -> PyResult<Value> {
    let (d, m, rest) = this(args, name)?;
    let a = bind(
        &sig(m, name, &["sub", "start", "end"], 1, Style::Positional),
        rest,
        kw,
    )?;
    let sub = needle(a[0].unwrap_or(&Value::None))?;
    let found = window(&d, a[1], a[2])?.and_then(|(s, e)| {
        let w = &d[s..e];
        let at = if right {
            rfind_sub(w, &sub)
        } else {
            find_sub(w, &sub)
        }?;
        Some(s + at)
    });
    match found {
        Some(i) => Ok(Value::Int(i as i64)),
        None if raise => Err(value_error("subsection not found")),
        None => Ok(Value::Int(-1)),
    }
}

fn bytes_count(_: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let (d, m, rest) = this(args, "count")?;
    let a = bind(
        &sig(m, "count", &["sub", "start", "end"], 1, Style::Positional),
        rest,
        kw,
    )?;
    let sub = needle(a[0].unwrap_or(&Value::None))?;
    let n = match window(&d, a[1], a[2])? {
        None => 0,
        Some((s, e)) if sub.is_empty() => e - s + 1,
        Some((s, e)) => count_sub(&d[s..e], &sub),
    };
    Ok(Value::Int(n as i64))
}

/// Non-overlapping occurrences of a non-empty `sub` in `hay`.
pub(crate) fn count_sub(hay: &[u8], sub: &[u8]) -> usize {
    let mut n = 0;
    let mut at = 0;
    while let Some(i) = find_sub(&hay[at..], sub) {
        n += 1;
        at += i + sub.len();
    }
    n
}

fn affix(args: &[Value], kw: Kw, name: &'static str, end: bool) -> PyResult<Value> {
    let (d, m, rest) = this(args, name)?;
    let a = bind(
        &sig(m, name, &["prefix", "start", "end"], 1, Style::Positional),
        rest,
        kw,
    )?;
    let arg = a[0].unwrap_or(&Value::None);
    let Some((s, e)) = window(&d, a[1], a[2])? else {
        return Ok(Value::Bool(false));
    };
    let w = &d[s..e];
    let test = |p: &[u8]| {
        if end {
            w.ends_with(p)
        } else {
            w.starts_with(p)
        }
    };
    if let Some(p) = bytes_like(arg) {
        return Ok(Value::Bool(test(&p)));
    }
    let Some(items) = tuple_items(arg) else {
        return Err(type_error(format!(
            "{name} first arg must be bytes or a tuple of bytes, not {}",
            type_name(arg)
        )));
    };
    for item in items {
        let p = bytes_like(item).ok_or_else(|| {
            type_error(format!(
                "a bytes-like object is required, not '{}'",
                type_name(item)
            ))
        })?;
        if test(&p) {
            return Ok(Value::Bool(true));
        }
    }
    Ok(Value::Bool(false))
}

fn bytes_join(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let (sep, m, rest) = this(args, "join")?;
    let a = bind(
        &sig(m, "join", &["iterable_of_bytes"], 1, Style::One),
        rest,
        kw,
    )?;
    let iterable = a[0].unwrap_or(&Value::None);
    let iter = vm.get_iter(iterable).map_err(|e| {
        if e.kind() == crate::exception::ExcKind::TypeError {
            type_error("can only join an iterable")
        } else {
            e
        }
    })?;
    let mut out = Vec::new();
    for (i, item) in vm.collect(&iter)?.iter().enumerate() {
        let Some(part) = bytes_like(item) else {
            return Err(type_error(format!(
                "sequence item {i}: expected a bytes-like object, {} found",
                type_name(item)
            )));
        };
        if i > 0 {
            out.extend_from_slice(&sep);
        }
        out.extend_from_slice(&part);
    }
    Ok(make(m, out))
}

fn bytes_hex(_: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let (d, m, rest) = this(args, "hex")?;
    let a = bind(
        &sig(m, "hex", &["sep", "bytes_per_sep"], 0, Style::Keywords),
        rest,
        kw,
    )?;
    let digits: Vec<String> = d.iter().map(|b| format!("{b:02x}")).collect();
    let Some(sep) = a[0] else {
        return Ok(Value::str(digits.concat()));
    };
    let sep = match (sep.as_str(), bytes_like(sep)) {
        (Some(s), _) => s.to_owned(),
        (None, Some(b)) => String::from_utf8_lossy(&b).into_owned(),
        _ => {
            return Err(type_error(format!(
                "sep must be str or bytes, not {}",
                type_name(sep)
            )))
        }
    };
    if sep.chars().count() != 1 {
        return Err(value_error("sep must be length 1."));
    }
    let per = match a[1] {
        Some(v) => index_arg(v)?,
        None => 1,
    };
    let group = per.unsigned_abs().max(1) as usize;
    let chunks: Vec<String> = if per >= 0 {
        // Groups are counted from the right.
        let first = digits.len() % group;
        let mut out = Vec::new();
        if first > 0 {
            out.push(digits[..first].concat());
        }
        out.extend(digits[first..].chunks(group).map(<[String]>::concat));
        out
    } else {
        digits.chunks(group).map(<[String]>::concat).collect()
    };
    Ok(Value::str(chunks.join(&sep)))
}

/// `bytes.fromhex(string)` / `bytearray.fromhex(string)`.
pub(crate) fn fromhex(_: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    fromhex_as(args, kw, false)
}

/// `fromhex` building a `bytes` or (`mutable`) a `bytearray`.
pub(crate) fn fromhex_as(args: &[Value], kw: Kw, mutable: bool) -> PyResult<Value> {
    let a = bind(
        &sig(mutable, "fromhex", &["string"], 1, Style::One),
        args,
        kw,
    )?;
    let arg = a[0].unwrap_or(&Value::None);
    let text: Vec<u8> = match (arg.as_str(), bytes_like(arg)) {
        (Some(s), _) => s.bytes().collect(),
        (None, Some(b)) => b,
        _ => {
            return Err(type_error(format!(
                "fromhex() argument must be str or bytes-like, not {}",
                type_name(arg)
            )))
        }
    };
    let mut out = Vec::new();
    let mut i = 0;
    let hex = |b: u8| (b as char).to_digit(16);
    while i < text.len() {
        if is_space(text[i]) {
            i += 1;
            continue;
        }
        let Some(hi) = hex(text[i]) else {
            return Err(value_error(format!(
                "non-hexadecimal number found in fromhex() arg at position {i}"
            )));
        };
        let Some(&next) = text.get(i + 1) else {
            return Err(value_error(
                "fromhex() arg must contain an even number of hexadecimal digits",
            ));
        };
        let Some(lo) = hex(next) else {
            return Err(value_error(format!(
                "non-hexadecimal number found in fromhex() arg at position {}",
                i + 1
            )));
        };
        out.push((hi * 16 + lo) as u8);
        i += 2;
    }
    Ok(make(mutable, out))
}
