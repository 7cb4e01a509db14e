//! `bytearray`, the mutable bytes (`Object::ByteArray`): its own methods
//! (`append`, `extend`, `pop`, ...), item and slice assignment, and the
//! `bytes`/`bytearray` constructors. The methods it shares with `bytes`
//! are in `bytes_methods.rs` and `bytes_split.rs`.

use std::cell::RefCell;

use crate::bytes_methods::{bytes_like, make, owner};
use crate::exception::{type_error, value_error, ExcKind, PyErr, PyResult};
use crate::method_args::{bind, index_arg, Kw, Sig, Style};
use crate::types::type_name;
use crate::value::{Builtin, NativeFn, Object, Value};
use crate::Vm;

/// A mutating method of `bytearray`.
pub(crate) fn find(name: &str) -> Option<Builtin> {
    let (name, func): (&'static str, NativeFn) = match name {
        "append" => ("append", append),
        "extend" => ("extend", extend),
        "pop" => ("pop", pop),
        "insert" => ("insert", insert),
        "remove" => ("remove", remove),
        "reverse" => ("reverse", |_, a, k| edit(a, k, "reverse", |v| v.reverse())),
        "clear" => ("clear", |_, a, k| edit(a, k, "clear", Vec::clear)),
        "copy" => ("copy", copy),
        "fromhex" => ("fromhex", |_, a, k| {
            crate::bytes_methods::fromhex_as(a.get(1..).unwrap_or(&[]), k, true)
        }),
        _ => return None,
    };
    Some(Builtin { name, func })
}

fn sig(name: &'static str, params: &'static [&'static str], required: usize, style: Style) -> Sig {
    Sig {
        owner: "bytearray",
        name,
        params,
        required,
        style,
    }
}

/// The receiver's buffer and the other arguments.
fn this<'a>(args: &'a [Value], name: &str) -> PyResult<(&'a RefCell<Vec<u8>>, &'a [Value])> {
    match args.split_first() {
        Some((v, rest)) => match v.as_obj() {
            Some(Object::ByteArray(b)) => Ok((b, rest)),
            _ => Err(type_error(format!(
                "descriptor '{name}' for 'bytearray' objects doesn't apply to a '{}' object",
                type_name(v)
            ))),
        },
        None => Err(type_error(format!(
            "unbound method bytearray.{name}() needs an argument"
        ))),
    }
}

/// One byte from an int argument.
pub(crate) fn byte_arg(v: &Value) -> PyResult<u8> {
    let i = index_arg(v)?;
    u8::try_from(i).map_err(|_| value_error("byte must be in range(0, 256)"))
}

fn edit(args: &[Value], kw: Kw, name: &'static str, f: fn(&mut Vec<u8>)) -> PyResult<Value> {
    let (b, rest) = this(args, name)?;
    bind(&sig(name, &[], 0, Style::NoArgs), rest, kw)?;
    f(&mut b.borrow_mut());
    Ok(Value::None)
}

fn append(_: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let (b, rest) = this(args, "append")?;
    let a = bind(&sig("append", &["item"], 1, Style::One), rest, kw)?;
    let byte = byte_arg(a[0].unwrap_or(&Value::None))?;
    b.borrow_mut().push(byte);
    Ok(Value::None)
}

/// The bytes of an iterable of ints (or a bytes-like object).
pub(crate) fn bytes_of_iterable(vm: &mut Vm, v: &Value, what: &str) -> PyResult<Vec<u8>> {
    if let Some(d) = bytes_like(v) {
        return Ok(d);
    }
    if v.as_str().is_some() {
        return Err(type_error(what.to_owned()));
    }
    let iter = vm.get_iter(v).map_err(|e| {
        if e.kind() == ExcKind::TypeError {
            type_error(what.to_owned())
        } else {
            e
        }
    })?;
    let mut out = Vec::new();
    for x in vm.collect(&iter)? {
        out.push(byte_arg(&x)?);
    }
    Ok(out)
}

fn extend(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let (b, rest) = this(args, "extend")?;
    let a = bind(
        &sig("extend", &["iterable_of_ints"], 1, Style::One),
        rest,
        kw,
    )?;
    let v = a[0].unwrap_or(&Value::None);
    let msg = format!("can't extend bytearray with {}", type_name(v));
    let more = bytes_of_iterable(vm, v, &msg)?;
    b.borrow_mut().extend(more);
    Ok(Value::None)
}

