//! `set`: an open-addressing hash table laid out as CPython's
//! `Objects/setobject.c` lays it out (same hashes for ints, floats and
//! tuples, same probing, same growth), so iteration order — which Python
//! programs print — matches CPython's. (String hashes are randomised per
//! process in CPython, so their order is unspecified anyway. Hashes are
//! those of a 64-bit CPython.)

use crate::dict::HashKey;
use crate::exception::{type_error, PyResult};
use crate::types::type_name;
use crate::value::{Object, Value};

/// CPython's `_PyHASH_MODULUS` (2**61 - 1).
const MODULUS: u64 = (1 << 61) - 1;
const LINEAR_PROBES: usize = 9;
const PERTURB_SHIFT: u32 = 5;
const MIN_SIZE: usize = 8;

/// Python's `hash(v)` for hashable built-in values; `None` if unhashable.
pub(crate) fn py_hash(v: &Value) -> Option<i64> {
    let h = match v {
        Value::Null | Value::None => 0xFCA86420,
        Value::Bool(b) => i64::from(*b),
        Value::Int(i) => int_hash(*i),
        Value::Float(f) => float_hash(*f),
        Value::Obj(o) => match &**o {
            Object::Bytes(bytes) => {
                let mut h: u64 = 0x9ce4_8422_2325_cbf2;
                for b in bytes.iter() {
                    h = (h ^ u64::from(*b)).wrapping_mul(0x100_0000_01b3);
                }
                h as i64
            }
            Object::Str(s) => {
                let mut h: u64 = 0xcbf2_9ce4_8422_2325;
                for b in s.bytes() {
                    h = (h ^ u64::from(b)).wrapping_mul(0x100_0000_01b3);
                }
                h as i64
            }
            Object::BigInt(b) => {
                let m = b % num_bigint::BigInt::from(MODULUS);
                let m: i64 = num_traits::ToPrimitive::to_i64(&m).unwrap_or(0);
                m
            }
            Object::Tuple(items) => tuple_hash(items)?,
            Object::Ellipsis => 0x5E11_1950,
            Object::Complex(re, im) => crate::complex::hash((*re, *im), |x| match float_hash(x) {
                -1 => -2,
                h => h,
            }),
            Object::Set(set) => set.borrow().frozen_hash()?,
            Object::List(_) | Object::Dict(_) | Object::ByteArray(_) | Object::Deque(_) => {
                return None
            }
            Object::WeakRef(w) => crate::weakref::hash(w).ok()?,
            Object::Instance(inst) => {
                if crate::classes::has_payload(v) {
                    return py_hash(&crate::classes::payload_of(v));
                }
                if let Some(Value::None) = inst.lookup("__hash__") {
                    return None;
                }
                (std::rc::Rc::as_ptr(o) as usize >> 4) as i64
            }
            other => {
                crate::value::singleton_identity(other)
                    .unwrap_or(std::rc::Rc::as_ptr(o) as usize as i64)
                    >> 4
            }
        },
    };
    Some(if h == -1 { -2 } else { h })
}

fn int_hash(i: i64) -> i64 {
    let m = (i.unsigned_abs() % MODULUS) as i64;
    if i < 0 {
        -m
    } else {
        m
    }
}

/// CPython's `_Py_HashDouble` for finite values.
pub(crate) fn float_hash(v: f64) -> i64 {
    if v.is_infinite() {
        return if v > 0.0 { 314_159 } else { -314_159 };
    }
    if v.is_nan() {
        return 0;
    }
    if v.fract() == 0.0 && v.abs() < 9.0e18 {
        return int_hash(v as i64);
    }
    let (mut m, mut e) = frexp(v);
    let sign: i64 = if m < 0.0 {
        m = -m;
        -1
    } else {
        1
    };
    let mut x: u64 = 0;
    while m != 0.0 {
        x = ((x << 28) & MODULUS) | x >> (61 - 28);
        m *= 268_435_456.0;
        e -= 28;
        let y = m as u64;
        m -= y as f64;
        x += y;
        if x >= MODULUS {
            x -= MODULUS;
        }
    }
    let e = if e >= 0 { e % 61 } else { 60 - ((-1 - e) % 61) };
    let e = e as u32;
    x = ((x << e) & MODULUS) | x >> (61 - e);
    (x as i64) * sign
}

/// `frexp`: `v = m * 2**e` with `0.5 <= |m| < 1`.
fn frexp(v: f64) -> (f64, i32) {
    if v == 0.0 {
        return (v, 0);
    }
    let bits = v.to_bits();
    let exp = ((bits >> 52) & 0x7ff) as i32;
    if exp == 0 {
        let (m, e) = frexp(v * f64::powi(2.0, 64));
        return (m, e - 64);
    }
    let m = f64::from_bits((bits & !(0x7ff << 52)) | (1022 << 52));
    (m, exp - 1022)
}

