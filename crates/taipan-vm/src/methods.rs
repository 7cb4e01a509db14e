//! More methods of the built-in types (`str.split`, `list.sort`, ...).
//! Each takes the object as its first argument.

use std::cell::RefCell;
use std::rc::Rc;

use crate::dict::{Dict, HashKey};
use crate::exception::{type_error, value_error, ExcKind, PyErr, PyResult};
use crate::types::type_name;
use crate::value::{Builtin, NativeFn, Object, Value};
use crate::Vm;

type Kw<'a> = &'a [(Rc<str>, Value)];

/// The method `name` of `obj`'s type, if it has one here.
pub(crate) fn find(obj: &Value, name: &str) -> Option<Builtin> {
    if obj.as_bigint().is_some() {
        return (name == "bit_length").then_some(Builtin {
            name: "bit_length",
            func: int_bit_length,
        });
    }
    let table: &[(&'static str, NativeFn)] = match obj.as_obj()? {
        Object::Generator(_) => crate::generator::METHODS,
        Object::Str(_) => &[
            ("split", str_split),
            ("strip", str_strip),
            ("lstrip", str_lstrip),
            ("rstrip", str_rstrip),
            ("replace", str_replace),
            ("startswith", str_startswith),
            ("endswith", str_endswith),
            ("find", str_find),
            ("index", str_index),
            ("join", str_join_method),
            ("title", str_title),
            ("capitalize", str_capitalize),
            ("isalpha", str_isalpha),
            ("isspace", str_isspace),
            ("zfill", str_zfill),
            ("ljust", str_ljust),
            ("rjust", str_rjust),
            ("center", str_center),
            ("splitlines", str_splitlines),
            ("partition", str_partition),
            ("rfind", str_rfind),
            ("isupper", str_isupper),
            ("islower", str_islower),
            ("isalnum", str_isalnum),
            ("count", str_count),
            ("isdigit", str_isdigit),
            ("format", crate::str_format::str_format),
            ("encode", str_encode),
        ],
        Object::List(_) => return crate::list_methods::find(name, false),
        Object::Tuple(_) => return crate::list_methods::find(name, true),
        Object::Bytes(_) => &[("decode", bytes_decode)],
        Object::Set(_) => &[
            ("add", set_add),
            ("remove", set_remove),
            ("discard", set_discard),
            ("issubset", set_issubset),
        ],
        Object::Property(..) => &[("setter", property_setter), ("getter", property_getter)],
        Object::Dict(_) => &[
            ("copy", dict_copy),
            ("clear", dict_clear),
            ("pop", dict_pop),
            ("update", dict_update),
            ("setdefault", dict_setdefault),
        ],
        _ => return None,
    };
    table
        .iter()
        .find(|(n, _)| *n == name)
        .map(|&(name, func)| Builtin { name, func })
}

fn int_bit_length(_: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    let n = args.first().and_then(Value::as_bigint).unwrap_or_default();
    Ok(Value::Int(n.bits() as i64))
}

fn property_setter(_: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    match (args.first().and_then(Value::as_obj), args.get(1)) {
        (Some(Object::Property(fget, _)), Some(fset)) => {
            Ok(Value::obj(Object::Property(fget.clone(), fset.clone())))
        }
        _ => Err(type_error("setter() takes exactly one argument")),
    }
}

fn property_getter(_: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    match (args.first().and_then(Value::as_obj), args.get(1)) {
        (Some(Object::Property(_, fset)), Some(fget)) => {
            Ok(Value::obj(Object::Property(fget.clone(), fset.clone())))
        }
        _ => Err(type_error("getter() takes exactly one argument")),
    }
}

fn set_of(args: &[Value]) -> PyResult<&RefCell<crate::set::SetObj>> {
    match args.first().and_then(Value::as_obj) {
        Some(Object::Set(s)) => Ok(s),
        _ => Err(type_error("descriptor requires a 'set' object")),
    }
}

fn set_add(_: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    let v = args
        .get(1)
        .cloned()
        .ok_or_else(|| type_error("add() takes exactly one argument (0 given)"))?;
    set_of(args)?.borrow_mut().add(v)?;
    Ok(Value::None)
}

fn set_remove(_: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    let v = args
        .get(1)
        .ok_or_else(|| type_error("remove() takes exactly one argument (0 given)"))?;
    if !set_of(args)?.borrow_mut().discard(v)? {
        return Err(PyErr::new(ExcKind::KeyError, vec![v.clone()]));
    }
    Ok(Value::None)
}

fn set_discard(_: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    let v = args
        .get(1)
        .ok_or_else(|| type_error("discard() takes exactly one argument (0 given)"))?;
    set_of(args)?.borrow_mut().discard(v)?;
    Ok(Value::None)
}

fn set_issubset(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    let mine = set_of(args)?.borrow().items();
    let other = crate::set::set_from(vm.collect(args.get(1).unwrap_or(&Value::None))?)?;
    for v in mine {
        if !other.contains(&v)? {
            return Ok(Value::Bool(false));
        }
    }
    Ok(Value::Bool(true))
}

fn str_encode(_: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    let bytes = this_str(args).as_bytes().to_vec().into_boxed_slice();
    Ok(Value::obj(Object::Bytes(bytes)))
}

fn bytes_decode(_: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    let Some(Object::Bytes(b)) = args.first().and_then(Value::as_obj) else {
        return Err(type_error("descriptor 'decode' requires a 'bytes' object"));
    };
    match std::str::from_utf8(b) {
        Ok(s) => Ok(Value::str(s)),
        Err(e) => Err(value_error(format!(
            "'utf-8' codec can't decode byte 0x{:02x} in position {}: invalid start byte",
            b[e.valid_up_to()],
            e.valid_up_to()
        ))),
    }
}

fn this_str(args: &[Value]) -> &str {
    args.first().and_then(Value::as_str).unwrap_or("")
}

fn str_arg<'a>(args: &'a [Value], i: usize, method: &str) -> PyResult<Option<&'a str>> {
    match args.get(i) {
        None | Some(Value::None) => Ok(None),
        Some(v) => v
            .as_str()
            .map(Some)
            .ok_or_else(|| type_error(format!("{method} arg must be None or str"))),
    }
}

