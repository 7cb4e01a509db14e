//! `compile`, `exec` and `eval`: source text (or a code object) run in
//! a namespace the caller chooses.
//!
//! The code runs in a frame of its own whose globals are the given dict
//! (a [`Namespace`], so functions defined there keep it as their
//! `__globals__`) and whose `namespace` is the locals mapping when it
//! differs from the globals (module code reads names through `*_NAME`,
//! which look in the local namespace first, as in a class body).

use std::rc::Rc;

use super::Kw;
use crate::dict::HashKey;
use crate::exception::{type_error, value_error, ExcKind, PyErr, PyResult};
use crate::frame::Frame;
use crate::namespace::Namespace;
use crate::types::type_name;
use crate::value::{Object, Value};
use crate::Vm;

/// `PyCF_ONLY_AST` and the other flags `compile()` accepts.
const PYCF_MASK: i64 = 0x1f_fe00 | 0x2000 | 0x4000 | 0x400 | 0x8000 | 0x1000 | 0x200;

/// Which grammar `compile()` parses.
#[derive(Clone, Copy, PartialEq)]
enum Mode {
    Exec,
    Eval,
    Single,
}

/// `compile(source, filename, mode, flags=0, dont_inherit=False,
/// optimize=-1)`: a code object.
pub(crate) fn compile(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let names = [
        "source",
        "filename",
        "mode",
        "flags",
        "dont_inherit",
        "optimize",
        "_feature_version",
    ];
    let p = bind("compile", args, kw, &names, 3, usize::MAX)?;
    let [Some(source), Some(filename), Some(mode), flags, _, optimize, _] = p else {
        return Err(missing("compile", &names, &p));
    };
    let filename = filename_text(&filename)?;
    let mode = match mode.as_str() {
        Some("exec") => Mode::Exec,
        Some("eval") => Mode::Eval,
        Some("single") => Mode::Single,
        Some(_) => {
            return Err(value_error(
                "compile() mode must be 'exec', 'eval' or 'single'",
            ))
        }
        None => {
            return Err(type_error(format!(
                "compile() argument 'mode' must be str, not {}",
                type_name(&mode)
            )))
        }
    };
    let flags = match flags {
        Some(Value::Int(f)) => f,
        Some(Value::Bool(b)) => i64::from(b),
        None => 0,
        Some(v) => return Err(type_error(int_expected(&v))),
    };
    if flags & !PYCF_MASK != 0 {
        return Err(value_error("compile(): unrecognised flags"));
    }
    if flags & 0x400 != 0 {
        // `lib/ast.py` builds the tree (over the native `_ast`).
        let ast = vm.import_module("ast")?;
        let only_ast = vm.getattr(&ast, "_compile_only_ast")?;
        let mode = match mode {
            Mode::Exec => "exec",
            Mode::Eval => "eval",
            Mode::Single => "single",
        };
        let args = vec![
            source,
            Value::str(filename),
            Value::str(mode),
            Value::Int(flags),
        ];
        return vm.call_value(&only_ast, args);
    }
    let optimize = match optimize {
        None => -1,
        Some(Value::Int(o)) => o,
        Some(Value::Bool(b)) => i64::from(b),
        Some(v) => return Err(type_error(int_expected(&v))),
    };
    if !(-1..=2).contains(&optimize) {
        return Err(value_error("compile(): invalid optimize value"));
    }
    let Some(text) = source_text(&source)? else {
        return Err(type_error(
            "compile() arg 1 must be a string, bytes or AST object",
        ));
    };
    let optimize = if optimize < 0 {
        vm.config.optimize
    } else {
        optimize as u8
    };
    let code = compile_text(vm, &text, &filename, mode, optimize)?;
    Ok(Value::obj(Object::Code(code)))
}

