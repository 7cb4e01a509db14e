//! The built-in types: names, and the type of every value.

use crate::exception::ExcKind;
use crate::value::{Object, Value};

/// A built-in type.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TypeKind {
    /// `NoneType`
    NoneType,
    /// `bool`
    Bool,
    /// `int`
    Int,
    /// `float`
    Float,
    /// `complex`
    Complex,
    /// `str`
    Str,
    /// `bytes`
    Bytes,
    /// `bytearray`
    ByteArray,
    /// `memoryview`
    MemoryView,
    /// `list`
    List,
    /// `tuple`
    Tuple,
    /// `dict`
    Dict,
    /// `set`
    Set,
    /// `frozenset`
    FrozenSet,
    /// `range`
    Range,
    /// `slice`
    Slice,
    /// The iterators (`list_iterator`, ...), named by the variant's text.
    Iterator(&'static str),
    /// `function`
    Function,
    /// `builtin_function_or_method`
    BuiltinFunction,
    /// `code`
    Code,
    /// `cell`
    Cell,
    /// `type`
    Type,
    /// An exception class.
    Exception(ExcKind),
    /// An instance of a user class (see `type_name` for its name).
    Instance,
    /// `method`
    Method,
    /// `generator`
    Generator,
    /// `module`
    Module,
    /// `object`
    Object,
    /// `NotImplementedType`
    NotImplementedType,
    /// `ellipsis` (the type of `...`)
    Ellipsis,
    /// `super`
    Super,
    /// `collections.deque`
    Deque,
}

thread_local! {
    /// The `Ellipsis` object (one per thread, so it hashes by identity).
    static ELLIPSIS: std::rc::Rc<Object> = std::rc::Rc::new(Object::Ellipsis);
}

/// `Ellipsis` (`...`).
pub(crate) fn ellipsis() -> Value {
    Value::Obj(ELLIPSIS.with(std::rc::Rc::clone))
}

impl TypeKind {
    /// The module the type belongs to (`__module__`).
    pub fn module(self) -> &'static str {
        match self {
            TypeKind::Iterator("TypeAliasType") => "typing",
            TypeKind::Deque => "collections",
            TypeKind::Iterator(name) if crate::itertools::is_native(name) => {
                crate::itertools::module_of(name)
            }
            _ => "builtins",
        }
    }

    /// `__name__`.
    pub fn name(self) -> &'static str {
        match self {
            TypeKind::NoneType => "NoneType",
            TypeKind::Bool => "bool",
            TypeKind::Int => "int",
            TypeKind::Float => "float",
            TypeKind::Complex => "complex",
            TypeKind::Str => "str",
            TypeKind::Bytes => "bytes",
            TypeKind::ByteArray => "bytearray",
            TypeKind::MemoryView => "memoryview",
            TypeKind::List => "list",
            TypeKind::Tuple => "tuple",
            TypeKind::Dict => "dict",
            TypeKind::Set => "set",
            TypeKind::FrozenSet => "frozenset",
            TypeKind::Range => "range",
            TypeKind::Slice => "slice",
            TypeKind::Iterator(name) => name,
            TypeKind::Function => "function",
            TypeKind::BuiltinFunction => "builtin_function_or_method",
            TypeKind::Code => "code",
            TypeKind::Cell => "cell",
            TypeKind::Type => "type",
            TypeKind::Exception(kind) => kind.name(),
            TypeKind::Instance => "object",
            TypeKind::Method => "method",
            TypeKind::Generator => "generator",
            TypeKind::Module => "module",
            TypeKind::Object => "object",
            TypeKind::NotImplementedType => "NotImplementedType",
            TypeKind::Ellipsis => "ellipsis",
            TypeKind::Super => "super",
            TypeKind::Deque => "deque",
        }
    }
}

