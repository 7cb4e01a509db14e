//! Lazily evaluated annotations (PEP 649/749) and the instructions of
//! annotation scopes.
//!
//! The compiler turns the annotations of a function, a class body or a
//! module into an `__annotate__(format)` function. A function keeps it
//! (`SET_FUNCTION_ATTRIBUTE 16`) in its attribute dict; a class body
//! stores it as `__annotate_func__`, a module as `__annotate__`.
//! `__annotations__` calls it with `format=1` (VALUE) on first access and
//! caches the dict: in the function's dict, as `__annotations_cache__` in
//! the class, as `__annotations__` in the module. Names in a class's
//! annotations are looked up in the class namespace first: the class body
//! stores its namespace in a `__classdict__` cell that `type.__new__`
//! points at the class, and `LOAD_FROM_DICT_OR_GLOBALS`/`_DEREF` read the
//! mapping below their name (for a class, its own dict only).

use std::cell::RefCell;
use std::rc::Rc;

use taipan_bytecode::Opcode;

use crate::classes::ClassObj;
use crate::dict::{Dict, HashKey};
use crate::exception::{type_error, ExcKind, PyResult};
use crate::frame::Frame;
use crate::value::{Function, Object, Value};
use crate::Vm;

/// The function attributes kept in its dict but not shown by `__dict__`.
pub(crate) const HIDDEN_FUNCTION_ATTRS: [&str; 2] = ["__annotate__", "__annotations__"];

impl Vm<'_> {
    /// `LOAD_LOCALS`, `LOAD_FROM_DICT_OR_GLOBALS`, `LOAD_FROM_DICT_OR_DEREF`.
    pub(crate) fn annotation_scope_op(
        &mut self,
        frame: &mut Frame,
        op: Opcode,
        arg: u32,
    ) -> PyResult<()> {
        match op {
            Opcode::LoadLocals => {
                let ns = frame.namespace.as_ref().unwrap_or(&frame.globals);
                frame.push(ns.to_value());
            }
            Opcode::LoadFromDictOrGlobals => {
                let mapping = frame.pop();
                let code = frame.code.clone();
                let name = code.obj.names.get(arg as usize).map_or("", |s| s.as_str());
                let v = match self.mapping_item(&mapping, name)? {
                    Some(v) => v,
                    None => self.load_global(frame, &code, arg as usize)?,
                };
                frame.push(v);
            }
            _ => {
                let mapping = frame.pop();
                let name = crate::trace::local_name(&frame.code, arg);
                let v = match self.mapping_item(&mapping, &name)? {
                    Some(v) => v,
                    None => match frame.locals.get(arg as usize).and_then(Value::as_obj) {
                        Some(Object::Cell(c)) if !matches!(*c.borrow(), Value::Null) => {
                            c.borrow().clone()
                        }
                        _ => {
                            let obj = &frame.code.obj;
                            return Err(crate::lang_ops::unbound_deref(obj, arg as usize));
                        }
                    },
                };
                frame.push(v);
            }
        }
        Ok(())
    }

    /// `mapping[name]`, or `None` on `KeyError`; a class stands for its
    /// own namespace.
    fn mapping_item(&mut self, mapping: &Value, name: &str) -> PyResult<Option<Value>> {
        let key = HashKey::str_key(name);
        match mapping.as_obj() {
            Some(Object::Dict(d)) => Ok(d.borrow().get(&key).cloned()),
            Some(Object::Class(c)) => Ok(c.dict.borrow().get(&key).cloned()),
            _ => {
                let getitem = self.getattr(mapping, "__getitem__")?;
                match self.call_value(&getitem, vec![Value::str(name)]) {
                    Ok(v) => Ok(Some(v)),
                    Err(e) if e.kind() == ExcKind::KeyError => Ok(None),
                    Err(e) => Err(e),
                }
            }
        }
    }

    /// Call `annotate(1)` and check that it returned a dict.
    fn call_annotate(&mut self, annotate: &Value) -> PyResult<Value> {
        let result = self.call_value(annotate, vec![Value::Int(1)])?;
        if matches!(result.as_obj(), Some(Object::Dict(_))) {
            return Ok(result);
        }
        Err(type_error(format!(
            "__annotate__ returned non-dict of type '{}'",
            crate::types::type_name(&result)
        )))
    }

    /// `function.__annotations__`: computed by `__annotate__` on first
    /// access, then kept.
    pub(crate) fn function_annotations(&mut self, f: &Function) -> PyResult<Value> {
        let key = HashKey::str_key("__annotations__");
        if let Some(v) = f.dict.borrow().get(&key) {
            return Ok(v.clone());
        }
        let annotate = f
            .dict
            .borrow()
            .get(&HashKey::str_key("__annotate__"))
            .cloned();
        let value = match annotate {
            Some(a) if !matches!(a, Value::None) => self.call_annotate(&a)?,
            _ => Value::obj(Object::Dict(RefCell::new(Dict::new()))),
        };
        f.dict
            .borrow_mut()
            .set_str(&Rc::from("__annotations__"), value.clone());
        Ok(value)
    }

    /// `cls.__annotations__`: the class's own `__annotations__` if set,
    /// else its cached or newly computed annotations.
    pub(crate) fn class_annotations(&mut self, c: &ClassObj) -> PyResult<Value> {
        for key in ["__annotations__", "__annotations_cache__"] {
            if let Some(v) = c.dict.borrow().get(&HashKey::str_key(key)) {
                return Ok(v.clone());
            }
        }
        let annotate = class_annotate(c);
        let value = if matches!(annotate, Value::None) {
            Value::obj(Object::Dict(RefCell::new(Dict::new())))
        } else {
            self.call_annotate(&annotate)?
        };
        crate::type_cache::class_changed();
        let cache = Rc::from("__annotations_cache__");
        c.dict.borrow_mut().set_str(&cache, value.clone());
        Ok(value)
    }

    /// `module.__annotations__`: its `__annotations__` global if any, else
    /// computed by its `__annotate__` and kept there.
    pub(crate) fn module_annotations(&mut self, dict: &RefCell<Dict>) -> PyResult<Value> {
        let existing = dict
            .borrow()
            .get(&HashKey::str_key("__annotations__"))
            .cloned();
        if let Some(v) = existing {
            return Ok(v);
        }
        let annotate = dict
            .borrow()
            .get(&HashKey::str_key("__annotate__"))
            .cloned();
        let value = match annotate {
            Some(a) if !matches!(a, Value::None) => self.call_annotate(&a)?,
            _ => Value::obj(Object::Dict(RefCell::new(Dict::new()))),
        };
        dict.borrow_mut()
            .set_str(&Rc::from("__annotations__"), value.clone());
        Ok(value)
    }
}