/// `exec(source, globals=None, locals=None, /, *, closure=None)`.
pub(crate) fn exec(vm: &mut Vm, frame: Option<&Frame>, args: &[Value], kw: Kw) -> PyResult<Value> {
    let (source, globals, locals, closure) = run_args("exec", args, kw)?;
    let code = match source.as_obj() {
        Some(Object::Code(c)) => c.clone(),
        _ => {
            if !matches!(closure, Value::None) {
                return Err(type_error(
                    "closure can only be used when source is a code object",
                ));
            }
            let msg = "exec() arg 1 must be a string, bytes or code object";
            let text = source_text(&source)?.ok_or_else(|| type_error(msg))?;
            compile_text(vm, &text, "<string>", Mode::Exec, vm.config.optimize)?
        }
    };
    if !code.obj.freevars.is_empty() {
        return Err(type_error(
            "code object passed to exec() may not contain free variables",
        ));
    }
    let (globals, locals) = namespaces(vm, frame, "exec", &globals, &locals)?;
    run(vm, code, globals, locals)?;
    Ok(Value::None)
}

/// `eval(source, globals=None, locals=None, /)`.
pub(crate) fn eval(vm: &mut Vm, frame: Option<&Frame>, args: &[Value], kw: Kw) -> PyResult<Value> {
    if !kw.is_empty() && kw.iter().any(|(k, _)| &**k == "closure") {
        return Err(type_error(
            "eval() got an unexpected keyword argument 'closure'",
        ));
    }
    let (source, globals, locals, _) = run_args("eval", args, kw)?;
    let code = match source.as_obj() {
        Some(Object::Code(c)) => c.clone(),
        _ => {
            let msg = "eval() arg 1 must be a string, bytes or code object";
            let text = source_text(&source)?.ok_or_else(|| type_error(msg))?;
            let text = text.trim_start_matches([' ', '\t']);
            compile_text(vm, text, "<string>", Mode::Eval, vm.config.optimize)?
        }
    };
    if !code.obj.freevars.is_empty() {
        return Err(type_error(
            "code object passed to eval() may not contain free variables",
        ));
    }
    let (globals, locals) = namespaces(vm, frame, "eval", &globals, &locals)?;
    run(vm, code, globals, locals)
}

/// The arguments of `exec`/`eval`: source, globals, locals, closure.
fn run_args(name: &str, args: &[Value], kw: Kw) -> PyResult<(Value, Value, Value, Value)> {
    if args.is_empty() && kw.iter().all(|(k, _)| &**k != "source") {
        return Err(type_error(format!(
            "{name}() takes at least 1 positional argument (0 given)"
        )));
    }
    if args.len() > 3 {
        return Err(type_error(format!(
            "{name}() takes at most 3 positional arguments ({} given)",
            args.len()
        )));
    }
    let mut p = [Value::None, Value::None, Value::None, Value::None];
    for (slot, a) in p.iter_mut().zip(args) {
        *slot = a.clone();
    }
    for (k, v) in kw {
        let i = match &**k {
            "globals" => 1,
            "locals" => 2,
            "closure" if name == "exec" => 3,
            _ => {
                return Err(type_error(format!(
                    "{name}() got an unexpected keyword argument '{k}'"
                )))
            }
        };
        if i < args.len() {
            return Err(type_error(format!(
                "argument for {name}() given by name ('{k}') and position ({})",
                i + 1
            )));
        }
        p[i] = v.clone();
    }
    let [source, globals, locals, closure] = p;
    Ok((source, globals, locals, closure))
}

/// The globals and the separate locals (`None` when they are the
/// globals) of an `exec`/`eval`: the caller's when not given.
fn namespaces(
    vm: &mut Vm,
    frame: Option<&Frame>,
    name: &str,
    globals: &Value,
    locals: &Value,
) -> PyResult<(Namespace, Option<Namespace>)> {
    let given = match globals {
        Value::None => None,
        v => Some(Namespace::from_value(v).ok_or_else(|| {
            type_error(if name == "eval" {
                "globals must be a real dict; try eval(expr, {}, mapping)".to_owned()
            } else {
                format!("{name}() globals must be a dict, not {}", type_name(v))
            })
        })?),
    };
    let locals = match locals {
        Value::None => None,
        v => match Namespace::from_value(v) {
            Some(ns) => Some(ns),
            None if crate::dunder::is_user(v) => {
                return Err(PyErr::msg(
                    ExcKind::NotImplementedError,
                    "taipan: exec()/eval() locals must be a dict",
                ))
            }
            None => return Err(type_error("locals must be a mapping")),
        },
    };
    let (globals, locals) = match (given, locals) {
        (Some(g), l) => (g, l),
        (None, l) => {
            let frame = frame.ok_or_else(|| no_frame(name))?;
            let l = l.or_else(|| caller_locals(vm, frame));
            (frame.globals.clone(), l)
        }
    };
    let locals = locals.filter(|l| !l.ptr_eq(&globals));
    add_builtins(vm, &globals);
    Ok((globals, locals))
}

