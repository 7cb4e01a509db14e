//! Classes made by `class` statements, their instances and methods.
//!
//! A class is a name, its bases, its method resolution order (C3, as
//! CPython computes it) and a namespace dict (what the class body stored).
//! An instance is its class and an attribute dict. Attribute look-up on an
//! instance checks the instance dict, then each class of the MRO; a
//! function found on the class is bound to the instance (`LOAD_ATTR` with
//! the method bit pushes function and instance separately, so a method
//! call allocates no bound-method object).
//!
//! Not yet: special methods other than `__init__`, `__str__` and
//! `__repr__` (operators on instances), `super()`, metaclasses, class
//! keywords, subclasses of built-in types (so no user exception classes).

use std::cell::RefCell;
use std::rc::Rc;

use crate::dict::{Dict, HashKey};
use crate::exception::{type_error, ExcKind, PyErr, PyResult};
use crate::frame::Frame;
use crate::types::type_name;
use crate::value::{Object, Value};
use crate::Vm;

/// A class.
#[derive(Debug)]
pub struct ClassObj {
    /// `__name__`
    pub name: String,
    /// `__qualname__`
    pub qualname: String,
    /// `__module__`
    pub module: String,
    /// `__bases__` (classes).
    pub bases: Vec<Value>,
    /// `__mro__` after the class itself (classes).
    pub mro_tail: Vec<Value>,
    /// The class namespace.
    pub dict: RefCell<Dict>,
}

/// An instance of a class.
#[derive(Debug)]
pub struct InstanceObj {
    /// Its class (an `Object::Class`).
    pub class: Value,
    /// `__dict__`
    pub dict: RefCell<Dict>,
}

/// The `__name__` of a class value.
pub(crate) fn class_name(class: &Value) -> String {
    match class.as_obj() {
        Some(Object::Class(c)) => c.name.clone(),
        _ => "object".to_owned(),
    }
}

/// `name` in `class`'s namespace or those of its MRO.
pub(crate) fn class_lookup(class: &Value, name: &HashKey) -> Option<Value> {
    let Some(Object::Class(c)) = class.as_obj() else {
        return None;
    };
    if let Some(v) = c.dict.borrow().get(name) {
        return Some(v.clone());
    }
    c.mro_tail.iter().find_map(|base| match base.as_obj() {
        Some(Object::Class(b)) => b.dict.borrow().get(name).cloned(),
        _ => None,
    })
}

/// The names defined by `class` and its bases (part of `dir()`).
fn class_dir(class: &Value) -> Vec<String> {
    let Some(Object::Class(c)) = class.as_obj() else {
        return Vec::new();
    };
    let mut names = crate::suggest::names_of(&c.dict.borrow());
    for base in &c.mro_tail {
        if let Some(Object::Class(b)) = base.as_obj() {
            names.extend(crate::suggest::names_of(&b.dict.borrow()));
        }
    }
    names
}

/// Whether `class` is `target` or derives from it.
pub(crate) fn is_subclass(class: &Value, target: &Value) -> bool {
    if class.is(target) {
        return true;
    }
    match class.as_obj() {
        Some(Object::Class(c)) => c.mro_tail.iter().any(|b| b.is(target)),
        _ => false,
    }
}

/// C3 linearisation of `bases` (the MRO after the new class itself).
fn mro_tail(bases: &[Value]) -> PyResult<Vec<Value>> {
    let mut sequences: Vec<Vec<Value>> = bases
        .iter()
        .map(|b| {
            let mut seq = vec![b.clone()];
            if let Some(Object::Class(c)) = b.as_obj() {
                seq.extend(c.mro_tail.iter().cloned());
            }
            seq
        })
        .collect();
    sequences.push(bases.to_vec());
    let mut out: Vec<Value> = Vec::new();
    loop {
        sequences.retain(|s| !s.is_empty());
        if sequences.is_empty() {
            return Ok(out);
        }
        let head = sequences.iter().map(|s| s[0].clone()).find(|candidate| {
            !sequences
                .iter()
                .any(|s| s[1..].iter().any(|x| x.is(candidate)))
        });
        let Some(head) = head else {
            return Err(type_error(format!(
                "Cannot create a consistent method resolution order (MRO) for bases {}",
                bases.iter().map(class_name).collect::<Vec<_>>().join(", ")
            )));
        };
        for s in &mut sequences {
            if s[0].is(&head) {
                s.remove(0);
            }
        }
        out.push(head);
    }
}

