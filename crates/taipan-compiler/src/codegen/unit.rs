//! A compilation unit: the code object being built for one block, its
//! instruction list with symbolic labels, and its tables.

use std::rc::Rc;

use taipan_bytecode::{
    encode, CodeFlags, CodeObject, ConstIdx, ConstValue, ExceptionTableEntry, Instr, Label,
    NameIdx, OpFlags, Opcode, Position,
};
use taipan_source::{LineIndex, TextRange};

use crate::symtable::ScopeId;

/// An open loop: where `continue` and `break` go.
#[derive(Clone, Copy)]
pub(super) struct LoopLabels {
    pub(super) continue_to: Label,
    pub(super) break_to: Label,
}

/// Where an exception raised by an instruction goes (an exception table
/// entry before assembly).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) struct Handler {
    pub(super) target: Label,
    pub(super) depth: u32,
    pub(super) lasti: bool,
}

impl Handler {
    /// A depth worked out at assembly: the stack depth at the first
    /// instruction the handler covers.
    pub(super) const INFER: u32 = u32::MAX;
}

/// A block of statements that `return`, `break` and `continue` must
/// unwind (CPython's "fblock").
#[derive(Clone, Debug, PartialEq)]
pub(super) enum FBlock {
    /// A `for` body: its iterator is on the stack.
    ForLoop,
    /// A `while` body.
    WhileLoop,
    /// An `except` body: the previously handled exception is on the stack;
    /// `name` is the `as` target to clear. Jumps out run outside the
    /// handlers from `handlers_len` on (CPython's `POP_BLOCK`).
    ExceptHandler {
        name: Option<String>,
        handlers_len: usize,
    },
    /// A `try` body (nothing on the stack).
    TryBody { handlers_len: usize },
    /// The body of a `try` with a `finally`: jumps out run a copy of
    /// `body`, compiled with the handlers open before this `try`.
    FinallyTry {
        body: std::rc::Rc<[taipan_ast::Stmt]>,
        handlers_len: usize,
    },
    /// A `finally` body run for an exception: the saved and the current
    /// exception are on the stack.
    FinallyEnd,
    /// A `finally` copy run by `return`: the return value is on the stack.
    ReturnValue,
    /// A `with` body: `__exit__` and its `self` are on the stack.
    With { handlers_len: usize },
    /// An `async with` body: `__aexit__` and its `self` are on the stack.
    AsyncWith { handlers_len: usize },
    /// An `except*` body: the previously handled exception, the original
    /// group, the list of raised exceptions and the rest are on the stack.
    ExceptStarHandler,
}

/// The code object under construction for one block.
pub(super) struct Unit {
    pub(super) scope: ScopeId,
    pub(super) name: String,
    pub(super) qualname: String,
    pub(super) firstlineno: u32,
    pub(super) argcount: u32,
    pub(super) posonlyargcount: u32,
    pub(super) kwonlyargcount: u32,
    pub(super) flags: u32,
    /// Instructions; jump operands are label numbers until assembly.
    pub(super) instrs: Vec<(Instr, TextRange)>,
    /// For each label, the index of the instruction it is bound before.
    pub(super) labels: Vec<Option<usize>>,
    pub(super) consts: Vec<ConstValue>,
    pub(super) names: Vec<String>,
    pub(super) varnames: Vec<String>,
    pub(super) cellvars: Vec<String>,
    pub(super) freevars: Vec<String>,
    pub(super) cell_slots: Vec<u32>,
    pub(super) loops: Vec<LoopLabels>,
    /// The exception handler of each instruction.
    pub(super) instr_handlers: Vec<Option<Handler>>,
    /// Open `try` handlers, innermost last.
    pub(super) handlers: Vec<Handler>,
    /// Open blocks, innermost last.
    pub(super) fblocks: Vec<FBlock>,
    /// The inlined comprehensions being compiled (PEP 709).
    pub(super) inlined: super::comprehension::Inlined,
    /// The range instructions are attributed to.
    pub(super) range: TextRange,
    /// A class body: the attributes its methods assign on `self`
    /// (`__static_attributes__`).
    pub(super) static_attributes: Vec<String>,
    /// The statement ranges of a module's or class's simple annotations,
    /// in order (their indices in `__conditional_annotations__`).
    pub(super) annotations: Vec<TextRange>,
}

