//! Dict keys and set items that are instances of classes defining both
//! `__hash__` and `__eq__` in Python.
//!
//! A dict or set finds its keys through `HashKey`, which sees no
//! interpreter and so hashes a user instance by identity. To give such
//! keys Python's semantics, the interpreter canonicalises them before the
//! table sees them: a key equal (same `__hash__`, then `__eq__`) to one
//! already in the container is replaced by that stored key, so the
//! identity-based look-up finds it. The cost — a scan over the
//! container's user-hashed keys — is paid only by such keys; every other
//! key goes straight to the table.

use taipan_bytecode::CompareOpArg;

use crate::classes::lookup_str;
use crate::exception::PyResult;
use crate::value::{Object, Value};
use crate::Vm;

/// Whether `v` is an instance whose class defines `__hash__` and
/// `__eq__` as Python functions.
pub(crate) fn has_user_eq_hash(v: &Value) -> bool {
    let Some(Object::Instance(inst)) = v.as_obj() else {
        return false;
    };
    let is_function = |name| {
        matches!(
            lookup_str(&inst.class, name)
                .as_ref()
                .and_then(Value::as_obj),
            Some(Object::Function(_))
        )
    };
    is_function("__hash__") && is_function("__eq__")
}

impl Vm<'_> {
    /// `key`, or the key equal to it already in the dict or set
    /// `container`.
    pub(crate) fn canon_key(&mut self, container: &Value, key: Value) -> PyResult<Value> {
        if !has_user_eq_hash(&key) {
            return Ok(key);
        }
        let existing: Vec<Value> = match container.as_obj() {
            Some(Object::Dict(d)) => d
                .borrow()
                .iter()
                .map(|(k, _)| k.clone())
                .filter(has_user_eq_hash)
                .collect(),
            Some(Object::Set(s)) => s
                .borrow()
                .items()
                .into_iter()
                .filter(has_user_eq_hash)
                .collect(),
            _ => return Ok(key),
        };
        self.find_equal(key, &existing)
    }

    /// Each of `items` (the elements of a set display, or the keys at the
    /// even positions of a dict display when `step` is 2) replaced by an
    /// equal earlier one.
    pub(crate) fn canon_items(
        &mut self,
        mut items: Vec<Value>,
        step: usize,
    ) -> PyResult<Vec<Value>> {
        if !items.iter().step_by(step).any(has_user_eq_hash) {
            return Ok(items);
        }
        let mut seen: Vec<Value> = Vec::new();
        for i in (0..items.len()).step_by(step) {
            let key = std::mem::replace(&mut items[i], Value::None);
            let key = self.find_equal(key, &seen)?;
            if has_user_eq_hash(&key) && !seen.iter().any(|s| s.is(&key)) {
                seen.push(key.clone());
            }
            items[i] = key;
        }
        Ok(items)
    }

    /// The first of `existing` that is `key` or equal to it, else `key`.
    fn find_equal(&mut self, key: Value, existing: &[Value]) -> PyResult<Value> {
        if !has_user_eq_hash(&key) || existing.is_empty() {
            return Ok(key);
        }
        let hash = self.hash_of(&key)?;
        for candidate in existing {
            if candidate.is(&key) {
                return Ok(candidate.clone());
            }
            if self.hash_of(candidate)? != hash {
                continue;
            }
            let eq = CompareOpArg::new(CompareOpArg::EQ, false);
            let r = self.compare_dunder(eq, &key, candidate)?;
            if self.truthy(&r)? {
                return Ok(candidate.clone());
            }
        }
        Ok(key)
    }
}
