//! The fast path of `CALL` for a class: `Point(x, y)` where the class is an
//! ordinary one (metaclass `type`, no `__new__` of its own, not abstract,
//! not built on a built-in type or an exception) whose `__init__` is a Python function
//! taking the arguments positionally. The instance is made here and the
//! `__init__` frame is pushed into the running loop like any Python call
//! (no nested run on the Rust stack); the frame carries the instance
//! (`Frame::init`), and its `RETURN_VALUE` hands the instance to the caller
//! instead of `__init__`'s result (which must be `None`: CPython's
//! `TypeError` otherwise, raised in the caller). Every other class call
//! goes through `classes::instantiate` (`type.__call__`).

use std::rc::Rc;

use crate::classes::{class_lookup, exception_base, InstanceObj, HAS_ABSTRACT};
use crate::dict::HashKey;
use crate::exception::{type_error, PyResult};
use crate::frame::Frame;
use crate::types::{type_name, TypeKind};
use crate::value::{Object, Value};
use crate::Vm;

thread_local! {
    /// The keys of `__new__` and `__init__`, made once (the class
    /// attribute cache knows a name by the address of its string).
    static KEYS: [HashKey; 2] = [
        HashKey::Str(Rc::from("__new__")),
        HashKey::Str(Rc::from("__init__")),
    ];
}

/// The `__init__` function of `class` when a call of it with `nargs`
/// positional arguments (the instance included) can take the fast path.
fn simple_init(class: &Value, nargs: usize) -> Option<Value> {
    let Some(Object::Class(c)) = class.as_obj() else {
        return None;
    };
    if c.builtin_base.is_some()
        || c.flags.get() & HAS_ABSTRACT != 0
        || !matches!(c.metaclass.as_obj(), Some(Object::Type(TypeKind::Type)))
    {
        return None;
    }
    let init = KEYS.with(|[new, init]| match class_lookup(class, new) {
        Some(_) => None,
        None => class_lookup(class, init),
    })?;
    let Some(Object::Function(f)) = init.as_obj() else {
        return None;
    };
    let argcount = f.code.obj.argcount as usize;
    let fits = f.code.simple_args && nargs <= argcount && nargs + f.defaults.len() >= argcount;
    (fits && exception_base(class).is_none()).then_some(init)
}

impl Vm<'_> {
    /// `CALL` of a class taking the fast path (see the module doc): the
    /// `__init__` frame to run, the instance made; `None` with nothing
    /// changed for every other call.
    #[inline]
    pub(crate) fn fast_class_call(
        &mut self,
        frame: &mut Frame,
        argc: usize,
    ) -> Option<crate::frame::FrameBox> {
        let func_at = frame.stack.len().checked_sub(argc + 2)?;
        let class = frame.stack.get(func_at)?;
        if !matches!(class.as_obj(), Some(Object::Class(_)))
            || !matches!(frame.stack.get(func_at + 1), Some(Value::Null))
        {
            return None;
        }
        let init = simple_init(class, argc + 1)?;
        let Some(Object::Function(f)) = init.as_obj() else {
            return None;
        };
        let instance = Value::obj(Object::Instance(InstanceObj::new(
            class.clone(),
            Value::Null,
        )));
        let mut callee = self.frame_from_stack(frame, func_at, f, instance.clone());
        callee.init = Some(instance);
        Some(callee)
    }

    /// After an `__init__` frame pushed by [`Vm::fast_class_call`] returned
    /// to `frame`: replace its result (on top of the stack) by the
    /// instance, or raise CPython's `TypeError` when it was not `None`.
    #[inline]
    pub(crate) fn finish_init(&mut self, frame: &mut Frame, instance: Value) -> PyResult<()> {
        let result = frame.pop();
        if !matches!(result, Value::None) {
            return Err(type_error(format!(
                "__init__() should return None, not '{}'",
                type_name(&result)
            )));
        }
        frame.push(instance);
        Ok(())
    }
}
