//! The native half of `ast` (`_ast`): parsing source with Taipan's parser
//! and handing the tree to `lib/ast.py` as the text of CPython's
//! `ast.dump(tree, include_attributes=True, show_empty=True)`, which
//! `ast.py` evaluates with its node classes to build the node objects
//! (one format, already byte-exact against CPython, for both directions).

use std::rc::Rc;

use super::{add_functions, parse_error};
use crate::dict::Dict;
use crate::exception::{type_error, value_error, ExcKind, PyErr, PyResult};
use crate::types::type_name;
use crate::value::{NativeFn, Value};
use crate::Vm;

type Kw<'a> = &'a [(Rc<str>, Value)];

/// Fill the namespace of `_ast`.
pub(super) fn init(d: &mut Dict) {
    let functions: [(&'static str, NativeFn); 2] =
        [("parse_dump", parse_dump), ("tokenize_text", tokenize_text)];
    add_functions(d, &functions);
}

/// `parse_dump(source, filename, mode, type_comments)`: the dump text of
/// the tree of `source` (a str), or the `SyntaxError` CPython raises.
fn parse_dump(_vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    let [source, filename, mode, type_comments] = args else {
        return Err(type_error("parse_dump() takes exactly 4 arguments"));
    };
    let (Some(source), Some(filename), Some(mode)) =
        (source.as_str(), filename.as_str(), mode.as_str())
    else {
        return Err(type_error(format!(
            "parse_dump() expects str arguments, got {}",
            type_name(source)
        )));
    };
    let mode = match mode {
        "exec" => taipan_parser::Mode::Exec,
        "eval" => taipan_parser::Mode::Eval,
        "single" => taipan_parser::Mode::Single,
        "func_type" => taipan_parser::Mode::FuncType,
        _ => {
            return Err(value_error(
                "compile() mode must be 'exec', 'eval', 'single' or 'func_type'",
            ))
        }
    };
    let options = taipan_parser::ParseOptions {
        mode,
        type_comments: matches!(type_comments, Value::Bool(true)),
    };
    let tree =
        taipan_parser::parse(source, &options).map_err(|e| parse_error(&e, filename, source))?;
    let index = taipan_source::LineIndex::new(source);
    let dump_options = taipan_ast::DumpOptions {
        include_attributes: true,
        indent: None,
        show_empty: true,
    };
    match taipan_ast::dump::try_dump(&tree, source, &index, &dump_options) {
        Ok(text) => Ok(Value::str(text)),
        Err(e) => Err(PyErr::msg(ExcKind::ValueError, e.to_string())),
    }
}

/// `tokenize_text(text)`: the token lines `python -m tokenize` prints for
/// `text` (without the ENCODING line), or `('error', line, col, message)`
/// for the `TokenError` `tokenize` raises.
fn tokenize_text(_vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    let [text] = args else {
        return Err(type_error("tokenize_text() takes exactly 1 argument"));
    };
    let Some(text) = text.as_str() else {
        return Err(type_error("tokenize_text() expects a str"));
    };
    match taipan_tokenizer::tokenize::tokenize_lines("<s>", text, false) {
        Ok(lines) => Ok(Value::str(lines)),
        Err(line) => {
            // `<s>:LINE:COL: error: MESSAGE`
            let mut parts = line.trim_start_matches("<s>:").splitn(3, ':');
            let mut number = || parts.next().and_then(|n| n.trim().parse::<i64>().ok());
            let (row, col) = (number().unwrap_or(0), number().unwrap_or(0));
            let message = parts.next().unwrap_or("").trim_start_matches(" error: ");
            Ok(Value::tuple(vec![
                Value::str("error"),
                Value::Int(row),
                Value::Int(col),
                Value::str(message),
            ]))
        }
    }
}
