//! The methods of `str`: searching, splitting, stripping, padding,
//! replacing and joining (case mapping and character classes are in
//! `str_case.rs`, formatting in `str_format.rs`).
//!
//! Python indexes strings by code point while a `str` here is UTF-8, so
//! methods taking `start`/`end` convert code-point positions to byte
//! offsets once ([`window`]), with a fast path for ASCII text.

use crate::exception::{type_error, value_error, PyResult};
use crate::method_args::{
    adjust, bind, bound_arg, index_arg, str_param, tuple_items, Kw, Sig, Style,
};
use crate::str_case as case;
use crate::types::type_name;
use crate::value::{Builtin, NativeFn, Object, Value};
use crate::Vm;

/// The method `name` of `str`, if it exists.
pub(crate) fn find(name: &str) -> Option<Builtin> {
    let func: NativeFn = match name {
        "capitalize" => |_, a, k| map_text(a, k, "capitalize", case::capitalize),
        "casefold" => |_, a, k| map_text(a, k, "casefold", case::casefold),
        "lower" => |_, a, k| map_text(a, k, "lower", case::lower),
        "upper" => |_, a, k| map_text(a, k, "upper", case::upper),
        "swapcase" => |_, a, k| map_text(a, k, "swapcase", case::swapcase),
        "title" => |_, a, k| map_text(a, k, "title", case::title),
        "isalnum" => |_, a, k| test_chars(a, k, "isalnum", case::is_alnum),
        "isalpha" => |_, a, k| test_chars(a, k, "isalpha", case::is_alpha),
        "isascii" => |_, a, k| test_chars(a, k, "isascii", |c| c.is_ascii()),
        "isdecimal" => |_, a, k| test_chars(a, k, "isdecimal", case::is_decimal),
        "isdigit" => |_, a, k| test_chars(a, k, "isdigit", case::is_digit),
        "isnumeric" => |_, a, k| test_chars(a, k, "isnumeric", case::is_numeric),
        "isspace" => |_, a, k| test_chars(a, k, "isspace", case::is_space),
        "isprintable" => {
            |_, a, k| test_text(a, k, "isprintable", |s| s.chars().all(case::is_printable))
        }
        "isidentifier" => |_, a, k| test_text(a, k, "isidentifier", case::is_identifier),
        "islower" => |_, a, k| test_text(a, k, "islower", |s| case::is_lower_or_upper(s, false)),
        "isupper" => |_, a, k| test_text(a, k, "isupper", |s| case::is_lower_or_upper(s, true)),
        "istitle" => |_, a, k| test_text(a, k, "istitle", case::is_title),
        "find" => |_, a, k| find_like(a, k, "find", false, false),
        "rfind" => |_, a, k| find_like(a, k, "rfind", true, false),
        "index" => |_, a, k| find_like(a, k, "index", false, true),
        "rindex" => |_, a, k| find_like(a, k, "rindex", true, true),
        "count" => str_count,
        "startswith" => |_, a, k| affix(a, k, "startswith", false),
        "endswith" => |_, a, k| affix(a, k, "endswith", true),
        "split" => |_, a, k| split(a, k, "split", false),
        "rsplit" => |_, a, k| split(a, k, "rsplit", true),
        "splitlines" => str_splitlines,
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
        "zfill" => str_zfill,
        "expandtabs" => str_expandtabs,
        "replace" => str_replace,
        "join" => str_join,
        "encode" => crate::codecs::str_encode,
        "format" => crate::str_format::str_format,
        "format_map" => crate::str_format::str_format_map,
        "translate" => crate::str_translate::translate,
        "maketrans" => crate::str_translate::maketrans_bound,
        _ => return None,
    };
    let name = NAMES.iter().find(|n| **n == name)?;
    Some(Builtin { name, func })
}

/// Every method name (so a `Builtin` can hold a `&'static str`).
const NAMES: &[&str] = &[
    "capitalize",
    "casefold",
    "lower",
    "upper",
    "swapcase",
    "title",
    "isalnum",
    "isalpha",
    "isascii",
    "isdecimal",
    "isdigit",
    "isnumeric",
    "isspace",
    "isprintable",
    "isidentifier",
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
    "join",
    "encode",
    "format",
    "format_map",
    "translate",
    "maketrans",
];

