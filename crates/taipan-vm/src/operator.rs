//! `_operator`: the native half of `operator` — `itemgetter`,
//! `attrgetter` and `methodcaller` (callable objects, `Object::Getter`,
//! typed `TypeKind::Iterator(name)` in module `operator`) and the
//! operator functions (`add`, `lt`, `getitem`, ...) as built-ins that run
//! the operation as the interpreter's instructions do (fast paths first,
//! then special methods). `operator.py` re-exports them.

use std::rc::Rc;

use taipan_bytecode::{BinaryOpArg, CompareOpArg};

use crate::dict::Dict;
use crate::exception::{type_error, PyResult};
use crate::types::TypeKind;
use crate::value::{NativeFn, Object, Value};
use crate::Vm;

type Kw<'a> = &'a [(Rc<str>, Value)];

/// A callable made by `itemgetter`, `attrgetter` or `methodcaller`.
#[derive(Debug)]
pub enum GetterObj {
    /// `itemgetter(*items)`
    Item(Vec<Value>),
    /// `attrgetter(*names)`: each name split at its dots.
    Attr(Vec<Vec<Rc<str>>>),
    /// `methodcaller(name, *args, **kwargs)`
    Method {
        /// The method name.
        name: Rc<str>,
        /// Positional arguments.
        args: Vec<Value>,
        /// Keyword arguments.
        kwargs: Vec<(Rc<str>, Value)>,
    },
}

impl GetterObj {
    /// The type name.
    pub(crate) fn name(&self) -> &'static str {
        match self {
            GetterObj::Item(_) => "itemgetter",
            GetterObj::Attr(_) => "attrgetter",
            GetterObj::Method { .. } => "methodcaller",
        }
    }

    /// Visit the values it holds.
    pub(crate) fn traverse(&self, each: &mut dyn FnMut(&Value)) {
        match self {
            GetterObj::Item(items) => items.iter().for_each(each),
            GetterObj::Attr(_) => {}
            GetterObj::Method { args, kwargs, .. } => {
                args.iter().for_each(&mut *each);
                kwargs.iter().for_each(|(_, v)| each(v));
            }
        }
    }
}

/// `itemgetter(...)`, `attrgetter(...)`, `methodcaller(...)`.
pub(crate) fn construct(name: &str, args: &[Value], kw: Kw) -> PyResult<Value> {
    let getter = match name {
        "itemgetter" | "attrgetter" => {
            if !kw.is_empty() {
                return Err(type_error(format!("{name}() takes no keyword arguments")));
            }
            if args.is_empty() {
                return Err(type_error(format!("{name} expected 1 argument, got 0")));
            }
            if name == "itemgetter" {
                GetterObj::Item(args.to_vec())
            } else {
                let mut names = Vec::with_capacity(args.len());
                for a in args {
                    let Some(s) = a.as_str() else {
                        return Err(type_error("attribute name must be a string"));
                    };
                    names.push(s.split('.').map(Rc::from).collect());
                }
                GetterObj::Attr(names)
            }
        }
        _ => {
            let Some((first, rest)) = args.split_first() else {
                return Err(type_error(
                    "methodcaller needs at least one argument, the method name",
                ));
            };
            let Some(method) = first.as_str() else {
                return Err(type_error("method name must be a string"));
            };
            GetterObj::Method {
                name: Rc::from(method),
                args: rest.to_vec(),
                kwargs: kw.to_vec(),
            }
        }
    };
    Ok(Value::obj(Object::Getter(Box::new(getter))))
}

/// Calling a getter with `obj`.
pub(crate) fn call(vm: &mut Vm, g: &GetterObj, args: &[Value], kw: Kw) -> PyResult<Value> {
    let obj = match (args, kw.is_empty()) {
        ([obj], true) => obj,
        (_, false) => {
            return Err(type_error(format!(
                "{}() takes no keyword arguments",
                g.name()
            )))
        }
        _ => {
            return Err(type_error(format!(
                "{} expected 1 argument, got {}",
                g.name(),
                args.len()
            )))
        }
    };
    match g {
        GetterObj::Item(items) => match items.as_slice() {
            [key] => binop(vm, BinaryOpArg::SUBSCR, obj, key),
            _ => {
                let mut out = Vec::with_capacity(items.len());
                for key in items {
                    out.push(binop(vm, BinaryOpArg::SUBSCR, obj, key)?);
                }
                Ok(Value::tuple(out))
            }
        },
        GetterObj::Attr(names) => match names.as_slice() {
            [dotted] => resolve(vm, obj, dotted),
            _ => {
                let mut out = Vec::with_capacity(names.len());
                for dotted in names {
                    out.push(resolve(vm, obj, dotted)?);
                }
                Ok(Value::tuple(out))
            }
        },
        GetterObj::Method { name, args, kwargs } => {
            let method = vm.getattr(obj, name)?;
            vm.call_with_kwargs(&method, args.clone(), kwargs.clone())
        }
    }
}

