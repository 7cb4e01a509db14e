//! The VM's view of a code object: the compiler's [`CodeObject`] with its
//! constants turned into [`Value`]s and its names into dict keys, once,
//! when the code is loaded (not at every call).

use std::rc::Rc;

use taipan_bytecode::{CodeObject, ConstValue};

use crate::dict::HashKey;
use crate::value::{Object, Value};

/// A loaded code object.
#[derive(Debug)]
pub struct Code {
    /// The compiler's code object.
    pub obj: CodeObject,
    /// `co_consts` as values.
    pub consts: Vec<Value>,
    /// `co_names` as dict keys.
    pub names: Vec<HashKey>,
    /// `co_names` as strings.
    pub name_strs: Vec<Rc<str>>,
    /// Number of local slots.
    pub nlocals: usize,
}

impl Code {
    /// Load `obj` and, recursively, the code objects among its constants.
    pub fn load(obj: CodeObject) -> Rc<Code> {
        let consts = obj.consts.iter().map(const_to_value).collect();
        let name_strs: Vec<Rc<str>> = obj.names.iter().map(|n| Rc::from(n.as_str())).collect();
        let names = name_strs.iter().map(|n| HashKey::Str(n.clone())).collect();
        let nlocals = obj.nlocalsplus();
        Rc::new(Code {
            obj,
            consts,
            names,
            name_strs,
            nlocals,
        })
    }
}

/// A constant as a value.
fn const_to_value(c: &ConstValue) -> Value {
    match c {
        ConstValue::None | ConstValue::Ellipsis => Value::None,
        ConstValue::Bool(b) => Value::Bool(*b),
        ConstValue::Int(i) => Value::Int(*i),
        ConstValue::BigInt(b) => Value::from_bigint((**b).clone()),
        ConstValue::Float(f) => Value::Float(*f),
        ConstValue::Str(s) => Value::str(&**s),
        ConstValue::Bytes(b) => Value::obj(Object::Bytes(b.clone().into_boxed_slice())),
        ConstValue::Tuple(items) => Value::tuple(items.iter().map(const_to_value).collect()),
        ConstValue::Code(code) => Value::obj(Object::Code(Code::load((**code).clone()))),
    }
}
