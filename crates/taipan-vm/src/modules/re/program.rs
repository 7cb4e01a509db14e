//! The instructions of a compiled regular expression and their loading
//! from the tuples `re._compiler` emits (one tuple per instruction, the
//! opcode first; jump targets are instruction indices).

use crate::exception::{PyErr, PyResult};
use crate::value::{Object, Value};

/// "No upper bound" for repetitions (CPython's `MAXREPEAT`).
pub(super) const UNBOUNDED: u32 = u32::MAX;

/// How case is compared.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub(super) enum Case {
    /// Exact comparison.
    Exact,
    /// Unicode simple case folding (`str` patterns with IGNORECASE).
    Unicode,
    /// ASCII letters only (bytes patterns, ASCII or LOCALE flags).
    Ascii,
}

/// A character class escape: `\d \w \s` and their negations.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub(super) struct Class {
    /// 0 digit, 1 word, 2 space.
    pub kind: u8,
    /// `\D \W \S`.
    pub negate: bool,
    /// ASCII definitions only.
    pub ascii: bool,
}

/// A character set `[...]`.
#[derive(Debug)]
pub(super) struct CharSet {
    /// `[^...]`.
    pub negate: bool,
    /// How case is compared.
    pub case: Case,
    /// Inclusive ranges (single characters are one-character ranges).
    pub ranges: Vec<(u32, u32)>,
    /// Class escapes inside the set.
    pub classes: Vec<Class>,
    /// The full answer for the 128 ASCII characters.
    pub ascii: [u64; 2],
}

/// Zero-width assertions.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub(super) enum At {
    /// `^` (or `\A`-like without MULTILINE).
    Bol,
    /// `^` with MULTILINE.
    BolMulti,
    /// `$`.
    Eol,
    /// `$` with MULTILINE.
    EolMulti,
    /// `\A`.
    Start,
    /// `\Z` / `\z`.
    End,
    /// `\b` (bool: ASCII only).
    Boundary(bool),
    /// `\B` (bool: ASCII only).
    NonBoundary(bool),
}

/// The kinds of sub-match a barrier encloses.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub(super) enum Look {
    /// `(?=...)`
    Ahead,
    /// `(?!...)`
    NotAhead,
    /// `(?<=...)`
    Behind,
    /// `(?<!...)`
    NotBehind,
    /// `(?>...)` and possessive quantifiers.
    Atomic,
}

impl Look {
    /// Whether the body matching means the assertion fails.
    pub(super) fn negative(self) -> bool {
        matches!(self, Look::NotAhead | Look::NotBehind)
    }
}

/// One instruction.
#[derive(Debug)]
pub(super) enum Inst {
    /// A successful match (subject to the run's "must advance"/"whole
    /// subject" conditions).
    Match,
    /// One character.
    Char(u32),
    /// One character, any case.
    CharCase(u32, Case),
    /// Any character but `\n`.
    Any,
    /// Any character (DOTALL).
    AnyAll,
    /// A character set.
    Set(Box<CharSet>),
    /// A class escape.
    Class(Class),
    /// Try the first target, on failure the second.
    Split(u32, u32),
    /// Go to a target.
    Jmp(u32),
    /// Record the position in a capture slot.
    Save(u32),
    /// A repeated single-character test (the next instruction), then
    /// continue after it: min, max, greedy.
    RepChar(u32, u32, bool),
    /// Start a general repetition: its register.
    RepInit(u32),
    /// Decide another iteration: register, min, max, greedy, exit.
    RepTest(u32, u32, u32, bool, u32),
    /// An iteration ended: register, the `RepTest` to go back to.
    RepInc(u32, u32),
    /// A zero-width assertion.
    At(At),
    /// A backreference to a group.
    Backref(u32, Case),
    /// A lookaround or atomic group: kind, width (lookbehind), the
    /// instruction after its `LookEnd`.
    Look(Look, u32, u32),
    /// The end of a `Look` body.
    LookEnd,
    /// `(?(g)yes|no)`: group, the `no` branch.
    GroupExists(u32, u32),
    /// Never matches.
    Fail,
}

fn bad() -> Box<PyErr> {
    crate::exception::type_error("_re: malformed program")
}

fn ints(v: &Value) -> PyResult<Vec<i64>> {
    let Some(Object::Tuple(items)) = v.as_obj() else {
        return Err(bad());
    };
    items
        .iter()
        .map(|x| match x {
            Value::Int(i) => Ok(*i),
            Value::Bool(b) => Ok(i64::from(*b)),
            Value::Obj(_) => Ok(i64::from(UNBOUNDED)),
            _ => Err(bad()),
        })
        .collect()
}

fn u(x: i64) -> u32 {
    u32::try_from(x).unwrap_or(UNBOUNDED)
}

fn case_of(x: i64) -> Case {
    match x {
        1 => Case::Unicode,
        2 => Case::Ascii,
        _ => Case::Exact,
    }
}

fn class_of(x: i64) -> Class {
    Class {
        kind: u8::try_from((x & 7) / 2).unwrap_or(0),
        negate: x & 1 == 1,
        ascii: x & 8 != 0,
    }
}

