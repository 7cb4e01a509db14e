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
        if messages.is_empty() {
            return;
        }
        let obj = &frame.code.obj;
        let line = obj.position(frame.instr).line;
        let filename = obj.filename.to_string();
        let text = self.sources.get(&filename).map(|source| {
            let index = taipan_source::LineIndex::new(source);
            index.line_text(source, line).trim().to_owned()
        });
        for message in messages {
            let key = (filename.clone(), line, message.clone());
            if !SHOWN.with(|s| s.borrow_mut().insert(key)) {
                continue;
            }
            let mut out = format!("{filename}:{line}: RuntimeWarning: {message}\n");
            if let Some(text) = text.as_deref().filter(|t| !t.is_empty()) {
                out.push_str(&format!("  {text}\n"));
            }
            out.push_str(
                "RuntimeWarning: Enable tracemalloc to get the object allocation traceback\n",
            );
            // Nothing more can be done if stderr itself fails.
            let _ = self.write_fd(2, &out);
        }
    }
}
