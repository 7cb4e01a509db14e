//! The depth of native recursion: `repr`, `str` and comparison of nested
//! containers recurse on the Rust stack (as CPython's C code recurses on
//! the C stack). Past [`LIMIT`] levels they raise `RecursionError` with
//! CPython's message instead of overflowing the stack. The `taipan`
//! command runs the interpreter on a thread whose stack holds that many.

use std::cell::Cell;

use crate::exception::{ExcKind, PyErr, PyResult};

/// Nesting levels allowed (CPython 3.13's C recursion limit is 10,000:
/// nested lists 10,000 deep compare, 11,000 deep raise).
pub(crate) const LIMIT: u32 = 10_000;

thread_local! {
    static DEPTH: Cell<u32> = const { Cell::new(0) };
}

/// Run `f` one level deeper; `context` ends CPython's message
/// (`" in comparison"`, `" while getting the repr of an object"`).
pub(crate) fn nested<T>(context: &str, f: impl FnOnce() -> PyResult<T>) -> PyResult<T> {
    let depth = DEPTH.with(Cell::get);
    if depth >= LIMIT {
        return Err(PyErr::msg(
            ExcKind::RecursionError,
            format!("maximum recursion depth exceeded{context}"),
        ));
    }
    DEPTH.with(|d| d.set(depth + 1));
    let result = f();
    DEPTH.with(|d| d.set(depth));
    result
}
