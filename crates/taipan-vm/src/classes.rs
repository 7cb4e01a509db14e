//! Classes made by `class` statements (or `type(name, bases, ns)`), their
//! instances, and class creation.
//!
//! A class is a name, its bases, its method resolution order (C3, as
//! CPython computes it), a namespace dict, its metaclass, and a few flags
//! summarising its special methods (so attribute access on instances of
//! ordinary classes skips the `__getattribute__`/`__getattr__`/descriptor
//! machinery). Built-in types (`object`, `int`, `list`, exceptions...) may
//! appear among the bases and in the MRO as `Object::Type` values.
//!
//! An instance is its class, an attribute dict, and — for subclasses of
//! built-in types such as `list` or `int` — a *payload*: the built-in value
//! it extends, which the built-in methods and operators work on.
//! Subclasses of exceptions make `Object::Exception` values that remember
//! their class instead, so they can be raised.
//!
//! Attribute look-up is in `attrs.rs`, `super` and the slots of `object`
//! and `type` in `object_type.rs`, special methods in `dunder.rs`.

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use crate::dict::{Dict, HashKey};
use crate::exception::{type_error, ExcKind, PyErr, PyResult};
use crate::frame::Frame;
use crate::types::{type_name, TypeKind};
use crate::value::{Object, Value};
use crate::Vm;

/// The class (or a base) defines `__getattribute__`.
pub(crate) const HAS_GETATTRIBUTE: u32 = 1;
/// The class (or a base) defines `__getattr__`.
pub(crate) const HAS_GETATTR: u32 = 2;
/// The class (or a base) defines `__setattr__`.
pub(crate) const HAS_SETATTR: u32 = 4;
/// The class (or a base) defines `__delattr__`.
pub(crate) const HAS_DELATTR: u32 = 8;
/// Some class of the MRO holds a data descriptor (a property, or an
/// object whose class defines `__set__` or `__delete__`), or slots.
pub(crate) const HAS_DATA_DESCR: u32 = 16;
/// Instances have no `__dict__` (`__slots__` all the way down).
pub(crate) const NO_DICT: u32 = 32;
/// The class (or a base) has `__abstractmethods__` in its namespace
/// (`abc`); instantiating checks the class's own set.
pub(crate) const HAS_ABSTRACT: u32 = 64;

/// A class.
#[derive(Debug)]
pub struct ClassObj {
    /// `__name__`
    pub name: String,
    /// `__qualname__`
    pub qualname: String,
    /// `__module__`
    pub module: String,
    /// `__bases__` (classes or built-in types).
    pub bases: Vec<Value>,
    /// `__mro__` after the class itself (ends with `object`).
    pub mro_tail: Vec<Value>,
    /// The class namespace.
    pub dict: RefCell<Dict>,
    /// `type(cls)`: the built-in `type` or a user metaclass.
    pub metaclass: Value,
    /// `HAS_*` and `NO_DICT` bits.
    pub flags: Cell<u32>,
    /// The names of its own `__slots__`, if it declares them.
    pub slots: Option<Vec<Rc<str>>>,
    /// The built-in type whose value instances carry as payload.
    pub builtin_base: Option<TypeKind>,
}

/// An instance of a class.
#[derive(Debug)]
pub struct InstanceObj {
    /// Its class (an `Object::Class`, or the `object` type); `__class__`
    /// assignment replaces it (`class_assign.rs`).
    class: RefCell<Value>,
    /// `__dict__` (also where slot values live): always an
    /// `Object::Dict`, shared with the value `obj.__dict__` returns.
    dict: Rc<Object>,
    /// The built-in value a subclass of a built-in type extends, or
    /// `Value::Null`.
    pub payload: RefCell<Value>,
    /// The values of `__slots__` attributes.
    /// (made on the first store, so instances without slots stay small).
    pub slot_values: RefCell<Option<Box<Dict>>>,
}

impl InstanceObj {
    /// A fresh instance of `class` around `payload`.
    pub fn new(class: Value, payload: Value) -> InstanceObj {
        InstanceObj {
            class: RefCell::new(class),
            dict: Rc::new(Object::Dict(RefCell::new(Dict::new()))),
            payload: RefCell::new(payload),
            slot_values: RefCell::new(None),
        }
    }

    /// Its class (the borrow is never held while Python code runs that
    /// could assign `__class__`; `set_class` fails rather than panics).
    #[inline]
    pub fn class(&self) -> std::cell::Ref<'_, Value> {
        self.class.borrow()
    }

    /// Replace its class; `false` when the class is being read.
    pub fn set_class(&self, class: Value) -> bool {
        let Ok(mut slot) = self.class.try_borrow_mut() else {
            return false;
        };
        let old = std::mem::replace(&mut *slot, class);
        drop(slot);
        drop(old);
        true
    }

    /// `name` looked up in its class's MRO (the class is not borrowed
    /// afterwards).
    pub fn lookup(&self, name: &str) -> Option<Value> {
        lookup_str(&self.class(), name)
    }

    /// Take its class out (finalization), leaving `None`.
    pub fn take_class(&mut self) -> Value {
        std::mem::replace(self.class.get_mut(), Value::None)
    }

    /// The attribute dict.
    pub fn attrs(&self) -> &RefCell<Dict> {
        match &*self.dict {
            Object::Dict(d) => d,
            // The field is private and only `new` sets it, to a dict.
            _ => unreachable!("instance dict is always a dict"),
        }
    }

    /// `obj.__dict__`: the attribute dict itself, as a value.
    pub fn dict_value(&self) -> Value {
        Value::Obj(self.dict.clone())
    }
}

