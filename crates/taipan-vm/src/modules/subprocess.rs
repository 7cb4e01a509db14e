//! The native half of `subprocess` (`_taipan_subprocess`): run a program
//! to completion with `std::process`, feeding its stdin and collecting
//! its stdout and stderr. `lib/subprocess.py` builds `run`, `Popen` and
//! the rest on this one call.

use std::io::{Read, Write};
use std::process::{Command, Stdio};
use std::rc::Rc;
use std::thread;
use std::time::{Duration, Instant};

use super::add_functions;
use crate::dict::Dict;
use crate::exception::{type_error, PyResult};
use crate::value::{NativeFn, Object, Value};
use crate::Vm;

type Kw<'a> = &'a [(Rc<str>, Value)];

/// How a standard stream of the child is connected (the numbers
/// `subprocess.py` passes).
#[derive(Clone, Copy, PartialEq)]
enum Stream {
    /// The parent's own stream (0).
    Inherit,
    /// A pipe the parent reads or writes (1).
    Pipe,
    /// `/dev/null` (2).
    Null,
}

/// Fill the namespace of `_taipan_subprocess`.
pub(super) fn init(d: &mut Dict) {
    let functions: [(&'static str, NativeFn); 1] = [("run", run)];
    add_functions(d, &functions);
}

fn stream(v: &Value) -> Stream {
    match v {
        Value::Int(1) => Stream::Pipe,
        Value::Int(2) => Stream::Null,
        _ => Stream::Inherit,
    }
}

fn stdio(s: Stream) -> Stdio {
    match s {
        Stream::Inherit => Stdio::inherit(),
        Stream::Pipe => Stdio::piped(),
        Stream::Null => Stdio::null(),
    }
}

fn strings(v: &Value, what: &str) -> PyResult<Vec<String>> {
    let items = match v.as_obj() {
        Some(Object::List(l)) => l.borrow().clone(),
        Some(Object::Tuple(t)) => t.to_vec(),
        _ => return Err(type_error(format!("{what} must be a list of str"))),
    };
    items
        .iter()
        .map(|i| {
            i.as_str()
                .map(str::to_owned)
                .ok_or_else(|| type_error(format!("{what} must be a list of str")))
        })
        .collect()
}

/// `run(argv, cwd, env, input, stdin, stdout, stderr, timeout)`:
/// `('ok', returncode, out, err)`, `('timeout',)` or
/// `('error', errno, strerror)` when the program cannot start. `env` is
/// a list of `key=value` strings or None; `input` bytes or None; the
/// streams are 0 (inherit), 1 (pipe) or 2 (devnull); `timeout` a float
/// or None.
fn run(_vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    let [argv, cwd, env, input, stdin, stdout, stderr, timeout] = args else {
        return Err(type_error("run() takes exactly 8 arguments"));
    };
    let argv = strings(argv, "args")?;
    let Some((program, rest)) = argv.split_first() else {
        return Err(type_error("args must not be empty"));
    };
    let mut cmd = Command::new(program);
    cmd.args(rest);
    if let Some(dir) = cwd.as_str() {
        cmd.current_dir(dir);
    }
    if !matches!(env, Value::None) {
        cmd.env_clear();
        for pair in strings(env, "env")? {
            if let Some((k, v)) = pair.split_once('=') {
                cmd.env(k, v);
            }
        }
    }
    let input: Option<Vec<u8>> = match input.as_obj() {
        Some(Object::Bytes(b)) => Some(b.to_vec()),
        _ => None,
    };
    let stdin = if input.is_some() {
        Stream::Pipe
    } else {
        stream(stdin)
    };
    cmd.stdin(stdio(stdin))
        .stdout(stdio(stream(stdout)))
        .stderr(stdio(stream(stderr)));
    let timeout = match timeout {
        Value::Float(f) => Some(Duration::from_secs_f64(f.max(0.0))),
        Value::Int(i) => Some(Duration::from_secs((*i).max(0) as u64)),
        _ => None,
    };
    let mut child = match cmd.spawn() {
        Ok(c) => c,
        Err(e) => {
            let errno = i64::from(e.raw_os_error().unwrap_or(0));
            let text = e.to_string();
            let strerror = text
                .rfind(" (os error ")
                .map_or(text.as_str(), |i| &text[..i]);
            return Ok(Value::tuple(vec![
                Value::str("error"),
                Value::Int(errno),
                Value::str(strerror),
            ]));
        }
    };
    // Feed stdin and drain the pipes on threads, so a child that fills
    // one pipe while we wait on another cannot block.
    if let (Some(data), Some(mut pipe)) = (input, child.stdin.take()) {
        thread::spawn(move || {
            let _ = pipe.write_all(&data);
        });
    }
    let reader = |pipe: Option<Box<dyn Read + Send>>| {
        pipe.map(|mut p| {
            thread::spawn(move || {
                let mut buf = Vec::new();
                let _ = p.read_to_end(&mut buf);
                buf
            })
        })
    };
    let out = reader(
        child
            .stdout
            .take()
            .map(|p| Box::new(p) as Box<dyn Read + Send>),
    );
    let err = reader(
        child
            .stderr
            .take()
            .map(|p| Box::new(p) as Box<dyn Read + Send>),
    );
    let start = Instant::now();
    let status = loop {
        match child.try_wait() {
            Ok(Some(status)) => break Some(status),
            Ok(None) => {}
            Err(_) => break None,
        }
        if timeout.is_some_and(|t| start.elapsed() >= t) {
            let _ = child.kill();
            let _ = child.wait();
            break None;
        }
        thread::sleep(Duration::from_millis(2));
    };
    let Some(status) = status else {
        // The readers may wait on a grandchild still holding the pipes:
        // leave them behind.
        return Ok(Value::tuple(vec![Value::str("timeout")]));
    };
    let collect = |h: Option<thread::JoinHandle<Vec<u8>>>| match h {
        Some(h) => Value::obj(Object::Bytes(
            h.join().unwrap_or_default().into_boxed_slice(),
        )),
        None => Value::None,
    };
    let (out, err) = (collect(out), collect(err));
    Ok(Value::tuple(vec![
        Value::str("ok"),
        Value::Int(exit_code(status)),
        out,
        err,
    ]))
}

/// The return code CPython reports: the exit status, or minus the signal
/// that killed the child.
fn exit_code(status: std::process::ExitStatus) -> i64 {
    use std::os::unix::process::ExitStatusExt;
    match (status.code(), status.signal()) {
        (Some(code), _) => i64::from(code),
        (None, Some(sig)) => -i64::from(sig),
        (None, None) => -1,
    }
}
