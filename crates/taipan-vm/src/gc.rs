//! The cycle collector.
//!
//! Memory is reference counted (`Rc<Object>`): an object dies the moment
//! its last reference goes, as in CPython. Reference counting alone never
//! frees a cycle (a list that contains itself), so the objects that can
//! take part in one — the containers: lists, dicts, sets, tuples holding
//! containers, functions, cells, classes, instances, methods, exceptions,
//! generators, iterators, modules — are *tracked*: [`Value::obj`] pushes a
//! `Weak` reference to each new container on a thread-local list (one
//! push; strings, numbers and bytes are never tracked).
//!
//! A collection is CPython's trial deletion, done in safe Rust:
//!
//! 1. upgrade the tracked weak references of the generation collected
//!    (dead ones are dropped, which also releases their allocation);
//! 2. for each object, `gc_refs = strong_count - 1` (our own upgrade)
//!    minus the references held by the *other candidates* ([`traverse`]
//!    visits the children of each kind of object);
//! 3. an object with `gc_refs > 0` is referenced from outside the set —
//!    a frame's stack or locals, a module's globals, the VM, an untracked
//!    object, an older generation — so it and everything reachable from
//!    it is alive;
//! 4. the rest is cyclic garbage: the mutable parts of each garbage object
//!    (list items, dict entries, cell contents, instance dicts, generator
//!    frames...) are taken out and dropped, which breaks every cycle (a
//!    cycle always goes through something mutated after creation), and
//!    reference counting frees the objects.
//!
//! Anything the collector cannot see (an object kind it does not traverse,
//! a `RefCell` borrowed at that moment) counts as an outside reference, so
//! the collector may miss garbage but never frees a live object.
//!
//! **Generations.** New objects are *young*; a collection of the young
//! runs after `threshold0` (2000) container allocations, as CPython's
//! `gc.get_threshold()` says, and its survivors become *old*. References
//! from old objects into the young count as outside references. The old
//! generation is collected with the young once `threshold1` young
//! collections have passed and the survivors added since the last full
//! collection exceed a quarter of the old generation (CPython's rule), so
//! a program building many long-lived objects stays linear. Each young
//! collection also sweeps a slice of the old list for dead entries (an
//! `Rc` allocation is only returned once its last `Weak` goes), so memory
//! stays bounded.
//!
//! **Finalizers** (PEP 442). An instance whose class defines `__del__`
//! is finalized once: when reference counting frees it, its `Drop` moves
//! its class and attributes into a fresh object queued for `__del__`
//! (safe Rust cannot resurrect the dying allocation itself); when a
//! collection finds it in cyclic garbage, the whole garbage set is kept,
//! its instances are queued and marked finalized, and the next collection
//! frees whatever the finalizers did not resurrect. The VM runs the queue
//! (`Vm::run_pending`) at its safe points: calls, backward jumps and
//! `gc.collect()`. Weak reference callbacks (module `weakref`) go through
//! the same queue.

use std::cell::{Cell, RefCell};
use std::collections::{HashMap, HashSet};
use std::rc::{Rc, Weak};

use crate::classes::InstanceObj;
use crate::dict::{Dict, HashKey};
use crate::value::{IterState, Object, Value};
use crate::Vm;

/// How many young entries are added between two prunings.
const PRUNE_EVERY: usize = 256;

/// CPython's default thresholds.
const DEFAULT_THRESHOLDS: (usize, usize, usize) = (2000, 10, 0);

/// The tracked objects and the collector's settings.
struct Heap {
    young: Vec<Weak<Object>>,
    old: Vec<Weak<Object>>,
    /// Survivors moved to `old` since the last full collection.
    old_pending: usize,
    /// Size of `old` after the last full collection.
    old_total: usize,
    /// `young[..pruned]` had no dead entry at the last pruning.
    pruned: usize,
    /// Young collections since the last full one.
    young_collections: usize,
    /// Where the incremental sweep of `old` resumes.
    sweep_at: usize,
    thresholds: (usize, usize, usize),
    enabled: bool,
    collecting: bool,
}

