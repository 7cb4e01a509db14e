//! Special methods of user classes: operators (`__add__`, `__radd__`,
//! `__iadd__`, ...) with `NotImplemented` fallbacks, rich comparisons,
//! `__getitem__`/`__setitem__`, `__contains__`, `__len__`, `__bool__`,
//! unary operators and numeric conversions, and the iterator protocol
//! (`__iter__`, `__next__` raising `StopIteration`).
//!
//! The dispatch loop calls these only when an operand is an instance of a
//! user class (or a class, whose metaclass may define them), so built-in
//! types keep their fast paths. An instance of a subclass of a built-in
//! type that does not define a method falls back to its payload.

use std::rc::Rc;

use taipan_bytecode::{BinaryOpArg, CompareOpArg};

use crate::classes::{has_payload, lookup_str, payload_of, user_class};
use crate::exception::{type_error, ExcKind, PyErr, PyResult};
use crate::object_type::is_not_implemented;
use crate::types::{type_name, TypeKind};
use crate::value::{Object, Value};
use crate::Vm;

/// The method names of each `NB_*` operator: (normal, reflected, symbol).
const OPERATOR_METHODS: [(&str, &str, &str); 13] = [
    ("__add__", "__radd__", "+"),
    ("__and__", "__rand__", "&"),
    ("__floordiv__", "__rfloordiv__", "//"),
    ("__lshift__", "__rlshift__", "<<"),
    ("__matmul__", "__rmatmul__", "@"),
    ("__mul__", "__rmul__", "*"),
    ("__mod__", "__rmod__", "%"),
    ("__or__", "__ror__", "|"),
    ("__pow__", "__rpow__", "**"),
    ("__rshift__", "__rrshift__", ">>"),
    ("__sub__", "__rsub__", "-"),
    ("__truediv__", "__rtruediv__", "/"),
    ("__xor__", "__rxor__", "^"),
];

/// Whether `v` is an instance of a user class, or a class.
pub(crate) fn is_user(v: &Value) -> bool {
    match v.as_obj() {
        Some(Object::Instance(_) | Object::Class(_)) => true,
        Some(Object::Exception(e)) => e.class.is_some(),
        _ => false,
    }
}

/// Whether `v` is a list or a tuple (whose items may be user instances
/// compared through their special methods).
pub(crate) fn is_sequence(v: &Value) -> bool {
    matches!(
        v.as_obj(),
        Some(Object::List(_) | Object::Tuple(_) | Object::Deque(_))
    )
}

/// Whether `==` on `v` may need Python code: a user instance, a list or
/// tuple holding one (looking `depth` levels down), a dict or set with
/// user keys.
pub(crate) fn needs_vm_eq(v: &Value, depth: u32) -> bool {
    if is_user(v) || crate::user_keys::holds_user_keys(v) {
        return true;
    }
    match v.as_obj() {
        // Only reads happen while the list is borrowed.
        Some(Object::List(items)) => match items.try_borrow() {
            Ok(items) => items.iter().any(|x| needs_vm_item(x, depth)),
            Err(_) => true,
        },
        Some(Object::Tuple(items)) => items.iter().any(|x| needs_vm_item(x, depth)),
        _ => false,
    }
}

/// [`needs_vm_eq`] for an item found `depth` levels down (deeper ones
/// are assumed to need it).
fn needs_vm_item(x: &Value, depth: u32) -> bool {
    match x.as_obj() {
        Some(Object::Instance(_) | Object::Class(_) | Object::Exception(_)) => is_user(x),
        Some(Object::List(_) | Object::Tuple(_) | Object::Dict(_) | Object::Set(_)) => {
            depth == 0 || needs_vm_eq(x, depth - 1)
        }
        _ => false,
    }
}

/// The items of a list or tuple.
fn items_of(v: &Value) -> Vec<Value> {
    match v.as_obj() {
        Some(Object::List(items)) => items.borrow().clone(),
        Some(Object::Tuple(items)) => items.clone(),
        _ => Vec::new(),
    }
}