/// The caller's local namespace as `exec`/`eval` see it: a class body's
/// namespace, a function's locals snapshot, nothing at module level.
fn caller_locals(vm: &mut Vm, frame: &Frame) -> Option<Namespace> {
    if let Some(ns) = &frame.namespace {
        return Some(ns.clone());
    }
    if frame.code.obj.flags.0 & taipan_bytecode::CodeFlags::NEWLOCALS == 0 {
        return None;
    }
    Some(Namespace::new(super::locals_snapshot(vm, frame)))
}

/// `__builtins__` in a globals dict that lacks it (the builtins' dict).
fn add_builtins(vm: &mut Vm, globals: &Namespace) {
    let key = HashKey::Str(Rc::from("__builtins__"));
    if globals.borrow().get(&key).is_some() {
        return;
    }
    let value = match vm.import_module("builtins") {
        Ok(m) => match m.as_obj() {
            Some(Object::Module(m)) => m.dict.to_value(),
            _ => m,
        },
        Err(_) => Value::None,
    };
    globals
        .borrow_mut()
        .set_str(&Rc::from("__builtins__"), value);
}

/// Run `code` in a frame of its own.
fn run(
    vm: &mut Vm,
    code: Rc<crate::code::Code>,
    globals: Namespace,
    locals: Option<Namespace>,
) -> PyResult<Value> {
    let mut frame = Frame::new(code, globals, Vec::new());
    frame.namespace = locals;
    vm.run_frame(frame)
}

/// The error of a frame-reading builtin called from native code.
pub(crate) fn no_frame(name: &str) -> Box<PyErr> {
    PyErr::msg(
        ExcKind::RuntimeError,
        format!("{name}(): no current frame (called from native code)"),
    )
}

/// The text of a `compile`/`exec`/`eval` source: `None` if it is not
/// a string, bytes or bytearray.
fn source_text(source: &Value) -> PyResult<Option<String>> {
    let text = match source.as_obj() {
        Some(Object::Str(s)) => s.to_string(),
        Some(Object::Bytes(b)) => decode(b)?,
        Some(Object::ByteArray(b)) => decode(&b.borrow())?,
        _ => match crate::classes::payload_of(source).as_str() {
            Some(p) => p.to_owned(),
            None => return Ok(None),
        },
    };
    if text.contains('\0') {
        return Err(PyErr::msg(
            ExcKind::SyntaxError,
            "source code string cannot contain null bytes",
        ));
    }
    Ok(Some(text))
}

/// Bytes source decoded as a file would be (BOM, coding cookie, UTF-8).
fn decode(bytes: &[u8]) -> PyResult<String> {
    if bytes.contains(&0) {
        return Err(PyErr::msg(
            ExcKind::SyntaxError,
            "source code string cannot contain null bytes",
        ));
    }
    taipan_source::decode_source_file(bytes, "<string>")
        .map_err(|e| PyErr::msg(ExcKind::SyntaxError, e.message))
}

/// Parse and compile `text` in `mode`.
fn compile_text(
    vm: &mut Vm,
    text: &str,
    filename: &str,
    mode: Mode,
    optimize: u8,
) -> PyResult<Rc<crate::code::Code>> {
    let options = taipan_parser::ParseOptions {
        mode: match mode {
            Mode::Exec => taipan_parser::Mode::Exec,
            Mode::Eval => taipan_parser::Mode::Eval,
            Mode::Single => taipan_parser::Mode::Single,
        },
        type_comments: false,
    };
    let input = match mode {
        Mode::Exec => crate::modules::SourceInput::Exec,
        Mode::Eval | Mode::Single => crate::modules::SourceInput::Expr,
    };
    let (parsed, warnings) = taipan_parser::parse_with_warnings(text, &options);
    let pairs = warnings.iter().map(|w| (w.message.as_str(), w.range));
    vm.syntax_warnings(filename, text, pairs, true)?;
    let module = parsed.map_err(|e| crate::modules::parse_error_in(&e, filename, text, input))?;
    let (code, warnings) =
        taipan_compiler::compile_module_with_warnings(&module, text, filename, optimize);
    let pairs = warnings.iter().map(|w| (w.message.as_str(), w.range));
    vm.syntax_warnings(filename, text, pairs, false)?;
    let code = code.map_err(|e| crate::modules::compile_error_in_string(e, filename, text))?;
    if !filename.starts_with('<') && !vm.sources.contains_key(filename) {
        if let Ok(file_text) = std::fs::read_to_string(filename) {
            vm.sources.insert(filename.to_owned(), Rc::from(file_text));
        }
    }
    Ok(crate::code::Code::load(code))
}