impl Default for Heap {
    fn default() -> Heap {
        Heap {
            young: Vec::new(),
            old: Vec::new(),
            old_pending: 0,
            old_total: 0,
            pruned: 0,
            young_collections: 0,
            sweep_at: 0,
            thresholds: DEFAULT_THRESHOLDS,
            enabled: true,
            collecting: false,
        }
    }
}

/// Work queued for the VM: finalizers and weak reference callbacks.
pub(crate) enum Pending {
    /// Call `__del__` of this instance.
    Del(Value),
    /// Call this callback with this weak reference.
    Callback(Value, Value),
    /// Close this generator (freed while suspended inside a handler).
    Close(Value),
}

/// Finalization state.
#[derive(Default)]
struct Finals {
    queue: std::collections::VecDeque<Pending>,
    /// Addresses of live instances whose `__del__` has been called (or
    /// queued).
    finalized: HashSet<usize>,
    /// Weak reference objects with a callback, by their referent's address.
    callbacks: HashMap<usize, Vec<Weak<Object>>>,
}

thread_local! {
    static HEAP: RefCell<Heap> = RefCell::new(Heap::default());
    static FINALS: RefCell<Finals> = RefCell::new(Finals::default());
    static PENDING: Cell<bool> = const { Cell::new(false) };
    static DEL_KEY: HashKey = HashKey::Str(Rc::from("__del__"));
}

/// Whether an object of this kind can take part in a cycle (and so is
/// tracked when created).
pub(crate) fn is_container(object: &Object) -> bool {
    match object {
        Object::List(_)
        | Object::Dict(_)
        | Object::Set(_)
        | Object::Function(_)
        | Object::Cell(_)
        | Object::Class(_)
        | Object::Instance(_)
        | Object::Method(..)
        | Object::Exception(_)
        | Object::Generator(_)
        | Object::Iter(_)
        | Object::Module(_)
        | Object::StaticMethod(_)
        | Object::ClassMethod(_)
        | Object::Property(..)
        | Object::DictView(..)
        | Object::Deque(_)
        | Object::Getter(_) => true,
        Object::Tuple(items) => items.iter().any(holds_container),
        Object::BoundMethod(this, _) => holds_container(this),
        _ => false,
    }
}

/// Whether `v` is (or may be) a tracked object.
fn holds_container(v: &Value) -> bool {
    match v {
        Value::Obj(o) => !matches!(
            &**o,
            Object::Str(_)
                | Object::Bytes(_)
                | Object::BigInt(_)
                | Object::Range(..)
                | Object::BigRange(_)
        ),
        _ => false,
    }
}

/// Track a new container; may run a young collection.
pub(crate) fn track(rc: &Rc<Object>) {
    let due = HEAP.with(|h| match h.try_borrow_mut() {
        Ok(mut h) => {
            h.young.push(Rc::downgrade(rc));
            if h.young.len() - h.pruned < PRUNE_EVERY {
                return false;
            }
            prune_young(&mut h);
            h.enabled && !h.collecting && h.thresholds.0 > 0 && h.young.len() >= h.thresholds.0
        }
        Err(_) => false,
    });
    if due {
        collect_automatic();
    }
}

/// Drop the entries of objects freed since the last pruning: most
/// objects die young, and their allocation is only returned once the
/// entry goes. The young count then approximates CPython's (allocations
/// minus deallocations).
fn prune_young(h: &mut Heap) {
    let start = h.pruned.min(h.young.len());
    let mut kept = start;
    for i in start..h.young.len() {
        if h.young[i].strong_count() > 0 {
            h.young.swap(kept, i);
            kept += 1;
        }
    }
    h.young.truncate(kept);
    h.pruned = kept;
}

/// Track without ever collecting (from `Drop` code).
fn track_quiet(rc: &Rc<Object>) {
    let _ = HEAP.try_with(|h| {
        if let Ok(mut h) = h.try_borrow_mut() {
            h.young.push(Rc::downgrade(rc));
        }
    });
}

/// A young collection, followed by a full one when the old generation
/// has grown enough.
fn collect_automatic() {
    collect_generation(0);
    let full_due = HEAP.with(|h| {
        let h = h.borrow();
        h.young_collections >= h.thresholds.1.max(1) && h.old_pending * 4 > h.old_total
    });
    if full_due {
        collect_generation(2);
    }
}

