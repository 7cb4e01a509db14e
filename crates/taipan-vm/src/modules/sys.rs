//! The `sys` module: the command line (`argv`, `flags`), the import state
//! (`path`, `modules`), the standard streams, the recursion limit and the
//! facts about the implementation.

use std::rc::Rc;

use super::{add_functions, set};
use crate::dict::{Dict, HashKey};
use crate::exception::{type_error, value_error, ExcKind, PyErr, PyResult};
use crate::types::type_name;
use crate::value::{NativeFn, Value};
use crate::Vm;

type Kw<'a> = &'a [(Rc<str>, Value)];

/// The language version Taipan implements: (major, minor, micro).
pub(super) const VERSION: (i64, i64, i64) = (3, 14, 0);

/// Fill the namespace of `sys`.
pub(super) fn init(vm: &mut Vm, d: &mut Dict) -> PyResult<()> {
    let config = vm.config.clone();
    let strs = |v: &[String]| Value::list(v.iter().map(|s| Value::str(s.as_str())).collect());
    set(d, "argv", strs(&config.argv));
    set(d, "orig_argv", strs(&config.orig_argv));
    set(d, "path", strs(&config.path));
    set(d, "modules", vm.modules.clone());
    set(d, "maxsize", Value::Int(i64::MAX));
    crate::int_ops::register_sys(&mut |k, v| set(d, k, v));
    set(
        d,
        "byteorder",
        Value::str(if cfg!(target_endian = "big") {
            "big"
        } else {
            "little"
        }),
    );
    set(d, "platform", Value::str(platform()));
    set(d, "executable", Value::str(config.executable.as_str()));
    set(d, "prefix", Value::str("/usr/local"));
    set(
        d,
        "copyright",
        Value::str("Copyright (c) Taipan authors; Python is (c) the PSF."),
    );
    let (major, minor, micro) = VERSION;
    set(
        d,
        "version",
        Value::str(format!(
            "{major}.{minor}.{micro} (Taipan {}, a Python implementation in Rust)",
            env!("CARGO_PKG_VERSION")
        )),
    );
    set(d, "hexversion", Value::Int(hexversion()));
    set(d, "api_version", Value::Int(1013));
    let version_info = vm.structseq(
        "sys.version_info",
        &["major", "minor", "micro", "releaselevel", "serial"],
        vec![
            Value::Int(major),
            Value::Int(minor),
            Value::Int(micro),
            Value::str("final"),
            Value::Int(0),
        ],
    )?;
    set(d, "version_info", version_info.clone());
    let namespace = vm.bootstrap("SimpleNamespace")?;
    let names = ["name", "cache_tag", "version", "hexversion"];
    let implementation = vm.call_value(
        &namespace,
        vec![
            Value::tuple(names.iter().map(|n| Value::str(*n)).collect()),
            Value::tuple(vec![
                Value::str("taipan"),
                Value::str("taipan-314"),
                version_info,
                Value::Int(hexversion()),
            ]),
        ],
    )?;
    set(d, "implementation", implementation);
    let flags = flags(vm)?;
    set(d, "flags", flags);
    set(d, "float_info", float_info(vm)?);
    set(d, "int_info", int_info(vm)?);
    set(
        d,
        "dont_write_bytecode",
        Value::Bool(config.dont_write_bytecode),
    );
    let prefix = config.pycache_prefix.clone();
    set(d, "pycache_prefix", prefix.map_or(Value::None, Value::str));
    set(d, "warnoptions", strs(&config.warnoptions));
    let names = super::NATIVE.iter().map(|n| Value::str(*n)).collect();
    set(d, "builtin_module_names", Value::tuple(names));
    streams(vm, d)?;
    set(
        d,
        "_getframe",
        Value::obj(crate::value::Object::FrameBuiltin(
            crate::value::FrameBuiltin {
                name: "_getframe",
                func: crate::tb_object::getframe,
            },
        )),
    );
    let functions: [(&'static str, NativeFn); 10] = [
        ("exit", sys_exit),
        ("getrecursionlimit", getrecursionlimit),
        ("setrecursionlimit", setrecursionlimit),
        ("getdefaultencoding", utf8),
        ("getfilesystemencoding", utf8),
        ("intern", intern),
        ("exc_info", exc_info),
        ("exception", exception),
        ("getsizeof", getsizeof),
        ("is_finalizing", is_finalizing),
    ];
    add_functions(d, &functions);
    Ok(())
}

/// `sys.platform` of the machine Taipan was built for.
fn platform() -> &'static str {
    match std::env::consts::OS {
        "macos" => "darwin",
        "windows" => "win32",
        other => other,
    }
}

