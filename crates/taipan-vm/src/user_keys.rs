//! Dict keys and set items whose class hashes or compares in Python
//! (`__hash__`/`__eq__` defined as Python functions), and tuples holding
//! them.
//!
//! The tables themselves (`dict.rs`, `set.rs`) cannot call Python: they
//! find such a key by identity. The VM makes that right by
//! canonicalising the key first: it computes the key's Python hash once
//! (calling `__hash__`, whose errors propagate), looks among the stored
//! keys of that hash (a set's probe sequence, a dict's index of
//! user-hashed keys) for one that is the key or equal to it (stored
//! key's `__eq__` first, as CPython), and hands the table that stored
//! key; a key equal to none is handed over with its hash noted, so the
//! table files it under its Python hash (set iteration order follows
//! `__hash__` as in CPython). A container changed by an `__eq__` restarts
//! the search, as CPython's look-ups do. Keys of built-in types never
//! come here unless the container already holds user-hashed keys (`1`
//! then finds an equal user key).

use std::cell::RefCell;

use crate::dict::{Dict, HashKey, UNKNOWN_HASH};
use crate::exception::{ExcKind, PyErr, PyResult};
use crate::set::SetObj;
use crate::value::{Object, Value, ViewKind};
use crate::Vm;

/// How many times a search restarts when `__eq__` keeps changing the
/// container (then the key counts as absent).
const MAX_RESTARTS: usize = 16;

/// Whether `v` needs the VM to be hashed or compared as a key: an
/// instance whose class defines `__hash__` as a Python function, or
/// `__eq__` as one while staying hashable, or a tuple holding one.
pub(crate) fn needs_vm(v: &Value) -> bool {
    match v.as_obj() {
        Some(Object::Instance(inst)) => {
            let lookup = |name| inst.lookup(name);
            let hash = lookup("__hash__");
            match hash.as_ref().and_then(Value::as_obj) {
                Some(Object::Function(_)) => true,
                _ if matches!(hash, Some(Value::None)) => false,
                _ => matches!(
                    lookup("__eq__").as_ref().and_then(Value::as_obj),
                    Some(Object::Function(_))
                ),
            }
        }
        Some(Object::Tuple(items)) => items.iter().any(needs_vm),
        _ => false,
    }
}

/// Whether `v` is a key the VM canonicalises (see [`needs_vm`]).
#[inline]
pub(crate) fn has_user_eq_hash(v: &Value) -> bool {
    matches!(v, Value::Obj(_)) && needs_vm(v)
}

/// Whether `v` is a dict, set or dict view holding user-hashed keys.
#[inline]
pub(crate) fn has_user_keys(v: &Value) -> bool {
    match v.as_obj() {
        Some(Object::Dict(d)) => d.borrow().has_users(),
        Some(Object::Set(s)) => s.borrow().has_users(),
        Some(Object::DictView(_, d)) => has_user_keys(d),
        _ => false,
    }
}

/// Whether `==` on `v` (a dict or set) needs the VM: it holds user-hashed
/// keys, or (a dict) values with Python special methods.
pub(crate) fn holds_user_keys(v: &Value) -> bool {
    holds_user_keys_within(v, 4)
}

/// [`holds_user_keys`], looking `depth` levels into dict values (a dict
/// may contain itself).
fn holds_user_keys_within(v: &Value, depth: u32) -> bool {
    if depth == 0 {
        return false;
    }
    match v.as_obj() {
        Some(Object::Dict(d)) => {
            let d = d.borrow();
            d.has_users()
                || d.iter().any(|(_, v)| {
                    crate::dunder::is_user(v)
                        || crate::dunder::is_sequence(v)
                        || holds_user_keys_within(v, depth - 1)
                })
        }
        Some(Object::Set(s)) => s.borrow().has_users(),
        Some(Object::DictView(kind, d)) => {
            *kind != ViewKind::Values && holds_user_keys_within(d, depth)
        }
        _ => false,
    }
}

/// A `TypeError` from hashing `key` reworded as CPython 3.14 words it
/// for a dict key or set element: "cannot use 'T' as a dict key (...)".
fn in_context(err: Box<PyErr>, key: &Value, what: &str) -> Box<PyErr> {
    if err.kind() == ExcKind::TypeError {
        if let Some(Object::Exception(e)) = err.value.as_obj() {
            let mut args = e.args.borrow_mut();
            if let [msg] = &args[..] {
                if let Some(m) = msg.as_str() {
                    let t = crate::types::type_name(key);
                    *args = vec![Value::str(format!("cannot use '{t}' as {what} ({m})"))];
                }
            }
        }
    }
    err
}

