//! `type X = value` (PEP 695): a `TypeAliasType` whose value is computed
//! by a function the first time `__value__` is read.

use std::cell::RefCell;

use crate::exception::{ExcKind, PyErr, PyResult};
use crate::value::{Object, Value};
use crate::Vm;

/// A `TypeAliasType`.
#[derive(Debug)]
pub struct TypeAliasObj {
    /// `__name__`.
    pub name: String,
    /// `__type_params__` (a tuple).
    pub type_params: Value,
    /// The function computing the value.
    pub func: Value,
    /// The value once computed.
    pub value: RefCell<Option<Value>>,
}

/// `CALL_INTRINSIC_1 11` (`INTRINSIC_TYPEALIAS`): make the alias from
/// `(name, type_params, function)`.
pub(crate) fn make(args: Value) -> PyResult<Value> {
    let Some(Object::Tuple(items)) = args.as_obj() else {
        return Err(PyErr::msg(ExcKind::TypeError, "bad type alias"));
    };
    let (Some(name), Some(params), Some(func)) = (items.first(), items.get(1), items.get(2)) else {
        return Err(PyErr::msg(ExcKind::TypeError, "bad type alias"));
    };
    Ok(Value::obj(Object::TypeAlias(TypeAliasObj {
        name: name.as_str().unwrap_or("").to_owned(),
        type_params: match params {
            Value::None => Value::tuple(Vec::new()),
            p => p.clone(),
        },
        func: func.clone(),
        value: RefCell::new(None),
    })))
}

impl Vm<'_> {
    /// The attributes of a type alias.
    pub(crate) fn type_alias_attr(
        &mut self,
        obj: &Value,
        t: &TypeAliasObj,
        name: &str,
    ) -> PyResult<Value> {
        match name {
            "__name__" => Ok(Value::str(t.name.as_str())),
            "__type_params__" => Ok(t.type_params.clone()),
            "__parameters__" => Ok(t.type_params.clone()),
            "__module__" => Ok(Value::str("__main__")),
            "__value__" | "evaluate_value" => {
                let cached = t.value.borrow().clone();
                let v = match cached {
                    Some(v) => v,
                    None => {
                        let v = self.call_value(&t.func, Vec::new())?;
                        *t.value.borrow_mut() = Some(v.clone());
                        v
                    }
                };
                Ok(v)
            }
            _ => Err(PyErr::msg(
                ExcKind::AttributeError,
                format!(
                    "'{}' object has no attribute '{name}'",
                    crate::types::type_name(obj)
                ),
            )),
        }
    }
}
