//! Special methods of user classes: operators (`__add__`, `__radd__`,
//! `__iadd__`, ...), rich comparisons, `__getitem__`/`__setitem__`,
//! `__contains__`, `__len__`, `__bool__`, and the iterator protocol
//! (`__iter__`, `__next__` raising `StopIteration`).
//!
//! The dispatch loop calls these only when an operand is an instance of a
//! user class, so built-in types keep their fast paths.

use std::rc::Rc;

use taipan_bytecode::{BinaryOpArg, CompareOpArg};

use crate::classes::{class_lookup, user_class};
use crate::dict::HashKey;
use crate::exception::{type_error, ExcKind, PyResult};
use crate::types::type_name;
use crate::value::Value;
use crate::Vm;

/// The method names of each `NB_*` operator: (normal, reflected).
const OPERATOR_METHODS: [(&str, &str); 13] = [
    ("__add__", "__radd__"),
    ("__and__", "__rand__"),
    ("__floordiv__", "__rfloordiv__"),
    ("__lshift__", "__rlshift__"),
    ("__matmul__", "__rmatmul__"),
    ("__mul__", "__rmul__"),
    ("__mod__", "__rmod__"),
    ("__or__", "__ror__"),
    ("__pow__", "__rpow__"),
    ("__rshift__", "__rrshift__"),
    ("__sub__", "__rsub__"),
    ("__truediv__", "__rtruediv__"),
    ("__xor__", "__rxor__"),
];

/// Whether `v` is an instance of a user class.
pub(crate) fn is_user(v: &Value) -> bool {
    user_class(v).is_some()
}

