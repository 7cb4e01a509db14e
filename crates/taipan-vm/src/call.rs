//! Calls: `CALL`/`CALL_KW`, argument binding, and making functions.

use std::cell::RefCell;
use std::rc::Rc;

use crate::dict::Dict;
use crate::exception::{type_error, ExcKind, PyErr, PyResult};
use crate::frame::{Frame, FrameBox};
use crate::types::type_name;
use crate::value::{Function, Object, Value};
use crate::Vm;
use taipan_bytecode::CodeFlags;

impl Vm<'_> {
    /// `CALL argc` (with keyword names for `CALL_KW`): a frame to run for
    /// a Python function, or `None` once a native call pushed its result.
    pub(crate) fn call(
        &mut self,
        frame: &mut Frame,
        argc: usize,
        kwnames: Option<Value>,
    ) -> PyResult<Option<FrameBox>> {
        if kwnames.is_none() {
            if let Some(callee) = self.fast_call(frame, argc) {
                return Ok(Some(callee));
            }
            if let Some(callee) = self.fast_class_call(frame, argc) {
                return Ok(Some(callee));
            }
            if let Some(done) = self.fast_native_call(frame, argc) {
                return done.map(|()| None);
            }
        }
        // The arguments go straight into a vector big enough to become
        // the callee's local slots (one allocation per call).
        let capacity = match frame.peek(argc + 1).as_obj() {
            Some(Object::Function(f)) => f.code.nlocals.max(argc + 1),
            _ => argc + 1,
        };
        let at = frame.stack.len().saturating_sub(argc);
        let mut args = Vec::with_capacity(capacity);
        let self_or_null = frame.peek(argc).clone();
        if !matches!(self_or_null, Value::Null) {
            args.push(self_or_null);
        }
        args.extend(frame.stack.drain(at..));
        frame.pop();
        let callable = frame.pop();
        let mut kwargs = Vec::new();
        if let Some(Object::Tuple(names)) = kwnames.as_ref().and_then(Value::as_obj) {
            let values = args.split_off(args.len() - names.len());
            for (name, value) in names.iter().zip(values) {
                kwargs.push((Rc::from(name.as_str().unwrap_or("")), value));
            }
        }
        let callee = match callable.as_obj() {
            Some(Object::Function(f)) => bind(f, args, kwargs)?,
            Some(Object::Method(func, this)) => match func.as_obj() {
                Some(Object::Function(f)) => {
                    args.insert(0, this.clone());
                    bind(f, args, kwargs)?
                }
                _ => {
                    // `types.MethodType(callable, obj)` over a non-function.
                    args.insert(0, this.clone());
                    let result = self
                        .with_native_caller(frame, |vm| vm.call_with_kwargs(func, args, kwargs))?;
                    frame.push(result);
                    return Ok(None);
                }
            },
            Some(Object::FrameBuiltin(b)) => {
                let result = (b.func)(self, Some(frame), &args, &kwargs)?;
                frame.push(result);
                return Ok(None);
            }
            _ => {
                let result =
                    self.with_native_caller(frame, |vm| vm.call_native(&callable, args, &kwargs))?;
                frame.push(result);
                return Ok(None);
            }
        };
        if crate::generator::is_generator_code(&callee) {
            frame.push(crate::generator::make_generator(callee));
            return Ok(None);
        }
        Ok(Some(callee))
    }

    /// The fast path of `CALL` for a Python function taking positional
    /// parameters only, given enough of them (defaults fill the rest): the
    /// arguments move from the caller's stack straight into the callee's
    /// local slots, in vectors reused from finished frames. `None` (with
    /// nothing changed) for every other call.
    #[inline]
    fn fast_call(&mut self, frame: &mut Frame, argc: usize) -> Option<FrameBox> {
        let func_at = frame.stack.len().checked_sub(argc + 2)?;
        let Value::Obj(callable) = &frame.stack[func_at] else {
            return None;
        };
        let Object::Function(f) = &**callable else {
            return None;
        };
        let code = &f.code;
        let has_self = !matches!(frame.stack[func_at + 1], Value::Null);
        let nargs = argc + usize::from(has_self);
        let argcount = code.obj.argcount as usize;
        if !code.simple_args || nargs > argcount || nargs + f.defaults.len() < argcount {
            return None;
        }
        let callable = callable.clone();
        let Object::Function(f) = &*callable else {
            return None;
        };
        let first = match has_self {
            true => std::mem::replace(&mut frame.stack[func_at + 1], Value::Null),
            false => Value::Null,
        };
        Some(self.frame_from_stack(frame, func_at, f, first))
    }

    /// The frame of a call of `f` checked by a fast path: its first
    /// argument `first` (unless `Null`), then the arguments above
    /// `func_at + 1` on the caller's stack (moved out, the stack cut to
    /// `func_at`), the defaults that complete them, unbound slots and the
    /// closure cells.
    #[inline]
    pub(crate) fn frame_from_stack(
        &mut self,
        frame: &mut Frame,
        func_at: usize,
        f: &Function,
        first: Value,
    ) -> FrameBox {
        let mut callee = self.pool.frame(&f.code, &f.globals);
        let locals = &mut callee.locals;
        if !matches!(first, Value::Null) {
            locals.push(first);
        }
        for v in frame.stack.get_mut(func_at + 2..).unwrap_or(&mut []) {
            locals.push(std::mem::replace(v, Value::Null));
        }
        // The caller checked `argcount - defaults.len() <= nargs <=
        // argcount`; `get` keeps a wrong caller from panicking.
        let argcount = f.code.obj.argcount as usize;
        let missing = argcount.saturating_sub(locals.len());
        let from = f.defaults.len().saturating_sub(missing);
        locals.extend_from_slice(f.defaults.get(from..).unwrap_or(&[]));
        locals.resize(f.code.nlocals.saturating_sub(f.closure.len()), Value::Null);
        locals.extend_from_slice(&f.closure);
        frame.stack.truncate(func_at);
        callee
    }

    /// The fast path of `CALL` for a built-in function or method without
    /// keywords: the arguments are passed as a slice of the caller's stack
    /// (a bound method's object and up to three arguments are copied to a
    /// small array), so the call allocates nothing. `None` (with nothing
    /// changed) for every other call.
    #[inline]
    fn fast_native_call(&mut self, frame: &mut Frame, argc: usize) -> Option<PyResult<()>> {
        let func_at = frame.stack.len().checked_sub(argc + 2)?;
        let Value::Obj(callable) = &frame.stack[func_at] else {
            return None;
        };
        let result = match &**callable {
            Object::Builtin(_) | Object::Type(_) => {
                let first = match frame.stack[func_at + 1] {
                    Value::Null => func_at + 2,
                    _ => func_at + 1,
                };
                self.call_with_slice(callable, &frame.stack[first..], &[])?
            }
            Object::BoundMethod(this, b)
                if argc <= 3 && matches!(frame.stack[func_at + 1], Value::Null) =>
            {
                let func = b.func;
                let mut args = [Value::Null, Value::Null, Value::Null, Value::Null];
                args[0] = this.clone();
                for (slot, v) in args[1..].iter_mut().zip(&mut frame.stack[func_at + 2..]) {
                    *slot = std::mem::replace(v, Value::Null);
                }
                func(self, &args[..=argc], &[])
            }
            Object::FrameBuiltin(b) => {
                let first = match frame.stack[func_at + 1] {
                    Value::Null => func_at + 2,
                    _ => func_at + 1,
                };
                (b.func)(self, Some(frame), &frame.stack[first..], &[])
            }
            _ => return None,
        };
        frame.stack.truncate(func_at);
        Some(result.map(|v| frame.push(v)))
    }

    /// `CALL_FUNCTION_EX`: spread the argument tuple and keyword dict on
    /// the stack as a `CALL`/`CALL_KW` would find them, then call.
    pub(crate) fn call_ex(&mut self, frame: &mut Frame) -> PyResult<Option<FrameBox>> {
        let kwargs = frame.pop();
        let args = frame.pop();
        let (positional, keywords) = ex_arguments(self, &args, &kwargs).map_err(|e| {
            // `f(*x)` hands `x` itself to the call.
            not_iterable_star(e, &args, &frame.peek(1).clone())
        })?;
        let n = positional.len();
        let names: Vec<Value> = keywords.iter().map(|(k, _)| Value::str(&**k)).collect();
        frame.stack.extend(positional);
        frame.stack.extend(keywords.into_iter().map(|(_, v)| v));
        let total = n + names.len();
        let kwnames = (!names.is_empty()).then(|| Value::tuple(names));
        self.call(frame, total, kwnames)
    }

    /// `UNPACK_EX`: `before` items, a list of the middle ones, `after`
    /// items, pushed so the first is on top.
    pub(crate) fn unpack_ex(
        &mut self,
        frame: &mut Frame,
        v: &Value,
        before: usize,
        after: usize,
    ) -> PyResult<()> {
        let mut items = self.collect(v)?;
        if items.len() < before + after {
            return Err(crate::exception::value_error(format!(
                "not enough values to unpack (expected at least {}, got {})",
                before + after,
                items.len()
            )));
        }
        let tail = items.split_off(items.len() - after);
        let middle = items.split_off(before);
        frame.stack.extend(tail.into_iter().rev());
        frame.push(Value::list(middle));
        frame.stack.extend(items.into_iter().rev());
        Ok(())
    }

    /// Call `callable(*args)` from native code, running a Python function
    /// to completion in a nested `run_frame`.
    pub(crate) fn call_value(&mut self, callable: &Value, args: Vec<Value>) -> PyResult<Value> {
        self.call_with_kwargs(callable, args, Vec::new())
    }

    /// [`Vm::call_value`] with keyword arguments.
    pub(crate) fn call_with_kwargs(
        &mut self,
        callable: &Value,
        mut args: Vec<Value>,
        kwargs: Vec<(Rc<str>, Value)>,
    ) -> PyResult<Value> {
        let callable = match callable.as_obj() {
            Some(Object::Method(func, this)) => {
                args.insert(0, this.clone());
                func.clone()
            }
            _ => callable.clone(),
        };
        match callable.as_obj() {
            Some(Object::Function(f)) => {
                if self.frames.len() + 2 >= self.recursion_limit {
                    return Err(PyErr::msg(
                        ExcKind::RecursionError,
                        "maximum recursion depth exceeded",
                    ));
                }
                let frame = bind(f, args, kwargs)?;
                if crate::generator::is_generator_code(&frame) {
                    return Ok(crate::generator::make_generator(frame));
                }
                self.run_boxed(frame)
            }
            _ => self.call_native(&callable, args, &kwargs),
        }
    }

    /// Call a built-in function or type, whose arguments need not be
    /// owned (the fast path passes a slice of the stack); `None` for other
    /// callables.
    #[inline]
    fn call_with_slice(
        &mut self,
        callable: &Object,
        args: &[Value],
        kwargs: &[(Rc<str>, Value)],
    ) -> Option<PyResult<Value>> {
        match callable {
            Object::Builtin(b) => Some((b.func)(self, args, kwargs)),
            Object::Type(kind) => Some(crate::object_type::call_type(self, *kind, args, kwargs)),
            Object::Getter(g) => Some(crate::operator::call(self, g, args, kwargs)),
            _ => None,
        }
    }

    /// Call anything that is not a Python function.
    fn call_native(
        &mut self,
        callable: &Value,
        mut args: Vec<Value>,
        kwargs: &[(Rc<str>, Value)],
    ) -> PyResult<Value> {
        if let Value::Obj(o) = callable {
            if let Some(r) = self.call_with_slice(o, &args, kwargs) {
                return r;
            }
        }
        match callable.as_obj() {
            Some(Object::BoundMethod(obj, b)) => {
                args.insert(0, obj.clone());
                (b.func)(self, &args, kwargs)
            }
            Some(Object::Class(_)) => crate::classes::instantiate(self, callable, args, kwargs),
            Some(Object::FrameBuiltin(b)) => (b.func)(self, None, &args, kwargs),
            Some(Object::WeakRef(w)) => crate::weakref::call(w, &args, kwargs),
            Some(Object::Instance(_)) => self.call_instance(callable, args, kwargs),
            _ => Err(type_error(format!(
                "'{}' object is not callable",
                type_name(callable)
            ))),
        }
    }
}

