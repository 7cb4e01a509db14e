//! "RuntimeWarning: coroutine '...' was never awaited".
//!
//! A coroutine freed before its frame ever ran queues its qualified name
//! here (its `Drop`, which cannot reach the VM) and raises the collector's
//! pending flag; the next safe point that knows the running frame prints
//! the warning as `warnings.showwarning` does, at that frame's line, with
//! the "Enable tracemalloc" hint CPython adds. The default filter shows a
//! warning once per (text, line), as the `__warningregistry__` does.
//! Warnings still queued when the program ends are dropped, as CPython
//! prints nothing for coroutines freed at shutdown.

use std::cell::RefCell;
use std::collections::HashSet;

use crate::frame::Frame;
use crate::value::Value;
use crate::Vm;

thread_local! {
    static QUEUE: RefCell<Vec<String>> = const { RefCell::new(Vec::new()) };
    static SHOWN: RefCell<HashSet<(String, u32, String)>> = RefCell::new(HashSet::new());
}

/// Queue the warning for the never-started coroutine `qualname`.
pub(crate) fn queue(qualname: &str) {
    let queued = QUEUE
        .try_with(|q| {
            q.try_borrow_mut()
                .map(|mut q| q.push(format!("coroutine '{qualname}' was never awaited")))
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

/// Forget queued warnings and the registry (a new program starts).
pub(crate) fn reset() {
    let _ = QUEUE.try_with(|q| q.borrow_mut().clear());
    let _ = SHOWN.try_with(|s| s.borrow_mut().clear());
}

impl Vm<'_> {
    /// Print the queued warnings at `frame`'s current line.
    pub(crate) fn report_never_awaited(&mut self, frame: &Frame) {
        let messages = QUEUE.with(|q| std::mem::take(&mut *q.borrow_mut()));
        for message in messages {
            if self.warn_at(frame, "RuntimeWarning", &message) {
                let _ = self.write_fd(
                    2,
                    "RuntimeWarning: Enable tracemalloc to get the object allocation traceback\n",
                );
            }
        }
    }

    /// Print `FILE:LINE: CATEGORY: MESSAGE` and the source line of
    /// `frame`, once per (line, message) as the default filter does;
    /// whether it printed.
    pub(crate) fn warn_at(&mut self, frame: &Frame, category: &str, message: &str) -> bool {
        let obj = &frame.code.obj;
        let line = obj.position(frame.instr).line;
        let filename = obj.filename.to_string();
        let key = (filename.clone(), line, message.to_owned());
        if !SHOWN.with(|s| s.borrow_mut().insert(key)) {
            return false;
        }
        let text = self.sources.get(&filename).map(|source| {
            let index = taipan_source::LineIndex::new(source);
            index.line_text(source, line).trim().to_owned()
        });
        let mut out = format!("{filename}:{line}: {category}: {message}\n");
        if let Some(text) = text.as_deref().filter(|t| !t.is_empty()) {
            out.push_str(&format!("  {text}\n"));
        }
        // Nothing more can be done if stderr itself fails.
        let _ = self.write_fd(2, &out);
        true
    }
}

/// `_asyncio._deprecated(message)`: a `DeprecationWarning` at the line
/// that called the library function calling this.
pub(crate) fn deprecated(
    vm: &mut Vm,
    _: Option<&Frame>,
    args: &[Value],
    _: &[(std::rc::Rc<str>, Value)],
) -> crate::exception::PyResult<Value> {
    let message = args
        .first()
        .and_then(Value::as_str)
        .unwrap_or_default()
        .to_owned();
    if let Some(caller) = vm.frames.pop() {
        vm.warn_at(&caller, "DeprecationWarning", &message);
        vm.frames.push(caller);
    }
    Ok(Value::None)
}
