//! `Namespace`: a dict shared by reference between the interpreter and
//! Python code — module globals, class bodies' namespaces, the dicts given
//! to `exec`/`eval`. It is an ordinary dict object (`Object::Dict`), so
//! `globals()` returns the module dict itself and a dict passed to `exec`
//! becomes the `__globals__` of the functions defined there.

use std::cell::RefCell;
use std::ops::Deref;
use std::rc::Rc;

use crate::dict::Dict;
use crate::value::{Object, Value};

/// A dict object used as a namespace (always an `Object::Dict`).
#[derive(Clone, Debug)]
pub struct Namespace(Rc<Object>);

impl Namespace {
    /// A fresh namespace holding `d` (not tracked by the cycle collector,
    /// like the namespaces the interpreter makes itself).
    pub fn new(d: Dict) -> Namespace {
        Namespace(Rc::new(Object::Dict(RefCell::new(d))))
    }

    /// The dict object `v` as a namespace, if it is one.
    pub fn from_value(v: &Value) -> Option<Namespace> {
        match v {
            Value::Obj(o) if matches!(**o, Object::Dict(_)) => Some(Namespace(o.clone())),
            _ => None,
        }
    }

    /// The dict as a Python value (the same object).
    pub fn to_value(&self) -> Value {
        Value::Obj(self.0.clone())
    }

    /// Whether both are the same dict.
    pub fn ptr_eq(&self, other: &Namespace) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

impl Deref for Namespace {
    type Target = RefCell<Dict>;

    fn deref(&self) -> &RefCell<Dict> {
        match &*self.0 {
            Object::Dict(d) => d,
            // Both constructors make or check an `Object::Dict`, and the
            // field is private.
            _ => unreachable!("a namespace is always a dict"),
        }
    }
}