/// The class whose special methods apply to `v`: an instance's class, or
/// a class's user metaclass.
fn special_class(v: &Value) -> Option<Value> {
    match v.as_obj()? {
        Object::Class(c) => match c.metaclass.as_obj() {
            Some(Object::Class(_)) => Some(c.metaclass.clone()),
            _ => None,
        },
        _ => user_class(v),
    }
}

/// An "unsupported operand" or "not supported between instances" error
/// raised on the payloads of subclass instances names the instances'
/// classes, as CPython does.
fn name_operands(e: Box<PyErr>, a: &Value, b: &Value) -> Box<PyErr> {
    let message = match e.value.as_obj() {
        Some(Object::Exception(obj)) if obj.kind == ExcKind::TypeError => obj
            .args
            .borrow()
            .first()
            .and_then(|m| m.as_str().map(str::to_owned)),
        _ => None,
    };
    let Some(message) = message.filter(|m| {
        m.starts_with("unsupported operand") || m.contains("not supported between instances")
    }) else {
        return e;
    };
    let (pa, pb) = (type_name(&payload_of(a)), type_name(&payload_of(b)));
    let from = format!("'{pa}' and '{pb}'");
    let to = format!("'{}' and '{}'", type_name(a), type_name(b));
    type_error(message.replace(&from, &to))
}

