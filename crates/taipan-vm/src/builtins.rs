//! The `builtins` namespace: functions, types and exception classes.
//! The functions live in the files of their family under `builtins/`
//! (iterators, reductions, I/O, introspection); conversions and the
//! calling of types stay here.

mod dir;
mod dir_tables;
mod exec;
mod frame;
mod introspect;
mod io;
mod iterators;
mod reduce;
mod type_dict;
mod types_new;

pub(crate) use frame::{has_hidden_locals, locals_snapshot};
pub(crate) use introspect::is_callable;
pub(crate) use introspect::unhashable_part;
pub(crate) use iterators::LazyIter;
pub(crate) use iterators::{keywords, lazy_next};
pub(crate) use reduce::eq_vm;

use std::rc::Rc;

use num_traits::Signed;

use crate::dict::Dict;
use crate::exception::{type_error, value_error, ExcKind, PyErr, PyResult};
use crate::types::{type_name, type_of, TypeKind};
use crate::value::{Builtin, NativeFn, Object, Value};
use crate::{iter, Vm};

type Kw<'a> = &'a [(Rc<str>, Value)];

/// The builtins dict.
pub(crate) fn make_builtins() -> Dict {
    let mut d = Dict::new();
    let functions: &[(&'static str, NativeFn)] = &[
        ("print", io::print),
        ("input", io::input),
        ("open", io::open),
        ("exit", crate::modules::sys_exit),
        ("quit", crate::modules::sys_exit),
        ("bin", bin),
        ("hex", hex),
        ("oct", oct),
        ("map", iterators::map),
        ("filter", iterators::filter),
        ("staticmethod", staticmethod),
        ("classmethod", classmethod),
        ("property", property),
        ("getattr", getattr),
        ("hasattr", hasattr),
        ("setattr", setattr),
        ("delattr", introspect::delattr),
        ("next", iterators::next),
        ("anext", crate::coro::anext_builtin),
        ("aiter", crate::coro::aiter_builtin),
        ("iter", iterators::iter),
        ("super", super_),
        ("callable", introspect::callable),
        ("id", introspect::id),
        ("ascii", introspect::ascii),
        ("format", introspect::format),
        ("enumerate", iterators::enumerate),
        ("zip", iterators::zip),
        ("sorted", reduce::sorted),
        ("reversed", iterators::reversed),
        ("any", reduce::any),
        ("all", reduce::all),
        ("chr", chr),
        ("ord", ord),
        ("len", len),
        ("repr", repr),
        ("min", reduce::min),
        ("max", reduce::max),
        ("sum", reduce::sum),
        ("compile", exec::compile),
        ("breakpoint", introspect::breakpoint),
    ];
    for &(name, func) in functions {
        d.set_str(
            &Rc::from(name),
            Value::obj(Object::Builtin(Builtin { name, func })),
        );
    }
    frame::register(&mut d);
    d.set_str(&Rc::from("__name__"), Value::str("builtins"));
    d.set_str(&Rc::from("Ellipsis"), crate::types::ellipsis());
    crate::object_type::register(&mut d);
    let types = [
        TypeKind::Int,
        TypeKind::Float,
        TypeKind::Str,
        TypeKind::Bytes,
        TypeKind::ByteArray,
        TypeKind::MemoryView,
        TypeKind::Bool,
        TypeKind::List,
        TypeKind::Tuple,
        TypeKind::Dict,
        TypeKind::Set,
        TypeKind::FrozenSet,
        TypeKind::Range,
        TypeKind::Slice,
        TypeKind::Type,
    ];
    for t in types.into_iter().chain(
        ExcKind::ALL
            .iter()
            .filter(|k| k.is_builtin())
            .map(|&k| TypeKind::Exception(k)),
    ) {
        d.set_str(&Rc::from(t.name()), Value::obj(Object::Type(t)));
    }
    crate::num_builtins::register(&mut d);
    d
}

fn one_arg<'v>(name: &str, args: &'v [Value]) -> PyResult<&'v Value> {
    match args {
        [a] => Ok(a),
        _ => Err(type_error(format!(
            "{name}() takes exactly one argument ({} given)",
            args.len()
        ))),
    }
}

fn len(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    vm.len_of(one_arg("len", args)?)
}

