//! Taipan's virtual machine: runs the code objects the compiler makes.
//!
//! `run_file` is the whole pipeline: parse (`taipan-parser`), compile
//! (`taipan-compiler`), load the code ([`code::Code`]) and execute it in
//! the interpreter loop ([`interp`]). An uncaught exception is printed as
//! CPython's traceback ([`traceback`]). See `docs/vm.md` for the design.

mod annotations;
mod asyncio;
mod asyncio_methods;
mod attr_fast;
mod attrs;
mod big_range;
mod binary_op;
mod builtin_dunders;
mod builtins;
mod bytearray;
mod bytes_methods;
mod bytes_ops;
mod bytes_split;
mod call;
mod call_class;
mod caret_span;
mod carets;
mod class_assign;
mod classes;
mod code;
mod code_attrs;
mod codecs;
mod codecs_wide;
mod compare;
mod complex;
mod container_ops;
mod coro;
mod coro_warn;
mod depth;
mod deque;
mod dict;
mod dict_methods;
mod dunder;
mod exception;
mod exception_group;
mod float_ops;
mod format;
mod format_spec;
mod frame;
mod gc;
mod gc_module;
mod generator;
mod generic_alias;
mod global_cache;
mod int_ops;
mod interp;
mod iter;
mod itertools;
mod itertools_new;
mod lang_ops;
mod list_methods;
mod math_erf;
mod math_gamma;
mod math_int;
mod math_module;
mod math_musl;
mod memoryview;
mod method_args;
mod methods;
mod modules;
mod namespace;
mod num_builtins;
mod num_dunders;
mod num_methods;
mod object_type;
mod operator;
mod percent;
mod set;
mod set_methods;
mod slices;
mod str_case;
mod str_format;
mod str_index;
mod str_methods;
mod str_obj;
mod str_translate;
mod subscript;
mod suggest;
mod tb_object;
mod trace;
mod traceback;
mod type_alias;
mod type_cache;
mod type_params;
mod types;
mod unraisable;
mod user_keys;
mod value;
mod weakref;

use std::cell::RefCell;
use std::collections::HashMap;
use std::io::Write;
use std::rc::Rc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;

pub use exception::{ExcKind, PyErr, PyResult};
pub use gc::tracked_count;
pub use trace::TraceSpec;
pub use value::Value;

use dict::Dict;
use frame::Frame;

/// The default `sys.getrecursionlimit()`.
pub const RECURSION_LIMIT: usize = 1000;

/// How deeply runs of Python code may nest inside native code (each
/// nesting uses the Rust stack; Python-to-Python calls do not count).
pub const NESTED_RUN_LIMIT: usize = 150;

/// How the interpreter was started: what `sys` shows of the command line.
#[derive(Clone, Debug, Default)]
pub struct Config {
    /// `sys.argv`.
    pub argv: Vec<String>,
    /// `sys.orig_argv`.
    pub orig_argv: Vec<String>,
    /// `sys.path`: the script's folder first, then `PYTHONPATH`'s entries.
    pub path: Vec<String>,
    /// `sys.executable`.
    pub executable: String,
    /// `-O` (1) or `-OO` (2).
    pub optimize: u8,
    /// `-B` (or `PYTHONDONTWRITEBYTECODE`).
    pub dont_write_bytecode: bool,
    /// `-X pycache_prefix=PATH` (or `PYTHONPYCACHEPREFIX`).
    pub pycache_prefix: Option<String>,
    /// `-E`.
    pub ignore_environment: bool,
    /// `-s`.
    pub no_user_site: bool,
    /// `-S`.
    pub no_site: bool,
    /// `-I`.
    pub isolated: bool,
    /// `-m MODULE`: the module's name (the main module's `__spec__.name`).
    pub module: Option<String>,
    /// Set (by a SIGINT handler) to raise `KeyboardInterrupt` in the
    /// running code.
    pub interrupt: Option<Arc<AtomicBool>>,
    /// `-X trace[=SPEC]`: which instructions to trace (see `trace.rs`).
    pub trace: Option<TraceSpec>,
    /// `-X trace-file=PATH`: where trace lines go instead of stderr.
    pub trace_file: Option<String>,
    /// `sys.warnoptions`: `-X dev`'s `default`, `PYTHONWARNINGS`, the `-W`
    /// options and `-b`'s filter, in that order; the `warnings` module is
    /// imported at start-up when there are any (CPython's rule).
    pub warnoptions: Vec<String>,
    /// `-b` (1) or `-bb` (2): `sys.flags.bytes_warning`.
    pub bytes_warning: u8,
    /// `-X dev` (or `PYTHONDEVMODE`): `sys.flags.dev_mode`.
    pub dev_mode: bool,
}