/// `self` of a str method, and the other arguments.
pub(crate) fn this<'a>(args: &'a [Value], name: &str) -> PyResult<(&'a str, &'a [Value])> {
    match args.split_first() {
        Some((s, rest)) if s.as_str().is_some() => Ok((s.as_str().unwrap_or(""), rest)),
        Some((other, _)) => Err(type_error(format!(
            "descriptor '{name}' for 'str' objects doesn't apply to a '{}' object",
            type_name(other)
        ))),
        None => Err(type_error(format!(
            "unbound method str.{name}() needs an argument"
        ))),
    }
}

fn sig(name: &'static str, params: &'static [&'static str], required: usize, style: Style) -> Sig {
    Sig {
        owner: "str",
        name,
        params,
        required,
        style,
    }
}

fn map_text(args: &[Value], kw: Kw, name: &'static str, f: fn(&str) -> String) -> PyResult<Value> {
    let (s, rest) = this(args, name)?;
    bind(&sig(name, &[], 0, Style::NoArgs), rest, kw)?;
    Ok(Value::str(f(s)))
}

fn test_chars(args: &[Value], kw: Kw, name: &'static str, f: fn(char) -> bool) -> PyResult<Value> {
    let (s, rest) = this(args, name)?;
    bind(&sig(name, &[], 0, Style::NoArgs), rest, kw)?;
    Ok(Value::Bool(
        (!s.is_empty() || name == "isascii") && s.chars().all(f),
    ))
}

fn test_text(args: &[Value], kw: Kw, name: &'static str, f: fn(&str) -> bool) -> PyResult<Value> {
    let (s, rest) = this(args, name)?;
    bind(&sig(name, &[], 0, Style::NoArgs), rest, kw)?;
    Ok(Value::Bool(f(s)))
}

/// The byte offset of code point `i` in `s` (`s.len()` past the end).
pub(crate) fn byte_offset(s: &str, i: usize) -> usize {
    if s.is_ascii() {
        return i.min(s.len());
    }
    s.char_indices().nth(i).map_or(s.len(), |(b, _)| b)
}

/// The number of code points in `s`.
pub(crate) fn char_len(s: &str) -> usize {
    if s.is_ascii() {
        s.len()
    } else {
        s.chars().count()
    }
}

/// The part of `s` between code points `start` and `end` (the arguments
/// of `find`/`count`/`startswith`...), and the code-point offset of its
/// start; `None` when `start` lies past `end`.
fn window<'a>(
    s: &'a str,
    start: Option<&Value>,
    end: Option<&Value>,
) -> PyResult<Option<(&'a str, usize)>> {
    let (start, end) = adjust(bound_arg(start)?, bound_arg(end)?, char_len(s));
    if start > end {
        return Ok(None);
    }
    let (b0, b1) = (byte_offset(s, start), byte_offset(s, end));
    Ok(Some((&s[b0..b1], start)))
}

fn find_like(
    args: &[Value],
    kw: Kw,
    name: &'static str,
    right: bool,
    raise: bool,
) -> PyResult<Value> {
    let (s, rest) = this(args, name)?;
    let a = bind(
        &sig(name, &["sub", "start", "end"], 1, Style::Positional),
        rest,
        kw,
    )?;
    let sub = str_param(a[0].unwrap_or(&Value::None), name, "1")?;
    let found = window(s, a[1], a[2])?.and_then(|(w, offset)| {
        let at = if right { w.rfind(sub) } else { w.find(sub) }?;
        Some(offset + char_len(&w[..at]))
    });
    match found {
        Some(i) => Ok(Value::Int(i as i64)),
        None if raise => Err(value_error("substring not found")),
        None => Ok(Value::Int(-1)),
    }
}

fn str_count(_: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let (s, rest) = this(args, "count")?;
    let a = bind(
        &sig("count", &["sub", "start", "end"], 1, Style::Positional),
        rest,
        kw,
    )?;
    let sub = str_param(a[0].unwrap_or(&Value::None), "count", "1")?;
    let n = match window(s, a[1], a[2])? {
        None => 0,
        Some((w, _)) if sub.is_empty() => char_len(w) + 1,
        Some((w, _)) => w.matches(sub).count(),
    };
    Ok(Value::Int(n as i64))
}