/// Collect generation 0 (the young) or 2 (everything); returns the number
/// of unreachable objects found, counted as CPython counts them.
pub(crate) fn collect_generation(generation: usize) -> usize {
    let candidates = HEAP.with(|h| {
        let mut h = h.borrow_mut();
        if h.collecting {
            return None;
        }
        h.collecting = true;
        let mut objs = std::mem::take(&mut h.young);
        h.pruned = 0;
        if generation >= 1 {
            objs.append(&mut h.old);
            h.sweep_at = 0;
        }
        Some(objs)
    });
    let Some(candidates) = candidates else {
        return 0;
    };
    let objs: Vec<Rc<Object>> = candidates.iter().filter_map(Weak::upgrade).collect();
    drop(candidates);
    let (survivors, found) = trial_deletion(objs);
    HEAP.with(|h| {
        let mut h = h.borrow_mut();
        let survived = survivors.len();
        h.old.extend(survivors);
        if generation >= 1 {
            h.old_total = h.old.len();
            h.old_pending = 0;
            h.young_collections = 0;
        } else {
            h.old_pending += survived;
            h.young_collections += 1;
            let budget = 2 * h.thresholds.0.max(1);
            sweep_old(&mut h, budget);
        }
        h.collecting = false;
    });
    found
}

/// Drop dead entries from up to `budget` entries of the old generation.
fn sweep_old(h: &mut Heap, budget: usize) {
    let mut i = h.sweep_at.min(h.old.len());
    let mut seen = 0;
    while i < h.old.len() && seen < budget {
        seen += 1;
        if h.old[i].strong_count() == 0 {
            h.old.swap_remove(i);
        } else {
            i += 1;
        }
    }
    h.sweep_at = if i >= h.old.len() { 0 } else { i };
}

/// The address identifying an object.
fn addr(o: &Rc<Object>) -> usize {
    Rc::as_ptr(o) as *const u8 as usize
}

/// Trial deletion over `objs`: returns the survivors (as weak references)
/// and the number of unreachable objects freed.
fn trial_deletion(objs: Vec<Rc<Object>>) -> (Vec<Weak<Object>>, usize) {
    let index: HashMap<usize, usize> = objs.iter().enumerate().map(|(i, o)| (addr(o), i)).collect();
    // Each object's references from outside the set; our own upgrade
    // accounts for one.
    let mut refs: Vec<isize> = objs
        .iter()
        .map(|o| Rc::strong_count(o) as isize - 1)
        .collect();
    for (i, o) in objs.iter().enumerate() {
        let complete = traverse(o, &mut |child| {
            if let Some(&j) = index.get(&addr(child)) {
                // `j` comes from `index`, built over `objs`: in bounds.
                refs[j] -= 1;
            }
        });
        if !complete {
            refs[i] = isize::MAX / 2;
        }
    }
    let alive = mark_reachable(&objs, &index, &refs);
    let garbage: Vec<usize> = (0..objs.len()).filter(|&i| !alive[i]).collect();
    if garbage.is_empty() {
        return (objs.iter().map(Rc::downgrade).collect(), 0);
    }
    if queue_finalizers(&objs, &garbage) {
        // Keep everything until the finalizers have run.
        return (objs.iter().map(Rc::downgrade).collect(), 0);
    }
    let found = garbage.iter().map(|&i| weight(&objs[i])).sum();
    let mut trash: Vec<Value> = Vec::new();
    for &i in &garbage {
        clear(&objs[i], &mut trash);
    }
    let survivors = (0..objs.len())
        .filter(|&i| alive[i])
        .map(|i| Rc::downgrade(&objs[i]))
        .collect();
    drop(objs);
    drop(trash);
    (survivors, found)
}

