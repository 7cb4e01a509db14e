//! The class attribute cache: what [`crate::classes::class_lookup`] found
//! for a (class, name) pair, so that method calls, `__init__`/`__new__`
//! look-ups and special-method searches skip the walk over the MRO's
//! namespaces (one hash and probe per class).
//!
//! A direct-mapped, per-thread table indexed by the addresses of the class
//! and of the name's string. An entry is valid while the global *class
//! epoch* it was made under holds: [`class_changed`] starts a new epoch
//! whenever any class namespace changes (an attribute set or deleted on a
//! class, a class dict cleared by the cycle collector), so a change to a
//! base class after a subclass's entries were made is seen at once.
//! Classes cannot otherwise change what a look-up finds: `__bases__`,
//! `__mro__` and `__class__` are not assignable here.
//!
//! Entries hold the class and the found object weakly: the cache never
//! keeps an object alive (its death stays observable through `__del__` and
//! weak references), and a weak reference pins the class's allocation, so
//! a new class cannot reuse the address of a cached one.

use std::cell::{Cell, RefCell};
use std::rc::{Rc, Weak};

use crate::dict::HashKey;
use crate::value::{Object, Value};

/// Entries in the table (a power of two).
const SLOTS: usize = 1024;

/// What a look-up found.
#[derive(Clone)]
enum Found {
    /// Nothing in the MRO's namespaces.
    Missing,
    /// An object (held weakly: a dead one is a miss).
    Obj(Weak<Object>),
    /// A value that is not a heap object (ints, floats, `None`...).
    Plain(Value),
}

/// One remembered look-up.
struct Entry {
    /// The class looked in.
    class: Weak<Object>,
    /// The name looked up (its address identifies it).
    name: Rc<str>,
    /// The class epoch the entry was made in.
    epoch: u64,
    /// The result.
    found: Found,
}

thread_local! {
    /// The current class epoch (see the module doc).
    static EPOCH: Cell<u64> = const { Cell::new(1) };
    /// The table; empty until first used.
    static TABLE: RefCell<Vec<Option<Entry>>> = const { RefCell::new(Vec::new()) };
}

/// Some class namespace changed: forget every cached look-up.
pub(crate) fn class_changed() {
    EPOCH.with(|e| e.set(e.get() + 1));
}

/// The slot of a (class, name) pair.
#[inline]
fn slot(class: &Rc<Object>, name: &Rc<str>) -> usize {
    let a = Rc::as_ptr(class) as *const u8 as usize;
    let b = Rc::as_ptr(name) as *const u8 as usize;
    let h = (a >> 4) ^ (b >> 3).wrapping_mul(0x9E37_79B9);
    h & (SLOTS - 1)
}

/// The cached result of looking `name` up in `class`: `Some(None)` for a
/// remembered miss, `None` when the cache cannot answer.
#[inline]
pub(crate) fn get(class: &Value, name: &HashKey) -> Option<Option<Value>> {
    let (Value::Obj(cls), HashKey::Str(name)) = (class, name) else {
        return None;
    };
    let epoch = EPOCH.with(Cell::get);
    TABLE
        .try_with(|table| {
            let table = table.try_borrow().ok()?;
            let entry = table.get(slot(cls, name))?.as_ref()?;
            if entry.epoch != epoch
                || !std::ptr::eq(entry.class.as_ptr(), Rc::as_ptr(cls))
                || !Rc::ptr_eq(&entry.name, name)
            {
                return None;
            }
            match &entry.found {
                Found::Missing => Some(None),
                Found::Obj(w) => w.upgrade().map(|o| Some(Value::Obj(o))),
                Found::Plain(v) => Some(Some(v.clone())),
            }
        })
        .ok()
        .flatten()
}

/// Remember that looking `name` up in `class` found `found`.
pub(crate) fn put(class: &Value, name: &HashKey, found: Option<&Value>) {
    let (Value::Obj(cls), HashKey::Str(name)) = (class, name) else {
        return;
    };
    let found = match found {
        None => Found::Missing,
        Some(Value::Obj(o)) => Found::Obj(Rc::downgrade(o)),
        Some(v) => Found::Plain(v.clone()),
    };
    let entry = Entry {
        class: Rc::downgrade(cls),
        name: name.clone(),
        epoch: EPOCH.with(Cell::get),
        found,
    };
    // At thread exit the table may be gone: then nothing is cached.
    let _ = TABLE.try_with(|table| {
        let Ok(mut table) = table.try_borrow_mut() else {
            return;
        };
        if table.is_empty() {
            table.resize_with(SLOTS, || None);
        }
        let i = slot(cls, name);
        if let Some(place) = table.get_mut(i) {
            // The old entry is dropped after the borrow ends.
            let old = place.replace(entry);
            drop(table);
            drop(old);
        }
    });
}
