//! The inline cache of `LOAD_GLOBAL`/`LOAD_NAME`/`STORE_GLOBAL`: one entry
//! per name of a code object, remembering in which slot of the globals (or
//! builtins) dict the name was found, under which key-layout versions of
//! the two dicts (`Dict::version`). While the versions hold, the slot is
//! read directly: no hashing, no probing, no string comparison. Adding or
//! removing any key of either dict changes its version, so rebinding a
//! global that shadows a builtin, or deleting it, is seen at once;
//! assigning a new value to an existing name keeps the slot and the cache.

use std::cell::Cell;

use crate::code::Code;
use crate::exception::PyResult;
use crate::frame::Frame;
use crate::value::Value;
use crate::Vm;

/// Where a name was last found.
#[derive(Clone, Copy, Debug)]
pub struct GlobalCache {
    /// The globals' version then (`u64::MAX`: nothing cached).
    globals_version: u64,
    /// The builtins' version then, for a name found in the builtins.
    builtins_version: u64,
    /// The slot in the dict it was found in.
    slot: u32,
    /// Whether that dict is the builtins (the name was not a global).
    builtin: bool,
}

impl GlobalCache {
    /// An empty cache entry.
    pub const EMPTY: GlobalCache = GlobalCache {
        globals_version: u64::MAX,
        builtins_version: u64::MAX,
        slot: 0,
        builtin: false,
    };
}

/// One empty entry per name.
pub(crate) fn empty_caches(n: usize) -> Vec<Cell<GlobalCache>> {
    vec![Cell::new(GlobalCache::EMPTY); n]
}

impl Vm<'_> {
    /// `LOAD_GLOBAL`/`LOAD_NAME` of name `i`: the module namespace, then
    /// the builtins, through the cache.
    #[inline]
    pub(crate) fn load_global(&self, frame: &Frame, code: &Code, i: usize) -> PyResult<Value> {
        if let Some(entry) = code.global_cache.get(i) {
            let c = entry.get();
            let globals = frame.globals.borrow();
            if c.globals_version == globals.version() {
                let found = if c.builtin {
                    (c.builtins_version == self.builtins.version())
                        .then(|| self.builtins.value_at(c.slot as usize))
                        .flatten()
                } else {
                    globals.value_at(c.slot as usize)
                };
                if let Some(v) = found {
                    return Ok(v.clone());
                }
            }
        }
        self.load_global_slow(frame, code, i)
    }

    /// [`Vm::load_global`] without a cache hit: look the name up and
    /// remember where it was found.
    fn load_global_slow(&self, frame: &Frame, code: &Code, i: usize) -> PyResult<Value> {
        let key = &code.names[i];
        let globals = frame.globals.borrow();
        let (slot, builtin) = match globals.slot_of(key) {
            Some(slot) => (slot, false),
            None => match self.builtins.slot_of(key) {
                Some(slot) => (slot, true),
                None => {
                    drop(globals);
                    return Err(self.name_error_for(frame, code, i));
                }
            },
        };
        let dict = if builtin { &self.builtins } else { &*globals };
        let value = dict.value_at(slot).cloned().unwrap_or(Value::None);
        if let (Some(entry), Ok(slot)) = (code.global_cache.get(i), u32::try_from(slot)) {
            entry.set(GlobalCache {
                globals_version: globals.version(),
                builtins_version: self.builtins.version(),
                slot,
                builtin,
            });
        }
        Ok(value)
    }

    /// `STORE_GLOBAL` (and `STORE_NAME` in module code) of name `i`.
    #[inline]
    pub(crate) fn store_global(&self, frame: &Frame, code: &Code, i: usize, v: Value) {
        let mut globals = frame.globals.borrow_mut();
        let old = match code.global_cache.get(i).map(Cell::get) {
            Some(c) if c.globals_version == globals.version() && !c.builtin => {
                globals.replace_at(c.slot as usize, v)
            }
            _ => Err(v),
        };
        if let Err(v) = old {
            globals.set_str(&code.name_strs[i], v);
            return;
        }
        // The old value is dropped after the borrow ends (`__del__` may
        // look at the globals).
        drop(globals);
        drop(old);
    }
}