/// The objects of `objs` reachable from those with outside references.
fn mark_reachable(objs: &[Rc<Object>], index: &HashMap<usize, usize>, refs: &[isize]) -> Vec<bool> {
    let mut alive: Vec<bool> = refs.iter().map(|&r| r > 0).collect();
    let mut stack: Vec<usize> = (0..objs.len()).filter(|&i| alive[i]).collect();
    while let Some(i) = stack.pop() {
        traverse(&objs[i], &mut |child| {
            if let Some(&j) = index.get(&addr(child)) {
                if !alive[j] {
                    alive[j] = true;
                    stack.push(j);
                }
            }
        });
    }
    alive
}

/// How many objects CPython would count for this one (a function's
/// closure is a separate tuple there; so are an exception's `args`, when
/// it holds containers, and its `__dict__`).
fn weight(o: &Object) -> usize {
    match o {
        Object::Function(f) => 1 + usize::from(!f.closure.is_empty()),
        Object::Exception(e) => {
            let args = e
                .args
                .try_borrow()
                .is_ok_and(|a| a.iter().any(holds_container));
            let dict = e.dict.try_borrow().is_ok_and(|d| !d.is_empty());
            1 + usize::from(args) + usize::from(dict)
        }
        _ => 1,
    }
}

/// Visit `v`'s object, if it has one.
fn visit_value(v: &Value, visit: &mut dyn FnMut(&Rc<Object>)) {
    if let Value::Obj(o) = v {
        visit(o);
    }
}

fn visit_dict(d: &RefCell<Dict>, visit: &mut dyn FnMut(&Rc<Object>)) -> bool {
    let Ok(d) = d.try_borrow() else {
        return false;
    };
    for (k, v) in d.iter() {
        visit_value(k, visit);
        visit_value(v, visit);
    }
    true
}

/// Visit every object `o` holds a strong reference to; `false` if some
/// could not be seen (a `RefCell` borrowed mutably right now).
pub(crate) fn traverse(o: &Object, visit: &mut dyn FnMut(&Rc<Object>)) -> bool {
    let mut each = |vs: &[Value]| vs.iter().for_each(|v| visit_value(v, visit));
    match o {
        Object::List(l) => match l.try_borrow() {
            Ok(items) => each(&items),
            Err(_) => return false,
        },
        Object::Tuple(items) => each(items),
        Object::Getter(g) => g.traverse(&mut |v| visit_value(v, visit)),
        Object::Deque(d) => match d.items.try_borrow() {
            Ok(items) => items.iter().for_each(|v| visit_value(v, visit)),
            Err(_) => return false,
        },
        Object::Dict(d) => return visit_dict(d, visit),
        Object::Set(s) => match s.try_borrow() {
            Ok(s) => each(&s.items()),
            Err(_) => return false,
        },
        Object::Function(f) => {
            each(&f.defaults);
            each(&f.closure);
            f.kwdefaults.iter().for_each(|(_, v)| visit_value(v, visit));
            return visit_dict(&f.dict, visit);
        }
        Object::Cell(c) => match c.try_borrow() {
            Ok(v) => visit_value(&v, visit),
            Err(_) => return false,
        },
        Object::Class(c) => {
            each(&c.bases);
            each(&c.mro_tail);
            visit_value(&c.metaclass, visit);
            return visit_dict(&c.dict, visit);
        }
        Object::Instance(i) => {
            visit_value(&i.class(), visit);
            match i.payload.try_borrow() {
                Ok(p) => visit_value(&p, visit),
                Err(_) => return false,
            }
            let slots_ok = match i.slot_values.try_borrow() {
                Ok(slots) => {
                    if let Some(d) = slots.as_ref() {
                        for (k, v) in d.iter() {
                            visit_value(k, visit);
                            visit_value(v, visit);
                        }
                    }
                    true
                }
                Err(_) => false,
            };
            return slots_ok && visit_dict(i.attrs(), visit);
        }
        Object::Module(m) => return visit_dict(&m.dict, visit),
        Object::Method(a, b) | Object::Property(a, b) => {
            visit_value(a, visit);
            visit_value(b, visit);
        }
        Object::BoundMethod(v, _)
        | Object::StaticMethod(v)
        | Object::ClassMethod(v)
        | Object::DictView(_, v) => visit_value(v, visit),
        Object::Slice(a, b, c) => each(&[a.clone(), b.clone(), c.clone()]),
        Object::Exception(e) => return traverse_exception(e, visit),
        Object::Iter(state) => match state.try_borrow() {
            Ok(state) => traverse_iter(&state, visit),
            Err(_) => return false,
        },
        Object::Generator(g) => match g.state.try_borrow() {
            Ok(state) => {
                if let crate::generator::GenState::Suspended(frame) = &*state {
                    each(&frame.stack);
                    each(&frame.locals);
                }
                match g.exc_state.try_borrow() {
                    Ok(v) => visit_value(&v, visit),
                    Err(_) => return false,
                }
            }
            Err(_) => return false,
        },
        _ => {}
    }
    true
}

