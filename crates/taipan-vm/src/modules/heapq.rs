//! `_heapq`: the heap functions of `heapq` on lists, min-heaps and the
//! max-heaps new in 3.14 (`heappush_max`...). The sift algorithms are the
//! classic ones (`heapq.py` keeps `merge`, `nlargest`, `nsmallest`).
//! Comparisons may run Python code, so the list is never borrowed across
//! one: items are read and written one at a time, and a list that shrinks
//! meanwhile gives CPython's `RuntimeError` instead of a panic.

use std::rc::Rc;

use super::add_functions;
use crate::dict::Dict;
use crate::exception::{type_error, ExcKind, PyErr, PyResult};
use crate::types::type_name;
use crate::value::{NativeFn, Object, Value};
use crate::Vm;

type Kw<'a> = &'a [(Rc<str>, Value)];

/// Fill the namespace of `_heapq`.
pub(super) fn init(d: &mut Dict) {
    let functions: [(&'static str, NativeFn); 10] = [
        ("heappush", heappush),
        ("heappop", heappop),
        ("heapify", heapify),
        ("heapreplace", heapreplace),
        ("heappushpop", heappushpop),
        ("heappush_max", heappush_max),
        ("heappop_max", heappop_max),
        ("heapify_max", heapify_max),
        ("heapreplace_max", heapreplace_max),
        ("heappushpop_max", heappushpop_max),
    ];
    add_functions(d, &functions);
}

/// The list argument of `func` (a list or a list subclass instance).
fn list_of(func: &str, v: &Value, which: &str) -> PyResult<Value> {
    let list = crate::classes::payload_of(v);
    match list.as_obj() {
        Some(Object::List(_)) => Ok(list),
        _ => {
            let shown = if matches!(v, Value::None) {
                "None".into()
            } else {
                type_name(v)
            };
            Err(type_error(format!(
                "{func}() {which} must be list, not {shown}"
            )))
        }
    }
}

/// The exact positional arguments of `func`, no keywords.
fn exact<'a>(func: &str, args: &'a [Value], kw: Kw, n: usize) -> PyResult<&'a [Value]> {
    if !kw.is_empty() {
        return Err(type_error(format!(
            "_heapq.{func}() takes no keyword arguments"
        )));
    }
    if args.len() != n {
        return Err(type_error(if n == 1 {
            format!(
                "_heapq.{func}() takes exactly one argument ({} given)",
                args.len()
            )
        } else {
            format!("{func} expected {n} arguments, got {}", args.len())
        }));
    }
    Ok(args)
}

fn changed() -> Box<PyErr> {
    PyErr::msg(ExcKind::RuntimeError, "list changed size during iteration")
}

fn len(list: &Value) -> usize {
    match list.as_obj() {
        Some(Object::List(items)) => items.borrow().len(),
        _ => 0,
    }
}

fn get(list: &Value, i: usize) -> PyResult<Value> {
    match list.as_obj() {
        Some(Object::List(items)) => items.borrow().get(i).cloned().ok_or_else(changed),
        _ => Err(changed()),
    }
}

fn set(list: &Value, i: usize, v: Value) -> PyResult<()> {
    if let Some(Object::List(items)) = list.as_obj() {
        if let Some(slot) = items.borrow_mut().get_mut(i) {
            *slot = v;
            return Ok(());
        }
    }
    Err(changed())
}

/// `a` comes before `b` in the heap order.
fn before(vm: &mut Vm, a: &Value, b: &Value, max: bool) -> PyResult<bool> {
    if max {
        vm.less_than(b, a)
    } else {
        vm.less_than(a, b)
    }
}

/// Move the item at `pos` up towards `start` while it comes before its parent.
fn sift_down(vm: &mut Vm, list: &Value, start: usize, mut pos: usize, max: bool) -> PyResult<()> {
    let item = get(list, pos)?;
    while pos > start {
        let parent_pos = (pos - 1) >> 1;
        let parent = get(list, parent_pos)?;
        if !before(vm, &item, &parent, max)? {
            break;
        }
        set(list, pos, parent)?;
        pos = parent_pos;
    }
    set(list, pos, item)
}