fn affix(args: &[Value], kw: Kw, name: &'static str, end: bool) -> PyResult<Value> {
    let (s, rest) = this(args, name)?;
    let a = bind(
        &sig(name, &["prefix", "start", "end"], 1, Style::Positional),
        rest,
        kw,
    )?;
    let arg = a[0].unwrap_or(&Value::None);
    let Some((w, _)) = window(s, a[1], a[2])? else {
        return Ok(Value::Bool(false));
    };
    let test = |p: &str| {
        if end {
            w.ends_with(p)
        } else {
            w.starts_with(p)
        }
    };
    if let Some(p) = arg.as_str() {
        return Ok(Value::Bool(test(p)));
    }
    let Some(items) = tuple_items(arg) else {
        return Err(type_error(format!(
            "{name} first arg must be str or a tuple of str, not {}",
            type_name(arg)
        )));
    };
    for item in items {
        let p = item.as_str().ok_or_else(|| {
            type_error(format!(
                "tuple for {name} must only contain str, not {}",
                type_name(item)
            ))
        })?;
        if test(p) {
            return Ok(Value::Bool(true));
        }
    }
    Ok(Value::Bool(false))
}

/// The `maxsplit` argument: negative means no limit.
fn maxsplit_arg(v: Option<&Value>) -> PyResult<usize> {
    match v {
        None => Ok(usize::MAX),
        Some(v) => {
            let n = index_arg(v)?;
            Ok(if n < 0 { usize::MAX } else { n as usize })
        }
    }
}

fn split(args: &[Value], kw: Kw, name: &'static str, right: bool) -> PyResult<Value> {
    let (s, rest) = this(args, name)?;
    let a = bind(
        &sig(name, &["sep", "maxsplit"], 0, Style::Keywords),
        rest,
        kw,
    )?;
    let max = maxsplit_arg(a[1])?;
    let parts: Vec<&str> = match a[0] {
        None | Some(Value::None) => split_whitespace(s, max, right),
        Some(sep) => {
            let sep = sep.as_str().ok_or_else(|| {
                type_error(format!("must be str or None, not {}", type_name(sep)))
            })?;
            if sep.is_empty() {
                return Err(value_error("empty separator"));
            }
            if right {
                let mut v: Vec<&str> = s.rsplitn(max.saturating_add(1), sep).collect();
                v.reverse();
                v
            } else {
                s.splitn(max.saturating_add(1), sep).collect()
            }
        }
    };
    Ok(Value::list(parts.into_iter().map(Value::str).collect()))
}

/// `split()`/`rsplit()` without a separator: runs of white space separate,
/// and the unsplit remainder keeps its inner white space.
fn split_whitespace(s: &str, max: usize, right: bool) -> Vec<&str> {
    let mut parts = Vec::new();
    let mut rest = if right {
        s.trim_end_matches(case::is_space)
    } else {
        s.trim_start_matches(case::is_space)
    };
    while !rest.is_empty() {
        if parts.len() == max {
            parts.push(rest);
            break;
        }
        if right {
            let cut = rest.rfind(case::is_space).map_or(0, |i| {
                i + rest[i..].chars().next().map_or(1, char::len_utf8)
            });
            parts.push(&rest[cut..]);
            rest = rest[..cut].trim_end_matches(case::is_space);
        } else {
            let cut = rest.find(case::is_space).unwrap_or(rest.len());
            parts.push(&rest[..cut]);
            rest = rest[cut..].trim_start_matches(case::is_space);
        }
    }
    if right {
        parts.reverse();
    }
    parts
}

fn str_splitlines(_: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let (s, rest) = this(args, "splitlines")?;
    let a = bind(
        &sig("splitlines", &["keepends"], 0, Style::Keywords),
        rest,
        kw,
    )?;
    let keep = match a[0] {
        Some(v) => crate::compare::truthy(v)?,
        None => false,
    };
    let mut out = Vec::new();
    let mut start = 0;
    let mut iter = s.char_indices().peekable();
    while let Some((i, c)) = iter.next() {
        if !case::is_linebreak(c) {
            continue;
        }
        let mut end = i + c.len_utf8();
        if c == '\r' && iter.peek().map(|p| p.1) == Some('\n') {
            iter.next();
            end += 1;
        }
        out.push(Value::str(&s[start..if keep { end } else { i }]));
        start = end;
    }
    if start < s.len() {
        out.push(Value::str(&s[start..]));
    }
    Ok(Value::list(out))
}

fn partition(args: &[Value], kw: Kw, name: &'static str, right: bool) -> PyResult<Value> {
    let (s, rest) = this(args, name)?;
    let a = bind(&sig(name, &["sep"], 1, Style::One), rest, kw)?;
    let sep = a[0].unwrap_or(&Value::None);
    let sep = sep
        .as_str()
        .ok_or_else(|| type_error(format!("must be str, not {}", type_name(sep))))?;
    if sep.is_empty() {
        return Err(value_error("empty separator"));
    }
    let found = if right {
        s.rsplit_once(sep)
    } else {
        s.split_once(sep)
    };
    let parts = match (found, right) {
        (Some((a, b)), _) => [a, sep, b],
        (None, false) => [s, "", ""],
        (None, true) => ["", "", s],
    };
    Ok(Value::tuple(parts.into_iter().map(Value::str).collect()))
}

