//! `_taipan_pyc`: the native half of `importlib.util`'s cache functions,
//! `py_compile` and `compileall` (their Python halves are in `lib/`).
//! Positional arguments only; the Python wrappers check and default them.

use std::rc::Rc;

use taipan_bytecode::pyc::{self, Invalidation};

use super::pyc_cache::{bytes_value, cache_from_source, source_from_cache, write_atomic};
use super::{add_functions, set};
use crate::dict::Dict;
use crate::exception::{type_error, value_error, ExcKind, PyResult};
use crate::types::type_name;
use crate::value::{Object, Value};
use crate::Vm;

type Kw<'a> = &'a [(Rc<str>, Value)];

/// Fill the namespace of `_taipan_pyc`.
pub(super) fn init(d: &mut Dict) {
    set(d, "MAGIC_NUMBER", bytes_value(&pyc::magic()));
    set(d, "cache_tag", Value::str(super::pyc_cache::CACHE_TAG));
    add_functions(
        d,
        &[
            ("cache_from_source", native_cache_from_source),
            ("source_from_cache", native_source_from_cache),
            ("source_hash", native_source_hash),
            ("compile_to_pyc", compile_to_pyc),
            ("write_atomic", native_write_atomic),
            ("syntax_error_text", syntax_error_text),
        ],
    );
}

/// Positional argument `i` as a string.
fn str_arg<'a>(args: &'a [Value], i: usize, what: &str) -> PyResult<&'a str> {
    match args.get(i) {
        Some(v) => v.as_str().ok_or_else(|| {
            type_error(format!(
                "expected str, bytes or os.PathLike object, not {}",
                type_name(v)
            ))
        }),
        None => Err(type_error(format!("missing argument {what}"))),
    }
}

/// `sys.pycache_prefix` if it is a string.
fn prefix(vm: &mut Vm) -> PyResult<Option<String>> {
    let sys = vm.import_module("sys")?;
    let value = match sys.as_obj() {
        Some(Object::Module(m)) => m.get("pycache_prefix"),
        _ => None,
    };
    Ok(value.and_then(|v| v.as_str().map(str::to_owned)))
}

/// `cache_from_source(path, optimization)`: `optimization` is the
/// already-checked suffix (`''` for none).
fn native_cache_from_source(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    let path = str_arg(args, 0, "path")?;
    let opt = str_arg(args, 1, "optimization")?;
    let prefix = prefix(vm)?;
    Ok(Value::str(cache_from_source(path, opt, prefix.as_deref())))
}

/// `source_from_cache(path)`.
fn native_source_from_cache(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    let path = str_arg(args, 0, "path")?;
    let prefix = prefix(vm)?;
    Ok(Value::str(source_from_cache(path, prefix.as_deref())?))
}

/// `source_hash(data)`: the hash hash-based files store.
fn native_source_hash(_: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    match args.first().and_then(Value::as_obj) {
        Some(Object::Bytes(b)) => Ok(bytes_value(&pyc::source_hash(b))),
        _ => Err(type_error("source_hash() argument must be bytes")),
    }
}

/// `compile_to_pyc(source, file, dfile, mode, optimize)`: the `.pyc`
/// bytes of the source bytes `source` (read from `file`, named `dfile` in
/// the code) in `mode` (`timestamp`, `checked-hash`, `unchecked-hash`).
/// Raises what compiling raises (`SyntaxError`...).
fn compile_to_pyc(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    let Some(Object::Bytes(bytes)) = args.first().and_then(Value::as_obj) else {
        return Err(type_error("compile_to_pyc() needs the source bytes"));
    };
    let file = str_arg(args, 1, "file")?;
    let dfile = str_arg(args, 2, "dfile")?;
    let mode = str_arg(args, 3, "mode")?;
    let optimize = match args.get(4) {
        Some(Value::Int(n)) if *n >= 0 => u8::try_from(*n).unwrap_or(2).min(2),
        _ => vm.config.optimize,
    };
    let code = compile_source(bytes, dfile, optimize)?;
    let invalidation = match mode {
        "timestamp" => {
            let meta = std::fs::metadata(file).map_err(|e| super::os::os_error(&e, file))?;
            let (mtime, size) = super::pyc_cache::stamp(&meta);
            Invalidation::Timestamp { mtime, size }
        }
        "checked-hash" | "unchecked-hash" => Invalidation::Hash {
            hash: pyc::source_hash(bytes),
            checked: mode == "checked-hash",
        },
        _ => return Err(value_error(format!("bad invalidation mode {mode}"))),
    };
    Ok(bytes_value(&pyc::write(&code, invalidation)))
}

/// `write_atomic(path, data)`: write a file through a temporary one
/// renamed over it; `OSError` on failure.
fn native_write_atomic(_: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    let path = str_arg(args, 0, "path")?;
    let Some(Object::Bytes(data)) = args.get(1).and_then(Value::as_obj) else {
        return Err(type_error("write_atomic() needs bytes"));
    };
    write_atomic(path, data).map_err(|e| super::os::os_error(&e, path))?;
    Ok(Value::None)
}

/// Decode, parse and compile module source named `file`; a
/// `SyntaxError` as an import would raise it.
fn compile_source(bytes: &[u8], file: &str, optimize: u8) -> PyResult<taipan_bytecode::CodeObject> {
    use super::import::{compile_error, parse_error, syntax_error};
    let source = taipan_source::decode_source_file(bytes, file)
        .map_err(|e| syntax_error(ExcKind::SyntaxError, file, "", &e.message, e.range))?;
    let options = taipan_parser::ParseOptions {
        mode: taipan_parser::Mode::Exec,
        type_comments: false,
    };
    let module =
        taipan_parser::parse(&source, &options).map_err(|e| parse_error(&e, file, &source))?;
    taipan_compiler::compile_module_optimized(&module, &source, file, optimize)
        .map_err(|e| compile_error(e, file, &source))
}

/// `syntax_error_text(exc)`: the lines `traceback.format_exception_only`
/// gives for a `SyntaxError` (location, line, carets, message).
fn syntax_error_text(_: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    let exc = args.first().cloned().unwrap_or(Value::None);
    let Some(Object::Exception(obj)) = exc.as_obj() else {
        return Err(type_error("expected an exception"));
    };
    let block = super::import::syntax_error_block(&exc).unwrap_or_default();
    let msg = super::import::syntax_error_msg(&exc).unwrap_or_default();
    let name = obj.kind.name();
    Ok(Value::str(format!("{block}{name}: {msg}\n")))
}