/// `sys.hexversion`: 0xMMmmpp f0 for a final release.
fn hexversion() -> i64 {
    let (major, minor, micro) = VERSION;
    (major << 24) | (minor << 16) | (micro << 8) | 0xf0
}

/// The standard streams and their `__std*__` originals.
fn streams(vm: &mut Vm, d: &mut Dict) -> PyResult<()> {
    let class = vm.bootstrap("TextIOWrapper")?;
    for (fd, name, mode) in [(0, "stdin", "r"), (1, "stdout", "w"), (2, "stderr", "w")] {
        let args = vec![
            Value::Int(fd),
            Value::str(format!("<{name}>")),
            Value::str(mode),
        ];
        let stream = vm.call_value(&class, args)?;
        set(d, name, stream.clone());
        set(d, &format!("__{name}__"), stream);
    }
    Ok(())
}

/// `sys.flags`, reflecting the command line.
fn flags(vm: &mut Vm) -> PyResult<Value> {
    let c = vm.config.clone();
    let fields = [
        ("debug", Value::Int(0)),
        ("inspect", Value::Int(0)),
        ("interactive", Value::Int(0)),
        ("optimize", Value::Int(i64::from(c.optimize))),
        (
            "dont_write_bytecode",
            Value::Int(i64::from(c.dont_write_bytecode)),
        ),
        ("no_user_site", Value::Int(i64::from(c.no_user_site))),
        ("no_site", Value::Int(i64::from(c.no_site))),
        (
            "ignore_environment",
            Value::Int(i64::from(c.ignore_environment)),
        ),
        ("verbose", Value::Int(0)),
        ("bytes_warning", Value::Int(i64::from(c.bytes_warning))),
        ("quiet", Value::Int(0)),
        ("hash_randomization", Value::Int(1)),
        ("isolated", Value::Int(i64::from(c.isolated))),
        ("dev_mode", Value::Bool(c.dev_mode)),
        ("utf8_mode", Value::Int(0)),
        ("warn_default_encoding", Value::Int(0)),
        ("safe_path", Value::Bool(c.isolated)),
        ("int_max_str_digits", Value::Int(4300)),
    ];
    let names: Vec<&str> = fields.iter().map(|f| f.0).collect();
    let values = fields.iter().map(|f| f.1.clone()).collect();
    vm.structseq("sys.flags", &names, values)
}

/// `sys.float_info`.
fn float_info(vm: &mut Vm) -> PyResult<Value> {
    let fields = [
        ("max", Value::Float(f64::MAX)),
        ("max_exp", Value::Int(1024)),
        ("max_10_exp", Value::Int(308)),
        ("min", Value::Float(f64::MIN_POSITIVE)),
        ("min_exp", Value::Int(-1021)),
        ("min_10_exp", Value::Int(-307)),
        ("dig", Value::Int(15)),
        ("mant_dig", Value::Int(53)),
        ("epsilon", Value::Float(f64::EPSILON)),
        ("radix", Value::Int(2)),
        ("rounds", Value::Int(1)),
    ];
    let names: Vec<&str> = fields.iter().map(|f| f.0).collect();
    let values = fields.iter().map(|f| f.1.clone()).collect();
    vm.structseq("sys.float_info", &names, values)
}

/// `sys.int_info` (CPython's 30-bit digits, for programs that print it).
fn int_info(vm: &mut Vm) -> PyResult<Value> {
    let names = [
        "bits_per_digit",
        "sizeof_digit",
        "default_max_str_digits",
        "str_digits_check_threshold",
    ];
    let values = [30, 4, 4300, 640].into_iter().map(Value::Int).collect();
    vm.structseq("sys.int_info", &names, values)
}

impl Vm<'_> {
    /// A named tuple of `sys` (`sys.version_info(major=3, ...)`).
    fn structseq(&mut self, name: &str, fields: &[&str], values: Vec<Value>) -> PyResult<Value> {
        let class = self.bootstrap("StructSeq")?;
        let fields = Value::tuple(fields.iter().map(|f| Value::str(*f)).collect());
        self.call_value(&class, vec![Value::str(name), fields, Value::tuple(values)])
    }
}

