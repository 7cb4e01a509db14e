//! The file-descriptor layer of `os`: `open`, `read`, `write`, `close`,
//! `lseek`, `fstat`/`stat`/`lstat`, `ftruncate`, `isatty`, `rename`,
//! `chdir` and the raw directory listing under `scandir`. The `io`
//! module's file objects (`lib/_io.py`) are built on these.
//!
//! `unsafe` is denied, so a descriptor cannot be turned back into a
//! `std::fs::File`: the files opened here are kept in a per-thread table
//! keyed by their real descriptor number (`File::as_raw_fd`), so `fileno()`
//! gives the same numbers as CPython. Descriptors 0, 1 and 2 are the
//! interpreter's standard streams (`Vm::out`/`Vm::err`, which may be
//! captured), not the process's.

use std::cell::RefCell;
use std::collections::HashMap;
use std::fs::File;
use std::io::{Read, Seek, SeekFrom, Write};
use std::os::fd::AsRawFd;
use std::os::unix::fs::{MetadataExt, OpenOptionsExt};
use std::rc::Rc;

use super::os::os_error;
use super::{add_functions, set};
use crate::dict::Dict;
use crate::exception::{type_error, ExcKind, PyErr, PyResult};
use crate::types::type_name;
use crate::value::{NativeFn, Object, Value};
use crate::Vm;

type Kw<'a> = &'a [(Rc<str>, Value)];

thread_local! {
    /// The files opened by `os.open`, by descriptor.
    static FILES: RefCell<HashMap<i32, File>> = RefCell::new(HashMap::new());
}

/// The `open` flags, with Linux's values.
const FLAGS: &[(&str, i64)] = &[
    ("O_RDONLY", 0),
    ("O_WRONLY", 1),
    ("O_RDWR", 2),
    ("O_ACCMODE", 3),
    ("O_CREAT", 0o100),
    ("O_EXCL", 0o200),
    ("O_NOCTTY", 0o400),
    ("O_TRUNC", 0o1000),
    ("O_APPEND", 0o2000),
    ("O_NONBLOCK", 0o4000),
    ("O_CLOEXEC", 0o2000000),
    ("SEEK_SET", 0),
    ("SEEK_CUR", 1),
    ("SEEK_END", 2),
    ("F_OK", 0),
    ("X_OK", 1),
    ("W_OK", 2),
    ("R_OK", 4),
];