impl Unit {
    /// An empty unit for block `scope`.
    pub(super) fn new(scope: ScopeId, name: &str, qualname: String, firstlineno: u32) -> Unit {
        Unit {
            scope,
            name: name.to_owned(),
            qualname,
            firstlineno,
            argcount: 0,
            posonlyargcount: 0,
            kwonlyargcount: 0,
            flags: 0,
            instrs: Vec::new(),
            labels: Vec::new(),
            consts: Vec::new(),
            names: Vec::new(),
            varnames: Vec::new(),
            cellvars: Vec::new(),
            freevars: Vec::new(),
            cell_slots: Vec::new(),
            loops: Vec::new(),
            instr_handlers: Vec::new(),
            handlers: Vec::new(),
            fblocks: Vec::new(),
            inlined: Default::default(),
            range: TextRange::default(),
            static_attributes: Vec::new(),
            annotations: Vec::new(),
        }
    }

    /// Append an instruction at the current range.
    pub(super) fn emit(&mut self, instr: Instr) {
        if matches!(instr, Instr::ToBool(_)) && self.fold_to_bool() {
            return;
        }
        // CPython's codegen loads every int with `LOAD_CONST`, so it takes
        // its place in `co_consts`; the flow graph makes small ones
        // `LOAD_SMALL_INT` again.
        let instr = match instr {
            Instr::LoadSmallInt(n) => {
                Instr::LoadConst(self.add_const(ConstValue::Int(i64::from(n.0))))
            }
            other => other,
        };
        self.instrs.push((instr, self.range));
        self.instr_handlers.push(self.handlers.last().copied());
    }

    /// A `TO_BOOL` about to follow an instruction that already pushes a
    /// bool is left out, as CPython's optimizer removes it: a comparison
    /// takes its "convert to bool" flag instead (`COMPARE_OP 18
    /// (bool(<))`); `IS_OP`, `CONTAINS_OP` and `TO_BOOL` need nothing.
    /// Not across a label: a jump may arrive there with any value.
    fn fold_to_bool(&mut self) -> bool {
        let here = self.instrs.len();
        if self.labels.contains(&Some(here)) {
            return false;
        }
        match self.instrs.last_mut() {
            Some((Instr::CompareOp(arg), _)) => {
                arg.0 |= 16;
                true
            }
            Some((Instr::IsOp(_) | Instr::ContainsOp(_) | Instr::ToBool(_), _)) => true,
            _ => false,
        }
    }

    /// The stack depth at statement level: one value per enclosing `for`
    /// iterator and `except` body.
    pub(super) fn depth(&self) -> u32 {
        self.fblocks
            .iter()
            .map(|b| match b {
                FBlock::ForLoop | FBlock::ExceptHandler { .. } | FBlock::ReturnValue => 1,
                FBlock::FinallyEnd | FBlock::With { .. } | FBlock::AsyncWith { .. } => 2,
                FBlock::ExceptStarHandler => 4,
                _ => 0,
            })
            .sum()
    }

    /// A new, unbound label.
    pub(super) fn new_label(&mut self) -> Label {
        self.labels.push(None);
        Label(self.labels.len() as u32 - 1)
    }

    /// Bind `label` to the next instruction.
    pub(super) fn bind(&mut self, label: Label) {
        self.labels[label.0 as usize] = Some(self.instrs.len());
    }

    /// The index of `value` in `co_consts`, adding it if new.
    pub(super) fn add_const(&mut self, value: ConstValue) -> ConstIdx {
        let found = self.consts.iter().position(|c| same_const(c, &value));
        let index = found.unwrap_or_else(|| {
            self.consts.push(value);
            self.consts.len() - 1
        });
        ConstIdx(index as u32)
    }

    /// The index of `name` in `co_names`, adding it if new.
    pub(super) fn add_name(&mut self, name: &str) -> NameIdx {
        let index = self
            .names
            .iter()
            .position(|n| n == name)
            .unwrap_or_else(|| {
                self.names.push(name.to_owned());
                self.names.len() - 1
            });
        NameIdx(index as u32)
    }