impl Vm<'_> {
    /// The Python hash of a key: `__hash__` for user instances, the
    /// items' hashes mixed for tuples holding them, else the built-in one.
    pub(crate) fn key_hash(&mut self, v: &Value) -> PyResult<i64> {
        if let Some(Object::Tuple(items)) = v.as_obj() {
            if needs_vm(v) {
                let mut lanes = Vec::with_capacity(items.len());
                for item in items {
                    lanes.push(self.key_hash(item)?);
                }
                return Ok(crate::set::tuple_hash_of(lanes.into_iter(), items.len()));
            }
        }
        self.hash_of(v)
    }

    /// Whether the stored key `stored` equals `key` (`stored.__eq__`
    /// first; tuples item by item).
    fn keys_equal(&mut self, stored: &Value, key: &Value) -> PyResult<bool> {
        if let (Some(Object::Tuple(_)), Some(Object::Tuple(_))) = (stored.as_obj(), key.as_obj()) {
            let eq = taipan_bytecode::CompareOpArg::new(taipan_bytecode::CompareOpArg::EQ, false);
            let r = self.sequence_compare(eq, stored, key)?;
            return self.truthy(&r);
        }
        self.equal(stored, key)
    }

    /// `key`, or the key equal to it already in the dict or set
    /// `container`.
    pub(crate) fn canon_key(&mut self, container: &Value, key: Value) -> PyResult<Value> {
        match container.as_obj() {
            Some(Object::Dict(d)) => self.canon_in_dict(d, key),
            Some(Object::Set(s)) => Ok(self.canon_in_set(s, key, None)?.0),
            Some(Object::DictView(kind, d)) => match (kind, d.as_obj(), key.as_obj()) {
                (ViewKind::Keys, Some(Object::Dict(d)), _) => self.canon_in_dict(d, key),
                (ViewKind::Items, Some(Object::Dict(d)), Some(Object::Tuple(pair)))
                    if pair.len() == 2 =>
                {
                    let k = self.canon_in_dict(d, pair[0].clone())?;
                    Ok(Value::tuple(vec![k, pair[1].clone()]))
                }
                _ => Ok(key),
            },
            _ => crate::deque::index_key(self, container, key),
        }
    }

    /// `key`, or the equal key stored in the dict `d`.
    pub(crate) fn canon_in_dict(&mut self, d: &RefCell<Dict>, key: Value) -> PyResult<Value> {
        let user = has_user_eq_hash(&key);
        if !user && !d.borrow().has_users() {
            return Ok(key);
        }
        let hash = if user {
            self.key_hash(&key)
                .map_err(|e| in_context(e, &key, "a dict key"))?
        } else {
            let Some(hkey) = HashKey::of(&key) else {
                return Ok(key);
            };
            if d.borrow().get(&hkey).is_some() {
                return Ok(key);
            }
            match crate::set::py_hash(&key) {
                Some(h) => h,
                None => return Ok(key),
            }
        };
        if let Some(found) = self.dict_search(d, &key, hash)? {
            return Ok(found);
        }
        if user {
            d.borrow_mut().expect_user(&key, hash);
        }
        Ok(key)
    }

    /// The stored key of `d` equal to `key` (of Python hash `hash`).
    fn dict_search(
        &mut self,
        d: &RefCell<Dict>,
        key: &Value,
        hash: i64,
    ) -> PyResult<Option<Value>> {
        'restart: for _ in 0..MAX_RESTARTS {
            let candidates = d.borrow().user_candidates(hash);
            for (h, stored) in candidates {
                if h == UNKNOWN_HASH {
                    let real = self.key_hash(&stored)?;
                    d.borrow_mut().set_user_hash(&stored, real);
                    if real != hash {
                        continue;
                    }
                }
                if stored.is(key) {
                    return Ok(Some(stored));
                }
                let version = d.borrow().version();
                if self.keys_equal(&stored, key)? {
                    if d.borrow().version() != version {
                        continue 'restart;
                    }
                    return Ok(Some(stored));
                }
                if d.borrow().version() != version {
                    continue 'restart;
                }
            }
            // A built-in key equal to a user one (`1` and a wrapper of 1).
            if has_user_eq_hash(key) {
                for stored in d.borrow().builtin_keys_hashing_to(hash) {
                    if self.keys_equal(&stored, key)? {
                        return Ok(Some(stored));
                    }
                }
            }
            return Ok(None);
        }
        Ok(None)
    }

    /// `key`, or the equal item stored in the set `s`, and whether it was
    /// found. `known`: the key's hash, when the caller has it.
    pub(crate) fn canon_in_set(
        &mut self,
        s: &RefCell<SetObj>,
        key: Value,
        known: Option<i64>,
    ) -> PyResult<(Value, bool)> {
        let user = has_user_eq_hash(&key);
        if !user && !s.borrow().has_users() {
            return Ok((key, false));
        }
        let hash = match known {
            Some(h) => h,
            None if user => self
                .key_hash(&key)
                .map_err(|e| in_context(e, &key, "a set element"))?,
            None => match crate::set::py_hash(&key) {
                Some(h) => h,
                None => return Ok((key, false)),
            },
        };
        'restart: for _ in 0..MAX_RESTARTS {
            let candidates = s.borrow().candidates(hash);
            let before = candidates.len();
            for stored in candidates {
                if stored.is(&key) {
                    return Ok((stored, true));
                }
                if !user && !has_user_eq_hash(&stored) {
                    if crate::compare::eq(&stored, &key)? {
                        return Ok((stored, true));
                    }
                    continue;
                }
                if self.keys_equal(&stored, &key)? {
                    let still = s.borrow().candidates(hash);
                    if still.iter().any(|v| v.is(&stored)) {
                        return Ok((stored, true));
                    }
                    continue 'restart;
                }
                if s.borrow().candidates(hash).len() != before {
                    continue 'restart;
                }
            }
            break;
        }
        if user {
            s.borrow_mut().expect_user(&key, hash);
        }
        Ok((key, false))
    }

    /// Run `f` on a set owned by the caller (not reachable from Python)
    /// as a cell, for the canonicalising searches.
    fn with_cell<R>(set: &mut SetObj, f: impl FnOnce(&RefCell<SetObj>) -> R) -> R {
        let cell = RefCell::new(std::mem::take(set));
        let r = f(&cell);
        *set = cell.into_inner();
        r
    }

    /// `set.add(v)` on a set the caller owns.
    pub(crate) fn owned_add(&mut self, set: &mut SetObj, v: Value) -> PyResult<()> {
        self.owned_add_hashed(set, v, None)
    }

    /// `set.add(v)` on a set the caller owns, `v`'s hash given if known.
    fn owned_add_hashed(&mut self, set: &mut SetObj, v: Value, hash: Option<i64>) -> PyResult<()> {
        if !set.has_users() && !has_user_eq_hash(&v) {
            return set.add(v);
        }
        Self::with_cell(set, |cell| {
            let (v, found) = self.canon_in_set(cell, v, hash)?;
            if !found {
                cell.borrow_mut().add(v)?;
            }
            Ok(())
        })
    }

    /// Whether `v` is in a set the caller owns.
    pub(crate) fn owned_contains(&mut self, set: &mut SetObj, v: &Value) -> PyResult<bool> {
        if !set.has_users() && !has_user_eq_hash(v) {
            return set.contains(v);
        }
        Self::with_cell(set, |cell| {
            let (v, found) = self.canon_in_set(cell, v.clone(), None)?;
            Ok(found || cell.borrow().contains(&v)?)
        })
    }

    /// `set.discard(v)` on a set the caller owns; whether it was there.
    pub(crate) fn owned_discard(&mut self, set: &mut SetObj, v: &Value) -> PyResult<bool> {
        if !set.has_users() && !has_user_eq_hash(v) {
            return set.discard(v);
        }
        Self::with_cell(set, |cell| {
            let (v, _) = self.canon_in_set(cell, v.clone(), None)?;
            let r = cell.borrow_mut().discard(&v);
            r
        })
    }

    /// Add every item of `other` to `target`, comparing user-hashed
    /// items by value (a plain table merge otherwise).
    pub(crate) fn owned_merge(&mut self, target: &mut SetObj, other: &SetObj) -> PyResult<()> {
        if !other.has_users() && !target.has_users() {
            target.merge(other);
            return Ok(());
        }
        target.reserve(other.len());
        for (h, v) in other.hashed_items() {
            self.owned_add_hashed(target, v, Some(h))?;
        }
        Ok(())
    }

    /// Add `v` to the live set `set` (`set.add`, `SET_ADD`).
    pub(crate) fn live_set_add(&mut self, set: &RefCell<SetObj>, v: Value) -> PyResult<()> {
        let (v, found) = self.canon_in_set(set, v, None)?;
        if !found {
            set.borrow_mut().add(v)?;
        }
        Ok(())
    }

    /// A new set of `items` (`BUILD_SET`).
    pub(crate) fn build_set(&mut self, items: Vec<Value>) -> PyResult<Value> {
        if !items.iter().any(has_user_eq_hash) {
            let set = crate::set::set_from(items)?;
            return Ok(crate::set_methods::new_set(set));
        }
        let cell = RefCell::new(SetObj::default());
        for v in items {
            self.live_set_add(&cell, v)?;
        }
        Ok(crate::set_methods::new_set(cell.into_inner()))
    }

    /// A new dict of the key/value pairs `items` (`BUILD_MAP`).
    pub(crate) fn build_dict(&mut self, items: Vec<Value>) -> PyResult<Value> {
        if !items.iter().step_by(2).any(has_user_eq_hash) {
            return crate::subscript::build_map(items);
        }
        let d = RefCell::new(Dict::new());
        let mut items = items.into_iter();
        while let (Some(k), Some(v)) = (items.next(), items.next()) {
            self.dict_store(&d, k, v)?;
        }
        Ok(crate::dict_methods::new_dict(d.into_inner()))
    }

    /// `d[key] = value` through the canonicalising search.
    pub(crate) fn dict_store(
        &mut self,
        d: &RefCell<Dict>,
        key: Value,
        value: Value,
    ) -> PyResult<()> {
        let key = self.canon_in_dict(d, key)?;
        let hkey = HashKey::for_dict(&key)?;
        d.borrow_mut().insert(hkey, key, value);
        Ok(())
    }

    /// The value under `key` in `d`.
    pub(crate) fn dict_get(&mut self, d: &RefCell<Dict>, key: &Value) -> PyResult<Option<Value>> {
        let key = self.canon_in_dict(d, key.clone())?;
        let hkey = HashKey::for_dict(&key)?;
        let found = d.borrow().get(&hkey).cloned();
        Ok(found)
    }

    /// `a == b` for dicts and sets holding user-hashed keys or values
    /// with Python special methods.
    pub(crate) fn keyed_eq(&mut self, a: &Value, b: &Value) -> PyResult<bool> {
        match (a.as_obj(), b.as_obj()) {
            (Some(Object::Dict(x)), Some(Object::Dict(y))) => {
                let mine: Vec<(Value, Value)> = x
                    .borrow()
                    .iter()
                    .map(|(k, v)| (k.clone(), v.clone()))
                    .collect();
                if mine.len() != y.borrow().len() {
                    return Ok(false);
                }
                for (k, v) in mine {
                    match self.dict_get(y, &k)? {
                        Some(w) if v.is(&w) || self.deep_equal(&v, &w)? => {}
                        _ => return Ok(false),
                    }
                }
                Ok(true)
            }
            (Some(Object::Set(x)), Some(Object::Set(y))) => {
                let (mine, mut theirs) = (x.borrow().clone(), y.borrow().clone());
                if mine.len() != theirs.len() {
                    return Ok(false);
                }
                self.owned_subset(&mine, &mut theirs)
            }
            _ => crate::compare::eq(a, b),
        }
    }

    /// `a <op> b` for dicts and sets holding user-hashed keys (equality,
    /// and the subset orderings of sets).
    pub(crate) fn keyed_compare(
        &mut self,
        op: taipan_bytecode::CompareOpArg,
        a: &Value,
        b: &Value,
    ) -> PyResult<Value> {
        use taipan_bytecode::CompareOpArg as C;
        let set_like = crate::set_methods::is_set_like;
        let sets = if set_like(a) && set_like(b) {
            let x = crate::set_methods::to_set(self, a)?;
            Some((x, crate::set_methods::to_set(self, b)?))
        } else {
            None
        };
        let r = match (op.op(), sets) {
            (C::EQ, Some((x, mut y))) => x.len() == y.len() && self.owned_subset(&x, &mut y)?,
            (C::NE, Some((x, mut y))) => !(x.len() == y.len() && self.owned_subset(&x, &mut y)?),
            (C::EQ, _) => self.keyed_eq(a, b)?,
            (C::NE, _) => !self.keyed_eq(a, b)?,
            (C::LE, Some((x, mut y))) => self.owned_subset(&x, &mut y)?,
            (C::LT, Some((x, mut y))) => x.len() < y.len() && self.owned_subset(&x, &mut y)?,
            (C::GE, Some((mut x, y))) => self.owned_subset(&y, &mut x)?,
            (C::GT, Some((mut x, y))) => y.len() < x.len() && self.owned_subset(&y, &mut x)?,
            _ => return crate::compare::compare(op, a, b),
        };
        Ok(Value::Bool(r))
    }

    /// `a == b` for dict values: sequences and dicts through the VM.
    fn deep_equal(&mut self, a: &Value, b: &Value) -> PyResult<bool> {
        use crate::dunder::is_sequence;
        if is_sequence(a) && is_sequence(b) {
            let eq = taipan_bytecode::CompareOpArg::new(taipan_bytecode::CompareOpArg::EQ, false);
            let r = self.sequence_compare(eq, a, b)?;
            return self.truthy(&r);
        }
        if holds_user_keys(a) || holds_user_keys(b) {
            return crate::depth::nested(" in comparison", || self.keyed_eq(a, b));
        }
        self.equal(a, b)
    }

    /// Whether every item of `a` is in `b`.
    pub(crate) fn owned_subset(&mut self, a: &SetObj, b: &mut SetObj) -> PyResult<bool> {
        if a.len() > b.len() {
            return Ok(false);
        }
        for v in a.items() {
            if !self.owned_contains(b, &v)? {
                return Ok(false);
            }
        }
        Ok(true)
    }
}
