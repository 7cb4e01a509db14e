//! The control-flow-graph optimiser: the passes CPython 3.14 runs on a
//! code unit between code generation and assembly (its `flowgraph.c`).
//!
//! The codegen's flat instruction list (jump operands are label numbers,
//! each instruction carries its exception handler) is cut into basic
//! blocks ([`Cfg::build`]), optimised in CPython's order ([`optimize`]),
//! and laid out again as a flat list whose jump operands are instruction
//! indices ([`Cfg::linearize`]). The passes live in one file per family:
//! `jumps` (unreachable code, small exit blocks, jump threading, redundant
//! `NOP`s and jumps, peephole rules), `lines` (line numbers of
//! instructions without one), `layout` (cold blocks, jump direction and
//! `NOT_TAKEN`), `locals` (`LOAD_FAST_CHECK`), `borrow`
//! (superinstructions, `LOAD_FAST_BORROW`) and `consts` (constant conditions, unused
//! constants).

mod borrow;
mod consts;
mod jumps;
mod layout;
mod lines;
mod locals;

use taipan_bytecode::{ConstValue, Instr, Label, OpFlags, Opcode, Position};

use super::unit::Handler;

/// Where an exception raised by an instruction goes, with the handler as
/// a block.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) struct Exc {
    /// The handler's block.
    pub(super) block: usize,
    /// The stack depth below the exception (or [`Handler::INFER`]).
    pub(super) depth: u32,
    /// Whether the offset of the failing instruction is pushed too.
    pub(super) lasti: bool,
}

/// One instruction of a block: jump targets are blocks.
#[derive(Clone, Copy, Debug)]
pub(super) struct FInstr {
    pub(super) op: Opcode,
    pub(super) arg: u32,
    /// The target block of a jump.
    pub(super) target: Option<usize>,
    pub(super) pos: Position,
    pub(super) handler: Option<Exc>,
}

impl FInstr {
    /// CPython's line number: -1 for "no location".
    pub(super) fn line(&self) -> i64 {
        line_of(&self.pos)
    }

    /// Turn the instruction into a `NOP` (keeping its position).
    pub(super) fn set_nop(&mut self) {
        self.op = Opcode::Nop;
        self.arg = 0;
        self.target = None;
    }
}

/// The line of a position, -1 when it has none (module code's prologue
/// is at line 0, told apart by its `end_line`).
pub(super) fn line_of(pos: &Position) -> i64 {
    if pos.line == 0 && pos.end_line == 0 {
        -1
    } else {
        i64::from(pos.line)
    }
}

/// A basic block: straight-line instructions, entered only at the top.
#[derive(Clone, Debug, Default)]
pub(super) struct Block {
    pub(super) instrs: Vec<FInstr>,
    /// The block laid out after this one.
    pub(super) next: Option<usize>,
    /// A jump or handler target (CPython's `b_label`).
    pub(super) label: bool,
    pub(super) except_handler: bool,
    pub(super) preds: u32,
    pub(super) visited: bool,
    pub(super) cold: bool,
    pub(super) warm: bool,
    /// The handlers left in the slots past the end of the block when it
    /// shrank: CPython reuses its instruction array, and an instruction
    /// added there later keeps the stale handler (so a `NOT_TAKEN` can be
    /// covered by the `try` a removed instruction was in).
    pub(super) stale: Vec<Option<Exc>>,
}

impl Block {
    /// The last instruction.
    pub(super) fn last(&self) -> Option<&FInstr> {
        self.instrs.last()
    }

    /// Control never falls off the end (a return, raise or
    /// unconditional jump ends the block).
    pub(super) fn no_fallthrough(&self) -> bool {
        self.last()
            .is_some_and(|i| is_scope_exit(i.op) || is_uncond_jump(i.op))
    }

    /// The block ends in a return or raise.
    pub(super) fn exits_scope(&self) -> bool {
        self.last().is_some_and(|i| is_scope_exit(i.op))
    }

    /// Add a new instruction (CPython's `basicblock_addop`): it takes the
    /// handler left in the slot it fills.
    pub(super) fn push_new(&mut self, mut instr: FInstr) {
        instr.handler = if self.stale.is_empty() {
            None
        } else {
            self.stale.remove(0)
        };
        self.instrs.push(instr);
    }

    /// Append copies of instructions, handlers included.
    pub(super) fn append_copies(&mut self, instrs: &[FInstr]) {
        let used = instrs.len().min(self.stale.len());
        self.stale.drain(..used);
        self.instrs.extend_from_slice(instrs);
    }

    /// Keep only `keep` (a subsequence of the instructions, in order).
    pub(super) fn compact(&mut self, keep: Vec<FInstr>) {
        let old = std::mem::replace(&mut self.instrs, keep);
        let mut stale: Vec<Option<Exc>> = old[self.instrs.len().min(old.len())..]
            .iter()
            .map(|i| i.handler)
            .collect();
        stale.append(&mut self.stale);
        self.stale = stale;
    }

    /// No instruction has a line number.
    pub(super) fn has_no_lineno(&self) -> bool {
        self.instrs.iter().all(|i| i.line() < 0)
    }
}

