//! `dict`: insertion-ordered, keyed by a hashable view of each key.
//!
//! Entries live in a vector in insertion order (deleted ones become
//! `None`, so indices stay valid); a `HashMap` from [`HashKey`] to entry
//! index finds them. A `HashKey` is the value reduced to what Python's
//! equality of hashable built-ins sees: `1`, `1.0` and `True` are the same
//! key, as in CPython.

use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hash, Hasher};
use std::rc::Rc;

use num_bigint::BigInt;

use crate::exception::{type_error, PyResult};
use crate::types::type_name;
use crate::value::{Object, Value};

/// A hashable key, normalised so equal Python values are equal keys.
#[derive(Clone, Debug, PartialEq, Eq)]
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
    /// An object compared by identity (its address): functions, types,
    /// and the user-hashed keys that the VM has canonicalised
    /// (`user_keys.rs`).
    Ident(usize),
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
                // Short strings come from the name table (no allocation
                // when they are there).
                Object::Str(s) if s.len() <= 32 => HashKey::Str(intern(s)),
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
                Object::List(_)
                | Object::Dict(_)
                | Object::Set(_)
                | Object::ByteArray(_)
                | Object::Deque(_) => return None,
                Object::Instance(inst) => {
                    if crate::classes::has_payload(value) {
                        return HashKey::of(&crate::classes::payload_of(value));
                    }
                    if let Some(Value::None) = inst.lookup("__hash__") {
                        return None;
                    }
                    HashKey::Ident(Rc::as_ptr(o) as usize)
                }
                // Other objects hash by identity.
                other => HashKey::Ident(
                    crate::value::singleton_identity(other)
                        .map_or(Rc::as_ptr(o) as usize, |i| i as usize),
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

impl Hash for HashKey {
    /// Ints hash through [`Hasher::write_i64`] alone, which
    /// [`FastHasher`] keeps close to the int itself (so consecutive int
    /// keys sit in neighbouring buckets, as CPython's `hash(i) == i`
    /// keeps them); every other key writes a variant tag first.
    fn hash<H: Hasher>(&self, state: &mut H) {
        match self {
            HashKey::Int(i) => state.write_i64(*i),
            HashKey::None => state.write_u8(0),
            HashKey::Big(b) => {
                state.write_u8(1);
                b.hash(state);
            }
            HashKey::Float(bits) => {
                state.write_u8(2);
                state.write_u64(*bits);
            }
            HashKey::Str(s) => {
                state.write_u8(3);
                state.write(s.as_bytes());
            }
            HashKey::Bytes(b) => {
                state.write_u8(4);
                state.write(b);
            }
            HashKey::Tuple(items) => {
                state.write_u8(5);
                state.write_usize(items.len());
                items.iter().for_each(|k| k.hash(state));
            }
            HashKey::Frozen(hashes) => {
                state.write_u8(6);
                hashes.iter().for_each(|&h| state.write_u64(h as u64));
            }
            HashKey::Complex(re, im) => {
                state.write_u8(7);
                state.write_u64(*re);
                state.write_u64(*im);
            }
            HashKey::Ident(addr) => {
                state.write_u8(8);
                state.write_usize(*addr);
            }
        }
    }
}

impl UserIndex {
    /// Drop `key` from the index (if it is there).
    fn forget(&mut self, key: &Value) {
        let a = addr(key);
        let Some(hash) = self.hashes.remove(&a) else {
            return;
        };
        if let Some(keys) = self.by_hash.get_mut(&hash) {
            keys.retain(|k| addr(k) != a);
            if keys.is_empty() {
                self.by_hash.remove(&hash);
            }
        }
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

    /// An int key: as the first write, the int itself in the low bits
    /// (the table's bucket index) with mixed bits in the top seven (the
    /// table's tag byte); later writes (ints inside a tuple) mix.
    #[inline]
    fn write_i64(&mut self, n: i64) {
        let n = n as u64;
        if self.0 == 0 {
            self.0 = n ^ (n.wrapping_mul(0x51_7c_c1_b7_27_22_0a_95) & (0x7f << 57));
        } else {
            self.write_u64(n);
        }
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

/// Dicts with at most this many slots are searched by [`Dict::find_name`]
/// without hashing.
const SCAN_MAX: usize = 8;

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
    /// The keys whose class hashes and compares in Python, by hash
    /// (`None` while there are none).
    users: Option<Box<UserIndex>>,
}

/// The user-hashed keys of a dict (see `user_keys.rs`): the VM finds the
/// stored key equal to a new one among those of the same Python hash.
#[derive(Clone, Debug, Default)]
struct UserIndex {
    /// Stored keys by Python hash ([`UNKNOWN_HASH`]: inserted without
    /// the VM computing it).
    by_hash: HashMap<i64, Vec<Value>, BuildHasherDefault<FastHasher>>,
    /// The hash of each stored key, by address.
    hashes: HashMap<usize, i64, BuildHasherDefault<FastHasher>>,
    /// The key the VM is about to insert and its hash.
    pending: Option<(usize, i64)>,
}

/// The hash recorded for a user key stored without the VM (Python hashes
/// are never -1).
pub(crate) const UNKNOWN_HASH: i64 = -1;

/// The address of a heap value (its identity), 0 for unboxed values.
pub(crate) fn addr(v: &Value) -> usize {
    match v {
        Value::Obj(o) => Rc::as_ptr(o) as usize,
        _ => 0,
    }
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
        match self.map.entry(hkey) {
            std::collections::hash_map::Entry::Occupied(slot) => {
                if let Some(Some(entry)) = self.entries.get_mut(*slot.get()) {
                    entry.1 = value;
                }
            }
            std::collections::hash_map::Entry::Vacant(slot) => {
                slot.insert(self.entries.len());
                if matches!(key, Value::Obj(_)) && crate::user_keys::needs_vm(&key) {
                    self.index_user(&key);
                }
                self.entries.push(Some((key, value)));
                self.version = next_version();
            }
        }
    }

    /// Remove `key`, returning its value.
    pub fn remove(&mut self, key: &HashKey) -> Option<Value> {
        let i = self.map.remove(key)?;
        self.version = next_version();
        let (k, removed) = self.entries.get_mut(i)?.take()?;
        if let Some(users) = &mut self.users {
            users.forget(&k);
        }
        let removed = Some(removed);
        let holes = self.entries.len() - self.map.len();
        if holes > 16 && holes > self.map.len() {
            self.compact();
        }
        removed
    }

    /// Record the stored user-hashed `key` under its hash.
    fn index_user(&mut self, key: &Value) {
        let users = self.users.get_or_insert_with(Box::default);
        let a = addr(key);
        let hash = match users.pending.take() {
            Some((p, h)) if p == a => h,
            _ => UNKNOWN_HASH,
        };
        users.hashes.insert(a, hash);
        users.by_hash.entry(hash).or_default().push(key.clone());
    }

    /// The stored keys of built-in types whose Python hash is `hash` (a
    /// scan, made only for a user key absent among the user keys; none
    /// when every key is user-hashed).
    pub(crate) fn builtin_keys_hashing_to(&self, hash: i64) -> Vec<Value> {
        let users = self.users.as_ref().map_or(0, |u| u.hashes.len());
        if users >= self.len() {
            return Vec::new();
        }
        self.iter()
            .map(|(k, _)| k)
            .filter(|k| {
                !crate::user_keys::has_user_eq_hash(k) && crate::set::py_hash(k) == Some(hash)
            })
            .cloned()
            .collect()
    }

    /// Whether any key is user-hashed.
    #[inline]
    pub(crate) fn has_users(&self) -> bool {
        self.users.is_some()
    }

    /// The stored user-hashed keys whose hash is `hash` or unknown.
    pub(crate) fn user_candidates(&self, hash: i64) -> Vec<(i64, Value)> {
        let Some(users) = &self.users else {
            return Vec::new();
        };
        [hash, UNKNOWN_HASH]
            .iter()
            .filter_map(|h| users.by_hash.get(h).map(|keys| (*h, keys)))
            .flat_map(|(h, keys)| keys.iter().map(move |k| (h, k.clone())))
            .collect()
    }

    /// Note that the user-hashed `key`, hashing to `hash`, is about to be
    /// inserted (so [`Dict::insert`] files it under that hash).
    pub(crate) fn expect_user(&mut self, key: &Value, hash: i64) {
        self.users.get_or_insert_with(Box::default).pending = Some((addr(key), hash));
    }

    /// Re-file the stored user key `key` (whose hash was unknown) under
    /// `hash`.
    pub(crate) fn set_user_hash(&mut self, key: &Value, hash: i64) {
        if let Some(users) = &mut self.users {
            users.forget(key);
            let a = addr(key);
            users.hashes.insert(a, hash);
            users.by_hash.entry(hash).or_default().push(key.clone());
        }
    }

    /// Drop the slots of deleted entries (so a dict used as a queue does
    /// not grow forever), renumbering the live ones in order.
    fn compact(&mut self) {
        let mut renumber = vec![usize::MAX; self.entries.len()];
        let mut next = 0;
        for (old, entry) in self.entries.iter().enumerate() {
            if entry.is_some() {
                renumber[old] = next;
                next += 1;
            }
        }
        self.entries.retain(Option::is_some);
        for slot in self.map.values_mut() {
            *slot = renumber.get(*slot).copied().unwrap_or(usize::MAX);
        }
        self.version = next_version();
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

    /// The slot of the `str` key `name` (text `text`), found without
    /// hashing: slot `hint` when it holds that very object, else by
    /// comparing the keys of a small dict. `Err` when only the hash table
    /// can tell (a bigger dict, or a key of a `str` subclass).
    #[inline]
    pub(crate) fn find_name(
        &self,
        name: &Rc<Object>,
        text: &str,
        hint: usize,
    ) -> Result<Option<usize>, ()> {
        if let Some(Some((Value::Obj(k), _))) = self.entries.get(hint) {
            if Rc::ptr_eq(k, name) {
                return Ok(Some(hint));
            }
        }
        if self.entries.len() > SCAN_MAX || self.users.is_some() {
            return Err(());
        }
        for (i, entry) in self.entries.iter().enumerate() {
            // Deleted slots, and keys that are not objects (numbers, None)
            // cannot equal a string.
            let Some((Value::Obj(k), _)) = entry else {
                continue;
            };
            if Rc::ptr_eq(k, name) {
                return Ok(Some(i));
            }
            match &**k {
                Object::Str(s) if s.len() != text.len() => {}
                Object::Str(s) if **s == *text => return Ok(Some(i)),
                Object::Str(_) => {}
                _ => return Err(()),
            }
        }
        Ok(None)
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