/// CPython's xxHash-based tuple hash.
fn tuple_hash(items: &[Value]) -> Option<i64> {
    let mut missing = false;
    let lanes = items.iter().map(|v| {
        py_hash(v).unwrap_or_else(|| {
            missing = true;
            0
        })
    });
    let h = tuple_hash_of(lanes, items.len());
    (!missing).then_some(h)
}

/// CPython's tuple hash from the hashes of its `len` items.
pub(crate) fn tuple_hash_of(lanes: impl Iterator<Item = i64>, len: usize) -> i64 {
    const P1: u64 = 11_400_714_785_074_694_791;
    const P2: u64 = 14_029_467_366_897_019_727;
    const P5: u64 = 2_870_177_450_012_600_261;
    let mut acc: u64 = P5;
    for lane in lanes {
        acc = acc.wrapping_add((lane as u64).wrapping_mul(P2));
        acc = acc.rotate_left(31);
        acc = acc.wrapping_mul(P1);
    }
    acc = acc.wrapping_add((len as u64) ^ (P5 ^ 3_527_539));
    if acc == u64::MAX {
        return 1_546_275_796;
    }
    acc as i64
}

/// One slot of the table.
#[derive(Clone, Debug)]
enum Slot {
    Empty,
    Dummy,
    Full(i64, Value),
}

/// A set, or a frozenset when `frozen` (the same table; only the
/// mutating methods and hashing tell them apart).
#[derive(Clone, Debug)]
pub struct SetObj {
    table: Vec<Slot>,
    fill: usize,
    used: usize,
    /// Whether this is a `frozenset`.
    pub frozen: bool,
    /// Where `pop` looks first.
    finger: usize,
    /// The Python hashes of the stored items whose class hashes in
    /// Python, by address (`None` while there are none; `user_keys.rs`).
    users: Option<Box<SetUsers>>,
}

/// See [`SetObj::users`].
#[derive(Clone, Debug, Default)]
struct SetUsers {
    hashes: std::collections::HashMap<usize, i64>,
    /// The item the VM is about to add and its hash.
    pending: Option<(usize, i64)>,
}

impl Default for SetObj {
    fn default() -> Self {
        SetObj {
            table: vec![Slot::Empty; MIN_SIZE],
            fill: 0,
            used: 0,
            frozen: false,
            finger: 0,
            users: None,
        }
    }
}

fn unhashable(v: &Value) -> Box<crate::PyErr> {
    let t = type_name(v);
    type_error(format!(
        "cannot use '{t}' as a set element (unhashable type: '{t}')"
    ))
}

impl SetObj {
    /// Number of items.
    pub(crate) fn len(&self) -> usize {
        self.used
    }

    /// The items in table order.
    pub(crate) fn items(&self) -> Vec<Value> {
        self.table
            .iter()
            .filter_map(|s| match s {
                Slot::Full(_, v) => Some(v.clone()),
                _ => None,
            })
            .collect()
    }

    /// CPython's `frozenset` hash (an order-independent mix of the item
    /// hashes); `None` for a mutable set.
    fn frozen_hash(&self) -> Option<i64> {
        if !self.frozen {
            return None;
        }
        fn shuffle(h: u64) -> u64 {
            ((h ^ 89_869_747) ^ (h << 16)).wrapping_mul(3_644_798_167)
        }
        let mut hash: u64 = 0;
        for slot in &self.table {
            if let Slot::Full(h, _) = slot {
                hash ^= shuffle(*h as u64);
            }
        }
        hash ^= (self.used as u64 + 1).wrapping_mul(1_927_868_237);
        hash ^= (hash >> 11) ^ (hash >> 25);
        hash = hash.wrapping_mul(69_069).wrapping_add(907_133_923);
        if hash == u64::MAX {
            hash = 590_923_713;
        }
        Some(hash as i64)
    }

    /// The item hashes, sorted (the identity of a frozenset as a key).
    pub(crate) fn sorted_hashes(&self) -> Vec<i64> {
        let mut hashes: Vec<i64> = self
            .table
            .iter()
            .filter_map(|s| match s {
                Slot::Full(h, _) => Some(*h),
                _ => None,
            })
            .collect();
        hashes.sort_unstable();
        hashes
    }

    /// Grow ahead of adding `extra` items, as CPython's `set_merge` and
    /// `set_update_dict` do (this decides the table size, so the order).
    pub(crate) fn reserve(&mut self, extra: usize) {
        let mask = self.table.len() - 1;
        if (self.fill + extra) * 5 >= mask * 3 {
            self.resize((self.used + extra) * 2);
        }
    }

