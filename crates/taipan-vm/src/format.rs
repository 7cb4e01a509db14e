//! `repr()` and `str()` of values, as CPython prints them.

use taipan_ast::repr::{float_repr, str_repr};
use taipan_ast::Wtf8Buf;

use crate::exception::{ExcKind, PyResult};
use crate::types::type_name;
use crate::value::{Object, Value};

thread_local! {
    /// The containers whose `repr` is being computed (a list that contains
    /// itself shows as `[...]`, as in CPython's `Py_ReprEnter`).
    static REPR_ACTIVE: std::cell::RefCell<Vec<usize>> = const { std::cell::RefCell::new(Vec::new()) };
}

/// Run `f` unless `value`'s container is already being shown, in which
/// case return `placeholder`.
pub(crate) fn guard_repr(
    value: &Value,
    placeholder: &str,
    f: impl FnOnce() -> PyResult<String>,
) -> PyResult<String> {
    let Value::Obj(o) = value else { return f() };
    let key = std::rc::Rc::as_ptr(o) as usize;
    let entered = REPR_ACTIVE.with(|a| {
        let mut a = a.borrow_mut();
        if a.contains(&key) {
            false
        } else {
            a.push(key);
            true
        }
    });
    if !entered {
        return Ok(placeholder.to_owned());
    }
    let result = f();
    REPR_ACTIVE.with(|a| a.borrow_mut().retain(|&k| k != key));
    result
}

/// The end of the `RecursionError` message for reprs nested too deep.
pub(crate) const REPR_CONTEXT: &str = " while getting the repr of an object";

/// `repr(value)`.
pub(crate) fn repr(value: &Value) -> PyResult<String> {
    match value {
        Value::Obj(_) => {
            crate::depth::nested(" while getting the repr of an object", || repr_of(value))
        }
        _ => repr_of(value),
    }
}

