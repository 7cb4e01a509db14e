//! The interpreter loop.
//!
//! [`Vm::run_frame`] runs a frame to completion. Python-to-Python calls do
//! not recurse on the Rust stack: `CALL` of a Python function hands a new
//! frame back to `run_frame`, which parks the caller in `Vm::frames` and
//! continues with the callee; `RETURN_VALUE` pops the caller back. The
//! depth of `Vm::frames` is the recursion depth checked against
//! `sys.getrecursionlimit()` (`Vm::recursion_limit`).
//!
//! [`Vm::execute`] is the dispatch: read one instruction pre-decoded at load
//! time (`code::Decoded`: `EXTENDED_ARG` prefixes folded, caches skipped), then one `match`
//! arm per opcode, each a few lines calling the helpers of its family
//! (`binary_op.rs`, `compare.rs`, `call.rs`, `subscript.rs`, `iter.rs`).

use taipan_bytecode::{BinaryOpArg, CompareOpArg, Opcode};

use crate::code::Code;
use crate::exception::{ExcKind, PyErr, PyResult, TracebackEntry};
use crate::frame::{Frame, FrameBox};
use crate::user_keys::has_user_eq_hash;
use crate::value::{Object, Value};
use crate::{binary_op, compare, dunder, iter, subscript, Vm};

/// Why [`Vm::execute`] stopped.
pub(crate) enum Flow {
    /// The frame returned this value.
    Return(Value),
    /// A generator frame yielded this value.
    Yield(Value),
}

/// How [`Vm::run_until`] ended.
pub(crate) enum Outcome {
    /// The frame returned.
    Returned(Value),
    /// The (generator) frame yielded; here it is, suspended.
    Yielded(FrameBox, Value),
}