/// The `__name__` of a class value.
pub(crate) fn class_name(class: &Value) -> String {
    match class.as_obj() {
        Some(Object::Class(c)) => c.name.clone(),
        Some(Object::Type(t)) => t.name().to_owned(),
        _ => "object".to_owned(),
    }
}

/// The flags of a class value (0 for built-in types).
pub(crate) fn class_flags(class: &Value) -> u32 {
    let Some(Object::Class(c)) = class.as_obj() else {
        return 0;
    };
    // The bases' flags too: a hook or data descriptor set on a base class
    // after this class was made counts at once.
    c.mro_tail
        .iter()
        .fold(c.flags.get(), |flags, base| match base.as_obj() {
            Some(Object::Class(b)) => flags | (b.flags.get() & !NO_DICT),
            _ => flags,
        })
}

/// `name` in `class`'s namespace or those of its MRO (user classes only:
/// what built-in types provide is in `object_type.rs`).
pub(crate) fn class_lookup(class: &Value, name: &HashKey) -> Option<Value> {
    let Some(Object::Class(c)) = class.as_obj() else {
        return None;
    };
    if let Some(found) = crate::type_cache::get(class, name) {
        return found;
    }
    let found = c.dict.borrow().get(name).cloned().or_else(|| {
        c.mro_tail.iter().find_map(|base| match base.as_obj() {
            Some(Object::Class(b)) => b.dict.borrow().get(name).cloned(),
            _ => None,
        })
    });
    crate::type_cache::put(class, name, found.as_ref());
    found
}

/// [`class_lookup`] by name.
pub(crate) fn lookup_str(class: &Value, name: &str) -> Option<Value> {
    class_lookup(class, &HashKey::str_key(name))
}