    /// Add every item of `other` (CPython's `set_merge`: an empty target
    /// of the same size with no dummies in `other` copies the table).
    pub(crate) fn merge(&mut self, other: &SetObj) {
        if other.used == 0 {
            return;
        }
        self.reserve(other.used);
        if let Some(theirs) = &other.users {
            let mine = self.users.get_or_insert_with(Box::default);
            mine.hashes
                .extend(theirs.hashes.iter().map(|(a, h)| (*a, *h)));
        }
        if self.fill == 0 && self.table.len() == other.table.len() && other.fill == other.used {
            self.table = other.table.clone();
            self.fill = other.fill;
            self.used = other.used;
            return;
        }
        let clean = self.fill == 0;
        for slot in &other.table {
            let Slot::Full(hash, v) = slot else { continue };
            if !clean && self.find(*hash, v).is_some() {
                continue;
            }
            let j = self.free_slot(*hash);
            if matches!(self.table[j], Slot::Empty) {
                self.fill += 1;
            }
            self.table[j] = Slot::Full(*hash, v.clone());
            self.used += 1;
            if !clean && self.fill * 5 >= (self.table.len() - 1) * 3 {
                self.resize(if self.used > 50_000 {
                    self.used * 2
                } else {
                    self.used * 4
                });
            }
        }
    }

    /// Rebuild the table when more than a quarter of it is dummies (as
    /// CPython does after `difference_update`).
    pub(crate) fn drop_dummies(&mut self) {
        if self.fill - self.used > (self.table.len() - 1) / 4 {
            self.resize(if self.used > 50_000 {
                self.used * 2
            } else {
                self.used * 4
            });
        }
    }

    /// An empty set (`frozen`: an empty frozenset).
    pub(crate) fn empty(frozen: bool) -> SetObj {
        SetObj {
            frozen,
            ..SetObj::default()
        }
    }

    /// Remove and return an arbitrary item (CPython's: the next full slot
    /// after the last one popped, which starts at slot 0).
    pub(crate) fn pop(&mut self) -> Option<Value> {
        if self.used == 0 {
            return None;
        }
        let n = self.table.len();
        let j = (0..n)
            .map(|k| (self.finger + k) % n)
            .find(|&j| matches!(self.table[j], Slot::Full(..)))?;
        self.finger = j + 1;
        let old = std::mem::replace(&mut self.table[j], Slot::Dummy);
        self.forget(&old);
        let Slot::Full(_, v) = old else {
            return None;
        };
        self.used -= 1;
        Some(v)
    }

    /// Drop a removed item's recorded hash.
    fn forget(&mut self, slot: &Slot) {
        if let (Some(users), Slot::Full(_, v)) = (&mut self.users, slot) {
            users.hashes.remove(&crate::dict::addr(v));
        }
    }

    /// The first item at or after table slot `from`, with its slot.
    pub(crate) fn item_from(&self, from: usize) -> Option<(usize, &Value)> {
        let rest = self.table.get(from..)?;
        rest.iter().enumerate().find_map(|(i, s)| match s {
            Slot::Full(_, v) => Some((from + i, v)),
            _ => None,
        })
    }

    fn same(a: &Value, b: &Value) -> bool {
        a.is(b) || (HashKey::of(a).is_some() && HashKey::of(a) == HashKey::of(b))
    }

    /// The slot holding `v`, if present.
    fn find(&self, hash: i64, v: &Value) -> Option<usize> {
        self.probe(hash, |j, slot| match slot {
            Slot::Empty => Some(None),
            Slot::Full(h, k) if *h == hash && Self::same(k, v) => Some(Some(j)),
            _ => None,
        })
    }

    /// Walk `hash`'s probe sequence (linear probes, then CPython's
    /// perturbed jumps) until `visit` answers. The table always keeps
    /// empty slots, so every walk ends.
    fn probe<R>(&self, hash: i64, mut visit: impl FnMut(usize, &Slot) -> Option<R>) -> R {
        let mask = self.table.len() - 1;
        let mut perturb = hash as u64;
        let mut i = (hash as u64 as usize) & mask;
        loop {
            let probes = if i + LINEAR_PROBES <= mask {
                LINEAR_PROBES
            } else {
                0
            };
            for j in i..=i + probes {
                if let Some(r) = visit(j, &self.table[j]) {
                    return r;
                }
            }
            perturb >>= PERTURB_SHIFT;
            i = (i
                .wrapping_mul(5)
                .wrapping_add(1)
                .wrapping_add(perturb as usize))
                & mask;
        }
    }

