//! "Exception ignored" reports: an exception that cannot propagate (raised
//! by `__del__` or a weak reference callback) is printed on stderr with
//! CPython 3.14's wording and the program goes on.

use crate::exception::PyErr;
use crate::value::Value;
use crate::Vm;

impl Vm<'_> {
    /// Print `Exception ignored {what} {repr(obj)}:` and `e`'s traceback.
    pub(crate) fn report_unraisable(&mut self, e: &PyErr, what: &str, obj: &Value) {
        let shown = self
            .repr_of(obj)
            .unwrap_or_else(|_| "<object repr() failed>".to_owned());
        self.report_unraisable_text(e, what, &shown);
    }

    /// [`Vm::report_unraisable`] for an object shown as `shown`.
    pub(crate) fn report_unraisable_text(&mut self, e: &PyErr, what: &str, shown: &str) {
        self.cache_exception_text(&e.value);
        let trace = crate::traceback::format_traceback(e, &self.sources);
        let mut text = format!("Exception ignored {what} {shown}:\n");
        // Every frame hidden (library code CPython runs in C): no header.
        let trace = match trace.strip_prefix("Traceback (most recent call last):\n") {
            Some(rest) if !rest.starts_with("  ") => rest.to_owned(),
            _ => trace,
        };
        // CPython prints these with its C traceback printer, which shows
        // no caret lines (no Python line consists of `~` and `^` alone).
        for line in trace.lines() {
            let body = line.trim_start();
            let is_carets = !body.is_empty() && body.chars().all(|c| c == '~' || c == '^');
            if !(is_carets && line.starts_with("    ")) {
                text.push_str(line);
                text.push('\n');
            }
        }
        // Nothing more can be done if stderr itself fails.
        let _ = self.write_fd(2, &text);
    }
}