/// Add the descriptor functions and constants to `os`.
pub(super) fn init(d: &mut Dict) {
    for &(name, value) in FLAGS {
        set(d, name, Value::Int(value));
    }
    let functions: [(&'static str, NativeFn); 19] = [
        ("chmod", chmod),
        ("open", open),
        ("read", read),
        ("write", write),
        ("close", close),
        ("lseek", lseek),
        ("fstat", fstat),
        ("stat", stat),
        ("lstat", lstat),
        ("ftruncate", ftruncate),
        ("truncate", truncate),
        ("isatty", isatty),
        ("fsync", fsync),
        ("rename", rename),
        ("replace", rename),
        ("chdir", chdir),
        ("access", access),
        ("utime", utime),
        ("_scandir", scandir),
    ];
    add_functions(d, &functions);
}

/// A path argument: a str, or an object whose `__fspath__` gives one
/// (bytes paths are decoded as UTF-8).
pub(crate) fn fs_path(vm: &mut Vm, v: Option<&Value>, fname: &str) -> PyResult<String> {
    let Some(v) = v else {
        return Err(type_error(format!(
            "{fname}() missing required argument 'path' (pos 1)"
        )));
    };
    if let Some(s) = v.as_str() {
        return Ok(s.to_owned());
    }
    if let Some(Object::Bytes(b)) = v.as_obj() {
        return Ok(String::from_utf8_lossy(b).into_owned());
    }
    let bad = || {
        type_error(format!(
            "{fname}: path should be string, bytes or os.PathLike, not {}",
            type_name(v)
        ))
    };
    if !matches!(v.as_obj(), Some(Object::Instance(_))) {
        return Err(bad());
    }
    let method = vm.getattr(v, "__fspath__").map_err(|_| bad())?;
    let got = vm.call_value(&method, Vec::new())?;
    match got.as_str() {
        Some(s) => Ok(s.to_owned()),
        None => Err(type_error(format!(
            "expected {}.__fspath__() to return str or bytes, not {}",
            type_name(v),
            type_name(&got)
        ))),
    }
}

/// An integer argument.
fn int_arg(args: &[Value], i: usize, what: &str) -> PyResult<i64> {
    match args.get(i) {
        Some(Value::Int(n)) => Ok(*n),
        Some(Value::Bool(b)) => Ok(i64::from(*b)),
        Some(v) => Err(type_error(format!(
            "'{}' object cannot be interpreted as an integer",
            type_name(v)
        ))),
        None => Err(type_error(format!("missing required argument '{what}'"))),
    }
}

/// A descriptor argument (as a C `int`).
fn fd_arg(args: &[Value]) -> PyResult<i32> {
    let fd = int_arg(args, 0, "fd")?;
    i32::try_from(fd).map_err(|_| {
        PyErr::msg(
            ExcKind::OverflowError,
            "Python int too large to convert to C int",
        )
    })
}

/// `OSError: [Errno 9] Bad file descriptor`.
fn bad_fd() -> Box<PyErr> {
    fd_error(&std::io::Error::from_raw_os_error(9))
}

/// An `OSError` for an operation on a descriptor (no file name).
fn fd_error(e: &std::io::Error) -> Box<PyErr> {
    super::os::io_error(e, None)
}

/// Run `f` on the open file `fd`.
fn with_file<T>(fd: i32, f: impl FnOnce(&mut File) -> std::io::Result<T>) -> PyResult<T> {
    FILES.with(|files| {
        let mut files = files.borrow_mut();
        let file = files.get_mut(&fd).ok_or_else(bad_fd)?;
        f(file).map_err(|e| fd_error(&e))
    })
}

/// `os.open(path, flags, mode=0o777)`: a new descriptor.
fn open(vm: &mut Vm, args: &[Value], kwargs: Kw) -> PyResult<Value> {
    let path = fs_path(vm, args.first(), "open")?;
    let flags = int_arg(args, 1, "flags")?;
    let mut mode = 0o777;
    if args.len() > 2 {
        mode = int_arg(args, 2, "mode")?;
    }
    for (k, v) in kwargs {
        if &**k == "mode" {
            mode = int_arg(std::slice::from_ref(v), 0, "mode")?;
        }
    }
    let access = flags & 3;
    let mut options = std::fs::OpenOptions::new();
    options
        .read(access != 1)
        .write(access != 0)
        .custom_flags((flags & !3) as i32)
        .mode(mode as u32);
    let file = options.open(&path).map_err(|e| os_error(&e, &path))?;
    let fd = file.as_raw_fd();
    FILES.with(|files| files.borrow_mut().insert(fd, file));
    Ok(Value::Int(i64::from(fd)))
}

/// `os.read(fd, n)`: at most `n` bytes (`b''` at the end).
fn read(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    let fd = fd_arg(args)?;
    let n = int_arg(args, 1, "length")?;
    if n < 0 {
        return Err(PyErr::msg(ExcKind::ValueError, "negative length"));
    }
    let n = usize::try_from(n).unwrap_or(usize::MAX).min(1 << 30);
    let mut buf = vec![0u8; n];
    let got = if fd == 0 {
        let _ = vm.out.flush();
        std::io::stdin().read(&mut buf).map_err(|e| fd_error(&e))?
    } else {
        with_file(fd, |f| f.read(&mut buf))?
    };
    buf.truncate(got);
    Ok(Value::obj(Object::Bytes(buf.into_boxed_slice())))
}

/// `os.write(fd, data)`: the number of bytes written.
fn write(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    let fd = fd_arg(args)?;
    let Some(data) = args.get(1).and_then(crate::bytes_methods::bytes_like) else {
        let got = args.get(1).map_or("nothing".into(), type_name);
        return Err(type_error(format!(
            "a bytes-like object is required, not '{got}'"
        )));
    };
    match fd {
        1 => vm.out.write_all(&data).map_err(|e| fd_error(&e))?,
        2 => vm.err.write_all(&data).map_err(|e| fd_error(&e))?,
        _ => with_file(fd, |f| f.write_all(&data))?,
    }
    Ok(Value::Int(data.len() as i64))
}

/// `os.close(fd)`.
fn close(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    let fd = fd_arg(args)?;
    if (0..=2).contains(&fd) {
        let _ = vm.out.flush();
        return Ok(Value::None);
    }
    match FILES.with(|files| files.borrow_mut().remove(&fd)) {
        Some(file) => drop(file),
        None => return Err(bad_fd()),
    }
    Ok(Value::None)
}

/// `os.lseek(fd, position, whence)`: the new position.
fn lseek(_: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    let fd = fd_arg(args)?;
    let pos = int_arg(args, 1, "position")?;
    let whence = int_arg(args, 2, "whence")?;
    let to = match whence {
        0 => SeekFrom::Start(u64::try_from(pos).map_err(|_| invalid_argument())?),
        1 => SeekFrom::Current(pos),
        2 => SeekFrom::End(pos),
        _ => return Err(invalid_argument()),
    };
    if (0..=2).contains(&fd) {
        return Err(fd_error(&std::io::Error::from_raw_os_error(29)));
    }
    let at = with_file(fd, |f| f.seek(to))?;
    Ok(Value::Int(at as i64))
}

/// `OSError: [Errno 22] Invalid argument`.
fn invalid_argument() -> Box<PyErr> {
    fd_error(&std::io::Error::from_raw_os_error(22))
}

/// `os.ftruncate(fd, length)`.
fn ftruncate(_: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    let fd = fd_arg(args)?;
    let len = u64::try_from(int_arg(args, 1, "length")?).map_err(|_| invalid_argument())?;
    with_file(fd, |f| f.set_len(len))?;
    Ok(Value::None)
}

/// `os.truncate(path, length)`.
fn truncate(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    let path = fs_path(vm, args.first(), "truncate")?;
    let len = u64::try_from(int_arg(args, 1, "length")?).map_err(|_| invalid_argument())?;
    let file = std::fs::OpenOptions::new()
        .write(true)
        .open(&path)
        .map_err(|e| os_error(&e, &path))?;
    file.set_len(len).map_err(|e| os_error(&e, &path))?;
    Ok(Value::None)
}

/// `os.fsync(fd)`.
fn fsync(_: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    let fd = fd_arg(args)?;
    if !(0..=2).contains(&fd) {
        with_file(fd, |f| f.sync_all())?;
    }
    Ok(Value::None)
}

/// `os.isatty(fd)`.
fn isatty(_: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    use std::io::IsTerminal;
    let fd = fd_arg(args)?;
    let tty = match fd {
        0 => std::io::stdin().is_terminal(),
        1 => std::io::stdout().is_terminal(),
        2 => std::io::stderr().is_terminal(),
        _ => FILES.with(|files| files.borrow().get(&fd).is_some_and(|f| f.is_terminal())),
    };
    Ok(Value::Bool(tty))
}

/// `os.stat_result` for `meta`.
fn stat_result(vm: &mut Vm, meta: &std::fs::Metadata) -> PyResult<Value> {
    let class = vm.bootstrap("StatResult")?;
    let ints = [
        i64::from(meta.mode()),
        meta.ino() as i64,
        meta.dev() as i64,
        meta.nlink() as i64,
        i64::from(meta.uid()),
        i64::from(meta.gid()),
        meta.size() as i64,
    ];
    let times = [
        (meta.atime(), meta.atime_nsec()),
        (meta.mtime(), meta.mtime_nsec()),
        (meta.ctime(), meta.ctime_nsec()),
    ];
    let mut values: Vec<Value> = ints.into_iter().map(Value::Int).collect();
    values.extend(times.iter().map(|t| Value::Int(t.0)));
    values.extend(
        times
            .iter()
            .map(|t| Value::Float(t.0 as f64 + t.1 as f64 * 1e-9)),
    );
    values.extend(
        times
            .iter()
            .map(|t| Value::from_bigint(num_bigint::BigInt::from(t.0) * 1_000_000_000 + t.1)),
    );
    values.push(Value::Int(meta.blksize() as i64));
    values.push(Value::Int(meta.blocks() as i64));
    vm.call_value(&class, vec![Value::tuple(values)])
}

/// `os.fstat(fd)`.
fn fstat(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    let fd = fd_arg(args)?;
    if (0..=2).contains(&fd) {
        return Err(fd_error(&std::io::Error::from_raw_os_error(95)));
    }
    let meta = with_file(fd, |f| f.metadata())?;
    stat_result(vm, &meta)
}

/// `os.stat(path, *, follow_symlinks=True)`.
fn stat(vm: &mut Vm, args: &[Value], kwargs: Kw) -> PyResult<Value> {
    let follow = match kwargs.iter().find(|(k, _)| &**k == "follow_symlinks") {
        Some((_, v)) => vm.truthy(v)?,
        None => true,
    };
    if let Some(Value::Int(_)) = args.first() {
        return fstat(vm, args, &[]);
    }
    let path = fs_path(vm, args.first(), "stat")?;
    let meta = if follow {
        std::fs::metadata(&path)
    } else {
        std::fs::symlink_metadata(&path)
    };
    let meta = meta.map_err(|e| os_error(&e, &path))?;
    stat_result(vm, &meta)
}

/// `os.lstat(path)`.
fn lstat(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    let path = fs_path(vm, args.first(), "lstat")?;
    let meta = std::fs::symlink_metadata(&path).map_err(|e| os_error(&e, &path))?;
    stat_result(vm, &meta)
}

/// `os.rename(src, dst)` and `os.replace(src, dst)`.
fn rename(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    let src = fs_path(vm, args.first(), "rename")?;
    let dst = fs_path(vm, args.get(1), "rename")?;
    std::fs::rename(&src, &dst).map_err(|e| {
        let err = os_error(&e, &src);
        if let Some(Object::Exception(obj)) = err.value.as_obj() {
            set(&mut obj.dict.borrow_mut(), "filename2", Value::str(dst));
        }
        err
    })?;
    Ok(Value::None)
}

/// `os.chdir(path)`.
fn chdir(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    let path = fs_path(vm, args.first(), "chdir")?;
    std::env::set_current_dir(&path).map_err(|e| os_error(&e, &path))?;
    Ok(Value::None)
}

/// `os.access(path, mode)`: existence, and the permission bits that apply
/// to the owner.
fn access(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    let path = fs_path(vm, args.first(), "access")?;
    let mode = int_arg(args, 1, "mode")?;
    let Ok(meta) = std::fs::metadata(&path) else {
        return Ok(Value::Bool(false));
    };
    let bits = i64::from(meta.mode() >> 6) & 7;
    Ok(Value::Bool(bits & mode == mode))
}

/// `os.utime(path, times=None)`: set the modification time (seconds).
fn utime(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    let path = fs_path(vm, args.first(), "utime")?;
    let when = match args.get(1).and_then(crate::method_args::tuple_items) {
        Some([_, Value::Int(m)]) => {
            std::time::UNIX_EPOCH + std::time::Duration::from_secs((*m).max(0) as u64)
        }
        Some([_, Value::Float(m)]) => {
            std::time::UNIX_EPOCH + std::time::Duration::from_secs_f64(m.max(0.0))
        }
        _ => std::time::SystemTime::now(),
    };
    let file = File::options()
        .write(true)
        .open(&path)
        .or_else(|_| File::open(&path))
        .map_err(|e| os_error(&e, &path))?;
    file.set_modified(when).map_err(|e| os_error(&e, &path))?;
    Ok(Value::None)
}

/// `os._scandir(path)`: `(name, kind)` pairs, kind `'d'` (directory),
/// `'f'` (file), `'l'` (symbolic link) or `'o'`, in the system's order.
fn scandir(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    let path = fs_path(vm, args.first(), "scandir")?;
    let entries = std::fs::read_dir(&path).map_err(|e| os_error(&e, &path))?;
    let mut out = Vec::new();
    for entry in entries {
        let entry = entry.map_err(|e| os_error(&e, &path))?;
        let kind = match entry.file_type() {
            Ok(t) if t.is_symlink() => "l",
            Ok(t) if t.is_dir() => "d",
            Ok(t) if t.is_file() => "f",
            _ => "o",
        };
        let name = Value::str(entry.file_name().to_string_lossy());
        out.push(Value::tuple(vec![name, Value::str(kind)]));
    }
    Ok(Value::list(out))
}

/// `os.chmod(path, mode)`.
fn chmod(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    use std::os::unix::fs::PermissionsExt;
    let path = fs_path(vm, args.first(), "chmod")?;
    let mode = int_arg(args, 1, "mode")?;
    let perms = std::fs::Permissions::from_mode((mode & 0o7777) as u32);
    std::fs::set_permissions(&path, perms).map_err(|e| os_error(&e, &path))?;
    Ok(Value::None)
}

/// At exit: flush the buffered writers `open` made that are still open
/// (`_io._flush_all`), if `_io` was imported.
pub(crate) fn flush_at_exit(vm: &mut Vm) {
    let Some(module) = vm.sys_modules_get("_io") else {
        return;
    };
    if let Ok(flush) = vm.getattr(&module, "_flush_all") {
        let _ = vm.call_value(&flush, Vec::new());
    }
}
