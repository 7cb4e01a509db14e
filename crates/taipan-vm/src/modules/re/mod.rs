//! `_re`: the native matcher behind `re`. The `re` package (Python)
//! parses patterns and compiles them to instruction tuples
//! (`re/_compiler.py`); `compile` loads them into a program kept in a
//! per-thread table (the `Pattern` holds its number and frees it when it
//! dies), and the functions here run whole searches, scans, `findall`,
//! `sub` and `split` natively, handing back positions or strings.

mod chars;
mod matcher;
mod program;

use std::cell::RefCell;
use std::rc::Rc;

use super::add_functions;
use crate::dict::Dict;
use crate::exception::{type_error, PyResult};
use crate::value::{NativeFn, Object, Value};
use crate::Vm;
use matcher::{Machine, Mode, Text, NONE};
use program::{Inst, Look};

type Kw<'a> = &'a [(Rc<str>, Value)];

/// A loaded program.
struct Prog {
    code: Vec<Inst>,
    ngroups: usize,
    nslots: usize,
    /// A single-character test every match starts with (its pc).
    first: Option<First>,
}

/// A subject kept with its code points (None when it is ASCII).
type Cached = Option<(Rc<Object>, Option<Rc<[u32]>>)>;

/// What one search asks for.
#[derive(Clone, Copy)]
struct Want {
    /// The match must end at the end (`fullmatch`).
    full: bool,
    /// A match at the start position must not be empty.
    advance: bool,
    /// Only try the start position (`match`, `fullmatch`).
    anchored: bool,
}

thread_local! {
    static PROGS: RefCell<Vec<Option<Rc<Prog>>>> = const { RefCell::new(Vec::new()) };
    /// The last long `str` subject and its code points when not ASCII
    /// (so a loop matching at successive positions converts it once).
    static LAST: RefCell<Cached> = const { RefCell::new(None) };
}

