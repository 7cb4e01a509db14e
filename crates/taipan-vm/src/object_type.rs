//! `object`, `type` and `super`: the built-ins of the object model
//! (`isinstance`, `issubclass`, `hash`, `NotImplemented`), the methods
//! `object` and `type` give every class (`__init__`, `__new__`,
//! `__setattr__`, `__init_subclass__`, ...), the special attributes of
//! classes (`__mro__`, `__bases__`, `__dict__`), and `super` look-up.

use std::cell::RefCell;
use std::rc::Rc;

use crate::attrs::Found;
use crate::classes::{
    class_name, has_payload, is_subclass, lookup_str, mro_of, payload_of, type_value, user_class,
    ClassObj,
};
use crate::dict::Dict;
use crate::exception::{type_error, ExcKind, PyErr, PyResult};
use crate::types::{type_name, TypeKind};
use crate::value::{Builtin, NativeFn, Object, Value};
use crate::Vm;

type Kw<'a> = &'a [(Rc<str>, Value)];

/// The built-in names this file provides.
pub(crate) fn register(d: &mut Dict) {
    let functions: [(&'static str, NativeFn); 4] = [
        ("isinstance", isinstance),
        ("issubclass", issubclass),
        ("hash", hash),
        ("super", super_),
    ];
    for (name, func) in functions {
        d.set_str(&Rc::from(name), builtin(name, func));
    }
    d.set_str(
        &Rc::from("object"),
        Value::obj(Object::Type(TypeKind::Object)),
    );
    d.set_str(&Rc::from("NotImplemented"), not_implemented());
    let slice: Rc<str> = Rc::from("slice");
    if d.get(&crate::dict::HashKey::Str(slice.clone())).is_none() {
        d.set_str(&slice, Value::obj(Object::Type(TypeKind::Slice)));
    }
}

/// `NotImplemented`.
pub(crate) fn not_implemented() -> Value {
    Value::obj(Object::NotImplemented)
}

/// Whether `v` is `NotImplemented`.
pub(crate) fn is_not_implemented(v: &Value) -> bool {
    matches!(v.as_obj(), Some(Object::NotImplemented))
}

fn builtin(name: &'static str, func: NativeFn) -> Value {
    Value::obj(Object::Builtin(Builtin { name, func }))
}

/// Calling a built-in type: `type(x)`, `type(name, bases, ns)`,
/// `object()`, and conversions of user instances (`int(x)` through
/// `__int__`); the rest is `builtins::construct`.
pub(crate) fn call_type(
    vm: &mut Vm,
    kind: TypeKind,
    args: &[Value],
    kwargs: Kw,
) -> PyResult<Value> {
    match (kind, args) {
        (TypeKind::Type, [v]) => Ok(type_value(v)),
        (TypeKind::Type, [_, _, _]) => {
            type_new_from(vm, &Value::obj(Object::Type(TypeKind::Type)), args, kwargs)
        }
        (TypeKind::Type, _) => Err(type_error("type() takes 1 or 3 arguments")),
        (TypeKind::Object, []) => Ok(Value::obj(Object::Instance(
            crate::classes::InstanceObj::new(
                Value::obj(Object::Type(TypeKind::Object)),
                Value::Null,
            ),
        ))),
        (TypeKind::Object, _) => Err(type_error("object() takes no arguments")),
        (TypeKind::Int | TypeKind::Float, [v]) if user_class(v).is_some() => {
            crate::dunder::convert_number(vm, kind, v)
        }
        (TypeKind::Range, _) => {
            let args = vm.index_args(args)?;
            crate::builtins::construct(vm, kind, &args, kwargs)
        }
        (TypeKind::Str | TypeKind::Bool, _) => crate::builtins::construct(vm, kind, args, kwargs),
        // a subclass instance that defines `__iter__` is iterated
        // through it (CPython's fast paths take exact lists and tuples,
        // and sets of any class)
        (TypeKind::List | TypeKind::Tuple | TypeKind::Set | TypeKind::FrozenSet, [v])
            if user_class(v).is_some()
                && vm.special(v, "__iter__").is_some()
                && !(matches!(kind, TypeKind::Set | TypeKind::FrozenSet)
                    && matches!(payload_of(v).as_obj(), Some(Object::Set(..)))) =>
        {
            crate::builtins::construct(vm, kind, args, kwargs)
        }
        _ => {
            let args: Vec<Value> = args.iter().map(payload_of).collect();
            crate::builtins::construct(vm, kind, &args, kwargs)
        }
    }
}

/// `type.__new__(metaclass, name, bases, ns, **kwargs)`.
pub(crate) fn type_new_from(
    vm: &mut Vm,
    meta: &Value,
    args: &[Value],
    kwargs: Kw,
) -> PyResult<Value> {
    let [name, bases, ns] = args else {
        return Err(type_error(format!(
            "type.__new__() takes exactly 3 arguments ({} given)",
            args.len()
        )));
    };
    let Some(name) = name.as_str() else {
        return Err(type_error(format!(
            "type.__new__() argument 1 must be str, not {}",
            type_name(name)
        )));
    };
    let Some(Object::Tuple(bases)) = bases.as_obj() else {
        return Err(type_error(format!(
            "type.__new__() argument 2 must be tuple, not {}",
            type_name(bases)
        )));
    };
    let ns = match payload_of(ns).as_obj() {
        Some(Object::Dict(d)) => d.borrow().clone(),
        _ => {
            return Err(type_error(format!(
                "type.__new__() argument 3 must be dict, not {}",
                type_name(ns)
            )))
        }
    };
    let mut ns = ns;
    if ns
        .get(&crate::dict::HashKey::Str(Rc::from("__module__")))
        .is_none()
    {
        let module = vm.current_module_name();
        ns.set_str(&Rc::from("__module__"), Value::str(module));
    }
    crate::classes::make_class(vm, meta.clone(), name, bases.clone(), ns, kwargs)
}

/// `isinstance(obj, class_or_tuple)`.
fn isinstance(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    let [obj, class] = args else {
        return Err(type_error(format!(
            "isinstance expected 2 arguments, got {}",
            args.len()
        )));
    };
    Ok(Value::Bool(vm.isinstance_of(obj, class)?))
}

impl Vm<'_> {
    /// `isinstance(obj, class)`, with the metaclass's `__instancecheck__`.
    pub(crate) fn isinstance_of(&mut self, obj: &Value, class: &Value) -> PyResult<bool> {
        if let Some(Object::Tuple(items)) = class.as_obj() {
            for item in items {
                if self.isinstance_of(obj, item)? {
                    return Ok(true);
                }
            }
            return Ok(false);
        }
        match self.check_hook(class, obj, "__instancecheck__")? {
            Some(found) => Ok(found),
            None => is_instance(obj, class),
        }
    }

    /// `target.hook(subject)` when `target` is a class whose metaclass
    /// defines `hook`, or a union or alias object (`int | None`) whose
    /// class does; `None` when there is no such hook.
    fn check_hook(
        &mut self,
        target: &Value,
        subject: &Value,
        hook: &str,
    ) -> PyResult<Option<bool>> {
        let holder = match target.as_obj() {
            Some(Object::Class(c)) => c.metaclass.clone(),
            Some(Object::Instance(i)) => i.class().clone(),
            _ => return Ok(None),
        };
        let Some(check) = lookup_str(&holder, hook) else {
            return Ok(None);
        };
        let r = self.call_value(&check, vec![target.clone(), subject.clone()])?;
        self.truthy(&r).map(Some)
    }

    /// `issubclass(class, target)`, with `__subclasscheck__`.
    pub(crate) fn issubclass_of(&mut self, class: &Value, target: &Value) -> PyResult<bool> {
        if let Some(Object::Tuple(items)) = target.as_obj() {
            for item in items {
                if self.issubclass_of(class, item)? {
                    return Ok(true);
                }
            }
            return Ok(false);
        }
        if let Some(found) = self.check_hook(target, class, "__subclasscheck__")? {
            return Ok(found);
        }
        if !matches!(class.as_obj(), Some(Object::Class(_) | Object::Type(_))) {
            return Err(type_error("issubclass() arg 1 must be a class"));
        }
        is_subclass_of(class, target)
    }
}