/// The body of [`repr`], one nesting level.
fn repr_of(value: &Value) -> PyResult<String> {
    Ok(match value {
        Value::Null | Value::None => "None".to_owned(),
        Value::Bool(true) => "True".to_owned(),
        Value::Bool(false) => "False".to_owned(),
        Value::Int(i) => i.to_string(),
        Value::Float(f) => float_repr(*f),
        Value::Obj(o) => match &**o {
            Object::Str(s) => {
                let mut w = Wtf8Buf::new();
                w.push_str(s);
                str_repr(&w)
            }
            Object::BigInt(b) => big_to_string(b)?,
            Object::Complex(re, im) => taipan_ast::repr::complex_repr(*re, *im),
            Object::Bytes(b) => taipan_ast::repr::bytes_repr(b),
            Object::ByteArray(b) => {
                format!("bytearray({})", taipan_ast::repr::bytes_repr(&b.borrow()))
            }
            Object::MemoryView(m) => crate::memoryview::repr(m, addr(o)),
            Object::List(items) => guard_repr(value, "[...]", || {
                let items = items.borrow().clone();
                Ok(format!("[{}]", join_reprs(&items)?))
            })?,
            Object::Tuple(items) if items.len() == 1 => format!("({},)", repr(&items[0])?),
            Object::Tuple(items) => format!("({})", join_reprs(items)?),
            Object::Dict(d) => guard_repr(value, "{...}", || {
                let d = d.borrow().clone();
                let mut parts = Vec::new();
                for (k, v) in d.iter() {
                    parts.push(format!("{}: {}", repr(k)?, repr(v)?));
                }
                Ok(format!("{{{}}}", parts.join(", ")))
            })?,
            Object::Set(set) => {
                let frozen = set.borrow().frozen;
                let name = if frozen { "frozenset" } else { "set" };
                let placeholder = format!("{name}(...)");
                guard_repr(value, &placeholder, || {
                    let items = set.borrow().items();
                    match (items.is_empty(), frozen) {
                        (true, _) => Ok(format!("{name}()")),
                        (false, true) => Ok(format!("frozenset({{{}}})", join_reprs(&items)?)),
                        (false, false) => Ok(format!("{{{}}}", join_reprs(&items)?)),
                    }
                })?
            }
            Object::Range(a, b, 1) => format!("range({a}, {b})"),
            Object::BigRange(r) => crate::big_range::repr(r),
            Object::Range(a, b, c) => format!("range({a}, {b}, {c})"),
            Object::Slice(a, b, c) => format!("slice({}, {}, {})", repr(a)?, repr(b)?, repr(c)?),
            Object::Function(f) => format!("<function {} at {:#x}>", f.code.obj.qualname, addr(o)),
            Object::Builtin(b) => format!("<built-in function {}>", b.name),
            Object::FrameBuiltin(b) => format!("<built-in function {}>", b.name),
            Object::BoundMethod(v, b) => format!(
                "<built-in method {} of {} object at {:#x}>",
                b.name,
                type_name(v),
                match v {
                    Value::Obj(o) => addr(o),
                    _ => 0,
                }
            ),
            Object::Code(c) => format!(
                "<code object {} at {:#x}, file \"{}\", line {}>",
                c.obj.name,
                addr(o),
                c.obj.filename,
                c.obj.firstlineno
            ),
            Object::Cell(_) => format!("<cell at {:#x}>", addr(o)),
            Object::Iter(_) => format!("<{} object at {:#x}>", type_name(value), addr(o)),
            Object::Deque(_) => crate::deque::repr_with(value, &mut repr)?,
            Object::Getter(g) => format!("<operator.{} object at {:#x}>", g.name(), addr(o)),
            Object::Exception(e) => {
                let args = e.args.borrow().clone();
                match args.len() {
                    1 => format!("{}({})", type_name(value), repr(&args[0])?),
                    _ => format!("{}({})", type_name(value), join_reprs(&args)?),
                }
            }
            Object::Type(t) => match t.module() {
                "builtins" => format!("<class '{}'>", t.name()),
                module => format!("<class '{module}.{}'>", t.name()),
            },
            Object::NotImplemented => "NotImplemented".to_owned(),
            Object::Ellipsis => "Ellipsis".to_owned(),
            Object::Super(class, this) => format!(
                "<super: <class '{}'>, <{} object>>",
                crate::classes::class_name(class),
                type_name(this)
            ),
            Object::Class(_) | Object::Instance(_) => crate::classes::default_repr(o),
            Object::DictView(kind, d) => {
                let items = kind.items(d);
                format!("{}([{}])", kind.name(), join_reprs(&items)?)
            }
            Object::StaticMethod(_) | Object::ClassMethod(_) | Object::Property(..) => {
                format!("<{} object at {:#x}>", type_name(value), addr(o))
            }
            Object::Module(m) => crate::modules::module_repr(m),
            Object::WeakRef(w) => crate::weakref::repr(w, &**o),
            Object::Generator(g) => format!(
                "<{} object {} at {:#x}>",
                g.kind.name(),
                g.qualname,
                addr(o)
            ),
            Object::Awaitable(a) => format!("<{} object at {:#x}>", a.type_name(), addr(o)),
            Object::TypeAlias(t) => t.name.clone(),
            Object::Traceback(_) => format!("<traceback object at {:#x}>", addr(o)),
            Object::Frame(f) => crate::tb_object::frame_repr(f, addr(o)),
            Object::Method(f, this) => {
                let name = match f.as_obj() {
                    Some(Object::Function(f)) => f.code.obj.qualname.clone(),
                    _ => "?".to_owned(),
                };
                format!("<bound method {name} of {}>", repr(this)?)
            }
        },
    })
}

/// `str(value)`.
pub(crate) fn str(value: &Value) -> PyResult<String> {
    match value {
        Value::Obj(o) => match &**o {
            Object::Str(s) => Ok(s.to_string()),
            Object::Exception(e) => {
                let args = e.args.borrow().clone();
                if let Some(text) = crate::codecs::unicode_error_str(e.kind, &args) {
                    return Ok(text);
                }
                if let Some(text) = crate::exception_group::group_str(e) {
                    return Ok(text);
                }
                if let Some(text) = crate::modules::syntax_error_str(e) {
                    return Ok(text);
                }
                if let Some(text) = crate::modules::os_error_str(e) {
                    return Ok(text);
                }
                match args.len() {
                    0 => Ok(String::new()),
                    1 if e.kind == ExcKind::KeyError => repr(&args[0]),
                    1 => str(&args[0]),
                    _ => repr(&Value::tuple(args)),
                }
            }
            _ => repr(value),
        },
        _ => repr(value),
    }
}

fn join_reprs(items: &[Value]) -> PyResult<String> {
    let parts = items.iter().map(repr).collect::<PyResult<Vec<_>>>()?;
    Ok(parts.join(", "))
}

fn addr(o: &std::rc::Rc<Object>) -> usize {
    std::rc::Rc::as_ptr(o) as usize
}

/// Decimal text of a big int, with CPython's 4300-digit limit.
pub(crate) fn big_to_string(b: &num_bigint::BigInt) -> PyResult<String> {
    crate::int_ops::int_to_decimal(b)
}
