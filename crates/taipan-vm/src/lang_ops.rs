//! The instructions of `yield from`/`await`, `async for`, `except*`,
//! mapping patterns and type parameters, kept out of the dispatch loop's
//! file: `Vm::execute` hands them all to [`Vm::lang_op`].

use taipan_bytecode::Opcode;

use crate::exception::{type_error, ExcKind, PyErr, PyResult};
use crate::frame::Frame;
use crate::generator::{as_generator, stop_value, GenKind, Step};
use crate::value::{Object, Value};
use crate::Vm;

impl Vm<'_> {
    /// Execute one of the instructions listed in the module doc.
    pub(crate) fn lang_op(&mut self, frame: &mut Frame, op: Opcode, arg: u32) -> PyResult<()> {
        match op {
            Opcode::Send => {
                let value = frame.pop();
                let sub = frame.peek(0).clone();
                match self.send_to(&sub, value)? {
                    Step::Yield(v) => frame.push(v),
                    Step::Return(v) => {
                        frame.push(v);
                        frame.pc += arg as usize;
                    }
                }
            }
            Opcode::EndSend => {
                let value = frame.pop();
                frame.pop();
                frame.push(value);
            }
            Opcode::CleanupThrow => {
                let exc = frame.pop();
                let e = crate::generator::raising(exc);
                match stop_value(&e) {
                    Some(v) => {
                        frame.pop();
                        frame.pop();
                        frame.push(Value::None);
                        frame.push(v);
                    }
                    None => return Err(PyErr::reraise(e.value)),
                }
            }
            Opcode::GetYieldFromIter => {
                let v = frame.pop();
                let it =
                    match as_generator(&v) {
                        Some(g) if g.kind == GenKind::Coroutine => return Err(type_error(
                            "cannot 'yield from' a coroutine object in a non-coroutine generator",
                        )),
                        Some(_) => v,
                        None => self.get_iter(&v)?,
                    };
                frame.push(it);
            }
            Opcode::DeleteDeref => delete_deref(frame, arg as usize)?,
            Opcode::BinarySlice => {
                let key = pop_slice(frame);
                let container = frame.pop();
                let sub = taipan_bytecode::BinaryOpArg::SUBSCR;
                let r = match crate::binary_op::fast_binary_op(sub.0, &container, &key) {
                    Some(r) => r,
                    None if crate::dunder::is_user(&container) => {
                        self.binary_dunder(sub, &container, &key)?
                    }
                    None => self.container_binary_op(sub, &container, &key)?,
                };
                frame.push(r);
            }
            Opcode::StoreSlice => {
                let key = pop_slice(frame);
                let container = frame.pop();
                let value = frame.pop();
                if crate::dunder::is_user(&container) {
                    self.setitem_dunder(&container, key, value)?;
                } else {
                    self.store_item(&container, key, value)?;
                }
            }
            Opcode::GetAwaitable => {
                let v = frame.pop();
                let it = self.get_awaitable(v, arg)?;
                frame.push(it);
            }
            Opcode::GetAiter | Opcode::GetAnext | Opcode::EndAsyncFor => {
                self.async_for_op(frame, op)?
            }
            Opcode::CheckEgMatch => {
                let typ = frame.pop();
                let exc = frame.pop();
                let (rest, matched) = if matches!(exc, Value::None) {
                    (Value::None, Value::None)
                } else {
                    self.check_eg_match(&exc, &typ)?
                };
                if !matches!(matched, Value::None) {
                    self.exc_info = matched.clone();
                }
                frame.push(rest);
                frame.push(matched);
            }
            Opcode::CallIntrinsic2 if arg == 1 => {
                let excs = frame.pop();
                let orig = frame.pop();
                let r = self.prep_reraise_star(&orig, &excs)?;
                frame.push(r);
            }
            Opcode::CallIntrinsic2 => {
                let b = frame.pop();
                let a = frame.pop();
                frame.push(crate::type_params::intrinsic2(self, arg, a, b)?);
            }
            Opcode::JumpBackwardNoInterrupt => frame.pc = frame.pc.saturating_sub(arg as usize),
            _ => {
                return Err(PyErr::msg(
                    ExcKind::NotImplementedError,
                    format!("taipan cannot run {} yet", op.name()),
                ))
            }
        }
        Ok(())
    }

    /// `SEND`: resume the sub-iterator of a `yield from`/`await` with
    /// `value`.
    pub(crate) fn send_to(&mut self, sub: &Value, value: Value) -> PyResult<Step> {
        if let Some(g) = as_generator(sub) {
            return self.gen_send(g, value);
        }
        if let Some(a) = crate::coro::as_awaitable(sub) {
            return self.awaitable_send(a, value);
        }
        let result = if matches!(value, Value::None) {
            match self.next_with_value(sub) {
                Ok(Ok(v)) => return Ok(Step::Yield(v)),
                Ok(Err(v)) => return Ok(Step::Return(v)),
                Err(e) => Err(e),
            }
        } else {
            match self.call_method_by_name(sub, "send", vec![value]) {
                Some(r) => r,
                None => Err(PyErr::msg(
                    ExcKind::AttributeError,
                    format!(
                        "'{}' object has no attribute 'send'",
                        crate::types::type_name(sub)
                    ),
                )),
            }
        };
        match result {
            Ok(v) => Ok(Step::Yield(v)),
            Err(e) => match stop_value(&e) {
                Some(v) => Ok(Step::Return(v)),
                None => Err(e),
            },
        }
    }

    /// `next(it)`: `Ok(item)`, or `Err(value)` of the `StopIteration`
    /// that ended it.
    fn next_with_value(&mut self, it: &Value) -> PyResult<Result<Value, Value>> {
        if crate::dunder::is_user(it) {
            return match self.call_method_by_name(it, "__next__", Vec::new()) {
                Some(Ok(v)) => Ok(Ok(v)),
                Some(Err(e)) => match stop_value(&e) {
                    Some(v) => Ok(Err(v)),
                    None => Err(e),
                },
                None => Err(type_error(format!(
                    "'{}' object is not an iterator",
                    crate::types::type_name(it)
                ))),
            };
        }
        Ok(self.next(it)?.ok_or(Value::None))
    }
}

