//! The backtracking matcher. One loop over the instructions with an
//! explicit stack (never Rust recursion), so long subjects cannot
//! overflow the Rust stack. Every change to a capture or repetition
//! register pushes an undo entry, so failing back to a choice point
//! restores the state it saw. Atomic groups and lookarounds push a
//! barrier: when their body succeeds the choice points above it are cut
//! (undo entries stay), when it fails backtracking reaches the barrier.

use super::chars;
use super::program::{At, Inst, Look, UNBOUNDED};

/// "Unset" in a capture slot.
pub(super) const NONE: usize = usize::MAX;

/// The subject: a sequence of code points (or bytes).
pub(super) trait Text {
    /// The character at `i` (`i < len()`).
    fn at(&self, i: usize) -> u32;
}

impl Text for [u8] {
    #[inline]
    fn at(&self, i: usize) -> u32 {
        u32::from(self[i])
    }
}

impl Text for [u32] {
    #[inline]
    fn at(&self, i: usize) -> u32 {
        self[i]
    }
}

/// A backtracking entry.
enum Frame {
    /// Resume at `pc` with `pos`.
    Choice(u32, usize),
    /// Restore `slots[slot]` to `old`.
    Undo(u32, usize),
    /// A greedy single-character run may give back one more character:
    /// continue at `pc` with `pos`, not below `least`.
    Greedy(u32, usize, usize),
    /// A lazy single-character run may take one more character: the
    /// test's pc, the position, the count so far, the maximum.
    Lazy(u32, usize, u32, u32),
    /// A lazy general repetition may do one more iteration: register,
    /// body pc, position.
    LazyRep(u32, u32, usize),
    /// A lookaround or atomic group: kind, start position, continuation.
    Barrier(Look, usize, u32),
}

/// What a run asks of the match end.
#[derive(Clone, Copy)]
pub(super) struct Mode {
    /// The match must end at the subject's end (`fullmatch`).
    pub full: bool,
    /// The match must not be empty (after an empty match in `finditer`).
    pub advance: bool,
}

/// The state of one match attempt.
pub(super) struct Machine<'p> {
    code: &'p [Inst],
    /// Capture slots (2 per group, group 0 included), then `lastindex`,
    /// then two registers per repetition (count, last start).
    pub slots: Vec<usize>,
    stack: Vec<Frame>,
    barriers: Vec<usize>,
    ngroups: usize,
}

/// Whether single-character instruction `inst` accepts `c`.
#[inline]
pub(super) fn single(inst: &Inst, c: u32) -> bool {
    match inst {
        Inst::Char(x) => *x == c,
        Inst::CharCase(x, case) => chars::same_case(*x, c, *case),
        Inst::Any => c != u32::from(b'\n'),
        Inst::AnyAll => true,
        Inst::Set(s) => chars::set(s, c),
        Inst::Class(k) => chars::class(*k, c),
        _ => false,
    }
}

fn at<T: Text + ?Sized>(kind: At, t: &T, pos: usize, end: usize) -> bool {
    let nl = u32::from(b'\n');
    match kind {
        At::Bol => pos == 0,
        At::BolMulti => pos == 0 || t.at(pos - 1) == nl,
        At::Eol => pos == end || (pos + 1 == end && t.at(pos) == nl),
        At::EolMulti => pos == end || t.at(pos) == nl,
        At::Start => pos == 0,
        At::End => pos == end,
        At::Boundary(a) | At::NonBoundary(a) => {
            if end == 0 {
                // 3.14: `\B` matches the empty string, `\b` does not.
                return matches!(kind, At::NonBoundary(_));
            }
            let before = pos > 0 && chars::is_word(t.at(pos - 1), a);
            let after = pos < end && chars::is_word(t.at(pos), a);
            (before != after) == matches!(kind, At::Boundary(_))
        }
    }
}