/// The names defined by `class` and its bases (part of `dir()`).
pub(crate) fn class_dir(class: &Value) -> Vec<String> {
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

/// The MRO of a class or built-in type, the class itself first.
pub(crate) fn mro_of(class: &Value) -> Vec<Value> {
    let mut out = vec![class.clone()];
    match class.as_obj() {
        Some(Object::Class(c)) => out.extend(c.mro_tail.iter().cloned()),
        Some(Object::Type(t)) => out.extend(builtin_mro_tail(*t)),
        _ => {}
    }
    out
}

/// The MRO of a built-in type after the type itself.
fn builtin_mro_tail(t: TypeKind) -> Vec<Value> {
    let ty = |k| Value::obj(Object::Type(k));
    let mut out = Vec::new();
    match t {
        TypeKind::Object => return out,
        TypeKind::Bool => out.push(ty(TypeKind::Int)),
        TypeKind::Exception(mut k) => {
            while k != ExcKind::BaseException {
                k = k.parent();
                out.push(ty(TypeKind::Exception(k)));
            }
        }
        _ => {}
    }
    out.push(ty(TypeKind::Object));
    out
}

/// Whether `class` is `target` or derives from it (classes or types).
pub(crate) fn is_subclass(class: &Value, target: &Value) -> bool {
    if class.is(target) {
        return true;
    }
    match (class.as_obj(), target.as_obj()) {
        (Some(Object::Class(c)), _) => c.mro_tail.iter().any(|b| b.is(target)),
        (Some(Object::Type(a)), Some(Object::Type(b))) => match (*a, *b) {
            (_, TypeKind::Object) => true,
            (TypeKind::Bool, TypeKind::Int) => true,
            (TypeKind::Exception(x), TypeKind::Exception(y)) => x.is_subclass(y),
            _ => false,
        },
        _ => false,
    }
}

/// `type(v)` as a value: the class of an instance, the metaclass of a
/// class, or a built-in type.
pub(crate) fn type_value(v: &Value) -> Value {
    match v.as_obj() {
        Some(Object::Instance(i)) => i.class().clone(),
        Some(Object::Exception(e)) => match &e.class {
            Some(c) => c.clone(),
            None => Value::obj(Object::Type(TypeKind::Exception(e.kind))),
        },
        Some(Object::Class(c)) => c.metaclass.clone(),
        _ => Value::obj(Object::Type(crate::types::type_of(v))),
    }
}

/// C3 linearisation of `bases` (the MRO after the new class itself).
fn linearize(bases: &[Value]) -> PyResult<Vec<Value>> {
    let mut sequences: Vec<Vec<Value>> = bases.iter().map(mro_of).collect();
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
            let mut names: Vec<String> = Vec::new();
            for s in &sequences {
                let n = class_name(&s[0]);
                if !names.contains(&n) {
                    names.push(n);
                }
            }
            return Err(type_error(format!(
                "Cannot create a consistent method resolution order (MRO) for bases {}",
                names.join(", ")
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

/// Check the bases of a new class: classes or subclassable built-in types,
/// no duplicates; `()` becomes `(object,)`.
fn check_bases(bases: Vec<Value>) -> PyResult<Vec<Value>> {
    for (i, b) in bases.iter().enumerate() {
        match b.as_obj() {
            Some(Object::Class(_)) => {}
            Some(Object::Type(t)) if subclassable(*t) => {}
            Some(Object::Type(t)) => {
                return Err(type_error(format!(
                    "type '{}' is not an acceptable base type",
                    t.name()
                )))
            }
            _ => return Err(type_error("bases must be types")),
        }
        if bases[..i].iter().any(|x| x.is(b)) {
            return Err(type_error(format!(
                "duplicate base class {}",
                class_name(b)
            )));
        }
    }
    if bases.is_empty() {
        return Ok(vec![Value::obj(Object::Type(TypeKind::Object))]);
    }
    Ok(bases)
}

/// Built-in types a class may derive from.
fn subclassable(t: TypeKind) -> bool {
    matches!(
        t,
        TypeKind::Object
            | TypeKind::Int
            | TypeKind::Float
            | TypeKind::Complex
            | TypeKind::Str
            | TypeKind::Bytes
            | TypeKind::List
            | TypeKind::Tuple
            | TypeKind::Dict
            | TypeKind::Set
            | TypeKind::Type
            | TypeKind::Exception(_)
            | TypeKind::Deque
    )
}

/// The built-in type (other than `object` and exceptions) an MRO derives
/// from, checking that at most one lays out the instances.
fn builtin_base(mro_tail: &[Value]) -> PyResult<Option<TypeKind>> {
    let mut found: Option<TypeKind> = None;
    for b in mro_tail {
        if let Some(Object::Type(t)) = b.as_obj() {
            if matches!(t, TypeKind::Object | TypeKind::Exception(_)) {
                continue;
            }
            match found {
                Some(f) if f != *t && !(f == TypeKind::Bool && *t == TypeKind::Int) => {
                    return Err(type_error("multiple bases have instance lay-out conflict"))
                }
                Some(_) => {}
                None => found = Some(*t),
            }
        }
    }
    Ok(found)
}

/// The flags a class's own namespace contributes.
fn own_flags(dict: &Dict) -> u32 {
    let mut flags = 0;
    for (k, v) in dict.iter() {
        flags |= match k.as_str() {
            Some("__getattribute__") => HAS_GETATTRIBUTE,
            Some("__getattr__") => HAS_GETATTR,
            Some("__setattr__") => HAS_SETATTR,
            Some("__delattr__") => HAS_DELATTR,
            Some("__abstractmethods__") => HAS_ABSTRACT,
            _ if is_data_descriptor(v) => HAS_DATA_DESCR,
            _ => 0,
        };
    }
    flags
}

/// Recompute a class's flags after a hook or a data descriptor was set
/// on it (flags are never cleared: a stale one only sends look-ups down
/// the generic path).
pub(crate) fn refresh_flags(class: &ClassObj) {
    let own = own_flags(&class.dict.borrow());
    class.flags.set(class.flags.get() | own);
}

/// Whether `v` is a data descriptor (a property, or an instance whose class
/// defines `__set__` or `__delete__`).
pub(crate) fn is_data_descriptor(v: &Value) -> bool {
    match v.as_obj() {
        Some(Object::Property(..)) => true,
        Some(Object::Instance(i)) => {
            i.lookup("__set__").is_some() || i.lookup("__delete__").is_some()
        }
        _ => false,
    }
}

/// The `__slots__` of class `class`'s namespace, as names (private names
/// mangled, as `type.__new__` does).
fn read_slots(ns: &Dict, class: &str) -> PyResult<Option<Vec<Rc<str>>>> {
    let Some(slots) = ns.get(&HashKey::Str(Rc::from("__slots__"))) else {
        return Ok(None);
    };
    let items = match slots.as_obj() {
        Some(Object::Str(_)) => vec![slots.clone()],
        Some(Object::Tuple(items)) => items.clone(),
        Some(Object::List(items)) => items.borrow().clone(),
        _ => crate::iter::collect(slots)?,
    };
    let mut names: Vec<Rc<str>> = Vec::new();
    for item in items {
        match item.as_str() {
            Some(s) => names.push(Rc::from(taipan_compiler::symtable::mangle(Some(class), s))),
            None => {
                return Err(type_error(format!(
                    "__slots__ items must be strings, not '{}'",
                    type_name(&item)
                )))
            }
        }
    }
    for name in &names {
        if ns.get(&HashKey::Str(name.clone())).is_some() {
            return Err(crate::exception::value_error(format!(
                "'{name}' in __slots__ conflicts with class variable"
            )));
        }
    }
    Ok(Some(names))
}

/// Wrap the implicit static and class methods of a namespace: `__new__`
/// is a static method, `__init_subclass__` and `__class_getitem__` are
/// class methods; defining `__eq__` without `__hash__` sets `__hash__` to
/// `None`.
fn adjust_namespace(ns: &mut Dict) {
    let wrap = |ns: &mut Dict, name: &str, make: fn(Value) -> Object| {
        let key: Rc<str> = Rc::from(name);
        if let Some(f) = ns.get(&HashKey::Str(key.clone())) {
            if matches!(f.as_obj(), Some(Object::Function(_))) {
                let wrapped = Value::obj(make(f.clone()));
                ns.set_str(&key, wrapped);
            }
        }
    };
    wrap(ns, "__new__", Object::StaticMethod);
    wrap(ns, "__init_subclass__", Object::ClassMethod);
    wrap(ns, "__class_getitem__", Object::ClassMethod);
    let has = |ns: &Dict, n: &str| ns.get(&HashKey::Str(Rc::from(n))).is_some();
    if has(ns, "__eq__") && !has(ns, "__hash__") {
        ns.set_str(&Rc::from("__hash__"), Value::None);
    }
}

/// A string entry of a namespace.
fn ns_str(ns: &Dict, name: &str) -> Option<String> {
    ns.get(&HashKey::str_key(name))
        .and_then(|v| v.as_str().map(str::to_owned))
}

/// `type.__new__(metaclass, name, bases, ns, **kwargs)`: make the class,
/// fill its `__class__` cell, then call `__set_name__` on the namespace's
/// descriptors and the parent's `__init_subclass__(**kwargs)`.
pub(crate) fn make_class(
    vm: &mut Vm,
    metaclass: Value,
    name: &str,
    bases: Vec<Value>,
    mut ns: Dict,
    kwargs: &[(Rc<str>, Value)],
) -> PyResult<Value> {
    let bases = check_bases(bases)?;
    let mro_tail = linearize(&bases)?;
    let builtin_base = builtin_base(&mro_tail)?;
    let qualname = ns_str(&ns, "__qualname__").unwrap_or_else(|| name.to_owned());
    ns.remove(&HashKey::Str(Rc::from("__qualname__")));
    let classcell = ns.remove(&HashKey::Str(Rc::from("__classcell__")));
    let classdictcell = ns.remove(&HashKey::Str(Rc::from("__classdictcell__")));
    let module = ns_str(&ns, "__module__").unwrap_or_else(|| "builtins".to_owned());
    adjust_namespace(&mut ns);
    let slots = read_slots(&ns, name)?;
    let doc_slot = slots
        .as_ref()
        .is_some_and(|s| s.iter().any(|n| &**n == "__doc__"));
    if !doc_slot && ns.get(&HashKey::str_key("__doc__")).is_none() {
        // `type.__new__` gives every class a `__doc__`.
        ns.set_str(&Rc::from("__doc__"), Value::None);
    }
    let mut flags = own_flags(&ns);
    for b in &mro_tail {
        if let Some(Object::Class(c)) = b.as_obj() {
            flags |= c.flags.get() & !NO_DICT;
        }
    }
    if let Some(s) = &slots {
        flags |= HAS_DATA_DESCR;
        let bases_no_dict = mro_tail.iter().all(|b| match b.as_obj() {
            Some(Object::Class(c)) => c.flags.get() & NO_DICT != 0,
            Some(Object::Type(t)) => !matches!(t, TypeKind::Exception(_)),
            _ => true,
        });
        if bases_no_dict && !s.iter().any(|n| &**n == "__dict__") {
            flags |= NO_DICT;
        }
    }
    let items: Vec<(Value, Value)> = ns.iter().map(|(k, v)| (k.clone(), v.clone())).collect();
    let class = Value::obj(Object::Class(Box::new(ClassObj {
        name: name.to_owned(),
        qualname,
        module,
        mro_tail,
        bases,
        dict: RefCell::new(ns),
        metaclass,
        flags: Cell::new(flags),
        slots,
        builtin_base,
    })));
    if let Some(Object::Cell(cell)) = classcell.as_ref().and_then(Value::as_obj) {
        *cell.borrow_mut() = class.clone();
    }
    // Annotation scopes read the class namespace through this cell; the
    // class itself stands for its dict (`LOAD_FROM_DICT_OR_*` look only
    // in its own dict).
    if let Some(Object::Cell(cell)) = classdictcell.as_ref().and_then(Value::as_obj) {
        *cell.borrow_mut() = class.clone();
    }
    for (key, value) in items {
        if let Some(Object::Instance(i)) = value.as_obj() {
            if let Some(set_name) = i.lookup("__set_name__") {
                vm.call_value(&set_name, vec![value.clone(), class.clone(), key])?;
            }
        }
    }
    init_subclass(vm, &class, kwargs)?;
    Ok(class)
}

/// Call the `__init_subclass__` of the new class's parents.
fn init_subclass(vm: &mut Vm, class: &Value, kwargs: &[(Rc<str>, Value)]) -> PyResult<()> {
    let Some(Object::Class(c)) = class.as_obj() else {
        return Ok(());
    };
    let key = HashKey::Str(Rc::from("__init_subclass__"));
    let found = c.mro_tail.iter().find_map(|b| match b.as_obj() {
        Some(Object::Class(b)) => b.dict.borrow().get(&key).cloned(),
        _ => None,
    });
    match found {
        Some(f) => {
            let f = match f.as_obj() {
                Some(Object::ClassMethod(f)) => f.clone(),
                _ => f,
            };
            vm.call_with_kwargs(&f, vec![class.clone()], kwargs.to_vec())?;
            Ok(())
        }
        None if !kwargs.is_empty() => Err(type_error(format!(
            "{}.__init_subclass__() takes no keyword arguments",
            c.name
        ))),
        None => Ok(()),
    }
}

/// The most derived of the metaclasses of `explicit` and the bases.
fn find_metaclass(explicit: Option<Value>, bases: &[Value]) -> PyResult<Value> {
    let mut winner = explicit.unwrap_or_else(|| Value::obj(Object::Type(TypeKind::Type)));
    if !matches!(winner.as_obj(), Some(Object::Class(_) | Object::Type(_))) {
        return Ok(winner);
    }
    for b in bases {
        let meta = type_value(b);
        if is_subclass(&winner, &meta) {
            continue;
        }
        if is_subclass(&meta, &winner) {
            winner = meta;
            continue;
        }
        return Err(type_error(
            "metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the metaclasses of all its bases",
        ));
    }
    Ok(winner)
}

/// `__build_class__(body, name, *bases, metaclass=..., **kwargs)`: pick
/// the metaclass, prepare the namespace, run the class body in it, then
/// call the metaclass.
pub(crate) fn build_class(
    vm: &mut Vm,
    args: &[Value],
    kwargs: &[(Rc<str>, Value)],
) -> PyResult<Value> {
    let (Some(Object::Function(body)), Some(name)) = (
        args.first().and_then(Value::as_obj),
        args.get(1).and_then(Value::as_str),
    ) else {
        return Err(type_error("__build_class__: func must be a function"));
    };
    let orig_bases = args[2..].to_vec();
    let resolved = crate::type_params::resolve_bases(vm, &orig_bases)?;
    let changed = resolved.is_some();
    let bases = resolved.unwrap_or_else(|| orig_bases.clone());
    let mut kwargs = kwargs.to_vec();
    let explicit = kwargs
        .iter()
        .position(|(k, _)| &**k == "metaclass")
        .map(|i| kwargs.remove(i).1);
    let meta = find_metaclass(explicit, &bases)?;
    let bases_tuple = Value::tuple(bases.clone());
    let namespace = crate::namespace::Namespace::new(Dict::new());
    if let Some(prepare) = lookup_str(&meta, "__prepare__") {
        let prepare = match prepare.as_obj() {
            Some(Object::ClassMethod(f)) => vm.call_with_kwargs(
                f,
                vec![meta.clone(), Value::str(name), bases_tuple.clone()],
                kwargs.clone(),
            )?,
            _ => vm.call_with_kwargs(
                &prepare,
                vec![Value::str(name), bases_tuple.clone()],
                kwargs.clone(),
            )?,
        };
        if let Some(Object::Dict(d)) = prepare.as_obj() {
            *namespace.borrow_mut() = d.borrow().clone();
        }
    }
    let mut frame = Frame::new(body.code.clone(), body.globals.clone(), Vec::new());
    let first_free = frame.locals.len().saturating_sub(body.closure.len());
    for (slot, cell) in frame.locals[first_free..].iter_mut().zip(&body.closure) {
        *slot = cell.clone();
    }
    frame.namespace = Some(namespace.clone());
    vm.run_frame(frame)?;
    if changed {
        let key: Rc<str> = Rc::from("__orig_bases__");
        namespace
            .borrow_mut()
            .set_str(&key, Value::tuple(orig_bases));
    }
    let ns = namespace.borrow().clone();
    if matches!(meta.as_obj(), Some(Object::Type(TypeKind::Type))) {
        return make_class(vm, meta, name, bases, ns, &kwargs);
    }
    let ns = Value::obj(Object::Dict(RefCell::new(ns)));
    vm.call_with_kwargs(&meta, vec![Value::str(name), bases_tuple, ns], kwargs)
}

/// A function bound to `this` (other values unchanged).
pub(crate) fn bind(f: Value, this: Value) -> Value {
    match f.as_obj() {
        Some(Object::Function(_)) => Value::obj(Object::Method(f, this)),
        Some(Object::Builtin(b)) => Value::obj(Object::BoundMethod(this, b.clone())),
        _ => f,
    }
}

/// Whether a built-in exception class in the MRO of `class` derives from
/// `kind`.
pub(crate) fn mro_has_exception(class: &Value, kind: ExcKind) -> bool {
    let Some(Object::Class(c)) = class.as_obj() else {
        return false;
    };
    c.mro_tail.iter().any(|b| match b.as_obj() {
        Some(Object::Type(TypeKind::Exception(k))) => k.is_subclass(kind),
        _ => false,
    })
}

/// The built-in exception class a class derives from, if any.
pub(crate) fn exception_base(class: &Value) -> Option<ExcKind> {
    let Some(Object::Class(c)) = class.as_obj() else {
        return None;
    };
    c.mro_tail.iter().find_map(|b| match b.as_obj() {
        Some(Object::Type(TypeKind::Exception(k))) => Some(*k),
        _ => None,
    })
}

/// Whether values of this built-in type change in place (their payload is
/// made empty by `__new__` and filled by `__init__`).
pub(crate) fn is_mutable_builtin(t: TypeKind) -> bool {
    matches!(
        t,
        TypeKind::List | TypeKind::Dict | TypeKind::Set | TypeKind::Deque
    )
}

/// `object.__new__(class)` and the `__new__` of built-in bases: a fresh
/// instance (exception object, payload instance, or class for a
/// metaclass).
pub(crate) fn new_instance(
    vm: &mut Vm,
    class: &Value,
    args: &[Value],
    kwargs: &[(Rc<str>, Value)],
) -> PyResult<Value> {
    if let Some(kind) = exception_base(class) {
        let mut exc = crate::exception::ExceptionObj::new(kind, args.to_vec());
        exc.class = Some(class.clone());
        return Ok(Value::obj(Object::Exception(Box::new(exc))));
    }
    let base = match class.as_obj() {
        Some(Object::Class(c)) => {
            if c.flags.get() & HAS_ABSTRACT != 0 {
                check_abstract(vm, c)?;
            }
            c.builtin_base
        }
        _ => None,
    };
    let payload = match base {
        None => Value::Null,
        Some(TypeKind::Type) => return crate::object_type::type_new_from(vm, class, args, kwargs),
        Some(t) if is_mutable_builtin(t) => crate::builtins::construct(vm, t, &[], &[])?,
        Some(t) => crate::builtins::construct(vm, t, args, kwargs)?,
    };
    Ok(Value::obj(Object::Instance(InstanceObj::new(
        class.clone(),
        payload,
    ))))
}

/// Refuse to instantiate a class whose own `__abstractmethods__` is not
/// empty, naming the methods in sorted order as CPython does.
fn check_abstract(vm: &mut Vm, c: &ClassObj) -> PyResult<()> {
    let Some(methods) = c
        .dict
        .borrow()
        .get(&HashKey::str_key("__abstractmethods__"))
        .cloned()
    else {
        return Ok(());
    };
    let mut names = Vec::new();
    for m in vm.collect(&methods)? {
        names.push(vm.str_of(&m)?);
    }
    if names.is_empty() {
        return Ok(());
    }
    names.sort();
    let quoted: Vec<String> = names.iter().map(|n| format!("'{n}'")).collect();
    Err(type_error(format!(
        "Can't instantiate abstract class {} without an implementation for abstract method{} {}",
        c.name,
        if names.len() == 1 { "" } else { "s" },
        quoted.join(", ")
    )))
}

/// Calling a class (`type.__call__`): the metaclass's `__call__` if it
/// overrides it, else `__new__` then `__init__`.
pub(crate) fn instantiate(
    vm: &mut Vm,
    class: &Value,
    args: Vec<Value>,
    kwargs: &[(Rc<str>, Value)],
) -> PyResult<Value> {
    if let Some(Object::Class(c)) = class.as_obj() {
        if let Some(call) = lookup_str(&c.metaclass, "__call__") {
            let mut full = vec![class.clone()];
            full.extend(args);
            return vm.call_with_kwargs(&call, full, kwargs.to_vec());
        }
    }
    type_call(vm, class, args, kwargs)
}

/// `type.__call__(class, *args, **kwargs)`.
pub(crate) fn type_call(
    vm: &mut Vm,
    class: &Value,
    args: Vec<Value>,
    kwargs: &[(Rc<str>, Value)],
) -> PyResult<Value> {
    let new = lookup_str(class, "__new__");
    let init = lookup_str(class, "__init__");
    let instance = match &new {
        Some(new) => {
            let f = match new.as_obj() {
                Some(Object::StaticMethod(f)) => f.clone(),
                _ => new.clone(),
            };
            let mut full = vec![class.clone()];
            full.extend(args.iter().cloned());
            vm.call_with_kwargs(&f, full, kwargs.to_vec())?
        }
        None => {
            let base = match class.as_obj() {
                Some(Object::Class(c)) => c.builtin_base,
                _ => None,
            };
            let takes_args = base.is_some() || exception_base(class).is_some();
            if !takes_args && init.is_none() && (!args.is_empty() || !kwargs.is_empty()) {
                return Err(type_error(format!(
                    "{}() takes no arguments",
                    class_name(class)
                )));
            }
            new_instance(vm, class, &args, kwargs)?
        }
    };
    if !is_subclass(&type_value(&instance), class) {
        return Ok(instance);
    }
    match init {
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
        None if new.is_none() => {
            crate::object_type::builtin_init(vm, &instance, &args, kwargs)?;
        }
        None => {}
    }
    Ok(instance)
}

/// The user class of an instance (or of a user exception).
pub(crate) fn user_class(v: &Value) -> Option<Value> {
    match v.as_obj()? {
        Object::Instance(inst) => Some(inst.class().clone()),
        Object::Exception(e) => e.class.clone(),
        _ => None,
    }
}

/// The built-in value an instance of a subclass of a built-in type
/// extends, or the value itself.
pub(crate) fn payload_of(v: &Value) -> Value {
    match v.as_obj() {
        Some(Object::Instance(i)) => {
            let p = i.payload.borrow();
            match &*p {
                Value::Null => v.clone(),
                p => p.clone(),
            }
        }
        _ => v.clone(),
    }
}

/// Whether `v` is an instance carrying a built-in payload.
pub(crate) fn has_payload(v: &Value) -> bool {
    match v.as_obj() {
        Some(Object::Instance(i)) => !matches!(*i.payload.borrow(), Value::Null),
        _ => false,
    }
}

/// `repr(instance)` when its class defines no `__repr__`.
pub(crate) fn default_repr(obj: &Rc<Object>) -> String {
    match &**obj {
        Object::Instance(inst) => match inst.class().as_obj() {
            Some(Object::Class(c)) => format!(
                "<{}.{} object at {:#x}>",
                c.module,
                c.qualname,
                Rc::as_ptr(obj) as usize
            ),
            _ => format!("<object object at {:#x}>", Rc::as_ptr(obj) as usize),
        },
        Object::Class(c) => {
            // `__module__` may have been reassigned (namedtuple, `copyreg`...).
            let module = ns_str(&c.dict.borrow(), "__module__").unwrap_or_else(|| c.module.clone());
            if module == "builtins" {
                format!("<class '{}'>", c.qualname)
            } else {
                format!("<class '{module}.{}'>", c.qualname)
            }
        }
        _ => "<object>".to_owned(),
    }
}

impl Vm<'_> {
    /// `str(v)`, calling a class's `__str__` (or `__repr__`).
    pub(crate) fn str_of(&mut self, v: &Value) -> PyResult<String> {
        if let Some(Object::Class(c)) = v.as_obj() {
            if let Some(f) = lookup_str(&c.metaclass, "__str__") {
                return self.call_text(&f, v, "__str__");
            }
            return self.repr_of(v);
        }
        if let Some(class) = user_class(v) {
            for name in ["__str__", "__repr__"] {
                if let Some(f) = lookup_str(&class, name) {
                    return self.call_text(&f, v, name);
                }
            }
            if has_payload(v) {
                if matches!(payload_of(v).as_obj(), Some(Object::Deque(_))) {
                    return self.repr_of(v);
                }
                return self.str_of(&payload_of(v));
            }
        }
        match v.as_obj() {
            Some(
                Object::List(_)
                | Object::Tuple(_)
                | Object::Dict(_)
                | Object::Set(_)
                | Object::Deque(_)
                | Object::Getter(_)
                | Object::Iter(_),
            ) => self.repr_of(v),
            Some(Object::Exception(e))
                if e.args.borrow().iter().any(|a| user_class(a).is_some()) =>
            {
                // Arguments that are user instances show through their
                // own `__str__`/`__repr__`.
                let args = e.args.borrow().clone();
                match args.as_slice() {
                    [arg] if e.kind == crate::exception::ExcKind::KeyError => self.repr_of(arg),
                    [arg] => self.str_of(arg),
                    _ => self.repr_of(&Value::tuple(args)),
                }
            }
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
            if let Some(f) = lookup_str(&class, "__repr__") {
                return self.call_text(&f, v, "__repr__");
            }
            if has_payload(v) {
                let p = payload_of(v);
                if matches!(p.as_obj(), Some(Object::Deque(_))) {
                    let name = class_name(&class);
                    return crate::deque::repr_named(&p, &name, &mut |x| self.repr_of(x));
                }
                return self.repr_of(&p);
            }
        }
        if let Some(Object::Class(c)) = v.as_obj() {
            if let Some(f) = lookup_str(&c.metaclass, "__repr__") {
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
            Some(Object::Deque(_)) => crate::deque::repr_with(v, &mut |x| self.repr_of(x)),
            Some(Object::Getter(g)) => crate::operator::repr(self, g),
            Some(Object::Iter(_)) => match crate::itertools::repr(self, v) {
                Some(r) => r,
                None => crate::format::repr(v),
            },
            Some(Object::Dict(d)) => crate::format::guard_repr(v, "{...}", || {
                let d = d.borrow().clone();
                let mut parts = Vec::new();
                for (k, v) in d.iter() {
                    parts.push(format!("{}: {}", self.repr_of(k)?, self.repr_of(v)?));
                }
                Ok(format!("{{{}}}", parts.join(", ")))
            }),
            Some(Object::Set(s)) if s.borrow().items().iter().any(|i| user_class(i).is_some()) => {
                crate::format::guard_repr(v, "set(...)", || {
                    let (items, frozen) = {
                        let set = s.borrow();
                        (set.items(), set.frozen)
                    };
                    let body = self.join_reprs(&items)?;
                    Ok(if frozen {
                        format!("frozenset({{{body}}})")
                    } else {
                        format!("{{{body}}}")
                    })
                })
            }
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
        let text = match result.as_str() {
            Some(s) => Some(s.to_owned()),
            None if payload_of(&result).as_str().is_some() => {
                payload_of(&result).as_str().map(str::to_owned)
            }
            None => None,
        };
        text.ok_or_else(|| {
            type_error(format!(
                "{name} returned non-string (type {})",
                type_name(&result)
            ))
        })
    }
}

/// `MATCH_CLASS`: the tuple of `npos` positional attributes (through
/// `__match_args__`; a built-in type's single positional pattern is the
/// subject itself) then the keyword attributes, or `None` if `subject` is
/// not an instance of `class` or lacks one.
pub(crate) fn match_class(
    vm: &mut Vm,
    subject: &Value,
    class: &Value,
    npos: usize,
    names: &Value,
) -> PyResult<Value> {
    if !matches!(class.as_obj(), Some(Object::Type(_) | Object::Class(_))) {
        return Err(type_error("called match pattern must be a class"));
    }
    if !crate::object_type::is_instance(subject, class)? {
        return Ok(Value::None);
    }
    let builtin = matches!(class.as_obj(), Some(Object::Type(_)));
    let mut out = Vec::new();
    if npos > 0 {
        if builtin {
            if npos > 1 {
                return Err(type_error(format!(
                    "{}() accepts 1 positional sub-pattern ({npos} given)",
                    class_name(class)
                )));
            }
            out.push(subject.clone());
        } else {
            let match_args = lookup_str(class, "__match_args__");
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
                match vm.getattr(subject, a.as_str().unwrap_or("")) {
                    Ok(v) => out.push(v),
                    Err(e) if e.kind().is_subclass(ExcKind::AttributeError) => {
                        return Ok(Value::None)
                    }
                    Err(e) => return Err(e),
                }
            }
        }
    }
    if let Some(Object::Tuple(kw)) = names.as_obj() {
        for name in kw {
            match vm.getattr(subject, name.as_str().unwrap_or("")) {
                Ok(v) => out.push(v),
                Err(e) if e.kind().is_subclass(ExcKind::AttributeError) => return Ok(Value::None),
                Err(e) => return Err(e),
            }
        }
    }
    Ok(Value::tuple(out))
}

/// Where [`Vm::cache_exception_text`] keeps the text of an exception
/// whose class defines `__str__` (in the exception's dict).
const STR_CACHE: &str = "\u{0}str";

/// The text a user `__str__` gave an uncaught exception, if any.
pub(crate) fn cached_exception_text(value: &Value) -> Option<String> {
    let Some(Object::Exception(e)) = value.as_obj() else {
        return None;
    };
    let text = e
        .dict
        .borrow()
        .get(&HashKey::Str(Rc::from(STR_CACHE)))
        .cloned()?;
    text.as_str().map(str::to_owned)
}

impl Vm<'_> {
    /// Before printing an uncaught exception (and those chained to it):
    /// run the `__str__` of user exception classes that define one, so the
    /// traceback (which runs no Python code) can show its text.
    pub(crate) fn cache_exception_text(&mut self, value: &Value) {
        let mut current = Some(value.clone());
        let mut seen = 0;
        while let Some(v) = current.take() {
            let Some(Object::Exception(e)) = v.as_obj() else {
                break;
            };
            let user_str = e
                .class
                .as_ref()
                .is_some_and(|class| lookup_str(class, "__str__").is_some());
            let user_args = e.args.borrow().iter().any(|a| user_class(a).is_some());
            if user_str || user_args {
                let text = match self.str_of(&v) {
                    Ok(t) => t,
                    Err(_) => "<exception str() failed>".to_owned(),
                };
                e.dict
                    .borrow_mut()
                    .set_str(&Rc::from(STR_CACHE), Value::str(text));
            }
            current = e
                .cause
                .borrow()
                .clone()
                .or_else(|| e.context.borrow().clone());
            seen += 1;
            if seen > 100 {
                break;
            }
        }
    }
}

/// The error for a missing attribute of an instance, with suggestions.
pub(crate) fn no_attribute(obj: &Value, name: &str) -> Box<PyErr> {
    let mut dir = Vec::new();
    if let Some(Object::Instance(inst)) = obj.as_obj() {
        dir = crate::suggest::names_of(&inst.attrs().borrow());
        dir.extend(class_dir(&inst.class()));
    }
    crate::suggest::attribute_error(
        format!("'{}' object has no attribute '{name}'", type_name(obj)),
        name,
        dir,
    )
}
