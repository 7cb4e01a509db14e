//! `obj.__class__ = C`: CPython's `object_set_class` rules. Only
//! instances of classes made by `class` statements can change class, to
//! another such class whose instances have the same layout: the same
//! built-in base (payload kind), the same `__slots__` along the MRO, and
//! both or neither with a `__dict__`. The class attribute cache is keyed
//! by class, so nothing cached needs to be dropped.

use crate::classes::{class_flags, mro_of, InstanceObj, NO_DICT};
use crate::exception::{type_error, PyResult};
use crate::types::type_name;
use crate::value::{Object, Value};

/// `inst.__class__ = value` (`obj` is the instance).
pub(crate) fn set_instance_class(inst: &InstanceObj, value: &Value) -> PyResult<()> {
    let new = match value.as_obj() {
        Some(Object::Class(_)) => value,
        Some(Object::Type(_)) => return Err(not_mutable()),
        _ => return Err(not_a_class(value)),
    };
    let old = inst.class().clone();
    if !matches!(old.as_obj(), Some(Object::Class(_))) {
        return Err(not_mutable());
    }
    if layout(&old) != layout(new) {
        return Err(type_error(format!(
            "__class__ assignment: '{}' object layout differs from '{}'",
            crate::classes::class_name(new),
            crate::classes::class_name(&old)
        )));
    }
    if !inst.set_class(new.clone()) {
        return Err(type_error(
            "__class__ assignment: the class is in use and cannot be replaced now",
        ));
    }
    Ok(())
}

/// `obj.__class__ = value` for objects that are not instances of user
/// classes.
pub(crate) fn set_other_class(value: &Value) -> Box<crate::exception::PyErr> {
    match value.as_obj() {
        Some(Object::Class(_) | Object::Type(_)) => not_mutable(),
        _ => not_a_class(value),
    }
}

/// `del obj.__class__`.
pub(crate) fn delete_class() -> Box<crate::exception::PyErr> {
    type_error("can't delete __class__ attribute")
}

fn not_mutable() -> Box<crate::exception::PyErr> {
    type_error("__class__ assignment only supported for mutable types or ModuleType subclasses")
}

fn not_a_class(value: &Value) -> Box<crate::exception::PyErr> {
    type_error(format!(
        "__class__ must be set to a class, not '{}' object",
        type_name(value)
    ))
}

/// What decides whether two classes' instances are interchangeable: the
/// built-in base, the slot names along the MRO, whether there is a dict.
fn layout(class: &Value) -> (Option<crate::types::TypeKind>, Vec<std::rc::Rc<str>>, bool) {
    let mut base = None;
    let mut slots = Vec::new();
    for c in mro_of(class).iter().rev() {
        if let Some(Object::Class(c)) = c.as_obj() {
            if base.is_none() {
                base = c.builtin_base;
            }
            if let Some(s) = &c.slots {
                slots.extend(
                    s.iter()
                        .filter(|n| !matches!(&***n, "__dict__" | "__weakref__"))
                        .cloned(),
                );
            }
        }
    }
    (base, slots, class_flags(class) & NO_DICT == 0)
}
