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
}

/// The `OSError` subclass for an I/O error on `path`, with `errno`,
/// `strerror` and `filename` set.
pub(crate) fn os_error(e: &std::io::Error, path: &str) -> Box<PyErr> {
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
    let shown = crate::format::repr(&Value::str(path)).unwrap_or_default();
    let err = PyErr::msg(kind, format!("[Errno {errno}] {strerror}: {shown}"));
    if let Some(Object::Exception(obj)) = err.value.as_obj() {
        let mut d = obj.dict.borrow_mut();
        set(&mut d, "errno", Value::Int(i64::from(errno)));
        set(&mut d, "strerror", Value::str(strerror));
        set(&mut d, "filename", Value::str(path));
    }
    err
}

/// The path argument `i` (a str).
fn path_arg<'v>(args: &'v [Value], i: usize, fname: &str) -> PyResult<&'v str> {
    match args.get(i) {
        Some(v) => v.as_str().ok_or_else(|| {
            type_error(format!(
                "{fname}: path should be string, bytes or os.PathLike, not {}",
                type_name(v)
            ))
        }),
        None => Err(type_error(format!(
            "{fname}() missing required argument 'path' (pos {})",
            i + 1
        ))),
    }
}

/// A str argument of an `os.path` function.
fn str_arg<'v>(args: &'v [Value], fname: &str) -> PyResult<&'v str> {
    match args.first() {
        Some(v) => v.as_str().ok_or_else(|| {
            type_error(format!(
                "expected str, bytes or os.PathLike object, not {}",
                type_name(v)
            ))
        }),
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
fn listdir(_: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    let path = if args.is_empty() {
        "."
    } else {
        path_arg(args, 0, "listdir")?
    };
    let entries = std::fs::read_dir(path).map_err(|e| os_error(&e, path))?;
    let mut names = Vec::new();
    for entry in entries {
        let entry = entry.map_err(|e| os_error(&e, path))?;
        names.push(Value::str(entry.file_name().to_string_lossy()));
    }
    Ok(Value::list(names))
}

fn remove(_: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    let path = path_arg(args, 0, "remove")?;
    std::fs::remove_file(path).map_err(|e| os_error(&e, path))?;
    Ok(Value::None)
}

fn mkdir(_: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    let path = path_arg(args, 0, "mkdir")?;
    std::fs::create_dir(path).map_err(|e| os_error(&e, path))?;
    Ok(Value::None)
}

fn rmdir(_: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    let path = path_arg(args, 0, "rmdir")?;
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

fn fspath(_: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    match args.first() {
        Some(v) if v.as_str().is_some() => Ok(v.clone()),
        Some(v) => Err(type_error(format!(
            "expected str, bytes or os.PathLike object, not {}",
            type_name(v)
        ))),
        None => Err(type_error(
            "fspath() missing required argument 'path' (pos 1)",
        )),
    }
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

fn exists(_: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    let p = str_arg(args, "exists")?;
    Ok(Value::Bool(std::path::Path::new(p).exists()))
}

fn isfile(_: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    let p = str_arg(args, "isfile")?;
    Ok(Value::Bool(std::path::Path::new(p).is_file()))
}

fn isdir(_: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    let p = str_arg(args, "isdir")?;
    Ok(Value::Bool(std::path::Path::new(p).is_dir()))
}

fn islink(_: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    let p = str_arg(args, "islink")?;
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

fn split(_: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    let (head, tail) = split_path(str_arg(args, "split")?);
    Ok(Value::tuple(vec![Value::str(head), Value::str(tail)]))
}

fn basename(_: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    Ok(Value::str(split_path(str_arg(args, "basename")?).1))
}

fn dirname(_: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    Ok(Value::str(split_path(str_arg(args, "dirname")?).0))
}

/// `os.path.splitext`: the extension is from the last dot of the last
/// component, unless that component is all leading dots before it.
fn splitext(_: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    let p = str_arg(args, "splitext")?;
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

fn normpath(_: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    Ok(Value::str(normalize(str_arg(args, "normpath")?)))
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

fn abspath(_: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    Ok(Value::str(absolute(str_arg(args, "abspath")?)))
}

fn realpath(_: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    let p = str_arg(args, "realpath")?;
    Ok(Value::str(std::fs::canonicalize(p).map_or_else(
        |_| absolute(p),
        |c| c.to_string_lossy().into_owned(),
    )))
}

fn isabs(_: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    Ok(Value::Bool(str_arg(args, "isabs")?.starts_with('/')))
}

fn getsize(_: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    let p = str_arg(args, "getsize")?;
    let meta = std::fs::metadata(p).map_err(|e| os_error(&e, p))?;
    Ok(Value::Int(meta.len() as i64))
}

fn expanduser(_: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    let p = str_arg(args, "expanduser")?;
    let home = std::env::var("HOME").unwrap_or_default();
    Ok(Value::str(match p.strip_prefix('~') {
        Some(rest) if rest.is_empty() || rest.starts_with('/') => format!("{home}{rest}"),
        _ => p.to_owned(),
    }))
}
