//! `dir(obj)`: a `__dir__` a class defines, else the names of a module's
//! namespace, of a class and its bases, or of an object's `__dict__` and
//! its type. Built-in types list CPython's attribute names
//! (`dir_tables.rs`), merged along the MRO as `type.__dir__` does.

use std::collections::BTreeSet;

use crate::exception::PyResult;
use crate::types::{type_name, TypeKind};
use crate::value::{Object, Value};
use crate::Vm;

use super::dir_tables::{TYPE_BASES, TYPE_NAMES};

/// `dir(obj)` as a sorted list.
pub(crate) fn dir_of(vm: &mut Vm, obj: &Value) -> PyResult<Value> {
    if let Some(custom) = user_dir(vm, obj)? {
        return Ok(custom);
    }
    let mut names = BTreeSet::new();
    match obj.as_obj() {
        Some(Object::Module(m)) => {
            if let Some(hook) = m.get("__dir__") {
                let result = vm.call_value(&hook, Vec::new())?;
                return sorted_list(vm, &result);
            }
            dict_names(&m.dict.borrow(), &mut names);
        }
        Some(Object::Class(_) | Object::Type(_)) => class_names(obj, &mut names),
        _ => {
            if let Ok(d) = vm.getattr(obj, "__dict__") {
                if let Some(Object::Dict(d)) = d.as_obj() {
                    dict_names(&d.borrow(), &mut names);
                }
            }
            let class = crate::classes::type_value(obj);
            match class.as_obj() {
                Some(Object::Class(_)) => class_names(&class, &mut names),
                _ => builtin_names(&type_name(obj), &mut names),
            }
        }
    }
    Ok(Value::list(
        names.into_iter().map(|n| Value::str(n.as_str())).collect(),
    ))
}

/// The result of a `__dir__` defined by the object's class, sorted.
fn user_dir(vm: &mut Vm, obj: &Value) -> PyResult<Option<Value>> {
    let Some(class) = crate::classes::user_class(obj) else {
        return Ok(None);
    };
    let Some(method) = crate::classes::lookup_str(&class, "__dir__") else {
        return Ok(None);
    };
    let result = vm.call_value(&method, vec![obj.clone()])?;
    sorted_list(vm, &result).map(Some)
}

/// `sorted(iterable)` of a `__dir__` result.
fn sorted_list(vm: &mut Vm, result: &Value) -> PyResult<Value> {
    let items = vm.collect(result)?;
    let sorted = crate::list_methods::sort_values(vm, items, None, false)?;
    Ok(Value::list(sorted))
}

/// The string keys of a namespace.
fn dict_names(d: &crate::dict::Dict, names: &mut BTreeSet<String>) {
    for (k, _) in d.iter() {
        if let Some(s) = k.as_str() {
            names.insert(s.to_owned());
        }
    }
}

/// The names of a class or built-in type and everything in its MRO.
fn class_names(class: &Value, names: &mut BTreeSet<String>) {
    for entry in crate::classes::mro_of(class) {
        match entry.as_obj() {
            Some(Object::Class(c)) => {
                dict_names(&c.dict.borrow(), names);
                if c.slots.is_none() {
                    implicit_names(c.builtin_base, names);
                }
            }
            Some(Object::Type(t)) => own_names(t.name(), names),
            _ => {}
        }
    }
}

/// The descriptors `type.__new__` adds to a class without `__slots__`:
/// `__dict__` (unless its instances already have one) and `__weakref__`
/// (unless its built-in base has variable-size instances).
fn implicit_names(base: Option<TypeKind>, names: &mut BTreeSet<String>) {
    if !matches!(base, Some(TypeKind::Exception(_))) {
        names.insert("__dict__".to_owned());
    }
    let no_weakref = matches!(
        base,
        Some(
            TypeKind::Int | TypeKind::Bytes | TypeKind::Tuple | TypeKind::Set | TypeKind::FrozenSet
        )
    );
    if !no_weakref {
        names.insert("__weakref__".to_owned());
    }
}

/// The names of the built-in type `name` and of its bases.
fn builtin_names(name: &str, names: &mut BTreeSet<String>) {
    let mut current = name;
    // The base chain of the table is finite and ends at `object`; the
    // bound guards against a table mistake.
    for _ in 0..16 {
        own_names(current, names);
        match TYPE_BASES.iter().find(|(t, _)| *t == current) {
            Some((_, base)) => current = base,
            None => break,
        }
    }
    own_names("object", names);
}

/// The built-in type `name`'s own attribute names.
fn own_names(name: &str, names: &mut BTreeSet<String>) {
    if let Some((_, list)) = TYPE_NAMES.iter().find(|(t, _)| *t == name) {
        names.extend(list.split(' ').map(str::to_owned));
    }
}
