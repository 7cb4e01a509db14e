//! The constructors of the native `itertools` types (argument checks with
//! CPython's messages), the combinatoric iterators (`product`,
//! `permutations`, `combinations`, `combinations_with_replacement`, lazy
//! index walks as in CPython's `itertoolsmodule.c`) and the `_itertools`
//! module namespace.

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use crate::dict::Dict;
use crate::exception::{type_error, value_error, PyResult};
use crate::itertools::{make, Kind};
use crate::method_args::{bind, Sig, Style};
use crate::types::TypeKind;
use crate::value::{Builtin, Object, Value};
use crate::Vm;

type Kw<'a> = &'a [(Rc<str>, Value)];

/// Which combinatoric iterator.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum CombKind {
    /// `product(*pools)`
    Product,
    /// `permutations(pool, r)`
    Permutations,
    /// `combinations(pool, r)`
    Combinations,
    /// `combinations_with_replacement(pool, r)`
    WithReplacement,
}

/// The state of a combinatoric iterator.
#[derive(Debug)]
pub(crate) struct Comb {
    kind: CombKind,
    /// The pools (`product`) or the one pool.
    pools: Vec<Vec<Value>>,
    r: usize,
    indices: RefCell<Vec<usize>>,
    cycles: RefCell<Vec<usize>>,
    started: Cell<bool>,
    done: Cell<bool>,
}

impl Comb {
    fn new(kind: CombKind, pools: Vec<Vec<Value>>, r: usize) -> Comb {
        Comb {
            kind,
            pools,
            r,
            indices: RefCell::new(Vec::new()),
            cycles: RefCell::new(Vec::new()),
            started: Cell::new(false),
            done: Cell::new(false),
        }
    }

    /// The type name.
    pub(crate) fn name(&self) -> &'static str {
        match self.kind {
            CombKind::Product => "product",
            CombKind::Permutations => "permutations",
            CombKind::Combinations => "combinations",
            CombKind::WithReplacement => "combinations_with_replacement",
        }
    }

    /// Visit the pooled values.
    pub(crate) fn traverse(&self, each: &mut dyn FnMut(&Value)) -> bool {
        self.pools.iter().flatten().for_each(each);
        true
    }

    fn pool(&self) -> &[Value] {
        self.pools.first().map_or(&[], Vec::as_slice)
    }

    /// The tuple the current indices select.
    fn result(&self) -> Value {
        let indices = self.indices.borrow();
        let items = match self.kind {
            CombKind::Product => indices
                .iter()
                .zip(&self.pools)
                .filter_map(|(&i, pool)| pool.get(i).cloned())
                .collect(),
            _ => indices
                .iter()
                .take(self.r)
                .filter_map(|&i| self.pool().get(i).cloned())
                .collect(),
        };
        Value::tuple(items)
    }

    /// The next tuple (no Python code runs).
    pub(crate) fn next(&self) -> Option<Value> {
        if self.done.get() {
            return None;
        }
        let more = if self.started.get() {
            self.step()
        } else {
            self.started.set(true);
            self.first()
        };
        if more {
            Some(self.result())
        } else {
            self.done.set(true);
            None
        }
    }

    fn first(&self) -> bool {
        let n = self.pool().len();
        let r = self.r;
        let (indices, ok) = match self.kind {
            CombKind::Product => (
                vec![0; self.pools.len()],
                self.pools.iter().all(|p| !p.is_empty()),
            ),
            CombKind::Permutations => {
                *self.cycles.borrow_mut() = (0..r.min(n)).map(|i| n - i).collect();
                ((0..n).collect(), r <= n)
            }
            CombKind::Combinations => ((0..r).collect(), r <= n),
            CombKind::WithReplacement => (vec![0; r], n > 0 || r == 0),
        };
        *self.indices.borrow_mut() = indices;
        ok
    }

    fn step(&self) -> bool {
        let mut indices = self.indices.borrow_mut();
        let n = self.pool().len();
        let r = self.r;
        match self.kind {
            CombKind::Product => {
                for i in (0..indices.len()).rev() {
                    let len = self.pools.get(i).map_or(0, Vec::len);
                    indices[i] += 1;
                    if indices[i] < len {
                        return true;
                    }
                    indices[i] = 0;
                }
                false
            }
            CombKind::Permutations => {
                let mut cycles = self.cycles.borrow_mut();
                if n == 0 {
                    return false;
                }
                for i in (0..r).rev() {
                    cycles[i] -= 1;
                    if cycles[i] == 0 {
                        indices[i..].rotate_left(1);
                        cycles[i] = n - i;
                    } else {
                        let j = cycles[i];
                        indices.swap(i, n - j);
                        return true;
                    }
                }
                false
            }
            CombKind::Combinations => {
                let Some(i) = (0..r).rev().find(|&i| indices[i] != i + n - r) else {
                    return false;
                };
                indices[i] += 1;
                for j in i + 1..r {
                    indices[j] = indices[j - 1] + 1;
                }
                true
            }
            CombKind::WithReplacement => {
                let Some(i) = (0..r).rev().find(|&i| indices[i] != n - 1) else {
                    return false;
                };
                let v = indices[i] + 1;
                indices[i..].iter_mut().for_each(|x| *x = v);
                true
            }
        }
    }
}