/// `DELETE_DEREF`: empty the cell in slot `slot`, which must be bound.
/// The slice `start:stop` whose bounds `BINARY_SLICE`/`STORE_SLICE` find
/// on the stack.
fn pop_slice(frame: &mut Frame) -> Value {
    let stop = frame.pop();
    let start = frame.pop();
    Value::obj(Object::Slice(start, stop, Value::None))
}

fn delete_deref(frame: &mut Frame, slot: usize) -> PyResult<()> {
    let old = match frame.locals.get(slot).and_then(Value::as_obj) {
        Some(Object::Cell(c)) => std::mem::replace(&mut *c.borrow_mut(), Value::Null),
        _ => Value::Null,
    };
    if !matches!(old, Value::Null) {
        return Ok(());
    }
    Err(unbound_deref(&frame.code.obj, slot))
}

/// The error for reading or deleting the empty cell in slot `slot`:
/// `UnboundLocalError` for the code's own cell, `NameError` for a free
/// variable.
pub(crate) fn unbound_deref(obj: &taipan_bytecode::CodeObject, slot: usize) -> Box<PyErr> {
    let cell = obj
        .cell_slots
        .iter()
        .position(|&s| s as usize == slot)
        .and_then(|i| obj.cellvars.get(i));
    if let Some(name) = cell {
        return PyErr::msg(
            ExcKind::UnboundLocalError,
            format!(
                "cannot access local variable '{name}' where it is not associated with a value"
            ),
        );
    }
    let nvars = obj.varnames.len();
    let extra_cells = obj
        .cell_slots
        .iter()
        .filter(|&&s| s as usize >= nvars)
        .count();
    let name = slot
        .checked_sub(nvars + extra_cells)
        .and_then(|i| obj.freevars.get(i));
    PyErr::msg(
        ExcKind::NameError,
        format!(
            "cannot access free variable '{}' where it is not associated with a value in enclosing scope",
            name.map_or("?", |s| s.as_str())
        ),
    )
}

