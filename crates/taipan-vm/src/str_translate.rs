//! `str.translate` and `str.maketrans`.

use std::cell::RefCell;

use taipan_bytecode::BinaryOpArg;

use crate::dict::{Dict, HashKey};
use crate::exception::{type_error, value_error, ExcKind, PyErr, PyResult};
use crate::method_args::{bind, Kw, Sig, Style};
use crate::types::type_name;
use crate::value::{Builtin, Object, Value};
use crate::Vm;

/// `str.translate(table)`: each character's code point looked up in
/// `table`; a missing key keeps the character, `None` deletes it, an int
/// or a str replaces it.
pub(crate) fn translate(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let (s, rest) = crate::str_methods::this(args, "translate")?;
    let sig = Sig {
        owner: "str",
        name: "translate",
        params: &["table"],
        required: 1,
        style: Style::One,
    };
    let a = bind(&sig, rest, kw)?;
    let table = a[0].unwrap_or(&Value::None).clone();
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        let key = Value::Int(i64::from(u32::from(c)));
        let mapped = match vm.binary_dunder(BinaryOpArg::SUBSCR, &table, &key) {
            Ok(v) => v,
            Err(e) if e.kind().is_subclass(ExcKind::LookupError) => {
                out.push(c);
                continue;
            }
            Err(e) => return Err(e),
        };
        match &mapped {
            Value::None => {}
            Value::Int(i) => out.push(code_point(*i)?),
            v if v.as_str().is_some() => out.push_str(v.as_str().unwrap_or("")),
            _ => {
                return Err(type_error(
                    "character mapping must return integer, None or str",
                ))
            }
        }
    }
    Ok(Value::str(out))
}

fn code_point(i: i64) -> PyResult<char> {
    u32::try_from(i)
        .ok()
        .filter(|&i| i < 0x110000)
        .and_then(char::from_u32)
        .ok_or_else(|| value_error("character mapping must be in range(0x110000)"))
}

/// `'x'.maketrans(...)`: the static method called through an instance.
pub(crate) fn maketrans_bound(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    maketrans(vm, args.get(1..).unwrap_or(&[]), kw)
}

/// `str.maketrans(x[, y[, z]])`.
pub(crate) fn maketrans(_: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let sig = Sig {
        owner: "str",
        name: "maketrans",
        params: &["x", "y", "z"],
        required: 1,
        style: Style::Positional,
    };
    let a = bind(&sig, args, kw)?;
    let mut table = Dict::new();
    let mut put = |k: i64, v: Value| {
        let key = Value::Int(k);
        if let Ok(h) = HashKey::for_dict(&key) {
            table.insert(h, key, v);
        }
    };
    let ord = |c: char| i64::from(u32::from(c));
    match (a[0], a[1]) {
        (Some(x), None) => {
            let Some(Object::Dict(d)) = x.as_obj() else {
                return Err(type_error(
                    "if you give only one argument to maketrans it must be a dict",
                ));
            };
            for (k, v) in d.borrow().iter() {
                let key = match k {
                    Value::Int(i) => *i,
                    k if k.as_str().is_some() => {
                        let mut chars = k.as_str().unwrap_or("").chars();
                        match (chars.next(), chars.next()) {
                            (Some(c), None) => ord(c),
                            _ => {
                                return Err(value_error(
                                    "string keys in translate table must be of length 1",
                                ))
                            }
                        }
                    }
                    _ => {
                        return Err(type_error(
                            "keys in translate table must be strings or integers",
                        ))
                    }
                };
                put(key, v.clone());
            }
        }
        (Some(x), Some(y)) => {
            let (Some(x), Some(y)) = (x.as_str(), y.as_str()) else {
                let bad = if x.as_str().is_none() { x } else { y };
                let pos = if x.as_str().is_none() { 1 } else { 2 };
                return Err(type_error(format!(
                    "maketrans() argument {pos} must be str, not {}",
                    type_name(bad)
                )));
            };
            if x.chars().count() != y.chars().count() {
                return Err(value_error(
                    "the first two maketrans arguments must have equal length",
                ));
            }
            for (cx, cy) in x.chars().zip(y.chars()) {
                put(ord(cx), Value::Int(ord(cy)));
            }
            if let Some(z) = a[2] {
                let z = z.as_str().ok_or_else(|| {
                    type_error(format!(
                        "maketrans() argument 3 must be str, not {}",
                        type_name(z)
                    ))
                })?;
                for c in z.chars() {
                    put(ord(c), Value::None);
                }
            }
        }
        _ => {
            return Err(PyErr::msg(
                ExcKind::TypeError,
                "maketrans() missing arguments",
            ))
        }
    }
    Ok(Value::obj(Object::Dict(RefCell::new(table))))
}

/// Attributes of the `str` type itself: `str.maketrans` and the unbound
/// methods (`str.upper`), as plain functions taking `self` first.
pub(crate) fn str_type_attr(name: &str) -> Option<Value> {
    if name == "maketrans" {
        return Some(Value::obj(Object::Builtin(Builtin {
            name: "maketrans",
            func: maketrans,
        })));
    }
    crate::str_methods::find(name).map(|b| Value::obj(Object::Builtin(b)))
}