/// Whether `obj` is an instance of `class` (a class, a type or a tuple).
pub(crate) fn is_instance(obj: &Value, class: &Value) -> PyResult<bool> {
    match class.as_obj() {
        Some(Object::Class(_) | Object::Type(_)) => Ok(is_subclass(&type_value(obj), class)),
        Some(Object::Tuple(items)) => {
            for item in items {
                if is_instance(obj, item)? {
                    return Ok(true);
                }
            }
            Ok(false)
        }
        _ => Err(type_error(
            "isinstance() arg 2 must be a type, a tuple of types, or a union",
        )),
    }
}

/// `issubclass(class, class_or_tuple)`.
fn issubclass(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    let [class, target] = args else {
        return Err(type_error(format!(
            "issubclass expected 2 arguments, got {}",
            args.len()
        )));
    };
    Ok(Value::Bool(vm.issubclass_of(class, target)?))
}

fn is_subclass_of(class: &Value, target: &Value) -> PyResult<bool> {
    match target.as_obj() {
        Some(Object::Class(_) | Object::Type(_)) => Ok(is_subclass(class, target)),
        Some(Object::Tuple(items)) => {
            for item in items {
                if is_subclass_of(class, item)? {
                    return Ok(true);
                }
            }
            Ok(false)
        }
        _ => Err(type_error(
            "issubclass() arg 2 must be a class, a tuple of classes, or a union",
        )),
    }
}