impl<'p> Machine<'p> {
    /// A machine for `code` with `nslots` slots (captures and registers).
    pub(super) fn new(code: &'p [Inst], ngroups: usize, nslots: usize) -> Machine<'p> {
        Machine {
            code,
            slots: vec![NONE; nslots],
            stack: Vec::new(),
            barriers: Vec::new(),
            ngroups,
        }
    }

    fn set(&mut self, slot: u32, value: usize) {
        let i = slot as usize;
        if let Some(s) = self.slots.get_mut(i) {
            self.stack.push(Frame::Undo(slot, *s));
            *s = value;
        }
    }

    fn get(&self, slot: u32) -> usize {
        self.slots.get(slot as usize).copied().unwrap_or(NONE)
    }

    fn lastindex_slot(&self) -> u32 {
        (2 * self.ngroups + 2) as u32
    }

    /// Pop frames down to a resumable one: (pc, pos), or None when the
    /// attempt failed.
    fn backtrack<T: Text + ?Sized>(&mut self, t: &T, end: usize) -> Option<(u32, usize)> {
        while let Some(frame) = self.stack.pop() {
            match frame {
                Frame::Choice(pc, pos) => return Some((pc, pos)),
                Frame::Undo(slot, old) => {
                    if let Some(s) = self.slots.get_mut(slot as usize) {
                        *s = old;
                    }
                }
                Frame::Greedy(pc, pos, least) => {
                    let mut pos = pos;
                    // With a literal next, skip positions it cannot match.
                    if let Some(Inst::Char(c)) = self.code.get(pc as usize) {
                        while pos > least && (pos >= end || t.at(pos) != *c) {
                            pos -= 1;
                        }
                        if pos >= end || t.at(pos) != *c {
                            continue;
                        }
                    }
                    if pos > least {
                        self.stack.push(Frame::Greedy(pc, pos - 1, least));
                    }
                    return Some((pc, pos));
                }
                Frame::Lazy(tpc, pos, count, max) => {
                    let test = &self.code[tpc as usize];
                    if count < max && pos < end && single(test, t.at(pos)) {
                        self.stack.push(Frame::Lazy(tpc, pos + 1, count + 1, max));
                        return Some((tpc + 1, pos + 1));
                    }
                }
                Frame::LazyRep(reg, body, pos) => {
                    self.set(self.lastindex_slot() + 2 + reg * 2, pos);
                    return Some((body, pos));
                }
                Frame::Barrier(kind, pos, cont) => {
                    self.barriers.pop();
                    if kind.negative() {
                        return Some((cont, pos));
                    }
                }
            }
        }
        None
    }

    /// Remove the choice points above the innermost barrier (and the
    /// barrier), keeping undo entries: its start position and kind.
    fn cut(&mut self) -> Option<(Look, usize, u32)> {
        let b = self.barriers.pop()?;
        let Some(&Frame::Barrier(kind, pos, cont)) = self.stack.get(b) else {
            return None;
        };
        let mut w = b;
        for r in b + 1..self.stack.len() {
            if let Frame::Undo(s, o) = self.stack[r] {
                self.stack[w] = Frame::Undo(s, o);
                w += 1;
            }
        }
        self.stack.truncate(w);
        Some((kind, pos, cont))
    }

    /// Undo everything above the innermost barrier and drop it.
    fn unwind(&mut self) {
        let Some(b) = self.barriers.pop() else {
            return;
        };
        while self.stack.len() > b {
            if let Some(Frame::Undo(slot, old)) = self.stack.pop() {
                if let Some(s) = self.slots.get_mut(slot as usize) {
                    *s = old;
                }
            }
        }
    }

    /// Run from `start`; the end position of a match (captures in
    /// `slots`), or None.
    pub(super) fn run<T: Text + ?Sized>(
        &mut self,
        t: &T,
        start: usize,
        end: usize,
        mode: Mode,
    ) -> Option<usize> {
        self.stack.clear();
        self.barriers.clear();
        self.slots.iter_mut().for_each(|s| *s = NONE);
        let code = self.code;
        let mut pc = 0u32;
        let mut pos = start;
        loop {
            let ok = match &code[pc as usize] {
                Inst::Char(c) => {
                    if pos < end && t.at(pos) == *c {
                        pos += 1;
                        pc += 1;
                        true
                    } else {
                        false
                    }
                }
                inst @ (Inst::CharCase(..)
                | Inst::Any
                | Inst::AnyAll
                | Inst::Set(_)
                | Inst::Class(_)) => {
                    if pos < end && single(inst, t.at(pos)) {
                        pos += 1;
                        pc += 1;
                        true
                    } else {
                        false
                    }
                }
                Inst::Match => {
                    if (mode.full && pos != end) || (mode.advance && pos == start) {
                        false
                    } else {
                        return Some(pos);
                    }
                }
                Inst::Split(a, b) => {
                    self.stack.push(Frame::Choice(*b, pos));
                    pc = *a;
                    true
                }
                Inst::Jmp(target) => {
                    pc = *target;
                    true
                }
                Inst::Save(slot) => {
                    self.set(*slot, pos);
                    if slot % 2 == 1 {
                        self.set(self.lastindex_slot(), (*slot / 2) as usize);
                    }
                    pc += 1;
                    true
                }
                Inst::RepChar(min, max, greedy) => {
                    let test = &code[pc as usize + 1];
                    let (min, max) = (*min as usize, *max);
                    let next = pc + 2;
                    if *greedy {
                        let limit = if max == UNBOUNDED {
                            end
                        } else {
                            end.min(pos.saturating_add(max as usize))
                        };
                        let mut j = pos;
                        if matches!(test, Inst::AnyAll) {
                            j = limit;
                        } else {
                            while j < limit && single(test, t.at(j)) {
                                j += 1;
                            }
                        }
                        let least = pos + min;
                        if j < least {
                            false
                        } else {
                            if j > least {
                                self.stack.push(Frame::Greedy(next, j - 1, least));
                            }
                            pos = j;
                            pc = next;
                            true
                        }
                    } else {
                        let mut j = pos;
                        while j < pos + min && j < end && single(test, t.at(j)) {
                            j += 1;
                        }
                        if j < pos + min {
                            false
                        } else {
                            self.stack.push(Frame::Lazy(pc + 1, j, min as u32, max));
                            pos = j;
                            pc = next;
                            true
                        }
                    }
                }
                Inst::RepInit(reg) => {
                    let base = self.lastindex_slot() + 1 + reg * 2;
                    self.set(base, 0);
                    self.set(base + 1, NONE);
                    pc += 1;
                    true
                }
                Inst::RepTest(reg, min, max, greedy, exit) => {
                    let base = self.lastindex_slot() + 1 + reg * 2;
                    let count = self.get(base);
                    if count < *min as usize {
                        pc += 1;
                    } else if (*max == UNBOUNDED || count < *max as usize)
                        && self.get(base + 1) != pos
                    {
                        if *greedy {
                            self.stack.push(Frame::Choice(*exit, pos));
                            self.set(base + 1, pos);
                            pc += 1;
                        } else {
                            self.stack.push(Frame::LazyRep(*reg, pc + 1, pos));
                            pc = *exit;
                        }
                    } else {
                        pc = *exit;
                    }
                    true
                }
                Inst::RepInc(reg, test) => {
                    let base = self.lastindex_slot() + 1 + reg * 2;
                    let count = self.get(base);
                    self.set(base, count + 1);
                    pc = *test;
                    true
                }
                Inst::At(kind) => {
                    if at(*kind, t, pos, end) {
                        pc += 1;
                        true
                    } else {
                        false
                    }
                }
                Inst::Backref(g, case) => {
                    let (s, e) = (self.get(g * 2), self.get(g * 2 + 1));
                    if s == NONE || e == NONE || s > e {
                        false
                    } else {
                        let n = e - s;
                        let fits = pos + n <= end
                            && (0..n).all(|k| chars::same_case(t.at(s + k), t.at(pos + k), *case));
                        if fits {
                            pos += n;
                            pc += 1;
                        }
                        fits
                    }
                }
                Inst::Look(kind, width, cont) => {
                    let behind = matches!(kind, Look::Behind | Look::NotBehind);
                    if behind && pos < *width as usize {
                        if kind.negative() {
                            pc = *cont;
                            true
                        } else {
                            false
                        }
                    } else {
                        self.stack.push(Frame::Barrier(*kind, pos, *cont));
                        self.barriers.push(self.stack.len() - 1);
                        if behind {
                            pos -= *width as usize;
                        }
                        pc += 1;
                        true
                    }
                }
                Inst::LookEnd => self.look_end(&mut pc, &mut pos),
                Inst::GroupExists(g, no) => {
                    let set = self.get(g * 2) != NONE && self.get(g * 2 + 1) != NONE;
                    pc = if set { pc + 1 } else { *no };
                    true
                }
                Inst::Fail => false,
            };
            if !ok {
                let (p, q) = self.backtrack(t, end)?;
                pc = p;
                pos = q;
            }
        }
    }

    /// The end of a lookaround or atomic body: whether to go on.
    fn look_end(&mut self, pc: &mut u32, pos: &mut usize) -> bool {
        let Some(&b) = self.barriers.last() else {
            return false;
        };
        let Some(&Frame::Barrier(kind, start, _)) = self.stack.get(b) else {
            return false;
        };
        match kind {
            Look::Behind | Look::NotBehind if *pos != start => false,
            Look::NotAhead | Look::NotBehind => {
                self.unwind();
                false
            }
            _ => match self.cut() {
                Some((kind, start, cont)) => {
                    if kind != Look::Atomic {
                        *pos = start;
                    }
                    *pc = cont;
                    true
                }
                None => false,
            },
        }
    }
}