/// `__build_class__(body, name, *bases)`: run the class body in a fresh
/// namespace, then make the class from it.
pub(crate) fn build_class(vm: &mut Vm, args: &[Value], _: &[(Rc<str>, Value)]) -> PyResult<Value> {
    let (Some(Object::Function(body)), Some(name)) = (
        args.first().and_then(Value::as_obj),
        args.get(1).and_then(Value::as_str),
    ) else {
        return Err(type_error("__build_class__: func must be a function"));
    };
    let bases = args[2..].to_vec();
    for b in &bases {
        let exception_class = matches!(
            b.as_obj(),
            Some(Object::Type(crate::types::TypeKind::Exception(_)))
        );
        if !matches!(b.as_obj(), Some(Object::Class(_))) && !exception_class {
            return Err(type_error(format!(
                "taipan cannot subclass '{}' yet",
                crate::format::repr(b)?
            )));
        }
    }
    let namespace = Rc::new(RefCell::new(Dict::new()));
    let mut frame = Frame::new(body.code.clone(), body.globals.clone(), Vec::new());
    frame.namespace = Some(namespace.clone());
    vm.run_frame(frame)?;
    let module = body
        .globals
        .borrow()
        .get(&HashKey::Str(Rc::from("__name__")))
        .and_then(|v| v.as_str().map(str::to_owned))
        .unwrap_or_else(|| "__main__".to_owned());
    let classcell = namespace
        .borrow_mut()
        .remove(&HashKey::Str(Rc::from("__classcell__")));
    let dict = namespace.borrow().clone();
    let qualname = dict
        .get(&HashKey::Str(Rc::from("__qualname__")))
        .and_then(|v| v.as_str().map(str::to_owned))
        .unwrap_or_else(|| name.to_owned());
    let class = Value::obj(Object::Class(ClassObj {
        name: name.to_owned(),
        qualname,
        module,
        mro_tail: mro_tail(&bases)?,
        bases,
        dict: RefCell::new(dict),
    }));
    if let Some(Object::Cell(cell)) = classcell.as_ref().and_then(Value::as_obj) {
        *cell.borrow_mut() = class.clone();
    }
    Ok(class)
}

/// A function bound to `this` (other values unchanged).
pub(crate) fn bind(f: Value, this: Value) -> Value {
    match f.as_obj() {
        Some(Object::Function(_)) => Value::obj(Object::Method(f, this)),
        Some(Object::Builtin(b)) => Value::obj(Object::BoundMethod(this, b.clone())),
        _ => f,
    }
}

/// `super(class, this).name`: the attribute from the classes after
/// `class` in the MRO of `this`'s class, and the object to bind it to.
pub(crate) fn super_attr(
    class: &Value,
    this: &Value,
    name: &str,
) -> PyResult<(Value, Option<Value>)> {
    let key = HashKey::Str(Rc::from(name));
    let own = user_class(this).cloned().unwrap_or(Value::None);
    let mut mro = vec![own.clone()];
    if let Some(Object::Class(c)) = own.as_obj() {
        mro.extend(c.mro_tail.iter().cloned());
    }
    let after = mro
        .iter()
        .position(|c| c.is(class))
        .map_or(mro.len(), |i| i + 1);
    for c in &mro[after..] {
        if let Some(Object::Class(c)) = c.as_obj() {
            if let Some(v) = c.dict.borrow().get(&key) {
                return Ok(match v.as_obj() {
                    Some(Object::Function(_)) => (v.clone(), Some(this.clone())),
                    _ => (v.clone(), None),
                });
            }
        }
    }
    if name == "__init__" {
        let init = crate::value::Builtin {
            name: "__init__",
            func: object_init,
        };
        return Ok((Value::obj(Object::Builtin(init)), Some(this.clone())));
    }
    Err(PyErr::msg(
        ExcKind::AttributeError,
        format!("'super' object has no attribute '{name}'"),
    ))
}