fn resolve(vm: &mut Vm, obj: &Value, dotted: &[Rc<str>]) -> PyResult<Value> {
    let mut v = obj.clone();
    for name in dotted {
        v = vm.getattr(&v, name)?;
    }
    Ok(v)
}

/// `repr()` of a getter: `operator.itemgetter(1, 'a')`.
pub(crate) fn repr(vm: &mut Vm, g: &GetterObj) -> PyResult<String> {
    let mut parts = Vec::new();
    match g {
        GetterObj::Item(items) => {
            for v in items {
                parts.push(vm.repr_of(v)?);
            }
        }
        GetterObj::Attr(names) => {
            for dotted in names {
                parts.push(crate::modules::quote(&dotted.join(".")));
            }
        }
        GetterObj::Method { name, args, kwargs } => {
            parts.push(crate::modules::quote(name));
            for v in args {
                parts.push(vm.repr_of(v)?);
            }
            for (k, v) in kwargs {
                parts.push(format!("{k}={}", vm.repr_of(v)?));
            }
        }
    }
    Ok(format!("operator.{}({})", g.name(), parts.join(", ")))
}

/// `a <op> b` as the `BINARY_OP` instruction runs it.
pub(crate) fn binop(vm: &mut Vm, op: BinaryOpArg, a: &Value, b: &Value) -> PyResult<Value> {
    if let Some(r) = crate::binary_op::fast_binary_op(op.0, a, b) {
        return Ok(r);
    }
    let user = crate::dunder::is_user(a) || crate::dunder::is_user(b);
    if op == BinaryOpArg::SUBSCR && !crate::dunder::is_user(a) {
        let key = vm.canon_key(a, b.clone())?;
        if user {
            return vm.binary_dunder(op, a, &key);
        }
        return vm.container_binary_op(op, a, &key);
    }
    if user {
        return vm.binary_dunder(op, a, b);
    }
    if op == BinaryOpArg::REMAINDER {
        if let Some(text) = a.as_str() {
            return crate::str_format::percent_format(vm, text, b);
        }
    }
    vm.container_binary_op(op, a, b)
}

/// `a <op> b` as the `COMPARE_OP` instruction runs it.
pub(crate) fn compare(vm: &mut Vm, op: u32, a: &Value, b: &Value) -> PyResult<Value> {
    let arg = CompareOpArg::new(op, false);
    if let Some(r) = crate::compare::fast_compare(arg.0, a, b) {
        return Ok(Value::Bool(r));
    }
    if crate::dunder::is_user(a) || crate::dunder::is_user(b) {
        return vm.compare_dunder(arg, a, b);
    }
    if crate::dunder::is_sequence(a) && crate::dunder::is_sequence(b) {
        return vm.sequence_compare(arg, a, b);
    }
    if crate::user_keys::holds_user_keys(a) || crate::user_keys::holds_user_keys(b) {
        return vm.keyed_compare(arg, a, b);
    }
    crate::compare::compare(arg, a, b)
}

/// The two arguments of a binary operator function.
fn two<'a>(name: &str, args: &'a [Value], kw: Kw) -> PyResult<(&'a Value, &'a Value)> {
    if !kw.is_empty() {
        return Err(type_error(format!(
            "_operator.{name}() takes no keyword arguments"
        )));
    }
    match args {
        [a, b] => Ok((a, b)),
        _ => Err(type_error(format!(
            "{name} expected 2 arguments, got {}",
            args.len()
        ))),
    }
}

