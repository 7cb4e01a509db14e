//! `list[int]` and `int | None` on types: the VM hands them to the
//! embedded Python module `_taipan_types`, which builds
//! `types.GenericAlias` and `types.UnionType` objects. Only reached
//! after the fast paths of `BINARY_OP` fail.

use crate::exception::PyResult;
use crate::types::TypeKind;
use crate::value::{Object, Value};
use crate::Vm;

/// Whether subscripting the built-in type `t` makes a generic alias.
pub(crate) fn is_generic(t: TypeKind) -> bool {
    matches!(
        t,
        TypeKind::List
            | TypeKind::Tuple
            | TypeKind::Dict
            | TypeKind::Set
            | TypeKind::FrozenSet
            | TypeKind::Type
            | TypeKind::Deque
    )
}

/// Whether `v` may be an operand of a type union (`int | None`).
pub(crate) fn is_type_operand(v: &Value) -> bool {
    match v.as_obj() {
        Some(Object::Type(_) | Object::TypeAlias(_)) => true,
        Some(Object::Class(c)) => crate::classes::lookup_str(&c.metaclass, "__or__").is_none(),
        _ => matches!(v, Value::None),
    }
}

/// Call `_taipan_types.<helper>(a, b)`.
pub(crate) fn call_helper(vm: &mut Vm, helper: &str, a: &Value, b: &Value) -> PyResult<Value> {
    let module = vm.import_module("_taipan_types")?;
    let f = vm.getattr(&module, helper)?;
    vm.call_value(&f, vec![a.clone(), b.clone()])
}
