//! Attribute access on instances and classes: CPython's generic
//! `object.__getattribute__`/`__setattr__`/`__delattr__` (data descriptors
//! of the class first, then the instance dict, then other class
//! attributes: functions bind, `__get__` is called) and the hooks a class
//! may define (`__getattribute__`, `__getattr__`, `__setattr__`,
//! `__delattr__`).
//!
//! The class flags (`classes.rs`) let an ordinary instance skip the hooks
//! and the descriptor check: then a load is the instance dict, then the
//! class MRO.

use crate::classes::{
    class_flags, class_lookup, lookup_str, no_attribute, payload_of, type_value, ClassObj,
    InstanceObj, HAS_DATA_DESCR, HAS_DELATTR, HAS_GETATTR, HAS_GETATTRIBUTE, HAS_SETATTR, NO_DICT,
};
use crate::dict::HashKey;
use crate::exception::{ExcKind, PyErr, PyResult};
use crate::frame::Frame;
use crate::types::type_name;
use crate::value::{Object, Value};
use crate::Vm;

/// An attribute found: the value, and the object to pass as its first
/// argument when it is a method to bind.
pub(crate) type Found = (Value, Option<Value>);

fn attribute_error(message: String) -> Box<PyErr> {
    PyErr::msg(ExcKind::AttributeError, message)
}

