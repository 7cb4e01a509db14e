//! `memoryview` basics: a view of a `bytes` or `bytearray` (format `'B'`,
//! one dimension): `len`, indexing, slicing (views again), item
//! assignment into a `bytearray`, `tobytes`, `tolist`, `release` and the
//! `with` statement.

use std::cell::Cell;

use crate::exception::{type_error, value_error, ExcKind, PyErr, PyResult};
use crate::method_args::{bind, index_arg, Kw, Sig, Style};
use crate::types::type_name;
use crate::value::{Builtin, NativeFn, Object, Value};
use crate::Vm;

/// A memoryview: the positions `start + i*step` (`i < len`) of `source`.
#[derive(Debug)]
pub struct MemoryViewObj {
    /// The `bytes` or `bytearray` viewed.
    pub source: Value,
    start: usize,
    step: i64,
    len: usize,
    released: Cell<bool>,
}

impl MemoryViewObj {
    /// The bytes seen, or `None` once released.
    pub(crate) fn data(&self) -> Option<Vec<u8>> {
        if self.released.get() {
            return None;
        }
        let all = match self.source.as_obj()? {
            Object::Bytes(b) => b.to_vec(),
            Object::ByteArray(b) => b.borrow().clone(),
            _ => return None,
        };
        Some(
            self.positions()
                .filter_map(|i| all.get(i).copied())
                .collect(),
        )
    }

    fn positions(&self) -> impl Iterator<Item = usize> + '_ {
        (0..self.len).map(|i| (self.start as i64 + i as i64 * self.step) as usize)
    }

    /// Whether the source is immutable.
    fn readonly(&self) -> bool {
        !matches!(self.source.as_obj(), Some(Object::ByteArray(_)))
    }
}

fn released() -> Box<PyErr> {
    value_error("operation forbidden on released memoryview object")
}

/// The view of `obj`, live.
fn view(v: &Value) -> PyResult<&MemoryViewObj> {
    match v.as_obj() {
        Some(Object::MemoryView(m)) if !m.released.get() => Ok(m),
        Some(Object::MemoryView(_)) => Err(released()),
        _ => Err(type_error(format!(
            "expected a memoryview, not {}",
            type_name(v)
        ))),
    }
}

/// `memoryview(obj)`.
pub(crate) fn construct(_: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let sig = Sig {
        owner: "memoryview",
        name: "memoryview",
        params: &["object"],
        required: 1,
        style: Style::Keywords,
    };
    let a = bind(&sig, args, kw)?;
    let source = a[0].unwrap_or(&Value::None);
    let (source, start, step, len) = match source.as_obj() {
        Some(Object::Bytes(b)) => (source.clone(), 0, 1, b.len()),
        Some(Object::ByteArray(b)) => (source.clone(), 0, 1, b.borrow().len()),
        Some(Object::MemoryView(_)) => {
            let m = view(source)?;
            (m.source.clone(), m.start, m.step, m.len)
        }
        _ => {
            return Err(type_error(format!(
                "memoryview: a bytes-like object is required, not '{}'",
                type_name(source)
            )))
        }
    };
    Ok(new_view(source, start, step, len))
}

fn new_view(source: Value, start: usize, step: i64, len: usize) -> Value {
    Value::obj(Object::MemoryView(MemoryViewObj {
        source,
        start,
        step,
        len,
        released: Cell::new(false),
    }))
}

/// `len(view)`.
pub(crate) fn len(v: &Value) -> PyResult<usize> {
    Ok(view(v)?.len)
}

/// `view[key]`.
pub(crate) fn subscr(v: &Value, key: &Value) -> PyResult<Value> {
    let m = view(v)?;
    if let Some(Object::Slice(..)) = key.as_obj() {
        let (start, stop, step) = crate::bytearray::slice_bounds(key, m.len)?;
        let n = crate::bytearray::slice_positions(start, stop, step).len();
        let first = if n == 0 {
            m.start as i64
        } else {
            m.start as i64 + start * m.step
        };
        return Ok(new_view(
            m.source.clone(),
            first.max(0) as usize,
            m.step * step,
            n,
        ));
    }
    let i = item(m, key)?;
    let data = m.data().ok_or_else(released)?;
    Ok(Value::Int(i64::from(data.get(i).copied().unwrap_or(0))))
}