/// `type(value)`.
pub(crate) fn type_of(value: &Value) -> TypeKind {
    match value {
        Value::Null | Value::None => TypeKind::NoneType,
        Value::Bool(_) => TypeKind::Bool,
        Value::Int(_) => TypeKind::Int,
        Value::Float(_) => TypeKind::Float,
        Value::Obj(o) => match &**o {
            Object::Str(_) => TypeKind::Str,
            Object::Bytes(_) => TypeKind::Bytes,
            Object::ByteArray(_) => TypeKind::ByteArray,
            Object::MemoryView(_) => TypeKind::MemoryView,
            Object::BigInt(_) => TypeKind::Int,
            Object::Complex(..) => TypeKind::Complex,
            Object::List(_) => TypeKind::List,
            Object::Tuple(_) => TypeKind::Tuple,
            Object::Dict(_) => TypeKind::Dict,
            Object::Set(s) if s.borrow().frozen => TypeKind::FrozenSet,
            Object::Set(_) => TypeKind::Set,
            Object::Range(..) | Object::BigRange(_) => TypeKind::Range,
            Object::Slice(..) => TypeKind::Slice,
            Object::Iter(state) => TypeKind::Iterator(crate::iter::iter_name(&state.borrow())),
            Object::Function(_) => TypeKind::Function,
            Object::Builtin(_) | Object::BoundMethod(..) | Object::FrameBuiltin(_) => {
                TypeKind::BuiltinFunction
            }
            Object::Code(_) => TypeKind::Code,
            Object::Cell(_) => TypeKind::Cell,
            Object::Exception(e) => TypeKind::Exception(e.kind),
            Object::Type(_) | Object::Class(_) => TypeKind::Type,
            Object::Instance(_) => TypeKind::Instance,
            Object::Method(..) => TypeKind::Method,
            Object::Generator(g) if g.kind == crate::generator::GenKind::Generator => {
                TypeKind::Generator
            }
            Object::Generator(g) => TypeKind::Iterator(g.kind.name()),
            Object::Awaitable(a) => TypeKind::Iterator(a.type_name()),
            Object::TypeAlias(_) => TypeKind::Iterator("TypeAliasType"),
            Object::Traceback(_) => TypeKind::Iterator("traceback"),
            Object::Frame(_) => TypeKind::Iterator("frame"),
            Object::Module(_) => TypeKind::Module,
            Object::StaticMethod(_) => TypeKind::Iterator("staticmethod"),
            Object::ClassMethod(_) => TypeKind::Iterator("classmethod"),
            Object::Property(..) => TypeKind::Iterator("property"),
            Object::DictView(kind, _) => TypeKind::Iterator(kind.name()),
            Object::WeakRef(_) => TypeKind::Iterator("ReferenceType"),
            Object::Super(..) => TypeKind::Super,
            Object::NotImplemented => TypeKind::NotImplementedType,
            Object::Ellipsis => TypeKind::Ellipsis,
            Object::Deque(_) => TypeKind::Deque,
            Object::Getter(g) => TypeKind::Iterator(g.name()),
        },
    }
}

/// The name a class shows in messages: its own `__taipan_tp_name__` (set
/// by the embedded library's stand-ins for CPython's C types, e.g.
/// 'datetime.timedelta'), else its `__name__`.
fn shown_class_name(class: &Value) -> String {
    if let Some(Object::Class(c)) = class.as_obj() {
        let key = crate::dict::HashKey::str_key("__taipan_tp_name__");
        if let Some(name) = c.dict.borrow().get(&key).and_then(Value::as_str) {
            return name.to_owned();
        }
    }
    crate::classes::class_name(class)
}

/// `type(value).__name__`.
pub(crate) fn type_name(value: &Value) -> std::borrow::Cow<'static, str> {
    match value.as_obj() {
        Some(Object::Instance(i)) => shown_class_name(&i.class()).into(),
        Some(Object::Class(c)) => crate::classes::class_name(&c.metaclass).into(),
        Some(Object::Exception(e)) if e.class.is_some() => match &e.class {
            Some(class) => crate::classes::class_name(class).into(),
            None => type_of(value).name().into(),
        },
        Some(Object::Deque(_)) => "collections.deque".into(),
        Some(Object::Iter(_) | Object::Getter(_)) => {
            let name = type_of(value).name();
            crate::itertools::qualified_name(name)
                .unwrap_or(name)
                .into()
        }
        _ => type_of(value).name().into(),
    }
}