fn pop(_: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let (b, rest) = this(args, "pop")?;
    let a = bind(&sig("pop", &["index"], 0, Style::Positional), rest, kw)?;
    let mut b = b.borrow_mut();
    if b.is_empty() {
        return Err(PyErr::msg(ExcKind::IndexError, "pop from empty bytearray"));
    }
    let len = b.len() as i64;
    let i = match a[0] {
        Some(v) => index_arg(v)?,
        None => -1,
    };
    let j = if i < 0 { i + len } else { i };
    if !(0..len).contains(&j) {
        return Err(PyErr::msg(ExcKind::IndexError, "pop index out of range"));
    }
    Ok(Value::Int(i64::from(b.remove(j as usize))))
}

fn insert(_: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let (b, rest) = this(args, "insert")?;
    let a = bind(
        &sig("insert", &["index", "item"], 2, Style::Positional),
        rest,
        kw,
    )?;
    let i = index_arg(a[0].unwrap_or(&Value::None))?;
    let byte = byte_arg(a[1].unwrap_or(&Value::None))?;
    let mut b = b.borrow_mut();
    let len = b.len() as i64;
    let at = if i < 0 { (i + len).max(0) } else { i.min(len) };
    b.insert(at as usize, byte);
    Ok(Value::None)
}

fn remove(_: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let (b, rest) = this(args, "remove")?;
    let a = bind(&sig("remove", &["value"], 1, Style::One), rest, kw)?;
    let byte = byte_arg(a[0].unwrap_or(&Value::None))?;
    let mut b = b.borrow_mut();
    match b.iter().position(|x| *x == byte) {
        Some(i) => {
            b.remove(i);
            Ok(Value::None)
        }
        None => Err(value_error("value not found in bytearray")),
    }
}

fn copy(_: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let (b, rest) = this(args, "copy")?;
    bind(&sig("copy", &[], 0, Style::NoArgs), rest, kw)?;
    let data = b.borrow().clone();
    Ok(make(true, data))
}

/// `bytes(...)` (`mutable` false) or `bytearray(...)`.
pub(crate) fn construct(vm: &mut Vm, mutable: bool, args: &[Value], kw: Kw) -> PyResult<Value> {
    let name = owner(mutable);
    let s = Sig {
        owner: name,
        name,
        params: &["source", "encoding", "errors"],
        required: 0,
        style: Style::Keywords,
    };
    let a = bind(&s, args, kw)?;
    let Some(source) = a[0] else {
        if a[1].is_some() || a[2].is_some() {
            return Err(type_error(if a[1].is_some() {
                "encoding without a string argument"
            } else {
                "errors without a string argument"
            }));
        }
        return Ok(make(mutable, Vec::new()));
    };
    if let Some(text) = source.as_str() {
        let Some(encoding) = a[1] else {
            return Err(type_error("string argument without an encoding"));
        };
        let encoding = encoding.as_str().ok_or_else(|| {
            type_error(format!(
                "{name}() argument 'encoding' must be str, not {}",
                type_name(encoding)
            ))
        })?;
        let errors = a[2].and_then(Value::as_str).unwrap_or("strict");
        return Ok(make(
            mutable,
            crate::codecs::encode(text, encoding, errors)?,
        ));
    }
    if a[1].is_some() || a[2].is_some() {
        return Err(type_error(if a[1].is_some() {
            "encoding without a string argument"
        } else {
            "errors without a string argument"
        }));
    }
    let data = match source {
        Value::Int(_) | Value::Bool(_) => {
            let n = index_arg(source)?;
            if n < 0 {
                return Err(value_error("negative count"));
            }
            crate::method_args::alloc_check(n as usize, 1)?;
            vec![0; n as usize]
        }
        v if v.as_bigint().is_some() => {
            return Err(PyErr::msg(
                ExcKind::OverflowError,
                "cannot fit 'int' into an index-sized integer",
            ))
        }
        v if !mutable && matches!(v.as_obj(), Some(Object::Instance(_))) && has_bytes(vm, v) => {
            // `bytes(obj)` with `obj.__bytes__()`.
            let method = vm.getattr(v, "__bytes__")?;
            let got = vm.call_value(&method, Vec::new())?;
            if !matches!(got.as_obj(), Some(Object::Bytes(_))) {
                return Err(type_error(format!(
                    "__bytes__ returned non-bytes (type {})",
                    type_name(&got)
                )));
            }
            return Ok(got);
        }
        v => {
            let msg = format!("cannot convert '{}' object to {name}", type_name(v));
            bytes_of_iterable(vm, v, &msg).map_err(|e| {
                if e.kind() == ExcKind::ValueError {
                    value_error("bytes must be in range(0, 256)")
                } else {
                    e
                }
            })?
        }
    };
    Ok(make(mutable, data))
}

