//! `_taipan_hash`: the message digests behind `hashlib` (MD5, SHA-1, the
//! SHA-2 and SHA-3 families, SHAKE, BLAKE2). A running hash lives in a
//! per-thread table; the Python `hashlib` object holds its number and
//! frees it in `__del__` (as `_re` does for programs). MD5, SHA-1, SHA-2
//! and SHA-3 come from the RustCrypto crates; BLAKE2 is `blake2.rs`,
//! written here for its parameter block (key, salt, personalisation).

mod blake2;

use std::cell::RefCell;
use std::rc::Rc;

use sha2::Digest;
use sha3::digest::{ExtendableOutput, Update, XofReader};

use super::add_functions;
use crate::bytes_methods::bytes_arg;
use crate::dict::Dict;
use crate::exception::{type_error, value_error, PyResult};
use crate::value::{NativeFn, Object, Value};
use crate::Vm;

type Kw<'a> = &'a [(Rc<str>, Value)];

/// A running hash of any algorithm.
trait Running {
    /// Feed bytes.
    fn feed(&mut self, data: &[u8]);
    /// The digest so far (`len` bytes for the XOFs, else the natural size).
    fn result(&self, len: usize) -> Vec<u8>;
    /// An independent copy.
    fn copied(&self) -> Box<dyn Running>;
}

/// A fixed-size RustCrypto digest.
struct Fixed<T>(T);

impl<T: Digest + Clone + 'static> Running for Fixed<T> {
    fn feed(&mut self, data: &[u8]) {
        Digest::update(&mut self.0, data);
    }
    fn result(&self, _: usize) -> Vec<u8> {
        self.0.clone().finalize().to_vec()
    }
    fn copied(&self) -> Box<dyn Running> {
        Box::new(Fixed(self.0.clone()))
    }
}

/// A SHAKE extendable-output function.
struct Xof<T>(T);

impl<T: Update + ExtendableOutput + Clone + 'static> Running for Xof<T> {
    fn feed(&mut self, data: &[u8]) {
        Update::update(&mut self.0, data);
    }
    fn result(&self, len: usize) -> Vec<u8> {
        let mut out = vec![0; len];
        self.0.clone().finalize_xof().read(&mut out);
        out
    }
    fn copied(&self) -> Box<dyn Running> {
        Box::new(Xof(self.0.clone()))
    }
}

macro_rules! running_blake {
    ($t:ty) => {
        impl Running for $t {
            fn feed(&mut self, data: &[u8]) {
                self.update(data);
            }
            fn result(&self, _: usize) -> Vec<u8> {
                self.finish()
            }
            fn copied(&self) -> Box<dyn Running> {
                Box::new(self.clone())
            }
        }
    };
}
running_blake!(blake2::Blake2b);
running_blake!(blake2::Blake2s);

thread_local! {
    static STATES: RefCell<Vec<Option<Box<dyn Running>>>> = const { RefCell::new(Vec::new()) };
}