impl Vm<'_> {
    /// The special method `name` of `v`'s class, if defined.
    pub(crate) fn special(&self, v: &Value, name: &str) -> Option<Value> {
        lookup_str(&special_class(v)?, name)
    }

    /// Call `v.name(*args)` if the class defines it.
    pub(crate) fn call_special(
        &mut self,
        v: &Value,
        name: &str,
        args: &[Value],
    ) -> Option<PyResult<Value>> {
        let f = self.special(v, name)?;
        Some(self.call_method_value(&f, v, args))
    }

    /// Call the class attribute `f` as a method of `v`.
    fn call_method_value(&mut self, f: &Value, v: &Value, args: &[Value]) -> PyResult<Value> {
        let mut full = Vec::with_capacity(args.len() + 1);
        match f.as_obj() {
            Some(Object::StaticMethod(f)) => {
                full.extend_from_slice(args);
                return self.call_value(f, full);
            }
            Some(Object::ClassMethod(f)) => {
                full.push(crate::classes::type_value(v));
                full.extend_from_slice(args);
                return self.call_value(f, full);
            }
            // any other descriptor: its `__get__` gives the callable
            Some(Object::Instance(d)) => {
                if let Some(get) = d.lookup("__get__") {
                    let class = crate::classes::type_value(v);
                    let bound = self.call_value(&get, vec![f.clone(), v.clone(), class])?;
                    return self.call_value(&bound, args.to_vec());
                }
            }
            _ => {}
        }
        full.push(v.clone());
        full.extend_from_slice(args);
        self.call_value(f, full)
    }

    /// `a <op> b` when either operand is a user instance.
    pub(crate) fn binary_dunder(
        &mut self,
        op: BinaryOpArg,
        a: &Value,
        b: &Value,
    ) -> PyResult<Value> {
        if op == BinaryOpArg::SUBSCR {
            return self.subscr_dunder(a, b);
        }
        if op == BinaryOpArg::OR
            && crate::generic_alias::is_type_operand(a)
            && crate::generic_alias::is_type_operand(b)
        {
            return crate::generic_alias::call_helper(self, "union", a, b);
        }
        let base = op.base().0 as usize;
        let Some(&(normal, reflected, symbol)) = OPERATOR_METHODS.get(base) else {
            return crate::binary_op::binary_op(op, a, b);
        };
        if op.base() != op {
            let inplace = format!("__i{}", &normal[2..]);
            if let Some(r) = self.call_special(a, &inplace, std::slice::from_ref(b)) {
                let r = r?;
                if !is_not_implemented(&r) {
                    return Ok(r);
                }
            }
        }
        if let Some(r) = self.try_pair(a, b, normal, reflected, true)? {
            return Ok(r);
        }
        if op.base() == BinaryOpArg::REMAINDER && payload_of(a).as_str().is_some() {
            let text = payload_of(a);
            return crate::str_format::percent_format(
                self,
                text.as_str().unwrap_or(""),
                &payload_of(b),
            );
        }
        if has_payload(a) || has_payload(b) || !(is_user(a) || is_user(b)) {
            let (pa, pb) = (payload_of(a), payload_of(b));
            if crate::deque::deque_value(&pa)
                .or(crate::deque::deque_value(&pb))
                .is_some()
            {
                return self.container_binary_op(op.base(), &pa, &pb);
            }
            return crate::binary_op::binary_op(op.base(), &pa, &pb)
                .map_err(|e| name_operands(e, a, b));
        }
        if op.base() == BinaryOpArg::MULTIPLY {
            let seq = |v: &Value| {
                matches!(
                    v.as_obj(),
                    Some(Object::Str(_) | Object::List(_) | Object::Tuple(_) | Object::Bytes(_))
                )
            };
            if seq(a) && self.special(b, "__index__").is_some() {
                let n = self.index_of(b)?;
                return crate::binary_op::binary_op(op.base(), a, &n);
            }
            if seq(b) && self.special(a, "__index__").is_some() {
                let n = self.index_of(a)?;
                return crate::binary_op::binary_op(op.base(), &n, b);
            }
            if seq(a) || seq(b) {
                let other = if seq(a) { b } else { a };
                return Err(type_error(format!(
                    "can't multiply sequence by non-int of type '{}'",
                    type_name(other)
                )));
            }
        }
        let symbol = if op.base() != op {
            format!("{symbol}=")
        } else if symbol == "**" {
            "** or pow()".to_owned()
        } else {
            symbol.to_owned()
        };
        Err(type_error(format!(
            "unsupported operand type(s) for {symbol}: '{}' and '{}'",
            type_name(a),
            type_name(b)
        )))
    }

    /// `a.normal(b)`, then `b.reflected(a)` (first when `b`'s class is a
    /// subclass of `a`'s overriding it); `None` if both are missing or
    /// return `NotImplemented`. Operators (`skip_same`) do not try the
    /// reflected method of operands of the same type; comparisons do.
    fn try_pair(
        &mut self,
        a: &Value,
        b: &Value,
        normal: &str,
        reflected: &str,
        skip_same: bool,
    ) -> PyResult<Option<Value>> {
        let ta = crate::classes::type_value(a);
        let tb = crate::classes::type_value(b);
        let same = ta.is(&tb);
        let fa = self
            .special(a, normal)
            .or_else(|| builtin_method(a, normal));
        let fb = if same && skip_same {
            None
        } else {
            self.special(b, reflected)
                .or_else(|| builtin_method(b, reflected))
        };
        // The reflected method goes first only for a proper subclass; for
        // a binary operator (`skip_same`), only if the subclass overrides
        // it (CPython's comparison slot does not look).
        let b_first = fb.is_some()
            && !same
            && crate::classes::is_subclass(&tb, &ta)
            && (!skip_same || self.overrides(a, fb.as_ref(), reflected));
        let mut order = vec![(fa, a, b), (fb, b, a)];
        if b_first {
            order.swap(0, 1);
        }
        for (f, this, other) in order {
            if let Some(f) = f {
                let r = self.call_method_value(&f, this, std::slice::from_ref(other))?;
                if !is_not_implemented(&r) {
                    return Ok(Some(r));
                }
            }
        }
        Ok(None)
    }

    /// Whether `method` (the reflected method found on the right operand)
    /// differs from what `a`'s type has under that name.
    fn overrides(&mut self, a: &Value, method: Option<&Value>, name: &str) -> bool {
        let own = self.special(a, name).or_else(|| builtin_method(a, name));
        !own.as_ref().zip(method).is_some_and(|(x, y)| x.is(y))
    }

    /// `a[b]` when either is a user instance or a class.
    fn subscr_dunder(&mut self, a: &Value, b: &Value) -> PyResult<Value> {
        if let Some(Object::Type(t)) = a.as_obj() {
            // `list[Alias]`: a generic alias over an alias object.
            if crate::generic_alias::is_generic(*t) {
                return crate::generic_alias::call_helper(self, "generic_alias", a, b);
            }
        }
        if let Some(r) = self.call_special(a, "__getitem__", std::slice::from_ref(b)) {
            return r;
        }
        if let Some(Object::Class(c)) = a.as_obj() {
            return match lookup_str(a, "__class_getitem__") {
                Some(Value::Obj(f)) if matches!(&*f, Object::ClassMethod(_)) => {
                    let Object::ClassMethod(f) = &*f else {
                        return Ok(Value::None);
                    };
                    self.call_value(f, vec![a.clone(), b.clone()])
                }
                Some(f) => self.call_value(&f, vec![b.clone()]),
                None => Err(type_error(format!(
                    "type '{}' is not subscriptable",
                    c.name
                ))),
            };
        }
        if has_payload(a) {
            return self.getitem_payload(a, b);
        }
        let b = self.index_value(b)?;
        crate::binary_op::binary_op(BinaryOpArg::SUBSCR, a, &b)
    }

    /// `a[b]` on a payload instance's built-in value, with `__missing__`
    /// for dict subclasses.
    pub(crate) fn getitem_payload(&mut self, a: &Value, b: &Value) -> PyResult<Value> {
        let payload = payload_of(a);
        let key = match payload.as_obj() {
            // User-hashed keys are found as in a plain dict.
            Some(Object::Dict(_)) => self.canon_key(&payload, b.clone())?,
            _ => self.index_value(b)?,
        };
        match crate::binary_op::binary_op(BinaryOpArg::SUBSCR, &payload, &key) {
            Err(e) if e.kind() == ExcKind::KeyError => match self.special(a, "__missing__") {
                Some(f) => self.call_method_value(&f, a, std::slice::from_ref(b)),
                None => Err(e),
            },
            other => other,
        }
    }

    /// A subscript key: a user instance with `__index__` becomes its int.
    fn index_value(&mut self, key: &Value) -> PyResult<Value> {
        if user_class(key).is_none() {
            return Ok(key.clone());
        }
        if let Some(r) = self.call_special(key, "__index__", &[]) {
            return r;
        }
        Ok(payload_of(key))
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
        if let Some(r) = self.try_pair(a, b, name, swapped, false)? {
            return Ok(r);
        }
        if has_payload(a) || has_payload(b) {
            let (pa, pb) = (payload_of(a), payload_of(b));
            // items of the built-in values compare with their own
            // special methods (`L([x]) == L([y])` calls `x.__eq__`)
            let r = if is_sequence(&pa) && is_sequence(&pb) {
                self.sequence_compare(op, &pa, &pb)
            } else if crate::user_keys::holds_user_keys(&pa)
                || crate::user_keys::holds_user_keys(&pb)
            {
                self.keyed_compare(op, &pa, &pb)
            } else {
                crate::compare::compare(op, &pa, &pb)
            };
            return r.map_err(|e| name_operands(e, a, b));
        }
        match op.op() {
            CompareOpArg::NE => {
                if let Some(r) = self.call_special(a, "__eq__", std::slice::from_ref(b)) {
                    let r = r?;
                    if !is_not_implemented(&r) {
                        return Ok(Value::Bool(!self.truthy(&r)?));
                    }
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
        } else if is_sequence(a) && is_sequence(b) {
            // Tuples of user objects (sort keys) compare item by item.
            self.sequence_compare(lt, a, b)?
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
        if self.special(v, "__len__").is_some() {
            let n = self.len_of(v)?;
            return crate::compare::truthy(&n);
        }
        if has_payload(v) {
            return crate::compare::truthy(&payload_of(v));
        }
        Ok(true)
    }

    /// `len(v)` for user instances: `__len__`, checked as CPython does.
    pub(crate) fn len_dunder(&mut self, v: &Value) -> Option<PyResult<Value>> {
        if !is_user(v) {
            return None;
        }
        let Some(r) = self.call_special(v, "__len__", &[]) else {
            if has_payload(v) {
                return Some(self.len_of(&payload_of(v)));
            }
            return Some(Err(type_error(format!(
                "object of type '{}' has no len()",
                type_name(v)
            ))));
        };
        Some(r.and_then(|n| self.check_len(n)))
    }

    /// The result of `__len__` as a non-negative int.
    fn check_len(&mut self, n: Value) -> PyResult<Value> {
        let n = match n {
            Value::Int(_) | Value::Bool(_) => n,
            Value::Obj(ref o) if matches!(&**o, Object::BigInt(_)) => {
                let negative = n
                    .as_bigint()
                    .is_some_and(|b| b.sign() == num_bigint::Sign::Minus);
                if negative {
                    return Err(crate::exception::value_error(
                        "__len__() should return >= 0",
                    ));
                }
                return Err(PyErr::msg(
                    ExcKind::OverflowError,
                    "cannot fit 'int' into an index-sized integer",
                ));
            }
            other if user_class(&other).is_some() => self.index_of(&other)?,
            other => {
                return Err(type_error(format!(
                    "'{}' object cannot be interpreted as an integer",
                    type_name(&other)
                )))
            }
        };
        match n {
            Value::Int(i) if i < 0 => Err(crate::exception::value_error(
                "__len__() should return >= 0",
            )),
            Value::Bool(b) => Ok(Value::Int(i64::from(b))),
            n => Ok(n),
        }
    }

    /// `operator.index(v)`: an int, or `v.__index__()`.
    pub(crate) fn index_of(&mut self, v: &Value) -> PyResult<Value> {
        if let Some(r) = self.call_special(v, "__index__", &[]) {
            let r = r?;
            if r.as_bigint().is_none() || matches!(r, Value::Float(_)) {
                return Err(type_error(format!(
                    "__index__ returned non-int (type {})",
                    type_name(&r)
                )));
            }
            return Ok(r);
        }
        let p = payload_of(v);
        match p {
            Value::Int(_) | Value::Bool(_) => Ok(p),
            _ if matches!(p.as_obj(), Some(Object::BigInt(_))) => Ok(p),
            _ => Err(type_error(format!(
                "'{}' object cannot be interpreted as an integer",
                type_name(v)
            ))),
        }
    }

    /// A unary operator (`-`, `+`, `~`) on a user instance.
    pub(crate) fn unary_dunder(&mut self, v: &Value, which: u8) -> PyResult<Value> {
        let (name, symbol) = match which {
            b'-' => ("__neg__", "-"),
            b'+' => ("__pos__", "+"),
            _ => ("__invert__", "~"),
        };
        if let Some(r) = self.call_special(v, name, &[]) {
            return r;
        }
        if has_payload(v) {
            let p = payload_of(v);
            return match which {
                b'-' => crate::binary_op::negative(&p),
                b'+' => crate::binary_op::intrinsic1(5, p),
                _ => crate::binary_op::invert(&p),
            };
        }
        Err(type_error(format!(
            "bad operand type for unary {symbol}: '{}'",
            type_name(v)
        )))
    }

    /// `abs(v)` / `round(v, n)` on a user instance; `None` if `v` is not
    /// one.
    pub(crate) fn numeric_dunder(
        &mut self,
        v: &Value,
        name: &str,
        args: &[Value],
    ) -> Option<PyResult<Value>> {
        user_class(v)?;
        if let Some(r) = self.call_special(v, name, args) {
            return Some(r);
        }
        if has_payload(v) {
            return None;
        }
        Some(Err(type_error(match name {
            "__abs__" => format!("bad operand type for abs(): '{}'", type_name(v)),
            _ => format!("type {} doesn't define {name} method", type_name(v)),
        })))
    }

    /// `item in container` for user containers.
    pub(crate) fn contains_dunder(&mut self, container: &Value, item: &Value) -> PyResult<bool> {
        match self.call_special(container, "__contains__", std::slice::from_ref(item)) {
            Some(r) => {
                let r = r?;
                self.truthy(&r)
            }
            None if has_payload(container) => {
                let payload = payload_of(container);
                match payload.as_obj() {
                    Some(Object::Deque(_)) => self.sequence_contains(&payload, item),
                    Some(Object::Dict(_) | Object::Set(_))
                        if crate::user_keys::has_user_eq_hash(item)
                            || crate::user_keys::has_user_keys(&payload) =>
                    {
                        let key = self.canon_key(&payload, item.clone())?;
                        crate::compare::contains(&payload, &key)
                    }
                    Some(Object::List(_) | Object::Tuple(_)) => {
                        self.sequence_contains(&payload, item)
                    }
                    _ => crate::compare::contains(&payload, &payload_of(item)),
                }
            }
            None => {
                let it = self.get_iter(container).map_err(|e| {
                    if e.kind() == ExcKind::TypeError {
                        type_error(format!(
                            "argument of type '{}' is not a container or iterable",
                            type_name(container)
                        ))
                    } else {
                        e
                    }
                })?;
                while let Some(x) = self.next(&it)? {
                    if x.is(item) || self.equal(&x, item)? {
                        return Ok(true);
                    }
                }
                Ok(false)
            }
        }
    }

    /// Calling an instance: its class's `__call__`.
    pub(crate) fn call_instance(
        &mut self,
        callable: &Value,
        mut args: Vec<Value>,
        kwargs: &[(Rc<str>, Value)],
    ) -> PyResult<Value> {
        match self.special(callable, "__call__") {
            Some(f) => {
                args.insert(0, callable.clone());
                self.call_with_kwargs(&f, args, kwargs.to_vec())
            }
            None => Err(type_error(format!(
                "'{}' object is not callable",
                type_name(callable)
            ))),
        }
    }

    /// `item in seq` for a list or tuple, comparing user instances
    /// through `__eq__`.
    pub(crate) fn sequence_contains(&mut self, seq: &Value, item: &Value) -> PyResult<bool> {
        if let Some(Object::Deque(d)) = seq.as_obj() {
            return crate::deque::contains(self, d, item);
        }
        let user_item = needs_vm_eq(item, 8);
        for x in items_of(seq) {
            let found = if x.is(item) {
                true
            } else if user_item || needs_vm_item(&x, 8) {
                self.equal(&x, item)?
            } else {
                crate::compare::eq(&x, item)?
            };
            if found {
                return Ok(true);
            }
        }
        Ok(false)
    }

    /// Comparing two lists or tuples whose items include user instances
    /// (lexicographically, items through their special methods).
    pub(crate) fn sequence_compare(
        &mut self,
        op: CompareOpArg,
        a: &Value,
        b: &Value,
    ) -> PyResult<Value> {
        if let Some(r) = crate::deque::compare(self, op, a, b)? {
            return Ok(r);
        }
        let (xs, ys) = (items_of(a), items_of(b));
        let same_kind = std::mem::discriminant(a.as_obj().unwrap_or(&Object::NotImplemented))
            == std::mem::discriminant(b.as_obj().unwrap_or(&Object::NotImplemented));
        if !same_kind || !xs.iter().chain(ys.iter()).any(|v| needs_vm_item(v, 8)) {
            return crate::compare::compare(op, a, b);
        }
        for (x, y) in xs.iter().zip(ys.iter()) {
            if x.is(y) || self.equal(x, y)? {
                continue;
            }
            return match op.op() {
                CompareOpArg::EQ => Ok(Value::Bool(false)),
                CompareOpArg::NE => Ok(Value::Bool(true)),
                _ => {
                    let r = self.compare_dunder(op, x, y)?;
                    Ok(Value::Bool(self.truthy(&r)?))
                }
            };
        }
        let (n, m) = (xs.len(), ys.len());
        Ok(Value::Bool(match op.op() {
            CompareOpArg::LT => n < m,
            CompareOpArg::LE => n <= m,
            CompareOpArg::EQ => n == m,
            CompareOpArg::NE => n != m,
            CompareOpArg::GT => n > m,
            _ => n >= m,
        }))
    }

    /// `a == b` as a bool, with special methods.
    pub(crate) fn equal(&mut self, a: &Value, b: &Value) -> PyResult<bool> {
        let eq = CompareOpArg::new(CompareOpArg::EQ, false);
        if is_user(a) || is_user(b) {
            let r = self.compare_dunder(eq, a, b)?;
            return self.truthy(&r);
        }
        // Containers holding user instances compare them through their
        // `__eq__`, at any depth.
        if is_sequence(a) && is_sequence(b) {
            let r = crate::depth::nested(" in comparison", || self.sequence_compare(eq, a, b))?;
            return self.truthy(&r);
        }
        if crate::user_keys::holds_user_keys(a) || crate::user_keys::holds_user_keys(b) {
            let r = crate::depth::nested(" in comparison", || self.keyed_compare(eq, a, b))?;
            return self.truthy(&r);
        }
        crate::compare::eq(a, b)
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
            None if has_payload(container) => {
                let payload = payload_of(container);
                let key = self.canon_key(&payload, key)?;
                crate::subscript::store_subscr(&payload, key, value)
            }
            None => Err(type_error(format!(
                "'{}' object does not support item assignment",
                type_name(container)
            ))),
        }
    }

    /// `del container[key]` for user containers.
    pub(crate) fn delitem_dunder(&mut self, container: &Value, key: &Value) -> PyResult<()> {
        match self.call_special(container, "__delitem__", std::slice::from_ref(key)) {
            Some(r) => r.map(|_| ()),
            None if has_payload(container) => {
                let payload = payload_of(container);
                let key = self.canon_key(&payload, key.clone())?;
                crate::subscript::delete_subscr(&payload, &key)
            }
            None => Err(type_error(format!(
                "'{}' object doesn't support item deletion",
                type_name(container)
            ))),
        }
    }

    /// All items of an iterable (generators and user iterables included).
    pub(crate) fn collect(&mut self, v: &Value) -> PyResult<Vec<Value>> {
        let needs_vm =
            is_user(v) || matches!(v.as_obj(), Some(Object::Generator(_) | Object::Iter(_)));
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

    /// `iter(v)`, with `__iter__` (or `__getitem__` from index 0).
    pub(crate) fn get_iter(&mut self, v: &Value) -> PyResult<Value> {
        if is_user(v) {
            if let Some(r) = self.call_special(v, "__iter__", &[]) {
                return r;
            }
            if has_payload(v) {
                return crate::iter::get_iter(&payload_of(v));
            }
            if self.special(v, "__getitem__").is_none() {
                return Err(type_error(format!(
                    "'{}' object is not iterable",
                    type_name(v)
                )));
            }
            return Ok(Value::obj(Object::Iter(std::cell::RefCell::new(
                crate::value::IterState::Derived("iterator", index_iter_state(v), 0),
            ))));
        }
        crate::iter::get_iter(v)
    }

    /// `next(it)`, with `__next__` (whose `StopIteration` ends iteration).
    pub(crate) fn next(&mut self, it: &Value) -> PyResult<Option<Value>> {
        match it.as_obj() {
            Some(Object::Generator(g)) => return self.resume(g),
            Some(Object::Iter(cell)) => {
                if matches!(&*cell.borrow(), crate::value::IterState::Lazy(_)) {
                    return crate::builtins::lazy_next(self, cell);
                }
                if let Some(r) = self.next_by_index(it) {
                    return r;
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

    /// The next item of an iterator over `__getitem__` (0, 1, ... until
    /// `IndexError` or `StopIteration`); `None` if `it` is not one.
    fn next_by_index(&mut self, it: &Value) -> Option<PyResult<Option<Value>>> {
        let Some(Object::Iter(state)) = it.as_obj() else {
            return None;
        };
        let (target, index) = match &*state.borrow() {
            crate::value::IterState::Derived("iterator", holder, i) => match &**holder {
                Object::Tuple(items) => (items.first().cloned()?, *i),
                _ => return None,
            },
            _ => return None,
        };
        let r = self.call_special(&target, "__getitem__", &[Value::Int(index as i64)])?;
        if let crate::value::IterState::Derived(_, _, i) = &mut *state.borrow_mut() {
            *i += 1;
        }
        Some(match r {
            Ok(v) => Ok(Some(v)),
            Err(e)
                if e.kind().is_subclass(ExcKind::IndexError)
                    || e.kind().is_subclass(ExcKind::StopIteration) =>
            {
                Ok(None)
            }
            Err(e) => Err(e),
        })
    }
}

impl Vm<'_> {
    /// The arguments with user instances replaced by their `__index__`.
    pub(crate) fn index_args(&mut self, args: &[Value]) -> PyResult<Vec<Value>> {
        let mut out = Vec::with_capacity(args.len());
        for a in args {
            out.push(if user_class(a).is_some() {
                self.index_of(a)?
            } else {
                a.clone()
            });
        }
        Ok(out)
    }

    /// `format(v, spec)` for a user instance: `__format__`, else the
    /// payload's formatting, else `str(v)` for an empty spec.
    pub(crate) fn format_dunder(&mut self, v: &Value, spec: &Value) -> PyResult<Value> {
        if let Some(r) = self.call_special(v, "__format__", std::slice::from_ref(spec)) {
            let r = r?;
            if payload_of(&r).as_str().is_none() {
                return Err(type_error(format!(
                    "__format__ must return a str, not {}",
                    type_name(&r)
                )));
            }
            return Ok(payload_of(&r));
        }
        let text = spec.as_str().unwrap_or("");
        if has_payload(v) && (text.is_empty() || self.special(v, "__str__").is_none()) {
            if text.is_empty() {
                return Ok(Value::str(self.str_of(v)?));
            }
            let p = payload_of(v);
            return crate::str_format::format_with(self, &p, text).map(Value::str);
        }
        if !text.is_empty() {
            return Err(type_error(format!(
                "unsupported format string passed to {}.__format__",
                type_name(v)
            )));
        }
        Ok(Value::str(self.str_of(v)?))
    }
}

/// The holder of a `__getitem__` iterator: a one-item tuple of the
/// object.
fn index_iter_state(v: &Value) -> Rc<Object> {
    Rc::new(Object::Tuple(vec![v.clone()]))
}

/// A special method of a built-in value that a user instance's operand
/// may fall back on: none (the payload fallback covers built-ins).
fn builtin_method(_: &Value, _: &str) -> Option<Value> {
    None
}

/// `int(v)` / `float(v)` for a user instance: `__int__`/`__float__`, then
/// `__index__`, then the payload.
pub(crate) fn convert_number(vm: &mut Vm, kind: TypeKind, v: &Value) -> PyResult<Value> {
    let (name, what) = match kind {
        TypeKind::Int => ("__int__", "int"),
        _ => ("__float__", "float"),
    };
    if let Some(r) = vm.call_special(v, name, &[]) {
        let r = r?;
        let ok = match kind {
            TypeKind::Int => {
                matches!(r, Value::Int(_) | Value::Bool(_))
                    || matches!(r.as_obj(), Some(Object::BigInt(_)))
            }
            _ => matches!(r, Value::Float(_)),
        };
        if !ok {
            return Err(type_error(format!(
                "{name} returned non-{what} (type {})",
                type_name(&r)
            )));
        }
        return Ok(r);
    }
    if vm.special(v, "__index__").is_some() {
        let i = vm.index_of(v)?;
        return crate::builtins::construct(vm, kind, &[i], &[]);
    }
    if has_payload(v) {
        return crate::builtins::construct(vm, kind, &[payload_of(v)], &[]);
    }
    Err(type_error(match kind {
        TypeKind::Int => format!(
            "int() argument must be a string, a bytes-like object or a real number, not '{}'",
            type_name(v)
        ),
        _ => format!(
            "float() argument must be a string or a real number, not '{}'",
            type_name(v)
        ),
    }))
}