    /// Finish: optimise the control flow graph (CPython's flowgraph
    /// passes), resolve labels, encode, compute the stack size.
    pub(super) fn assemble(mut self, index: &LineIndex, filename: &Rc<str>) -> CodeObject {
        let resume = self
            .instrs
            .iter()
            .position(|(i, _)| i.opcode() == taipan_bytecode::Opcode::Resume);
        let entry = self.entry_position();
        let instrs: Vec<(Instr, Position)> = self
            .instrs
            .iter()
            .enumerate()
            .map(|(n, &(instr, range))| {
                let at = if range != TextRange::default() {
                    position(index, range)
                } else if resume.is_some_and(|r| n <= r) {
                    entry
                } else {
                    Position::default()
                };
                (instr, at)
            })
            .collect();
        let info = super::flow::UnitInfo {
            nlocals: self.varnames.len(),
            nparams: self.nparams(),
        };
        let (instrs, instr_handlers) = super::flow::optimize(
            &instrs,
            &self.labels,
            &self.instr_handlers,
            &mut self.consts,
            &info,
        );
        let label_index = |l: Label| l.0 as usize;
        let instr_handlers = resolve_depths(&instrs, &instr_handlers, label_index);
        let handlers: Vec<Option<(usize, u32)>> = instr_handlers
            .iter()
            .map(|h| h.map(|h| (label_index(h.target), h.depth + 1 + u32::from(h.lasti))))
            .collect();
        let stacksize = max_stack(&instrs, &handlers).0;
        let encoded = encode(&instrs);
        let exception_table = exception_table(&instr_handlers, &encoded.offsets, label_index);
        let (code, positions) = (encoded.code, encoded.positions);
        CodeObject {
            name: self.name,
            qualname: self.qualname,
            filename: filename.clone(),
            firstlineno: self.firstlineno,
            argcount: self.argcount,
            posonlyargcount: self.posonlyargcount,
            kwonlyargcount: self.kwonlyargcount,
            varnames: self.varnames,
            names: self.names,
            consts: self.consts,
            cellvars: self.cellvars,
            freevars: self.freevars,
            flags: CodeFlags(self.flags),
            code,
            positions,
            stacksize,
            exception_table,
            cell_slots: self.cell_slots,
        }
    }
}

impl Unit {
    /// The parameters, `*args` and `**kwargs` included (they start bound).
    fn nparams(&self) -> usize {
        let star = |flag: u32| usize::from(self.flags & flag != 0);
        (self.argcount + self.kwonlyargcount) as usize
            + star(CodeFlags::VARARGS)
            + star(CodeFlags::VARKEYWORDS)
    }

    /// Where the prologue (up to `RESUME`) is, as CPython places it: the
    /// `def`/`class` line, or line 0 in module code (`end_line` 1 tells
    /// it from "no position").
    fn entry_position(&self) -> Position {
        let line = if self.name == "<module>" {
            0
        } else {
            self.firstlineno
        };
        Position {
            line,
            end_line: line.max(1),
            col: 0,
            end_col: 0,
        }
    }
}

/// Constants are shared only when equal *and* of the same type (`1`,
/// `1.0` and `True` are distinct entries, as are `0.0` and `-0.0`).
fn same_const(a: &ConstValue, b: &ConstValue) -> bool {
    match (a, b) {
        (ConstValue::Float(x), ConstValue::Float(y)) => x.to_bits() == y.to_bits(),
        (ConstValue::Complex(a, b), ConstValue::Complex(c, d)) => {
            a.to_bits() == c.to_bits() && b.to_bits() == d.to_bits()
        }
        (ConstValue::Code(x), ConstValue::Code(y)) => Rc::ptr_eq(x, y),
        (ConstValue::Tuple(x), ConstValue::Tuple(y))
        | (ConstValue::FrozenSet(x), ConstValue::FrozenSet(y)) => {
            x.len() == y.len() && x.iter().zip(y).all(|(a, b)| same_const(a, b))
        }
        _ => a == b,
    }
}

/// The position of a source range (an empty range at 0 has none).
fn position(index: &LineIndex, range: TextRange) -> Position {
    let start = index.line_col(range.start);
    let end = index.line_col(range.end);
    Position {
        line: start.line,
        end_line: end.line,
        col: start.col,
        end_col: end.col,
    }
}