/// `hash(obj)`.
fn hash(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    let [v] = args else {
        return Err(type_error(format!(
            "hash() takes exactly one argument ({} given)",
            args.len()
        )));
    };
    vm.hash_of(v).map(Value::Int)
}

impl Vm<'_> {
    /// `hash(v)`, with `__hash__`.
    pub(crate) fn hash_of(&mut self, v: &Value) -> PyResult<i64> {
        if matches!(v.as_obj(), Some(Object::Tuple(_))) && crate::user_keys::needs_vm(v) {
            return self.key_hash(v);
        }
        if let Some(class) = user_class(v) {
            match lookup_str(&class, "__hash__") {
                Some(Value::None) => {
                    return Err(type_error(format!("unhashable type: '{}'", type_name(v))))
                }
                Some(f) => {
                    let r = self.call_value(&f, vec![v.clone()])?;
                    return match r {
                        Value::Int(i) => Ok(if i == -1 { -2 } else { i }),
                        Value::Bool(b) => Ok(i64::from(b)),
                        Value::Obj(ref o) if matches!(**o, Object::BigInt(_)) => {
                            Ok(crate::set::py_hash(&r).unwrap_or(0))
                        }
                        _ => Err(type_error("__hash__ method should return an integer")),
                    };
                }
                None => {}
            }
        }
        let p = payload_of(v);
        crate::set::py_hash(&p).ok_or_else(|| {
            type_error(format!(
                "unhashable type: '{}'",
                crate::builtins::unhashable_part(v)
            ))
        })
    }

    /// The `__name__` of the module running (for `type(...)`'s
    /// `__module__`).
    pub(crate) fn current_module_name(&self) -> String {
        let globals = self.frames.last().map(|f| f.globals.clone());
        globals
            .and_then(|g| {
                g.borrow()
                    .get(&crate::dict::HashKey::Str(Rc::from("__name__")))
                    .and_then(|v| v.as_str().map(str::to_owned))
            })
            .unwrap_or_else(|| "__main__".to_owned())
    }
}

/// `super(class, obj)`; zero-argument `super()` outside `super().name`.
fn super_(_: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    match args {
        [] => Err(PyErr::msg(ExcKind::RuntimeError, "super(): no arguments")),
        [class, this] => {
            check_super(class, this)?;
            Ok(Value::obj(Object::Super(class.clone(), this.clone())))
        }
        [_] => Err(PyErr::msg(
            ExcKind::RuntimeError,
            "taipan does not support unbound super objects",
        )),
        _ => Err(type_error(format!(
            "super() takes at most 2 arguments ({} given)",
            args.len()
        ))),
    }
}

/// The class whose MRO `super(class, this)` searches, or the error.
fn check_super(class: &Value, this: &Value) -> PyResult<Value> {
    if !matches!(class.as_obj(), Some(Object::Class(_) | Object::Type(_))) {
        return Err(type_error(format!(
            "super() argument 1 must be a type, not {}",
            type_name(class)
        )));
    }
    if matches!(this.as_obj(), Some(Object::Class(_) | Object::Type(_))) && is_subclass(this, class)
    {
        return Ok(this.clone());
    }
    let start = type_value(this);
    if is_subclass(&start, class) {
        return Ok(start);
    }
    Err(type_error(format!(
        "super(type, obj): obj (instance of {}) is not an instance or subtype of type ({}).",
        type_name(this),
        class_name(class)
    )))
}