/// Fill the namespace of `_taipan_hash`.
pub(super) fn init(d: &mut Dict) {
    let functions: [(&'static str, NativeFn); 6] = [
        ("new", new),
        ("update", update),
        ("digest", digest),
        ("copy", copy),
        ("free", free),
        ("compare_digest", compare_digest),
    ];
    add_functions(d, &functions);
}

/// The state for algorithm `name`, or None when unknown.
fn make(
    name: &str,
    size: usize,
    key: &[u8],
    salt: &[u8],
    person: &[u8],
) -> Option<Box<dyn Running>> {
    Some(match name {
        "md5" => Box::new(Fixed(md5::Md5::new())),
        "sha1" => Box::new(Fixed(sha1::Sha1::new())),
        "sha224" => Box::new(Fixed(sha2::Sha224::new())),
        "sha256" => Box::new(Fixed(sha2::Sha256::new())),
        "sha384" => Box::new(Fixed(sha2::Sha384::new())),
        "sha512" => Box::new(Fixed(sha2::Sha512::new())),
        "sha512_224" => Box::new(Fixed(sha2::Sha512_224::new())),
        "sha512_256" => Box::new(Fixed(sha2::Sha512_256::new())),
        "sha3_224" => Box::new(Fixed(sha3::Sha3_224::new())),
        "sha3_256" => Box::new(Fixed(sha3::Sha3_256::new())),
        "sha3_384" => Box::new(Fixed(sha3::Sha3_384::new())),
        "sha3_512" => Box::new(Fixed(sha3::Sha3_512::new())),
        "shake_128" => Box::new(Xof(sha3::Shake128::default())),
        "shake_256" => Box::new(Xof(sha3::Shake256::default())),
        "blake2b" => Box::new(blake2::Blake2b::new(size, key, salt, person)),
        "blake2s" => Box::new(blake2::Blake2s::new(size, key, salt, person)),
        _ => return None,
    })
}

fn int_arg(v: Option<&Value>) -> PyResult<i64> {
    match v {
        Some(Value::Int(i)) => Ok(*i),
        _ => Err(type_error("an integer is required")),
    }
}

fn with_state<R>(id: Option<&Value>, f: impl FnOnce(&mut Box<dyn Running>) -> R) -> PyResult<R> {
    let id = int_arg(id)?;
    STATES.with(|s| {
        let mut s = s.borrow_mut();
        match usize::try_from(id)
            .ok()
            .and_then(|i| s.get_mut(i))
            .and_then(Option::as_mut)
        {
            Some(state) => Ok(f(state)),
            None => Err(value_error("no such hash state")),
        }
    })
}

fn store(state: Box<dyn Running>) -> Value {
    let id = STATES.with(|s| {
        let mut s = s.borrow_mut();
        match s.iter().position(Option::is_none) {
            Some(i) => {
                s[i] = Some(state);
                i
            }
            None => {
                s.push(Some(state));
                s.len() - 1
            }
        }
    });
    Value::Int(id as i64)
}

/// `new(name, size, key, salt, person)`: a new state's number, or None
/// for an unknown algorithm (the caller checked the BLAKE2 parameters).
fn new(_: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    let Some(name) = args.first().and_then(Value::as_str) else {
        return Err(type_error("new() needs an algorithm name"));
    };
    let size = usize::try_from(int_arg(args.get(1))?).unwrap_or(0);
    let part = |i: usize| args.get(i).map(bytes_arg).unwrap_or(Ok(Vec::new()));
    let (key, salt, person) = (part(2)?, part(3)?, part(4)?);
    Ok(make(name, size, &key, &salt, &person).map_or(Value::None, store))
}

/// `update(id, data)`: feed bytes to a state.
fn update(_: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    let data = bytes_arg(args.get(1).unwrap_or(&Value::None))?;
    with_state(args.first(), |s| s.feed(&data))?;
    Ok(Value::None)
}

/// `digest(id, length)`: the digest so far as `bytes`.
fn digest(_: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    let len = usize::try_from(int_arg(args.get(1))?).unwrap_or(0);
    let out = with_state(args.first(), |s| s.result(len))?;
    Ok(Value::obj(Object::Bytes(out.into_boxed_slice())))
}

/// `copy(id)`: the number of an independent copy of a state.
fn copy(_: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    let state = with_state(args.first(), |s| s.copied())?;
    Ok(store(state))
}

/// `free(id)`: forget a state.
fn free(_: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    let id = int_arg(args.first())?;
    let slot = STATES.with(|s| {
        usize::try_from(id)
            .ok()
            .and_then(|i| s.borrow_mut().get_mut(i).map(Option::take))
    });
    drop(slot);
    Ok(Value::None)
}

/// `compare_digest(a, b)`: equality of two byte strings in time that
/// depends only on their lengths.
fn compare_digest(_: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    let a = bytes_arg(args.first().unwrap_or(&Value::None))?;
    let b = bytes_arg(args.get(1).unwrap_or(&Value::None))?;
    let mut diff = u8::from(a.len() != b.len());
    for (x, y) in a.iter().zip(b.iter().cycle()) {
        diff |= x ^ y;
    }
    Ok(Value::Bool(diff == 0))
}

/// `os.urandom(n)`: `n` bytes from the system's random source.
pub(crate) fn urandom(_: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    use std::io::Read;
    let n = match args.first() {
        Some(Value::Int(n)) => *n,
        Some(v) => {
            return Err(type_error(format!(
                "'{}' object cannot be interpreted as an integer",
                crate::types::type_name(v)
            )))
        }
        None => {
            return Err(type_error(
                "urandom() missing required argument 'size' (pos 1)",
            ))
        }
    };
    let Ok(n) = usize::try_from(n) else {
        return Err(value_error("negative argument not allowed"));
    };
    let mut out = vec![0u8; n];
    std::fs::File::open("/dev/urandom")
        .and_then(|mut f| f.read_exact(&mut out))
        .map_err(|e| {
            crate::exception::PyErr::msg(crate::exception::ExcKind::OSError, e.to_string())
        })?;
    Ok(Value::obj(Object::Bytes(out.into_boxed_slice())))
}