impl Config {
    /// The configuration of `python FILE`: `argv` is `[filename]` and
    /// `sys.path[0]` the file's folder (made absolute), then `PYTHONPATH`.
    pub fn for_script(filename: &str) -> Config {
        let absolute = if filename.starts_with('/') {
            filename.to_owned()
        } else {
            let cwd = std::env::current_dir().unwrap_or_default();
            format!("{}/{filename}", cwd.to_string_lossy().trim_end_matches('/'))
        };
        let dir = absolute.rsplit_once('/').map_or("", |p| p.0);
        let mut path = vec![if dir.is_empty() {
            "/".to_owned()
        } else {
            dir.to_owned()
        }];
        path.extend(python_path());
        Config {
            argv: vec![filename.to_owned()],
            orig_argv: vec!["taipan".to_owned(), filename.to_owned()],
            path,
            executable: executable(),
            ..Config::default()
        }
    }
}

/// The file name and source of `name` when it is a (non-package) module
/// of the embedded library, for `taipan -m NAME`.
pub fn embedded_module(name: &str) -> Option<(String, &'static str)> {
    match modules::stdlib::find(name)? {
        (false, source) => Some((modules::stdlib::file_of(name, false), source)),
        // A package runs its `__main__` module (`-m unittest`).
        (true, _) => {
            let main = format!("{name}.__main__");
            match modules::stdlib::find(&main)? {
                (false, source) => Some((modules::stdlib::file_of(&main, false), source)),
                (true, _) => None,
            }
        }
    }
}

/// The entries of `PYTHONPATH`.
pub fn python_path() -> Vec<String> {
    std::env::var("PYTHONPATH")
        .map(|p| {
            p.split(':')
                .filter(|s| !s.is_empty())
                .map(str::to_owned)
                .collect()
        })
        .unwrap_or_default()
}

/// `sys.executable`: the running program's path.
pub fn executable() -> String {
    std::env::current_exe()
        .map(|p| p.to_string_lossy().into_owned())
        .unwrap_or_default()
}

/// The interpreter: output streams, builtins and the frames of the Python
/// functions currently running (the running frame itself is held by the
/// loop; `frames` holds its callers).
pub struct Vm<'a> {
    out: &'a mut dyn Write,
    err: &'a mut dyn Write,
    builtins: Dict,
    frames: Vec<frame::FrameBox>,
    /// The exception being handled (`sys.exception()`), or `None`.
    exc_info: Value,
    /// Imported modules by name (`sys.modules`, a dict object).
    modules: Value,
    /// Current depth of nested `run_until` calls.
    nested: usize,
    /// Vectors of finished frames, for new frames to reuse.
    pool: frame::Pool,
    /// `sys.getrecursionlimit()`.
    recursion_limit: usize,
    /// How the interpreter was started.
    config: Rc<Config>,
    /// The source text of each file run or imported, for tracebacks.
    sources: HashMap<String, Rc<str>>,
    /// The namespace of the native modules' Python half, once made.
    bootstrap: Option<crate::namespace::Namespace>,
    /// Set asynchronously (SIGINT) to raise `KeyboardInterrupt`.
    interrupt: Arc<AtomicBool>,
    /// When the interpreter started (the origin of `time.monotonic()`).
    started: std::time::Instant,
    /// Once `sys` exists: its namespace, and the original `sys.stdout`
    /// and `sys.stderr` (which write to `out` and `err` directly).
    stdio: Option<(crate::namespace::Namespace, [Value; 2])>,
    /// The running `asyncio` event loop.
    event_loop: Option<Box<asyncio::EventLoop>>,
    /// `-X trace`'s state, when tracing.
    trace: Option<Box<trace::Tracer>>,
    /// The Python frames running native code that called back into
    /// Python (`modules/warnings.rs`), for `warn`'s `stacklevel`.
    native_callers: Vec<modules::NativeCaller>,
}

impl<'a> Vm<'a> {
    /// A fresh interpreter writing `print` output to `out` and
    /// `sys.stderr` to `err`.
    pub fn new(out: &'a mut dyn Write, err: &'a mut dyn Write, config: Config) -> Vm<'a> {
        let interrupt = config.interrupt.clone().unwrap_or_default();
        let mut builtins = builtins::make_builtins();
        modules::add_builtins(&mut builtins);
        let trace = trace::Tracer::from_config(&config, err);
        Vm {
            out,
            err,
            builtins,
            frames: Vec::new(),
            exc_info: Value::None,
            modules: Value::obj(value::Object::Dict(RefCell::new(Dict::new()))),
            nested: 0,
            pool: frame::Pool::default(),
            recursion_limit: RECURSION_LIMIT,
            config: Rc::new(config),
            sources: HashMap::new(),
            bootstrap: None,
            interrupt,
            started: std::time::Instant::now(),
            stdio: None,
            event_loop: None,
            trace,
            native_callers: Vec::new(),
        }
    }

    /// Raise `KeyboardInterrupt` if a SIGINT arrived (checked at backward
    /// jumps and calls).
    #[inline]
    pub(crate) fn check_interrupt(&self) -> PyResult<()> {
        if self.interrupt.load(Ordering::Relaxed) {
            self.interrupt.store(false, Ordering::Relaxed);
            return Err(PyErr::new(ExcKind::KeyboardInterrupt, Vec::new()));
        }
        Ok(())
    }
}

