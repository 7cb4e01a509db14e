//! Taipan's virtual machine: runs the code objects the compiler makes.
//!
//! `run_file` is the whole pipeline: parse (`taipan-parser`), compile
//! (`taipan-compiler`), load the code ([`code::Code`]) and execute it in
//! the interpreter loop ([`interp`]). An uncaught exception is printed as
//! CPython's traceback ([`traceback`]). See `docs/vm.md` for the design.

mod attrs;
mod binary_op;
mod builtins;
mod bytearray;
mod bytes_methods;
mod bytes_ops;
mod bytes_split;
mod call;
mod carets;
mod classes;
mod code;
mod codecs;
mod codecs_wide;
mod compare;
mod container_ops;
mod depth;
mod dict;
mod dict_methods;
mod dunder;
mod exception;
mod exception_group;
mod format;
mod format_spec;
mod frame;
mod gc;
mod gc_module;
mod generator;
mod interp;
mod iter;
mod lang_ops;
mod list_methods;
mod memoryview;
mod method_args;
mod methods;
mod modules;
mod object_type;
mod percent;
mod set;
mod set_methods;
mod str_case;
mod str_format;
mod str_methods;
mod str_translate;
mod subscript;
mod suggest;
mod traceback;
mod types;
mod value;
mod weakref;

use std::cell::RefCell;
use std::io::Write;
use std::rc::Rc;

pub use exception::{ExcKind, PyErr, PyResult};
pub use gc::tracked_count;
pub use value::Value;

use dict::Dict;
use frame::Frame;

/// The default `sys.getrecursionlimit()`.
pub const RECURSION_LIMIT: usize = 1000;

/// How deeply runs of Python code may nest inside native code (each
/// nesting uses the Rust stack; Python-to-Python calls do not count).
pub const NESTED_RUN_LIMIT: usize = 150;

/// The interpreter: output streams, builtins and the frames of the Python
/// functions currently running (the running frame itself is held by the
/// loop; `frames` holds its callers).
pub struct Vm<'a> {
    out: &'a mut dyn Write,
    builtins: Dict,
    frames: Vec<Frame>,
    /// The exception being handled (`sys.exception()`), or `None`.
    exc_info: Value,
    /// Imported modules by name (`sys.modules`).
    modules: Dict,
    /// Current depth of nested `run_until` calls.
    nested: usize,
    /// Vectors of finished frames, for new frames to reuse.
    pool: frame::Pool,
}

impl<'a> Vm<'a> {
    /// A fresh interpreter writing `print` output to `out`.
    pub fn new(out: &'a mut dyn Write) -> Vm<'a> {
        Vm {
            out,
            builtins: builtins::make_builtins(),
            frames: Vec::new(),
            exc_info: Value::None,
            modules: Dict::new(),
            nested: 0,
            pool: frame::Pool::default(),
        }
    }
}

/// Run the program `source` (decoded text of `filename`) as `__main__`,
/// writing its output to `out` and any error report to `err`; returns the
/// process exit code (0, 1 after an uncaught exception, or the
/// `SystemExit` status). A syntax error is reported only briefly here:
/// callers with CPython's full `SyntaxError` display should parse first
/// and use [`run_module`].
pub fn run_file(filename: &str, source: &str, out: &mut dyn Write, err: &mut dyn Write) -> i32 {
    let module = match taipan_parser::parse(source, &Default::default()) {
        Ok(m) => m,
        Err(e) => {
            let _ = writeln!(
                err,
                "  File \"{filename}\"\n{:?}: {}",
                e.error_type, e.message
            );
            return 1;
        }
    };
    run_module(filename, source, &module, out, err)
}

/// Run an already parsed module (for a caller that shows syntax errors
/// itself, as the `taipan` command does); same contract as [`run_file`].
pub fn run_module(
    filename: &str,
    source: &str,
    module: &taipan_ast::Mod,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> i32 {
    match taipan_compiler::compile_module(module, source, filename) {
        Ok(code) => run_code(source, code, out, err),
        Err(e) => {
            let _ = writeln!(err, "{e}");
            1
        }
    }
}

/// Run a compiled module (for a caller that compiles, and shows compile
/// errors, itself); same contract as [`run_file`]. `source` is the text
/// the code was compiled from, for the source lines of tracebacks.
pub fn run_code(
    source: &str,
    code: taipan_bytecode::CodeObject,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> i32 {
    gc::reset();
    let code = code::Code::load(code);
    let globals = Rc::new(RefCell::new(Dict::new()));
    globals
        .borrow_mut()
        .set_str(&Rc::from("__name__"), Value::str("__main__"));
    let result = {
        let mut vm = Vm::new(out);
        let frame = Frame::new(code, globals.clone(), Vec::new());
        let result = vm.run_frame(frame);
        gc::safe_point(&mut vm);
        let _ = vm.out.flush();
        result
    };
    let status = match result {
        Ok(_) => 0,
        Err(e) if e.kind() == ExcKind::SystemExit => {
            let _ = out.flush();
            system_exit_status(&e, err)
        }
        Err(e) => {
            let _ = out.flush();
            let _ = err.write_all(traceback::format_traceback(&e, source).as_bytes());
            1
        }
    };
    // Globals die here, deterministically, before the exit status is returned.
    drop(globals);
    gc::reset();
    status
}

/// The exit status of an uncaught `SystemExit` (as CPython's
/// `handle_system_exit`): no argument or `None` is 0, an int is itself,
/// anything else is printed to stderr and gives 1.
fn system_exit_status(e: &PyErr, err: &mut dyn Write) -> i32 {
    let code = match e.value.as_obj() {
        Some(value::Object::Exception(obj)) => obj.args.borrow().first().cloned(),
        _ => None,
    };
    match code {
        None | Some(Value::None) => 0,
        Some(Value::Int(i)) => i as i32,
        Some(Value::Bool(b)) => i32::from(b),
        Some(other) => {
            let text = format::str(&other).unwrap_or_default();
            let _ = writeln!(err, "{text}");
            1
        }
    }
}