impl Vm<'_> {
    /// `LOAD_ATTR`: push `obj.name`; with `method`, push either the
    /// function and `obj` (a method to call) or the attribute and null.
    pub(crate) fn load_attr_op(
        &mut self,
        frame: &mut Frame,
        obj: Value,
        name: &str,
        method: bool,
    ) -> PyResult<()> {
        let (value, this) = self.get_attr_parts(&obj, name)?;
        match this {
            Some(this) if method => {
                frame.push(value);
                frame.push(this);
            }
            Some(this) => frame.push(crate::classes::bind(value, this)),
            None => {
                frame.push(value);
                if method {
                    frame.push(Value::Null);
                }
            }
        }
        Ok(())
    }

    /// `getattr(obj, name)`, methods bound.
    pub(crate) fn getattr(&mut self, obj: &Value, name: &str) -> PyResult<Value> {
        let (v, this) = self.get_attr_parts(obj, name)?;
        Ok(match this {
            Some(this) => crate::classes::bind(v, this),
            None => v,
        })
    }

    /// `obj.name` as a function and the object to bind it to, or a value.
    pub(crate) fn get_attr_parts(&mut self, obj: &Value, name: &str) -> PyResult<Found> {
        match obj.as_obj() {
            Some(Object::Instance(inst)) => self.instance_attr(obj, inst, name),
            Some(Object::Class(c)) => self.class_attr(obj, c, name),
            Some(Object::Exception(e)) => self.exception_attr(obj, e, name),
            Some(Object::TypeAlias(t)) => Ok((self.type_alias_attr(obj, t, name)?, None)),
            Some(Object::Traceback(t)) => match crate::tb_object::traceback_attr(t, name) {
                Some(v) => Ok((v, None)),
                None => self.other_attr(obj, name),
            },
            Some(Object::Frame(f)) => match crate::tb_object::frame_attr(self, f, name) {
                Some(v) => Ok((v, None)),
                None => self.other_attr(obj, name),
            },
            Some(Object::Super(class, this)) => {
                crate::object_type::super_attr(self, class, this, name)
            }
            Some(Object::Type(t)) if name == "__dict__" => {
                Ok((self.builtin_type_dict(obj, t.name())?, None))
            }
            Some(Object::Type(t)) => match crate::object_type::type_attr(*t, name) {
                Some(found) => Ok(found),
                None => Ok((crate::subscript::load_attr(obj, name)?, None)),
            },
            Some(Object::Slice(start, stop, step)) if matches!(name, "start" | "stop" | "step") => {
                Ok((
                    match name {
                        "start" => start.clone(),
                        "stop" => stop.clone(),
                        _ => step.clone(),
                    },
                    None,
                ))
            }
            Some(Object::Function(f)) if name == "__annotations__" => {
                Ok((self.function_annotations(f)?, None))
            }
            Some(Object::Function(f)) => match crate::code_attrs::function_attr(f, name) {
                Some(v) => Ok((v, None)),
                None => self.other_attr(obj, name),
            },
            Some(Object::Property(..) | Object::ClassMethod(_) | Object::StaticMethod(_)) => {
                match crate::methods::descriptor_attr(self, obj, name)? {
                    Some(v) => Ok((v, None)),
                    None => self.other_attr(obj, name),
                }
            }
            Some(Object::Builtin(b)) if matches!(name, "__name__" | "__qualname__") => {
                Ok((Value::str(b.name), None))
            }
            Some(Object::Code(c)) => match crate::code_attrs::code_attr(c, name) {
                Some(v) => Ok((v, None)),
                None => self.other_attr(obj, name),
            },
            Some(Object::Method(func, this)) => match name {
                "__func__" => Ok((func.clone(), None)),
                "__self__" => Ok((this.clone(), None)),
                "__name__" | "__qualname__" | "__doc__" | "__module__" => {
                    Ok((self.getattr(func, name)?, None))
                }
                // As CPython's method_getattro: the method type's own
                // attributes, then the function's (its `__dict__` too).
                _ => match self.other_attr(obj, name) {
                    Err(e) if e.kind() == ExcKind::AttributeError => {
                        Ok((self.getattr(&func.clone(), name)?, None))
                    }
                    r => r,
                },
            },
            _ => self.other_attr(obj, name),
        }
    }

    /// Attribute of a module (with its `__getattr__`) or of a built-in
    /// object.
    fn other_attr(&mut self, obj: &Value, name: &str) -> PyResult<Found> {
        if let (Some(Object::Module(m)), "__annotations__") = (obj.as_obj(), name) {
            return Ok((self.module_annotations(&m.dict)?, None));
        }
        match self.module_getattr(obj, name) {
            Some(r) => Ok((r?, None)),
            None => match crate::subscript::load_attr(obj, name) {
                Ok(v) => Ok((v, None)),
                // Every object has `__class__` (looked at last: rare).
                Err(_) if name == "__class__" => Ok((crate::classes::type_value(obj), None)),
                Err(e) => Err(e),
            },
        }
    }

    /// `obj.name` for an exception. Without a user class, or for the
    /// built-in fields (`args`, `__traceback__`, ...), as
    /// [`exception_attr`]; a user class's data descriptors (properties)
    /// come before the instance dict, and its `__getattribute__` and
    /// `__getattr__` are honoured, as for instances.
    fn exception_attr(
        &mut self,
        obj: &Value,
        e: &crate::exception::ExceptionObj,
        name: &str,
    ) -> PyResult<Found> {
        let Some(class) = e.class.clone() else {
            return exception_attr(obj, e, name);
        };
        let flags = class_flags(&class);
        let found = match lookup_str(&class, "__getattribute__") {
            Some(f) if flags & HAS_GETATTRIBUTE != 0 => self
                .call_value(&f, vec![obj.clone(), Value::str(name)])
                .map(|v| (v, None)),
            _ => self.exception_generic_getattr(obj, e, &class, name),
        };
        match found {
            Err(err)
                if flags & HAS_GETATTR != 0 && err.kind().is_subclass(ExcKind::AttributeError) =>
            {
                match lookup_str(&class, "__getattr__") {
                    Some(f) => Ok((
                        self.call_value(&f, vec![obj.clone(), Value::str(name)])?,
                        None,
                    )),
                    None => Err(err),
                }
            }
            other => other,
        }
    }

    /// `object.__getattribute__` for an exception of a user class.
    fn exception_generic_getattr(
        &mut self,
        obj: &Value,
        e: &crate::exception::ExceptionObj,
        class: &Value,
        name: &str,
    ) -> PyResult<Found> {
        if class_flags(class) & HAS_DATA_DESCR != 0 {
            if let Some(a) = lookup_str(class, name) {
                if let Some(v) = self.data_descriptor_get(&a, obj, class, name)? {
                    return Ok((v, None));
                }
            }
        }
        let (v, this) = exception_attr(obj, e, name)?;
        if this.is_none() && matches!(v.as_obj(), Some(Object::Instance(_))) {
            // a class attribute with `__get__` (not one from the dict)
            if let Some(a) = lookup_str(class, name).filter(|a| a.is(&v)) {
                return self.bind_class_attr(a, obj, class, name);
            }
        }
        Ok((v, this))
    }

    /// Attribute of an instance, through the class's hooks.
    fn instance_attr(&mut self, obj: &Value, inst: &InstanceObj, name: &str) -> PyResult<Found> {
        let flags = class_flags(&inst.class());
        let found = if flags & HAS_GETATTRIBUTE != 0 {
            match inst.lookup("__getattribute__") {
                Some(f) => self
                    .call_value(&f, vec![obj.clone(), Value::str(name)])
                    .map(|v| (v, None)),
                None => self.generic_getattr(obj, inst, name),
            }
        } else {
            self.generic_getattr(obj, inst, name)
        };
        match found {
            Err(e) if flags & HAS_GETATTR != 0 && e.kind().is_subclass(ExcKind::AttributeError) => {
                match inst.lookup("__getattr__") {
                    Some(f) => Ok((
                        self.call_value(&f, vec![obj.clone(), Value::str(name)])?,
                        None,
                    )),
                    None => Err(e),
                }
            }
            other => other,
        }
    }

    /// `object.__getattribute__(obj, name)` for an instance.
    pub(crate) fn generic_getattr(
        &mut self,
        obj: &Value,
        inst: &InstanceObj,
        name: &str,
    ) -> PyResult<Found> {
        let key = HashKey::str_key(name);
        let class = &inst.class().clone();
        let mut class_attr = None;
        if class_flags(class) & HAS_DATA_DESCR != 0 {
            if has_slot(class, name) {
                let found = inst
                    .slot_values
                    .borrow()
                    .as_ref()
                    .and_then(|d| d.get(&key).cloned());
                return match found {
                    Some(v) => Ok((v.clone(), None)),
                    None => Err(no_attribute(obj, name)),
                };
            }
            class_attr = class_lookup(class, &key);
            if let Some(a) = &class_attr {
                if let Some(v) = self.data_descriptor_get(a, obj, class, name)? {
                    return Ok((v, None));
                }
            }
        }
        if let Some(v) = inst.attrs().borrow().get(&key) {
            return Ok((v.clone(), None));
        }
        let attr = match class_attr {
            Some(a) => Some(a),
            None => class_lookup(class, &key),
        };
        match attr {
            Some(a) => self.bind_class_attr(a, obj, class, name),
            None => self.instance_fallback(obj, inst, name),
        }
    }

    /// A data descriptor's value for `obj`, if `attr` is one.
    fn data_descriptor_get(
        &mut self,
        attr: &Value,
        obj: &Value,
        class: &Value,
        name: &str,
    ) -> PyResult<Option<Value>> {
        match attr.as_obj() {
            Some(Object::Property(fget, _)) => {
                if matches!(fget, Value::None) {
                    return Err(attribute_error(format!(
                        "property '{name}' of '{}' object has no getter",
                        type_name(obj)
                    )));
                }
                Ok(Some(self.call_value(fget, vec![obj.clone()])?))
            }
            Some(Object::Instance(d)) if crate::classes::is_data_descriptor(attr) => {
                match d.lookup("__get__") {
                    Some(get) => Ok(Some(
                        self.call_value(&get, vec![attr.clone(), obj.clone(), class.clone()])?,
                    )),
                    None => Ok(None),
                }
            }
            _ => Ok(None),
        }
    }

    /// A class attribute seen from an instance: functions bind, static
    /// and class methods unwrap, descriptors' `__get__` is called.
    fn bind_class_attr(
        &mut self,
        attr: Value,
        obj: &Value,
        class: &Value,
        name: &str,
    ) -> PyResult<Found> {
        match attr.as_obj() {
            Some(Object::Function(_)) => Ok((attr, Some(obj.clone()))),
            Some(Object::StaticMethod(f)) => Ok((f.clone(), None)),
            Some(Object::ClassMethod(f)) => Ok((f.clone(), Some(class.clone()))),
            Some(Object::Property(..)) => Ok((
                self.data_descriptor_get(&attr, obj, class, name)?
                    .unwrap_or(Value::None),
                None,
            )),
            Some(Object::Instance(d)) => match d.lookup("__get__") {
                Some(get) => Ok((
                    self.call_value(&get, vec![attr.clone(), obj.clone(), class.clone()])?,
                    None,
                )),
                None => Ok((attr, None)),
            },
            _ => Ok((attr, None)),
        }
    }

    /// What an instance has beyond its dict and class: `__class__`,
    /// `__dict__`, and the methods of its built-in payload.
    fn instance_fallback(
        &mut self,
        obj: &Value,
        inst: &InstanceObj,
        name: &str,
    ) -> PyResult<Found> {
        match name {
            "__class__" => return Ok((inst.class().clone(), None)),
            "__dict__" if class_flags(&inst.class()) & NO_DICT == 0 => {
                return Ok((inst.dict_value(), None))
            }
            _ => {}
        }
        let payload = payload_of(obj);
        if !payload.is(obj) {
            if let Some(found) = crate::object_type::builtin_slot(name, obj) {
                return Ok(found);
            }
            if let Ok(v) = crate::subscript::load_attr(&payload, name) {
                return Ok((v, None));
            }
        }
        if let Some(found) = crate::object_type::object_attr(name, obj) {
            return Ok(found);
        }
        Err(no_attribute(obj, name))
    }

    /// Attribute of a class: its MRO (descriptors called with no
    /// instance), then its metaclass (methods bound to the class).
    fn class_attr(&mut self, cls: &Value, c: &ClassObj, name: &str) -> PyResult<Found> {
        match name {
            "__annotations__" => return Ok((self.class_annotations(c)?, None)),
            "__annotate__" => return Ok((crate::annotations::class_annotate(c), None)),
            _ => {}
        }
        if name == "__dict__" {
            let copy = c.dict.borrow().clone();
            return Ok((self.mapping_proxy(copy)?, None));
        }
        if let Some(v) = crate::object_type::class_special(cls, c, name) {
            return Ok((v, None));
        }
        let key = HashKey::str_key(name);
        if let Some(attr) = class_lookup(cls, &key) {
            return match attr.as_obj() {
                Some(Object::StaticMethod(f)) => Ok((f.clone(), None)),
                Some(Object::ClassMethod(f)) => Ok((f.clone(), Some(cls.clone()))),
                Some(Object::Instance(d)) => match d.lookup("__get__") {
                    Some(get) => Ok((
                        self.call_value(&get, vec![attr.clone(), Value::None, cls.clone()])?,
                        None,
                    )),
                    None => Ok((attr, None)),
                },
                _ => Ok((attr, None)),
            };
        }
        if let Some(attr) = class_lookup(&c.metaclass, &key) {
            let meta = c.metaclass.clone();
            return self.bind_class_attr(attr, cls, &meta, name);
        }
        for base in &c.mro_tail {
            if let Some(Object::Type(t)) = base.as_obj() {
                if let Some(found) = crate::object_type::type_attr(*t, name) {
                    return Ok(found);
                }
                // a built-in base's own methods (`L.__contains__` for a
                // list subclass reads `list.__contains__`)
                if *t != crate::types::TypeKind::Object {
                    if let Ok(v) = crate::subscript::load_attr(base, name) {
                        return Ok((v, None));
                    }
                }
            }
        }
        if let Some(Object::Class(_)) = c.metaclass.as_obj() {
            if let Some(found) = crate::object_type::type_attr(crate::types::TypeKind::Type, name) {
                return Ok(found);
            }
        }
        Err(crate::suggest::attribute_error(
            format!("type object '{}' has no attribute '{name}'", c.name),
            name,
            crate::classes::class_dir(cls),
        ))
    }

    /// `STORE_ATTR`: `obj.name = value`, through `__setattr__` and data
    /// descriptors.
    pub(crate) fn store_attr_op(&mut self, obj: Value, name: &str, value: Value) -> PyResult<()> {
        if let Some(Object::Instance(inst)) = obj.as_obj() {
            if class_flags(&inst.class()) & HAS_SETATTR != 0 {
                if let Some(f) = inst.lookup("__setattr__") {
                    self.call_value(&f, vec![obj.clone(), Value::str(name), value])?;
                    return Ok(());
                }
            }
            return self.generic_setattr(&obj, inst, name, value);
        }
        if let Some(Object::Exception(e)) = obj.as_obj() {
            if let Some(class) = e.class.clone() {
                return self.exception_setattr(&obj, &class, name, value);
            }
        }
        if let Some(Object::Class(c)) = obj.as_obj() {
            if let Some(f) = lookup_str(&c.metaclass, "__setattr__") {
                self.call_value(&f, vec![obj.clone(), Value::str(name), value])?;
                return Ok(());
            }
        }
        store_attr(&obj, name, value)
    }

    /// `obj.name = value` for an exception of a user class: its
    /// `__setattr__`, then its data descriptors, then the built-in store.
    fn exception_setattr(
        &mut self,
        obj: &Value,
        class: &Value,
        name: &str,
        value: Value,
    ) -> PyResult<()> {
        let flags = class_flags(class);
        if flags & HAS_SETATTR != 0 {
            if let Some(f) = lookup_str(class, "__setattr__") {
                self.call_value(&f, vec![obj.clone(), Value::str(name), value])?;
                return Ok(());
            }
        }
        if flags & HAS_DATA_DESCR != 0 {
            if let Some(attr) = lookup_str(class, name) {
                match self.data_descriptor_set(&attr, obj, name, value)? {
                    Some(value) => return store_attr(obj, name, value),
                    None => return Ok(()),
                }
            }
        }
        store_attr(obj, name, value)
    }

    /// Assign through `attr` if it is a data descriptor (a property's
    /// setter, an object's `__set__`): `None` once done, or the value
    /// back when `attr` is not one.
    fn data_descriptor_set(
        &mut self,
        attr: &Value,
        obj: &Value,
        name: &str,
        value: Value,
    ) -> PyResult<Option<Value>> {
        match attr.as_obj() {
            Some(Object::Property(_, Value::None)) => Err(attribute_error(format!(
                "property '{name}' of '{}' object has no setter",
                type_name(obj)
            ))),
            Some(Object::Property(_, fset)) => {
                self.call_value(fset, vec![obj.clone(), value])?;
                Ok(None)
            }
            Some(Object::Instance(d)) => match d.lookup("__set__") {
                Some(set) => {
                    self.call_value(&set, vec![attr.clone(), obj.clone(), value])?;
                    Ok(None)
                }
                None => Ok(Some(value)),
            },
            _ => Ok(Some(value)),
        }
    }

    /// `object.__setattr__(obj, name, value)` for an instance.
    pub(crate) fn generic_setattr(
        &mut self,
        obj: &Value,
        inst: &InstanceObj,
        name: &str,
        value: Value,
    ) -> PyResult<()> {
        if name == "__class__" {
            return crate::class_assign::set_instance_class(inst, &value);
        }
        let flags = class_flags(&inst.class());
        let value = if flags & (HAS_DATA_DESCR | NO_DICT) != 0 {
            if has_slot(&inst.class(), name) {
                inst.slot_values
                    .borrow_mut()
                    .get_or_insert_with(Default::default)
                    .set_str(&crate::dict::intern(name), value);
                return Ok(());
            }
            let value = match inst.lookup(name) {
                Some(attr) => {
                    let Some(value) = self.data_descriptor_set(&attr, obj, name, value)? else {
                        return Ok(());
                    };
                    if flags & NO_DICT != 0 && !has_slot(&inst.class(), name) {
                        return Err(attribute_error(format!(
                            "'{}' object attribute '{name}' is read-only",
                            type_name(obj)
                        )));
                    }
                    value
                }
                None => value,
            };
            if flags & NO_DICT != 0 && !has_slot(&inst.class(), name) {
                return Err(attribute_error(format!(
                    "'{}' object has no attribute '{name}' and no __dict__ for setting new attributes",
                    type_name(obj)
                )));
            }
            value
        } else {
            value
        };
        inst.attrs()
            .borrow_mut()
            .set_str(&crate::dict::intern(name), value);
        Ok(())
    }

    /// `DELETE_ATTR`: `del obj.name`, through `__delattr__` and data
    /// descriptors.
    pub(crate) fn delete_attr_op(&mut self, obj: &Value, name: &str) -> PyResult<()> {
        if let Some(Object::Instance(inst)) = obj.as_obj() {
            if class_flags(&inst.class()) & HAS_DELATTR != 0 {
                if let Some(f) = inst.lookup("__delattr__") {
                    self.call_value(&f, vec![obj.clone(), Value::str(name)])?;
                    return Ok(());
                }
            }
            return self.generic_delattr(obj, inst, name);
        }
        delete_attr(obj, name)
    }

    /// `object.__delattr__(obj, name)` for an instance.
    pub(crate) fn generic_delattr(
        &mut self,
        obj: &Value,
        inst: &InstanceObj,
        name: &str,
    ) -> PyResult<()> {
        if name == "__class__" {
            return Err(crate::class_assign::delete_class());
        }
        if class_flags(&inst.class()) & HAS_DATA_DESCR != 0 {
            if has_slot(&inst.class(), name) {
                let removed = inst
                    .slot_values
                    .borrow_mut()
                    .as_mut()
                    .and_then(|d| d.remove(&HashKey::str_key(name)));
                return match removed {
                    Some(_) => Ok(()),
                    None => Err(no_attribute(obj, name)),
                };
            }
            if let Some(attr) = inst.lookup(name) {
                match attr.as_obj() {
                    Some(Object::Property(..)) => {
                        return Err(attribute_error(format!(
                            "property '{name}' of '{}' object has no deleter",
                            type_name(obj)
                        )))
                    }
                    Some(Object::Instance(d)) => {
                        if let Some(del) = d.lookup("__delete__") {
                            return self
                                .call_value(&del, vec![attr.clone(), obj.clone()])
                                .map(|_| ());
                        }
                    }
                    _ => {}
                }
            }
        }
        let removed = inst.attrs().borrow_mut().remove(&HashKey::str_key(name));
        match removed {
            Some(_) => Ok(()),
            None => Err(no_attribute(obj, name)),
        }
    }
}

