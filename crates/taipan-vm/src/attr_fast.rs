//! Fast paths of `LOAD_ATTR`/`STORE_ATTR` for instances of ordinary
//! classes (no `__getattribute__`, `__setattr__`, data descriptors or
//! `__slots__`: the class flags say so). A load is then the instance dict,
//! then the class attribute through the class attribute cache
//! (`type_cache.rs`), with the code object's ready-made key for the name
//! (no interning, no string allocation). Anything else returns `false`
//! with nothing changed, and the generic protocol (`attrs.rs`) runs.

use crate::classes::{
    class_flags, class_lookup, InstanceObj, HAS_DATA_DESCR, HAS_GETATTRIBUTE, HAS_SETATTR, NO_DICT,
};
use crate::code::Code;
use crate::dict::{Dict, HashKey};
use crate::frame::Frame;
use crate::value::{Object, Value};

/// The slot of `code`'s name `i` in the instance dict `dict`: through the
/// name's slot hint or a scan of a small dict (no hashing), else the hash
/// table; the hint follows what was found.
#[inline]
fn slot_of(dict: &Dict, code: &Code, i: usize) -> Option<usize> {
    let hint = code.attr_hints.get(i)?;
    let found = match (code.name_values.get(i)?, code.name_strs.get(i)?) {
        (Value::Obj(name), text) => dict.find_name(name, text, hint.get() as usize),
        _ => Err(()),
    };
    let slot = match found {
        Ok(slot) => slot,
        Err(()) => dict.slot_of(code.names.get(i)?),
    }?;
    hint.set(slot as u32);
    Some(slot)
}

/// `LOAD_ATTR` of `code`'s name `i` on `obj`; `false` when the generic
/// path must run.
#[inline]
pub(crate) fn load_attr_fast(
    frame: &mut Frame,
    obj: &Value,
    code: &Code,
    i: usize,
    method: bool,
) -> bool {
    let Some(Object::Instance(inst)) = obj.as_obj() else {
        return false;
    };
    if class_flags(&inst.class()) & (HAS_GETATTRIBUTE | HAS_DATA_DESCR) != 0 {
        return false;
    }
    let Some(key) = code.names.get(i) else {
        return false;
    };
    let own = {
        let dict = inst.attrs().borrow();
        slot_of(&dict, code, i).and_then(|slot| dict.value_at(slot).cloned())
    };
    if let Some(v) = own {
        frame.push(v);
        if method {
            frame.push(Value::Null);
        }
        return true;
    }
    load_class_attr(frame, obj, inst, key, method)
}

/// The class part of [`load_attr_fast`]: plain functions (bound, or pushed
/// with the instance for a method call) and plain values.
fn load_class_attr(
    frame: &mut Frame,
    obj: &Value,
    inst: &InstanceObj,
    key: &HashKey,
    method: bool,
) -> bool {
    let Some(attr) = class_lookup(&inst.class(), key) else {
        return false;
    };
    match &attr {
        Value::Obj(o) => match &**o {
            Object::Function(_) if method => {
                frame.push(attr);
                frame.push(obj.clone());
            }
            Object::Function(_) => {
                frame.push(Value::obj(Object::Method(attr, obj.clone())));
            }
            Object::Str(_) | Object::Tuple(_) | Object::BigInt(_) => {
                frame.push(attr);
                if method {
                    frame.push(Value::Null);
                }
            }
            _ => return false,
        },
        _ => {
            frame.push(attr);
            if method {
                frame.push(Value::Null);
            }
        }
    }
    true
}

/// `STORE_ATTR` of `code`'s name `i` on `obj`; `value` back when the
/// generic path must run.
#[inline]
pub(crate) fn store_attr_fast(
    obj: &Value,
    code: &Code,
    i: usize,
    value: Value,
) -> Result<(), Value> {
    let (Some(key), Some(name)) = (code.names.get(i), code.name_values.get(i)) else {
        return Err(value);
    };
    let Some(Object::Instance(inst)) = obj.as_obj() else {
        return Err(value);
    };
    if class_flags(&inst.class()) & (HAS_SETATTR | HAS_DATA_DESCR | NO_DICT) != 0 {
        return Err(value);
    }
    let mut dict = inst.attrs().borrow_mut();
    let old = match slot_of(&dict, code, i) {
        Some(i) => dict.replace_at(i, value)?,
        // `__class__` is never in the dict: its assignment is the
        // generic path's (`class_assign.rs`).
        None if name.as_str() == Some("__class__") => return Err(value),
        None => {
            dict.insert(key.clone(), name.clone(), value);
            return Ok(());
        }
    };
    // The old value may run `__del__`, which may touch this dict.
    drop(dict);
    drop(old);
    Ok(())
}