fn str_split(_: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    let s = this_str(args);
    let parts: Vec<Value> = match str_arg(args, 1, "split")? {
        None => s.split_whitespace().map(Value::str).collect(),
        Some("") => return Err(value_error("empty separator")),
        Some(sep) => s.split(sep).map(Value::str).collect(),
    };
    Ok(Value::list(parts))
}

fn strip_with(args: &[Value], name: &str, left: bool, right: bool) -> PyResult<Value> {
    let s = this_str(args);
    let chars: Option<Vec<char>> = str_arg(args, 1, name)?.map(|c| c.chars().collect());
    let test = |c: char| match &chars {
        Some(set) => set.contains(&c),
        None => c.is_whitespace(),
    };
    let mut out = s;
    if left {
        out = out.trim_start_matches(test);
    }
    if right {
        out = out.trim_end_matches(test);
    }
    Ok(Value::str(out))
}

fn str_strip(_: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    strip_with(args, "strip", true, true)
}

fn str_lstrip(_: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    strip_with(args, "lstrip", true, false)
}

fn str_rstrip(_: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    strip_with(args, "rstrip", false, true)
}

fn str_replace(_: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    let (Some(old), Some(new)) = (
        args.get(1).and_then(Value::as_str),
        args.get(2).and_then(Value::as_str),
    ) else {
        return Err(type_error("replace() argument must be str"));
    };
    Ok(Value::str(this_str(args).replace(old, new)))
}

fn affix(args: &[Value], name: &str, test: fn(&str, &str) -> bool) -> PyResult<Value> {
    let s = this_str(args);
    match args.get(1).and_then(Value::as_obj) {
        Some(Object::Str(p)) => Ok(Value::Bool(test(s, p))),
        Some(Object::Tuple(items)) => Ok(Value::Bool(
            items.iter().filter_map(Value::as_str).any(|p| test(s, p)),
        )),
        _ => Err(type_error(format!(
            "{name} first arg must be str or a tuple of str, not {}",
            args.get(1).map_or("NoneType".into(), type_name)
        ))),
    }
}

fn str_startswith(_: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    affix(args, "startswith", |s, p| s.starts_with(p))
}

fn str_endswith(_: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    affix(args, "endswith", |s, p| s.ends_with(p))
}

fn str_find(_: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    find_with(args, |s, sub| s.find(sub))
}