/// Whether `name` is one of the `__slots__` of `class` or its bases.
fn has_slot(class: &Value, name: &str) -> bool {
    if name == "__dict__" || name == "__weakref__" {
        return false;
    }
    crate::classes::mro_of(class)
        .iter()
        .any(|c| match c.as_obj() {
            Some(Object::Class(c)) => c
                .slots
                .as_ref()
                .is_some_and(|s| s.iter().any(|n| &**n == name)),
            _ => false,
        })
}

/// Attribute of an exception object: `args`, its dict, its class.
fn exception_attr(obj: &Value, e: &crate::exception::ExceptionObj, name: &str) -> PyResult<Found> {
    if name == "args" {
        return Ok((Value::tuple(e.args.borrow().clone()), None));
    }
    if name == "__class__" {
        return Ok((type_value(obj), None));
    }
    if name == "__dict__" {
        // a copy, as for functions (the dict lives inside the exception)
        let copy = e.dict.borrow().clone();
        return Ok((
            Value::obj(Object::Dict(std::cell::RefCell::new(copy))),
            None,
        ));
    }
    if let Some(v) = crate::exception_group::exception_attr(obj, e, name) {
        return Ok((v, None));
    }
    if let Some(v) = crate::tb_object::exception_attr(obj, e, name) {
        return Ok((v, None));
    }
    let key = HashKey::str_key(name);
    if let Some(v) = e.dict.borrow().get(&key) {
        return Ok((v.clone(), None));
    }
    if let Some(v) = crate::modules::exception_field(e, name) {
        return Ok((v, None));
    }
    let found = e.class.as_ref().and_then(|c| class_lookup(c, &key));
    match found {
        Some(f) if matches!(f.as_obj(), Some(Object::Function(_))) => Ok((f, Some(obj.clone()))),
        Some(f) => match f.as_obj() {
            Some(Object::StaticMethod(f)) => Ok((f.clone(), None)),
            Some(Object::ClassMethod(f)) => Ok((f.clone(), Some(type_value(obj)))),
            _ => Ok((f, None)),
        },
        None => match crate::subscript::load_attr(obj, name) {
            Ok(v) => Ok((v, None)),
            Err(_) => Err(attribute_error(format!(
                "'{}' object has no attribute '{name}'",
                type_name(obj)
            ))),
        },
    }
}