/// `super(class, this).name`: the attribute from the classes after
/// `class` in the MRO of `this` (or of its class), bound as a method.
pub(crate) fn super_attr(vm: &mut Vm, class: &Value, this: &Value, name: &str) -> PyResult<Found> {
    let start = check_super(class, this)?;
    let instance = !start.is(this);
    let mro = mro_of(&start);
    let after = mro
        .iter()
        .position(|c| c.is(class))
        .map_or(mro.len(), |i| i + 1);
    let key = crate::dict::HashKey::str_key(name);
    for c in &mro[after..] {
        match c.as_obj() {
            Some(Object::Class(cobj)) => {
                let Some(v) = cobj.dict.borrow().get(&key).cloned() else {
                    continue;
                };
                return Ok(match v.as_obj() {
                    Some(Object::Function(_)) if instance => (v, Some(this.clone())),
                    Some(Object::StaticMethod(f)) => (f.clone(), None),
                    Some(Object::ClassMethod(f)) => (f.clone(), Some(start.clone())),
                    Some(Object::Property(fget, _)) if instance => {
                        (vm.call_value(fget, vec![this.clone()])?, None)
                    }
                    Some(Object::Instance(d)) => match d.lookup("__get__") {
                        Some(get) => {
                            let obj = if instance { this.clone() } else { Value::None };
                            (
                                vm.call_value(&get, vec![v.clone(), obj, start.clone()])?,
                                None,
                            )
                        }
                        None => (v, None),
                    },
                    _ => (v, None),
                });
            }
            Some(Object::Type(t)) => {
                if let Some(found) = type_slot(*t, name, this, &start, instance) {
                    return Ok(found);
                }
            }
            _ => {}
        }
    }
    Err(PyErr::msg(
        ExcKind::AttributeError,
        format!("'super' object has no attribute '{name}'"),
    ))
}

/// What the built-in type `t` gives `super()` for `name`.
fn type_slot(
    t: TypeKind,
    name: &str,
    this: &Value,
    start: &Value,
    instance: bool,
) -> Option<Found> {
    let bound = |f: NativeFn, n: &'static str| Some((builtin(n, f), Some(this.clone())));
    match (t, name) {
        (TypeKind::Object, "__init_subclass__") => {
            return Some((
                builtin("__init_subclass__", object_init_subclass),
                Some(start.clone()),
            ))
        }
        (TypeKind::Type, "__new__") => return Some((builtin("__new__", type_new), None)),
        (TypeKind::Type, "__call__") => return bound(type_call_slot, "__call__"),
        (TypeKind::Type, "__init__") => return bound(type_init, "__init__"),
        (TypeKind::Type, _) => return None,
        (TypeKind::Exception(_), "__str__") => return bound(exception_str, "__str__"),
        (_, "__new__") => return Some((builtin("__new__", object_new), None)),
        (_, "__init__") => return bound(object_init, "__init__"),
        (TypeKind::Object | TypeKind::Exception(_), _) => {}
        (_, _) if instance && has_payload(this) => {
            if let Some(found) = builtin_slot(name, this) {
                return Some(found);
            }
            let payload = payload_of(this);
            if let Ok(v) = crate::subscript::load_attr(&payload, name) {
                return Some((v, None));
            }
        }
        _ => {}
    }
    if instance {
        object_attr(name, this)
    } else {
        None
    }
}

