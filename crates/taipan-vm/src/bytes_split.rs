//! More shared methods of `bytes` and `bytearray`: splitting,
//! partitioning, stripping, padding, replacing and translating.

use crate::bytes_methods::{bytes_arg, bytes_like, find_sub, is_space, make, rfind_sub, sig, this};
use crate::exception::{type_error, value_error, PyResult};
use crate::method_args::{bind, index_arg, Kw, Style};
use crate::types::type_name;
use crate::value::{Builtin, NativeFn, Value};
use crate::Vm;

/// The method `name`, if it is one of this family.
pub(crate) fn find(name: &str) -> Option<Builtin> {
    let func: NativeFn = match name {
        "split" => |_, a, k| split(a, k, "split", false),
        "rsplit" => |_, a, k| split(a, k, "rsplit", true),
        "splitlines" => splitlines,
        "partition" => |_, a, k| partition(a, k, "partition", false),
        "rpartition" => |_, a, k| partition(a, k, "rpartition", true),
        "strip" => |_, a, k| strip(a, k, "strip", true, true),
        "lstrip" => |_, a, k| strip(a, k, "lstrip", true, false),
        "rstrip" => |_, a, k| strip(a, k, "rstrip", false, true),
        "removeprefix" => |_, a, k| remove_affix(a, k, "removeprefix", false),
        "removesuffix" => |_, a, k| remove_affix(a, k, "removesuffix", true),
        "ljust" => |_, a, k| justify(a, k, "ljust"),
        "rjust" => |_, a, k| justify(a, k, "rjust"),
        "center" => |_, a, k| justify(a, k, "center"),
        "zfill" => zfill,
        "expandtabs" => expandtabs,
        "replace" => replace,
        "translate" => translate,
        "maketrans" => |vm, a, k| maketrans(vm, a.get(1..).unwrap_or(&[]), k),
        _ => return None,
    };
    let name = NAMES.iter().find(|n| **n == name)?;
    Some(Builtin { name, func })
}

const NAMES: &[&str] = &[
    "split",
    "rsplit",
    "splitlines",
    "partition",
    "rpartition",
    "strip",
    "lstrip",
    "rstrip",
    "removeprefix",
    "removesuffix",
    "ljust",
    "rjust",
    "center",
    "zfill",
    "expandtabs",
    "replace",
    "translate",
    "maketrans",
];

fn split(args: &[Value], kw: Kw, name: &'static str, right: bool) -> PyResult<Value> {
    let (d, m, rest) = this(args, name)?;
    let a = bind(
        &sig(m, name, &["sep", "maxsplit"], 0, Style::Keywords),
        rest,
        kw,
    )?;
    let max = match a[1] {
        Some(v) => usize::try_from(index_arg(v)?).unwrap_or(usize::MAX),
        None => usize::MAX,
    };
    let parts: Vec<Vec<u8>> = match a[0] {
        None | Some(Value::None) => split_space(&d, max, right),
        Some(sep) => {
            let sep = bytes_arg(sep)?;
            if sep.is_empty() {
                return Err(value_error("empty separator"));
            }
            split_on(&d, &sep, max, right)
        }
    };
    Ok(Value::list(parts.into_iter().map(|p| make(m, p)).collect()))
}

fn split_on(d: &[u8], sep: &[u8], max: usize, right: bool) -> Vec<Vec<u8>> {
    let mut parts = Vec::new();
    let mut rest = d;
    while parts.len() < max {
        let at = if right {
            rfind_sub(rest, sep)
        } else {
            find_sub(rest, sep)
        };
        let Some(i) = at else { break };
        if right {
            parts.push(rest[i + sep.len()..].to_vec());
            rest = &rest[..i];
        } else {
            parts.push(rest[..i].to_vec());
            rest = &rest[i + sep.len()..];
        }
    }
    parts.push(rest.to_vec());
    if right {
        parts.reverse();
    }
    parts
}

fn split_space(d: &[u8], max: usize, right: bool) -> Vec<Vec<u8>> {
    let mut parts = Vec::new();
    let (mut lo, mut hi) = (0, d.len());
    loop {
        if right {
            while hi > lo && is_space(d[hi - 1]) {
                hi -= 1;
            }
        } else {
            while lo < hi && is_space(d[lo]) {
                lo += 1;
            }
        }
        if lo == hi {
            break;
        }
        if parts.len() == max {
            parts.push(d[lo..hi].to_vec());
            break;
        }
        if right {
            let mut j = hi;
            while j > lo && !is_space(d[j - 1]) {
                j -= 1;
            }
            parts.push(d[j..hi].to_vec());
            hi = j;
        } else {
            let mut j = lo;
            while j < hi && !is_space(d[j]) {
                j += 1;
            }
            parts.push(d[lo..j].to_vec());
            lo = j;
        }
    }
    if right {
        parts.reverse();
    }
    parts
}