/// A frame for `f` with its parameters bound: positional parameters,
/// keyword-only ones, then the `*args` tuple and the `**kwargs` dict.
fn bind(f: &Function, mut args: Vec<Value>, kwargs: Vec<(Rc<str>, Value)>) -> PyResult<FrameBox> {
    let code = &f.code.obj;
    let argcount = code.argcount as usize;
    let nkwonly = code.kwonlyargcount as usize;
    let has_varargs = code.flags.0 & CodeFlags::VARARGS != 0;
    let has_varkw = code.flags.0 & CodeFlags::VARKEYWORDS != 0;
    let extra = if args.len() > argcount {
        if !has_varargs {
            return Err(too_many(
                &qualname_of(f),
                argcount,
                f.defaults.len(),
                args.len(),
            ));
        }
        args.split_off(argcount)
    } else {
        Vec::new()
    };
    args.resize(argcount + nkwonly, Value::Null);
    let mut varkw = Dict::new();
    for (key, value) in kwargs {
        let first = code.posonlyargcount as usize;
        let slot = code.varnames[first..argcount + nkwonly]
            .iter()
            .position(|v| **v == *key)
            .map(|i| i + first);
        match slot {
            None if has_varkw => varkw.set_str(&key, value),
            None if code.varnames[..first].iter().any(|v| **v == *key) => {
                let name = qualname_of(f);
                return Err(type_error(format!(
                    "{name}() got some positional-only arguments passed as keyword arguments: '{key}'"
                )));
            }
            None => {
                let name = qualname_of(f);
                return Err(type_error(format!(
                    "{name}() got an unexpected keyword argument '{key}'"
                )));
            }
            Some(i) if !matches!(args[i], Value::Null) => {
                let name = qualname_of(f);
                return Err(type_error(format!(
                    "{name}() got multiple values for argument '{key}'"
                )));
            }
            Some(i) => args[i] = value,
        }
    }
    fill_defaults(f, &mut args)?;
    if has_varargs {
        args.push(Value::tuple(extra));
    }
    if has_varkw {
        args.push(Value::obj(Object::Dict(RefCell::new(varkw))));
    }
    let mut frame = Frame::new(f.code.clone(), f.globals.clone(), args);
    let first_free = frame.locals.len() - f.closure.len();
    for (slot, cell) in frame.locals[first_free..].iter_mut().zip(&f.closure) {
        *slot = cell.clone();
    }
    Ok(Box::new(frame))
}