/// Attributes of a built-in type: `object.__setattr__`, `int.__new__`,
/// `type.__call__`, ... (unbound: the instance comes as first argument).
pub(crate) fn type_attr(t: TypeKind, name: &str) -> Option<Found> {
    let f = |n: &'static str, func: NativeFn| Some((builtin(n, func), None));
    match name {
        "__name__" | "__qualname__" => Some((Value::str(t.name()), None)),
        "__module__" => Some((Value::str(t.module()), None)),
        "__mro__" => Some((Value::tuple(mro_of(&Value::obj(Object::Type(t)))), None)),
        "__bases__" => {
            let mro = mro_of(&Value::obj(Object::Type(t)));
            Some((
                Value::tuple(mro.get(1).cloned().into_iter().collect()),
                None,
            ))
        }
        "__new__" if t == TypeKind::Type => f("__new__", type_new),
        "__call__" if t == TypeKind::Type => f("__call__", type_call_slot),
        "__init__" if t == TypeKind::Type => f("__init__", type_init),
        "__new__" => f("__new__", object_new),
        "__init__" => f("__init__", object_init),
        "__setattr__" => f("__setattr__", object_setattr),
        "__getattribute__" => f("__getattribute__", object_getattribute),
        "__delattr__" => f("__delattr__", object_delattr),
        "__repr__" if t == TypeKind::Object => f("__repr__", object_repr),
        "__str__" if t == TypeKind::Object => f("__str__", object_str),
        "__eq__" if t == TypeKind::Object => f("__eq__", object_eq),
        "__ne__" if t == TypeKind::Object => f("__ne__", object_ne),
        "__hash__" if t == TypeKind::Object => f("__hash__", object_hash),
        _ => None,
    }
}

/// The methods every instance has from `object`, bound to `obj`.
pub(crate) fn object_attr(name: &str, obj: &Value) -> Option<Found> {
    let f = |n: &'static str, func: NativeFn| Some((builtin(n, func), Some(obj.clone())));
    match name {
        "__init__" => f("__init__", object_init),
        "__setattr__" => f("__setattr__", object_setattr),
        "__getattribute__" => f("__getattribute__", object_getattribute),
        "__delattr__" => f("__delattr__", object_delattr),
        "__repr__" => f("__repr__", object_repr),
        "__str__" => f("__str__", object_str),
        "__eq__" => f("__eq__", object_eq),
        "__ne__" => f("__ne__", object_ne),
        "__hash__" => f("__hash__", object_hash),
        _ => None,
    }
}

/// Special attributes of a class: `__name__`, `__mro__`, `__dict__`...
pub(crate) fn class_special(cls: &Value, c: &ClassObj, name: &str) -> Option<Value> {
    Some(match name {
        "__name__" => Value::str(c.name.as_str()),
        "__qualname__" => Value::str(c.qualname.as_str()),
        "__mro__" => Value::tuple(mro_of(cls)),
        "__bases__" => Value::tuple(c.bases.clone()),
        "__base__" => c.bases.first().cloned().unwrap_or(Value::None),
        "__class__" => c.metaclass.clone(),
        "__dict__" => Value::obj(Object::Dict(RefCell::new(c.dict.borrow().clone()))),
        "mro" => Value::obj(Object::BoundMethod(
            cls.clone(),
            Builtin {
                name: "mro",
                func: class_mro,
            },
        )),
        "__doc__" => lookup_str(cls, "__doc__")
            .filter(|_| {
                c.dict
                    .borrow()
                    .get(&crate::dict::HashKey::Str(Rc::from("__doc__")))
                    .is_some()
            })
            .unwrap_or(Value::None),
        _ => return None,
    })
}

fn class_mro(_: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    Ok(Value::list(args.first().map(mro_of).unwrap_or_default()))
}

/// The special methods of a payload instance's built-in base, bound to
/// the instance (`self.__getitem__`, `super().__setitem__`...).
pub(crate) fn builtin_slot(name: &str, obj: &Value) -> Option<Found> {
    let func: NativeFn = match name {
        "__getitem__" => slot_getitem,
        "__setitem__" => slot_setitem,
        "__delitem__" => slot_delitem,
        "__len__" => slot_len,
        "__contains__" => slot_contains,
        "__iter__" => slot_iter,
        "__repr__" => slot_repr,
        "__str__" => slot_str,
        "__eq__" => slot_eq,
        "__hash__" => slot_hash,
        "__add__" => slot_add,
        "__mul__" => slot_mul,
        "__lt__" => slot_lt,
        _ => return None,
    };
    let name: &'static str = match name {
        "__getitem__" => "__getitem__",
        "__setitem__" => "__setitem__",
        "__delitem__" => "__delitem__",
        "__len__" => "__len__",
        "__contains__" => "__contains__",
        "__iter__" => "__iter__",
        "__repr__" => "__repr__",
        "__str__" => "__str__",
        "__eq__" => "__eq__",
        "__hash__" => "__hash__",
        "__add__" => "__add__",
        "__mul__" => "__mul__",
        _ => "__lt__",
    };
    Some((builtin(name, func), Some(obj.clone())))
}

