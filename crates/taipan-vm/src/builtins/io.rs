//! Input and output builtins: `print`, `input` and `open`.

use super::Kw;
use crate::exception::{type_error, ExcKind, PyErr, PyResult};
use crate::types::type_name;
use crate::value::Value;
use crate::Vm;

/// A `sep`/`end` argument: `None` keeps the default.
fn text_option(name: &str, v: Option<&Value>, default: &str) -> PyResult<String> {
    match v {
        None | Some(Value::None) => Ok(default.to_owned()),
        Some(v) => v.as_str().map(str::to_owned).ok_or_else(|| {
            type_error(format!(
                "{name} must be None or a string, not {}",
                type_name(v)
            ))
        }),
    }
}

/// `print(*objects, sep=' ', end='\n', file=None, flush=False)`.
pub(super) fn print(vm: &mut Vm, args: &[Value], kwargs: Kw) -> PyResult<Value> {
    let mut opts: [Option<&Value>; 4] = [None; 4];
    for (k, v) in kwargs {
        let i = match &**k {
            "sep" => 0,
            "end" => 1,
            "file" => 2,
            "flush" => 3,
            _ => {
                return Err(type_error(format!(
                    "print() got an unexpected keyword argument '{k}'"
                )))
            }
        };
        opts[i] = Some(v);
    }
    let sep = text_option("sep", opts[0], " ")?;
    let end = text_option("end", opts[1], "\n")?;
    let file = opts[2].filter(|f| !matches!(f, Value::None));
    let flush = match opts[3] {
        Some(v) => vm.truthy(v)?,
        None => false,
    };
    // `sys.stdout` unless `file` is given; the process's streams directly
    // while they are the original `sys.stdout`/`sys.stderr`.
    let fd = match vm.print_target(file) {
        crate::modules::PrintTarget::Fd(fd) => fd,
        crate::modules::PrintTarget::File(file) => {
            return print_to(vm, &file, args, &sep, &end, flush)
        }
        crate::modules::PrintTarget::Nowhere => return Ok(Value::None),
    };
    let mut text = String::new();
    for (i, a) in args.iter().enumerate() {
        if i > 0 {
            text.push_str(&sep);
        }
        text.push_str(&vm.str_of(a)?);
    }
    text.push_str(&end);
    vm.write_fd(fd, &text)?;
    if flush {
        vm.flush_fd(fd).map_err(io_error)?;
    }
    Ok(Value::None)
}

/// `print(..., file=f)`: each piece goes to `f.write` as CPython sends it.
fn print_to(
    vm: &mut Vm,
    file: &Value,
    args: &[Value],
    sep: &str,
    end: &str,
    flush: bool,
) -> PyResult<Value> {
    let write = vm.getattr(file, "write")?;
    for (i, a) in args.iter().enumerate() {
        if i > 0 {
            vm.call_value(&write, vec![Value::str(sep)])?;
        }
        let text = vm.str_of(a)?;
        vm.call_value(&write, vec![Value::str(text)])?;
    }
    vm.call_value(&write, vec![Value::str(end)])?;
    if flush {
        let f = vm.getattr(file, "flush")?;
        vm.call_value(&f, Vec::new())?;
    }
    Ok(Value::None)
}

/// Write `text` to the interpreter's standard output.
pub(crate) fn write_out(vm: &mut Vm, text: &str) -> PyResult<()> {
    vm.out.write_all(text.as_bytes()).map_err(io_error)
}

fn io_error(e: std::io::Error) -> Box<PyErr> {
    PyErr::msg(ExcKind::RuntimeError, e.to_string())
}

/// `input([prompt])`: the prompt to `sys.stdout`, a line from
/// `sys.stdin` without its newline; the process's streams directly while
/// they are the original ones.
pub(super) fn input(vm: &mut Vm, args: &[Value], kwargs: Kw) -> PyResult<Value> {
    if !kwargs.is_empty() {
        return Err(type_error("input() takes no keyword arguments"));
    }
    if args.len() > 1 {
        return Err(type_error(format!(
            "input expected at most 1 argument, got {}",
            args.len()
        )));
    }
    let prompt = match args.first() {
        Some(p) => vm.str_of(p)?,
        None => String::new(),
    };
    let stdin = vm.stdin_replacement();
    if let Some(Value::None) = stdin {
        return Err(PyErr::msg(ExcKind::RuntimeError, "lost sys.stdin"));
    }
    match vm.print_target(None) {
        crate::modules::PrintTarget::Fd(fd) => {
            vm.write_fd(fd, &prompt)?;
            vm.flush_fd(fd).map_err(io_error)?;
        }
        crate::modules::PrintTarget::File(file) => {
            let write = vm.getattr(&file, "write")?;
            vm.call_value(&write, vec![Value::str(prompt)])?;
            if let Ok(flush) = vm.getattr(&file, "flush") {
                vm.call_value(&flush, Vec::new())?;
            }
        }
        crate::modules::PrintTarget::Nowhere => {
            return Err(PyErr::msg(ExcKind::RuntimeError, "lost sys.stdout"))
        }
    }
    let mut line = match stdin {
        Some(stdin) => {
            let readline = vm.getattr(&stdin, "readline")?;
            let got = vm.call_value(&readline, Vec::new())?;
            match got.as_str() {
                Some(s) => s.to_owned(),
                None => return Err(type_error("object.readline() returned non-string")),
            }
        }
        None => {
            let mut line = String::new();
            std::io::stdin().read_line(&mut line).map_err(io_error)?;
            if line.ends_with("\r\n") {
                line.truncate(line.len() - 2);
                line.push('\n');
            }
            line
        }
    };
    if line.is_empty() {
        return Err(PyErr::msg(ExcKind::EOFError, "EOF when reading a line"));
    }
    if line.ends_with('\n') {
        line.pop();
    }
    Ok(Value::str(line))
}

/// `open(file, mode='r', ...)`: `_io.open` (lib/_io.py), imported on
/// first use.
pub(super) fn open(vm: &mut Vm, args: &[Value], kwargs: Kw) -> PyResult<Value> {
    if args.is_empty() && !kwargs.iter().any(|(k, _)| &**k == "file") {
        return Err(type_error(
            "open() missing required argument 'file' (pos 1)",
        ));
    }
    let module = vm.import_module("_io")?;
    let open = vm.getattr(&module, "open")?;
    vm.call_with_kwargs(&open, args.to_vec(), kwargs.to_vec())
}