/// A jump (conditional or not, `FOR_ITER` and `SEND` included).
pub(super) fn is_jump(op: Opcode) -> bool {
    op.flags().contains(OpFlags::JUMP)
}

/// An unconditional jump (CPython's `JUMP`/`JUMP_NO_INTERRUPT` before
/// their direction is chosen).
pub(super) fn is_uncond_jump(op: Opcode) -> bool {
    matches!(
        op,
        Opcode::JumpForward | Opcode::JumpBackward | Opcode::JumpBackwardNoInterrupt
    )
}

/// An instruction that leaves the frame.
pub(super) fn is_scope_exit(op: Opcode) -> bool {
    matches!(
        op,
        Opcode::ReturnValue | Opcode::RaiseVarargs | Opcode::Reraise
    )
}

/// A `POP_JUMP_IF_*`.
pub(super) fn is_conditional_jump(op: Opcode) -> bool {
    matches!(
        op,
        Opcode::PopJumpIfFalse
            | Opcode::PopJumpIfTrue
            | Opcode::PopJumpIfNone
            | Opcode::PopJumpIfNotNone
    )
}

/// The control flow graph of one code unit.
pub(super) struct Cfg {
    pub(super) blocks: Vec<Block>,
    /// `(block, handler)`: the block where a `try` starts (CPython's
    /// `SETUP_*` pseudo-instruction, which keeps the handler reachable
    /// while the block is).
    pub(super) anchors: Vec<(usize, usize)>,
}

/// The entry block is always block 0.
pub(super) const ENTRY: usize = 0;

impl Cfg {
    /// Cut a flat instruction list into blocks. `labels` maps a label to
    /// the index of the instruction it is bound before (`None`: the end).
    pub(super) fn build(
        instrs: &[(Instr, Position)],
        labels: &[Option<usize>],
        handlers: &[Option<Handler>],
    ) -> Cfg {
        let end = instrs.len();
        let index_of = |l: Label| {
            labels
                .get(l.0 as usize)
                .copied()
                .flatten()
                .unwrap_or(end)
                .min(end)
        };
        let mut is_target = vec![false; end + 1];
        for (n, (instr, _)) in instrs.iter().enumerate() {
            if let Some(l) = instr.label() {
                is_target[index_of(l)] = true;
            }
            if let Some(h) = handlers.get(n).copied().flatten() {
                is_target[index_of(h.target)] = true;
            }
        }
        let mut blocks = vec![Block::default()];
        let mut block_at = vec![usize::MAX; end + 1];
        let exc = |h: Option<Handler>| {
            h.map(|h| Exc {
                block: index_of(h.target),
                depth: h.depth,
                lasti: h.lasti,
            })
        };
        let mut prev_handler = None;
        for (n, &(instr, pos)) in instrs.iter().enumerate() {
            start_block(&mut blocks, &mut block_at, n, is_target[n]);
            let cur = blocks.len() - 1;
            let handler = handlers.get(n).copied().flatten();
            let mut own = exc(handler);
            if handler != prev_handler {
                // CPython has a `SETUP_*` or `POP_BLOCK` pseudo-instruction
                // here, without a handler of its own: the `NOP` a `try`
                // line leaves is one, else a `NOP` without a line stands in.
                if instr.opcode() == Opcode::Nop && handler.is_some() {
                    own = None;
                } else {
                    blocks[cur].instrs.push(FInstr {
                        op: Opcode::Nop,
                        arg: 0,
                        target: None,
                        pos: Position::default(),
                        handler: None,
                    });
                }
            }
            prev_handler = handler;
            blocks[cur].instrs.push(FInstr {
                op: instr.opcode(),
                arg: instr.arg(),
                target: instr.label().map(&index_of),
                pos,
                handler: own,
            });
        }
        if is_target[end] {
            start_block(&mut blocks, &mut block_at, end, true);
        }
        // Instruction indices become block numbers (every target index
        // started a block above, so `block_at` is set there).
        for b in &mut blocks {
            for i in &mut b.instrs {
                if let Some(t) = i.target.as_mut() {
                    *t = block_at[*t];
                }
                if let Some(h) = i.handler.as_mut() {
                    h.block = block_at[h.block];
                }
            }
        }
        Cfg {
            blocks,
            anchors: Vec::new(),
        }
    }

    /// Add a block (laid out nowhere until linked).
    pub(super) fn new_block(&mut self) -> usize {
        self.blocks.push(Block::default());
        self.blocks.len() - 1
    }

    /// The blocks in layout order.
    pub(super) fn order(&self) -> Vec<usize> {
        let mut out = Vec::new();
        let mut cur = Some(ENTRY);
        while let Some(b) = cur {
            if out.len() > self.blocks.len() {
                break; // a cycle in `next` would be a bug: stop rather than hang
            }
            out.push(b);
            cur = self.blocks[b].next;
        }
        out
    }