/// The `__qualname__` call errors show: the function's own, which
/// `functools.wraps` may have reassigned (kept in its dict).
fn qualname_of(f: &Function) -> String {
    match f
        .dict
        .borrow()
        .get(&crate::dict::HashKey::str_key("__qualname__"))
    {
        Some(v) => v.as_str().unwrap_or(&f.code.obj.qualname).to_owned(),
        None => f.code.obj.qualname.clone(),
    }
}

/// Fill unbound parameters from the defaults, or raise CPython's
/// "missing ... argument" error.
fn fill_defaults(f: &Function, args: &mut [Value]) -> PyResult<()> {
    let code = &f.code.obj;
    let argcount = code.argcount as usize;
    let first_default = argcount - f.defaults.len().min(argcount);
    let mut missing = Vec::new();
    for (i, arg) in args[..argcount].iter_mut().enumerate() {
        if matches!(arg, Value::Null) {
            match i.checked_sub(first_default).and_then(|d| f.defaults.get(d)) {
                Some(d) => *arg = d.clone(),
                None => missing.push(format!("'{}'", code.varnames[i])),
            }
        }
    }
    if !missing.is_empty() {
        return Err(missing_args(&qualname_of(f), &missing, "positional"));
    }
    for (i, arg) in args.iter_mut().enumerate().skip(argcount) {
        if matches!(arg, Value::Null) {
            let pname = &code.varnames[i];
            match f.kwdefaults.iter().find(|(k, _)| **k == **pname) {
                Some((_, d)) => *arg = d.clone(),
                None => missing.push(format!("'{pname}'")),
            }
        }
    }
    if !missing.is_empty() {
        return Err(missing_args(&qualname_of(f), &missing, "keyword-only"));
    }
    Ok(())
}