fn traverse_iter(state: &IterState, visit: &mut dyn FnMut(&Rc<Object>)) {
    use crate::builtins::LazyIter;
    let mut each = |vs: &[Value]| vs.iter().for_each(|v| visit_value(v, visit));
    match state {
        IterState::Seq(rc, _)
        | IterState::Derived(_, rc, _)
        | IterState::Chars(rc, _)
        | IterState::Dict(rc, ..)
        | IterState::Set(rc, ..) => visit(rc),
        IterState::Range { .. } => {}
        IterState::Lazy(lazy) => match lazy {
            LazyIter::Enumerate(a, b) | LazyIter::Filter(a, b) | LazyIter::Callable(a, b) => {
                each(&[a.clone(), b.clone()])
            }
            LazyIter::Zip(its, _) => each(its),
            LazyIter::Map(f, its, _) => {
                each(std::slice::from_ref(f));
                each(its);
            }
            LazyIter::Reversed(seq, _) => each(std::slice::from_ref(seq)),
            LazyIter::Tool(t) => {
                t.traverse(&mut |v| visit_value(v, visit));
            }
            LazyIter::Done(_) | LazyIter::BigCount(_) => {}
        },
    }
}

fn traverse_exception(
    e: &crate::exception::ExceptionObj,
    visit: &mut dyn FnMut(&Rc<Object>),
) -> bool {
    let (Ok(args), Ok(context), Ok(cause)) = (
        e.args.try_borrow(),
        e.context.try_borrow(),
        e.cause.try_borrow(),
    ) else {
        return false;
    };
    args.iter().for_each(|v| visit_value(v, visit));
    context
        .iter()
        .chain(cause.iter())
        .for_each(|v| visit_value(v, visit));
    if let Some(class) = &e.class {
        visit_value(class, visit);
    }
    let Ok(tb) = e.traceback.try_borrow() else {
        return false;
    };
    tb.iter()
        .for_each(|t| t.locals.iter().for_each(|v| visit_value(v, visit)));
    visit_dict(&e.dict, visit)
}