fn at_of(x: i64) -> At {
    match x {
        0 => At::Bol,
        1 => At::BolMulti,
        2 => At::Eol,
        3 => At::EolMulti,
        4 => At::Start,
        5 => At::End,
        6 => At::Boundary(false),
        7 => At::NonBoundary(false),
        8 => At::Boundary(true),
        _ => At::NonBoundary(true),
    }
}

fn look_of(x: i64) -> Look {
    match x {
        0 => Look::Ahead,
        1 => Look::NotAhead,
        2 => Look::Behind,
        3 => Look::NotBehind,
        _ => Look::Atomic,
    }
}

/// A set from `(negate, case, items)` where items are `kind, a, b`
/// triples (kind 0: range a..=b, kind 1: class a).
fn set_of(negate: i64, case: i64, items: &[i64]) -> CharSet {
    let mut set = CharSet {
        negate: negate != 0,
        case: case_of(case),
        ranges: Vec::new(),
        classes: Vec::new(),
        ascii: [0; 2],
    };
    for item in items.chunks_exact(3) {
        if item[0] == 0 {
            set.ranges.push((u(item[1]), u(item[2])));
        } else {
            set.classes.push(class_of(item[1]));
        }
    }
    for c in 0..128u32 {
        if super::chars::set_slow(&set, c) {
            set.ascii[(c / 64) as usize] |= 1 << (c % 64);
        }
    }
    set
}

/// One instruction from its tuple.
fn inst_of(t: &[i64], items: Option<&Value>) -> PyResult<Inst> {
    let arg = |i: usize| t.get(i).copied().ok_or_else(bad);
    Ok(match t.first().copied().ok_or_else(bad)? {
        0 => Inst::Match,
        1 => Inst::Char(u(arg(1)?)),
        2 => Inst::CharCase(u(arg(1)?), case_of(arg(2)?)),
        3 => Inst::Any,
        4 => Inst::AnyAll,
        5 => {
            let items = ints(items.ok_or_else(bad)?)?;
            Inst::Set(Box::new(set_of(arg(1)?, arg(2)?, &items)))
        }
        6 => Inst::Class(class_of(arg(1)?)),
        7 => Inst::Split(u(arg(1)?), u(arg(2)?)),
        8 => Inst::Jmp(u(arg(1)?)),
        9 => Inst::Save(u(arg(1)?)),
        10 => Inst::RepChar(u(arg(1)?), u(arg(2)?), arg(3)? != 0),
        11 => Inst::RepInit(u(arg(1)?)),
        12 => Inst::RepTest(u(arg(1)?), u(arg(2)?), u(arg(3)?), arg(4)? != 0, u(arg(5)?)),
        13 => Inst::RepInc(u(arg(1)?), u(arg(2)?)),
        14 => Inst::At(at_of(arg(1)?)),
        15 => Inst::Backref(u(arg(1)?), case_of(arg(2)?)),
        16 => Inst::Look(look_of(arg(1)?), u(arg(2)?), u(arg(3)?)),
        17 => Inst::LookEnd,
        18 => Inst::GroupExists(u(arg(1)?), u(arg(2)?)),
        _ => Inst::Fail,
    })
}

/// The instructions of a program given as a sequence of tuples (a set's
/// tuple carries its items as a nested tuple in last place).
pub(super) fn load(code: &Value) -> PyResult<Vec<Inst>> {
    let items: Vec<Value> = match code.as_obj() {
        Some(Object::List(l)) => l.borrow().clone(),
        Some(Object::Tuple(t)) => t.clone(),
        _ => return Err(bad()),
    };
    let n = items.len();
    let mut out = Vec::with_capacity(n);
    for item in &items {
        let Some(Object::Tuple(parts)) = item.as_obj() else {
            return Err(bad());
        };
        let (head, nested) = match parts.last() {
            Some(last @ Value::Obj(o)) if matches!(&**o, Object::Tuple(_)) => {
                (&parts[..parts.len() - 1], Some(last))
            }
            _ => (&parts[..], None),
        };
        let nums = ints(&Value::tuple(head.to_vec()))?;
        let inst = inst_of(&nums, nested)?;
        let in_range = |t: u32| (t as usize) < n;
        let ok = match &inst {
            Inst::Split(a, b) => in_range(*a) && in_range(*b),
            Inst::Jmp(t) | Inst::GroupExists(_, t) | Inst::Look(_, _, t) => in_range(*t),
            Inst::RepTest(_, _, _, _, t) | Inst::RepInc(_, t) => in_range(*t),
            _ => true,
        };
        if !ok {
            return Err(bad());
        }
        out.push(inst);
    }
    if !matches!(out.last(), Some(Inst::Match)) {
        return Err(bad());
    }
    // A repeated test must be followed by its single-character test and
    // something after it (the matcher reads `pc + 1` and goes to `pc + 2`).
    for (i, inst) in out.iter().enumerate() {
        if matches!(inst, Inst::RepChar(..)) {
            let single = matches!(
                out.get(i + 1),
                Some(Inst::Char(_) | Inst::CharCase(..) | Inst::Any | Inst::AnyAll)
                    | Some(Inst::Set(_) | Inst::Class(_))
            );
            if !single || i + 2 >= out.len() {
                return Err(bad());
            }
        }
    }
    Ok(out)
}