/// `obj.name = value` for classes, exceptions and (without hooks)
/// instances.
pub(crate) fn store_attr(obj: &Value, name: &str, value: Value) -> PyResult<()> {
    if name == "__class__" {
        return match obj.as_obj() {
            Some(Object::Instance(inst)) => crate::class_assign::set_instance_class(inst, &value),
            _ => Err(crate::class_assign::set_other_class(&value)),
        };
    }
    let key = crate::dict::intern(name);
    match obj.as_obj() {
        Some(Object::Instance(inst)) => inst.attrs().borrow_mut().set_str(&key, value),
        Some(Object::Class(c)) => {
            crate::type_cache::class_changed();
            let hook = name.starts_with("__") || crate::classes::is_data_descriptor(&value);
            c.dict.borrow_mut().set_str(&key, value);
            if hook {
                crate::classes::refresh_flags(c);
            }
        }
        Some(Object::Exception(e)) => {
            if crate::exception_group::store_exception_attr(e, name, &value)? {
                return Ok(());
            }
            if name == "__traceback__" {
                return crate::tb_object::set_exception_traceback(e, &value);
            }
            e.dict.borrow_mut().set_str(&key, value)
        }
        Some(Object::Module(m)) => m.dict.borrow_mut().set_str(&key, value),
        Some(Object::Function(f)) => {
            if matches!(name, "__annotate__" | "__annotations__") {
                crate::annotations::set_function_annotation_attr(f, name, &value)?;
            }
            f.dict.borrow_mut().set_str(&key, value)
        }
        Some(Object::Traceback(t)) => {
            return crate::tb_object::store_traceback_attr(obj, t, name, &value)
        }
        Some(Object::Type(t)) => {
            return Err(crate::exception::type_error(format!(
                "cannot set '{name}' attribute of immutable type '{}'",
                t.name()
            )))
        }
        _ => {
            return Err(attribute_error(format!(
                "'{}' object has no attribute '{name}' and no __dict__ for setting new attributes",
                type_name(obj)
            )))
        }
    }
    Ok(())
}

/// `del obj.name` for classes and exceptions.
pub(crate) fn delete_attr(obj: &Value, name: &str) -> PyResult<()> {
    let key = HashKey::str_key(name);
    let removed = match obj.as_obj() {
        Some(Object::Instance(inst)) => inst.attrs().borrow_mut().remove(&key),
        Some(Object::Class(c)) => {
            crate::type_cache::class_changed();
            c.dict.borrow_mut().remove(&key)
        }
        Some(Object::Exception(e)) => e.dict.borrow_mut().remove(&key),
        Some(Object::Module(m)) => m.dict.borrow_mut().remove(&key),
        Some(Object::Function(f)) => f.dict.borrow_mut().remove(&key),
        _ => None,
    };
    match (removed, obj.as_obj()) {
        (Some(_), _) => Ok(()),
        (None, Some(Object::Class(c))) => Err(attribute_error(format!(
            "type object '{}' has no attribute '{name}'",
            c.name
        ))),
        (None, _) => Err(attribute_error(format!(
            "'{}' object has no attribute '{name}'",
            type_name(obj)
        ))),
    }
}