impl Vm<'_> {
    /// `len(v)`.
    pub(crate) fn len_of(&mut self, v: &Value) -> PyResult<Value> {
        len_impl(self, v)
    }
}

fn len_impl(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    if let Some(r) = vm.len_dunder(v) {
        return r;
    }
    let n = match v.as_obj() {
        Some(Object::Str(s)) => s.char_len(),
        Some(Object::Bytes(b)) => b.len(),
        Some(Object::ByteArray(b)) => b.borrow().len(),
        Some(Object::MemoryView(_)) => crate::memoryview::len(v)?,
        Some(Object::Deque(d)) => d.len(),
        Some(Object::List(l)) => l.borrow().len(),
        Some(Object::Tuple(t)) => t.len(),
        Some(Object::Dict(d)) => d.borrow().len(),
        Some(Object::Set(set)) => set.borrow().len(),
        Some(Object::Range(..)) => iter::range_len(v) as usize,
        Some(Object::BigRange(r)) => return crate::big_range::len(r),
        Some(Object::DictView(kind, d)) => kind.items(d).len(),
        _ => {
            return Err(type_error(format!(
                "object of type '{}' has no len()",
                type_name(v)
            )))
        }
    };
    Ok(Value::Int(n as i64))
}

fn repr(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    Ok(Value::str(vm.repr_of(one_arg("repr", args)?)?))
}

fn chr(_: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    match one_arg("chr", args)? {
        Value::Int(i) => u32::try_from(*i)
            .ok()
            .and_then(char::from_u32)
            .map(|c| Value::str(c.to_string()))
            .ok_or_else(|| value_error("chr() arg not in range(0x110000)")),
        v => Err(type_error(format!(
            "'{}' object cannot be interpreted as an integer",
            type_name(v)
        ))),
    }
}

fn ord(_: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    let v = one_arg("ord", args)?;
    let Some(s) = v.as_str() else {
        return Err(type_error(format!(
            "ord() expected string of length 1, but {} found",
            type_name(v)
        )));
    };
    let mut chars = s.chars();
    match (chars.next(), chars.next()) {
        (Some(c), None) => Ok(Value::Int(i64::from(u32::from(c)))),
        _ => Err(type_error(format!(
            "ord() expected a character, but string of length {} found",
            s.chars().count()
        ))),
    }
}

fn staticmethod(_: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    Ok(Value::obj(Object::StaticMethod(
        one_arg("staticmethod", args)?.clone(),
    )))
}

fn classmethod(_: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    Ok(Value::obj(Object::ClassMethod(
        one_arg("classmethod", args)?.clone(),
    )))
}

/// `property(fget=None, fset=None)`.
fn property(_: &mut Vm, args: &[Value], kwargs: Kw) -> PyResult<Value> {
    let mut fget = args.first().cloned().unwrap_or(Value::None);
    let mut fset = args.get(1).cloned().unwrap_or(Value::None);
    for (k, v) in kwargs {
        match &**k {
            "fget" => fget = v.clone(),
            "fset" => fset = v.clone(),
            _ => {}
        }
    }
    Ok(Value::obj(Object::Property(fget, fset)))
}

fn attr_name<'a>(args: &'a [Value], fname: &str) -> PyResult<&'a str> {
    match args.get(1) {
        Some(v) => v.as_str().ok_or_else(|| {
            type_error(format!(
                "attribute name must be string, not '{}'",
                type_name(v)
            ))
        }),
        None => Err(type_error(format!(
            "{fname} expected at least 2 arguments, got {}",
            args.len()
        ))),
    }
}

/// `getattr(obj, name[, default])`.
fn getattr(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    let name = attr_name(args, "getattr")?;
    match (vm.getattr(&args[0], name), args.get(2)) {
        (Ok(v), _) => Ok(v),
        (Err(e), Some(default)) if e.kind().is_subclass(ExcKind::AttributeError) => {
            Ok(default.clone())
        }
        (Err(e), _) => Err(e),
    }
}

/// `hasattr(obj, name)`.
fn hasattr(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    let name = attr_name(args, "hasattr")?;
    match vm.getattr(&args[0], name) {
        Ok(_) => Ok(Value::Bool(true)),
        Err(e) if e.kind().is_subclass(ExcKind::AttributeError) => Ok(Value::Bool(false)),
        Err(e) => Err(e),
    }
}

