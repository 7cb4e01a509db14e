//! `_taipan_traceback`: the VM's own traceback printer for the Python
//! `traceback` module (`lib/traceback.py`), so `format_exception` and an
//! uncaught exception print the same text (carets, groups, chains, notes).

use std::rc::Rc;

use super::add_functions;
use crate::dict::Dict;
use crate::exception::{type_error, PyResult, TracebackEntry};
use crate::value::{NativeFn, Object, Value};
use crate::Vm;

type Kw<'a> = &'a [(Rc<str>, Value)];

/// Fill the namespace of `_taipan_traceback`.
pub(super) fn init(d: &mut Dict) {
    let functions: [(&'static str, NativeFn); 5] = [
        ("format_exception", format_exception),
        ("format_exception_only", format_exception_only),
        ("format_frame", format_frame),
        ("getline", getline),
        ("position", position),
    ];
    add_functions(d, &functions);
}

/// The entries (innermost first) of a traceback object or `None`.
fn entries(tb: &Value) -> PyResult<Vec<TracebackEntry>> {
    match tb.as_obj() {
        Some(Object::Traceback(_)) => Ok(crate::tb_object::entries_from_chain(tb)),
        _ if matches!(tb, Value::None) => Ok(Vec::new()),
        _ => Err(type_error(format!(
            "expected traceback object or None, got '{}'",
            crate::types::type_name(tb)
        ))),
    }
}

fn pieces(items: Vec<String>) -> Value {
    Value::list(items.into_iter().map(Value::str).collect())
}

/// `format_exception(value, tb, chain, limit)`: the pieces of the text an
/// uncaught `value` prints, `tb` as its traceback.
fn format_exception(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    let [value, tb, chain, limit] = args else {
        return Err(type_error("format_exception() takes exactly 4 arguments"));
    };
    let entries = entries(tb)?;
    let limit = match limit {
        Value::Int(n) => Some(*n),
        _ => None,
    };
    let chain = vm.truthy(chain)?;
    vm.cache_exception_text(value);
    let out = crate::traceback::format_chunks(value, &entries, &vm.sources, chain, limit);
    Ok(pieces(out))
}

/// `format_exception_only(value)`: its last line(s) and notes.
fn format_exception_only(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    let [value] = args else {
        return Err(type_error(
            "format_exception_only() takes exactly 1 argument",
        ));
    };
    vm.cache_exception_text(value);
    Ok(pieces(crate::traceback::exception_only(value)))
}

fn u32_arg(v: &Value) -> Option<u32> {
    match v {
        Value::Int(n) => u32::try_from(*n).ok(),
        _ => None,
    }
}

/// `format_frame(filename, lineno, end_lineno, colno, end_colno, name)`:
/// one frame's `File` line, source line and carets.
fn format_frame(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    let [filename, lineno, end_lineno, colno, end_colno, name] = args else {
        return Err(type_error("format_frame() takes exactly 6 arguments"));
    };
    let filename = crate::format::str(filename)?;
    let name = crate::format::str(name)?;
    let line = u32_arg(lineno).unwrap_or(0);
    let position = match (u32_arg(end_lineno), u32_arg(colno), u32_arg(end_colno)) {
        (Some(end_line), Some(col), Some(end_col)) => taipan_bytecode::Position {
            line,
            end_line,
            col,
            end_col,
        },
        // No columns: the line without carets.
        _ => taipan_bytecode::Position {
            line,
            ..Default::default()
        },
    };
    let source = vm
        .sources
        .get(&filename)
        .cloned()
        .unwrap_or_else(|| Rc::from(""));
    let index = taipan_source::LineIndex::new(&source);
    let text = crate::traceback::frame_text(&filename, &name, position, &source, &index);
    Ok(Value::str(text))
}

/// `getline(filename, lineno)`: the line of a file the VM ran or imported
/// (with its newline), or `''`.
fn getline(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    let [filename, lineno] = args else {
        return Err(type_error("getline() takes exactly 2 arguments"));
    };
    let filename = crate::format::str(filename)?;
    let Some(source) = vm.sources.get(&filename).cloned() else {
        return Ok(Value::str(""));
    };
    let Some(line) = u32_arg(lineno).filter(|&n| n > 0) else {
        return Ok(Value::str(""));
    };
    let text = source
        .split_inclusive('\n')
        .nth(line as usize - 1)
        .unwrap_or("");
    let mut text = text.trim_end_matches(['\r', '\n']).to_owned();
    if !text.is_empty() || source.split_inclusive('\n').count() >= line as usize {
        text.push('\n');
    }
    Ok(Value::str(text))
}

/// `position(code, lasti)`: `(line, end_line, col, end_col)` of the
/// instruction at byte offset `lasti`.
fn position(_: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    let [code, Value::Int(lasti)] = args else {
        return Err(type_error("position() takes a code object and an offset"));
    };
    let Some(Object::Code(code)) = code.as_obj() else {
        return Err(type_error("position() takes a code object and an offset"));
    };
    let p = code.obj.position(usize::try_from(*lasti / 2).unwrap_or(0));
    let int = |n: u32| Value::Int(i64::from(n));
    if p.line == 0 && p.end_line == 0 {
        return Ok(Value::tuple(vec![Value::None; 4]));
    }
    Ok(Value::tuple(vec![
        int(p.line),
        int(p.end_line),
        int(p.col),
        int(p.end_col),
    ]))
}
