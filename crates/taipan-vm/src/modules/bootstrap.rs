//! The Python half of the native modules (`bootstrap.py`): classes for
//! module specs, the standard streams and `sys`'s named tuples, compiled
//! once per interpreter when first needed, with a few native helpers in
//! its namespace.

use std::io::Write;
use std::rc::Rc;

use crate::code::Code;
use crate::dict::{Dict, HashKey};
use crate::exception::{type_error, ExcKind, PyErr, PyResult};
use crate::frame::Frame;
use crate::value::{NativeFn, Object, Value};
use crate::Vm;

type Kw<'a> = &'a [(Rc<str>, Value)];

/// The source of the bootstrap namespace.
const SOURCE: &str = include_str!("bootstrap.py");

impl Vm<'_> {
    /// The bootstrap namespace's `name` (compiling it on first use).
    pub(crate) fn bootstrap(&mut self, name: &str) -> PyResult<Value> {
        let ns = match &self.bootstrap {
            Some(ns) => ns.clone(),
            None => {
                let ns = self.run_bootstrap()?;
                self.bootstrap = Some(ns.clone());
                ns
            }
        };
        let found = ns.borrow().get(&HashKey::Str(Rc::from(name))).cloned();
        found.ok_or_else(|| PyErr::msg(ExcKind::RuntimeError, format!("no bootstrap {name}")))
    }

    /// Compile and run `bootstrap.py`.
    fn run_bootstrap(&mut self) -> PyResult<crate::namespace::Namespace> {
        let filename = "<taipan bootstrap>";
        let internal = |m: String| PyErr::msg(ExcKind::RuntimeError, m);
        let module = taipan_parser::parse(SOURCE, &Default::default())
            .map_err(|e| internal(e.message.to_string()))?;
        let code = taipan_compiler::compile_module(&module, SOURCE, filename)
            .map_err(|e| internal(e.message.to_string()))?;
        let mut d = Dict::new();
        super::set(&mut d, "__name__", Value::str("_taipan"));
        let helpers: [(&'static str, NativeFn); 5] = [
            ("_write", write),
            ("_write_bytes", write_bytes),
            ("_flush", flush),
            ("_readline", readline),
            ("_isatty", isatty),
        ];
        super::add_functions(&mut d, &helpers);
        let ns = crate::namespace::Namespace::new(d);
        self.run_frame(Frame::new(Code::load(code), ns.clone(), Vec::new()))?;
        Ok(ns)
    }

    /// A `ModuleSpec` for module `name`.
    pub(crate) fn module_spec(
        &mut self,
        name: &str,
        origin: Option<&str>,
        parent: &str,
        path: Option<Value>,
    ) -> PyResult<Value> {
        let class = self.bootstrap("ModuleSpec")?;
        let origin = origin.map_or(Value::None, Value::str);
        let args = vec![
            Value::str(name),
            Value::None,
            origin,
            Value::str(parent),
            path.unwrap_or(Value::None),
        ];
        self.call_value(&class, args)
    }

    /// Keep the namespace of the new `sys` module and its streams.
    pub(crate) fn remember_stdio(&mut self, sys: &Value) {
        if let Some(Object::Module(m)) = sys.as_obj() {
            let stdout = m.get("stdout").unwrap_or(Value::None);
            let stderr = m.get("stderr").unwrap_or(Value::None);
            self.stdio = Some((m.dict.clone(), [stdout, stderr]));
        }
    }

    /// `sys.stdin` when a program replaced it (`None` while it is the
    /// original stream, or before `sys` is imported).
    pub(crate) fn stdin_replacement(&self) -> Option<Value> {
        let (sys, _) = self.stdio.as_ref()?;
        let stdin = sys
            .borrow()
            .get(&HashKey::Str(Rc::from("stdin")))
            .cloned()?;
        let original = sys
            .borrow()
            .get(&HashKey::Str(Rc::from("__stdin__")))
            .cloned();
        match original {
            Some(o) if o.is(&stdin) => None,
            _ => Some(stdin),
        }
    }

    /// Where `print(file=file)` writes: `sys.stdout` when `file` is not
    /// given (nowhere if that is `None`); the process's stream itself for
    /// the original `sys.stdout`/`sys.stderr`.
    pub(crate) fn print_target(&self, file: Option<&Value>) -> PrintTarget {
        let target = match (file, &self.stdio) {
            (Some(f), _) => f.clone(),
            (None, None) => return PrintTarget::Fd(1),
            (None, Some((sys, _))) => match sys.borrow().get(&HashKey::Str(Rc::from("stdout"))) {
                Some(Value::None) | None => return PrintTarget::Nowhere,
                Some(v) => v.clone(),
            },
        };
        match &self.stdio {
            Some((_, [out, _])) if target.is(out) => PrintTarget::Fd(1),
            Some((_, [_, err])) if target.is(err) => PrintTarget::Fd(2),
            _ => PrintTarget::File(target),
        }
    }

    /// Flush file descriptor 1 or 2.
    pub(crate) fn flush_fd(&mut self, fd: i64) -> std::io::Result<()> {
        if fd == 2 {
            self.err.flush()
        } else {
            self.out.flush()
        }
    }

    /// Write `text` to file descriptor 1 or 2.
    pub(crate) fn write_fd(&mut self, fd: i64, text: &str) -> PyResult<()> {
        let stream: &mut dyn Write = if fd == 2 {
            &mut *self.err
        } else {
            &mut *self.out
        };
        stream
            .write_all(text.as_bytes())
            .map_err(|e| PyErr::msg(ExcKind::OSError, e.to_string()))
    }
}