/// `setattr(obj, name, value)`.
fn setattr(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    let name = attr_name(args, "setattr")?;
    let value = args
        .get(2)
        .ok_or_else(|| type_error(format!("setattr expected 3 arguments, got {}", args.len())))?;
    vm.store_attr_op(args[0].clone(), name, value.clone())?;
    Ok(Value::None)
}

/// `super` called other than as `super().name` in a method (which
/// compiles to `LOAD_SUPER_ATTR` and never calls this).
fn super_(_: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    Err(PyErr::msg(
        ExcKind::RuntimeError,
        if args.is_empty() {
            "super(): no arguments"
        } else {
            "taipan supports only super().name inside methods so far"
        },
    ))
}

/// Calling a type: `int(x)`, `str(x)`, `ValueError("msg")`, ...
pub(crate) fn construct(vm: &mut Vm, kind: TypeKind, args: &[Value], kw: Kw) -> PyResult<Value> {
    if let Some(v) = crate::bytearray::construct_text(vm, kind, args, kw) {
        return v;
    }
    let first = args.first();
    Ok(match (kind, first) {
        (TypeKind::Exception(k), _) if crate::exception_group::is_group_kind(k) => {
            crate::exception_group::new_group(k, args)?
        }
        (TypeKind::Exception(k), _) if k.is_subclass(crate::exception::ExcKind::OSError) => {
            // `.into()`: the variant may hold the object boxed or not.
            #[allow(clippy::useless_conversion)]
            let exc = crate::modules::os_error_new(k, args).into();
            Value::obj(Object::Exception(exc))
        }
        (TypeKind::Exception(k), _) => Value::obj(Object::Exception(Box::new(
            crate::exception::ExceptionObj::new(k, args.to_vec()),
        ))),
        (TypeKind::Int, _) => crate::num_builtins::int_new(vm, args, kw)?,
        (TypeKind::Float, _) => crate::num_builtins::float_new(vm, args, kw)?,
        (TypeKind::Complex, _) => crate::num_builtins::complex_new(vm, args, kw)?,
        (TypeKind::Str, None) => Value::str(""),
        (TypeKind::Str, Some(v)) => Value::str(vm.str_of(v)?),
        (TypeKind::Bool, None) => Value::Bool(false),
        (TypeKind::Bool, Some(v)) => Value::Bool(vm.truthy(v)?),
        (TypeKind::List, None) => Value::list(Vec::new()),
        (TypeKind::List, Some(v)) => Value::list(vm.collect(v)?),
        (TypeKind::Tuple, None) => Value::tuple(Vec::new()),
        (TypeKind::Tuple, Some(v)) => Value::tuple(vm.collect(v)?),
        (TypeKind::Set | TypeKind::FrozenSet, _) => set_construct(vm, kind, args, kw)?,
        (TypeKind::Dict, _) => crate::dict_methods::construct(vm, args, kw)?,
        (TypeKind::Deque, _) => crate::deque::construct(vm, args, kw)?,
        (TypeKind::Range, _) => range(&vm.index_args(args)?)?,
        (TypeKind::Module, _) => types_new::new_module(args, kw)?,
        (TypeKind::NoneType, None) if kw.is_empty() => Value::None,
        (TypeKind::Ellipsis, None) if kw.is_empty() => crate::types::ellipsis(),
        (TypeKind::NotImplementedType, None) if kw.is_empty() => {
            crate::object_type::not_implemented()
        }
        (TypeKind::NoneType | TypeKind::Ellipsis | TypeKind::NotImplementedType, _) => {
            let shown = match kind {
                TypeKind::Ellipsis => "EllipsisType",
                _ => kind.name(),
            };
            return Err(type_error(format!("{shown} takes no arguments")));
        }
        (TypeKind::Method, _) => types_new::new_method(args, kw)?,
        (TypeKind::Iterator(name), _) if crate::itertools::is_native(name) => {
            crate::itertools_new::construct(vm, name, args, kw)?
        }
        (TypeKind::Function, _) => crate::annotations::new_function(args, kw)?,
        (TypeKind::Slice, _) => crate::slices::construct(args, kw)?,
        (TypeKind::Type, Some(v)) if args.len() == 1 => match crate::classes::user_class(v) {
            Some(class) => class.clone(),
            None => Value::obj(Object::Type(type_of(v))),
        },
        _ => {
            return Err(type_error(format!(
                "cannot create '{}' instances",
                kind.name()
            )))
        }
    })
}

