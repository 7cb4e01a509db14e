//! "RuntimeWarning: coroutine '...' was never awaited".
//!
//! A coroutine freed before its frame ever ran queues its qualified name
//! here (its `Drop`, which cannot reach the VM) and raises the collector's
//! pending flag; the next safe point that knows the running frame issues
//! the warning through `warnings` at that frame's line (`Vm::warn`, with a
//! source, so the "Enable tracemalloc" hint follows as in CPython; the
//! default filter shows it once per line through `__warningregistry__`).
//! An `error` filter makes it an exception, reported as "Exception
//! ignored" since a finalizer cannot raise. Warnings still queued when the
//! program ends are dropped, as CPython prints nothing for coroutines
//! freed at shutdown.

use std::cell::RefCell;

use crate::exception::ExcKind;
use crate::frame::Frame;
use crate::value::Value;
use crate::Vm;

thread_local! {
    static QUEUE: RefCell<Vec<String>> = const { RefCell::new(Vec::new()) };
}

/// Queue the warning for the never-started coroutine `qualname`.
pub(crate) fn queue(qualname: &str) {
    let queued = QUEUE
        .try_with(|q| {
            q.try_borrow_mut()
                .map(|mut q| q.push(qualname.to_owned()))
                .is_ok()
        })
        .unwrap_or(false);
    if queued {
        crate::gc::mark_pending();
    }
}

/// Whether warnings wait for a safe point.
pub(crate) fn queued() -> bool {
    QUEUE
        .try_with(|q| q.try_borrow().is_ok_and(|q| !q.is_empty()))
        .unwrap_or(false)
}

/// Forget queued warnings (a new program starts).
pub(crate) fn reset() {
    let _ = QUEUE.try_with(|q| q.borrow_mut().clear());
}

impl Vm<'_> {
    /// Issue the queued warnings at `frame`'s current line.
    pub(crate) fn report_never_awaited(&mut self, frame: &Frame) {
        let names = QUEUE.with(|q| std::mem::take(&mut *q.borrow_mut()));
        for qualname in names {
            let message = Value::str(format!("coroutine '{qualname}' was never awaited"));
            let category = Value::obj(crate::value::Object::Type(
                crate::types::TypeKind::Exception(ExcKind::RuntimeWarning),
            ));
            let source = Value::str(&*qualname);
            if let Err(e) = self.warn_with(Some(frame), category, message, 1, source) {
                let shown = format!("<coroutine object {qualname}>");
                self.report_unraisable_text(&e, "while finalizing coroutine", &shown);
            }
        }
    }
}

/// `_asyncio._deprecated(message)`: a `DeprecationWarning` at the line
/// that called the library function calling this.
pub(crate) fn deprecated(
    vm: &mut Vm,
    frame: Option<&Frame>,
    args: &[Value],
    _: &[(std::rc::Rc<str>, Value)],
) -> crate::exception::PyResult<Value> {
    let message = args
        .first()
        .and_then(Value::as_str)
        .unwrap_or_default()
        .to_owned();
    vm.warn(frame, ExcKind::DeprecationWarning, &message, 2)?;
    Ok(Value::None)
}
