//! The `time` module: clocks and `sleep`.

use std::rc::Rc;
use std::sync::atomic::Ordering;
use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};

use super::add_functions;
use crate::dict::Dict;
use crate::exception::{type_error, value_error, ExcKind, PyErr, PyResult};
use crate::types::type_name;
use crate::value::{NativeFn, Value};
use crate::Vm;

type Kw<'a> = &'a [(Rc<str>, Value)];

/// Fill the namespace of `time`.
pub(super) fn init(d: &mut Dict) {
    let functions: [(&'static str, NativeFn); 8] = [
        ("time", time),
        ("time_ns", time_ns),
        ("perf_counter", monotonic),
        ("perf_counter_ns", monotonic_ns),
        ("monotonic", monotonic),
        ("monotonic_ns", monotonic_ns),
        ("process_time", monotonic),
        ("sleep", sleep),
    ];
    add_functions(d, &functions);
}

/// Nanoseconds since the Unix epoch.
fn now_ns() -> i128 {
    match SystemTime::now().duration_since(UNIX_EPOCH) {
        Ok(d) => d.as_nanos() as i128,
        Err(e) => -(e.duration().as_nanos() as i128),
    }
}

fn time(_: &mut Vm, _: &[Value], _: Kw) -> PyResult<Value> {
    Ok(Value::Float(now_ns() as f64 / 1e9))
}

fn time_ns(_: &mut Vm, _: &[Value], _: Kw) -> PyResult<Value> {
    Ok(Value::from_bigint(num_bigint::BigInt::from(now_ns())))
}

/// Time elapsed on a monotonic clock since the interpreter started.
fn elapsed(vm: &Vm) -> Duration {
    Instant::now().duration_since(vm.started)
}

fn monotonic(vm: &mut Vm, _: &[Value], _: Kw) -> PyResult<Value> {
    Ok(Value::Float(elapsed(vm).as_secs_f64()))
}

fn monotonic_ns(vm: &mut Vm, _: &[Value], _: Kw) -> PyResult<Value> {
    Ok(Value::Int(elapsed(vm).as_nanos() as i64))
}

/// `time.sleep(secs)`, in slices so that Ctrl-C interrupts it.
fn sleep(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    let secs = match args {
        [Value::Int(i)] => *i as f64,
        [Value::Float(f)] => *f,
        [Value::Bool(b)] => f64::from(u8::from(*b)),
        [v] => {
            return Err(type_error(format!(
                "'{}' object cannot be interpreted as an integer or float",
                type_name(v)
            )))
        }
        _ => {
            return Err(type_error(format!(
                "time.sleep() takes exactly one argument ({} given)",
                args.len()
            )))
        }
    };
    if secs.is_nan() {
        return Err(value_error("Invalid value NaN (not a number)"));
    }
    if secs < 0.0 {
        return Err(value_error("sleep length must be non-negative"));
    }
    let end = Instant::now() + Duration::from_secs_f64(secs.min(1e9));
    loop {
        if vm.interrupt.swap(false, Ordering::Relaxed) {
            return Err(PyErr::new(ExcKind::KeyboardInterrupt, Vec::new()));
        }
        let now = Instant::now();
        if now >= end {
            return Ok(Value::None);
        }
        std::thread::sleep((end - now).min(Duration::from_millis(20)));
    }
}