fn sig(name: &'static str, params: &'static [&'static str], req: usize, style: Style) -> Sig {
    Sig {
        owner: name,
        name,
        params,
        required: req,
        style,
    }
}

fn no_kwargs(name: &str, kw: Kw) -> PyResult<()> {
    if kw.is_empty() {
        Ok(())
    } else {
        Err(type_error(format!("{name}() takes no keyword arguments")))
    }
}

/// An integer argument (`__index__` honoured).
fn int_arg(vm: &mut Vm, v: &Value) -> PyResult<i64> {
    if crate::classes::user_class(v).is_some() {
        let i = vm.index_of(v)?;
        return crate::method_args::index_arg(&i);
    }
    crate::method_args::index_arg(v)
}

/// `name(*args, **kw)` for the native itertools type `name`.
pub(crate) fn construct(vm: &mut Vm, name: &str, args: &[Value], kw: Kw) -> PyResult<Value> {
    match name {
        "count" => count(vm, args, kw),
        "repeat" => repeat(vm, args, kw),
        "cycle" | "pairwise" => {
            no_kwargs(name, kw)?;
            let s = if name == "cycle" {
                sig("cycle", &["iterable"], 1, Style::Positional)
            } else {
                sig("pairwise", &["iterable"], 1, Style::Positional)
            };
            let b = bind(&s, args, kw)?;
            let it = vm.get_iter(b[0].unwrap_or(&Value::None))?;
            Ok(make(if name == "cycle" {
                Kind::Cycle {
                    it: RefCell::new(Some(it)),
                    saved: RefCell::new(Vec::new()),
                    pos: Cell::new(0),
                }
            } else {
                Kind::Pairwise {
                    it: RefCell::new(Some(it)),
                    old: RefCell::new(None),
                }
            }))
        }
        "chain" => {
            no_kwargs("chain", kw)?;
            let source = vm.get_iter(&Value::tuple(args.to_vec()))?;
            Ok(chain_over(source))
        }
        "islice" => islice(vm, args, kw),
        "accumulate" => accumulate(vm, args, kw),
        "batched" => batched(vm, args, kw),
        "compress" => {
            let b = bind(
                &sig("compress", &["data", "selectors"], 2, Style::Keywords),
                args,
                kw,
            )?;
            let data = vm.get_iter(b[0].unwrap_or(&Value::None))?;
            let selectors = vm.get_iter(b[1].unwrap_or(&Value::None))?;
            Ok(make(Kind::Compress { data, selectors }))
        }
        "dropwhile" | "takewhile" | "filterfalse" | "starmap" => two_arg(vm, name, args, kw),
        "zip_longest" => zip_longest(vm, args, kw),
        "product" => product(vm, args, kw),
        "itemgetter" | "attrgetter" | "methodcaller" => crate::operator::construct(name, args, kw),
        _ => combinatoric(vm, name, args, kw),
    }
}

/// A `chain` over the iterables `source` yields.
fn chain_over(source: Value) -> Value {
    make(Kind::Chain {
        source: RefCell::new(Some(source)),
        active: RefCell::new(None),
    })
}

fn count(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let b = bind(
        &sig("count", &["start", "step"], 0, Style::Keywords),
        args,
        kw,
    )?;
    let start = b[0].cloned().unwrap_or(Value::Int(0));
    let step = b[1].cloned().unwrap_or(Value::Int(1));
    for v in [&start, &step] {
        if !is_number(v) {
            return Err(type_error("a number is required"));
        }
    }
    let _ = vm;
    Ok(make(Kind::Count {
        next: RefCell::new(start),
        step,
    }))
}

/// Whether `v` is a number (`PyNumber_Check`, loosely).
fn is_number(v: &Value) -> bool {
    match v {
        Value::Int(_) | Value::Bool(_) | Value::Float(_) => true,
        Value::Obj(o) => match &**o {
            Object::BigInt(_) | Object::Complex(..) => true,
            Object::Instance(_) => crate::classes::user_class(v).is_some_and(|c| {
                [
                    "__index__",
                    "__int__",
                    "__float__",
                    "__add__",
                    "__complex__",
                ]
                .iter()
                .any(|m| crate::classes::lookup_str(&c, m).is_some())
            }),
            _ => false,
        },
        _ => false,
    }
}

fn repeat(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let b = bind(
        &sig("repeat", &["object", "times"], 1, Style::Keywords),
        args,
        kw,
    )?;
    let object = b[0].cloned().unwrap_or(Value::None);
    let times = match b[1] {
        None => None,
        Some(t) => Some(int_arg(vm, t)?.max(0)),
    };
    Ok(make(Kind::Repeat {
        object,
        times: Cell::new(times),
    }))
}

const STOP_MSG: &str =
    "Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize.";
const INDEX_MSG: &str = "Indices for islice() must be None or an integer: 0 <= x <= sys.maxsize.";

/// An `islice` argument as CPython's `PyNumber_AsSsize_t` reads it:
/// `default` for `None`, `-1` for what is not an int that fits.
fn ssize_arg(vm: &mut Vm, v: &Value, default: i64) -> i64 {
    match v {
        Value::None => default,
        Value::Int(i) => *i,
        Value::Bool(b) => i64::from(*b),
        _ if v.as_bigint().is_some() => -1,
        _ if crate::classes::user_class(v).is_some() => vm
            .index_of(v)
            .ok()
            .and_then(|i| crate::method_args::index_arg(&i).ok())
            .unwrap_or(-1),
        _ => -1,
    }
}

fn islice(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    no_kwargs("islice", kw)?;
    let (iterable, rest) = match args {
        [] | [_] => {
            return Err(type_error(format!(
                "islice expected at least 2 arguments, got {}",
                args.len()
            )))
        }
        [first, rest @ ..] if rest.len() <= 3 => (first, rest),
        _ => {
            return Err(type_error(format!(
                "islice expected at most 4 arguments, got {}",
                args.len()
            )))
        }
    };
    let (start, stop_arg) = match rest {
        [stop] => (0, stop),
        [start, stop, ..] => (ssize_arg(vm, start, 0), stop),
        _ => return Err(type_error("islice expected at least 2 arguments, got 1")),
    };
    let stop = ssize_arg(vm, stop_arg, -1);
    if stop == -1 && !matches!(stop_arg, Value::None) {
        return Err(value_error(STOP_MSG));
    }
    if start < 0 || stop < -1 {
        return Err(value_error(INDEX_MSG));
    }
    let step = match rest.get(2) {
        None => 1,
        Some(v) => ssize_arg(vm, v, 1),
    };
    if step < 1 {
        return Err(value_error(
            "Step for islice() must be a positive integer or None.",
        ));
    }
    let it = vm.get_iter(iterable)?;
    Ok(make(Kind::Islice {
        it: RefCell::new(Some(it)),
        next: Cell::new(start as usize),
        stop: (stop >= 0).then_some(stop as usize),
        step: step as usize,
        count: Cell::new(0),
    }))
}

/// At most `max` positional arguments, else CPython's keyword-function
/// message.
fn max_positional(name: &str, args: &[Value], max: usize) -> PyResult<()> {
    if args.len() > max {
        return Err(type_error(format!(
            "{name}() takes at most {max} positional arguments ({} given)",
            args.len()
        )));
    }
    Ok(())
}

fn accumulate(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    max_positional("accumulate", args, 2)?;
    let s = sig(
        "accumulate",
        &["iterable", "func", "initial"],
        1,
        Style::Keywords,
    );
    let b = bind(&s, args, kw)?;
    let it = vm.get_iter(b[0].unwrap_or(&Value::None))?;
    let func = b[1].cloned().unwrap_or(Value::None);
    let initial = b[2].cloned().filter(|v| !matches!(v, Value::None));
    Ok(make(Kind::Accumulate {
        it,
        func,
        total: RefCell::new(None),
        initial: RefCell::new(initial),
    }))
}

fn batched(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    max_positional("batched", args, 2)?;
    let s = sig("batched", &["iterable", "n", "strict"], 2, Style::Keywords);
    let b = bind(&s, args, kw)?;
    let n = int_arg(vm, b[1].unwrap_or(&Value::None))?;
    if n < 1 {
        return Err(value_error("n must be at least one"));
    }
    let strict = match b[2] {
        Some(v) => vm.truthy(v)?,
        None => false,
    };
    let it = vm.get_iter(b[0].unwrap_or(&Value::None))?;
    Ok(make(Kind::Batched {
        it: RefCell::new(Some(it)),
        n: n as usize,
        strict,
    }))
}

fn two_arg(vm: &mut Vm, name: &str, args: &[Value], kw: Kw) -> PyResult<Value> {
    no_kwargs(name, kw)?;
    let [f, iterable] = args else {
        return Err(type_error(format!(
            "{name} expected 2 arguments, got {}",
            args.len()
        )));
    };
    let it = vm.get_iter(iterable)?;
    let f = f.clone();
    Ok(make(match name {
        "dropwhile" => Kind::DropWhile {
            pred: f,
            it,
            dropping: Cell::new(true),
        },
        "takewhile" => Kind::TakeWhile {
            pred: f,
            it,
            stopped: Cell::new(false),
        },
        "filterfalse" => Kind::FilterFalse { pred: f, it },
        _ => Kind::StarMap { func: f, it },
    }))
}

fn zip_longest(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let mut fill = Value::None;
    for (k, v) in kw {
        if &**k != "fillvalue" {
            return Err(type_error(
                "zip_longest() got an unexpected keyword argument",
            ));
        }
        fill = v.clone();
    }
    let mut its = Vec::with_capacity(args.len());
    for a in args {
        its.push(Some(vm.get_iter(a)?));
    }
    let n = its.len();
    Ok(make(Kind::ZipLongest {
        its: RefCell::new(its),
        active: Cell::new(n),
        fill,
    }))
}

fn product(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let mut repeat = 1;
    for (k, v) in kw {
        if &**k != "repeat" {
            return Err(type_error(format!(
                "product() got an unexpected keyword argument '{k}'"
            )));
        }
        repeat = int_arg(vm, v)?;
    }
    if repeat < 0 {
        return Err(value_error("repeat argument cannot be negative"));
    }
    let mut pools = Vec::with_capacity(args.len());
    for a in args {
        pools.push(vm.collect(a)?);
    }
    let total = pools.len().saturating_mul(repeat as usize);
    crate::method_args::alloc_check(total, 16)?;
    let mut all = Vec::with_capacity(total);
    for _ in 0..repeat {
        all.extend(pools.iter().cloned());
    }
    let r = all.len();
    Ok(make(Kind::Comb(Comb::new(CombKind::Product, all, r))))
}

fn combinatoric(vm: &mut Vm, name: &str, args: &[Value], kw: Kw) -> PyResult<Value> {
    let (kind, required, sig_name): (CombKind, usize, &'static str) = match name {
        "permutations" => (CombKind::Permutations, 1, "permutations"),
        "combinations" => (CombKind::Combinations, 2, "combinations"),
        "combinations_with_replacement" => (
            CombKind::WithReplacement,
            2,
            "combinations_with_replacement",
        ),
        _ => return Err(type_error(format!("cannot create '{name}' instances"))),
    };
    if args.len() > 2 {
        return Err(type_error(format!(
            "{sig_name}() takes at most 2 arguments ({} given)",
            args.len()
        )));
    }
    let b = bind(
        &sig(sig_name, &["iterable", "r"], required, Style::Keywords),
        args,
        kw,
    )?;
    let pool = vm.collect(b[0].unwrap_or(&Value::None))?;
    let r = match b[1] {
        None | Some(Value::None) if kind == CombKind::Permutations => pool.len() as i64,
        Some(v) if kind == CombKind::Permutations => {
            let is_int = matches!(v, Value::Int(_) | Value::Bool(_)) || v.as_bigint().is_some();
            if !is_int {
                return Err(type_error("Expected int as r"));
            }
            int_arg(vm, v)?
        }
        Some(v) => int_arg(vm, v)?,
        None => 0,
    };
    if r < 0 {
        return Err(value_error("r must be non-negative"));
    }
    Ok(make(Kind::Comb(Comb::new(kind, vec![pool], r as usize))))
}

/// `chain.from_iterable(iterable)`.
fn from_iterable(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    // Called unbound (on the type) or bound to it: skip the type.
    let args = match args.first().and_then(Value::as_obj) {
        Some(Object::Type(TypeKind::Iterator("chain"))) => &args[1..],
        _ => args,
    };
    let s = Sig {
        owner: "chain",
        name: "from_iterable",
        params: &["iterable"],
        required: 1,
        style: Style::One,
    };
    let b = bind(&s, args, kw)?;
    let source = vm.get_iter(b[0].unwrap_or(&Value::None))?;
    Ok(chain_over(source))
}

/// `T.name` for a native iterator type `T` (`chain.from_iterable`).
pub(crate) fn type_attr(t: &'static str, name: &str) -> Option<Value> {
    match (t, name) {
        ("chain", "from_iterable") => Some(Value::obj(Object::BoundMethod(
            Value::obj(Object::Type(TypeKind::Iterator("chain"))),
            Builtin {
                name: "from_iterable",
                func: from_iterable,
            },
        ))),
        _ => None,
    }
}

/// Fill the `_itertools` module namespace with the native types.
pub(crate) fn init(d: &mut Dict) {
    for name in [
        "count",
        "repeat",
        "cycle",
        "chain",
        "islice",
        "accumulate",
        "batched",
        "compress",
        "dropwhile",
        "takewhile",
        "filterfalse",
        "starmap",
        "pairwise",
        "zip_longest",
        "product",
        "permutations",
        "combinations",
        "combinations_with_replacement",
    ] {
        crate::modules::set(d, name, Value::obj(Object::Type(TypeKind::Iterator(name))));
    }
}