/// `object.__init__` / `BaseException.__init__` reached through `super()`.
fn object_init(_: &mut Vm, args: &[Value], _: &[(Rc<str>, Value)]) -> PyResult<Value> {
    match args.first().and_then(Value::as_obj) {
        Some(Object::Exception(e)) => *e.args.borrow_mut() = args[1..].to_vec(),
        _ if args.len() > 1 => {
            return Err(type_error(
                "object.__init__() takes exactly one argument (the instance to initialize)",
            ))
        }
        _ => {}
    }
    Ok(Value::None)
}

/// The built-in exception class a class derives from, if any.
pub(crate) fn exception_base(class: &Value) -> Option<ExcKind> {
    let Some(Object::Class(c)) = class.as_obj() else {
        return None;
    };
    c.mro_tail.iter().find_map(|b| match b.as_obj() {
        Some(Object::Type(crate::types::TypeKind::Exception(k))) => Some(*k),
        _ => None,
    })
}

/// Calling a class: a new instance, initialised by `__init__` if any.
/// Subclasses of exceptions make exception objects (so they can be
/// raised) that remember their class.
pub(crate) fn instantiate(
    vm: &mut Vm,
    class: &Value,
    args: Vec<Value>,
    kwargs: &[(Rc<str>, Value)],
) -> PyResult<Value> {
    let instance = match exception_base(class) {
        Some(kind) => {
            let mut exc = crate::exception::ExceptionObj::new(kind, args.clone());
            exc.class = Some(class.clone());
            Value::obj(Object::Exception(exc))
        }
        None => Value::obj(Object::Instance(InstanceObj {
            class: class.clone(),
            dict: RefCell::new(Dict::new()),
        })),
    };
    let is_exception = exception_base(class).is_some();
    match class_lookup(class, &HashKey::Str(Rc::from("__init__"))) {
        Some(init) => {
            let mut full = vec![instance.clone()];
            full.extend(args);
            let result = vm.call_with_kwargs(&init, full, kwargs.to_vec())?;
            if !matches!(result, Value::None) {
                return Err(type_error(format!(
                    "__init__() should return None, not '{}'",
                    type_name(&result)
                )));
            }
        }
        None if !is_exception && (!args.is_empty() || !kwargs.is_empty()) => {
            return Err(type_error(format!(
                "{}() takes no arguments",
                class_name(class)
            )))
        }
        None => {}
    }
    Ok(instance)
}

