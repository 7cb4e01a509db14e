//! `_bisect`: the binary search loop of `bisect` over lists, native (the
//! Python module checks the arguments and handles other sequences).
//! Comparisons and `key` may run Python code, so the list is borrowed
//! only to read one item at a time.

use std::rc::Rc;

use super::add_functions;
use crate::dict::Dict;
use crate::exception::{type_error, ExcKind, PyErr, PyResult};
use crate::value::{NativeFn, Object, Value};
use crate::Vm;

type Kw<'a> = &'a [(Rc<str>, Value)];

/// Fill the namespace of `_bisect`.
pub(super) fn init(d: &mut Dict) {
    let functions: [(&'static str, NativeFn); 1] = [("search", search)];
    add_functions(d, &functions);
}

/// `search(a, x, lo, hi, key, right)`: the insertion index of `x` in the
/// sorted list `a[lo:hi]`, after equal items if `right`.
fn search(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    let [list, x, lo, hi, key, right] = args else {
        return Err(type_error("search() takes exactly 6 arguments"));
    };
    let list = crate::classes::payload_of(list);
    let (Value::Int(mut lo), Value::Int(mut hi)) = (lo, hi) else {
        return Err(type_error("search() bounds must be ints"));
    };
    let right = matches!(right, Value::Bool(true));
    while lo < hi {
        let mid = lo + (hi - lo) / 2;
        let item = match list.as_obj() {
            Some(Object::List(items)) => usize::try_from(mid)
                .ok()
                .and_then(|i| items.borrow().get(i).cloned()),
            _ => None,
        };
        let Some(mut item) = item else {
            return Err(PyErr::msg(ExcKind::IndexError, "list index out of range"));
        };
        if !matches!(key, Value::None) {
            item = vm.call_value(key, vec![item])?;
        }
        let go_right = if right {
            !vm.less_than(x, &item)?
        } else {
            vm.less_than(&item, x)?
        };
        if go_right {
            lo = mid + 1;
        } else {
            hi = mid;
        }
    }
    Ok(Value::Int(lo))
}