fn item(m: &MemoryViewObj, key: &Value) -> PyResult<usize> {
    let i = match key {
        Value::Int(_) | Value::Bool(_) => index_arg(key)?,
        _ => return Err(type_error("memoryview: invalid slice key")),
    };
    let j = if i < 0 { i + m.len as i64 } else { i };
    if !(0..m.len as i64).contains(&j) {
        return Err(PyErr::msg(
            ExcKind::IndexError,
            "index out of bounds on dimension 1",
        ));
    }
    Ok(j as usize)
}

/// `view[key] = value` (an int into a bytearray's view).
pub(crate) fn store_subscr(v: &Value, key: &Value, value: &Value) -> PyResult<()> {
    let m = view(v)?;
    let Some(Object::ByteArray(b)) = m.source.as_obj() else {
        return Err(type_error("cannot modify read-only memory"));
    };
    if let Some(Object::Slice(..)) = key.as_obj() {
        return Err(PyErr::msg(
            ExcKind::NotImplementedError,
            "memoryview slice assignments are currently restricted to ndim = 1",
        ));
    }
    let i = item(m, key)?;
    let byte = match value {
        Value::Int(x) if (0..256).contains(x) => *x as u8,
        Value::Int(_) => return Err(value_error("memoryview: invalid value for format 'B'")),
        _ => return Err(type_error("memoryview: invalid type for format 'B'")),
    };
    let pos = (m.start as i64 + i as i64 * m.step) as usize;
    if let Some(slot) = b.borrow_mut().get_mut(pos) {
        *slot = byte;
    }
    Ok(())
}

/// `repr(view)`.
pub(crate) fn repr(m: &MemoryViewObj, addr: usize) -> String {
    if m.released.get() {
        format!("<released memory at {addr:#x}>")
    } else {
        format!("<memory at {addr:#x}>")
    }
}

/// The methods and attributes of a memoryview.
pub(crate) fn find(name: &str) -> Option<Builtin> {
    let (name, func): (&'static str, NativeFn) = match name {
        "tobytes" => ("tobytes", |_, a, k| {
            let m = this(a, k, "tobytes")?;
            Ok(crate::bytes_methods::make(
                false,
                m.data().ok_or_else(released)?,
            ))
        }),
        "tolist" => ("tolist", |_, a, k| {
            let m = this(a, k, "tolist")?;
            let data = m.data().ok_or_else(released)?;
            Ok(Value::list(
                data.into_iter().map(|b| Value::Int(i64::from(b))).collect(),
            ))
        }),
        "hex" => ("hex", |_, a, k| {
            let m = this(a, k, "hex")?;
            let data = m.data().ok_or_else(released)?;
            Ok(Value::str(
                data.iter().map(|b| format!("{b:02x}")).collect::<String>(),
            ))
        }),
        "release" => ("release", release),
        "__enter__" => ("__enter__", |_, a, _| {
            view(a.first().unwrap_or(&Value::None))?;
            Ok(a.first().cloned().unwrap_or(Value::None))
        }),
        "__exit__" => ("__exit__", |vm, a, _| {
            release(vm, a.get(..1).unwrap_or(&[]), &[])
        }),
        _ => return None,
    };
    Some(Builtin { name, func })
}

/// The data attributes (`nbytes`, `readonly`, `obj`, ...).
pub(crate) fn attribute(v: &Value, name: &str) -> Option<PyResult<Value>> {
    let Some(Object::MemoryView(m)) = v.as_obj() else {
        return None;
    };
    let live = || {
        if m.released.get() {
            Err(released())
        } else {
            Ok(())
        }
    };
    Some(match name {
        "nbytes" => live().map(|_| Value::Int(m.len as i64)),
        "readonly" => live().map(|_| Value::Bool(m.readonly())),
        "format" => live().map(|_| Value::str("B")),
        "itemsize" | "ndim" => live().map(|_| Value::Int(1)),
        "shape" => live().map(|_| Value::tuple(vec![Value::Int(m.len as i64)])),
        "obj" => live().map(|_| m.source.clone()),
        _ => return None,
    })
}

fn this<'a>(args: &'a [Value], kw: Kw, name: &'static str) -> PyResult<&'a MemoryViewObj> {
    let sig = Sig {
        owner: "memoryview",
        name,
        params: &[],
        required: 0,
        style: Style::NoArgs,
    };
    bind(&sig, args.get(1..).unwrap_or(&[]), kw)?;
    view(args.first().unwrap_or(&Value::None))
}

fn release(_: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    if let Some(Object::MemoryView(m)) = args.first().and_then(Value::as_obj) {
        m.released.set(true);
    }
    Ok(Value::None)
}
