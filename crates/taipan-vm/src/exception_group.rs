//! Exception attributes beyond `args` (`StopIteration.value`, the chain,
//! `__notes__`), `add_note`, and exception groups: construction with
//! CPython's checks, `message`/`exceptions`, `split`/`subgroup`/`derive`,
//! and what `except*` needs (`CHECK_EG_MATCH`, the re-raise of what its
//! clauses left: CPython's `_PyExc_PrepReraiseStar`).
//!
//! A group keeps its arguments as given (`args == (message, excs)`);
//! `exceptions` is the tuple of `excs`.

use std::rc::Rc;

use crate::dict::HashKey;
use crate::exception::{type_error, value_error, ExcKind, ExceptionObj, PyResult};
use crate::types::type_name;
use crate::value::{Builtin, NativeFn, Object, Value};
use crate::Vm;

type Kw<'a> = &'a [(Rc<str>, Value)];

/// Whether `kind` is an exception group class.
pub(crate) fn is_group_kind(kind: ExcKind) -> bool {
    kind.is_subclass(ExcKind::BaseExceptionGroup)
}

/// The exception object of `v`.
fn exc(v: &Value) -> Option<&ExceptionObj> {
    match v.as_obj() {
        Some(Object::Exception(e)) => Some(e),
        _ => None,
    }
}

/// The member exceptions of a group (`None` if `v` is not one).
pub(crate) fn members(v: &Value) -> Option<Vec<Value>> {
    let e = exc(v).filter(|e| is_group_kind(e.kind))?;
    let args = e.args.borrow();
    match args.get(1).and_then(Value::as_obj) {
        Some(Object::List(l)) => Some(l.borrow().clone()),
        Some(Object::Tuple(t)) => Some(t.clone()),
        _ => Some(Vec::new()),
    }
}

/// `BaseExceptionGroup(message, excs)` / `ExceptionGroup(...)`.
pub(crate) fn new_group(kind: ExcKind, args: &[Value]) -> PyResult<Value> {
    let [message, excs] = args else {
        return Err(type_error(format!(
            "BaseExceptionGroup.__new__() takes exactly 2 arguments ({} given)",
            args.len()
        )));
    };
    if message.as_str().is_none() {
        return Err(type_error(format!(
            "BaseExceptionGroup.__new__() argument 1 must be str, not {}",
            type_name(message)
        )));
    }
    let items = match excs.as_obj() {
        Some(Object::List(l)) => l.borrow().clone(),
        Some(Object::Tuple(t)) => t.clone(),
        _ => {
            return Err(type_error(
                "second argument (exceptions) must be a sequence",
            ))
        }
    };
    if items.is_empty() {
        return Err(value_error(
            "second argument (exceptions) must be a non-empty sequence",
        ));
    }
    let mut all_exceptions = true;
    for (i, item) in items.iter().enumerate() {
        let Some(e) = exc(item) else {
            return Err(value_error(format!(
                "Item {i} of second argument (exceptions) is not an exception"
            )));
        };
        all_exceptions &= e.kind.is_subclass(ExcKind::Exception);
    }
    let kind = match kind {
        ExcKind::BaseExceptionGroup if all_exceptions => ExcKind::ExceptionGroup,
        ExcKind::ExceptionGroup if !all_exceptions => {
            return Err(type_error(
                "Cannot nest BaseExceptions in an ExceptionGroup",
            ))
        }
        k => k,
    };
    Ok(Value::obj(Object::Exception(Box::new(ExceptionObj::new(
        kind,
        args.to_vec(),
    )))))
}

/// `str()` of a group: `message (N sub-exceptions)`.
pub(crate) fn group_str(e: &ExceptionObj) -> Option<String> {
    if !is_group_kind(e.kind) {
        return None;
    }
    let args = e.args.borrow();
    let message = args.first().and_then(Value::as_str).unwrap_or("");
    let n = match args.get(1).and_then(Value::as_obj) {
        Some(Object::List(l)) => l.borrow().len(),
        Some(Object::Tuple(t)) => t.len(),
        _ => 0,
    };
    let s = if n == 1 { "" } else { "s" };
    Some(format!("{message} ({n} sub-exception{s})"))
}