fn too_many(name: &str, argcount: usize, ndefaults: usize, given: usize) -> Box<PyErr> {
    let takes = if ndefaults > 0 {
        format!(
            "from {} to {argcount} positional arguments",
            argcount - ndefaults
        )
    } else if argcount == 1 {
        "1 positional argument".to_owned()
    } else {
        format!("{argcount} positional arguments")
    };
    let were = if given == 1 { "was" } else { "were" };
    type_error(format!("{name}() takes {takes} but {given} {were} given"))
}

fn missing_args(name: &str, missing: &[String], kind: &str) -> Box<PyErr> {
    let n = missing.len();
    let list = match n {
        1 => missing[0].clone(),
        2 => format!("{} and {}", missing[0], missing[1]),
        _ => format!("{}, and {}", missing[..n - 1].join(", "), missing[n - 1]),
    };
    let s = if n == 1 { "" } else { "s" };
    type_error(format!(
        "{name}() missing {n} required {kind} argument{s}: {list}"
    ))
}

/// `MAKE_FUNCTION`: a function from a code object.
pub(crate) fn make_function(code: Value, globals: &crate::namespace::Namespace) -> PyResult<Value> {
    match code.as_obj() {
        Some(Object::Code(c)) => Ok(Value::obj(Object::Function(Box::new(Function {
            code: c.clone(),
            globals: globals.clone(),
            defaults: Vec::new(),
            kwdefaults: Vec::new(),
            closure: Vec::new(),
            dict: RefCell::new(Dict::new()),
        })))),
        _ => Err(PyErr::msg(
            ExcKind::RuntimeError,
            "MAKE_FUNCTION needs a code object",
        )),
    }
}

