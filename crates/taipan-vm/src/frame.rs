//! Frames: the state of one running Python function (or the module).
//!
//! A frame owns its value stack and its local slots ("localsplus", as
//! CPython 3.11+ lays them out: `co_varnames`, then cells that are not
//! parameters, then free variables). An unbound slot holds `Value::Null`.
//! A captured local's slot holds its `Cell` object (`MAKE_CELL` wraps the
//! slot at function entry); free variables' slots receive the function's
//! closure cells when the frame is made, so `COPY_FREE_VARS` has nothing
//! left to do. Frames are plain data: the interpreter keeps the callers of
//! the running frame in a `Vec`, never on the Rust stack.

use std::rc::Rc;

use crate::code::Code;
use crate::namespace::Namespace;
use crate::value::Value;

/// One activation of a code object.
#[derive(Debug)]
pub struct Frame {
    /// The code running.
    pub code: Rc<Code>,
    /// The next code unit to execute.
    pub pc: usize,
    /// The code unit of the instruction executing (for tracebacks).
    pub instr: usize,
    /// The value stack.
    pub stack: Vec<Value>,
    /// Local slots.
    pub locals: Vec<Value>,
    /// The module namespace (also the local namespace of module code).
    pub globals: Namespace,
    /// The local namespace of a class body (`*_NAME` use it before
    /// `globals`).
    pub namespace: Option<Namespace>,
    /// For an `__init__` frame pushed by a class call (`call.rs`): the new
    /// instance, which the call returns once `__init__` returned `None`.
    pub init: Option<Value>,
}

impl Frame {
    /// A frame for `code`, with its first local slots set to `args` and
    /// the free-variable slots set to `closure`.
    pub fn new(code: Rc<Code>, globals: Namespace, args: Vec<Value>) -> Frame {
        let mut locals = args;
        locals.resize(code.nlocals, Value::Null);
        Frame {
            stack: Vec::with_capacity(code.obj.stacksize as usize),
            code,
            pc: 0,
            instr: 0,
            locals,
            globals,
            namespace: None,
            init: None,
        }
    }

    /// A frame for `code` with its local slots (all of them, bound) and an
    /// empty stack given.
    #[inline]
    pub fn with_vecs(
        code: Rc<Code>,
        globals: Namespace,
        locals: Vec<Value>,
        stack: Vec<Value>,
    ) -> Frame {
        Frame {
            stack,
            code,
            pc: 0,
            instr: 0,
            locals,
            globals,
            namespace: None,
            init: None,
        }
    }

    /// Pop TOS (compiled code never underflows; `Null` if it did).
    #[inline]
    pub fn pop(&mut self) -> Value {
        self.stack.pop().unwrap_or(Value::Null)
    }

    /// Push a value.
    #[inline]
    pub fn push(&mut self, v: Value) {
        self.stack.push(v);
    }

    /// The top two values (TOS1, TOS), read in place.
    #[inline]
    pub fn top2(&self) -> Option<(&Value, &Value)> {
        match self.stack.as_slice() {
            [.., a, b] => Some((a, b)),
            _ => None,
        }
    }

    /// Replace the top two values by `v`.
    #[inline]
    pub fn set_top2(&mut self, v: Value) {
        self.stack.pop();
        if let Some(top) = self.stack.last_mut() {
            *top = v;
        }
    }

    /// The value `n` below the top (0 is TOS).
    #[inline]
    pub fn peek(&self, n: usize) -> &Value {
        let len = self.stack.len();
        len.checked_sub(n + 1)
            .and_then(|i| self.stack.get(i))
            .unwrap_or(&Value::Null)
    }

    /// Pop the top `n` values, in stack order.
    pub fn pop_n(&mut self, n: usize) -> Vec<Value> {
        let at = self.stack.len().saturating_sub(n);
        self.stack.split_off(at)
    }
}

/// A frame on the heap: the run loop, `Vm::frames` and suspended
/// generators move frames only as pointers (a `Frame` is over 100 bytes).
pub(crate) type FrameBox = Box<Frame>;

/// Finished frames, kept with their vectors' capacity so that a call
/// allocates nothing in the common case: [`Pool::frame`] refills one.
#[derive(Debug, Default)]
pub(crate) struct Pool {
    spare: Vec<FrameBox>,
    /// What a pooled frame points at meanwhile, so that it keeps no
    /// module namespace alive: an empty namespace, and the code of the
    /// first frame recycled (kept for good; its constants are immutable
    /// values, whose lifetime nothing can observe).
    blank: Option<(Rc<Code>, Namespace)>,
}

/// How many spare frames the pool keeps.
const POOL_SIZE: usize = 64;

/// Frames whose vectors grew bigger than this are left to the allocator.
const POOL_MAX_CAPACITY: usize = 256;

impl Pool {
    /// A frame for `code` in `globals`, its local slots and stack empty
    /// (with room for `code`'s), `pc` 0.
    #[inline]
    pub(crate) fn frame(&mut self, code: &Rc<Code>, globals: &Namespace) -> FrameBox {
        match self.spare.pop() {
            Some(mut f) => {
                f.code = code.clone();
                f.globals = globals.clone();
                f.pc = 0;
                f.instr = 0;
                f.locals.reserve(code.nlocals);
                f.stack.reserve(code.obj.stacksize as usize);
                f
            }
            None => Box::new(Frame::with_vecs(
                code.clone(),
                globals.clone(),
                Vec::with_capacity(code.nlocals),
                Vec::with_capacity(code.obj.stacksize as usize),
            )),
        }
    }

    /// Keep a finished frame (its values are dropped now).
    #[inline]
    pub(crate) fn recycle(&mut self, mut frame: FrameBox) {
        // Last to first, as CPython releases a frame's locals (this
        // order is visible through `__del__`).
        while frame.locals.pop().is_some() {}
        frame.stack.clear();
        frame.namespace = None;
        frame.init = None;
        if self.spare.len() >= POOL_SIZE
            || frame.locals.capacity() > POOL_MAX_CAPACITY
            || frame.stack.capacity() > POOL_MAX_CAPACITY
        {
            return;
        }
        let (code, globals) = self.blank.get_or_insert_with(|| {
            let code = frame.code.clone();
            let globals = Namespace::new(crate::dict::Dict::default());
            (code, globals)
        });
        frame.code = code.clone();
        frame.globals = globals.clone();
        self.spare.push(frame);
    }
}
