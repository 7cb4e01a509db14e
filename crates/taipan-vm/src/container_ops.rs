//! Operators on containers that need the VM or mutate in place: set
//! operators, `dict | dict` and `|=`, the set operators of dict views,
//! `list += iterable` and `*=` (which keep the list's identity), and the
//! size checks of sequence repetition. Called by `BINARY_OP` after its
//! fast paths; anything else goes on to `binary_op::binary_op`.

use num_traits::ToPrimitive;
use taipan_bytecode::BinaryOpArg;

use crate::exception::{ExcKind, PyErr, PyResult};
use crate::value::{Object, Value};
use crate::Vm;

/// Repetitions whose result would hold more than this many bytes of
/// values raise `MemoryError` up front (as a failed allocation would).
const MAX_REPEAT_BYTES: u128 = 1 << 34;

impl Vm<'_> {
    /// `a <op> b` for the container cases, else the generic operation.
    pub(crate) fn container_binary_op(
        &mut self,
        op: BinaryOpArg,
        a: &Value,
        b: &Value,
    ) -> PyResult<Value> {
        if let Some(r) = container_op(self, op, a, b) {
            return r;
        }
        crate::binary_op::binary_op(op, a, b)
    }
}

fn container_op(vm: &mut Vm, op: BinaryOpArg, a: &Value, b: &Value) -> Option<PyResult<Value>> {
    let inplace = op != op.base() && op != BinaryOpArg::SUBSCR;
    if op.base() == BinaryOpArg::MULTIPLY && matches!(b.as_obj(), Some(Object::Deque(_))) {
        return crate::deque::binary_op(vm, op.base(), b, a, false);
    }
    match (op.base(), a.as_obj()?) {
        (BinaryOpArg::ADD | BinaryOpArg::MULTIPLY, Object::Deque(_)) => {
            crate::deque::binary_op(vm, op.base(), a, b, inplace)
        }
        (BinaryOpArg::SUBSCR, Object::Type(t)) if crate::generic_alias::is_generic(*t) => {
            Some(crate::generic_alias::call_helper(vm, "generic_alias", a, b))
        }
        (BinaryOpArg::SUBSCR, Object::TypeAlias(_)) => {
            Some(crate::generic_alias::call_helper(vm, "generic_alias", a, b))
        }
        (BinaryOpArg::OR, Object::TypeAlias(_)) if crate::generic_alias::is_type_operand(b) => {
            Some(crate::generic_alias::call_helper(vm, "union", a, b))
        }
        (BinaryOpArg::OR, Object::Type(_)) if crate::generic_alias::is_type_operand(b) => {
            Some(crate::generic_alias::call_helper(vm, "union", a, b))
        }
        (BinaryOpArg::MULTIPLY, _) => repeat_check(a, b).map(Err).or_else(|| {
            if inplace {
                list_repeat_in_place(a, b)
            } else {
                None
            }
        }),
        (BinaryOpArg::ADD, Object::List(items)) if inplace => {
            let more = match b.as_obj() {
                Some(Object::List(other)) => other.borrow().clone(),
                _ => match vm.collect(b) {
                    Ok(v) => v,
                    Err(e) => return Some(Err(e)),
                },
            };
            items.borrow_mut().extend(more);
            Some(Ok(a.clone()))
        }
        (BinaryOpArg::ADD, Object::Tuple(_)) if !matches!(b.as_obj(), Some(Object::Tuple(_))) => {
            Some(Err(crate::exception::type_error(format!(
                "can only concatenate tuple (not \"{}\") to tuple",
                crate::types::type_name(b)
            ))))
        }
        (_, Object::Set(_)) => crate::set_methods::set_binary_op(vm, op, a, b),
        (BinaryOpArg::OR, Object::Dict(_)) => crate::dict_methods::dict_or(vm, inplace, a, b),
        (_, Object::DictView(..)) => crate::dict_methods::view_binary_op(vm, op, a, b),
        _ => crate::dict_methods::view_binary_op(vm, op, a, b),
    }
}

/// The count of a repetition `seq * n` / `n * seq`, with the sequence.
fn repetition<'v>(a: &'v Value, b: &'v Value) -> Option<(&'v Value, &'v Value)> {
    let is_seq = |v: &Value| {
        matches!(
            v.as_obj(),
            Some(Object::List(_) | Object::Tuple(_) | Object::Str(_) | Object::Bytes(_))
        )
    };
    let is_int = |v: &Value| v.as_bigint().is_some() && !matches!(v, Value::Float(_));
    if is_seq(a) && is_int(b) {
        Some((a, b))
    } else if is_seq(b) && is_int(a) {
        Some((b, a))
    } else {
        None
    }
}

/// The error of a repetition too big to make: a count beyond 64 bits is
/// an `OverflowError`, a result too large a `MemoryError`.
fn repeat_check(a: &Value, b: &Value) -> Option<Box<PyErr>> {
    let (seq, n) = repetition(a, b)?;
    let n = n.as_bigint()?;
    let Some(n) = n.to_i64() else {
        return Some(PyErr::msg(
            ExcKind::OverflowError,
            "cannot fit 'int' into an index-sized integer",
        ));
    };
    if n <= 0 {
        return None;
    }
    let (len, item_size) = match seq.as_obj()? {
        Object::List(items) => (items.borrow().len(), 16),
        Object::Tuple(items) => (items.len(), 16),
        Object::Str(s) => (s.len(), 1),
        Object::Bytes(b) => (b.len(), 1),
        _ => return None,
    };
    let total = len as u128 * n as u128;
    if total * item_size > MAX_REPEAT_BYTES {
        if matches!(seq.as_obj()?, Object::Str(_)) && total > i64::MAX as u128 {
            return Some(PyErr::msg(
                ExcKind::OverflowError,
                "repeated string is too long",
            ));
        }
        return Some(PyErr::new(ExcKind::MemoryError, Vec::new()));
    }
    None
}

/// `list *= n`: repeat the list's own items in place.
fn list_repeat_in_place(a: &Value, b: &Value) -> Option<PyResult<Value>> {
    let Object::List(items) = a.as_obj()? else {
        return None;
    };
    let n = b.as_bigint()?.to_i64()?;
    let mut items = items.borrow_mut();
    if n <= 0 {
        let old = std::mem::take(&mut *items);
        drop(items);
        drop(old);
        return Some(Ok(a.clone()));
    }
    let once = items.clone();
    for _ in 1..n {
        items.extend(once.iter().cloned());
    }
    Some(Ok(a.clone()))
}