/// `SET_FUNCTION_ATTRIBUTE flag`: 1 defaults, 8 closure. Functions are
/// immutable values here, so this makes a new one (the old one was only
/// on the stack).
pub(crate) fn set_function_attribute(func: Value, attr: Value, flag: u32) -> PyResult<Value> {
    let Some(Object::Function(f)) = func.as_obj() else {
        return Err(PyErr::msg(
            ExcKind::RuntimeError,
            "SET_FUNCTION_ATTRIBUTE needs a function",
        ));
    };
    let mut f = f.clone();
    let items = match attr.as_obj() {
        Some(Object::Tuple(items)) => items.clone(),
        _ => Vec::new(),
    };
    match flag {
        1 => f.defaults = items,
        2 => {
            if let Some(Object::Dict(d)) = attr.as_obj() {
                f.kwdefaults = d
                    .borrow()
                    .iter()
                    .map(|(k, v)| (Rc::from(k.as_str().unwrap_or("")), v.clone()))
                    .collect();
            }
        }
        8 => f.closure = items,
        16 => f.dict.borrow_mut().set_str(&Rc::from("__annotate__"), attr),
        _ => {}
    }
    Ok(Value::obj(Object::Function(f)))
}

/// Keyword arguments: names and values, in order.
pub(crate) type KwArgs = Vec<(Rc<str>, Value)>;

/// The positional and keyword arguments of `CALL_FUNCTION_EX`.
pub(crate) fn ex_arguments(
    vm: &mut crate::Vm,
    args: &Value,
    kwargs: &Value,
) -> PyResult<(Vec<Value>, KwArgs)> {
    let positional = match args.as_obj() {
        Some(Object::Tuple(items)) => items.clone(),
        _ => vm.collect(args)?,
    };
    let mut keywords = Vec::new();
    if let Some(Object::Dict(d)) = kwargs.as_obj() {
        for (k, v) in d.borrow().iter() {
            let Some(name) = k.as_str() else {
                return Err(type_error("keywords must be strings"));
            };
            keywords.push((Rc::from(name), v.clone()));
        }
    }
    Ok((positional, keywords))
}