/// Take the mutable contents of a garbage object into `trash`.
fn clear(o: &Object, trash: &mut Vec<Value>) {
    let take_dict = |d: &RefCell<Dict>, trash: &mut Vec<Value>| {
        if let Ok(mut d) = d.try_borrow_mut() {
            let d = std::mem::take(&mut *d);
            trash.extend(d.iter().flat_map(|(k, v)| [k.clone(), v.clone()]));
        }
    };
    match o {
        Object::List(l) => {
            if let Ok(mut l) = l.try_borrow_mut() {
                trash.append(&mut l);
            }
        }
        Object::Dict(d) => take_dict(d, trash),
        Object::Deque(d) => {
            if let Ok(mut items) = d.items.try_borrow_mut() {
                trash.extend(items.drain(..));
            }
        }
        Object::Set(s) => {
            if let Ok(mut s) = s.try_borrow_mut() {
                trash.extend(std::mem::take(&mut *s).items());
            }
        }
        Object::Cell(c) => {
            if let Ok(mut c) = c.try_borrow_mut() {
                trash.push(std::mem::replace(&mut *c, Value::Null));
            }
        }
        Object::Class(c) => {
            crate::type_cache::class_changed();
            take_dict(&c.dict, trash)
        }
        Object::Instance(i) => {
            take_dict(i.attrs(), trash);
            if let Ok(mut slots) = i.slot_values.try_borrow_mut() {
                if let Some(d) = slots.take() {
                    trash.extend(d.iter().map(|(_, v)| v.clone()));
                }
            }
            if let Ok(mut p) = i.payload.try_borrow_mut() {
                trash.push(std::mem::replace(&mut *p, Value::Null));
            }
        }
        Object::Module(m) => take_dict(&m.dict, trash),
        Object::Function(f) => take_dict(&f.dict, trash),
        Object::Exception(e) => {
            if let Ok(mut args) = e.args.try_borrow_mut() {
                trash.append(&mut args);
            }
            for slot in [&e.context, &e.cause] {
                if let Ok(mut v) = slot.try_borrow_mut() {
                    trash.extend(v.take());
                }
            }
            take_dict(&e.dict, trash);
            if let Ok(mut tb) = e.traceback.try_borrow_mut() {
                tb.iter_mut().for_each(|t| trash.append(&mut t.locals));
            }
        }
        Object::Generator(g) => {
            if let Ok(mut state) = g.state.try_borrow_mut() {
                let old = std::mem::replace(&mut *state, crate::generator::GenState::Finished);
                if let crate::generator::GenState::Suspended(mut frame) = old {
                    trash.append(&mut frame.stack);
                    trash.append(&mut frame.locals);
                }
                if let Ok(mut exc) = g.exc_state.try_borrow_mut() {
                    trash.push(std::mem::replace(&mut *exc, Value::None));
                }
            }
        }
        _ => {}
    }
}

/// The `__del__` of an instance's class: `Ok(None)` if it has none,
/// `Err(())` if a class dict is being mutated right now (cannot tell).
fn lookup_del(class: &Value) -> Result<Option<Value>, ()> {
    let Some(Object::Class(c)) = class.as_obj() else {
        return Ok(None);
    };
    let Ok(found) = DEL_KEY.try_with(|key| {
        if let Some(found) = crate::type_cache::get(class, key) {
            return Ok(found);
        }
        for k in std::iter::once(class).chain(c.mro_tail.iter()) {
            if let Some(Object::Class(k)) = k.as_obj() {
                let d = k.dict.try_borrow().map_err(|_| ())?;
                if let Some(f) = d.get(key) {
                    return Ok(Some(f.clone()));
                }
            }
        }
        crate::type_cache::put(class, key, None);
        Ok(None)
    }) else {
        return Err(());
    };
    found
}

/// The `__del__` of an instance's class, if any (and if it can be seen).
fn find_del(class: &Value) -> Option<Value> {
    lookup_del(class).ok().flatten()
}

/// The address of the instance payload of `o`.
fn instance_addr(o: &Object) -> Option<usize> {
    match o {
        Object::Instance(i) => Some(i as *const InstanceObj as usize),
        _ => None,
    }
}

/// Queue the finalizers of the garbage instances not finalized yet;
/// `true` if any was queued.
fn queue_finalizers(objs: &[Rc<Object>], garbage: &[usize]) -> bool {
    let mut queued = false;
    for &i in garbage {
        let Object::Instance(inst) = &*objs[i] else {
            continue;
        };
        if find_del(&inst.class()).is_none() {
            continue;
        }
        let Some(a) = instance_addr(&objs[i]) else {
            continue;
        };
        FINALS.with(|f| {
            let mut f = f.borrow_mut();
            if f.finalized.insert(a) {
                f.queue.push_back(Pending::Del(Value::Obj(objs[i].clone())));
                queued = true;
            }
        });
    }
    if queued {
        PENDING.with(|p| p.set(true));
    }
    queued
}

impl Drop for InstanceObj {
    fn drop(&mut self) {
        instance_dropped(self);
    }
}