impl Vm<'_> {
    /// The special method `name` of `v`'s class, if defined.
    fn special(&self, v: &Value, name: &str) -> Option<Value> {
        class_lookup(user_class(v)?, &HashKey::Str(Rc::from(name)))
    }

    /// Call `v.name(*args)` if the class defines it.
    fn call_special(&mut self, v: &Value, name: &str, args: &[Value]) -> Option<PyResult<Value>> {
        let f = self.special(v, name)?;
        let mut full = vec![v.clone()];
        full.extend_from_slice(args);
        Some(self.call_value(&f, full))
    }

    /// `a <op> b` when either operand is a user instance.
    pub(crate) fn binary_dunder(
        &mut self,
        op: BinaryOpArg,
        a: &Value,
        b: &Value,
    ) -> PyResult<Value> {
        if op == BinaryOpArg::SUBSCR {
            if let Some(r) = self.call_special(a, "__getitem__", std::slice::from_ref(b)) {
                return r;
            }
            return crate::binary_op::binary_op(op, a, b);
        }
        let base = op.base().0 as usize;
        let Some(&(normal, reflected)) = OPERATOR_METHODS.get(base) else {
            return crate::binary_op::binary_op(op, a, b);
        };
        if op.base() != op {
            let inplace = format!("__i{}", &normal[2..]);
            if let Some(r) = self.call_special(a, &inplace, std::slice::from_ref(b)) {
                return r;
            }
        }
        if let Some(r) = self.call_special(a, normal, std::slice::from_ref(b)) {
            return r;
        }
        if let Some(r) = self.call_special(b, reflected, std::slice::from_ref(a)) {
            return r;
        }
        crate::binary_op::binary_op(op, a, b)
    }

    /// `a <op> b` for a rich comparison when either is a user instance.
    pub(crate) fn compare_dunder(
        &mut self,
        op: CompareOpArg,
        a: &Value,
        b: &Value,
    ) -> PyResult<Value> {
        let (name, swapped) = match op.op() {
            CompareOpArg::LT => ("__lt__", "__gt__"),
            CompareOpArg::LE => ("__le__", "__ge__"),
            CompareOpArg::EQ => ("__eq__", "__eq__"),
            CompareOpArg::NE => ("__ne__", "__ne__"),
            CompareOpArg::GT => ("__gt__", "__lt__"),
            _ => ("__ge__", "__le__"),
        };
        if let Some(r) = self.call_special(a, name, std::slice::from_ref(b)) {
            return r;
        }
        if let Some(r) = self.call_special(b, swapped, std::slice::from_ref(a)) {
            return r;
        }
        match op.op() {
            CompareOpArg::NE => {
                if let Some(r) = self.call_special(a, "__eq__", std::slice::from_ref(b)) {
                    let eq = crate::compare::truthy(&r?)?;
                    return Ok(Value::Bool(!eq));
                }
                Ok(Value::Bool(!a.is(b)))
            }
            CompareOpArg::EQ => Ok(Value::Bool(a.is(b))),
            _ => crate::compare::compare(op, a, b),
        }
    }

    /// `a < b` as a bool, with special methods.
    pub(crate) fn less_than(&mut self, a: &Value, b: &Value) -> PyResult<bool> {
        let lt = CompareOpArg::new(CompareOpArg::LT, false);
        if let Some(r) = crate::compare::fast_compare(lt.0, a, b) {
            return Ok(r);
        }
        let r = if is_user(a) || is_user(b) {
            self.compare_dunder(lt, a, b)?
        } else {
            crate::compare::compare(lt, a, b)?
        };
        self.truthy(&r)
    }

    /// `bool(v)`, with `__bool__` and `__len__`.
    pub(crate) fn truthy(&mut self, v: &Value) -> PyResult<bool> {
        if !is_user(v) {
            return crate::compare::truthy(v);
        }
        if let Some(r) = self.call_special(v, "__bool__", &[]) {
            return match r? {
                Value::Bool(b) => Ok(b),
                other => Err(type_error(format!(
                    "__bool__ should return bool, returned {}",
                    type_name(&other)
                ))),
            };
        }
        if let Some(r) = self.call_special(v, "__len__", &[]) {
            return crate::compare::truthy(&r?);
        }
        Ok(true)
    }

    /// `len(v)` for user instances.
    pub(crate) fn len_dunder(&mut self, v: &Value) -> Option<PyResult<Value>> {
        self.call_special(v, "__len__", &[])
    }

    /// `item in container` for user containers.
    pub(crate) fn contains_dunder(&mut self, container: &Value, item: &Value) -> PyResult<bool> {
        match self.call_special(container, "__contains__", std::slice::from_ref(item)) {
            Some(r) => crate::compare::truthy(&r?),
            None => {
                let it = self.get_iter(container)?;
                while let Some(x) = self.next(&it)? {
                    if crate::compare::eq(&x, item)? || x.is(item) {
                        return Ok(true);
                    }
                }
                Ok(false)
            }
        }
    }

    /// `container[key] = value` for user containers.
    pub(crate) fn setitem_dunder(
        &mut self,
        container: &Value,
        key: Value,
        value: Value,
    ) -> PyResult<()> {
        match self.call_special(container, "__setitem__", &[key.clone(), value.clone()]) {
            Some(r) => r.map(|_| ()),
            None => crate::subscript::store_subscr(container, key, value),
        }
    }

    /// All items of an iterable (generators and user iterables included).
    pub(crate) fn collect(&mut self, v: &Value) -> PyResult<Vec<Value>> {
        let needs_vm = is_user(v)
            || matches!(
                v.as_obj(),
                Some(crate::value::Object::Generator(_) | crate::value::Object::Iter(_))
            );
        if !needs_vm {
            return crate::iter::collect(v);
        }
        let it = self.get_iter(v)?;
        let mut out = Vec::new();
        while let Some(x) = self.next(&it)? {
            out.push(x);
        }
        Ok(out)
    }

    /// `iter(v)`, with `__iter__`.
    pub(crate) fn get_iter(&mut self, v: &Value) -> PyResult<Value> {
        if is_user(v) {
            if let Some(r) = self.call_special(v, "__iter__", &[]) {
                return r;
            }
            if self.special(v, "__getitem__").is_none() {
                return Err(type_error(format!(
                    "'{}' object is not iterable",
                    type_name(v)
                )));
            }
        }
        crate::iter::get_iter(v)
    }

    /// `next(it)`, with `__next__` (whose `StopIteration` ends iteration).
    pub(crate) fn next(&mut self, it: &Value) -> PyResult<Option<Value>> {
        match it.as_obj() {
            Some(crate::value::Object::Generator(g)) => return self.resume(g),
            Some(crate::value::Object::Iter(cell)) => {
                if matches!(&*cell.borrow(), crate::value::IterState::Lazy(_)) {
                    return crate::builtins::lazy_next(self, cell);
                }
                return crate::iter::next(it);
            }
            _ if !is_user(it) => return crate::iter::next(it),
            _ => {}
        }
        match self.call_special(it, "__next__", &[]) {
            Some(Ok(v)) => Ok(Some(v)),
            Some(Err(e)) if e.kind().is_subclass(ExcKind::StopIteration) => Ok(None),
            Some(Err(e)) => Err(e),
            None => Err(type_error(format!(
                "'{}' object is not an iterator",
                type_name(it)
            ))),
        }
    }
}