/// Attributes some exception classes compute (`StopIteration.value`,
/// a group's `message` and `exceptions`), the chain, and the methods
/// every exception has (`add_note`, a group's `split`...).
pub(crate) fn exception_attr(obj: &Value, e: &ExceptionObj, name: &str) -> Option<Value> {
    let group = is_group_kind(e.kind);
    match name {
        "value" if e.kind.is_subclass(ExcKind::StopIteration) => {
            Some(e.args.borrow().first().cloned().unwrap_or(Value::None))
        }
        "message" if group => Some(e.args.borrow().first().cloned().unwrap_or(Value::None)),
        "exceptions" if group => members(obj).map(Value::tuple),
        "__context__" => Some(e.context.borrow().clone().unwrap_or(Value::None)),
        "__cause__" => Some(e.cause.borrow().clone().unwrap_or(Value::None)),
        "__suppress_context__" => Some(Value::Bool(e.suppress_context.get())),
        _ => {
            let (name, func) = METHODS
                .iter()
                .find(|(n, _)| *n == name)
                .filter(|(n, _)| group || *n == "add_note")?;
            Some(Value::obj(Object::BoundMethod(
                obj.clone(),
                Builtin { name, func: *func },
            )))
        }
    }
}

/// The methods of exceptions (`add_note`) and groups.
const METHODS: &[(&str, NativeFn)] = &[
    ("add_note", add_note),
    ("split", eg_split),
    ("subgroup", eg_subgroup),
    ("derive", eg_derive),
];

/// `e.name = value` for the attributes of the exception chain; `false`
/// for other names.
pub(crate) fn store_exception_attr(e: &ExceptionObj, name: &str, value: &Value) -> PyResult<bool> {
    let link = match value {
        Value::None => None,
        v if exc(v).is_some() => Some(v.clone()),
        _ if name == "__cause__" || name == "__context__" => {
            let what = &name[2..name.len() - 2];
            return Err(type_error(format!(
                "exception {what} must be None or derive from BaseException"
            )));
        }
        _ => None,
    };
    match name {
        "__cause__" => {
            *e.cause.borrow_mut() = link;
            e.suppress_context.set(true);
        }
        "__context__" => *e.context.borrow_mut() = link,
        "__suppress_context__" => e.suppress_context.set(matches!(value, Value::Bool(true))),
        _ => return Ok(false),
    }
    Ok(true)
}

/// The notes of `e` (`__notes__`), if any.
pub(crate) fn notes(e: &ExceptionObj) -> Option<Value> {
    e.dict
        .borrow()
        .get(&HashKey::Str(Rc::from("__notes__")))
        .cloned()
}

/// `exc.add_note(note)`.
fn add_note(_: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    let (Some(this), Some(note)) = (args.first(), args.get(1)) else {
        return Err(type_error(format!(
            "BaseException.add_note() takes exactly one argument ({} given)",
            args.len().saturating_sub(1)
        )));
    };
    if note.as_str().is_none() {
        return Err(type_error(format!(
            "add_note() argument must be str, not {}",
            type_name(note)
        )));
    }
    let Some(e) = exc(this) else {
        return Ok(Value::None);
    };
    let existing = notes(e);
    match existing.as_ref().and_then(Value::as_obj) {
        Some(Object::List(l)) => l.borrow_mut().push(note.clone()),
        Some(_) => return Err(type_error("Cannot add note: __notes__ is not a list")),
        None => e
            .dict
            .borrow_mut()
            .set_str(&Rc::from("__notes__"), Value::list(vec![note.clone()])),
    }
    Ok(Value::None)
}