/// `obj.name` for instances and classes; `None` for other objects.
/// With `method`, a function found on the class comes back unbound with
/// `Some(instance)` to pass as `self`.
pub(crate) fn load_attr(obj: &Value, name: &str) -> Option<PyResult<(Value, Option<Value>)>> {
    let key = HashKey::Str(Rc::from(name));
    match obj.as_obj()? {
        Object::Exception(e) => {
            if name == "args" {
                return Some(Ok((Value::tuple(e.args.borrow().clone()), None)));
            }
            if let Some(v) = crate::exception_group::exception_attr(e, name) {
                return Some(Ok((v, None)));
            }
            if let Some(v) = e.dict.borrow().get(&key) {
                return Some(Ok((v.clone(), None)));
            }
            let found = e.class.as_ref().and_then(|c| class_lookup(c, &key));
            Some(match found {
                Some(f) if matches!(f.as_obj(), Some(Object::Function(_))) => {
                    Ok((f, Some(obj.clone())))
                }
                Some(v) => Ok((v, None)),
                None => Err(PyErr::msg(
                    ExcKind::AttributeError,
                    format!("'{}' object has no attribute '{name}'", type_name(obj)),
                )),
            })
        }
        Object::Instance(inst) => {
            if let Some(v) = inst.dict.borrow().get(&key) {
                return Some(Ok((v.clone(), None)));
            }
            Some(match class_lookup(&inst.class, &key) {
                Some(f @ Value::Obj(_)) if matches!(f.as_obj(), Some(Object::Function(_))) => {
                    Ok((f, Some(obj.clone())))
                }
                Some(v) => Ok(unwrap_descriptor(v, &inst.class)),
                None => {
                    let mut dir = crate::suggest::names_of(&inst.dict.borrow());
                    dir.extend(class_dir(&inst.class));
                    Err(crate::suggest::attribute_error(
                        format!("'{}' object has no attribute '{name}'", type_name(obj)),
                        name,
                        dir,
                    ))
                }
            })
        }
        Object::Type(t) if name == "__name__" || name == "__qualname__" => {
            Some(Ok((Value::str(t.name()), None)))
        }
        Object::Function(f) if name == "__name__" => {
            Some(Ok((Value::str(f.code.obj.name.as_str()), None)))
        }
        Object::Function(f) if name == "__qualname__" => {
            Some(Ok((Value::str(f.code.obj.qualname.as_str()), None)))
        }
        Object::Class(c) => Some(match name {
            "__name__" => Ok((Value::str(c.name.as_str()), None)),
            "__qualname__" => Ok((Value::str(c.qualname.as_str()), None)),
            _ => class_lookup(obj, &key)
                .map(|v| unwrap_descriptor(v, obj))
                .ok_or_else(|| {
                    crate::suggest::attribute_error(
                        format!("type object '{}' has no attribute '{name}'", c.name),
                        name,
                        class_dir(obj),
                    )
                }),
        }),
        _ => None,
    }
}

/// `getattr(obj, name)`: what `LOAD_ATTR` finds, methods bound.
pub(crate) fn get_attr(obj: &Value, name: &str) -> PyResult<Value> {
    if let Some(r) = load_attr(obj, name) {
        return r.map(|(v, this)| match this {
            Some(this) => bind(v, this),
            None => v,
        });
    }
    match crate::modules::module_attr(obj, name) {
        Some(r) => r,
        None => crate::subscript::load_attr(obj, name),
    }
}

/// A static or class method found on `class`: the function, and what to
/// bind it to.
fn unwrap_descriptor(v: Value, class: &Value) -> (Value, Option<Value>) {
    match v.as_obj() {
        Some(Object::StaticMethod(f)) => (f.clone(), None),
        Some(Object::ClassMethod(f)) => (f.clone(), Some(class.clone())),
        _ => (v, None),
    }
}

/// The property `name` of `obj`'s class, if it is one: `(fget, fset)`.
pub(crate) fn find_property(obj: &Value, name: &str) -> Option<(Value, Value)> {
    let Some(Object::Instance(inst)) = obj.as_obj() else {
        return None;
    };
    if inst
        .dict
        .borrow()
        .get(&HashKey::Str(Rc::from(name)))
        .is_some()
    {
        return None;
    }
    match class_lookup(&inst.class, &HashKey::Str(Rc::from(name)))?.as_obj()? {
        Object::Property(fget, fset) => Some((fget.clone(), fset.clone())),
        _ => None,
    }
}

/// `obj.name = value` for instances and classes.
pub(crate) fn store_attr(obj: &Value, name: &str, value: Value) -> PyResult<()> {
    let key = Rc::from(name);
    match obj.as_obj() {
        Some(Object::Instance(inst)) => inst.dict.borrow_mut().set_str(&key, value),
        Some(Object::Class(c)) => c.dict.borrow_mut().set_str(&key, value),
        Some(Object::Exception(e)) => e.dict.borrow_mut().set_str(&key, value),
        _ => {
            return Err(PyErr::msg(
                ExcKind::AttributeError,
                format!(
                "'{}' object has no attribute '{name}' and no __dict__ for setting new attributes",
                type_name(obj)
            ),
            ))
        }
    }
    Ok(())
}

/// The user class of an instance (or of a user exception).
pub(crate) fn user_class(v: &Value) -> Option<&Value> {
    match v.as_obj()? {
        Object::Instance(inst) => Some(&inst.class),
        Object::Exception(e) => e.class.as_ref(),
        _ => None,
    }
}