    /// The first non-empty block from `b` on, in layout order.
    pub(super) fn next_nonempty(&self, mut b: Option<usize>) -> Option<usize> {
        let mut steps = 0;
        while let Some(x) = b {
            if !self.blocks[x].instrs.is_empty() || steps > self.blocks.len() {
                break;
            }
            b = self.blocks[x].next;
            steps += 1;
        }
        b
    }

    /// Reset every block's `visited` flag.
    pub(super) fn clear_visited(&mut self) {
        for b in &mut self.blocks {
            b.visited = false;
        }
    }

    /// The flat list again, jump operands and handler targets being
    /// instruction indices.
    pub(super) fn linearize(&self) -> (Vec<(Instr, Position)>, Vec<Option<Handler>>) {
        let order = self.order();
        let mut start = vec![usize::MAX; self.blocks.len()];
        let mut n = 0;
        for &b in &order {
            start[b] = n;
            n += self.blocks[b].instrs.len();
        }
        let mut out = Vec::with_capacity(n);
        let mut handlers = Vec::with_capacity(n);
        let index = |b: usize| {
            start
                .get(b)
                .copied()
                .filter(|&s| s != usize::MAX)
                .unwrap_or(n)
        };
        for &b in &order {
            for i in &self.blocks[b].instrs {
                let arg = i.target.map_or(i.arg, |t| index(t) as u32);
                let op = jump_direction(i.op, out.len(), arg as usize);
                out.push((Instr::from_parts(op, arg), i.pos));
                handlers.push(i.handler.map(|h| Handler {
                    target: Label(index(h.block) as u32),
                    depth: h.depth,
                    lasti: h.lasti,
                }));
            }
        }
        (out, handlers)
    }
}

/// An unconditional jump from instruction `at` to `target` as the
/// assembler writes it: `JUMP_FORWARD` forward, else `JUMP_BACKWARD` (or
/// `JUMP_BACKWARD_NO_INTERRUPT` for CPython's `JUMP_NO_INTERRUPT`).
fn jump_direction(op: Opcode, at: usize, target: usize) -> Opcode {
    if !is_uncond_jump(op) {
        op
    } else if target > at {
        Opcode::JumpForward
    } else if op == Opcode::JumpBackwardNoInterrupt {
        op
    } else {
        Opcode::JumpBackward
    }
}

/// Start a new block at instruction `n` if the current one is terminated
/// (ends in a jump or exit) or `n` is a jump target (CPython's
/// `cfg_builder_maybe_start_new_block`).
fn start_block(blocks: &mut Vec<Block>, block_at: &mut [usize], n: usize, target: bool) {
    let cur = blocks.len() - 1;
    let b = &blocks[cur];
    let terminated = b
        .last()
        .is_some_and(|i| is_jump(i.op) || is_scope_exit(i.op));
    let new = terminated || (target && (!b.instrs.is_empty() || b.label));
    let cur = if new {
        blocks.push(Block::default());
        blocks[cur].next = Some(cur + 1);
        cur + 1
    } else {
        cur
    };
    if target {
        blocks[cur].label = true;
        block_at[n] = cur;
    }
}

/// What the optimiser needs to know about the code unit.
pub(super) struct UnitInfo {
    /// Local variables (`co_varnames`).
    pub(super) nlocals: usize,
    /// Parameters (they start bound).
    pub(super) nparams: usize,
}

/// Run CPython's passes on a code unit: `instrs` with positions (`line`
/// 0 and `end_line` 0 for none), `labels` (label → instruction index),
/// each instruction's handler, and the constants (which unused-constant
/// removal renumbers). Returns the instructions (jump operands and
/// handler labels are instruction indices) and their handlers.
pub(super) fn optimize(
    instrs: &[(Instr, Position)],
    labels: &[Option<usize>],
    handlers: &[Option<Handler>],
    consts: &mut Vec<ConstValue>,
    info: &UnitInfo,
) -> (Vec<(Instr, Position)>, Vec<Option<Handler>>) {
    let mut g = Cfg::build(instrs, labels, handlers);
    jumps::mark_except_handlers(&mut g);
    // optimize_cfg
    jumps::inline_small_or_no_lineno_blocks(&mut g);
    jumps::remove_unreachable(&mut g);
    lines::resolve_line_numbers(&mut g);
    consts::optimize_load_const(&mut g, consts);
    for b in g.order() {
        jumps::optimize_basic_block(&mut g, b);
    }
    jumps::remove_redundant_nops_and_pairs(&mut g);
    jumps::remove_unreachable(&mut g);
    jumps::remove_redundant_nops_and_jumps(&mut g);
    // _PyCfg_OptimizeCodeUnit, after optimize_cfg
    consts::remove_unused_consts(&mut g, consts);
    locals::add_checks_for_uninitialized(&mut g, info);
    borrow::insert_superinstructions(&mut g);
    layout::push_cold_blocks_to_end(&mut g);
    lines::resolve_line_numbers(&mut g);
    // _PyCfg_OptimizedCfgToInstructionSequence
    jumps::remove_redundant_nops_and_jumps(&mut g);
    layout::normalize_jumps(&mut g);
    borrow::optimize_load_fast(&mut g);
    g.linearize()
}
