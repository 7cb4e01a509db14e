//! `dict`: insertion-ordered, keyed by a hashable view of each key.
//!
//! Entries live in a vector in insertion order (deleted ones become
//! `None`, so indices stay valid); a `HashMap` from [`HashKey`] to entry
//! index finds them. A `HashKey` is the value reduced to what Python's
//! equality of hashable built-ins sees: `1`, `1.0` and `True` are the same
//! key, as in CPython.

use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};
use std::rc::Rc;

use num_bigint::BigInt;

use crate::exception::{type_error, PyResult};
use crate::types::type_name;
use crate::value::{Object, Value};

/// A hashable key, normalised so equal Python values are equal keys.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum HashKey {
    /// `None`
    None,
    /// Any int, bool or integral float that fits 64 bits.
    Int(i64),
    /// A larger int.
    Big(BigInt),
    /// A non-integral float (its bits).
    Float(u64),
    /// A string.
    Str(Rc<str>),
    /// A bytes object.
    Bytes(Box<[u8]>),
    /// A tuple of hashables.
    Tuple(Vec<HashKey>),
    /// A frozenset: its item hashes, sorted, and its size.
    Frozen(Vec<i64>),
    /// A complex with a non-zero imaginary part (the bits of its parts).
    Complex(u64, u64),
}

impl HashKey {
    /// The key of `value`, or `None` if it is unhashable.
    pub fn of(value: &Value) -> Option<HashKey> {
        Some(match value {
            Value::Null | Value::None => HashKey::None,
            Value::Bool(b) => HashKey::Int(*b as i64),
            Value::Int(i) => HashKey::Int(*i),
            Value::Float(f) => {
                if f.fract() == 0.0 && f.abs() < 9.0e18 {
                    HashKey::Int(*f as i64)
                } else if f.fract() == 0.0 {
                    let b = crate::int_ops::float_to_big(*f);
                    match num_traits::ToPrimitive::to_i64(&b) {
                        Some(i) => HashKey::Int(i),
                        None => HashKey::Big(b),
                    }
                } else {
                    HashKey::Float(f.to_bits())
                }
            }
            Value::Obj(o) => match &**o {
                Object::Str(s) => HashKey::Str(Rc::from(&**s)),
                Object::Bytes(b) => HashKey::Bytes(b.clone()),
                Object::BigInt(b) => HashKey::Big(b.clone()),
                Object::Complex(re, im) if *im == 0.0 => HashKey::of(&Value::Float(*re))?,
                Object::Complex(re, im) => {
                    HashKey::Complex((re + 0.0).to_bits(), (im + 0.0).to_bits())
                }
                Object::Tuple(items) => {
                    HashKey::Tuple(items.iter().map(HashKey::of).collect::<Option<_>>()?)
                }
                Object::Set(set) if set.borrow().frozen => {
                    HashKey::Frozen(set.borrow().sorted_hashes())
                }
                Object::List(_) | Object::Dict(_) | Object::Set(_) | Object::ByteArray(_) => {
                    return None
                }
                Object::Instance(inst) => {
                    if crate::classes::has_payload(value) {
                        return HashKey::of(&crate::classes::payload_of(value));
                    }
                    if let Some(Value::None) = crate::classes::lookup_str(&inst.class, "__hash__") {
                        return None;
                    }
                    HashKey::Int(Rc::as_ptr(o) as usize as i64)
                }
                // Other objects hash by identity.
                other => HashKey::Int(
                    crate::value::singleton_identity(other)
                        .unwrap_or(Rc::as_ptr(o) as usize as i64),
                ),
            },
        })
    }

    /// The key of the string `name`, for look-ups by attribute or special
    /// method name. Recently used names are kept in a small per-thread
    /// table, so a hit costs a hash and a comparison instead of an
    /// allocation.
    #[inline]
    pub fn str_key(name: &str) -> HashKey {
        HashKey::Str(intern(name))
    }

    /// The key of `value`, or the `TypeError` a dict raises.
    pub fn for_dict(value: &Value) -> PyResult<HashKey> {
        HashKey::of(value).ok_or_else(|| {
            let t = type_name(value);
            type_error(format!(
                "cannot use '{t}' as a dict key (unhashable type: '{t}')"
            ))
        })
    }
}

/// Slots of the name table of [`HashKey::str_key`] (a power of two).
const INTERN_SLOTS: usize = 512;

thread_local! {
    /// Direct-mapped by a hash of the text; a collision replaces the slot.
    static INTERNED: std::cell::RefCell<Vec<Option<Rc<str>>>> =
        std::cell::RefCell::new(vec![None; INTERN_SLOTS]);
}

/// `name` as a shared string, from the name table when it is there.
pub(crate) fn intern(name: &str) -> Rc<str> {
    let mut h = FastHasher::default();
    h.write(name.as_bytes());
    // The mask keeps the index below INTERN_SLOTS.
    let slot = (h.finish() >> 7) as usize & (INTERN_SLOTS - 1);
    INTERNED.with(|table| {
        let Ok(mut table) = table.try_borrow_mut() else {
            return Rc::from(name);
        };
        match table.get_mut(slot) {
            Some(Some(s)) if &**s == name => s.clone(),
            Some(entry) => {
                let s: Rc<str> = Rc::from(name);
                *entry = Some(s.clone());
                s
            }
            None => Rc::from(name),
        }
    })
}

