//! The attributes of functions (`__code__`, `__name__`, those set on
//! them) and of code objects (`f.__code__.co_varnames`...), read off the
//! compiler's `CodeObject`.

use std::cell::RefCell;

use taipan_bytecode::CodeFlags;

use crate::code::Code;
use crate::dict::HashKey;
use crate::value::{Function, Object, Value};

/// `function.name`, if the function has that attribute. Reassigned
/// `__name__`/`__qualname__` live in its dict, which CPython's
/// `__dict__` does not show.
pub(crate) fn function_attr(f: &Function, name: &str) -> Option<Value> {
    if name == "__dict__" {
        let mut copy = f.dict.borrow().clone();
        let hidden = ["__name__", "__qualname__", "__type_params__"];
        for hidden in hidden
            .iter()
            .chain(&crate::annotations::HIDDEN_FUNCTION_ATTRS)
        {
            copy.remove(&HashKey::str_key(hidden));
        }
        return Some(Value::obj(Object::Dict(RefCell::new(copy))));
    }
    if let Some(v) = f.dict.borrow().get(&HashKey::str_key(name)) {
        return Some(v.clone());
    }
    Some(match name {
        "__code__" => Value::obj(Object::Code(f.code.clone())),
        "__name__" => Value::str(f.code.obj.name.as_str()),
        "__qualname__" => Value::str(f.code.obj.qualname.as_str()),
        "__type_params__" => Value::tuple(Vec::new()),
        "__annotate__" => Value::None,
        "__module__" => f
            .globals
            .borrow()
            .get(&HashKey::str_key("__name__"))
            .cloned()
            .unwrap_or(Value::None),
        "__globals__" => f.globals.to_value(),
        "__defaults__" if f.defaults.is_empty() => Value::None,
        "__defaults__" => Value::tuple(f.defaults.clone()),
        "__kwdefaults__" if f.kwdefaults.is_empty() => Value::None,
        "__kwdefaults__" => {
            let mut d = crate::dict::Dict::new();
            for (k, v) in &f.kwdefaults {
                d.set_str(k, v.clone());
            }
            Value::obj(Object::Dict(RefCell::new(d)))
        }
        "__closure__" if f.closure.is_empty() => Value::None,
        "__closure__" => Value::tuple(f.closure.clone()),
        "__doc__" => match f.code.consts.first() {
            Some(doc) if f.code.obj.flags.0 & CodeFlags::HAS_DOCSTRING != 0 => doc.clone(),
            _ => Value::None,
        },
        _ => return None,
    })
}

/// `code.name`, if code objects have that attribute.
pub(crate) fn code_attr(code: &Code, name: &str) -> Option<Value> {
    let obj = &code.obj;
    let strs =
        |items: &[String]| Value::tuple(items.iter().map(|s| Value::str(s.as_str())).collect());
    let int = |n: u32| Value::Int(i64::from(n));
    Some(match name {
        "co_name" => Value::str(obj.name.as_str()),
        "co_qualname" => Value::str(obj.qualname.as_str()),
        "co_filename" => Value::str(&*obj.filename),
        "co_firstlineno" => int(obj.firstlineno),
        "co_argcount" => int(obj.argcount),
        "co_posonlyargcount" => int(obj.posonlyargcount),
        "co_kwonlyargcount" => int(obj.kwonlyargcount),
        "co_nlocals" => Value::Int(obj.varnames.len() as i64),
        "co_stacksize" => int(obj.stacksize),
        "co_flags" => int(obj.flags.0),
        "co_varnames" => strs(&obj.varnames),
        "co_names" => strs(&obj.names),
        "co_cellvars" => strs(&obj.cellvars),
        "co_freevars" => strs(&obj.freevars),
        "co_consts" => Value::tuple(code.consts.clone()),
        "co_code" => Value::obj(Object::Bytes(obj.code.clone().into_boxed_slice())),
        _ => return None,
    })
}