/// `del obj.name`.
pub(crate) fn delete_attr(obj: &Value, name: &str) -> PyResult<()> {
    let key = HashKey::Str(Rc::from(name));
    let removed = match obj.as_obj() {
        Some(Object::Instance(inst)) => inst.dict.borrow_mut().remove(&key),
        Some(Object::Class(c)) => c.dict.borrow_mut().remove(&key),
        Some(Object::Exception(e)) => e.dict.borrow_mut().remove(&key),
        _ => None,
    };
    match removed {
        Some(_) => Ok(()),
        None => Err(PyErr::msg(
            ExcKind::AttributeError,
            format!("'{}' object has no attribute '{name}'", type_name(obj)),
        )),
    }
}

/// `repr(instance)` when its class defines no `__repr__`.
pub(crate) fn default_repr(obj: &Rc<Object>) -> String {
    match &**obj {
        Object::Instance(inst) => match inst.class.as_obj() {
            Some(Object::Class(c)) => format!(
                "<{}.{} object at {:#x}>",
                c.module,
                c.qualname,
                Rc::as_ptr(obj) as usize
            ),
            _ => "<object>".to_owned(),
        },
        Object::Class(c) => format!("<class '{}.{}'>", c.module, c.qualname),
        _ => "<object>".to_owned(),
    }
}

impl Vm<'_> {
    /// `str(v)`, calling a class's `__str__` (or `__repr__`).
    pub(crate) fn str_of(&mut self, v: &Value) -> PyResult<String> {
        if let Some(class) = user_class(v) {
            for name in ["__str__", "__repr__"] {
                if let Some(f) = class_lookup(class, &HashKey::Str(Rc::from(name))) {
                    return self.call_text(&f, v, name);
                }
            }
        }
        match v.as_obj() {
            Some(Object::List(_) | Object::Tuple(_) | Object::Dict(_)) => self.repr_of(v),
            _ => crate::format::str(v),
        }
    }

    /// `repr(v)`, calling a class's `__repr__` (also for the items of
    /// lists, tuples and dicts).
    pub(crate) fn repr_of(&mut self, v: &Value) -> PyResult<String> {
        match v {
            Value::Obj(_) => {
                crate::depth::nested(crate::format::REPR_CONTEXT, || self.repr_of_object(v))
            }
            _ => crate::format::repr(v),
        }
    }

    /// The body of [`Vm::repr_of`] for an object, one nesting level.
    fn repr_of_object(&mut self, v: &Value) -> PyResult<String> {
        if let Some(class) = user_class(v) {
            if let Some(f) = class_lookup(class, &HashKey::Str(Rc::from("__repr__"))) {
                return self.call_text(&f, v, "__repr__");
            }
        }
        match v.as_obj() {
            Some(Object::List(items)) => crate::format::guard_repr(v, "[...]", || {
                let items = items.borrow().clone();
                Ok(format!("[{}]", self.join_reprs(&items)?))
            }),
            Some(Object::Tuple(items)) if items.len() == 1 => {
                Ok(format!("({},)", self.repr_of(&items[0])?))
            }
            Some(Object::Tuple(items)) => Ok(format!("({})", self.join_reprs(items)?)),
            Some(Object::Dict(d)) => crate::format::guard_repr(v, "{...}", || {
                let d = d.borrow().clone();
                let mut parts = Vec::new();
                for (k, v) in d.iter() {
                    parts.push(format!("{}: {}", self.repr_of(k)?, self.repr_of(v)?));
                }
                Ok(format!("{{{}}}", parts.join(", ")))
            }),
            _ => crate::format::repr(v),
        }
    }

    fn join_reprs(&mut self, items: &[Value]) -> PyResult<String> {
        let mut parts = Vec::with_capacity(items.len());
        for item in items {
            parts.push(self.repr_of(item)?);
        }
        Ok(parts.join(", "))
    }

    fn call_text(&mut self, f: &Value, v: &Value, name: &str) -> PyResult<String> {
        let result = self.call_value(f, vec![v.clone()])?;
        match result.as_str() {
            Some(s) => Ok(s.to_owned()),
            None => Err(type_error(format!(
                "{name} returned non-string (type {})",
                type_name(&result)
            ))),
        }
    }
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
        let (value, this) = if let Some((fget, _)) = find_property(&obj, name) {
            (self.call_value(&fget, vec![obj])?, None)
        } else {
            match load_attr(&obj, name).transpose()? {
                Some(found) => found,
                None => match crate::modules::module_attr(&obj, name) {
                    Some(r) => (r?, None),
                    None => (crate::subscript::load_attr(&obj, name)?, None),
                },
            }
        };
        match this {
            Some(this) if method => {
                frame.push(value);
                frame.push(this);
            }
            Some(this) => frame.push(Value::obj(Object::Method(value, this))),
            None => {
                frame.push(value);
                if method {
                    frame.push(Value::Null);
                }
            }
        }
        Ok(())
    }

    /// `STORE_ATTR`: `obj.name = value`, through a property's setter.
    pub(crate) fn store_attr_op(&mut self, obj: Value, name: &str, value: Value) -> PyResult<()> {
        match find_property(&obj, name) {
            Some((_, Value::None)) => Err(PyErr::msg(
                ExcKind::AttributeError,
                format!(
                    "property '{name}' of '{}' object has no setter",
                    type_name(&obj)
                ),
            )),
            Some((_, fset)) => self.call_value(&fset, vec![obj, value]).map(|_| ()),
            None => store_attr(&obj, name, value),
        }
    }
}