/// `ba[key] = value` for a bytearray.
pub(crate) fn store_subscr(b: &RefCell<Vec<u8>>, key: &Value, value: &Value) -> PyResult<()> {
    let Some(Object::Slice(..)) = key.as_obj() else {
        let len = b.borrow().len();
        let i = item_index(key, len)?;
        let byte = byte_arg(value)?;
        b.borrow_mut()[i] = byte; // item_index checked i < len
        return Ok(());
    };
    let msg = "can assign only bytes, buffers, or iterables of ints in range(0, 256)";
    let data = match value {
        Value::Int(_) | Value::Bool(_) => return Err(type_error(msg)),
        v => match bytes_like(v) {
            Some(d) => d,
            None if v.as_str().is_some() => return Err(type_error(msg)),
            None => {
                let items = crate::iter::collect(v).map_err(|_| type_error(msg))?;
                items.iter().map(byte_arg).collect::<PyResult<Vec<u8>>>()?
            }
        },
    };
    let len = b.borrow().len();
    let (start, stop, step) = slice_bounds(key, len)?;
    let mut buf = b.borrow_mut();
    if step == 1 {
        let stop = stop.max(start);
        buf.splice(start as usize..stop as usize, data);
        return Ok(());
    }
    let idx = slice_positions(start, stop, step);
    if idx.len() != data.len() {
        return Err(value_error(format!(
            "attempt to assign bytes of size {} to extended slice of size {}",
            data.len(),
            idx.len()
        )));
    }
    for (i, byte) in idx.into_iter().zip(data) {
        buf[i] = byte; // positions come from bounds clamped to len
    }
    Ok(())
}

/// `del ba[key]`.
pub(crate) fn delete_subscr(b: &RefCell<Vec<u8>>, key: &Value) -> PyResult<()> {
    let len = b.borrow().len();
    let Some(Object::Slice(..)) = key.as_obj() else {
        let i = item_index(key, len)?;
        b.borrow_mut().remove(i);
        return Ok(());
    };
    let (start, stop, step) = slice_bounds(key, len)?;
    let mut idx = slice_positions(start, stop, step);
    idx.sort_unstable();
    let mut buf = b.borrow_mut();
    for i in idx.into_iter().rev() {
        buf.remove(i);
    }
    Ok(())
}

fn item_index(key: &Value, len: usize) -> PyResult<usize> {
    let i = match key {
        Value::Int(_) | Value::Bool(_) => index_arg(key)?,
        _ => {
            return Err(type_error(format!(
                "bytearray indices must be integers or slices, not {}",
                type_name(key)
            )))
        }
    };
    let j = if i < 0 { i + len as i64 } else { i };
    if !(0..len as i64).contains(&j) {
        return Err(PyErr::msg(
            ExcKind::IndexError,
            "bytearray index out of range",
        ));
    }
    Ok(j as usize)
}

/// A slice's `(start, stop, step)` for a sequence of length `len`.
pub(crate) fn slice_bounds(key: &Value, len: usize) -> PyResult<(i64, i64, i64)> {
    let Some(Object::Slice(a, b, c)) = key.as_obj() else {
        return Err(type_error("expected a slice"));
    };
    let get = |v: &Value| match v {
        Value::None => Ok(None),
        Value::Int(_) | Value::Bool(_) => index_arg(v).map(Some),
        _ => Err(type_error(
            "slice indices must be integers or None or have an __index__ method",
        )),
    };
    let step = get(c)?.unwrap_or(1);
    if step == 0 {
        return Err(value_error("slice step cannot be zero"));
    }
    let len = len as i64;
    let clamp = |v: Option<i64>, default: i64| match v {
        None => default,
        Some(i) if i < 0 => (i + len).max(if step < 0 { -1 } else { 0 }),
        Some(i) => i.min(if step < 0 { len - 1 } else { len }),
    };
    Ok(if step > 0 {
        (clamp(get(a)?, 0), clamp(get(b)?, len), step)
    } else {
        (clamp(get(a)?, len - 1), clamp(get(b)?, -1), step)
    })
}

/// The positions a slice selects.
pub(crate) fn slice_positions(start: i64, stop: i64, step: i64) -> Vec<usize> {
    let mut out = Vec::new();
    let mut i = start;
    while (step > 0 && i < stop) || (step < 0 && i > stop) {
        out.push(i as usize);
        i += step;
    }
    out
}