/// `cls.__annotate__`: the class's own `__annotate__` or the function its
/// body stored as `__annotate_func__`, else `None`.
pub(crate) fn class_annotate(c: &ClassObj) -> Value {
    let dict = c.dict.borrow();
    ["__annotate__", "__annotate_func__"]
        .iter()
        .find_map(|k| dict.get(&HashKey::str_key(k)).cloned())
        .unwrap_or(Value::None)
}

/// `function.__annotate__ = value` or `function.__annotations__ = value`:
/// setting one clears the other, as in CPython.
pub(crate) fn set_function_annotation_attr(
    f: &Function,
    name: &str,
    value: &Value,
) -> PyResult<()> {
    let mut dict = f.dict.borrow_mut();
    match name {
        "__annotate__" => {
            if !matches!(value, Value::None) && !crate::builtins::is_callable(value) {
                return Err(type_error("__annotate__ must be callable or None"));
            }
            if !matches!(value, Value::None) {
                dict.remove(&HashKey::str_key("__annotations__"));
            }
        }
        _ => {
            if !matches!(value, Value::None | Value::Obj(_))
                || !matches!(value.as_obj(), None | Some(Object::Dict(_)))
            {
                return Err(type_error("__annotations__ must be set to a dict object"));
            }
            dict.set_str(&Rc::from("__annotate__"), Value::None);
        }
    }
    Ok(())
}

/// `types.FunctionType(code, globals, name=None, argdefs=None,
/// closure=None, kwdefaults=None)` (`annotationlib` calls `__annotate__`
/// functions with other globals this way).
pub(crate) fn new_function(args: &[Value], kw: &[(Rc<str>, Value)]) -> PyResult<Value> {
    const NAMES: [&str; 6] = [
        "code",
        "globals",
        "name",
        "argdefs",
        "closure",
        "kwdefaults",
    ];
    let mut given = vec![Value::None; NAMES.len()];
    if args.len() > NAMES.len() {
        return Err(type_error(format!(
            "function() takes at most 6 arguments ({} given)",
            args.len()
        )));
    }
    given[..args.len()].clone_from_slice(args);
    for (k, v) in kw {
        match NAMES.iter().position(|n| **n == **k) {
            Some(i) => given[i] = v.clone(),
            None => {
                return Err(type_error(format!(
                    "function() got an unexpected keyword argument '{k}'"
                )))
            }
        }
    }
    let Some(Object::Code(code)) = given[0].as_obj() else {
        return Err(type_error(format!(
            "function() argument 'code' must be code, not {}",
            crate::types::type_name(&given[0])
        )));
    };
    let Some(globals) = crate::namespace::Namespace::from_value(&given[1]) else {
        return Err(type_error(format!(
            "function() argument 'globals' must be dict, not {}",
            crate::types::type_name(&given[1])
        )));
    };
    let items = |v: &Value| match v.as_obj() {
        Some(Object::Tuple(items)) => items.clone(),
        _ => Vec::new(),
    };
    let func = Function {
        code: code.clone(),
        globals,
        defaults: items(&given[3]),
        kwdefaults: Vec::new(),
        closure: items(&given[4]),
        dict: RefCell::new(Dict::new()),
    };
    if let Some(name) = given[2].as_str() {
        func.dict
            .borrow_mut()
            .set_str(&Rc::from("__name__"), Value::str(name));
    }
    Ok(Value::obj(Object::Function(Box::new(func))))
}