fn strip(args: &[Value], kw: Kw, name: &'static str, left: bool, right: bool) -> PyResult<Value> {
    let (s, rest) = this(args, name)?;
    let a = bind(&sig(name, &["chars"], 0, Style::Positional), rest, kw)?;
    let chars: Option<Vec<char>> = match a[0] {
        None | Some(Value::None) => None,
        Some(v) => Some(
            v.as_str()
                .ok_or_else(|| type_error(format!("{name} arg must be None or str")))?
                .chars()
                .collect(),
        ),
    };
    let test = |c: char| match &chars {
        Some(set) => set.contains(&c),
        None => case::is_space(c),
    };
    let mut out = s;
    if left {
        out = out.trim_start_matches(test);
    }
    if right {
        out = out.trim_end_matches(test);
    }
    if out.len() == s.len() {
        return Ok(args[0].clone()); // `this` checked args[0] exists
    }
    Ok(Value::str(out))
}

fn remove_affix(args: &[Value], kw: Kw, name: &'static str, suffix: bool) -> PyResult<Value> {
    let (s, rest) = this(args, name)?;
    let a = bind(&sig(name, &["prefix"], 1, Style::One), rest, kw)?;
    let arg = a[0].unwrap_or(&Value::None);
    let p = arg.as_str().ok_or_else(|| {
        type_error(format!(
            "{name}() argument must be str, not {}",
            crate::method_args::clinic_type_name(arg)
        ))
    })?;
    let out = if suffix {
        s.strip_suffix(p)
    } else {
        s.strip_prefix(p)
    };
    Ok(Value::str(out.filter(|_| !p.is_empty()).unwrap_or(s)))
}

/// The `fillchar` argument of `ljust`/`rjust`/`center`.
fn fill_arg(v: Option<&Value>) -> PyResult<char> {
    let Some(v) = v else { return Ok(' ') };
    let Some(text) = v.as_str() else {
        return Err(type_error(format!(
            "The fill character must be a unicode character, not {}",
            type_name(v)
        )));
    };
    let mut chars = text.chars();
    match (chars.next(), chars.next()) {
        (Some(c), None) => Ok(c),
        _ => Err(type_error(
            "The fill character must be exactly one character long",
        )),
    }
}

/// A padded copy of `s`: `left` fill characters, `s`, `right` more.
pub(crate) fn padded(s: &str, left: usize, right: usize, fill: char) -> String {
    let mut out = String::with_capacity(s.len() + (left + right) * fill.len_utf8());
    out.extend(std::iter::repeat_n(fill, left));
    out.push_str(s);
    out.extend(std::iter::repeat_n(fill, right));
    out
}

fn justify(args: &[Value], kw: Kw, name: &'static str) -> PyResult<Value> {
    let (s, rest) = this(args, name)?;
    let a = bind(
        &sig(name, &["width", "fillchar"], 1, Style::Positional),
        rest,
        kw,
    )?;
    let width = index_arg(a[0].unwrap_or(&Value::None))?;
    let fill = fill_arg(a[1])?;
    let len = char_len(s);
    if width <= len as i64 {
        return Ok(args[0].clone()); // `this` checked args[0] exists
    }
    crate::method_args::alloc_check(width as usize, fill.len_utf8())?;
    let margin = width as usize - len;
    let left = match name {
        "ljust" => 0,
        "rjust" => margin,
        // CPython's split: half, one more on the left when both the
        // margin and the width are odd.
        _ => margin / 2 + (margin & width as usize & 1),
    };
    Ok(Value::str(padded(s, left, margin - left, fill)))
}

fn str_zfill(_: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let (s, rest) = this(args, "zfill")?;
    let a = bind(&sig("zfill", &["width"], 1, Style::One), rest, kw)?;
    let width = index_arg(a[0].unwrap_or(&Value::None))?;
    let len = char_len(s);
    if width <= len as i64 {
        return Ok(Value::str(s));
    }
    crate::method_args::alloc_check(width as usize, 1)?;
    let zeros = "0".repeat(width as usize - len);
    Ok(Value::str(match s.strip_prefix(['+', '-']) {
        Some(digits) => format!("{}{zeros}{digits}", &s[..1]),
        None => format!("{zeros}{s}"),
    }))
}