/// `find`/`rfind`: the character index `search` finds the argument at, or -1.
fn find_with(args: &[Value], search: fn(&str, &str) -> Option<usize>) -> PyResult<Value> {
    let s = this_str(args);
    let sub = args
        .get(1)
        .and_then(Value::as_str)
        .ok_or_else(|| type_error("must be str"))?;
    Ok(Value::Int(
        search(s, sub).map_or(-1, |b| s[..b].chars().count() as i64),
    ))
}

fn str_index(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    match str_find(vm, args, kw)? {
        Value::Int(-1) => Err(value_error("substring not found")),
        v => Ok(v),
    }
}

fn str_join_method(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    let sep = this_str(args).to_owned();
    let items = vm.collect(args.get(1).unwrap_or(&Value::None))?;
    let mut parts = Vec::with_capacity(items.len());
    for (i, item) in items.iter().enumerate() {
        match item.as_str() {
            Some(s) => parts.push(s.to_owned()),
            None => {
                return Err(type_error(format!(
                    "sequence item {i}: expected str instance, {} found",
                    type_name(item)
                )))
            }
        }
    }
    Ok(Value::str(parts.join(&sep)))
}

fn str_title(_: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    let mut out = String::new();
    let mut prev_letter = false;
    for c in this_str(args).chars() {
        if c.is_alphabetic() {
            if prev_letter {
                out.extend(c.to_lowercase());
            } else {
                out.extend(c.to_uppercase());
            }
            prev_letter = true;
        } else {
            out.push(c);
            prev_letter = false;
        }
    }
    Ok(Value::str(out))
}

fn str_capitalize(_: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    let s = this_str(args);
    let mut chars = s.chars();
    let out: String = match chars.next() {
        Some(first) => first
            .to_uppercase()
            .chain(chars.as_str().to_lowercase().chars())
            .collect(),
        None => String::new(),
    };
    Ok(Value::str(out))
}

fn str_isalpha(_: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    let s = this_str(args);
    Ok(Value::Bool(
        !s.is_empty() && s.chars().all(char::is_alphabetic),
    ))
}

fn str_isspace(_: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    let s = this_str(args);
    Ok(Value::Bool(
        !s.is_empty() && s.chars().all(char::is_whitespace),
    ))
}

fn str_zfill(_: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    let s = this_str(args);
    let width = match args.get(1) {
        Some(Value::Int(w)) => (*w).max(0) as usize,
        _ => return Err(type_error("zfill() argument must be an integer")),
    };
    let len = s.chars().count();
    if len >= width {
        return Ok(Value::str(s));
    }
    let (sign, digits) = match s.strip_prefix(['+', '-']) {
        Some(rest) => (&s[..1], rest),
        None => ("", s),
    };
    Ok(Value::str(format!(
        "{sign}{}{digits}",
        "0".repeat(width - len)
    )))
}

fn pad_args(args: &[Value], name: &str) -> PyResult<(usize, char)> {
    let width = match args.get(1) {
        Some(Value::Int(w)) => (*w).max(0) as usize,
        _ => return Err(type_error(format!("{name}() argument 1 must be int"))),
    };
    let fill = match args
        .get(2)
        .map(|v| v.as_str().map(|s| s.chars().collect::<Vec<_>>()))
    {
        None => ' ',
        Some(Some(chars)) if chars.len() == 1 => chars[0],
        Some(_) => {
            return Err(type_error(
                "The fill character must be exactly one character long",
            ))
        }
    };
    Ok((width, fill))
}

fn justify(args: &[Value], name: &str, left_share: fn(usize) -> usize) -> PyResult<Value> {
    let s = this_str(args);
    let (width, fill) = pad_args(args, name)?;
    let len = s.chars().count();
    if len >= width {
        return Ok(Value::str(s));
    }
    let left = left_share(width - len);
    let right = width - len - left;
    let pad = |n: usize| std::iter::repeat_n(fill, n).collect::<String>();
    Ok(Value::str(format!("{}{s}{}", pad(left), pad(right))))
}

fn str_ljust(_: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    justify(args, "ljust", |_| 0)
}

fn str_rjust(_: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    justify(args, "rjust", |n| n)
}

fn str_center(_: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    let s = this_str(args);
    let (width, fill) = pad_args(args, "center")?;
    let len = s.chars().count();
    if len >= width {
        return Ok(Value::str(s));
    }
    // CPython's split of the padding: half, plus one more on the left
    // when both the padding and the width are odd.
    let margin = width - len;
    let left = margin / 2 + (margin & width & 1);
    let pad = |n: usize| std::iter::repeat_n(fill, n).collect::<String>();
    Ok(Value::str(format!(
        "{}{s}{}",
        pad(left),
        pad(margin - left)
    )))
}