impl Vm<'_> {
    /// Run `frame` until it returns; an exception comes back with the
    /// traceback of every frame it left (outermost first).
    pub fn run_frame(&mut self, frame: Frame) -> PyResult<Value> {
        self.run_boxed(Box::new(frame))
    }

    /// [`Vm::run_frame`] for a frame already on the heap.
    pub(crate) fn run_boxed(&mut self, frame: FrameBox) -> PyResult<Value> {
        match self.run_until(frame, None)? {
            Outcome::Returned(v) | Outcome::Yielded(_, v) => Ok(v),
        }
    }

    /// Run `frame` until it returns or (a generator frame) yields. Runs
    /// nested in native code (special methods, `sorted(key=)`, generators)
    /// use the Rust stack, so their depth has its own limit. With
    /// `pending`, the frame first raises it where it stands (`throw()`).
    pub(crate) fn run_until(
        &mut self,
        frame: FrameBox,
        pending: Option<Box<PyErr>>,
    ) -> PyResult<Outcome> {
        if self.nested >= crate::NESTED_RUN_LIMIT {
            return Err(PyErr::msg(
                ExcKind::RecursionError,
                "maximum recursion depth exceeded",
            ));
        }
        self.nested += 1;
        let result = self.run_until_inner(frame, pending);
        self.nested -= 1;
        result
    }

    fn run_until_inner(
        &mut self,
        mut frame: FrameBox,
        pending: Option<Box<PyErr>>,
    ) -> PyResult<Outcome> {
        let base = self.frames.len();
        if let Some(e) = pending {
            frame = self.handle(e, frame, base)?;
        }
        loop {
            // `-X trace` runs its own copy of the loop (see `trace.rs`).
            let step = if self.trace.is_none() {
                self.execute::<false>(&mut frame, base)
            } else {
                self.execute_traced(&mut frame, base)
            };
            match step {
                Ok(Flow::Return(value)) => {
                    self.pool.recycle(frame);
                    return Ok(Outcome::Returned(value));
                }
                // Only the generator's own frame (at `base`) can yield:
                // calling a generator function never pushes a frame.
                Ok(Flow::Yield(value)) => return Ok(Outcome::Yielded(frame, value)),
                Err(e) => frame = self.handle(e, frame, base)?,
            }
        }
    }

    /// Make `callee` the running frame, parking the caller (`frame`) in
    /// `Vm::frames`; `RecursionError` (raised in the caller) past the
    /// recursion limit; `KeyboardInterrupt` after a SIGINT.
    #[inline]
    fn enter(&mut self, frame: &mut FrameBox, callee: FrameBox) -> PyResult<()> {
        if self.frames.len() + 2 >= self.recursion_limit {
            return Err(PyErr::msg(
                ExcKind::RecursionError,
                "maximum recursion depth exceeded",
            ));
        }
        self.check_interrupt()?;
        self.frames.push(std::mem::replace(frame, callee));
        Ok(())
    }

    /// Return `value` from `frame` to its caller, which becomes the running
    /// frame again; `false` (nothing done) when `frame` is the one the run
    /// started with (at `base`).
    #[inline]
    fn leave(&mut self, frame: &mut FrameBox, base: usize, value: Value) -> Result<(), Value> {
        if self.frames.len() <= base {
            return Err(value);
        }
        match self.frames.pop() {
            Some(caller) => {
                let done = std::mem::replace(frame, caller);
                self.pool.recycle(done);
                frame.push(value);
                Ok(())
            }
            None => Err(value),
        }
    }

    /// Find a handler for `e`: in `frame`, then in its callers down to
    /// `base`. Returns the frame to continue with (its stack cut to the
    /// handler's depth, the exception pushed, `pc` at the handler), or the
    /// error with its traceback when no frame handles it.
    fn handle(
        &mut self,
        mut e: Box<PyErr>,
        mut frame: FrameBox,
        base: usize,
    ) -> PyResult<FrameBox> {
        if e.traceback.is_empty() {
            self.set_context(&e.value);
            if !e.frame_recorded {
                // Raising an exception that was caught before extends the
                // traceback it has (`raise err`, `with_traceback(tb)`).
                if let Some(Object::Exception(obj)) = e.value.as_obj() {
                    if !obj.traceback.borrow().is_empty() {
                        e.traceback = obj.entries();
                    }
                }
            }
        }
        loop {
            // Frames of library modules standing for native code are not shown.
            let hidden = crate::modules::stdlib::hidden(&frame.code.obj.filename);
            if !e.frame_recorded && !hidden {
                e.traceback.push(entry(&frame));
            }
            e.frame_recorded = false;
            if let Some(h) = frame.code.obj.handler_for(frame.instr).copied() {
                frame.stack.truncate(h.depth as usize);
                if h.lasti {
                    frame.push(Value::Int(frame.instr as i64));
                }
                if let Some(Object::Exception(obj)) = e.value.as_obj() {
                    obj.set_traceback(std::mem::take(&mut e.traceback));
                }
                frame.push(e.value);
                frame.pc = h.target as usize;
                return Ok(frame);
            }
            if let Some(last) = e.traceback.last_mut().filter(|_| !hidden) {
                if last.locals.is_empty() {
                    last.locals = std::mem::take(&mut frame.locals);
                }
            }
            if self.frames.len() <= base {
                return Err(e);
            }
            match self.frames.pop() {
                Some(caller) => self.pool.recycle(std::mem::replace(&mut frame, caller)),
                None => return Err(e),
            }
        }
    }

    /// Execute instructions of `frame` until the frame the run started
    /// with (at depth `base` of `Vm::frames`) returns or yields. Calls of
    /// Python functions and returns switch `frame` in place: the caller
    /// is parked in `Vm::frames`, so the Rust stack does not grow.
    pub(crate) fn execute<const TRACE: bool>(
        &mut self,
        frame: &mut FrameBox,
        base: usize,
    ) -> PyResult<Flow> {
        let mut code = frame.code.clone();
        loop {
            // Instructions were decoded when the code was loaded.
            let Some(&decoded) = code.decoded.get(frame.pc) else {
                return Err(bad_instruction(u32::MAX));
            };
            frame.instr = decoded.at as usize;
            frame.pc = decoded.next as usize;
            let (op, arg) = (decoded.op, decoded.arg);
            if TRACE {
                crate::trace::before(self, frame, op, arg);
            }
            match op {
                Opcode::Resume | Opcode::Nop | Opcode::NotTaken | Opcode::Cache => {}
                Opcode::CopyFreeVars => {}
                Opcode::ExtendedArg => return Err(bad_instruction(arg)),
                Opcode::LoadConst => frame.push(code.consts[arg as usize].clone()),
                Opcode::LoadCommonConstant => {
                    let name = [
                        "AssertionError",
                        "NotImplementedError",
                        "tuple",
                        "all",
                        "any",
                        "list",
                    ]
                    .get(arg as usize)
                    .copied()
                    .unwrap_or("set");
                    let key = crate::dict::HashKey::Str(std::rc::Rc::from(name));
                    frame.push(self.builtins.get(&key).cloned().unwrap_or(Value::None));
                }
                Opcode::LoadSmallInt => frame.push(Value::Int(i64::from(arg))),
                Opcode::LoadFast | Opcode::LoadFastCheck | Opcode::LoadFastBorrow => {
                    match frame.locals.get(arg as usize) {
                        Some(Value::Null) | None => return Err(unbound_local(&code, arg)),
                        Some(v) => {
                            let v = v.clone();
                            frame.stack.push(v);
                        }
                    }
                }
                Opcode::StoreFast => frame.locals[arg as usize] = frame.pop(),
                Opcode::LoadFastLoadFast
                | Opcode::LoadFastBorrowLoadFastBorrow
                | Opcode::StoreFastLoadFast
                | Opcode::StoreFastStoreFast => crate::lang_ops::fast_pair(frame, &code, op, arg)?,
                Opcode::LoadFastAndClear => {
                    let v = std::mem::replace(&mut frame.locals[arg as usize], Value::Null);
                    frame.push(v);
                }
                Opcode::MapAdd => {
                    let value = frame.pop();
                    let key = frame.pop();
                    let dict = frame.peek(arg as usize - 1).clone();
                    let key = self.canon_key(&dict, key)?;
                    subscript::store_subscr(&dict, key, value)?;
                }
                Opcode::DeleteFast => {
                    if matches!(frame.locals[arg as usize], Value::Null) {
                        return Err(unbound_local(&code, arg));
                    }
                    frame.locals[arg as usize] = Value::Null;
                    crate::gc::safe_point_at(self, frame);
                }
                Opcode::LoadName => {
                    let local = frame
                        .namespace
                        .as_ref()
                        .and_then(|ns| ns.borrow().get(&code.names[arg as usize]).cloned());
                    let v = match local {
                        Some(v) => v,
                        None => self.load_global(frame, &code, arg as usize)?,
                    };
                    frame.push(v);
                }
                Opcode::LoadBuildClass => {
                    let key = crate::dict::HashKey::Str(std::rc::Rc::from("__build_class__"));
                    frame.push(self.builtins.get(&key).cloned().unwrap_or(Value::None));
                }
                Opcode::LoadGlobal => {
                    let v = self.load_global(frame, &code, (arg >> 1) as usize)?;
                    frame.push(v);
                    if arg & 1 == 1 {
                        frame.push(Value::Null);
                    }
                }
                Opcode::StoreName | Opcode::StoreGlobal => {
                    let v = frame.pop();
                    match (&frame.namespace, op) {
                        (Some(ns), Opcode::StoreName) => {
                            ns.borrow_mut().set_str(&code.name_strs[arg as usize], v)
                        }
                        _ => self.store_global(frame, &code, arg as usize, v),
                    }
                    crate::gc::safe_point_at(self, frame);
                }
                Opcode::DeleteName | Opcode::DeleteGlobal => {
                    let target = match (&frame.namespace, op) {
                        (Some(ns), Opcode::DeleteName) => ns,
                        _ => &frame.globals,
                    };
                    let removed = target.borrow_mut().remove(&code.names[arg as usize]);
                    if removed.is_none() {
                        return Err(name_error(&code.name_strs[arg as usize]));
                    }
                    drop(removed);
                    crate::gc::safe_point_at(self, frame);
                }
                Opcode::MakeCell => {
                    let slot = &mut frame.locals[arg as usize];
                    let v = std::mem::replace(slot, Value::Null);
                    *slot = Value::obj(Object::Cell(std::cell::RefCell::new(v)));
                }
                Opcode::LoadDeref => {
                    let v = load_deref(frame, &code, arg)?;
                    frame.push(v);
                }
                Opcode::StoreDeref => {
                    let v = frame.pop();
                    if let Value::Obj(o) = &frame.locals[arg as usize] {
                        if let Object::Cell(c) = &**o {
                            *c.borrow_mut() = v;
                        }
                    }
                }
                Opcode::BinaryOp => {
                    // Numbers and the common built-in cases, in place.
                    if let Some(r) = frame
                        .top2()
                        .and_then(|(a, b)| binary_op::fast_binary_op(arg, a, b))
                    {
                        frame.set_top2(r);
                        continue;
                    }
                    let b = frame.pop();
                    let a = frame.pop();
                    let r = match () {
                        () if arg == BinaryOpArg::SUBSCR.0
                            && !dunder::is_user(&a)
                            && (has_user_eq_hash(&b) || crate::user_keys::has_user_keys(&a)) =>
                        {
                            let b = self.canon_key(&a, b)?;
                            self.binary_dunder(BinaryOpArg(arg), &a, &b)?
                        }
                        () if dunder::is_user(&a) || dunder::is_user(&b) => {
                            self.binary_dunder(BinaryOpArg(arg), &a, &b)?
                        }
                        () if arg == BinaryOpArg::REMAINDER.0 && a.as_str().is_some() => {
                            crate::str_format::percent_format(self, a.as_str().unwrap_or(""), &b)?
                        }
                        () => self.container_binary_op(BinaryOpArg(arg), &a, &b)?,
                    };
                    frame.push(r);
                }
                Opcode::CompareOp => {
                    if let Some(r) = frame
                        .top2()
                        .and_then(|(a, b)| compare::fast_compare(arg, a, b))
                    {
                        self.compared(frame, &code, r, TRACE);
                        continue;
                    }
                    let b = frame.pop();
                    let a = frame.pop();
                    let r = match () {
                        () if dunder::is_user(&a) || dunder::is_user(&b) => {
                            self.compare_dunder(CompareOpArg(arg), &a, &b)?
                        }
                        () if dunder::is_sequence(&a) && dunder::is_sequence(&b) => {
                            self.sequence_compare(CompareOpArg(arg), &a, &b)?
                        }
                        () if crate::user_keys::holds_user_keys(&a)
                            || crate::user_keys::holds_user_keys(&b) =>
                        {
                            self.keyed_compare(CompareOpArg(arg), &a, &b)?
                        }
                        () => compare::compare(CompareOpArg(arg), &a, &b)?,
                    };
                    // `COMPARE_OP` with the bool flag (`bool(<)`): a rich
                    // comparison's result goes through `__bool__` now.
                    let r = match r {
                        Value::Bool(_) => r,
                        r if arg & 16 != 0 => Value::Bool(self.truthy(&r)?),
                        r => r,
                    };
                    frame.push(r);
                }
                Opcode::IsOp => {
                    let b = frame.pop();
                    let a = frame.pop();
                    frame.push(Value::Bool(a.is(&b) != (arg == 1)));
                }
                Opcode::ContainsOp => {
                    let b = frame.pop();
                    let a = frame.pop();
                    let r = if dunder::is_user(&b) {
                        self.contains_dunder(&b, &a)?
                    } else if dunder::is_sequence(&b) {
                        self.sequence_contains(&b, &a)?
                    } else if has_user_eq_hash(&a) || crate::user_keys::has_user_keys(&b) {
                        let a = self.canon_key(&b, a)?;
                        compare::contains(&b, &a)?
                    } else {
                        compare::contains(&b, &a)?
                    };
                    frame.push(Value::Bool(r != (arg == 1)));
                }
                Opcode::UnaryNegative | Opcode::UnaryInvert if dunder::is_user(frame.peek(0)) => {
                    let v = frame.pop();
                    let which = if op == Opcode::UnaryNegative {
                        b'-'
                    } else {
                        b'~'
                    };
                    frame.push(self.unary_dunder(&v, which)?);
                }
                Opcode::UnaryNegative => {
                    let v = frame.pop();
                    frame.push(binary_op::negative(&v)?);
                }
                Opcode::UnaryInvert if matches!(frame.peek(0), Value::Bool(_)) => {
                    self.warn(
                        Some(frame),
                        ExcKind::DeprecationWarning,
                        binary_op::BOOL_INVERT,
                        1,
                    )?;
                    let v = frame.pop();
                    frame.push(binary_op::invert(&v)?);
                }
                Opcode::UnaryInvert => {
                    let v = frame.pop();
                    frame.push(binary_op::invert(&v)?);
                }
                Opcode::UnaryNot => {
                    let v = frame.pop();
                    frame.push(Value::Bool(!self.truthy(&v)?));
                }
                Opcode::ToBool => {
                    if !matches!(frame.peek(0), Value::Bool(_)) {
                        let v = frame.pop();
                        frame.push(Value::Bool(self.truthy(&v)?));
                    }
                }
                Opcode::CallIntrinsic1 if arg == 11 => {
                    let v = frame.pop();
                    frame.push(crate::type_alias::make(v)?);
                }
                Opcode::CallIntrinsic1 if arg == 1 => {
                    let v = frame.pop();
                    self.display_hook(v)?;
                    frame.push(Value::None);
                }
                Opcode::CallIntrinsic1 if arg == 2 => {
                    // `from module import *`: into the current namespace.
                    let module = frame.pop();
                    let target = frame
                        .namespace
                        .clone()
                        .unwrap_or_else(|| frame.globals.clone());
                    crate::modules::import_star(self, &module, &target)?;
                    frame.push(Value::None);
                }
                Opcode::CallIntrinsic1 if (7..=10).contains(&arg) => {
                    let v = frame.pop();
                    frame.push(crate::type_params::intrinsic1(self, arg, v)?);
                }
                Opcode::CallIntrinsic1 if arg == 5 && dunder::is_user(frame.peek(0)) => {
                    let v = frame.pop();
                    frame.push(self.unary_dunder(&v, b'+')?);
                }
                Opcode::CallIntrinsic1 => {
                    let v = frame.pop();
                    frame.push(binary_op::intrinsic1(arg, v)?);
                }
                Opcode::PopJumpIfFalse | Opcode::PopJumpIfTrue => {
                    let v = frame.pop();
                    let truth = match v {
                        Value::Bool(b) => b,
                        _ => self.truthy(&v)?,
                    };
                    if truth == (op == Opcode::PopJumpIfTrue) {
                        frame.pc += arg as usize;
                    }
                }
                Opcode::PopJumpIfNone | Opcode::PopJumpIfNotNone => {
                    let v = frame.pop();
                    if matches!(v, Value::None) == (op == Opcode::PopJumpIfNone) {
                        frame.pc += arg as usize;
                    }
                }
                Opcode::JumpForward => frame.pc += arg as usize,
                Opcode::JumpBackward => {
                    frame.pc = frame.pc.saturating_sub(arg as usize);
                    crate::gc::safe_point_at(self, frame);
                    self.check_interrupt()?;
                }
                Opcode::GetIter => {
                    let v = frame.pop();
                    frame.push(self.get_iter(&v)?);
                }
                Opcode::ForIter => match self.next(&frame.peek(0).clone())? {
                    Some(v) => frame.push(v),
                    // The target is the loop's `END_FOR`, skipped.
                    None => frame.pc += arg as usize + 1,
                },
                Opcode::EndFor | Opcode::PopIter => {
                    frame.pop();
                }
                Opcode::PopTop => {
                    // An object popped may be freed: run what that queued.
                    if let Value::Obj(o) = frame.pop() {
                        drop(o);
                        crate::gc::safe_point_at(self, frame);
                    }
                }
                Opcode::PushNull => frame.push(Value::Null),
                Opcode::Call => {
                    crate::gc::safe_point_at(self, frame);
                    if let Some(callee) = self.call(frame, arg as usize, None)? {
                        self.enter(frame, callee)?;
                        code = frame.code.clone();
                    } else {
                        crate::gc::safe_point_at(self, frame);
                    }
                }
                Opcode::CallKw => {
                    crate::gc::safe_point_at(self, frame);
                    let names = frame.pop();
                    if let Some(callee) = self.call(frame, arg as usize, Some(names))? {
                        self.enter(frame, callee)?;
                        code = frame.code.clone();
                    }
                }
                Opcode::CallFunctionEx => {
                    if let Some(callee) = self.call_ex(frame)? {
                        self.enter(frame, callee)?;
                        code = frame.code.clone();
                    }
                }
                Opcode::DictMerge | Opcode::DictUpdate => {
                    let other = crate::call::merge_operand(self, frame.pop())?;
                    let target = frame.peek(arg as usize - 1).clone();
                    let callable = frame.peek(arg as usize + 2).clone();
                    crate::call::dict_merge(
                        &target,
                        &other,
                        (op == Opcode::DictMerge).then_some(&callable),
                    )?;
                }
                Opcode::UnpackEx => {
                    let v = frame.pop();
                    self.unpack_ex(frame, &v, (arg & 0xFF) as usize, (arg >> 8) as usize)?;
                }
                Opcode::ReturnValue => {
                    let value = frame.pop();
                    let init = frame.init.take();
                    if let Err(value) = self.leave(frame, base, value) {
                        return Ok(Flow::Return(value));
                    }
                    code = frame.code.clone();
                    if let Some(instance) = init {
                        self.finish_init(frame, instance)?;
                    }
                    // The callee's locals are gone: run what that queued.
                    crate::gc::safe_point_at(self, frame);
                }
                Opcode::ReturnGenerator => frame.push(Value::None),
                Opcode::YieldValue => return Ok(Flow::Yield(frame.pop())),
                Opcode::Copy => {
                    let v = frame.peek(arg as usize - 1).clone();
                    frame.push(v);
                }
                Opcode::Swap => {
                    let len = frame.stack.len();
                    frame.stack.swap(len - 1, len - arg as usize);
                }
                Opcode::BuildList => {
                    let items = frame.pop_n(arg as usize);
                    frame.push(Value::list(items));
                }
                Opcode::BuildTuple => {
                    let items = frame.pop_n(arg as usize);
                    frame.push(Value::tuple(items));
                }
                Opcode::BuildMap => {
                    let items = frame.pop_n(2 * arg as usize);
                    frame.push(self.build_dict(items)?);
                }
                Opcode::BuildSet => {
                    let items = frame.pop_n(arg as usize);
                    frame.push(self.build_set(items)?);
                }
                Opcode::SetUpdate => {
                    let v = frame.pop();
                    match (frame.peek(arg as usize - 1).as_obj(), v.as_obj()) {
                        // A set argument merges table to table (`set_merge`),
                        // so `{1, 2, 3}` iterates as its frozenset constant.
                        (Some(Object::Set(target)), Some(Object::Set(src)))
                            if !std::ptr::eq(target, src) =>
                        {
                            target.borrow_mut().merge(&src.borrow());
                        }
                        _ => {
                            let items = self.collect(&v)?;
                            if let Some(Object::Set(set)) = frame.peek(arg as usize - 1).as_obj() {
                                for item in items {
                                    self.live_set_add(set, item)?;
                                }
                            }
                        }
                    }
                }
                Opcode::DeleteAttr => {
                    let obj = frame.pop();
                    self.delete_attr_op(&obj, &code.name_strs[arg as usize])?;
                    drop(obj);
                    crate::gc::safe_point_at(self, frame);
                }
                Opcode::SetAdd => {
                    let mut v = frame.pop();
                    if has_user_eq_hash(&v) {
                        let set_value = frame.peek(arg as usize - 1).clone();
                        v = self.canon_key(&set_value, v)?;
                    }
                    if let Some(Object::Set(set)) = frame.peek(arg as usize - 1).as_obj() {
                        set.borrow_mut().add(v)?;
                    }
                }
                Opcode::BuildSlice => {
                    let mut items = frame.pop_n(arg as usize).into_iter();
                    let mut next = || items.next().unwrap_or(Value::None);
                    let (a, b, c) = (next(), next(), next());
                    frame.push(Value::obj(Object::Slice(a, b, c)));
                }
                Opcode::ListAppend | Opcode::ListExtend => {
                    let v = frame.pop();
                    let list = frame.peek(arg as usize - 1).clone();
                    subscript::list_add(self, &list, v, op == Opcode::ListExtend)?;
                }
                Opcode::MakeFunction => {
                    let v = frame.pop();
                    frame.push(crate::call::make_function(v, &frame.globals)?);
                }
                Opcode::SetFunctionAttribute => {
                    let func = frame.pop();
                    let attr = frame.pop();
                    frame.push(crate::call::set_function_attribute(func, attr, arg)?);
                }
                Opcode::UnpackSequence => {
                    let v = frame.pop();
                    let items = iter::unpack(self, &v, arg as usize)?;
                    frame.stack.extend(items.into_iter().rev());
                }
                Opcode::RaiseVarargs if arg == 0 => {
                    if matches!(self.exc_info, Value::None) {
                        return Err(PyErr::msg(
                            ExcKind::RuntimeError,
                            "No active exception to reraise",
                        ));
                    }
                    return Err(PyErr::reraise(self.exc_info.clone()));
                }
                Opcode::RaiseVarargs => {
                    // `raise C` for a user class C: make the instance first.
                    let at = frame.stack.len().saturating_sub(arg as usize);
                    if let Some(v @ Value::Obj(_)) = frame.stack.get(at).cloned() {
                        if let Some(Object::Class(_)) = v.as_obj() {
                            frame.stack[at] =
                                crate::classes::instantiate(self, &v, Vec::new(), &[])?;
                        }
                    }
                    return Err(raise(frame, arg));
                }
                Opcode::PushExcInfo => {
                    let exc = frame.pop();
                    let previous = std::mem::replace(&mut self.exc_info, exc.clone());
                    frame.push(previous);
                    frame.push(exc);
                }
                Opcode::PopExcept => {
                    // The handled exception (and what its traceback kept)
                    // may be freed here.
                    self.exc_info = frame.pop();
                    crate::gc::safe_point_at(self, frame);
                }
                Opcode::GetLen => {
                    let v = frame.peek(0).clone();
                    let n = self.len_of(&v)?;
                    frame.push(n);
                }
                Opcode::MatchSequence => {
                    let is_seq = matches!(
                        frame.peek(0).as_obj(),
                        Some(Object::List(_) | Object::Tuple(_) | Object::Range(..))
                    );
                    frame.push(Value::Bool(is_seq));
                }
                Opcode::MatchMapping => {
                    let is_map = matches!(frame.peek(0).as_obj(), Some(Object::Dict(_)));
                    frame.push(Value::Bool(is_map));
                }
                Opcode::MatchClass => {
                    let names = frame.pop();
                    let class = frame.pop();
                    let subject = frame.pop();
                    let r =
                        crate::classes::match_class(self, &subject, &class, arg as usize, &names)?;
                    frame.push(r);
                }
                Opcode::LoadSpecial => self.load_special(frame, arg)?,
                Opcode::WithExceptStart => {
                    let exc = frame.peek(0).clone();
                    let exit = frame.peek(4).clone();
                    let this = frame.peek(3).clone();
                    let class = match crate::classes::user_class(&exc) {
                        Some(c) => c.clone(),
                        None => Value::obj(Object::Type(crate::types::type_of(&exc))),
                    };
                    let tb = match exc.as_obj() {
                        Some(Object::Exception(e)) => crate::tb_object::exception_traceback(e),
                        _ => Value::None,
                    };
                    let args = match this {
                        Value::Null => vec![class, exc, tb],
                        this => vec![this, class, exc, tb],
                    };
                    let r = self.call_value(&exit, args)?;
                    frame.push(r);
                }
                Opcode::CheckExcMatch => {
                    let class = frame.pop();
                    let matched = exception_matches(frame.peek(0), &class)?;
                    frame.push(Value::Bool(matched));
                }
                Opcode::Reraise => return Err(PyErr::reraise(frame.pop())),
                Opcode::LoadAttr => {
                    let obj = frame.pop();
                    let i = (arg >> 1) as usize;
                    if !crate::attr_fast::load_attr_fast(frame, &obj, &code, i, arg & 1 == 1) {
                        self.load_attr_op(frame, obj, &code.name_strs[i], arg & 1 == 1)?;
                    }
                }
                Opcode::ImportName => {
                    let fromlist = frame.pop();
                    let level = frame.pop();
                    let name = &code.name_strs[arg as usize];
                    let globals = frame.globals.clone();
                    frame.push(self.import_name(&globals, name, &fromlist, &level)?);
                }
                Opcode::ImportFrom => {
                    let module = frame.peek(0).clone();
                    let name = &code.name_strs[arg as usize];
                    frame.push(crate::modules::import_from(self, &module, name)?);
                }
                Opcode::LoadSuperAttr => {
                    let this = frame.pop();
                    let class = frame.pop();
                    frame.pop();
                    let name = &code.name_strs[(arg >> 2) as usize];
                    let (f, bound) = crate::object_type::super_attr(self, &class, &this, name)?;
                    match bound {
                        Some(this) if arg & 1 == 1 => {
                            frame.push(f);
                            frame.push(this);
                        }
                        Some(this) => frame.push(crate::classes::bind(f, this)),
                        None => {
                            frame.push(f);
                            if arg & 1 == 1 {
                                frame.push(Value::Null);
                            }
                        }
                    }
                }
                Opcode::StoreAttr => {
                    let obj = frame.pop();
                    let value = frame.pop();
                    let i = arg as usize;
                    let fast = crate::attr_fast::store_attr_fast(&obj, &code, i, value);
                    if let Err(value) = fast {
                        self.store_attr_op(obj, &code.name_strs[i], value)?;
                    }
                }
                Opcode::StoreSubscr => {
                    let key = frame.pop();
                    let container = frame.pop();
                    let value = frame.pop();
                    if dunder::is_user(&container) {
                        self.setitem_dunder(&container, key, value)?;
                    } else if has_user_eq_hash(&key) {
                        let key = self.canon_key(&container, key)?;
                        self.store_item(&container, key, value)?;
                    } else if !matches!(key, Value::Int(_)) {
                        self.store_item(&container, key, value)?;
                    } else {
                        subscript::store_subscr(&container, key, value)?;
                    }
                }
                Opcode::DeleteSubscr => {
                    let key = frame.pop();
                    let container = frame.pop();
                    if dunder::is_user(&container) {
                        self.delitem_dunder(&container, &key)?;
                    } else {
                        let key = self.canon_key(&container, key)?;
                        subscript::delete_subscr(&container, &key)?;
                    }
                    drop(container);
                    crate::gc::safe_point_at(self, frame);
                }
                Opcode::FormatSimple | Opcode::ConvertValue
                    if crate::classes::user_class(frame.peek(0)).is_some()
                        || matches!(
                            frame.peek(0).as_obj(),
                            Some(
                                Object::List(_)
                                    | Object::Tuple(_)
                                    | Object::Dict(_)
                                    | Object::Class(_)
                            )
                        ) =>
                {
                    let v = frame.pop();
                    let text = match (op, arg) {
                        (Opcode::ConvertValue, 3) => {
                            crate::format_spec::ascii_escape(&self.repr_of(&v)?)
                        }
                        (Opcode::ConvertValue, 2) => self.repr_of(&v)?,
                        (Opcode::ConvertValue, _) => self.str_of(&v)?,
                        _ => crate::str_format::format_with(self, &v, "")?,
                    };
                    frame.push(Value::str(text));
                }
                Opcode::FormatSimple | Opcode::ConvertValue => {
                    let v = frame.pop();
                    frame.push(binary_op::convert(
                        &v,
                        if op == Opcode::FormatSimple { 1 } else { arg },
                    )?);
                }
                Opcode::FormatWithSpec => {
                    let spec = frame.pop();
                    let v = frame.pop();
                    let spec = spec.as_str().unwrap_or("");
                    frame.push(Value::str(crate::str_format::format_with(self, &v, spec)?));
                }
                Opcode::BuildString => {
                    let at = frame.stack.len().saturating_sub(arg as usize);
                    let parts = || frame.stack[at..].iter().filter_map(Value::as_str);
                    let mut s = String::with_capacity(parts().map(str::len).sum());
                    parts().for_each(|part| s.push_str(part));
                    frame.stack.truncate(at);
                    frame.push(Value::str(s));
                }
                Opcode::Send
                | Opcode::EndSend
                | Opcode::CleanupThrow
                | Opcode::GetYieldFromIter
                | Opcode::JumpBackwardNoInterrupt
                | Opcode::GetAwaitable
                | Opcode::GetAiter
                | Opcode::GetAnext
                | Opcode::EndAsyncFor
                | Opcode::CheckEgMatch
                | Opcode::CallIntrinsic2
                | Opcode::MatchKeys
                | Opcode::DeleteDeref
                | Opcode::BinarySlice
                | Opcode::StoreSlice => self.lang_op(frame, op, arg)?,
                Opcode::LoadLocals
                | Opcode::LoadFromDictOrGlobals
                | Opcode::LoadFromDictOrDeref => self.annotation_scope_op(frame, op, arg)?,
            }
        }
    }

    /// After a `COMPARE_OP` on the top two values gave `r` without running
    /// Python code: when a `POP_JUMP_IF_TRUE/FALSE` follows (and no trace
    /// shows each instruction), take or skip its jump at once; else
    /// replace the operands by the bool.
    #[inline]
    fn compared(&self, frame: &mut Frame, code: &Code, r: bool, trace: bool) {
        if let Some(jump) = code.decoded.get(frame.pc).filter(|_| !trace) {
            if matches!(jump.op, Opcode::PopJumpIfFalse | Opcode::PopJumpIfTrue) {
                frame.stack.pop();
                frame.stack.pop();
                frame.pc = jump.next as usize;
                if r == (jump.op == Opcode::PopJumpIfTrue) {
                    frame.pc += jump.arg as usize;
                }
                return;
            }
        }
        frame.set_top2(Value::Bool(r));
    }

    /// A freshly raised exception's `__context__` is the exception being
    /// handled, if any (and not itself).
    fn set_context(&self, value: &Value) {
        let (Some(Object::Exception(e)), Value::Obj(handled)) = (value.as_obj(), &self.exc_info)
        else {
            return;
        };
        let same = matches!(value, Value::Obj(v) if std::rc::Rc::ptr_eq(v, handled));
        if !same && e.context.borrow().is_none() {
            *e.context.borrow_mut() = Some(self.exc_info.clone());
        }
    }

    /// The `NameError` for name `i`, with its suggestion.
    #[cold]
    pub(crate) fn name_error_for(&self, frame: &Frame, code: &Code, i: usize) -> Box<PyErr> {
        let name = &code.name_strs[i];
        let e = name_error(name);
        self.attach_suggestion(&e, frame, code, name);
        e
    }

    /// Record the "Did you mean" name for a `NameError` (locals, then
    /// globals, then builtins, as CPython searches).
    fn attach_suggestion(&self, e: &PyErr, frame: &Frame, code: &Code, name: &str) {
        let Some(Object::Exception(obj)) = e.value.as_obj() else {
            return;
        };
        let mut candidates: Vec<String> = Vec::new();
        for (i, v) in code.obj.varnames.iter().enumerate() {
            if !matches!(frame.locals.get(i), Some(Value::Null) | None) {
                candidates.push(v.clone());
            }
        }
        for dict in [&*frame.globals.borrow(), &self.builtins] {
            candidates.extend(
                dict.iter()
                    .filter_map(|(k, _)| k.as_str().map(str::to_owned)),
            );
        }
        *obj.suggestion.borrow_mut() =
            crate::suggest::suggest(name, candidates.iter().map(String::as_str));
    }
}