/// A fast non-cryptographic hasher (the multiply-rotate scheme of
/// rustc's FxHash): dict keys are not attacker-controlled here, and the
/// standard SipHash cost a third of the time of name look-ups.
#[derive(Default, Clone, Copy)]
pub(crate) struct FastHasher(u64);

impl Hasher for FastHasher {
    #[inline]
    fn write(&mut self, bytes: &[u8]) {
        let mut chunks = bytes.chunks_exact(8);
        for c in &mut chunks {
            let mut word = [0u8; 8];
            word.copy_from_slice(c);
            self.write_u64(u64::from_le_bytes(word));
        }
        for &b in chunks.remainder() {
            self.write_u64(u64::from(b));
        }
    }

    #[inline]
    fn write_u64(&mut self, n: u64) {
        self.0 = (self.0.rotate_left(5) ^ n).wrapping_mul(0x51_7c_c1_b7_27_22_0a_95);
    }

    #[inline]
    fn write_u8(&mut self, n: u8) {
        self.write_u64(u64::from(n));
    }

    #[inline]
    fn write_usize(&mut self, n: usize) {
        self.write_u64(n as u64);
    }

    #[inline]
    fn finish(&self) -> u64 {
        self.0
    }
}

/// An insertion-ordered dict.
#[derive(Clone, Debug, Default)]
pub struct Dict {
    map: HashMap<HashKey, usize, BuildHasherDefault<FastHasher>>,
    entries: Vec<Option<(Value, Value)>>,
    /// Names the layout of the keys (which key is in which slot): a new,
    /// never reused number whenever a key is added or removed, 0 while no
    /// key ever was. Equal versions mean equal layouts (a clone keeps its
    /// version), so a slot found under a version stays right while the
    /// version holds (the `LOAD_GLOBAL` cache, `docs/vm.md`).
    version: u64,
}

thread_local! {
    /// The last version handed out (see [`Dict::version`]).
    static LAST_VERSION: std::cell::Cell<u64> = const { std::cell::Cell::new(0) };
}

/// A fresh dict version.
fn next_version() -> u64 {
    LAST_VERSION.with(|v| {
        v.set(v.get() + 1);
        v.get()
    })
}

impl Dict {
    /// An empty dict.
    pub fn new() -> Dict {
        Dict::default()
    }

    /// The value under `key`.
    pub fn get(&self, key: &HashKey) -> Option<&Value> {
        let i = *self.map.get(key)?;
        self.entries[i].as_ref().map(|(_, v)| v)
    }

    /// Set `key` (the original key value is kept when it exists).
    pub fn insert(&mut self, hkey: HashKey, key: Value, value: Value) {
        match self.map.get(&hkey) {
            Some(&i) => {
                if let Some(entry) = &mut self.entries[i] {
                    entry.1 = value;
                }
            }
            None => {
                self.map.insert(hkey, self.entries.len());
                self.entries.push(Some((key, value)));
                self.version = next_version();
            }
        }
    }

    /// Remove `key`, returning its value.
    pub fn remove(&mut self, key: &HashKey) -> Option<Value> {
        let i = self.map.remove(key)?;
        self.version = next_version();
        self.entries[i].take().map(|(_, v)| v)
    }

    /// The version of the key layout (see the field).
    #[inline]
    pub fn version(&self) -> u64 {
        self.version
    }

    /// The slot of `key`, to read with [`Dict::value_at`].
    pub fn slot_of(&self, key: &HashKey) -> Option<usize> {
        self.map.get(key).copied()
    }

    /// The value in slot `i`.
    #[inline]
    pub fn value_at(&self, i: usize) -> Option<&Value> {
        self.entries.get(i)?.as_ref().map(|(_, v)| v)
    }

    /// Replace the value in the live slot `i`, returning the old one (for
    /// the caller to drop once no borrow is held); `value` back if the
    /// slot is not live.
    #[inline]
    pub fn replace_at(&mut self, i: usize, value: Value) -> Result<Value, Value> {
        match self.entries.get_mut(i) {
            Some(Some(entry)) => Ok(std::mem::replace(&mut entry.1, value)),
            _ => Err(value),
        }
    }

    /// Number of entries.
    pub fn len(&self) -> usize {
        self.map.len()
    }

    /// Whether it is empty.
    pub fn is_empty(&self) -> bool {
        self.map.is_empty()
    }

    /// The entries in insertion order.
    pub fn iter(&self) -> impl Iterator<Item = (&Value, &Value)> {
        self.entries.iter().flatten().map(|(k, v)| (k, v))
    }

    /// The first live entry at or after slot `from`: its slot, key, value.
    pub fn entry_from(&self, from: usize) -> Option<(usize, &Value, &Value)> {
        let rest = self.entries.get(from..)?;
        rest.iter()
            .enumerate()
            .find_map(|(i, e)| e.as_ref().map(|(k, v)| (from + i, k, v)))
    }

    /// Set a string key.
    pub fn set_str(&mut self, key: &Rc<str>, value: Value) {
        let hkey = HashKey::Str(key.clone());
        if let Some(&i) = self.map.get(&hkey) {
            if let Some(entry) = &mut self.entries[i] {
                entry.1 = value;
                return;
            }
        }
        self.insert(hkey, Value::str(&**key), value);
    }
}