/// Reference counting is freeing `inst`: queue its `__del__` (on a new
/// object holding its class and attributes) or its weak reference
/// callbacks.
fn instance_dropped(inst: &mut InstanceObj) {
    let a = inst as *const InstanceObj as usize;
    let was_finalized = match FINALS.try_with(|f| {
        f.try_borrow_mut()
            .map(|mut f| !f.finalized.is_empty() && f.finalized.remove(&a))
    }) {
        Ok(Ok(was)) => was,
        _ => return,
    };
    // A class dict borrowed right now (an assignment to a class attribute
    // freeing an instance) cannot be searched: queue, decide later.
    if !was_finalized && !matches!(lookup_del(&inst.class()), Ok(None)) {
        let class = inst.take_class();
        let payload = std::mem::replace(inst.payload.get_mut(), Value::Null);
        let mut revived = InstanceObj::new(class, payload);
        std::mem::swap(
            &mut *revived.attrs().borrow_mut(),
            &mut *inst.attrs().borrow_mut(),
        );
        std::mem::swap(revived.slot_values.get_mut(), inst.slot_values.get_mut());
        let rc = Rc::new(Object::Instance(revived));
        track_quiet(&rc);
        let new_addr = instance_addr(&rc).unwrap_or(0);
        FINALS.with(|f| {
            let mut f = f.borrow_mut();
            f.finalized.insert(new_addr);
            if let Some(cbs) = f.callbacks.remove(&a) {
                f.callbacks.insert(new_addr, cbs);
            }
            f.queue.push_back(Pending::Del(Value::Obj(rc)));
        });
        PENDING.with(|p| p.set(true));
        return;
    }
    referent_died(a);
}

/// Queue `close()` of a generator object being freed (`generator.rs`
/// moved its frame into `generator`).
pub(crate) fn queue_close(generator: Object) {
    let rc = Rc::new(generator);
    track_quiet(&rc);
    let queued = FINALS
        .try_with(|f| {
            f.try_borrow_mut()
                .map(|mut f| f.queue.push_back(Pending::Close(Value::Obj(rc))))
                .is_ok()
        })
        .unwrap_or(false);
    if queued {
        mark_pending();
    }
}

/// Queue the callbacks of the weak references to the object at `a`.
pub(crate) fn referent_died(a: usize) {
    let _ = FINALS.try_with(|f| {
        let Ok(mut f) = f.try_borrow_mut() else {
            return;
        };
        if f.callbacks.is_empty() {
            return;
        }
        let Some(refs) = f.callbacks.remove(&a) else {
            return;
        };
        let mut queued = false;
        for r in refs.iter().rev().filter_map(Weak::upgrade) {
            if let Object::WeakRef(w) = &*r {
                let cb = std::mem::replace(&mut *w.callback.borrow_mut(), Value::None);
                if !matches!(cb, Value::None) {
                    f.queue
                        .push_back(Pending::Callback(cb, Value::Obj(r.clone())));
                    queued = true;
                }
            }
        }
        if queued {
            let _ = PENDING.try_with(|p| p.set(true));
        }
    });
}

/// Register weak reference `r` (with a callback) to the object at `a`.
pub(crate) fn register_callback(a: usize, r: &Rc<Object>) {
    FINALS.with(|f| {
        f.borrow_mut()
            .callbacks
            .entry(a)
            .or_default()
            .push(Rc::downgrade(r));
    });
}

/// `gc.is_finalized(v)`: whether `v`'s `__del__` has been called.
pub(crate) fn is_finalized(v: &Value) -> bool {
    let Some(a) = v.as_obj().and_then(instance_addr) else {
        return false;
    };
    FINALS.with(|f| f.borrow().finalized.contains(&a))
}

/// Run the queued finalizers if there are any (the VM's safe points).
#[inline]
pub(crate) fn safe_point(vm: &mut Vm) {
    if pending() {
        vm.run_pending();
    }
}

/// Run the queued work at a safe point inside `frame`: "never awaited"
/// warnings (which print `frame`'s line) first.
#[inline]
pub(crate) fn safe_point_at(vm: &mut Vm, frame: &crate::frame::Frame) {
    if pending() {
        vm.report_never_awaited(frame);
        vm.run_pending();
    }
}

/// Raise the pending flag (work queued outside this module).
pub(crate) fn mark_pending() {
    let _ = PENDING.try_with(|p| p.set(true));
}

/// Whether finalizers or callbacks wait for the VM.
#[inline]
pub(crate) fn pending() -> bool {
    PENDING.with(Cell::get)
}