/// The error for an undecodable instruction (see `code::Decoded`).
#[cold]
fn bad_instruction(arg: u32) -> Box<PyErr> {
    if arg == u32::MAX {
        PyErr::msg(ExcKind::RuntimeError, "ran off the end of the code")
    } else {
        PyErr::msg(ExcKind::RuntimeError, format!("bad opcode {arg}"))
    }
}

/// A traceback entry for `frame`'s current instruction.
fn entry(frame: &Frame) -> TracebackEntry {
    TracebackEntry {
        code: frame.code.clone(),
        unit: frame.instr,
        locals: Vec::new(),
        globals: frame.globals.clone(),
    }
}

/// `NameError: name 'x' is not defined`.
pub(crate) fn name_error(name: &str) -> Box<PyErr> {
    PyErr::msg(ExcKind::NameError, format!("name '{name}' is not defined"))
}

/// `UnboundLocalError` for local slot `arg`.
#[cold]
pub(crate) fn unbound_local(code: &Code, arg: u32) -> Box<PyErr> {
    let name = code
        .obj
        .varnames
        .get(arg as usize)
        .map_or("?", |s| s.as_str());
    PyErr::msg(
        ExcKind::UnboundLocalError,
        format!("cannot access local variable '{name}' where it is not associated with a value"),
    )
}