/// The `filename` argument of `compile` as text.
fn filename_text(v: &Value) -> PyResult<String> {
    match v.as_obj() {
        Some(Object::Str(s)) => Ok(s.to_string()),
        Some(Object::Bytes(b)) => Ok(String::from_utf8_lossy(b).into_owned()),
        _ => Err(type_error(format!(
            "expected str, bytes or os.PathLike object, not {}",
            type_name(v)
        ))),
    }
}

fn int_expected(v: &Value) -> String {
    format!(
        "'{}' object cannot be interpreted as an integer",
        type_name(v)
    )
}

/// Bind `args`/`kw` to `names` (positional-or-keyword), CPython's
/// argument-clinic messages.
fn bind(
    fname: &str,
    args: &[Value],
    kw: Kw,
    names: &[&str; 7],
    required: usize,
    _max: usize,
) -> PyResult<[Option<Value>; 7]> {
    let mut p: [Option<Value>; 7] = Default::default();
    if args.len() > names.len() - 1 {
        return Err(type_error(format!(
            "{fname}() takes at most {} arguments ({} given)",
            names.len() - 1,
            args.len()
        )));
    }
    for (slot, a) in p.iter_mut().zip(args) {
        *slot = Some(a.clone());
    }
    for (k, v) in kw {
        let Some(i) = names.iter().position(|n| *n == &**k) else {
            return Err(type_error(format!(
                "{fname}() got an unexpected keyword argument '{k}'"
            )));
        };
        if p[i].is_some() {
            return Err(type_error(format!(
                "argument for {fname}() given by name ('{k}') and position ({})",
                i + 1
            )));
        }
        p[i] = Some(v.clone());
    }
    if p[..required].iter().any(Option::is_none) {
        return Err(missing(fname, names, &p));
    }
    Ok(p)
}

/// CPython's message for a missing required argument.
fn missing(fname: &str, names: &[&str; 7], p: &[Option<Value>; 7]) -> Box<PyErr> {
    let i = p.iter().position(Option::is_none).unwrap_or(0);
    type_error(format!(
        "{fname}() missing required argument '{}' (pos {})",
        names[i],
        i + 1
    ))
}

impl Vm<'_> {
    /// `INTRINSIC_PRINT` (an expression statement of `compile(...,
    /// 'single')` code): `sys.displayhook(value)`, by default the repr
    /// printed and kept as `builtins._`.
    pub(crate) fn display_hook(&mut self, value: Value) -> PyResult<()> {
        if let Some(Object::Module(sys)) =
            self.sys_modules_get("sys").as_ref().and_then(Value::as_obj)
        {
            if let Some(hook) = sys.get("displayhook") {
                self.call_value(&hook, vec![value])?;
                return Ok(());
            }
        }
        if matches!(value, Value::None) {
            return Ok(());
        }
        let underscore = Rc::from("_");
        let module = match self.sys_modules_get("builtins") {
            Some(Value::Obj(o)) => match &*o {
                Object::Module(m) => Some(m.dict.clone()),
                _ => None,
            },
            _ => None,
        };
        self.builtins.set_str(&underscore, Value::None);
        let text = self.repr_of(&value)?;
        super::io::write_out(self, &format!("{text}\n"))?;
        if let Some(d) = module {
            d.borrow_mut().set_str(&underscore, value.clone());
        }
        self.builtins.set_str(&underscore, value);
        Ok(())
    }
}