/// The operand of `DICT_MERGE`/`DICT_UPDATE` as a dict: an instance of a
/// user class with `keys()` is read through `keys()` and `[]`; anything
/// else is left for [`dict_merge`] to accept or reject.
pub(crate) fn merge_operand(vm: &mut crate::Vm, other: Value) -> PyResult<Value> {
    let is_mapping = crate::classes::user_class(&other)
        .is_some_and(|c| crate::classes::lookup_str(&c, "keys").is_some());
    if !is_mapping || matches!(other.as_obj(), Some(Object::Dict(_))) {
        return Ok(other);
    }
    let d = crate::dict_methods::new_dict(Dict::new());
    crate::dict_methods::update_from(vm, &d, &other)?;
    Ok(d)
}

/// `DICT_MERGE` (keyword arguments: duplicates are an error) and
/// `DICT_UPDATE` (dict displays).
/// `callable` is the function being called (for `DICT_MERGE`'s message).
pub(crate) fn dict_merge(target: &Value, other: &Value, callable: Option<&Value>) -> PyResult<()> {
    let merge = callable.is_some();
    let (Some(Object::Dict(target)), Some(Object::Dict(other))) = (target.as_obj(), other.as_obj())
    else {
        return Err(type_error(match callable {
            Some(f) => format!(
                "{} argument after ** must be a mapping, not {}",
                function_str(f),
                type_name(other)
            ),
            None => format!("'{}' object is not a mapping", type_name(other)),
        }));
    };
    let items: Vec<(Value, Value)> = other
        .borrow()
        .iter()
        .map(|(k, v)| (k.clone(), v.clone()))
        .collect();
    for (k, v) in items {
        let key = crate::dict::HashKey::for_dict(&k)?;
        if merge && target.borrow().get(&key).is_some() {
            return Err(type_error(format!(
                "{} got multiple values for keyword argument '{}'",
                callable.map_or_else(String::new, function_str),
                k.as_str().unwrap_or("?")
            )));
        }
        target.borrow_mut().insert(key, k, v);
    }
    Ok(())
}

/// CPython's error for `f(*x)` when `x` is not iterable.
fn not_iterable_star(e: Box<PyErr>, args: &Value, callable: &Value) -> Box<PyErr> {
    reword_not_iterable(e, args, || {
        format!(
            "{} argument after * must be an iterable, not {}",
            function_str(callable),
            type_name(args)
        )
    })
}

/// `e` with its message replaced by `message()` when it is the
/// `TypeError` saying `v` is not iterable (a `*` unpacking's own wording).
pub(crate) fn reword_not_iterable(
    e: Box<PyErr>,
    v: &Value,
    message: impl FnOnce() -> String,
) -> Box<PyErr> {
    let not_iterable = format!("'{}' object is not iterable", type_name(v));
    match e.value.as_obj() {
        Some(Object::Exception(x))
            if x.kind == ExcKind::TypeError
                && x.args.borrow().first().and_then(Value::as_str)
                    == Some(not_iterable.as_str()) =>
        {
            type_error(message())
        }
        _ => e,
    }
}

/// How CPython names a callable in call errors: `module.qualname()` for
/// Python functions, `name()` for built-ins.
fn function_str(callable: &Value) -> String {
    match callable.as_obj() {
        Some(Object::Function(f)) => {
            let module = f
                .globals
                .borrow()
                .get(&crate::dict::HashKey::Str(Rc::from("__name__")))
                .and_then(|v| v.as_str().map(str::to_owned))
                .unwrap_or_default();
            format!("{module}.{}()", f.code.obj.qualname)
        }
        Some(Object::Builtin(b)) => format!("{}()", b.name),
        Some(Object::FrameBuiltin(b)) => format!("{}()", b.name),
        _ => format!("{}()", type_name(callable)),
    }
}