/// Move the smaller child up from `pos` down to a leaf, put the item
/// there, then sift it back towards `pos`.
fn sift_up(vm: &mut Vm, list: &Value, mut pos: usize, max: bool) -> PyResult<()> {
    let end = len(list);
    let start = pos;
    let item = get(list, pos)?;
    let mut child = 2 * pos + 1;
    while child < end {
        let right = child + 1;
        if right < end {
            let (c, r) = (get(list, child)?, get(list, right)?);
            if !before(vm, &c, &r, max)? {
                child = right;
            }
        }
        set(list, pos, get(list, child)?)?;
        pos = child;
        child = 2 * pos + 1;
    }
    set(list, pos, item)?;
    sift_down(vm, list, start, pos, max)
}

fn push(vm: &mut Vm, func: &str, args: &[Value], kw: Kw, max: bool) -> PyResult<Value> {
    let args = exact(func, args, kw, 2)?;
    let list = list_of(func, &args[0], "argument 1")?;
    if let Some(Object::List(items)) = list.as_obj() {
        items.borrow_mut().push(args[1].clone());
    }
    sift_down(vm, &list, 0, len(&list).saturating_sub(1), max)?;
    Ok(Value::None)
}

fn pop(vm: &mut Vm, func: &str, args: &[Value], kw: Kw, max: bool) -> PyResult<Value> {
    let args = exact(func, args, kw, 1)?;
    let list = list_of(func, &args[0], "argument")?;
    let last = match list.as_obj() {
        Some(Object::List(items)) => items.borrow_mut().pop(),
        _ => None,
    };
    let Some(last) = last else {
        return Err(PyErr::msg(ExcKind::IndexError, "index out of range"));
    };
    if len(&list) == 0 {
        return Ok(last);
    }
    let top = get(&list, 0)?;
    set(&list, 0, last)?;
    sift_up(vm, &list, 0, max)?;
    Ok(top)
}

fn replace(vm: &mut Vm, func: &str, args: &[Value], kw: Kw, max: bool) -> PyResult<Value> {
    let args = exact(func, args, kw, 2)?;
    let list = list_of(func, &args[0], "argument 1")?;
    if len(&list) == 0 {
        return Err(PyErr::msg(ExcKind::IndexError, "index out of range"));
    }
    let top = get(&list, 0)?;
    set(&list, 0, args[1].clone())?;
    sift_up(vm, &list, 0, max)?;
    Ok(top)
}

fn push_pop(vm: &mut Vm, func: &str, args: &[Value], kw: Kw, max: bool) -> PyResult<Value> {
    let args = exact(func, args, kw, 2)?;
    let list = list_of(func, &args[0], "argument 1")?;
    let item = args[1].clone();
    if len(&list) == 0 {
        return Ok(item);
    }
    let top = get(&list, 0)?;
    if !before(vm, &top, &item, max)? {
        return Ok(item);
    }
    set(&list, 0, item)?;
    sift_up(vm, &list, 0, max)?;
    Ok(top)
}

fn make_heap(vm: &mut Vm, func: &str, args: &[Value], kw: Kw, max: bool) -> PyResult<Value> {
    let args = exact(func, args, kw, 1)?;
    let list = list_of(func, &args[0], "argument")?;
    for i in (0..len(&list) / 2).rev() {
        sift_up(vm, &list, i, max)?;
    }
    Ok(Value::None)
}

/// `heappush(heap, item)`.
fn heappush(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    push(vm, "heappush", args, kw, false)
}

/// `heappop(heap)`.
fn heappop(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    pop(vm, "heappop", args, kw, false)
}

/// `heapify(heap)`.
fn heapify(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    make_heap(vm, "heapify", args, kw, false)
}

/// `heapreplace(heap, item)`.
fn heapreplace(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    replace(vm, "heapreplace", args, kw, false)
}

/// `heappushpop(heap, item)`.
fn heappushpop(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    push_pop(vm, "heappushpop", args, kw, false)
}

/// `heappush_max(heap, item)`.
fn heappush_max(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    push(vm, "heappush_max", args, kw, true)
}

/// `heappop_max(heap)`.
fn heappop_max(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    pop(vm, "heappop_max", args, kw, true)
}

/// `heapify_max(heap)`.
fn heapify_max(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    make_heap(vm, "heapify_max", args, kw, true)
}

/// `heapreplace_max(heap, item)`.
fn heapreplace_max(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    replace(vm, "heapreplace_max", args, kw, true)
}

/// `heappushpop_max(heap, item)`.
fn heappushpop_max(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    push_pop(vm, "heappushpop_max", args, kw, true)
}
