//! The VM's view of a code object: the compiler's [`CodeObject`] with its
//! constants turned into [`Value`]s and its names into dict keys, once,
//! when the code is loaded (not at every call).

use std::rc::Rc;

use taipan_bytecode::{CodeFlags, CodeObject, ConstValue, Opcode};

use crate::dict::HashKey;
use crate::value::{Object, Value};

/// A loaded code object.
#[derive(Debug)]
pub struct Code {
    /// The compiler's code object.
    pub obj: CodeObject,
    /// `co_consts` as values.
    pub consts: Vec<Value>,
    /// `co_names` as dict keys.
    pub names: Vec<HashKey>,
    /// `co_names` as strings.
    pub name_strs: Vec<Rc<str>>,
    /// `co_names` as `str` values (the keys instance dicts store).
    pub name_values: Vec<Value>,
    /// Number of local slots.
    pub nlocals: usize,
    /// The `LOAD_GLOBAL` cache: one entry per name (`global_cache.rs`).
    pub global_cache: Vec<std::cell::Cell<crate::global_cache::GlobalCache>>,
    /// Per name: the instance-dict slot where `LOAD_ATTR`/`STORE_ATTR`
    /// last found it (a hint, checked before use: `attr_fast.rs`).
    pub attr_hints: Vec<std::cell::Cell<u32>>,
    /// `co_code` decoded once, one entry per code unit (see [`Decoded`]).
    pub decoded: Vec<Decoded>,
    /// Whether calls may bind positional arguments straight into the local
    /// slots: no `*args`, `**kwargs` or keyword-only parameters, and not a
    /// generator (see `call.rs`'s fast path).
    pub simple_args: bool,
}

/// The instruction starting at one code unit, decoded as `fetch` would
/// decode it from there: `EXTENDED_ARG` prefixes folded into `arg`, cache
/// units counted in `next`. Decoding every unit (not only instruction
/// starts) keeps a jump into the middle of a prefix run meaning what it
/// meant when the bytes were read on the fly.
#[derive(Clone, Copy, Debug)]
pub struct Decoded {
    /// The opcode; `EXTENDED_ARG` marks a bad opcode byte (in `arg`) or a
    /// prefix running off the end of the code.
    pub op: Opcode,
    /// The argument, prefixes included.
    pub arg: u32,
    /// The code unit of the opcode itself (after its prefixes), for
    /// tracebacks and handler look-up.
    pub at: u32,
    /// The code unit to continue with (past the caches).
    pub next: u32,
}

/// Decode every code unit of `bytes` (see [`Decoded`]).
fn decode_units(bytes: &[u8]) -> Vec<Decoded> {
    let units: Vec<(u8, u8)> = bytes.chunks_exact(2).map(|c| (c[0], c[1])).collect();
    (0..units.len())
        .map(|start| {
            let mut arg = 0u32;
            let mut i = start;
            while let Some(&(byte, low)) = units.get(i) {
                arg = arg << 8 | u32::from(low);
                match Opcode::from_u8(byte) {
                    Some(Opcode::ExtendedArg) => i += 1,
                    Some(op) => {
                        return Decoded {
                            op,
                            arg,
                            at: i as u32,
                            next: (i + 1) as u32 + op.caches(),
                        }
                    }
                    None => break,
                }
            }
            let bad = units.get(i).map_or(u32::MAX, |&(byte, _)| u32::from(byte));
            Decoded {
                op: Opcode::ExtendedArg,
                arg: bad,
                at: i as u32,
                next: (i + 1) as u32,
            }
        })
        .collect()
}

impl Code {
    /// Load `obj` and, recursively, the code objects among its constants.
    pub fn load(obj: CodeObject) -> Rc<Code> {
        let consts = obj.consts.iter().map(const_to_value).collect();
        let name_strs: Vec<Rc<str>> = obj.names.iter().map(|n| Rc::from(n.as_str())).collect();
        let names = name_strs.iter().map(|n| HashKey::Str(n.clone())).collect();
        let name_values = name_strs.iter().map(name_value).collect();
        let nlocals = obj.nlocalsplus();
        let decoded = decode_units(&obj.code);
        // CPython's CO_COROUTINE, CO_ITERABLE_COROUTINE, CO_ASYNC_GENERATOR
        // too: whatever makes a call return something other than a frame.
        let complex = CodeFlags::VARARGS
            | CodeFlags::VARKEYWORDS
            | CodeFlags::GENERATOR
            | 0x80
            | 0x100
            | 0x200;
        let simple_args = obj.flags.0 & complex == 0 && obj.kwonlyargcount == 0;
        Rc::new(Code {
            global_cache: crate::global_cache::empty_caches(obj.names.len()),
            attr_hints: vec![std::cell::Cell::new(0); obj.names.len()],
            decoded,
            simple_args,
            obj,
            consts,
            names,
            name_strs,
            name_values,
            nlocals,
        })
    }
}

thread_local! {
    /// The `str` objects of every code object's names, shared: the keys
    /// that `STORE_ATTR` puts in instance dicts are then the very objects
    /// `LOAD_ATTR` looks for in other functions, so a look-up can match
    /// a key by address (`Dict::find_name`).
    static NAMES: std::cell::RefCell<std::collections::HashMap<Rc<str>, Value>> =
        std::cell::RefCell::new(std::collections::HashMap::new());
}

/// The shared `str` value of the name `n`.
fn name_value(n: &Rc<str>) -> Value {
    NAMES
        .try_with(|names| {
            let mut names = names.try_borrow_mut().ok()?;
            Some(
                names
                    .entry(n.clone())
                    .or_insert_with(|| Value::str(&**n))
                    .clone(),
            )
        })
        .ok()
        .flatten()
        .unwrap_or_else(|| Value::str(&**n))
}

/// A constant as a value.
fn const_to_value(c: &ConstValue) -> Value {
    match c {
        ConstValue::None => Value::None,
        ConstValue::Ellipsis => crate::types::ellipsis(),
        ConstValue::Bool(b) => Value::Bool(*b),
        ConstValue::Int(i) => Value::Int(*i),
        ConstValue::BigInt(b) => Value::from_bigint((**b).clone()),
        ConstValue::Float(f) => Value::Float(*f),
        ConstValue::Complex(re, im) => Value::obj(Object::Complex(*re, *im)),
        ConstValue::Str(s) => Value::str(&**s),
        ConstValue::Bytes(b) => Value::obj(Object::Bytes(b.clone().into_boxed_slice())),
        ConstValue::Tuple(items) => Value::tuple(items.iter().map(const_to_value).collect()),
        ConstValue::FrozenSet(items) => {
            // Constants are hashable, so `set_from` cannot fail here.
            let mut set = crate::set::set_from(items.iter().map(const_to_value).collect())
                .unwrap_or_default();
            set.frozen = true;
            Value::obj(Object::Set(std::cell::RefCell::new(set)))
        }
        ConstValue::Code(code) => Value::obj(Object::Code(Code::load((**code).clone()))),
    }
}
