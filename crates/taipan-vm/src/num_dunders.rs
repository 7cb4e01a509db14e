//! The operator special methods of `int`, `bool`, `float` and `complex`
//! (`(5).__add__(3)`, `float.__mul__`, `super().__add__(x)` in a
//! subclass): the same arithmetic as the operators, `NotImplemented` when
//! the other operand is not a number.

use std::rc::Rc;

use taipan_bytecode::{BinaryOpArg, CompareOpArg};

use crate::exception::{type_error, PyResult};
use crate::value::{NativeFn, Value};
use crate::Vm;

type Kw<'a> = &'a [(Rc<str>, Value)];

/// Whether `v` is a number the numeric operators accept.
fn is_number(v: &Value) -> bool {
    crate::complex::real_of(v).is_some() || crate::complex::as_complex(v).is_some()
}

/// 0 for ints and bools, 1 for floats, 2 for complex: a type's methods
/// handle operands of its own rank or lower (`int.__add__(1.5)` is
/// `NotImplemented`).
fn rank(v: &Value) -> u8 {
    match v {
        Value::Float(_) => 1,
        _ if crate::complex::as_complex(v).is_some() => 2,
        _ => 0,
    }
}

/// Whether `this`'s type can combine with `other`.
fn accepts(this: &Value, other: &Value) -> bool {
    is_number(other) && rank(other) <= rank(this)
}

/// `self <op> other` (or `other <op> self` when `reflected`).
fn apply(name: &str, args: &[Value], op: BinaryOpArg, reflected: bool) -> PyResult<Value> {
    let [this, other] = args else {
        return Err(type_error(format!(
            "expected 1 argument, got {}",
            args.len().saturating_sub(1)
        )));
    };
    let (this, other) = (
        crate::classes::payload_of(this),
        crate::classes::payload_of(other),
    );
    if !accepts(&this, &other) {
        return Ok(crate::object_type::not_implemented());
    }
    let (a, b) = if reflected {
        (&other, &this)
    } else {
        (&this, &other)
    };
    match crate::binary_op::binary_op(op, a, b) {
        Err(e) if e.kind() == crate::exception::ExcKind::TypeError && !name.is_empty() => {
            Ok(crate::object_type::not_implemented())
        }
        r => r,
    }
}

/// `self <cmp> other`, `NotImplemented` for non-numbers.
fn compare(args: &[Value], op: u32) -> PyResult<Value> {
    let [this, other] = args else {
        return Err(type_error("expected 1 argument"));
    };
    let (this, other) = (
        crate::classes::payload_of(this),
        crate::classes::payload_of(other),
    );
    if !accepts(&this, &other) {
        return Ok(crate::object_type::not_implemented());
    }
    match crate::compare::compare(CompareOpArg(op << 5), &this, &other) {
        Err(e) if e.kind() == crate::exception::ExcKind::TypeError => {
            Ok(crate::object_type::not_implemented())
        }
        r => r,
    }
}

macro_rules! binary_dunders {
    ($( $rust:ident, $py:literal, $op:ident, $reflected:expr; )*) => {
        $(
            fn $rust(_: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
                apply($py, args, BinaryOpArg::$op, $reflected)
            }
        )*
        /// The binary operator methods.
        const BINARY: &[(&str, NativeFn)] = &[$( ($py, $rust) ),*];
    };
}

binary_dunders! {
    add, "__add__", ADD, false; radd, "__radd__", ADD, true;
    sub, "__sub__", SUBTRACT, false; rsub, "__rsub__", SUBTRACT, true;
    mul, "__mul__", MULTIPLY, false; rmul, "__rmul__", MULTIPLY, true;
    truediv, "__truediv__", TRUE_DIVIDE, false; rtruediv, "__rtruediv__", TRUE_DIVIDE, true;
    floordiv, "__floordiv__", FLOOR_DIVIDE, false; rfloordiv, "__rfloordiv__", FLOOR_DIVIDE, true;
    modulo, "__mod__", REMAINDER, false; rmodulo, "__rmod__", REMAINDER, true;
    power, "__pow__", POWER, false; rpower, "__rpow__", POWER, true;
    and, "__and__", AND, false; rand, "__rand__", AND, true;
    or, "__or__", OR, false; ror, "__ror__", OR, true;
    xor, "__xor__", XOR, false; rxor, "__rxor__", XOR, true;
    lshift, "__lshift__", LSHIFT, false; rlshift, "__rlshift__", LSHIFT, true;
    rshift, "__rshift__", RSHIFT, false; rrshift, "__rrshift__", RSHIFT, true;
}

macro_rules! compare_dunders {
    ($( $rust:ident, $py:literal, $op:ident; )*) => {
        $(
            fn $rust(_: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
                compare(args, CompareOpArg::$op)
            }
        )*
        /// The rich comparison methods.
        const COMPARE: &[(&str, NativeFn)] = &[$( ($py, $rust) ),*];
    };
}

compare_dunders! {
    lt, "__lt__", LT; le, "__le__", LE; eq, "__eq__", EQ;
    ne, "__ne__", NE; gt, "__gt__", GT; ge, "__ge__", GE;
}

fn neg(_: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    crate::binary_op::negative(&crate::classes::payload_of(
        args.first().unwrap_or(&Value::None),
    ))
}

fn pos(_: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    let v = crate::classes::payload_of(args.first().unwrap_or(&Value::None));
    crate::binary_op::intrinsic1(5, v)
}

fn invert(_: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    crate::binary_op::invert(&crate::classes::payload_of(
        args.first().unwrap_or(&Value::None),
    ))
}

fn bool_(_: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    let v = crate::classes::payload_of(args.first().unwrap_or(&Value::None));
    crate::compare::truthy(&v).map(Value::Bool)
}

fn divmod_(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    divmod_dunder(vm, args, false)
}

fn rdivmod_(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    divmod_dunder(vm, args, true)
}

/// `__divmod__` (or, `reflected`, `__rdivmod__`): `NotImplemented` for
/// an operand of another kind.
fn divmod_dunder(vm: &mut Vm, args: &[Value], reflected: bool) -> PyResult<Value> {
    let [this, other] = args else {
        return Err(type_error("expected 1 argument"));
    };
    if !accepts(
        &crate::classes::payload_of(this),
        &crate::classes::payload_of(other),
    ) {
        return Ok(crate::object_type::not_implemented());
    }
    if reflected {
        crate::num_builtins::divmod_values(vm, other, this)
    } else {
        crate::num_builtins::divmod_values(vm, this, other)
    }
}

const UNARY: &[(&str, NativeFn)] = &[
    ("__neg__", neg),
    ("__pos__", pos),
    ("__invert__", invert),
    ("__bool__", bool_),
    ("__divmod__", divmod_),
    ("__rdivmod__", rdivmod_),
];

/// The operator method `name` of a number of rank `kind` (0 int, 1
/// float, 2 complex), if that type has it.
pub(crate) fn find(name: &str, kind: u8) -> Option<(&'static str, NativeFn)> {
    if !name.starts_with("__") {
        return None;
    }
    let bits = ["and__", "or__", "xor__", "lshift__", "rshift__", "invert__"];
    let int_only = bits.iter().any(|b| name.ends_with(b));
    let real_only = ["floordiv__", "mod__", "divmod__"]
        .iter()
        .any(|b| name.ends_with(b));
    if (int_only && kind > 0) || (real_only && kind > 1) {
        return None;
    }
    BINARY
        .iter()
        .chain(COMPARE)
        .chain(UNARY)
        .find(|(n, _)| *n == name)
        .copied()
}
