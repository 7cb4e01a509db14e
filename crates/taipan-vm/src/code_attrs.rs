//! The attributes of code objects (`f.__code__.co_varnames`...), read off
//! the compiler's `CodeObject`.

use crate::code::Code;
use crate::value::{Object, Value};

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