/// A new group like `orig` (same class, message and metadata) holding
/// `excs`.
fn derive_with_metadata(orig: &Value, excs: Vec<Value>) -> PyResult<Value> {
    let Some(e) = exc(orig) else {
        return Ok(Value::None);
    };
    let message = e.args.borrow().first().cloned().unwrap_or(Value::str(""));
    let kind = if e.kind == ExcKind::ExceptionGroup {
        ExcKind::ExceptionGroup
    } else {
        ExcKind::BaseExceptionGroup
    };
    let new = new_group(kind, &[message, Value::list(excs)])?;
    if let Some(n) = exc(&new) {
        n.set_traceback(e.entries());
        *n.cause.borrow_mut() = e.cause.borrow().clone();
        *n.context.borrow_mut() = e.context.borrow().clone();
        n.suppress_context.set(e.suppress_context.get());
        if let Some(notes) = notes(e) {
            n.dict.borrow_mut().set_str(&Rc::from("__notes__"), notes);
        }
    }
    Ok(new)
}

/// What `split`/`subgroup` test each exception with.
enum Matcher<'a> {
    /// A class or tuple of classes.
    Type(&'a Value),
    /// Identity with one of these leaves.
    Leaves(&'a [Value]),
    /// A predicate.
    Call(&'a Value),
}

impl Vm<'_> {
    fn matches(&mut self, m: &Matcher, v: &Value) -> PyResult<bool> {
        match m {
            Matcher::Type(t) => crate::interp::exception_matches(v, t),
            Matcher::Leaves(leaves) => Ok(leaves.iter().any(|l| l.is(v))),
            Matcher::Call(f) => {
                let r = self.call_value(f, vec![v.clone()])?;
                self.truthy(&r)
            }
        }
    }

    /// `eg.split(m)`: `(match, rest)`, each a group or `None`.
    fn split(&mut self, eg: &Value, m: &Matcher) -> PyResult<(Value, Value)> {
        if self.matches(m, eg)? {
            return Ok((eg.clone(), Value::None));
        }
        let Some(items) = members(eg) else {
            return Ok((Value::None, eg.clone()));
        };
        let (mut yes, mut no) = (Vec::new(), Vec::new());
        for item in items {
            let (a, b) = self.split(&item, m)?;
            if !matches!(a, Value::None) {
                yes.push(a);
            }
            if !matches!(b, Value::None) {
                no.push(b);
            }
        }
        let wrap = |v: Vec<Value>| -> PyResult<Value> {
            if v.is_empty() {
                Ok(Value::None)
            } else {
                derive_with_metadata(eg, v)
            }
        };
        Ok((wrap(yes)?, wrap(no)?))
    }

    /// `CHECK_EG_MATCH`: split the exception by the `except*` type:
    /// `(rest, match)`, `match` `None` when nothing matched.
    pub(crate) fn check_eg_match(
        &mut self,
        exc_value: &Value,
        typ: &Value,
    ) -> PyResult<(Value, Value)> {
        check_star_type(typ)?;
        if members(exc_value).is_none() {
            // A naked exception: matched whole, wrapped in a group.
            if crate::interp::exception_matches(exc_value, typ)? {
                let wrapped = new_group(
                    ExcKind::BaseExceptionGroup,
                    &[Value::str(""), Value::tuple(vec![exc_value.clone()])],
                )?;
                if let (Some(w), Some(e)) = (exc(&wrapped), exc(exc_value)) {
                    w.set_traceback(e.entries());
                }
                return Ok((Value::None, wrapped));
            }
            return Ok((exc_value.clone(), Value::None));
        }
        let (matched, rest) = self.split(exc_value, &Matcher::Type(typ))?;
        Ok((rest, matched))
    }

    /// What the `except*` clauses leave to raise: the unhandled and
    /// re-raised parts of `orig` (as one group with its structure), and
    /// the exceptions raised anew.
    pub(crate) fn prep_reraise_star(&mut self, orig: &Value, excs: &Value) -> PyResult<Value> {
        let list = match excs.as_obj() {
            Some(Object::List(l)) => l.borrow().clone(),
            _ => Vec::new(),
        };
        let list: Vec<Value> = list
            .into_iter()
            .filter(|v| !matches!(v, Value::None))
            .collect();
        if list.is_empty() {
            return Ok(Value::None);
        }
        if members(orig).is_none() {
            // A naked exception: whatever was raised first.
            return Ok(list[0].clone());
        }
        let (mut reraised, mut raised) = (Vec::new(), Vec::new());
        for e in list {
            if same_metadata(&e, orig) {
                reraised.push(e);
            } else {
                raised.push(e);
            }
        }
        let mut leaves = Vec::new();
        for r in &reraised {
            collect_leaves(r, &mut leaves);
        }
        let kept = if leaves.is_empty() {
            Value::None
        } else {
            self.split(orig, &Matcher::Leaves(&leaves))?.0
        };
        if raised.is_empty() {
            return Ok(kept);
        }
        if !matches!(kept, Value::None) {
            raised.push(kept);
        }
        if raised.len() == 1 {
            return Ok(raised.remove(0));
        }
        new_group(
            ExcKind::BaseExceptionGroup,
            &[Value::str(""), Value::list(raised)],
        )
    }
}

/// `except*` refuses groups as the type to match.
fn check_star_type(typ: &Value) -> PyResult<()> {
    let items = match typ.as_obj() {
        Some(Object::Tuple(t)) => t.clone(),
        _ => vec![typ.clone()],
    };
    for t in &items {
        if let Some(Object::Type(crate::types::TypeKind::Exception(k))) = t.as_obj() {
            if is_group_kind(*k) {
                return Err(type_error(
                    "catching ExceptionGroup with except* is not allowed. Use except instead.",
                ));
            }
        }
    }
    Ok(())
}

/// Whether `a` carries the metadata of `b` (a part of it re-raised).
fn same_metadata(a: &Value, b: &Value) -> bool {
    let (Some(x), Some(y)) = (exc(a), exc(b)) else {
        return false;
    };
    let same = |p: &Option<Value>, q: &Option<Value>| match (p, q) {
        (Some(p), Some(q)) => p.is(q),
        (None, None) => true,
        _ => false,
    };
    let same_notes = match (notes(x), notes(y)) {
        (Some(p), Some(q)) => p.is(&q),
        (None, None) => true,
        _ => false,
    };
    same(&x.cause.borrow(), &y.cause.borrow())
        && same(&x.context.borrow(), &y.context.borrow())
        && same_notes
        && x.traceback.borrow().len() == y.traceback.borrow().len()
}

/// The leaf exceptions of `v` (itself if not a group).
fn collect_leaves(v: &Value, out: &mut Vec<Value>) {
    match members(v) {
        Some(items) => items.iter().for_each(|i| collect_leaves(i, out)),
        None => out.push(v.clone()),
    }
}

/// The matcher of `split`/`subgroup`'s argument.
fn matcher(arg: Option<&Value>) -> PyResult<Matcher<'_>> {
    match arg {
        Some(v)
            if matches!(
                v.as_obj(),
                Some(Object::Type(_) | Object::Class(_) | Object::Tuple(_))
            ) =>
        {
            Ok(Matcher::Type(v))
        }
        Some(v) => Ok(Matcher::Call(v)),
        None => Err(type_error("split() takes exactly one argument (0 given)")),
    }
}

/// `eg.split(condition)`.
fn eg_split(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    let this = args.first().cloned().unwrap_or(Value::None);
    let m = matcher(args.get(1))?;
    let (a, b) = vm.split(&this, &m)?;
    Ok(Value::tuple(vec![a, b]))
}

/// `eg.subgroup(condition)`.
fn eg_subgroup(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    let this = args.first().cloned().unwrap_or(Value::None);
    let m = matcher(args.get(1))?;
    Ok(vm.split(&this, &m)?.0)
}

/// `eg.derive(excs)`: a group of the same message with other members.
fn eg_derive(_: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    let this = args.first().cloned().unwrap_or(Value::None);
    let Some(e) = exc(&this) else {
        return Ok(Value::None);
    };
    let message = e.args.borrow().first().cloned().unwrap_or(Value::str(""));
    let excs = args.get(1).cloned().unwrap_or(Value::None);
    new_group(ExcKind::BaseExceptionGroup, &[message, excs])
}