fn splitlines(_: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let (d, m, rest) = this(args, "splitlines")?;
    let a = bind(
        &sig(m, "splitlines", &["keepends"], 0, Style::Keywords),
        rest,
        kw,
    )?;
    let keep = match a[0] {
        Some(v) => crate::compare::truthy(v)?,
        None => false,
    };
    let mut out = Vec::new();
    let (mut start, mut i) = (0, 0);
    while i < d.len() {
        let b = d[i];
        if b != b'\n' && b != b'\r' {
            i += 1;
            continue;
        }
        let mut end = i + 1;
        if b == b'\r' && d.get(i + 1) == Some(&b'\n') {
            end += 1;
        }
        out.push(make(m, d[start..if keep { end } else { i }].to_vec()));
        start = end;
        i = end;
    }
    if start < d.len() {
        out.push(make(m, d[start..].to_vec()));
    }
    Ok(Value::list(out))
}

fn partition(args: &[Value], kw: Kw, name: &'static str, right: bool) -> PyResult<Value> {
    let (d, m, rest) = this(args, name)?;
    let a = bind(&sig(m, name, &["sep"], 1, Style::One), rest, kw)?;
    let sep = bytes_arg(a[0].unwrap_or(&Value::None))?;
    if sep.is_empty() {
        return Err(value_error("empty separator"));
    }
    let at = if right {
        rfind_sub(&d, &sep)
    } else {
        find_sub(&d, &sep)
    };
    let parts = match (at, right) {
        (Some(i), _) => [d[..i].to_vec(), sep.clone(), d[i + sep.len()..].to_vec()],
        (None, false) => [d.clone(), Vec::new(), Vec::new()],
        (None, true) => [Vec::new(), Vec::new(), d.clone()],
    };
    Ok(Value::tuple(
        parts.into_iter().map(|p| make(m, p)).collect(),
    ))
}

fn strip(args: &[Value], kw: Kw, name: &'static str, left: bool, right: bool) -> PyResult<Value> {
    let (d, m, rest) = this(args, name)?;
    let a = bind(&sig(m, name, &["bytes"], 0, Style::Positional), rest, kw)?;
    let set = match a[0] {
        None | Some(Value::None) => None,
        Some(v) => Some(bytes_arg(v)?),
    };
    let strip_it = |b: u8| match &set {
        Some(s) => s.contains(&b),
        None => is_space(b),
    };
    let (mut lo, mut hi) = (0, d.len());
    if left {
        while lo < hi && strip_it(d[lo]) {
            lo += 1;
        }
    }
    if right {
        while hi > lo && strip_it(d[hi - 1]) {
            hi -= 1;
        }
    }
    Ok(make(m, d[lo..hi].to_vec()))
}

fn remove_affix(args: &[Value], kw: Kw, name: &'static str, suffix: bool) -> PyResult<Value> {
    let (d, m, rest) = this(args, name)?;
    let a = bind(&sig(m, name, &["prefix"], 1, Style::One), rest, kw)?;
    let p = bytes_arg(a[0].unwrap_or(&Value::None))?;
    let out = match suffix {
        true if d.ends_with(&p) => d[..d.len() - p.len()].to_vec(),
        false if d.starts_with(&p) => d[p.len()..].to_vec(),
        _ => d,
    };
    Ok(make(m, out))
}

fn justify(args: &[Value], kw: Kw, name: &'static str) -> PyResult<Value> {
    let (d, m, rest) = this(args, name)?;
    let a = bind(
        &sig(m, name, &["width", "fillchar"], 1, Style::Positional),
        rest,
        kw,
    )?;
    let width = index_arg(a[0].unwrap_or(&Value::None))?;
    let fill = match a[1] {
        None => b' ',
        Some(v) => match bytes_like(v).as_deref() {
            Some([b]) => *b,
            _ => {
                return Err(type_error(format!(
                    "{name}() argument 2 must be a byte string of length 1, not {}",
                    type_name(v)
                )))
            }
        },
    };
    if width <= d.len() as i64 {
        return Ok(make(m, d));
    }
    crate::method_args::alloc_check(width as usize, 1)?;
    let margin = width as usize - d.len();
    let left = match name {
        "ljust" => 0,
        "rjust" => margin,
        _ => margin / 2 + (margin & width as usize & 1),
    };
    let mut out = vec![fill; left];
    out.extend_from_slice(&d);
    out.resize(width as usize, fill);
    Ok(make(m, out))
}