fn load_deref(frame: &Frame, code: &Code, arg: u32) -> PyResult<Value> {
    if let Value::Obj(o) = &frame.locals[arg as usize] {
        if let Object::Cell(c) = &**o {
            let v = c.borrow().clone();
            if !matches!(v, Value::Null) {
                return Ok(v);
            }
        }
    }
    Err(crate::lang_ops::unbound_deref(&code.obj, arg as usize))
}

/// `raise` / `raise X`.
fn raise(frame: &mut Frame, arg: u32) -> Box<PyErr> {
    if arg == 0 {
        return PyErr::msg(ExcKind::RuntimeError, "No active exception to reraise");
    }
    let cause = if arg == 2 { Some(frame.pop()) } else { None };
    let exc = instantiate(frame.pop());
    if let (Some(cause), Some(Object::Exception(e))) = (cause, exc.as_obj()) {
        let cause = instantiate(cause);
        match cause.as_obj() {
            Some(Object::Exception(_)) => *e.cause.borrow_mut() = Some(cause),
            Some(_) if !matches!(cause, Value::None) => {
                return PyErr::msg(
                    ExcKind::TypeError,
                    "exception causes must derive from BaseException",
                )
            }
            _ => *e.cause.borrow_mut() = None,
        }
        e.suppress_context.set(true);
    }
    match exc.as_obj() {
        Some(Object::Exception(_)) => Box::new(PyErr {
            value: exc,
            traceback: Vec::new(),
            frame_recorded: false,
        }),
        _ => PyErr::msg(
            ExcKind::TypeError,
            "exceptions must derive from BaseException",
        ),
    }
}