    /// The hash of `v` in this table: the Python hash the VM recorded for
    /// a user-hashed item, else the built-in hash.
    fn hash(&self, v: &Value) -> Option<i64> {
        if let (Some(users), Value::Obj(_)) = (&self.users, v) {
            let a = crate::dict::addr(v);
            if let Some(h) = users.hashes.get(&a) {
                return Some(*h);
            }
            if let Some((p, h)) = users.pending {
                if p == a {
                    return Some(h);
                }
            }
        }
        py_hash(v)
    }

    /// Whether any item is user-hashed.
    #[inline]
    pub(crate) fn has_users(&self) -> bool {
        self.users.is_some()
    }

    /// Note that the user-hashed `v`, hashing to `hash`, is about to be
    /// looked up or added.
    pub(crate) fn expect_user(&mut self, v: &Value, hash: i64) {
        self.users.get_or_insert_with(Box::default).pending = Some((crate::dict::addr(v), hash));
    }

    /// The stored items whose hash is `hash` (on its probe sequence).
    pub(crate) fn candidates(&self, hash: i64) -> Vec<Value> {
        let mut out = Vec::new();
        self.probe(hash, |_, slot| match slot {
            Slot::Empty => Some(()),
            Slot::Full(h, k) if *h == hash => {
                out.push(k.clone());
                None
            }
            _ => None,
        });
        out
    }

    /// The items with their hashes, in table order.
    pub(crate) fn hashed_items(&self) -> Vec<(i64, Value)> {
        self.table
            .iter()
            .filter_map(|s| match s {
                Slot::Full(h, v) => Some((*h, v.clone())),
                _ => None,
            })
            .collect()
    }

    /// Whether `v` is in the set.
    pub(crate) fn contains(&self, v: &Value) -> PyResult<bool> {
        let hash = self.hash(v).ok_or_else(|| unhashable(v))?;
        Ok(self.find(hash, v).is_some())
    }

    /// `add(v)`.
    pub(crate) fn add(&mut self, v: Value) -> PyResult<()> {
        let hash = self.hash(&v).ok_or_else(|| unhashable(&v))?;
        if self.find(hash, &v).is_some() {
            return Ok(());
        }
        if matches!(v, Value::Obj(_)) && crate::user_keys::needs_vm(&v) {
            let users = self.users.get_or_insert_with(Box::default);
            users.pending = None;
            users.hashes.insert(crate::dict::addr(&v), hash);
        }
        let mask = self.table.len() - 1;
        let slot = self.free_slot(hash);
        let fresh = matches!(self.table[slot], Slot::Empty);
        self.table[slot] = Slot::Full(hash, v);
        self.used += 1;
        if !fresh {
            return Ok(());
        }
        self.fill += 1;
        if self.fill * 5 >= mask * 3 {
            self.resize(if self.used > 50_000 {
                self.used * 2
            } else {
                self.used * 4
            });
        }
        Ok(())
    }

    /// `discard(v)`; whether it was present.
    pub(crate) fn discard(&mut self, v: &Value) -> PyResult<bool> {
        let hash = self.hash(v).ok_or_else(|| unhashable(v))?;
        match self.find(hash, v) {
            Some(j) => {
                let old = std::mem::replace(&mut self.table[j], Slot::Dummy);
                self.forget(&old);
                self.used -= 1;
                Ok(true)
            }
            None => Ok(false),
        }
    }

    /// The first empty or dummy slot on `hash`'s probe sequence (linear
    /// probes, then CPython's perturbed jumps), where it is inserted.
    fn free_slot(&self, hash: i64) -> usize {
        self.probe(hash, |j, slot| {
            matches!(slot, Slot::Empty | Slot::Dummy).then_some(j)
        })
    }

    fn resize(&mut self, min_used: usize) {
        let mut size = MIN_SIZE;
        while size <= min_used {
            size <<= 1;
        }
        let old = std::mem::replace(&mut self.table, vec![Slot::Empty; size]);
        self.fill = 0;
        self.used = 0;
        for slot in old {
            let Slot::Full(hash, v) = slot else { continue };
            let j = self.free_slot(hash);
            self.table[j] = Slot::Full(hash, v);
            self.fill += 1;
            self.used += 1;
        }
    }
}

/// A set built from `items`.
pub(crate) fn set_from(items: Vec<Value>) -> PyResult<SetObj> {
    let mut s = SetObj::default();
    for v in items {
        s.add(v)?;
    }
    Ok(s)
}

/// Equality of sets.
pub(crate) fn set_eq(a: &SetObj, b: &SetObj) -> PyResult<bool> {
    if a.len() != b.len() {
        return Ok(false);
    }
    for v in a.items() {
        if !b.contains(&v)? {
            return Ok(false);
        }
    }
    Ok(true)
}