/// The deepest the value stack gets: a walk of every path, recording the
/// depth at each instruction (labels are instruction indices here).
/// Each instruction's handler is another entry point: `(target index,
/// depth there)`.
fn max_stack(
    instrs: &[(Instr, Position)],
    handlers: &[Option<(usize, u32)>],
) -> (u32, Vec<Option<u32>>) {
    let mut depth_at: Vec<Option<u32>> = vec![None; instrs.len() + 1];
    let mut pending = vec![(0usize, 0u32)];
    pending.extend(handlers.iter().flatten().copied());
    let mut max = 0;
    while let Some((mut i, mut depth)) = pending.pop() {
        while i < instrs.len() {
            if depth_at[i].is_some_and(|d| d >= depth) {
                break;
            }
            depth_at[i] = Some(depth);
            let (instr, _) = instrs[i];
            let op: Opcode = instr.opcode();
            if let Some(target) = instr.label() {
                let (pop, push) = op.branch_stack_effect(instr.arg());
                let d = (depth + push).saturating_sub(pop);
                max = max.max(depth + push);
                pending.push((target.0 as usize, d));
            }
            let (pop, push) = op.stack_effect(instr.arg());
            max = max.max(depth.saturating_sub(pop) + push);
            depth = (depth + push).saturating_sub(pop);
            if op.flags().contains(OpFlags::NO_FALLTHROUGH) {
                break;
            }
            i += 1;
        }
    }
    (max, depth_at)
}

/// Handlers whose depth is [`Handler::INFER`] keep the stack as it is at
/// the first instruction they cover (inside expressions, where the
/// statement-level depth is not enough: async comprehensions).
fn resolve_depths(
    instrs: &[(Instr, Position)],
    handlers: &[Option<Handler>],
    label_index: impl Fn(Label) -> usize,
) -> Vec<Option<Handler>> {
    let mut resolved = handlers.to_vec();
    // Code after a handler is reached only once that handler's depth is
    // known: walk again until every depth is.
    for _ in 0..handlers.len() {
        if !resolved.iter().flatten().any(|h| h.depth == Handler::INFER) {
            break;
        }
        let known: Vec<Option<(usize, u32)>> = resolved
            .iter()
            .map(|h| {
                h.filter(|h| h.depth != Handler::INFER)
                    .map(|h| (label_index(h.target), h.depth + 1 + u32::from(h.lasti)))
            })
            .collect();
        let depth_at = max_stack(instrs, &known).1;
        let mut first: Vec<(Label, Option<u32>)> = Vec::new();
        for (i, slot) in resolved.iter_mut().enumerate() {
            let Some(h) = slot.as_mut().filter(|h| h.depth == Handler::INFER) else {
                continue;
            };
            let depth = match first.iter().find(|(l, _)| *l == h.target) {
                Some(&(_, d)) => d,
                None => {
                    let d = depth_at.get(i).copied().flatten();
                    first.push((h.target, d));
                    d
                }
            };
            if let Some(d) = depth {
                h.depth = d;
            }
        }
    }
    for h in resolved.iter_mut().flatten() {
        if h.depth == Handler::INFER {
            h.depth = 0;
        }
    }
    resolved
}

/// Runs of instructions with the same handler become table entries.
fn exception_table(
    handlers: &[Option<Handler>],
    offsets: &[u32],
    label_index: impl Fn(Label) -> usize,
) -> Vec<ExceptionTableEntry> {
    let mut table: Vec<ExceptionTableEntry> = Vec::new();
    for (i, handler) in handlers.iter().enumerate() {
        let Some(h) = handler else { continue };
        let entry = ExceptionTableEntry {
            start: offsets[i],
            end: offsets[i + 1],
            target: offsets[label_index(h.target)],
            depth: h.depth,
            lasti: h.lasti,
        };
        match table.last_mut() {
            Some(last)
                if last.end == entry.start
                    && (last.target, last.depth, last.lasti)
                        == (entry.target, entry.depth, entry.lasti) =>
            {
                last.end = entry.end;
            }
            _ => table.push(entry),
        }
    }
    table
}