/// The superinstructions on two local slots (`LOAD_FAST_LOAD_FAST`,
/// `LOAD_FAST_BORROW_LOAD_FAST_BORROW`, `STORE_FAST_LOAD_FAST`,
/// `STORE_FAST_STORE_FAST`): the first slot is `arg >> 4`, the second
/// `arg & 15`; a load of an unbound slot raises `UnboundLocalError`.
pub(crate) fn fast_pair(
    frame: &mut Frame,
    code: &crate::code::Code,
    op: Opcode,
    arg: u32,
) -> PyResult<()> {
    let (first, second) = ((arg >> 4) as usize, (arg & 15) as usize);
    let load = |frame: &mut Frame, slot: usize| -> PyResult<()> {
        match frame.locals.get(slot) {
            Some(Value::Null) | None => Err(crate::interp::unbound_local(code, slot as u32)),
            Some(v) => {
                let v = v.clone();
                frame.push(v);
                Ok(())
            }
        }
    };
    let store = |frame: &mut Frame, slot: usize| {
        let v = frame.pop();
        if let Some(local) = frame.locals.get_mut(slot) {
            *local = v;
        }
    };
    match op {
        Opcode::StoreFastLoadFast => {
            store(frame, first);
            load(frame, second)
        }
        Opcode::StoreFastStoreFast => {
            store(frame, first);
            store(frame, second);
            Ok(())
        }
        _ => {
            load(frame, first)?;
            load(frame, second)
        }
    }
}

/// `LOAD_SPECIAL`'s methods, by argument.
const SPECIAL_METHODS: [&str; 4] = ["__enter__", "__exit__", "__aenter__", "__aexit__"];

impl Vm<'_> {
    /// `LOAD_SPECIAL`: replace the context manager on top by its special
    /// method `SPECIAL_METHODS[arg]`, looked up on its type, as a method
    /// and `self` (or the bound attribute and null); a missing method is
    /// CPython's "does not support the context manager protocol".
    pub(crate) fn load_special(&mut self, frame: &mut Frame, arg: u32) -> PyResult<()> {
        let name = SPECIAL_METHODS
            .get(arg as usize)
            .copied()
            .unwrap_or("__exit__");
        let owner = frame.pop();
        match self.special_method(&owner, name)? {
            Some((f, Some(this))) => {
                frame.push(f);
                frame.push(this);
            }
            Some((f, None)) => {
                frame.push(f);
                frame.push(Value::Null);
            }
            None => return Err(self.context_protocol_error(&owner, arg)),
        }
        Ok(())
    }

    /// The special method `name` of `owner`: on its class for instances
    /// of user classes (never the instance dict), else the attribute.
    fn special_method(
        &mut self,
        owner: &Value,
        name: &str,
    ) -> PyResult<Option<crate::attrs::Found>> {
        if let Some(class) = crate::classes::user_class(owner) {
            match crate::classes::lookup_str(&class, name) {
                Some(f) if matches!(f.as_obj(), Some(Object::Function(_))) => {
                    return Ok(Some((f, Some(owner.clone()))))
                }
                Some(_) => {}
                // A user class without native base: nothing else to find.
                None if crate::classes::payload_of(owner).is(owner) => return Ok(None),
                None => {}
            }
        }
        match self.get_attr_parts(owner, name) {
            Ok(found) => Ok(Some(found)),
            Err(e) if e.kind().is_subclass(ExcKind::AttributeError) => Ok(None),
            Err(e) => Err(e),
        }
    }

    /// The `TypeError` for a context manager missing `SPECIAL_METHODS[arg]`,
    /// suggesting the other kind of `with` when the object supports it.
    fn context_protocol_error(&mut self, owner: &Value, arg: u32) -> Box<PyErr> {
        let name = SPECIAL_METHODS
            .get(arg as usize)
            .copied()
            .unwrap_or("__exit__");
        let is_async = arg >= 2;
        let (kind, other, hint) = if is_async {
            (
                "asynchronous context manager",
                ["__enter__", "__exit__"],
                "with",
            )
        } else {
            ("context manager", ["__aenter__", "__aexit__"], "async with")
        };
        let mut message = format!(
            "'{}' object does not support the {kind} protocol (missed {name} method)",
            crate::types::type_name(owner)
        );
        let supports_other = other
            .iter()
            .all(|m| matches!(self.special_method(owner, m), Ok(Some(_))));
        if supports_other {
            let other_kind = if is_async {
                "context manager"
            } else {
                "asynchronous context manager"
            };
            message.push_str(&format!(
                " but it supports the {other_kind} protocol. Did you mean to use '{hint}'?"
            ));
        }
        type_error(message)
    }
}
