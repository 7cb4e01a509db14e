//! The `weakref` module: `weakref.ref`.
//!
//! A weak reference holds a `Weak<Object>`: calling it upgrades it (the
//! referent, or `None` once it died). A reference without callback is
//! shared, as in CPython (`weakref.ref(a) is weakref.ref(a)`). Callbacks
//! are registered with the collector (`gc.rs`) under the referent's
//! address and queued when an instance referent is freed; the VM calls
//! them at its next safe point. (Referents other than instances never run
//! their callbacks yet.)

use std::cell::{Cell, RefCell};
use std::collections::HashMap;
use std::rc::{Rc, Weak};

use crate::exception::{type_error, PyErr, PyResult};
use crate::types::type_name;
use crate::value::{Builtin, NativeFn, Object, Value};
use crate::Vm;

type Kw<'a> = &'a [(Rc<str>, Value)];

/// A weak reference object.
#[derive(Debug)]
pub struct WeakRefObj {
    /// The referent.
    pub target: Weak<Object>,
    /// The callback (`None` when there is none, or once it was queued).
    pub callback: RefCell<Value>,
    /// The referent's hash, once computed.
    pub hash: Cell<Option<i64>>,
}

thread_local! {
    /// Shared callback-less references, by referent address.
    static PLAIN: RefCell<HashMap<usize, Weak<Object>>> = RefCell::new(HashMap::new());
}

/// The namespace of module `weakref`.
pub(crate) fn module_dict(d: &mut crate::dict::Dict) {
    let functions: [(&'static str, NativeFn); 2] =
        [("ref", weakref_ref), ("getweakrefcount", weakref_count)];
    for (name, func) in functions {
        d.set_str(
            &Rc::from(name),
            Value::obj(Object::Builtin(Builtin { name, func })),
        );
    }
}

/// Whether objects of this kind accept weak references.
fn weakrefable(o: &Object) -> bool {
    matches!(
        o,
        Object::Instance(_)
            | Object::Class(_)
            | Object::Function(_)
            | Object::Set(_)
            | Object::Generator(_)
            | Object::Method(..)
            | Object::Module(_)
            | Object::Type(_)
            | Object::Code(_)
            | Object::Exception(_)
    )
}

/// The address under which callbacks for `o` are registered.
fn referent_addr(o: &Rc<Object>) -> usize {
    match &**o {
        Object::Instance(i) => i as *const crate::classes::InstanceObj as usize,
        _ => Rc::as_ptr(o) as *const u8 as usize,
    }
}

/// `weakref.ref(object[, callback])`.
fn weakref_ref(_: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    let (target, callback) = match args {
        [t] => (t, Value::None),
        [t, cb] => (t, cb.clone()),
        _ => {
            return Err(type_error(format!(
                "__new__ expected at least 1 argument, got {}",
                args.len()
            )))
        }
    };
    let rc = match target {
        Value::Obj(rc) if weakrefable(rc) => rc,
        _ => {
            let name = match target.as_obj() {
                Some(Object::WeakRef(_)) => "weakref.ReferenceType".into(),
                _ => type_name(target),
            };
            return Err(type_error(format!(
                "cannot create weak reference to '{name}' object"
            )));
        }
    };
    let a = referent_addr(rc);
    if matches!(callback, Value::None) {
        let shared = PLAIN.with(|p| p.borrow().get(&a).and_then(Weak::upgrade));
        if let Some(Object::WeakRef(w)) = shared.as_deref() {
            if w.target.ptr_eq(&Rc::downgrade(rc)) {
                return Ok(Value::Obj(shared.unwrap_or_else(|| rc.clone())));
            }
        }
    }
    let has_callback = !matches!(callback, Value::None);
    let r = Rc::new(Object::WeakRef(WeakRefObj {
        target: Rc::downgrade(rc),
        callback: RefCell::new(callback),
        hash: Cell::new(None),
    }));
    if has_callback {
        crate::gc::register_callback(a, &r);
    } else {
        PLAIN.with(|p| p.borrow_mut().insert(a, Rc::downgrade(&r)));
    }
    Ok(Value::Obj(r))
}

/// `weakref.getweakrefcount(object)`.
fn weakref_count(_: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    let Some(Value::Obj(rc)) = args.first() else {
        return Ok(Value::Int(0));
    };
    Ok(Value::Int(
        Rc::weak_count(rc) as i64 - i64::from(crate::gc::is_container(rc)),
    ))
}

/// Calling a weak reference: its referent or `None`.
pub(crate) fn call(w: &WeakRefObj, args: &[Value], kwargs: Kw) -> PyResult<Value> {
    if !args.is_empty() || !kwargs.is_empty() {
        return Err(type_error(format!(
            "weakref expected 0 arguments, got {}",
            args.len() + kwargs.len()
        )));
    }
    Ok(w.target.upgrade().map_or(Value::None, Value::Obj))
}

/// `a == b` for weak references: their referents' equality while both
/// live, identity otherwise.
pub(crate) fn eq(x: &WeakRefObj, y: &WeakRefObj, a: &Value, b: &Value) -> PyResult<bool> {
    match (x.target.upgrade(), y.target.upgrade()) {
        (Some(p), Some(q)) => crate::compare::eq(&Value::Obj(p), &Value::Obj(q)),
        _ => Ok(a.is(b)),
    }
}

/// `hash(ref)`: the referent's hash (kept once computed).
pub(crate) fn hash(w: &WeakRefObj) -> PyResult<i64> {
    if let Some(h) = w.hash.get() {
        return Ok(h);
    }
    let Some(target) = w.target.upgrade() else {
        return Err(type_error("weak object has gone away"));
    };
    let target = Value::Obj(target);
    let h = crate::set::py_hash(&target).ok_or_else(|| {
        PyErr::msg(
            crate::exception::ExcKind::TypeError,
            format!("unhashable type: '{}'", type_name(&target)),
        )
    })?;
    w.hash.set(Some(h));
    Ok(h)
}

/// `repr(ref)`.
pub(crate) fn repr(w: &WeakRefObj, own: *const Object) -> String {
    match w.target.upgrade() {
        Some(t) => format!(
            "<weakref at {:#x}; to '{}' at {:#x}>",
            own as usize,
            type_name(&Value::Obj(t.clone())),
            Rc::as_ptr(&t) as *const u8 as usize
        ),
        None => format!("<weakref at {:#x}; dead>", own as usize),
    }
}
