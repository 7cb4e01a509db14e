//! Values and heap objects.
//!
//! A [`Value`] is 16 bytes: a tag and eight bytes of payload. Small ints
//! (`i64`) and floats are stored unboxed, as are `None` and the bools, so
//! arithmetic and comparisons on them allocate nothing. Everything else
//! lives on the heap behind an `Rc<Object>`: reference counting frees an
//! object the moment its last reference goes, as CPython does (so
//! `__del__` and file closing will be deterministic). Ints that overflow
//! `i64` become a `BigInt` object and results that fit go back to `Int`,
//! so each int has exactly one representation.
//!
//! Cycles (a list containing itself) are reclaimed by the cycle collector
//! (`gc.rs`): [`Value::obj`] registers the containers that can form them.

use std::cell::RefCell;
use std::rc::Rc;

use num_bigint::BigInt;
use num_traits::ToPrimitive;

use crate::code::Code;
use crate::dict::Dict;
use crate::exception::ExceptionObj;
use crate::types::TypeKind;

/// A Python value.
#[derive(Clone, Debug)]
#[repr(u64)]
pub enum Value {
    /// The null marker of `PUSH_NULL` and of unbound local slots; never
    /// visible to Python code.
    Null,
    /// `None`
    None,
    /// `True`/`False`
    Bool(bool),
    /// An int that fits 64 bits.
    Int(i64),
    /// A float.
    Float(f64),
    /// Anything else.
    Obj(Rc<Object>),
}

/// A native function: the VM, positional arguments, keyword arguments.
pub(crate) type NativeFn =
    fn(&mut crate::Vm, &[Value], &[(Rc<str>, Value)]) -> crate::PyResult<Value>;

/// A built-in function or method.
#[derive(Clone, Debug)]
pub struct Builtin {
    /// Its `__name__`.
    pub name: &'static str,
    /// The implementation.
    pub func: NativeFn,
}

/// A native function that reads the calling Python frame (`globals()`,
/// `locals()`, `exec`...): `None` when called from native code.
pub(crate) type FrameFn = fn(
    &mut crate::Vm,
    Option<&crate::frame::Frame>,
    &[Value],
    &[(Rc<str>, Value)],
) -> crate::PyResult<Value>;

/// A built-in function that reads its caller's frame.
#[derive(Clone, Debug)]
pub struct FrameBuiltin {
    /// Its `__name__`.
    pub name: &'static str,
    /// The implementation.
    pub func: FrameFn,
}

/// A Python function: code plus what `MAKE_FUNCTION` and
/// `SET_FUNCTION_ATTRIBUTE` attach.
#[derive(Clone, Debug)]
pub struct Function {
    /// The compiled body.
    pub code: Rc<Code>,
    /// The module namespace it runs in.
    pub globals: crate::namespace::Namespace,
    /// Default values of the last positional parameters.
    pub defaults: Vec<Value>,
    /// Defaults of keyword-only parameters.
    pub kwdefaults: Vec<(Rc<str>, Value)>,
    /// The cells of its free variables.
    pub closure: Vec<Value>,
    /// Its `__dict__`: attributes set on it (`f.cache = ...`, and
    /// `__name__`/`__qualname__`/`__doc__` when reassigned).
    pub dict: RefCell<Dict>,
}

/// The state of an iterator.
#[derive(Clone, Debug)]
pub enum IterState {
    /// Over a list, tuple or dict keys snapshot: the sequence and position.
    Seq(Rc<Object>, usize),
    /// Over a range.
    Range { next: i64, stop: i64, step: i64 },
    /// Over precomputed items (a tuple), shown as `name` (`enumerate`,
    /// `zip`, `reversed`: computed eagerly for now).
    Derived(&'static str, Rc<Object>, usize),
    /// Over the characters of a string.
    Chars(Rc<Object>, usize),
    /// A lazy built-in iterator (`map`, `zip`, ...), advanced by the VM.
    Lazy(crate::builtins::LazyIter),
    /// Over a dict's keys, values or items: the dict, the next entry
    /// slot, and its size when iteration began.
    Dict(Rc<Object>, ViewKind, usize, usize),
    /// Over a set: the set, the next table slot, its size at the start.
    Set(Rc<Object>, usize, usize),
}

/// Which view of a dict.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ViewKind {
    /// `dict_keys`
    Keys,
    /// `dict_values`
    Values,
    /// `dict_items`
    Items,
}