/// Fill the namespace of `_re`.
pub(crate) fn init(d: &mut Dict) {
    let functions: [(&'static str, NativeFn); 8] = [
        ("piece", piece_fn),
        ("compile", compile),
        ("free", free),
        ("match", match_),
        ("scan", scan),
        ("findall", findall),
        ("subn", subn),
        ("split", split),
    ];
    add_functions(d, &functions);
}

fn int_arg(v: Option<&Value>) -> PyResult<i64> {
    match v {
        Some(Value::Int(i)) => Ok(*i),
        Some(Value::Bool(b)) => Ok(i64::from(*b)),
        Some(big @ Value::Obj(_)) if big.as_bigint().is_some() => {
            // Beyond 64 bits: only the sign matters once clamped.
            let positive = big
                .as_bigint()
                .is_some_and(|b| b.sign() == num_bigint::Sign::Plus);
            Ok(if positive { i64::MAX } else { i64::MIN })
        }
        _ => Err(type_error("_re: integer argument expected")),
    }
}

/// The single-character tests one of which every match starts with, as
/// an ASCII table plus the tests for other characters.
struct First {
    ascii: [u64; 2],
    tests: Vec<usize>,
}

impl First {
    /// Whether a match can start with `c`.
    #[inline]
    fn accepts(&self, code: &[Inst], c: u32) -> bool {
        if c < 128 {
            return self.ascii[(c / 64) as usize] & (1 << (c % 64)) != 0;
        }
        self.tests.iter().any(|&pc| matcher::single(&code[pc], c))
    }
}

/// The tests a match must start with, or None when a match may start
/// otherwise (empty, or with an assertion or backreference).
fn first_tests(code: &[Inst]) -> Option<First> {
    let mut tests = Vec::new();
    let mut todo = vec![0usize];
    let mut seen = vec![false; code.len()];
    while let Some(pc) = todo.pop() {
        if std::mem::replace(seen.get_mut(pc)?, true) {
            continue;
        }
        match code.get(pc)? {
            Inst::Char(_)
            | Inst::CharCase(..)
            | Inst::Set(_)
            | Inst::Class(_)
            | Inst::Any
            | Inst::AnyAll => tests.push(pc),
            Inst::Save(_) | Inst::RepInit(_) => todo.push(pc + 1),
            Inst::Split(a, b) => todo.extend([*a as usize, *b as usize]),
            Inst::Jmp(t) => todo.push(*t as usize),
            Inst::RepChar(min, _, _) => {
                tests.push(pc + 1);
                if *min == 0 {
                    todo.push(pc + 2);
                }
            }
            Inst::RepTest(_, min, _, _, exit) => {
                todo.push(pc + 1);
                if *min == 0 {
                    todo.push(*exit as usize);
                }
            }
            Inst::GroupExists(_, no) => todo.extend([pc + 1, *no as usize]),
            Inst::Look(Look::Atomic, _, _) => todo.push(pc + 1),
            _ => return None,
        }
        if tests.len() > 32 {
            return None;
        }
    }
    let mut ascii = [0u64; 2];
    for c in 0..128u32 {
        if tests.iter().any(|&pc| matcher::single(&code[pc], c)) {
            ascii[(c / 64) as usize] |= 1 << (c % 64);
        }
    }
    Some(First { ascii, tests })
}

/// `compile(code, ngroups, nregs)`: the number of the loaded program.
fn compile(_: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    let code = program::load(args.first().unwrap_or(&Value::None))?;
    let ngroups = usize::try_from(int_arg(args.get(1))?).unwrap_or(0);
    let nregs = usize::try_from(int_arg(args.get(2))?).unwrap_or(0);
    let prog = Prog {
        first: first_tests(&code),
        code,
        ngroups,
        nslots: 2 * ngroups + 3 + 2 * nregs,
    };
    let id = PROGS.with(|p| {
        let mut p = p.borrow_mut();
        let prog = Some(Rc::new(prog));
        match p.iter().position(Option::is_none) {
            Some(i) => {
                p[i] = prog;
                i
            }
            None => {
                p.push(prog);
                p.len() - 1
            }
        }
    });
    Ok(Value::Int(id as i64))
}

/// `free(id)`: forget a program.
fn free(_: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    let id = int_arg(args.first())?;
    PROGS.with(|p| {
        if let Some(slot) = usize::try_from(id)
            .ok()
            .and_then(|i| p.borrow_mut().get_mut(i).map(Option::take))
        {
            drop(slot);
        }
    });
    Ok(Value::None)
}

fn prog(v: Option<&Value>) -> PyResult<Rc<Prog>> {
    let id = int_arg(v)?;
    PROGS
        .with(|p| {
            usize::try_from(id)
                .ok()
                .and_then(|i| p.borrow().get(i).cloned().flatten())
        })
        .ok_or_else(|| type_error("_re: freed program"))
}

/// The characters of a subject.
enum Data {
    /// An ASCII `str` (bytes are characters).
    Ascii(Rc<Object>),
    /// A `str` with non-ASCII characters.
    Wide(Rc<[u32]>),
    /// `bytes`.
    Bytes(Rc<Object>),
    /// Another bytes-like object, copied.
    Copied(Vec<u8>),
}

impl Data {
    fn len(&self) -> usize {
        match self {
            Data::Wide(w) => w.len(),
            Data::Copied(b) => b.len(),
            Data::Ascii(o) | Data::Bytes(o) => narrow(o).len(),
        }
    }

    fn is_str(&self) -> bool {
        matches!(self, Data::Ascii(_) | Data::Wide(..))
    }
}

fn narrow(o: &Object) -> &[u8] {
    match o {
        Object::Str(s) => s.as_bytes(),
        Object::Bytes(b) => b,
        _ => &[],
    }
}

fn subject(v: &Value) -> PyResult<Data> {
    let Value::Obj(rc) = crate::classes::payload_of(v) else {
        return Err(type_error("_re: bad subject"));
    };
    match &*rc {
        Object::Str(s) => {
            if s.len() < 256 {
                return Ok(if s.is_ascii() {
                    Data::Ascii(rc.clone())
                } else {
                    Data::Wide(s.chars().map(u32::from).collect())
                });
            }
            let cached = LAST.with(|l| {
                l.borrow()
                    .as_ref()
                    .filter(|(o, _)| Rc::ptr_eq(o, &rc))
                    .map(|(_, w)| w.clone())
            });
            let wide = match cached {
                Some(w) => w,
                None => {
                    let w: Option<Rc<[u32]>> =
                        (!s.is_ascii()).then(|| s.chars().map(u32::from).collect());
                    LAST.with(|l| *l.borrow_mut() = Some((rc.clone(), w.clone())));
                    w
                }
            };
            Ok(match wide {
                Some(w) => Data::Wide(w),
                None => Data::Ascii(rc.clone()),
            })
        }
        Object::Bytes(_) => Ok(Data::Bytes(rc.clone())),
        Object::ByteArray(b) => Ok(Data::Copied(b.borrow().clone())),
        Object::MemoryView(m) => Ok(Data::Copied(m.data().unwrap_or_default())),
        _ => Err(type_error("_re: bad subject")),
    }
}

/// The subject's characters `a..b` as a `str` or `bytes`.
fn piece(d: &Data, a: usize, b: usize) -> Value {
    match d {
        Data::Ascii(o) => {
            let bytes = narrow(o).get(a..b).unwrap_or_default();
            Value::str(String::from_utf8_lossy(bytes).as_ref())
        }
        Data::Wide(w) => {
            let s: String = w
                .get(a..b)
                .unwrap_or_default()
                .iter()
                .filter_map(|&c| char::from_u32(c))
                .collect();
            Value::str(s)
        }
        Data::Bytes(o) => bytes_value(narrow(o).get(a..b).unwrap_or_default()),
        Data::Copied(v) => bytes_value(v.get(a..b).unwrap_or_default()),
    }
}

fn bytes_value(b: &[u8]) -> Value {
    Value::obj(Object::Bytes(b.into()))
}

fn empty(d: &Data) -> Value {
    if d.is_str() {
        Value::str("")
    } else {
        bytes_value(b"")
    }
}

/// Positions and captures of a match: `2 * (groups + 1)` slots then
/// `lastindex`.
type Caps = Vec<usize>;

/// Search `t` from `pos` (the first match must be non-empty when
/// `advance`): its captures.
fn search<T: Text + ?Sized>(
    m: &mut Machine,
    p: &Prog,
    t: &T,
    pos: usize,
    end: usize,
    want: Want,
) -> Option<Caps> {
    let mut start = pos;
    loop {
        if !want.anchored {
            if let Some(f) = &p.first {
                while start < end && !f.accepts(&p.code, t.at(start)) {
                    start += 1;
                }
                if start >= end {
                    return None;
                }
            }
        }
        let mode = Mode {
            full: want.full,
            advance: want.advance && start == pos,
        };
        if let Some(e) = m.run(t, start, end, mode) {
            let mut caps = m.slots[..2 * p.ngroups + 3].to_vec();
            caps[0] = start;
            caps[1] = e;
            return Some(caps);
        }
        if want.anchored || start >= end {
            return None;
        }
        start += 1;
    }
}

/// All matches (at most `limit` if nonzero) from `pos`, as `finditer`
/// finds them; `kind` 0 anchors each at the running position (match),
/// 1 matches the whole subject, 2 searches.
fn scan_text<T: Text + ?Sized>(
    p: &Prog,
    t: &T,
    pos: usize,
    end: usize,
    limit: usize,
    kind: i64,
) -> Vec<Caps> {
    let mut m = Machine::new(&p.code, p.ngroups, p.nslots);
    let mut out = Vec::new();
    let mut at = pos;
    let mut advance = kind & 4 != 0;
    let kind = kind & 3;
    while at <= end && (limit == 0 || out.len() < limit) {
        let want = Want {
            full: kind == 1,
            advance,
            anchored: kind != 2,
        };
        let Some(caps) = search(&mut m, p, t, at, end, want) else {
            break;
        };
        advance = caps[0] == caps[1];
        at = caps[1];
        out.push(caps);
        if kind != 2 {
            break;
        }
    }
    out
}

fn scan_data(p: &Prog, d: &Data, pos: usize, end: usize, limit: usize, kind: i64) -> Vec<Caps> {
    match d {
        Data::Ascii(o) | Data::Bytes(o) => scan_text(p, narrow(o), pos, end, limit, kind),
        Data::Wide(w) => scan_text(p, &w[..], pos, end, limit, kind),
        Data::Copied(v) => scan_text(p, &v[..], pos, end, limit, kind),
    }
}

/// The common arguments `(id, subject, pos, endpos)` with CPython's
/// clamping of the bounds.
fn bounds(args: &[Value]) -> PyResult<(Rc<Prog>, Data, usize, usize)> {
    let p = prog(args.first())?;
    let d = subject(args.get(1).unwrap_or(&Value::None))?;
    let n = d.len() as i64;
    let pos = int_arg(args.get(2))?.clamp(0, n);
    let end = int_arg(args.get(3))?.clamp(0, n);
    Ok((p, d, pos as usize, end as usize))
}

/// A match's captures for `re.Match`: the spans, `lastindex`, then the
/// clamped `pos` and `endpos`.
fn caps_value(c: &Caps, pos: usize, end: usize) -> Value {
    let mut items: Vec<Value> = c
        .iter()
        .map(|&x| Value::Int(if x == NONE { -1 } else { x as i64 }))
        .collect();
    items.push(Value::Int(pos as i64));
    items.push(Value::Int(end as i64));
    Value::tuple(items)
}

/// `match(id, subject, pos, endpos, kind)`: the captures of the match
/// (kind 0 match, 1 fullmatch, 2 search, plus 4 when an empty match at
/// `pos` is not allowed) as a tuple (-1 unset, the last item
/// `lastindex`), or None.
fn match_(_: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    let (p, d, pos, end) = bounds(args)?;
    let kind = int_arg(args.get(4))?;
    if pos > end {
        return Ok(Value::None);
    }
    Ok(match scan_data(&p, &d, pos, end, 1, kind).first() {
        Some(c) => caps_value(c, pos, end),
        None => Value::None,
    })
}

/// `scan(id, subject, pos, endpos, limit)`: the captures of every match
/// `finditer` would give.
fn scan(_: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    let (p, d, pos, end) = bounds(args)?;
    let limit = usize::try_from(int_arg(args.get(4))?).unwrap_or(0);
    if pos > end {
        return Ok(Value::list(Vec::new()));
    }
    let all = scan_data(&p, &d, pos, end, limit, 2);
    Ok(Value::list(
        all.iter().map(|c| caps_value(c, pos, end)).collect(),
    ))
}

fn group(d: &Data, c: &Caps, g: usize) -> Value {
    let (a, b) = (c[2 * g], c[2 * g + 1]);
    if a == NONE || b == NONE {
        empty(d)
    } else {
        piece(d, a, b.max(a))
    }
}

/// `piece(subject, start, end)`: `subject[start:end]` by character
/// positions (clamped; `bytes` for bytes-like subjects), without walking
/// a long `str` again.
fn piece_fn(_: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    let d = subject(args.first().unwrap_or(&Value::None))?;
    let n = d.len() as i64;
    let a = int_arg(args.get(1))?.clamp(0, n) as usize;
    let b = int_arg(args.get(2))?.clamp(0, n) as usize;
    Ok(piece(&d, a, b.max(a)))
}

/// `findall(id, subject, pos, endpos)`.
fn findall(_: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    let (p, d, pos, end) = bounds(args)?;
    if pos > end {
        return Ok(Value::list(Vec::new()));
    }
    let all = scan_data(&p, &d, pos, end, 0, 2);
    let items = all
        .iter()
        .map(|c| match p.ngroups {
            0 => group(&d, c, 0),
            1 => group(&d, c, 1),
            n => Value::tuple((1..=n).map(|g| group(&d, c, g)).collect()),
        })
        .collect();
    Ok(Value::list(items))
}

/// Appends the characters `a..b` of the subject.
fn push_piece(out: &mut Vec<u8>, wide: &mut String, d: &Data, a: usize, b: usize) {
    match d {
        Data::Ascii(o) | Data::Bytes(o) => {
            out.extend_from_slice(narrow(o).get(a..b).unwrap_or_default())
        }
        Data::Copied(v) => out.extend_from_slice(v.get(a..b).unwrap_or_default()),
        Data::Wide(w) => wide.extend(
            w.get(a..b)
                .unwrap_or_default()
                .iter()
                .filter_map(|&c| char::from_u32(c)),
        ),
    }
}

/// `subn(id, parts, subject, count)`: the subject with each match
/// replaced by `parts` (strings, and ints naming groups) and the count.
fn subn(_: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    let p = prog(args.first())?;
    let Some(Object::Tuple(parts)) = args.get(1).and_then(Value::as_obj) else {
        return Err(type_error("_re: bad template"));
    };
    let d = subject(args.get(2).unwrap_or(&Value::None))?;
    let count = usize::try_from(int_arg(args.get(3))?).unwrap_or(0);
    let n = d.len();
    let all = scan_data(&p, &d, 0, n, count, 2);
    // Bytes (and ASCII text) build in `out`; wide text in `wide`, with
    // the bytes pieces appended as they come.
    let (mut out, mut wide) = (Vec::new(), String::new());
    let is_wide = matches!(d, Data::Wide(..));
    let mut last = 0;
    for c in &all {
        push_piece(&mut out, &mut wide, &d, last, c[0]);
        for part in parts {
            match part {
                Value::Int(g) => {
                    let g = usize::try_from(*g).unwrap_or(0);
                    let (a, b) = (
                        c.get(2 * g).copied().unwrap_or(NONE),
                        c.get(2 * g + 1).copied().unwrap_or(NONE),
                    );
                    if a != NONE && b != NONE {
                        push_piece(&mut out, &mut wide, &d, a, b.max(a));
                    }
                }
                other => match other.as_obj() {
                    Some(Object::Str(s)) if is_wide => wide.push_str(s),
                    Some(Object::Str(s)) => out.extend_from_slice(s.as_bytes()),
                    Some(Object::Bytes(b)) => out.extend_from_slice(b),
                    _ => return Err(type_error("_re: bad template")),
                },
            }
        }
        last = c[1];
    }
    push_piece(&mut out, &mut wide, &d, last, n);
    let text = if is_wide {
        Value::str(wide)
    } else if d.is_str() {
        Value::str(String::from_utf8_lossy(&out).as_ref())
    } else {
        bytes_value(&out)
    };
    Ok(Value::tuple(vec![text, Value::Int(all.len() as i64)]))
}

/// `split(id, subject, maxsplit)`.
fn split(_: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    let p = prog(args.first())?;
    let d = subject(args.get(1).unwrap_or(&Value::None))?;
    let limit = usize::try_from(int_arg(args.get(2))?).unwrap_or(0);
    let n = d.len();
    let all = scan_data(&p, &d, 0, n, limit, 2);
    let mut out = Vec::new();
    let mut last = 0;
    for c in &all {
        out.push(piece(&d, last, c[0]));
        for g in 1..=p.ngroups {
            let (a, b) = (c[2 * g], c[2 * g + 1]);
            out.push(if a == NONE || b == NONE {
                Value::None
            } else {
                piece(&d, a, b.max(a))
            });
        }
        last = c[1];
    }
    out.push(piece(&d, last, n));
    Ok(Value::list(out))
}
