//! Exception attributes beyond `args`, and exception groups.

use crate::exception::{ExcKind, ExceptionObj};
use crate::value::Value;

/// Attributes some exception classes compute from their arguments
/// (`StopIteration.value`).
pub(crate) fn exception_attr(e: &ExceptionObj, name: &str) -> Option<Value> {
    match name {
        "value" if e.kind.is_subclass(ExcKind::StopIteration) => {
            Some(e.args.borrow().first().cloned().unwrap_or(Value::None))
        }
        "__context__" => Some(e.context.borrow().clone().unwrap_or(Value::None)),
        "__cause__" => Some(e.cause.borrow().clone().unwrap_or(Value::None)),
        "__suppress_context__" => Some(Value::Bool(e.suppress_context.get())),
        _ => None,
    }
}
