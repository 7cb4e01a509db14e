//! PEP 695 type parameters at run time: the intrinsics the compiler emits
//! for `def f[T]`, `class C[T]` and `type A[T] = ...` build their objects
//! through the embedded Python module `_typing` (`lib/_typing.py`), whose
//! classes `typing` re-exports; and `__build_class__`'s PEP 560
//! `__mro_entries__` step, which turns `Generic[T]` into `Generic`.

use crate::dict::HashKey;
use crate::exception::{ExcKind, PyErr, PyResult};
use crate::value::{Object, Value};
use crate::Vm;

/// Call `_typing.<helper>(*args)`.
fn call_typing(vm: &mut Vm, helper: &str, args: Vec<Value>) -> PyResult<Value> {
    let module = vm.import_module("_typing")?;
    let f = vm.getattr(&module, helper)?;
    vm.call_value(&f, args)
}

/// `CALL_INTRINSIC_1` 7 (`TYPEVAR`), 8 (`PARAMSPEC`), 9 (`TYPEVARTUPLE`)
/// and 10 (`SUBSCRIPT_GENERIC`).
pub(crate) fn intrinsic1(vm: &mut Vm, which: u32, v: Value) -> PyResult<Value> {
    match which {
        7 => call_typing(vm, "_make_typevar", vec![v, Value::None, Value::None]),
        8 => call_typing(vm, "_make_paramspec", vec![v]),
        9 => call_typing(vm, "_make_typevartuple", vec![v]),
        10 => call_typing(vm, "_subscript_generic", vec![v]),
        _ => Err(PyErr::msg(ExcKind::RuntimeError, "unknown intrinsic")),
    }
}

/// `CALL_INTRINSIC_2` 2 (`TYPEVAR_WITH_BOUND`), 3
/// (`TYPEVAR_WITH_CONSTRAINTS`), 4 (`SET_FUNCTION_TYPE_PARAMS`) and 5
/// (`SET_TYPEPARAM_DEFAULT`).
pub(crate) fn intrinsic2(vm: &mut Vm, which: u32, a: Value, b: Value) -> PyResult<Value> {
    match which {
        2 => call_typing(vm, "_make_typevar", vec![a, b, Value::None]),
        3 => call_typing(vm, "_make_typevar", vec![a, Value::None, b]),
        4 => {
            if let Some(Object::Function(f)) = a.as_obj() {
                let key = HashKey::str_key("__type_params__");
                f.dict
                    .borrow_mut()
                    .insert(key, Value::str("__type_params__"), b);
            }
            Ok(a)
        }
        5 => call_typing(vm, "_set_default", vec![a, b]),
        _ => Err(PyErr::msg(ExcKind::RuntimeError, "unknown intrinsic")),
    }
}

/// PEP 560: replace each base that is not a class but has
/// `__mro_entries__` by what it returns. `None` when no base changed
/// (then the class gets no `__orig_bases__`).
pub(crate) fn resolve_bases(vm: &mut Vm, bases: &[Value]) -> PyResult<Option<Vec<Value>>> {
    let is_class = |b: &Value| matches!(b.as_obj(), Some(Object::Class(_) | Object::Type(_)));
    if bases.iter().all(is_class) {
        return Ok(None);
    }
    let orig = Value::tuple(bases.to_vec());
    let mut out = Vec::with_capacity(bases.len());
    let mut changed = false;
    for base in bases {
        if is_class(base) {
            out.push(base.clone());
            continue;
        }
        let entries = match vm.getattr(base, "__mro_entries__") {
            Ok(m) => m,
            Err(e) if e.kind().is_subclass(ExcKind::AttributeError) => {
                out.push(base.clone());
                continue;
            }
            Err(e) => return Err(e),
        };
        let result = vm.call_value(&entries, vec![orig.clone()])?;
        let Some(Object::Tuple(items)) = result.as_obj() else {
            return Err(PyErr::msg(
                ExcKind::TypeError,
                "__mro_entries__ must return a tuple",
            ));
        };
        out.extend(items.iter().cloned());
        changed = true;
    }
    Ok(changed.then_some(out))
}