/// `sys.exit([code])`: raise `SystemExit(code)`.
pub(crate) fn sys_exit(_: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    if args.len() > 1 {
        return Err(type_error(format!(
            "exit expected at most 1 argument, got {}",
            args.len()
        )));
    }
    Err(PyErr::new(ExcKind::SystemExit, args.to_vec()))
}

fn getrecursionlimit(vm: &mut Vm, _: &[Value], _: Kw) -> PyResult<Value> {
    Ok(Value::Int(vm.recursion_limit as i64))
}

/// `sys.setrecursionlimit(n)`: as CPython, refused below 1 or below the
/// current depth.
fn setrecursionlimit(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    let n = match args {
        [Value::Int(n)] => *n,
        [Value::Bool(b)] => i64::from(*b),
        [Value::Float(_)] => {
            return Err(type_error(
                "'float' object cannot be interpreted as an integer",
            ))
        }
        [v] if v.as_bigint().is_some() => {
            return Err(PyErr::msg(
                ExcKind::OverflowError,
                "Python int too large to convert to C int",
            ))
        }
        [v] => {
            return Err(type_error(format!(
                "'{}' object cannot be interpreted as an integer",
                type_name(v)
            )))
        }
        _ => {
            return Err(type_error(format!(
                "setrecursionlimit() takes exactly one argument ({} given)",
                args.len()
            )))
        }
    };
    if n < 1 {
        return Err(value_error(
            "recursion limit must be greater or equal than 1",
        ));
    }
    if n > i64::from(i32::MAX) {
        return Err(PyErr::msg(
            ExcKind::OverflowError,
            "Python int too large to convert to C int",
        ));
    }
    let depth = vm.frames.len() + 1;
    if (n as usize) <= depth {
        return Err(PyErr::msg(
            ExcKind::RecursionError,
            format!(
                "cannot set the recursion limit to {n} at the recursion depth {depth}: \
                 the limit is too low"
            ),
        ));
    }
    vm.recursion_limit = n as usize;
    Ok(Value::None)
}

fn utf8(_: &mut Vm, _: &[Value], _: Kw) -> PyResult<Value> {
    Ok(Value::str("utf-8"))
}

fn intern(_: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    match args {
        [s] if s.as_str().is_some() => Ok(s.clone()),
        [v] => Err(type_error(format!(
            "intern() argument must be str, not {}",
            type_name(v)
        ))),
        _ => Err(type_error(format!(
            "intern() takes exactly one argument ({} given)",
            args.len()
        ))),
    }
}

/// `sys.exc_info()`: `(type, value, traceback)` of the exception being
/// handled and its traceback.
fn exc_info(vm: &mut Vm, _: &[Value], _: Kw) -> PyResult<Value> {
    let value = vm.exc_info.clone();
    if matches!(value, Value::None) {
        return Ok(Value::tuple(vec![Value::None, Value::None, Value::None]));
    }
    let type_fn = vm
        .builtins
        .get(&HashKey::Str(Rc::from("type")))
        .cloned()
        .unwrap_or(Value::None);
    let class = vm.call_value(&type_fn, vec![value.clone()])?;
    let tb = match value.as_obj() {
        Some(crate::value::Object::Exception(e)) => crate::tb_object::exception_traceback(e),
        _ => Value::None,
    };
    Ok(Value::tuple(vec![class, value, tb]))
}

fn exception(vm: &mut Vm, _: &[Value], _: Kw) -> PyResult<Value> {
    Ok(vm.exc_info.clone())
}

/// `sys.getsizeof(obj)`: a rough size (Taipan's objects differ from
/// CPython's).
fn getsizeof(_: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    let size = match args.first() {
        Some(v) => match v.as_str() {
            Some(s) => 41 + s.len(),
            None => 16 + std::mem::size_of::<Value>(),
        },
        None => {
            return Err(type_error(
                "getsizeof() missing required argument 'object' (pos 1)",
            ))
        }
    };
    Ok(Value::Int(size as i64))
}

fn is_finalizing(_: &mut Vm, _: &[Value], _: Kw) -> PyResult<Value> {
    Ok(Value::Bool(false))
}