/// The first argument of a slot wrapper, and the rest.
fn split_self(args: &[Value], name: &str) -> PyResult<(Value, Vec<Value>)> {
    match args.split_first() {
        Some((this, rest)) => Ok((this.clone(), rest.to_vec())),
        None => Err(type_error(format!("descriptor '{name}' needs an argument"))),
    }
}

fn one(rest: &[Value], name: &str) -> PyResult<Value> {
    match rest {
        [v] => Ok(v.clone()),
        _ => Err(type_error(format!(
            "expected 1 argument, got {} ({name})",
            rest.len()
        ))),
    }
}

fn slot_getitem(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    let (this, rest) = split_self(args, "__getitem__")?;
    let key = one(&rest, "__getitem__")?;
    vm.getitem_payload(&this, &key)
}

fn slot_setitem(_: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    let (this, rest) = split_self(args, "__setitem__")?;
    let [k, v] = &rest[..] else {
        return Err(type_error("expected 2 arguments"));
    };
    crate::subscript::store_subscr(&payload_of(&this), k.clone(), v.clone())?;
    Ok(Value::None)
}

fn slot_delitem(_: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    let (this, rest) = split_self(args, "__delitem__")?;
    crate::subscript::delete_subscr(&payload_of(&this), &one(&rest, "__delitem__")?)?;
    Ok(Value::None)
}

fn slot_len(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    let (this, _) = split_self(args, "__len__")?;
    vm.len_of(&payload_of(&this))
}

fn slot_contains(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    let (this, rest) = split_self(args, "__contains__")?;
    let item = one(&rest, "__contains__")?;
    let _ = vm;
    Ok(Value::Bool(crate::compare::contains(
        &payload_of(&this),
        &item,
    )?))
}

fn slot_iter(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    let (this, _) = split_self(args, "__iter__")?;
    vm.get_iter(&payload_of(&this))
}

fn slot_repr(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    let (this, _) = split_self(args, "__repr__")?;
    Ok(Value::str(vm.repr_of(&payload_of(&this))?))
}

fn slot_str(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    let (this, _) = split_self(args, "__str__")?;
    Ok(Value::str(vm.str_of(&payload_of(&this))?))
}

fn slot_eq(_: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    let (this, rest) = split_self(args, "__eq__")?;
    let other = payload_of(&one(&rest, "__eq__")?);
    Ok(Value::Bool(crate::compare::eq(&payload_of(&this), &other)?))
}

fn slot_hash(_: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    let (this, _) = split_self(args, "__hash__")?;
    crate::set::py_hash(&payload_of(&this))
        .map(Value::Int)
        .ok_or_else(|| type_error(format!("unhashable type: '{}'", type_name(&this))))
}

fn slot_binary(args: &[Value], op: taipan_bytecode::BinaryOpArg) -> PyResult<Value> {
    let (this, rest) = split_self(args, "operator")?;
    let other = payload_of(&one(&rest, "operator")?);
    match crate::binary_op::binary_op(op, &payload_of(&this), &other) {
        Ok(v) => Ok(v),
        Err(e) if e.kind() == ExcKind::TypeError => Ok(not_implemented()),
        Err(e) => Err(e),
    }
}

fn slot_add(_: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    slot_binary(args, taipan_bytecode::BinaryOpArg::ADD)
}

fn slot_mul(_: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    slot_binary(args, taipan_bytecode::BinaryOpArg::MULTIPLY)
}

fn slot_lt(_: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    let (this, rest) = split_self(args, "__lt__")?;
    let other = payload_of(&one(&rest, "__lt__")?);
    let lt = taipan_bytecode::CompareOpArg::new(taipan_bytecode::CompareOpArg::LT, false);
    crate::compare::compare(lt, &payload_of(&this), &other)
}