/// `MATCH_CLASS`: the tuple of `npos` positional attributes (through
/// `__match_args__`; a built-in type's single positional pattern is the
/// subject itself) then the keyword attributes, or `None` if `subject` is
/// not an instance of `class` or lacks one.
pub(crate) fn match_class(
    subject: &Value,
    class: &Value,
    npos: usize,
    names: &Value,
) -> PyResult<Value> {
    let builtin = match class.as_obj() {
        Some(Object::Type(t)) => {
            let actual = crate::types::type_of(subject);
            let ok = match (*t, actual) {
                (
                    crate::types::TypeKind::Exception(want),
                    crate::types::TypeKind::Exception(have),
                ) => have.is_subclass(want),
                (crate::types::TypeKind::Int, crate::types::TypeKind::Bool) => true,
                (t, a) => t == a,
            };
            if !ok {
                return Ok(Value::None);
            }
            true
        }
        Some(Object::Class(_)) => {
            if !user_class(subject).is_some_and(|c| is_subclass(c, class)) {
                return Ok(Value::None);
            }
            false
        }
        _ => return Err(type_error("called match pattern must be a class")),
    };
    let mut out = Vec::new();
    if npos > 0 {
        if builtin {
            if npos > 1 {
                return Err(type_error(format!(
                    "{}() accepts 1 positional sub-pattern ({npos} given)",
                    crate::format::repr(class)?
                        .trim_start_matches("<class '")
                        .trim_end_matches("'>")
                )));
            }
            out.push(subject.clone());
        } else {
            let match_args = class_lookup(class, &HashKey::Str(Rc::from("__match_args__")));
            let attrs = match match_args.as_ref().and_then(Value::as_obj) {
                Some(Object::Tuple(items)) => items.clone(),
                _ => Vec::new(),
            };
            if npos > attrs.len() {
                return Err(type_error(format!(
                    "{}() accepts {} positional sub-pattern{} ({npos} given)",
                    class_name(class),
                    attrs.len(),
                    if attrs.len() == 1 { "" } else { "s" }
                )));
            }
            for a in &attrs[..npos] {
                match get_attr(subject, a.as_str().unwrap_or("")) {
                    Ok(v) => out.push(v),
                    Err(_) => return Ok(Value::None),
                }
            }
        }
    }
    if let Some(Object::Tuple(kw)) = names.as_obj() {
        for name in kw {
            match get_attr(subject, name.as_str().unwrap_or("")) {
                Ok(v) => out.push(v),
                Err(_) => return Ok(Value::None),
            }
        }
    }
    Ok(Value::tuple(out))
}