fn str_expandtabs(_: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let (s, rest) = this(args, "expandtabs")?;
    let a = bind(
        &sig("expandtabs", &["tabsize"], 0, Style::Keywords),
        rest,
        kw,
    )?;
    let tab = match a[0] {
        Some(v) => index_arg(v)?,
        None => 8,
    };
    let mut out = String::with_capacity(s.len());
    let mut column = 0i64;
    for c in s.chars() {
        match c {
            '\t' if tab > 0 => {
                let n = tab - column % tab;
                crate::method_args::alloc_check(out.len() + n as usize, 1)?;
                out.extend(std::iter::repeat_n(' ', n as usize));
                column += n;
            }
            '\t' => {}
            '\n' | '\r' => {
                out.push(c);
                column = 0;
            }
            _ => {
                out.push(c);
                column += 1;
            }
        }
    }
    Ok(Value::str(out))
}

fn str_replace(_: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let (s, rest) = this(args, "replace")?;
    let a = bind(
        &sig(
            "replace",
            &["old", "new", "count"],
            2,
            Style::ClinicPositional,
        ),
        rest,
        &[],
    )
    .and_then(|a| {
        if kw.iter().any(|(k, _)| &**k != "count") {
            Err(type_error(format!(
                "replace() got an unexpected keyword argument '{}'",
                kw.iter()
                    .find(|(k, _)| &**k != "count")
                    .map_or("", |(k, _)| k)
            )))
        } else {
            Ok(a)
        }
    })?;
    let old = str_param(a[0].unwrap_or(&Value::None), "replace", "1")?;
    let new = str_param(a[1].unwrap_or(&Value::None), "replace", "2")?;
    let count = match a[2].or_else(|| kw.first().map(|(_, v)| v)) {
        Some(v) => index_arg(v)?,
        None => -1,
    };
    let limit = if count < 0 {
        usize::MAX
    } else {
        count as usize
    };
    if new.len() > old.len() {
        let hits = if old.is_empty() {
            char_len(s) + 1
        } else {
            s.matches(old).count()
        };
        let extra = (new.len() - old.len()).saturating_mul(hits.min(limit));
        crate::method_args::alloc_check(s.len().saturating_add(extra), 1)?;
    }
    if old.is_empty() {
        let mut out = String::with_capacity(s.len());
        let mut n = 0;
        for c in s.chars() {
            if n < limit {
                out.push_str(new);
                n += 1;
            }
            out.push(c);
        }
        if n < limit {
            out.push_str(new);
        }
        return Ok(Value::str(out));
    }
    Ok(Value::str(if limit == usize::MAX {
        s.replace(old, new)
    } else {
        s.replacen(old, new, limit)
    }))
}

fn str_join(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let (sep, rest) = this(args, "join")?;
    let a = bind(&sig("join", &["iterable"], 1, Style::One), rest, kw)?;
    let iterable = a[0].unwrap_or(&Value::None);
    // A list or tuple is joined in place: no Python code runs meanwhile.
    match iterable.as_obj() {
        Some(Object::List(items)) => return join_items(sep, &items.borrow()),
        Some(Object::Tuple(items)) => return join_items(sep, items),
        _ => {}
    }
    let iter = vm.get_iter(iterable).map_err(|e| {
        if e.kind() == crate::exception::ExcKind::TypeError {
            type_error("can only join an iterable")
        } else {
            e
        }
    })?;
    let items = vm.collect(&iter)?;
    join_items(sep, &items)
}

/// `sep.join(items)`: one allocation of the exact size.
fn join_items(sep: &str, items: &[Value]) -> PyResult<Value> {
    let mut total = sep.len() * items.len().saturating_sub(1);
    for (i, item) in items.iter().enumerate() {
        // A str subclass instance joins by its str value.
        let payload = crate::classes::payload_of(item);
        let Some(text) = item.as_str().or_else(|| payload.as_str()) else {
            return Err(type_error(format!(
                "sequence item {i}: expected str instance, {} found",
                type_name(item)
            )));
        };
        total += text.len();
    }
    let mut out = String::with_capacity(total);
    for (i, item) in items.iter().enumerate() {
        if i > 0 {
            out.push_str(sep);
        }
        match item.as_str() {
            Some(text) => out.push_str(text),
            None => out.push_str(crate::classes::payload_of(item).as_str().unwrap_or("")),
        }
    }
    Ok(Value::str(out))
}