fn str_splitlines(_: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    Ok(Value::list(
        this_str(args).lines().map(Value::str).collect(),
    ))
}

fn str_partition(_: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    let s = this_str(args);
    let sep = args
        .get(1)
        .and_then(Value::as_str)
        .ok_or_else(|| type_error("must be str"))?;
    if sep.is_empty() {
        return Err(value_error("empty separator"));
    }
    let parts = match s.split_once(sep) {
        Some((a, b)) => vec![Value::str(a), Value::str(sep), Value::str(b)],
        None => vec![Value::str(s), Value::str(""), Value::str("")],
    };
    Ok(Value::tuple(parts))
}

fn str_rfind(_: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    find_with(args, |s, sub| s.rfind(sub))
}

fn cased_test(args: &[Value], upper: bool) -> Value {
    let s = this_str(args);
    let has_cased = s.chars().any(|c| c.is_lowercase() || c.is_uppercase());
    let ok = if upper {
        !s.chars().any(char::is_lowercase)
    } else {
        !s.chars().any(char::is_uppercase)
    };
    Value::Bool(has_cased && ok)
}

fn str_isupper(_: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    Ok(cased_test(args, true))
}

fn str_islower(_: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    Ok(cased_test(args, false))
}

fn str_isalnum(_: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    let s = this_str(args);
    Ok(Value::Bool(
        !s.is_empty() && s.chars().all(char::is_alphanumeric),
    ))
}

fn dict_copy(_: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    let d = dict_of(args)?.borrow().clone();
    Ok(Value::obj(Object::Dict(RefCell::new(d))))
}

fn dict_clear(_: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    *dict_of(args)?.borrow_mut() = Dict::new();
    Ok(Value::None)
}

fn str_count(_: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    let s = this_str(args);
    let sub = args
        .get(1)
        .and_then(Value::as_str)
        .ok_or_else(|| type_error("must be str"))?;
    let n = if sub.is_empty() {
        s.chars().count() + 1
    } else {
        s.matches(sub).count()
    };
    Ok(Value::Int(n as i64))
}

fn str_isdigit(_: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    let s = this_str(args);
    Ok(Value::Bool(
        !s.is_empty() && s.chars().all(|c| c.is_ascii_digit()),
    ))
}

fn dict_of(args: &[Value]) -> PyResult<&RefCell<Dict>> {
    match args.first().and_then(Value::as_obj) {
        Some(Object::Dict(d)) => Ok(d),
        _ => Err(type_error("descriptor requires a 'dict' object")),
    }
}

fn dict_pop(_: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    let d = dict_of(args)?;
    let key = args
        .get(1)
        .ok_or_else(|| type_error("pop expected at least 1 argument, got 0"))?;
    let removed = d.borrow_mut().remove(&HashKey::for_dict(key)?);
    match (removed, args.get(2)) {
        (Some(v), _) => Ok(v),
        (None, Some(default)) => Ok(default.clone()),
        (None, None) => Err(PyErr::new(ExcKind::KeyError, vec![key.clone()])),
    }
}

fn dict_update(_: &mut Vm, args: &[Value], kwargs: Kw) -> PyResult<Value> {
    let d = dict_of(args)?;
    if let Some(Object::Dict(other)) = args.get(1).and_then(Value::as_obj) {
        let other = other.borrow().clone();
        for (k, v) in other.iter() {
            d.borrow_mut()
                .insert(HashKey::for_dict(k)?, k.clone(), v.clone());
        }
    }
    for (k, v) in kwargs {
        d.borrow_mut().set_str(k, v.clone());
    }
    Ok(Value::None)
}

fn dict_setdefault(_: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    let d = dict_of(args)?;
    let key = args
        .get(1)
        .ok_or_else(|| type_error("setdefault expected at least 1 argument"))?;
    let hkey = HashKey::for_dict(key)?;
    if let Some(v) = d.borrow().get(&hkey) {
        return Ok(v.clone());
    }
    let default = args.get(2).cloned().unwrap_or(Value::None);
    d.borrow_mut().insert(hkey, key.clone(), default.clone());
    Ok(default)
}