impl ViewKind {
    /// The type name.
    pub fn name(self) -> &'static str {
        match self {
            ViewKind::Keys => "dict_keys",
            ViewKind::Values => "dict_values",
            ViewKind::Items => "dict_items",
        }
    }

    /// The items the view shows, in order.
    pub fn items(self, dict: &Value) -> Vec<Value> {
        let Some(Object::Dict(d)) = dict.as_obj() else {
            return Vec::new();
        };
        let d = d.borrow();
        match self {
            ViewKind::Keys => d.iter().map(|(k, _)| k.clone()).collect(),
            ViewKind::Values => d.iter().map(|(_, v)| v.clone()).collect(),
            ViewKind::Items => d
                .iter()
                .map(|(k, v)| Value::tuple(vec![k.clone(), v.clone()]))
                .collect(),
        }
    }
}

/// A heap object.
#[derive(Debug)]
pub enum Object {
    /// `str`
    Str(crate::str_obj::PyStr),
    /// `bytes`
    Bytes(Box<[u8]>),
    /// `bytearray`
    ByteArray(RefCell<Vec<u8>>),
    /// `memoryview`
    MemoryView(crate::memoryview::MemoryViewObj),
    /// An `int` too big for `i64`.
    BigInt(BigInt),
    /// `complex(real, imag)`
    Complex(f64, f64),
    /// `list`
    List(RefCell<Vec<Value>>),
    /// `tuple`
    Tuple(Vec<Value>),
    /// `dict`
    Dict(RefCell<Dict>),
    /// `set`
    Set(RefCell<crate::set::SetObj>),
    /// `range(start, stop, step)`
    Range(i64, i64, i64),
    /// `slice(start, stop, step)`
    Slice(Value, Value, Value),
    /// An iterator.
    Iter(RefCell<IterState>),
    /// A Python function.
    Function(Box<Function>),
    /// A built-in function.
    Builtin(Builtin),
    /// A built-in method bound to its object.
    BoundMethod(Value, Builtin),
    /// A built-in function reading its caller's frame.
    FrameBuiltin(FrameBuiltin),
    /// A code object.
    Code(Rc<Code>),
    /// A closure cell.
    Cell(RefCell<Value>),
    /// An exception instance.
    Exception(Box<ExceptionObj>),
    /// A built-in type (`int`, `ValueError`).
    Type(TypeKind),
    /// A class made by a `class` statement.
    Class(Box<crate::classes::ClassObj>),
    /// An instance of such a class.
    Instance(crate::classes::InstanceObj),
    /// A Python function bound to an instance: `(function, self)`.
    Method(Value, Value),
    /// A module.
    Module(crate::modules::ModuleObj),
    /// `staticmethod(f)`
    StaticMethod(Value),
    /// `classmethod(f)`
    ClassMethod(Value),
    /// `property(fget, fset)`
    Property(Value, Value),
    /// `dict.keys()`, `.values()` or `.items()` of the dict it holds.
    DictView(ViewKind, Value),
    /// A generator: a suspended frame.
    Generator(Box<crate::generator::GeneratorObj>),
    /// `weakref.ref(obj)`
    WeakRef(crate::weakref::WeakRefObj),
    /// `super(class, obj)`: the class to start after and the object.
    Super(Value, Value),
    /// `NotImplemented`
    NotImplemented,
    /// `Ellipsis` (`...`)
    Ellipsis,
    /// A `range` whose numbers do not all fit 64 bits.
    BigRange(Box<crate::big_range::BigRangeObj>),
    /// A native awaitable: an `asyncio` future or task, the iterator of
    /// an `await`, `asyncio.sleep()`, an async generator's `__anext__()`.
    Awaitable(crate::coro::AwaitableObj),
    /// `type X = ...`
    TypeAlias(crate::type_alias::TypeAliasObj),
    /// `collections.deque`
    Deque(Box<crate::deque::DequeObj>),
    /// A `traceback` object (`e.__traceback__`).
    Traceback(Box<crate::tb_object::TracebackObj>),
    /// A `frame` object (`tb_frame`, `sys._getframe()`).
    Frame(Box<crate::tb_object::FrameObj>),
    /// `operator.itemgetter`, `attrgetter` or `methodcaller`
    Getter(Box<crate::operator::GetterObj>),
}