/// Run the program `source` (decoded text of `filename`) as `__main__`,
/// writing its output to `out` and any error report to `err`; returns the
/// process exit code (0, 1 after an uncaught exception, or the
/// `SystemExit` status). A syntax error is reported only briefly here:
/// callers with CPython's full `SyntaxError` display should parse first
/// and use [`run_module`].
/// `sys.path[0]` is the file's folder, so modules beside it can be
/// imported.
pub fn run_file(filename: &str, source: &str, out: &mut dyn Write, err: &mut dyn Write) -> i32 {
    let (parsed, warnings) = taipan_parser::parse_with_warnings(source, &Default::default());
    for w in &warnings {
        let _ = err.write_all(syntax_warning(filename, source, &w.message, w.range).as_bytes());
    }
    let module = match parsed {
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

/// A `SyntaxWarning` as `warnings.showwarning` prints it: `FILE:LINE:
/// SyntaxWarning: MESSAGE`, then the stripped source line (not for
/// `<string>`-like names).
fn syntax_warning(
    filename: &str,
    source: &str,
    message: &str,
    range: taipan_source::TextRange,
) -> String {
    let index = taipan_source::LineIndex::new(source);
    let line = index.line_col(range.start).line;
    let mut out = format!("{filename}:{line}: SyntaxWarning: {message}\n");
    let text = index.line_text(source, line).trim();
    if !filename.starts_with('<') && !text.is_empty() {
        out.push_str(&format!("  {text}\n"));
    }
    out
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
    let (compiled, warnings) =
        taipan_compiler::compile_module_with_warnings(module, source, filename, 0);
    for w in &warnings {
        let _ = err.write_all(syntax_warning(filename, source, &w.message, w.range).as_bytes());
    }
    match compiled {
        Ok(code) => run_code_with(Config::for_script(filename), source, code, out, err),
        Err(e) if e.error_type == "SyntaxError" => {
            // Shown as CPython shows a script's: file, line and carets.
            let kind = exception::ExcKind::SyntaxError;
            let exc = modules::syntax_error(kind, filename, source, &e.message, e.range);
            let block = modules::syntax_error_block(&exc.value).unwrap_or_default();
            let _ = writeln!(err, "{block}{e}");
            1
        }
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
    let config = Config::for_script(&code.filename);
    run_code_with(config, source, code, out, err)
}

/// [`run_code`] with the command line's configuration (`sys.argv`,
/// `sys.path`, flags). An uncaught `KeyboardInterrupt` gives 130.
pub fn run_code_with(
    config: Config,
    source: &str,
    code: taipan_bytecode::CodeObject,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> i32 {
    let filename = code.filename.clone();
    run_main(config, Some(source), code, &filename, out, err)
}

/// Run a compiled file's code as `__main__` with `__file__` set to `file`
/// (`taipan FILE.pyc`); its source, if `co_filename` names one, is read
/// for tracebacks.
pub fn run_code_as(
    config: Config,
    file: &str,
    code: taipan_bytecode::CodeObject,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> i32 {
    run_main(config, None, code, file, out, err)
}

/// Run `code` as `__main__` named `file`; `source` is its text if known.
fn run_main(
    config: Config,
    source: Option<&str>,
    code: taipan_bytecode::CodeObject,
    file: &str,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> i32 {
    gc::reset();
    let filename = code.filename.clone();
    let code = code::Code::load(code);
    let globals = namespace::Namespace::new(Dict::new());
    let mut vm = Vm::new(out, err, config);
    match source {
        Some(source) => {
            vm.sources.insert(filename.to_string(), Rc::from(source));
        }
        None => vm.remember_source_of(&filename),
    }
    let result = vm
        .main_namespace(&globals, file)
        .and_then(|()| vm.import_warnings_at_start())
        .and_then(|()| vm.run_frame(Frame::new(code, globals.clone(), Vec::new())));
    gc::safe_point(&mut vm);
    modules::flush_at_exit(&mut vm);
    let _ = vm.out.flush();
    let status = match result {
        Ok(_) => 0,
        Err(e) if e.kind() == ExcKind::SystemExit => system_exit_status(&e, vm.err),
        Err(e) => {
            vm.import_error_hint(&e);
            vm.cache_exception_text(&e.value);
            let mut text = traceback::format_traceback(&e, &vm.sources);
            if vm.config.module.is_some() {
                modules::add_runpy_frames(&mut text);
            }
            let _ = vm.err.write_all(text.as_bytes());
            if e.kind() == ExcKind::KeyboardInterrupt {
                130
            } else {
                1
            }
        }
    };
    modules::run_exit_hooks(&mut vm);
    modules::flush_at_exit(&mut vm);
    let _ = vm.out.flush();
    let _ = vm.err.flush();
    // Globals die here, deterministically, before the exit status is returned.
    drop(vm);
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