/// `object.__new__(cls, ...)` (and the `__new__` of built-in bases).
fn object_new(vm: &mut Vm, args: &[Value], kwargs: Kw) -> PyResult<Value> {
    let Some((cls, rest)) = args.split_first() else {
        return Err(type_error("object.__new__(): not enough arguments"));
    };
    match cls.as_obj() {
        Some(Object::Class(_)) => {}
        Some(Object::Type(t)) => return call_type(vm, *t, rest, kwargs),
        _ => {
            return Err(type_error(format!(
                "object.__new__(X): X is not a type object ({})",
                type_name(cls)
            )))
        }
    }
    let builtin = matches!(cls.as_obj(), Some(Object::Class(c)) if c.builtin_base.is_some())
        || crate::classes::exception_base(cls).is_some();
    if !builtin && (!rest.is_empty() || !kwargs.is_empty()) {
        if lookup_str(cls, "__new__").is_some() {
            return Err(type_error(
                "object.__new__() takes exactly one argument (the type to instantiate)",
            ));
        }
        if lookup_str(cls, "__init__").is_none() {
            return Err(type_error(format!(
                "{}() takes no arguments",
                class_name(cls)
            )));
        }
    }
    crate::classes::new_instance(vm, cls, rest, kwargs)
}

/// `object.__init__(self, ...)` and the `__init__` of built-in bases
/// (which fill a mutable payload from the arguments).
fn object_init(vm: &mut Vm, args: &[Value], kwargs: Kw) -> PyResult<Value> {
    let Some((this, rest)) = args.split_first() else {
        return Err(type_error(
            "descriptor '__init__' of 'object' object needs an argument",
        ));
    };
    if let Some(Object::Exception(e)) = this.as_obj() {
        *e.args.borrow_mut() = rest.to_vec();
        return Ok(Value::None);
    }
    if has_payload(this) {
        builtin_init(vm, this, rest, kwargs)?;
        return Ok(Value::None);
    }
    if !rest.is_empty() || !kwargs.is_empty() {
        return Err(type_error(
            "object.__init__() takes exactly one argument (the instance to initialize)",
        ));
    }
    Ok(Value::None)
}

/// `list.__init__(self, iterable)`, `dict.__init__`, `set.__init__` on
/// a payload instance (other built-in bases take their value in
/// `__new__`).
pub(crate) fn builtin_init(vm: &mut Vm, this: &Value, args: &[Value], kwargs: Kw) -> PyResult<()> {
    let Some(Object::Instance(inst)) = this.as_obj() else {
        return Ok(());
    };
    let kind = match inst.class().as_obj() {
        Some(Object::Class(c)) => c.builtin_base,
        _ => None,
    };
    match kind {
        Some(TypeKind::Dict) => {
            let fresh = dict_from(vm, args, kwargs)?;
            *inst.payload.borrow_mut() = fresh;
            Ok(())
        }
        Some(t) if crate::classes::is_mutable_builtin(t) => {
            let args: Vec<Value> = args.iter().map(payload_of).collect();
            let fresh = crate::builtins::construct(vm, t, &args, kwargs)?;
            *inst.payload.borrow_mut() = fresh;
            Ok(())
        }
        _ => Ok(()),
    }
}

/// `dict(mapping_or_pairs, **kwargs)`.
fn dict_from(vm: &mut Vm, args: &[Value], kwargs: Kw) -> PyResult<Value> {
    let mut d = Dict::new();
    if let Some(src) = args.first() {
        let src = payload_of(src);
        match src.as_obj() {
            Some(Object::Dict(s)) => d = s.borrow().clone(),
            _ => {
                for pair in vm.collect(&src)? {
                    let kv = vm.collect(&pair)?;
                    let [k, v] = &kv[..] else {
                        return Err(crate::exception::value_error(format!(
                            "dictionary update sequence element has length {}; 2 is required",
                            kv.len()
                        )));
                    };
                    d.insert(crate::dict::HashKey::for_dict(k)?, k.clone(), v.clone());
                }
            }
        }
    }
    for (k, v) in kwargs {
        d.set_str(k, v.clone());
    }
    Ok(Value::obj(Object::Dict(RefCell::new(d))))
}

