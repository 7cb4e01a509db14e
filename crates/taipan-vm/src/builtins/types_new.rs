//! Calling the types behind `types.ModuleType` and `types.MethodType`.

use std::rc::Rc;

use super::Kw;
use crate::dict::Dict;
use crate::exception::{type_error, PyResult};
use crate::namespace::Namespace;
use crate::types::type_name;
use crate::value::{Object, Value};

/// `ModuleType(name, doc=None)`: an empty module.
pub(crate) fn new_module(args: &[Value], kw: Kw) -> PyResult<Value> {
    if args.len() + kw.len() > 2 {
        return Err(type_error(format!(
            "module() takes at most 2 arguments ({} given)",
            args.len() + kw.len()
        )));
    }
    let mut name = args.first().cloned();
    let mut doc = args.get(1).cloned().unwrap_or(Value::None);
    for (k, v) in kw {
        match &**k {
            "name" if name.is_none() => name = Some(v.clone()),
            "doc" if args.len() < 2 => doc = v.clone(),
            _ => {
                return Err(type_error(format!(
                    "module() got an unexpected keyword argument '{k}'"
                )))
            }
        }
    }
    let name =
        name.ok_or_else(|| type_error("module() missing required argument 'name' (pos 1)"))?;
    let Some(text) = name.as_str() else {
        return Err(type_error(format!(
            "module() argument 'name' must be str, not {}",
            type_name(&name)
        )));
    };
    let mut d = Dict::new();
    d.set_str(&Rc::from("__name__"), name.clone());
    d.set_str(&Rc::from("__doc__"), doc);
    for key in ["__package__", "__loader__", "__spec__"] {
        d.set_str(&Rc::from(key), Value::None);
    }
    let module = crate::modules::ModuleObj::new(text, Namespace::new(d));
    Ok(Value::obj(Object::Module(module)))
}

/// `MethodType(function, instance)`: `function` bound to `instance`.
pub(crate) fn new_method(args: &[Value], kw: Kw) -> PyResult<Value> {
    if !kw.is_empty() {
        return Err(type_error("method() takes no keyword arguments"));
    }
    let [func, this] = args else {
        return Err(type_error(format!(
            "method expected 2 arguments, got {}",
            args.len()
        )));
    };
    if !super::introspect::is_callable(func) {
        return Err(type_error("first argument must be callable"));
    }
    if matches!(this, Value::None) {
        return Err(type_error("instance must not be None"));
    }
    Ok(Value::obj(Object::Method(func.clone(), this.clone())))
}

impl crate::Vm<'_> {
    /// A read-only `mappingproxy` over `d` (`types.MappingProxyType`, a
    /// class of the embedded library; a plain dict if that is missing).
    pub(crate) fn mapping_proxy(&mut self, d: Dict) -> PyResult<Value> {
        let dict = Value::obj(Object::Dict(std::cell::RefCell::new(d)));
        let proxy = self
            .import_module("types")
            .and_then(|m| self.getattr(&m, "MappingProxyType"));
        match proxy {
            Ok(class) => self.call_value(&class, vec![dict]),
            Err(_) => Ok(dict),
        }
    }
}