fn zfill(_: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let (d, m, rest) = this(args, "zfill")?;
    let a = bind(&sig(m, "zfill", &["width"], 1, Style::One), rest, kw)?;
    let width = index_arg(a[0].unwrap_or(&Value::None))?;
    if width <= d.len() as i64 {
        return Ok(make(m, d));
    }
    crate::method_args::alloc_check(width as usize, 1)?;
    let zeros = width as usize - d.len();
    let sign = usize::from(matches!(d.first(), Some(b'+' | b'-')));
    let mut out = d[..sign].to_vec();
    out.extend(std::iter::repeat_n(b'0', zeros));
    out.extend_from_slice(&d[sign..]);
    Ok(make(m, out))
}

fn expandtabs(_: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let (d, m, rest) = this(args, "expandtabs")?;
    let a = bind(
        &sig(m, "expandtabs", &["tabsize"], 0, Style::Keywords),
        rest,
        kw,
    )?;
    let tab = match a[0] {
        Some(v) => index_arg(v)?,
        None => 8,
    };
    let mut out = Vec::with_capacity(d.len());
    let mut column = 0i64;
    for &b in &d {
        match b {
            b'\t' if tab > 0 => {
                let n = tab - column % tab;
                crate::method_args::alloc_check(out.len() + n as usize, 1)?;
                out.extend(std::iter::repeat_n(b' ', n as usize));
                column += n;
            }
            b'\t' => {}
            b'\n' | b'\r' => {
                out.push(b);
                column = 0;
            }
            _ => {
                out.push(b);
                column += 1;
            }
        }
    }
    Ok(make(m, out))
}

fn replace(_: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let (d, m, rest) = this(args, "replace")?;
    let a = bind(
        &sig(m, "replace", &["old", "new", "count"], 2, Style::Positional),
        rest,
        kw,
    )?;
    let old = bytes_arg(a[0].unwrap_or(&Value::None))?;
    let new = bytes_arg(a[1].unwrap_or(&Value::None))?;
    let limit = match a[2] {
        Some(v) => usize::try_from(index_arg(v)?).unwrap_or(usize::MAX),
        None => usize::MAX,
    };
    let mut out = Vec::with_capacity(d.len());
    let mut n = 0;
    if old.is_empty() {
        for &b in &d {
            if n < limit {
                out.extend_from_slice(&new);
                n += 1;
            }
            out.push(b);
        }
        if n < limit {
            out.extend_from_slice(&new);
        }
        return Ok(make(m, out));
    }
    let mut rest = &d[..];
    while n < limit {
        let Some(i) = find_sub(rest, &old) else { break };
        out.extend_from_slice(&rest[..i]);
        out.extend_from_slice(&new);
        rest = &rest[i + old.len()..];
        n += 1;
    }
    out.extend_from_slice(rest);
    Ok(make(m, out))
}

fn translate(_: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let (d, m, rest) = this(args, "translate")?;
    let a = bind(
        &sig(m, "translate", &["table", "delete"], 1, Style::Keywords),
        rest,
        kw,
    )?;
    let table = match a[0] {
        None | Some(Value::None) => None,
        Some(v) => {
            let t = bytes_arg(v)?;
            if t.len() != 256 {
                return Err(value_error("translation table must be 256 characters long"));
            }
            Some(t)
        }
    };
    let delete = match a[1] {
        Some(v) => bytes_arg(v)?,
        None => Vec::new(),
    };
    let out = d
        .iter()
        .filter(|b| !delete.contains(b))
        .map(|&b| table.as_ref().map_or(b, |t| t[usize::from(b)])) // len 256 checked
        .collect();
    Ok(make(m, out))
}

/// `bytes.maketrans(frm, to)`.
pub(crate) fn maketrans(_: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let a = bind(
        &sig(
            false,
            "maketrans",
            &["frm", "to"],
            2,
            Style::ClinicPositional,
        ),
        args,
        kw,
    )?;
    let frm = bytes_arg(a[0].unwrap_or(&Value::None))?;
    let to = bytes_arg(a[1].unwrap_or(&Value::None))?;
    if frm.len() != to.len() {
        return Err(value_error("maketrans arguments must have same length"));
    }
    let mut table: Vec<u8> = (0..=255).collect();
    for (f, t) in frm.iter().zip(&to) {
        table[usize::from(*f)] = *t;
    }
    Ok(make(false, table))
}