/// Where `print` writes.
pub(crate) enum PrintTarget {
    /// Standard output (1) or standard error (2), directly.
    Fd(i64),
    /// A file object's `write` method.
    File(Value),
    /// Nowhere (`sys.stdout` is `None`).
    Nowhere,
}

/// `_write(fd, s)`: the number of characters written.
fn write(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    let (Some(Value::Int(fd)), Some(s)) = (args.first(), args.get(1).and_then(|v| v.as_str()))
    else {
        return Err(type_error("_write(fd, str)"));
    };
    vm.write_fd(*fd, s)?;
    Ok(Value::Int(s.chars().count() as i64))
}

/// `_write_bytes(fd, data)`: the number of bytes written.
fn write_bytes(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    let (Some(Value::Int(fd)), Some(data)) = (
        args.first(),
        args.get(1).and_then(crate::bytes_methods::bytes_like),
    ) else {
        let got = args
            .get(1)
            .map_or("nothing".into(), crate::types::type_name);
        return Err(type_error(format!(
            "a bytes-like object is required, not '{got}'"
        )));
    };
    let stream: &mut dyn Write = if *fd == 2 { &mut *vm.err } else { &mut *vm.out };
    stream
        .write_all(&data)
        .map_err(|e| PyErr::msg(ExcKind::OSError, e.to_string()))?;
    Ok(Value::Int(data.len() as i64))
}

/// `_flush(fd)`.
fn flush(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    let _ = if matches!(args.first(), Some(Value::Int(2))) {
        vm.err.flush()
    } else {
        vm.out.flush()
    };
    Ok(Value::None)
}

/// `_readline(fd)`: a line of standard input, with its newline; `''` at
/// the end.
fn readline(vm: &mut Vm, _: &[Value], _: Kw) -> PyResult<Value> {
    let _ = vm.out.flush();
    let mut line = String::new();
    std::io::stdin()
        .read_line(&mut line)
        .map_err(|e| PyErr::msg(ExcKind::OSError, e.to_string()))?;
    Ok(Value::str(line))
}

/// `_isatty(fd)`.
fn isatty(_: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    use std::io::IsTerminal;
    let tty = match args.first() {
        Some(Value::Int(0)) => std::io::stdin().is_terminal(),
        Some(Value::Int(1)) => std::io::stdout().is_terminal(),
        Some(Value::Int(2)) => std::io::stderr().is_terminal(),
        _ => false,
    };
    Ok(Value::Bool(tty))
}