/// An exception class raised bare becomes an instance.
fn instantiate(v: Value) -> Value {
    match v.as_obj() {
        Some(Object::Type(crate::types::TypeKind::Exception(kind))) => {
            Value::obj(Object::Exception(Box::new(
                crate::exception::ExceptionObj::new(*kind, Vec::new()),
            )))
        }
        _ => v,
    }
}

/// `CHECK_EXC_MATCH`: whether `exc` is an instance of `class` (a class or
/// a tuple of classes).
pub(crate) fn exception_matches(exc: &Value, class: &Value) -> PyResult<bool> {
    let Some(Object::Exception(e)) = exc.as_obj() else {
        return Ok(false);
    };
    match class.as_obj() {
        Some(Object::Type(crate::types::TypeKind::Exception(k))) => Ok(e.kind.is_subclass(*k)
            || e.class.as_ref().is_some_and(|c| {
                // A class with two built-in exception bases (`OSError`, `ValueError`).
                crate::classes::mro_has_exception(c, *k)
            })),
        Some(Object::Class(_)) => Ok(e
            .class
            .as_ref()
            .is_some_and(|c| crate::classes::is_subclass(c, class))),
        Some(Object::Tuple(items)) => {
            for item in items {
                if exception_matches(exc, item)? {
                    return Ok(true);
                }
            }
            Ok(false)
        }
        _ => Err(PyErr::msg(
            ExcKind::TypeError,
            "catching classes that do not inherit from BaseException is not allowed",
        )),
    }
}