fn object_init_subclass(_: &mut Vm, args: &[Value], kwargs: Kw) -> PyResult<Value> {
    if !kwargs.is_empty() {
        let name = args.first().map(class_name).unwrap_or_default();
        return Err(type_error(format!(
            "{name}.__init_subclass__() takes no keyword arguments"
        )));
    }
    Ok(Value::None)
}

/// `type.__new__(metaclass, name, bases, ns, **kwargs)`.
fn type_new(vm: &mut Vm, args: &[Value], kwargs: Kw) -> PyResult<Value> {
    let Some((meta, rest)) = args.split_first() else {
        return Err(type_error("type.__new__(): not enough arguments"));
    };
    type_new_from(vm, meta, rest, kwargs)
}

fn type_init(_: &mut Vm, _: &[Value], _: Kw) -> PyResult<Value> {
    Ok(Value::None)
}

/// `type.__call__(cls, *args, **kwargs)`.
fn type_call_slot(vm: &mut Vm, args: &[Value], kwargs: Kw) -> PyResult<Value> {
    let Some((cls, rest)) = args.split_first() else {
        return Err(type_error("type.__call__(): not enough arguments"));
    };
    match cls.as_obj() {
        Some(Object::Type(t)) => call_type(vm, *t, rest, kwargs),
        _ => crate::classes::type_call(vm, cls, rest.to_vec(), kwargs),
    }
}

/// The instance and attribute name of `object.__getattribute__` and
/// friends.
fn self_and_name<'a>(args: &'a [Value], what: &str) -> PyResult<(&'a Value, &'a str)> {
    match args {
        [this, name, ..] => match name.as_str() {
            Some(n) => Ok((this, n)),
            None => Err(type_error(format!(
                "attribute name must be string, not '{}'",
                type_name(name)
            ))),
        },
        _ => Err(type_error(format!("{what} expected more arguments"))),
    }
}

fn object_getattribute(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    let (this, name) = self_and_name(args, "__getattribute__")?;
    let found = match this.as_obj() {
        Some(Object::Instance(inst)) => vm.generic_getattr(this, inst, name)?,
        _ => vm.get_attr_parts(this, name)?,
    };
    Ok(match found {
        (v, Some(obj)) => crate::classes::bind(v, obj),
        (v, None) => v,
    })
}

fn object_setattr(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    let (this, name) = self_and_name(args, "__setattr__")?;
    let value = args.get(2).cloned().unwrap_or(Value::None);
    match this.as_obj() {
        Some(Object::Instance(inst)) => vm.generic_setattr(this, inst, name, value)?,
        _ => crate::attrs::store_attr(this, name, value)?,
    }
    Ok(Value::None)
}

fn object_delattr(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    let (this, name) = self_and_name(args, "__delattr__")?;
    match this.as_obj() {
        Some(Object::Instance(inst)) => vm.generic_delattr(this, inst, name)?,
        _ => crate::attrs::delete_attr(this, name)?,
    }
    Ok(Value::None)
}

fn object_repr(_: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    let (this, _) = split_self(args, "__repr__")?;
    match &this {
        Value::Obj(o) if matches!(&**o, Object::Instance(_) | Object::Class(_)) => {
            Ok(Value::str(crate::classes::default_repr(o)))
        }
        _ => Ok(Value::str(crate::format::repr(&this)?)),
    }
}

/// `BaseException.__str__`: the message from the arguments.
fn exception_str(_: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    let (this, _) = split_self(args, "__str__")?;
    Ok(Value::str(crate::format::str(&this)?))
}

fn object_str(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    let (this, _) = split_self(args, "__str__")?;
    Ok(Value::str(vm.repr_of(&this)?))
}

fn object_eq(_: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    match args {
        [a, b] if a.is(b) => Ok(Value::Bool(true)),
        _ => Ok(not_implemented()),
    }
}

fn object_ne(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    let [a, b] = args else {
        return Ok(not_implemented());
    };
    let eq = taipan_bytecode::CompareOpArg::new(taipan_bytecode::CompareOpArg::EQ, false);
    let r = vm.compare_dunder(eq, a, b)?;
    if is_not_implemented(&r) {
        return Ok(r);
    }
    Ok(Value::Bool(!vm.truthy(&r)?))
}

fn object_hash(_: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    let (this, _) = split_self(args, "__hash__")?;
    Ok(Value::Int(crate::set::py_hash(&this).unwrap_or(0)))
}
