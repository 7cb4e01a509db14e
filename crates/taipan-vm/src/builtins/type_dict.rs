//! `T.__dict__` of a built-in type: a read-only `mappingproxy` whose keys
//! are CPython 3.14's `vars(T)` names (`dir_tables.rs`, data) and whose
//! values are what `getattr(T, name)` gives (a placeholder text where
//! Taipan has no such attribute). Keys come in sorted order, not
//! CPython's slot order.

use std::rc::Rc;

use super::dir_tables::TYPE_NAMES;
use crate::dict::Dict;
use crate::exception::PyResult;
use crate::value::Value;
use crate::Vm;

impl Vm<'_> {
    /// `T.__dict__` for the built-in type `t` (the value `ty`).
    pub(crate) fn builtin_type_dict(&mut self, ty: &Value, name: &str) -> PyResult<Value> {
        // Types without a table (native types of library modules) have
        // no `__dict__` yet: the library falls back to `getattr` for them.
        let Some((_, names)) = TYPE_NAMES.iter().find(|(t, _)| *t == name) else {
            return Err(crate::exception::PyErr::msg(
                crate::exception::ExcKind::AttributeError,
                format!("type object '{name}' has no attribute '__dict__'"),
            ));
        };
        let mut d = Dict::new();
        for key in names.split(' ') {
            let value = match key {
                // Reading it from the type would ask for this dict again.
                "__dict__" => Value::None,
                // Not None where Taipan lacks the attribute: None in a
                // type's dict means "explicitly absent" (`__hash__`).
                _ => self.getattr(ty, key).unwrap_or_else(|_| {
                    Value::str(format!("<slot wrapper '{key}' of '{name}' objects>"))
                }),
            };
            d.set_str(&Rc::from(key), value);
        }
        self.mapping_proxy(d)
    }
}
