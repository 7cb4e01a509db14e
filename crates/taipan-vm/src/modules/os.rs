//! The `os` module (its common functions) and `os.path` (`posixpath`).

use std::rc::Rc;

use super::{add_functions, set};
use crate::dict::Dict;
use crate::exception::{type_error, ExcKind, PyErr, PyResult};
use crate::types::type_name;
use crate::value::{NativeFn, Object, Value};
use crate::Vm;

type Kw<'a> = &'a [(Rc<str>, Value)];

/// Fill the namespace of `os` (`os.path` is `posixpath`).
pub(super) fn init(vm: &mut Vm, d: &mut Dict) -> PyResult<()> {
    set(d, "name", Value::str("posix"));
    set(d, "sep", Value::str("/"));
    set(d, "altsep", Value::None);
    set(d, "extsep", Value::str("."));
    set(d, "pathsep", Value::str(":"));
    set(d, "linesep", Value::str("\n"));
    set(d, "curdir", Value::str("."));
    set(d, "pardir", Value::str(".."));
    set(d, "devnull", Value::str("/dev/null"));
    let mut environ = Dict::new();
    for (k, v) in std::env::vars_os() {
        let k = k.to_string_lossy();
        environ.set_str(&Rc::from(&*k), Value::str(v.to_string_lossy()));
    }
    set(d, "environ", Value::obj(Object::Dict(environ.into())));
    let functions: [(&'static str, NativeFn); 10] = [
        ("getcwd", getcwd),
        ("listdir", listdir),
        ("remove", remove),
        ("unlink", remove),
        ("mkdir", mkdir),
        ("rmdir", rmdir),
        ("getpid", getpid),
        ("getenv", getenv),
        ("fspath", fspath),
        ("cpu_count", cpu_count),
    ];
    add_functions(d, &functions);
    add_functions(d, &[("urandom", super::hash::urandom)]);
    add_functions(d, &[("__getattr__", os_getattr)]);
    super::os_fd::init(d);
    let path = vm.import_module("posixpath")?;
    set(d, "path", path);
    Ok(())
}

/// Fill the namespace of `posixpath` (`os.path`).
pub(super) fn init_path(d: &mut Dict) {
    set(d, "sep", Value::str("/"));
    set(d, "curdir", Value::str("."));
    set(d, "pardir", Value::str(".."));
    let functions: [(&'static str, NativeFn); 16] = [
        ("join", join),
        ("exists", exists),
        ("isfile", isfile),
        ("isdir", isdir),
        ("basename", basename),
        ("dirname", dirname),
        ("split", split),
        ("splitext", splitext),
        ("abspath", abspath),
        ("normpath", normpath),
        ("isabs", isabs),
        ("getsize", getsize),
        ("realpath", realpath),
        ("expanduser", expanduser),
        ("islink", islink),
        ("lexists", exists),
    ];
    add_functions(d, &functions);
    add_functions(d, &[("__getattr__", path_getattr)]);
}

/// The `OSError` subclass for an I/O error on `path`, with `errno`,
/// `strerror` and `filename` set.
pub(crate) fn os_error(e: &std::io::Error, path: &str) -> Box<PyErr> {
    io_error(e, Some(path))
}

/// The `OSError` subclass for `e`, with `errno`, `strerror` and (when
/// given) `filename` set: `[Errno 2] No such file or directory: 'x'`.
pub(crate) fn io_error(e: &std::io::Error, path: Option<&str>) -> Box<PyErr> {
    let errno = e.raw_os_error().unwrap_or(0);
    let text = e.to_string();
    let strerror = text
        .rfind(" (os error ")
        .map_or(text.as_str(), |i| &text[..i])
        .to_owned();
    let kind = match e.kind() {
        std::io::ErrorKind::NotFound => ExcKind::FileNotFoundError,
        std::io::ErrorKind::AlreadyExists => ExcKind::FileExistsError,
        std::io::ErrorKind::PermissionDenied => ExcKind::PermissionError,
        _ if errno == 21 => ExcKind::IsADirectoryError,
        _ if errno == 20 => ExcKind::NotADirectoryError,
        _ => ExcKind::OSError,
    };
    let mut args = vec![Value::Int(i64::from(errno)), Value::str(strerror)];
    if let Some(path) = path {
        args.push(Value::str(path));
    }
    // `.into()`: the variant may hold the object boxed or not.
    #[allow(clippy::useless_conversion)]
    let exc = os_error_new(kind, &args).into();
    Box::new(PyErr {
        value: Value::obj(Object::Exception(exc)),
        traceback: Vec::new(),
        frame_recorded: false,
    })
}

/// The path argument of a function that stats it (`exists`, `isdir`):
/// CPython names `stat`/`lstat` in the message for a bad type.
fn stat_arg(vm: &mut Vm, args: &[Value], fname: &str, call: &str) -> PyResult<String> {
    match args.first() {
        Some(v) if v.as_str().is_some() => str_arg(vm, args, fname),
        Some(v) if matches!(v.as_obj(), Some(Object::Instance(_) | Object::Bytes(_))) => {
            super::os_fd::fs_path(vm, Some(v), fname)
        }
        Some(v) => Err(type_error(format!(
            "{call}: path should be string, bytes, os.PathLike or integer, not {}",
            type_name(v)
        ))),
        None => str_arg(vm, args, fname),
    }
}

/// A str argument of an `os.path` function.
fn str_arg(vm: &mut Vm, args: &[Value], fname: &str) -> PyResult<String> {
    match args.first() {
        Some(v) if v.as_str().is_some() => Ok(v.as_str().unwrap_or_default().to_owned()),
        Some(v) if matches!(v.as_obj(), Some(Object::Instance(_))) => {
            super::os_fd::fs_path(vm, Some(v), fname)
        }
        Some(v) => Err(type_error(format!(
            "expected str, bytes or os.PathLike object, not {}",
            type_name(v)
        ))),
        None => Err(type_error(format!(
            "{fname}() missing 1 required positional argument"
        ))),
    }
}

fn getcwd(_: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    if !args.is_empty() {
        return Err(type_error(format!(
            "posix.getcwd() takes no arguments ({} given)",
            args.len()
        )));
    }
    let cwd = std::env::current_dir().map_err(|e| os_error(&e, "."))?;
    Ok(Value::str(cwd.to_string_lossy()))
}

/// `os.listdir(path='.')`: names in arbitrary order, as the OS gives them.
fn listdir(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    let path = &if args.is_empty() {
        ".".to_owned()
    } else {
        super::os_fd::fs_path(vm, args.first(), "listdir")?
    };
    let entries = std::fs::read_dir(path).map_err(|e| os_error(&e, path))?;
    let mut names = Vec::new();
    for entry in entries {
        let entry = entry.map_err(|e| os_error(&e, path))?;
        names.push(Value::str(entry.file_name().to_string_lossy()));
    }
    Ok(Value::list(names))
}

fn remove(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    let path = &super::os_fd::fs_path(vm, args.first(), "remove")?;
    std::fs::remove_file(path).map_err(|e| os_error(&e, path))?;
    Ok(Value::None)
}

fn mkdir(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    let path = &super::os_fd::fs_path(vm, args.first(), "mkdir")?;
    std::fs::create_dir(path).map_err(|e| os_error(&e, path))?;
    Ok(Value::None)
}

fn rmdir(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    let path = &super::os_fd::fs_path(vm, args.first(), "rmdir")?;
    std::fs::remove_dir(path).map_err(|e| os_error(&e, path))?;
    Ok(Value::None)
}

fn getpid(_: &mut Vm, _: &[Value], _: Kw) -> PyResult<Value> {
    Ok(Value::Int(i64::from(std::process::id())))
}

fn cpu_count(_: &mut Vm, _: &[Value], _: Kw) -> PyResult<Value> {
    Ok(std::thread::available_parallelism().map_or(Value::None, |n| Value::Int(n.get() as i64)))
}

/// `os.getenv(key, default=None)`.
fn getenv(_: &mut Vm, args: &[Value], kwargs: Kw) -> PyResult<Value> {
    let key = match args.first() {
        Some(k) => k
            .as_str()
            .ok_or_else(|| type_error(format!("str expected, not {}", type_name(k))))?,
        None => {
            return Err(type_error(
                "getenv() missing 1 required positional argument: 'key'",
            ))
        }
    };
    let default = args
        .get(1)
        .cloned()
        .or_else(|| {
            kwargs
                .iter()
                .find(|(k, _)| &**k == "default")
                .map(|(_, v)| v.clone())
        })
        .unwrap_or(Value::None);
    Ok(std::env::var_os(key).map_or(default, |v| Value::str(v.to_string_lossy())))
}

/// `os.fspath(path)`: a str or bytes as is, else `path.__fspath__()`.
fn fspath(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    match args.first() {
        Some(v) if v.as_str().is_some() || matches!(v.as_obj(), Some(Object::Bytes(_))) => {
            Ok(v.clone())
        }
        Some(v) if matches!(v.as_obj(), Some(Object::Instance(_))) => {
            let method = vm.getattr(v, "__fspath__").map_err(|_| not_pathlike(v))?;
            let got = vm.call_value(&method, Vec::new())?;
            if got.as_str().is_some() || matches!(got.as_obj(), Some(Object::Bytes(_))) {
                return Ok(got);
            }
            Err(type_error(format!(
                "expected {}.__fspath__() to return str or bytes, not {}",
                type_name(v),
                type_name(&got)
            )))
        }
        Some(v) => Err(not_pathlike(v)),
        None => Err(type_error(
            "fspath() missing required argument 'path' (pos 1)",
        )),
    }
}

/// `TypeError: expected str, bytes or os.PathLike object, not X`.
fn not_pathlike(v: &Value) -> Box<PyErr> {
    type_error(format!(
        "expected str, bytes or os.PathLike object, not {}",
        type_name(v)
    ))
}

/// The names of `os` and `os.path` written in Python (`lib/_taipan_os.py`),
/// loaded when first asked for.
const LAZY_OS: &[&str] = &[
    "makedirs",
    "removedirs",
    "walk",
    "scandir",
    "DirEntry",
    "fsencode",
    "fsdecode",
    "PathLike",
    "error",
];

/// The names of `os.path` written in Python.
const LAZY_PATH: &[&str] = &[
    "relpath",
    "commonpath",
    "commonprefix",
    "getmtime",
    "getatime",
    "getctime",
    "samefile",
    "splitdrive",
    "splitroot",
    "expandvars",
    "ismount",
    "isjunction",
    "isdevdrive",
];

/// `os.__getattr__(name)` (PEP 562): the Python-written names.
fn os_getattr(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    lazy_attr(vm, args, "os", LAZY_OS)
}

/// `posixpath.__getattr__(name)`.
fn path_getattr(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    lazy_attr(vm, args, "posixpath", LAZY_PATH)
}

/// A name of `_taipan_os` standing for `module.name`, or CPython's
/// `AttributeError`.
fn lazy_attr(vm: &mut Vm, args: &[Value], module: &str, names: &[&str]) -> PyResult<Value> {
    let name = args.first().and_then(Value::as_str).unwrap_or_default();
    if !names.contains(&name) {
        let plain = || {
            PyErr::msg(
                ExcKind::AttributeError,
                format!("module '{module}' has no attribute '{name}'"),
            )
        };
        return match vm.sys_modules_get(module) {
            Some(m) => match super::module_attr(&m, name) {
                Some(Err(e)) => Err(e),
                _ => Err(plain()),
            },
            None => Err(plain()),
        };
    }
    let helpers = vm.import_module("_taipan_os")?;
    let key = if module == "os" {
        name.to_owned()
    } else {
        format!("path_{name}")
    };
    vm.getattr(&helpers, &key)
}

/// `os.path.join(a, *p)`: an absolute part restarts the path.
fn join(_: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    let Some(first) = args.first() else {
        return Err(type_error(
            "join() missing 1 required positional argument: 'a'",
        ));
    };
    let Some(first) = first.as_str() else {
        return Err(type_error(format!(
            "expected str, bytes or os.PathLike object, not {}",
            type_name(first)
        )));
    };
    let mut path = first.to_owned();
    for part in &args[1..] {
        let Some(p) = part.as_str() else {
            return Err(type_error(format!(
                "join() argument must be str, bytes, or os.PathLike object, not '{}'",
                type_name(part)
            )));
        };
        if p.starts_with('/') {
            path = p.to_owned();
        } else if path.is_empty() || path.ends_with('/') {
            path.push_str(p);
        } else {
            path.push('/');
            path.push_str(p);
        }
    }
    Ok(Value::str(path))
}

fn exists(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    let p = &stat_arg(vm, args, "exists", "stat")?;
    Ok(Value::Bool(std::path::Path::new(p).exists()))
}

fn isfile(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    let p = &stat_arg(vm, args, "isfile", "stat")?;
    Ok(Value::Bool(std::path::Path::new(p).is_file()))
}

fn isdir(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    let p = &stat_arg(vm, args, "isdir", "stat")?;
    Ok(Value::Bool(std::path::Path::new(p).is_dir()))
}

fn islink(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    let p = &stat_arg(vm, args, "islink", "lstat")?;
    Ok(Value::Bool(std::path::Path::new(p).is_symlink()))
}

/// `posixpath.split`: (head, tail) around the last `/`, the head's
/// trailing slashes removed unless it is all slashes.
fn split_path(p: &str) -> (String, String) {
    let i = p.rfind('/').map_or(0, |i| i + 1);
    let (head, tail) = p.split_at(i);
    let trimmed = head.trim_end_matches('/');
    let head = if trimmed.is_empty() { head } else { trimmed };
    (head.to_owned(), tail.to_owned())
}

fn split(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    let (head, tail) = split_path(&str_arg(vm, args, "split")?);
    Ok(Value::tuple(vec![Value::str(head), Value::str(tail)]))
}

fn basename(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    Ok(Value::str(split_path(&str_arg(vm, args, "basename")?).1))
}

fn dirname(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    Ok(Value::str(split_path(&str_arg(vm, args, "dirname")?).0))
}

/// `os.path.splitext`: the extension is from the last dot of the last
/// component, unless that component is all leading dots before it.
fn splitext(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    let p = &str_arg(vm, args, "splitext")?;
    let name_start = p.rfind('/').map_or(0, |i| i + 1);
    let name = &p[name_start..];
    let leading = name.len() - name.trim_start_matches('.').len();
    let cut = match name.rfind('.') {
        Some(dot) if dot >= leading => name_start + dot,
        _ => p.len(),
    };
    Ok(Value::tuple(vec![
        Value::str(&p[..cut]),
        Value::str(&p[cut..]),
    ]))
}

/// `posixpath.normpath`.
fn normalize(p: &str) -> String {
    if p.is_empty() {
        return ".".to_owned();
    }
    let initial = if p.starts_with("//") && !p.starts_with("///") {
        2
    } else {
        usize::from(p.starts_with('/'))
    };
    let mut parts: Vec<&str> = Vec::new();
    for comp in p.split('/') {
        match comp {
            "" | "." => {}
            ".." if initial == 0 && parts.last().is_none_or(|l| *l == "..") => parts.push(".."),
            ".." => {
                parts.pop();
            }
            c => parts.push(c),
        }
    }
    let joined = "/".repeat(initial) + &parts.join("/");
    if joined.is_empty() {
        ".".to_owned()
    } else {
        joined
    }
}

fn normpath(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    Ok(Value::str(normalize(&str_arg(vm, args, "normpath")?)))
}

/// `abspath`: joined to the current directory and normalized.
fn absolute(p: &str) -> String {
    if p.starts_with('/') {
        return normalize(p);
    }
    let cwd = std::env::current_dir()
        .map(|d| d.to_string_lossy().into_owned())
        .unwrap_or_default();
    normalize(&format!("{cwd}/{p}"))
}

fn abspath(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    Ok(Value::str(absolute(&str_arg(vm, args, "abspath")?)))
}

fn realpath(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    let p = &str_arg(vm, args, "realpath")?;
    Ok(Value::str(std::fs::canonicalize(p).map_or_else(
        |_| absolute(p),
        |c| c.to_string_lossy().into_owned(),
    )))
}

fn isabs(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    Ok(Value::Bool(str_arg(vm, args, "isabs")?.starts_with('/')))
}

fn getsize(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    let p = &stat_arg(vm, args, "getsize", "stat")?;
    let meta = std::fs::metadata(p).map_err(|e| os_error(&e, p))?;
    Ok(Value::Int(meta.len() as i64))
}

fn expanduser(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    let p = &str_arg(vm, args, "expanduser")?;
    let home = std::env::var("HOME").unwrap_or_default();
    Ok(Value::str(match p.strip_prefix('~') {
        Some(rest) if rest.is_empty() || rest.starts_with('/') => format!("{home}{rest}"),
        _ => p.to_owned(),
    }))
}

/// The `OSError` subclass CPython picks for `OSError(errno, ...)`
/// (Linux numbering).
fn errno_kind(errno: i64) -> ExcKind {
    match errno {
        2 => ExcKind::FileNotFoundError,
        17 => ExcKind::FileExistsError,
        21 => ExcKind::IsADirectoryError,
        20 => ExcKind::NotADirectoryError,
        1 | 13 => ExcKind::PermissionError,
        4 => ExcKind::InterruptedError,
        3 => ExcKind::ProcessLookupError,
        10 => ExcKind::ChildProcessError,
        32 | 108 => ExcKind::BrokenPipeError,
        11 | 114 | 115 => ExcKind::BlockingIOError,
        103 => ExcKind::ConnectionAbortedError,
        111 => ExcKind::ConnectionRefusedError,
        104 => ExcKind::ConnectionResetError,
        110 => ExcKind::TimeoutError,
        _ => ExcKind::OSError,
    }
}

/// `OSError(errno, strerror[, filename[, winerror[, filename2]]])`: the
/// subclass for `errno`, with `errno`, `strerror`, `filename` and
/// `filename2` set and `args` cut to `(errno, strerror)`.
pub(crate) fn os_error_new(kind: ExcKind, args: &[Value]) -> crate::exception::ExceptionObj {
    let mut kind = kind;
    if !(2..=5).contains(&args.len()) {
        return crate::exception::ExceptionObj::new(kind, args.to_vec());
    }
    if let (ExcKind::OSError, Value::Int(n)) = (kind, &args[0]) {
        kind = errno_kind(*n);
    }
    let keep = if args.len() > 2 { 2 } else { args.len() };
    let exc = crate::exception::ExceptionObj::new(kind, args[..keep].to_vec());
    {
        let mut d = exc.dict.borrow_mut();
        set(&mut d, "errno", args[0].clone());
        set(&mut d, "strerror", args[1].clone());
        if let Some(f) = args.get(2) {
            set(&mut d, "filename", f.clone());
        }
        if let Some(f) = args.get(4) {
            set(&mut d, "filename2", f.clone());
        }
    }
    exc
}

/// `str()` of an `OSError` made with `(errno, strerror, ...)`:
/// `[Errno 2] No such file or directory: 'x'`.
pub(crate) fn os_error_str(e: &crate::exception::ExceptionObj) -> Option<String> {
    if !e.kind.is_subclass(ExcKind::OSError) {
        return None;
    }
    let args = e.args.borrow();
    let [errno, strerror] = args.as_slice() else {
        return None;
    };
    let d = e.dict.borrow();
    let get = |k: &str| d.get(&crate::dict::HashKey::Str(Rc::from(k))).cloned();
    get("strerror")?;
    let show = |v: &Value| crate::format::str(v).unwrap_or_default();
    let mut text = format!("[Errno {}] {}", show(errno), show(strerror));
    if let Some(f) = get("filename").filter(|f| !matches!(f, Value::None)) {
        text.push_str(&format!(
            ": {}",
            crate::format::repr(&f).unwrap_or_default()
        ));
        if let Some(f2) = get("filename2").filter(|f| !matches!(f, Value::None)) {
            text.push_str(&format!(
                " -> {}",
                crate::format::repr(&f2).unwrap_or_default()
            ));
        }
    }
    Some(text)
}