/// `set(iterable)` / `frozenset(iterable)`.
fn set_construct(vm: &mut Vm, kind: TypeKind, args: &[Value], kw: Kw) -> PyResult<Value> {
    if !kw.is_empty() {
        return Err(type_error(format!(
            "{}() takes no keyword arguments",
            kind.name()
        )));
    }
    if args.len() > 1 {
        return Err(type_error(format!(
            "{} expected at most 1 argument, got {}",
            kind.name(),
            args.len()
        )));
    }
    let frozen = kind == TypeKind::FrozenSet;
    if let (true, Some(v)) = (frozen, args.first()) {
        if crate::set_methods::as_set(v).is_some_and(|s| s.borrow().frozen) {
            return Ok(v.clone());
        }
    }
    let mut set = match args.first() {
        Some(v) => crate::set_methods::to_set(vm, v)?,
        None => Default::default(),
    };
    set.frozen = frozen;
    Ok(crate::set_methods::new_set(set))
}

fn radix_text(args: &[Value], name: &str, prefix: &str, radix: u32) -> PyResult<Value> {
    let v = one_arg(name, args)?;
    let Some(n) = v.as_bigint().filter(|_| !matches!(v, Value::Float(_))) else {
        return Err(type_error(format!(
            "'{}' object cannot be interpreted as an integer",
            type_name(v)
        )));
    };
    let sign = if n.is_negative() { "-" } else { "" };
    Ok(Value::str(format!(
        "{sign}{prefix}{}",
        n.abs().to_str_radix(radix)
    )))
}

fn bin(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    radix_text(&vm.index_args(args)?, "bin", "0b", 2)
}

fn hex(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    radix_text(&vm.index_args(args)?, "hex", "0x", 16)
}

fn oct(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    radix_text(&vm.index_args(args)?, "oct", "0o", 8)
}

/// An int argument of `range` (after `__index__`).
fn range_arg(v: &Value) -> PyResult<num_bigint::BigInt> {
    match v {
        Value::Float(_) => None,
        _ => v.as_bigint(),
    }
    .ok_or_else(|| {
        type_error(format!(
            "'{}' object cannot be interpreted as an integer",
            type_name(v)
        ))
    })
}

/// `range(stop)`, `range(start, stop[, step])`: unboxed `i64` bounds
/// when they fit (the common case, no big-int work), else a big range.
fn range(args: &[Value]) -> PyResult<Value> {
    let small = |v: &Value| match v {
        Value::Int(i) => Some(*i),
        Value::Bool(b) => Some(i64::from(*b)),
        _ => None,
    };
    let fast = match args {
        [stop] => small(stop).map(|b| (0, b, 1)),
        [start, stop] => small(start).zip(small(stop)).map(|(a, b)| (a, b, 1)),
        [start, stop, step] => match (small(start), small(stop), small(step)) {
            (Some(a), Some(b), Some(c)) => Some((a, b, c)),
            _ => None,
        },
        [] => return Err(type_error("range expected at least 1 argument, got 0")),
        _ => {
            return Err(type_error(format!(
                "range expected at most 3 arguments, got {}",
                args.len()
            )))
        }
    };
    if let Some((start, stop, step)) = fast {
        // The length fits `i64` unless the bounds are more than
        // `i64::MAX` apart with a step of one.
        let span = (i128::from(stop) - i128::from(start)).abs();
        if step != 0 && (step.abs() > 1 || span <= i128::from(i64::MAX)) {
            return Ok(Value::obj(Object::Range(start, stop, step)));
        }
    }
    let one = num_bigint::BigInt::from(1);
    let (start, stop, step) = match args {
        [stop] => (num_bigint::BigInt::from(0), range_arg(stop)?, one),
        [start, stop] => (range_arg(start)?, range_arg(stop)?, one),
        [start, stop, step] => (range_arg(start)?, range_arg(stop)?, range_arg(step)?),
        _ => return Err(type_error("range expected at least 1 argument, got 0")),
    };
    if num_traits::Zero::is_zero(&step) {
        return Err(value_error("range() arg 3 must not be zero"));
    }
    Ok(crate::big_range::make(start, stop, step))
}