macro_rules! binary_fns {
    ($($fname:ident, $name:literal, $op:ident;)*) => {
        $(
            fn $fname(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
                let (a, b) = two($name, args, kw)?;
                binop(vm, BinaryOpArg::$op, a, b)
            }
        )*
        /// The binary operator functions.
        const BINARY: &[(&str, NativeFn)] = &[$(($name, $fname)),*];
    };
}

binary_fns! {
    add, "add", ADD;
    sub, "sub", SUBTRACT;
    mul, "mul", MULTIPLY;
    truediv, "truediv", TRUE_DIVIDE;
    floordiv, "floordiv", FLOOR_DIVIDE;
    modulo, "mod", REMAINDER;
    pow, "pow", POWER;
    matmul, "matmul", MATRIX_MULTIPLY;
    lshift, "lshift", LSHIFT;
    rshift, "rshift", RSHIFT;
    and_, "and_", AND;
    or_, "or_", OR;
    xor, "xor", XOR;
    getitem, "getitem", SUBSCR;
}

macro_rules! compare_fns {
    ($($fname:ident, $name:literal, $op:ident;)*) => {
        $(
            fn $fname(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
                let (a, b) = two($name, args, kw)?;
                compare(vm, CompareOpArg::$op, a, b)
            }
        )*
        /// The comparison functions.
        const COMPARE: &[(&str, NativeFn)] = &[$(($name, $fname)),*];
    };
}

compare_fns! {
    lt, "lt", LT;
    le, "le", LE;
    eq, "eq", EQ;
    ne, "ne", NE;
    ge, "ge", GE;
    gt, "gt", GT;
}

fn is_(_: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let (a, b) = two("is_", args, kw)?;
    Ok(Value::Bool(a.is(b)))
}

fn is_not(_: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let (a, b) = two("is_not", args, kw)?;
    Ok(Value::Bool(!a.is(b)))
}

fn contains(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let (a, b) = two("contains", args, kw)?;
    let r = if crate::dunder::is_user(a) {
        vm.contains_dunder(a, b)?
    } else if crate::dunder::is_sequence(a) {
        vm.sequence_contains(a, b)?
    } else {
        let key = vm.canon_key(a, b.clone())?;
        crate::compare::contains(a, &key)?
    };
    Ok(Value::Bool(r))
}

/// Fill the `_operator` module namespace.
pub(crate) fn init(d: &mut Dict) {
    crate::modules::add_functions(d, BINARY);
    crate::modules::add_functions(d, COMPARE);
    crate::modules::add_functions(
        d,
        &[("is_", is_), ("is_not", is_not), ("contains", contains)],
    );
    for name in ["itemgetter", "attrgetter", "methodcaller"] {
        crate::modules::set(d, name, Value::obj(Object::Type(TypeKind::Iterator(name))));
    }
}

/// `functools.reduce(function, iterable[, initial])`.
fn reduce(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let mut initial = args.get(2).cloned();
    if args.len() < 2 {
        return Err(type_error(format!(
            "reduce() takes at least 2 positional arguments ({} given)",
            args.len()
        )));
    }
    for (k, v) in kw {
        if &**k != "initial" || args.len() > 2 {
            return Err(type_error(format!(
                "reduce() got an unexpected keyword argument '{k}'"
            )));
        }
        initial = Some(v.clone());
    }
    if args.len() + kw.len() > 3 {
        return Err(type_error(format!(
            "reduce() takes at most 3 arguments ({} given)",
            args.len() + kw.len()
        )));
    }
    let (f, iterable) = (&args[0], &args[1]);
    let it = vm.get_iter(iterable).map_err(|e| {
        if e.kind() == crate::exception::ExcKind::TypeError {
            type_error("reduce() arg 2 must support iteration")
        } else {
            e
        }
    })?;
    let mut acc = match initial {
        Some(v) => v,
        None => match vm.next(&it)? {
            Some(v) => v,
            None => {
                return Err(type_error(
                    "reduce() of empty iterable with no initial value",
                ))
            }
        },
    };
    while let Some(x) = vm.next(&it)? {
        acc = vm.call_value(f, vec![acc, x])?;
    }
    Ok(acc)
}

/// Fill the `_functools` module namespace (`reduce`).
pub(crate) fn init_functools(d: &mut Dict) {
    crate::modules::add_functions(d, &[("reduce", reduce)]);
}