/// The text types' constructors, called from `builtins::construct`:
/// `bytes(...)`, `bytearray(...)`, `memoryview(obj)` and `str(b, encoding)`.
pub(crate) fn construct_text(
    vm: &mut Vm,
    kind: crate::types::TypeKind,
    args: &[Value],
    kw: Kw,
) -> Option<PyResult<Value>> {
    use crate::types::TypeKind;
    Some(match kind {
        TypeKind::Bytes => construct(vm, false, args, kw),
        TypeKind::ByteArray => construct(vm, true, args, kw),
        TypeKind::MemoryView => crate::memoryview::construct(vm, args, kw),
        TypeKind::Str if args.len() > 1 || !kw.is_empty() => {
            crate::codecs::str_from_bytes(args, kw)
        }
        _ => return None,
    })
}

/// `ba[key]`.
pub(crate) fn subscr(b: &RefCell<Vec<u8>>, key: &Value) -> PyResult<Value> {
    subscr_of(&b.borrow(), key, true)
}

/// `b[key]` for `bytes`.
pub(crate) fn bytes_subscr(b: &[u8], key: &Value) -> PyResult<Value> {
    subscr_of(b, key, false)
}

fn subscr_of(data: &[u8], key: &Value, mutable: bool) -> PyResult<Value> {
    if let Some(Object::Slice(..)) = key.as_obj() {
        let (start, stop, step) = slice_bounds(key, data.len())?;
        let positions = slice_positions(start, stop, step);
        // The positions come from bounds clamped to the length.
        let out = positions.into_iter().map(|i| data[i]).collect();
        return Ok(make(mutable, out));
    }
    let i = match key {
        Value::Int(_) | Value::Bool(_) => index_arg(key)?,
        _ => {
            return Err(type_error(format!(
                "{} indices must be integers or slices, not {}",
                if mutable { "bytearray" } else { "byte" },
                type_name(key)
            )))
        }
    };
    let len = data.len() as i64;
    let j = if i < 0 { i + len } else { i };
    match usize::try_from(j).ok().and_then(|j| data.get(j)) {
        Some(b) => Ok(Value::Int(i64::from(*b))),
        None => Err(PyErr::msg(
            ExcKind::IndexError,
            if mutable {
                "bytearray index out of range"
            } else {
                "index out of range"
            },
        )),
    }
}

fn no_type_attr(owner: &str, name: &str) -> Box<PyErr> {
    PyErr::msg(
        ExcKind::AttributeError,
        format!("type object '{owner}' has no attribute '{name}'"),
    )
}

/// Attributes of the text types looked up by `LOAD_ATTR` before their
/// methods: `str.maketrans`, `bytes.fromhex`, unbound methods
/// (`str.upper`), and a memoryview's data attributes.
pub(crate) fn text_attr(obj: &Value, name: &str) -> Option<PyResult<Value>> {
    use crate::types::TypeKind;
    let builtin = |b: Builtin| Some(Ok(Value::obj(Object::Builtin(b))));
    match obj.as_obj()? {
        Object::Type(TypeKind::Str) => match crate::str_translate::str_type_attr(name) {
            Some(v) => Some(Ok(v)),
            None if name.starts_with("__") => None,
            None => Some(Err(no_type_attr("str", name))),
        },
        Object::Type(t @ (TypeKind::Bytes | TypeKind::ByteArray)) => {
            let mutable = *t == TypeKind::ByteArray;
            match name {
                "fromhex" if mutable => builtin(Builtin {
                    name: "fromhex",
                    func: |_, a, k| crate::bytes_methods::fromhex_as(a, k, true),
                }),
                "fromhex" => builtin(Builtin {
                    name: "fromhex",
                    func: crate::bytes_methods::fromhex,
                }),
                "maketrans" => builtin(Builtin {
                    name: "maketrans",
                    func: crate::bytes_split::maketrans,
                }),
                _ => {
                    let sample = make(mutable, Vec::new());
                    match crate::bytes_methods::find(&sample, name) {
                        Some(b) => builtin(b),
                        None if name.starts_with("__") => None,
                        None => Some(Err(no_type_attr(owner(mutable), name))),
                    }
                }
            }
        }
        Object::MemoryView(_) => crate::memoryview::attribute(obj, name),
        _ => None,
    }
}

/// Whether the class of `v` (an instance) defines `__bytes__`.
fn has_bytes(vm: &mut Vm, v: &Value) -> bool {
    match v.as_obj() {
        Some(Object::Instance(i)) => {
            let class = i.class().clone();
            vm.getattr(&class, "__bytes__").is_ok()
        }
        _ => false,
    }
}