/// Take everything queued (items queued meanwhile go to a new batch, so
/// a finalizer's own safe points do not run the rest out of order).
fn take_pending() -> std::collections::VecDeque<Pending> {
    PENDING.with(|p| p.set(false));
    FINALS.with(|f| std::mem::take(&mut f.borrow_mut().queue))
}

impl Vm<'_> {
    /// Run the queued finalizers and weak reference callbacks (errors in
    /// them are reported on stderr and ignored, as CPython does).
    #[cold]
    pub(crate) fn run_pending(&mut self) {
        while pending() {
            let batch = take_pending();
            if batch.is_empty() {
                break;
            }
            for p in batch {
                self.run_one(p);
            }
        }
        // Warnings wait for a safe point that knows the running frame.
        if crate::coro_warn::queued() {
            mark_pending();
        }
    }

    /// Run one finalizer or callback.
    fn run_one(&mut self, p: Pending) {
        match p {
            Pending::Del(obj) => {
                let del = match obj.as_obj() {
                    Some(Object::Instance(i)) => find_del(&i.class()),
                    _ => None,
                };
                if let Some(del) = del {
                    // A function binds the instance; another callable in
                    // the class is called as it is (CPython's unbound
                    // look-up).
                    let args = match del.as_obj() {
                        Some(Object::Function(_)) => vec![obj],
                        _ => Vec::new(),
                    };
                    if let Err(e) = self.call_value(&del, args) {
                        self.report_unraisable(&e, "while calling deallocator", &del);
                    }
                }
            }
            Pending::Close(generator) => self.finalize_generator(generator),
            Pending::Callback(cb, r) => {
                if let Err(e) = self.call_value(&cb, vec![r]) {
                    self.report_unraisable(&e, "while calling weakref callback", &cb);
                }
            }
        }
    }

    /// `gc.collect()`: a full collection; finalizers found run, then the
    /// collection is redone to free what they did not resurrect.
    pub(crate) fn gc_collect(&mut self, generation: usize) -> usize {
        self.run_pending();
        let mut found = collect_generation(generation);
        if pending() {
            self.run_pending();
            found += collect_generation(generation);
            self.run_pending();
        }
        found
    }
}

/// Reset the collector for a new program (tests run many in one thread):
/// default settings, pending work dropped.
pub(crate) fn reset() {
    let queue = FINALS.with(|f| std::mem::take(&mut f.borrow_mut().queue));
    PENDING.with(|p| p.set(false));
    drop(queue);
    crate::coro_warn::reset();
    HEAP.with(|h| {
        let mut h = h.borrow_mut();
        h.thresholds = DEFAULT_THRESHOLDS;
        h.enabled = true;
    });
}

/// Number of objects tracked now (live or not yet swept); for tests of
/// boundedness.
pub fn tracked_count() -> usize {
    HEAP.with(|h| {
        let h = h.borrow();
        h.young.len() + h.old.len()
    })
}

/// `gc.enable()`/`gc.disable()`.
pub(crate) fn set_enabled(on: bool) {
    HEAP.with(|h| h.borrow_mut().enabled = on);
}

/// `gc.isenabled()`.
pub(crate) fn is_enabled() -> bool {
    HEAP.with(|h| h.borrow().enabled)
}

/// `gc.get_threshold()`.
pub(crate) fn thresholds() -> (usize, usize, usize) {
    HEAP.with(|h| h.borrow().thresholds)
}

/// `gc.set_threshold()`.
pub(crate) fn set_thresholds(t: (usize, usize, usize)) {
    HEAP.with(|h| h.borrow_mut().thresholds = t);
}

/// `gc.get_count()`: allocations since the last collection, young
/// collections since the last full one.
pub(crate) fn counts() -> (usize, usize, usize) {
    HEAP.with(|h| {
        let h = h.borrow();
        (h.young.len(), h.young_collections, 0)
    })
}

/// Lists and tuples release their items last to first, as CPython does
/// (observable through `__del__`).
impl Drop for Object {
    fn drop(&mut self) {
        let items = match self {
            Object::List(l) => l.get_mut(),
            Object::Tuple(t) => t,
            _ => return,
        };
        while items.pop().is_some() {}
    }
}