impl Value {
    /// A new heap value (containers are tracked by the cycle collector).
    pub fn obj(object: Object) -> Value {
        let tracked = crate::gc::is_container(&object);
        let rc = Rc::new(object);
        if tracked {
            crate::gc::track(&rc);
        }
        Value::Obj(rc)
    }

    /// A `str` value.
    pub fn str(s: impl Into<Box<str>>) -> Value {
        Value::obj(Object::Str(crate::str_obj::PyStr::from(s.into())))
    }

    /// An int from a big int, unboxed when it fits.
    pub fn from_bigint(b: BigInt) -> Value {
        match b.to_i64() {
            Some(i) => Value::Int(i),
            None => Value::obj(Object::BigInt(b)),
        }
    }

    /// A `list` value.
    pub fn list(items: Vec<Value>) -> Value {
        Value::obj(Object::List(RefCell::new(items)))
    }

    /// A `tuple` value.
    pub fn tuple(items: Vec<Value>) -> Value {
        Value::obj(Object::Tuple(items))
    }

    /// The string, if this is a `str`.
    pub fn as_str(&self) -> Option<&str> {
        match self {
            Value::Obj(o) => match &**o {
                Object::Str(s) => Some(s),
                _ => None,
            },
            _ => None,
        }
    }

    /// The heap object, if any.
    pub fn as_obj(&self) -> Option<&Object> {
        match self {
            Value::Obj(o) => Some(o),
            _ => None,
        }
    }

    /// The value as a big int, if it is an int (or bool).
    pub fn as_bigint(&self) -> Option<BigInt> {
        match self {
            Value::Int(i) => Some(BigInt::from(*i)),
            Value::Bool(b) => Some(BigInt::from(*b as i64)),
            Value::Obj(o) => match &**o {
                Object::BigInt(b) => Some(b.clone()),
                _ => None,
            },
            _ => None,
        }
    }

    /// Identity (`is`).
    pub fn is(&self, other: &Value) -> bool {
        match (self, other) {
            (Value::None, Value::None) | (Value::Null, Value::Null) => true,
            (Value::Bool(a), Value::Bool(b)) => a == b,
            (Value::Int(a), Value::Int(b)) => a == b,
            (Value::Float(a), Value::Float(b)) => a.to_bits() == b.to_bits(),
            (Value::Obj(a), Value::Obj(b)) => Rc::ptr_eq(a, b) || same_singleton(a, b),
            _ => false,
        }
    }
}

/// Whether two distinct allocations stand for the same Python object:
/// a built-in type (`int`) or `NotImplemented`, which are made afresh
/// where they are needed.
fn same_singleton(a: &Object, b: &Object) -> bool {
    match (a, b) {
        (Object::Type(x), Object::Type(y)) => x == y,
        (Object::NotImplemented, Object::NotImplemented) => true,
        (Object::Ellipsis, Object::Ellipsis) => true,
        _ => false,
    }
}

/// The identity (`id`-like number) of the objects that are made afresh
/// where needed but are one Python object (built-in types,
/// `NotImplemented`), so they hash alike; `None` for other objects.
pub(crate) fn singleton_identity(o: &Object) -> Option<i64> {
    const BASE: i64 = 0x7e57_0000_0000;
    match o {
        Object::Type(k) => {
            // Distinct built-in types have distinct names.
            let name_hash = k.name().bytes().fold(0xcbf2_9ce4_u32, |h, b| {
                (h ^ u32::from(b)).wrapping_mul(0x0100_0193)
            });
            Some(BASE + (i64::from(name_hash) << 4))
        }
        Object::NotImplemented => Some(BASE - 16),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn value_is_16_bytes() {
        assert_eq!(std::mem::size_of::<super::Value>(), 16);
    }

    /// Every heap value allocates an `Object`: large variants are boxed
    /// so that a str or tuple does not pay for the largest one.
    #[test]
    fn object_is_small() {
        assert!(std::mem::size_of::<super::Object>() <= 128);
    }
}
