//! Line numbers for instructions without one (CPython's
//! `resolve_line_numbers`): exit blocks without a line get one copy per
//! jump to them, then lines flow forward from the instruction before.

use taipan_bytecode::{Opcode, Position};

use super::{is_jump, is_uncond_jump, Cfg, ENTRY};

/// An instruction where the eval breaker runs (CPython's
/// `HAS_EVAL_BREAK`; an unconditional jump counts as the pseudo `JUMP`).
fn has_eval_break(op: Opcode) -> bool {
    matches!(
        op,
        Opcode::Call
            | Opcode::CallKw
            | Opcode::CallFunctionEx
            | Opcode::Resume
            | Opcode::JumpBackward
            | Opcode::JumpForward
    )
}

/// A block without line numbers that returns, raises or checks the eval
/// breaker: it must not be shared, so each jump to it gets a copy.
fn is_exit_or_eval_check_without_lineno(g: &Cfg, b: usize) -> bool {
    let blk = &g.blocks[b];
    let special = blk.exits_scope() || blk.instrs.iter().any(|i| has_eval_break(i.op));
    special && blk.has_no_lineno()
}

/// Copy the exit blocks without line numbers that several jumps reach,
/// one per jump, taking the jump's position; an exit block reached by
/// falling through takes the position of the instruction before.
fn duplicate_exits_without_lineno(g: &mut Cfg) {
    let mut cur = Some(ENTRY);
    let mut steps = 0;
    while let Some(b) = cur {
        steps += 1;
        if steps > 4 * g.blocks.len() + 16 {
            break;
        }
        cur = g.blocks[b].next;
        let Some(last) = g.blocks[b].last().copied() else {
            continue;
        };
        if !is_jump(last.op) {
            continue;
        }
        let Some(target) = g.next_nonempty(last.target) else {
            continue;
        };
        let t = &g.blocks[target];
        if !is_exit_or_eval_check_without_lineno(g, target) || t.preds <= 1 || !t.no_fallthrough() {
            continue;
        }
        let mut instrs = t.instrs.clone();
        instrs[0].pos = last.pos;
        let new = g.new_block();
        let tnext = g.blocks[target].next;
        let nb = &mut g.blocks[new];
        nb.instrs = instrs;
        nb.preds = 1;
        nb.next = tnext;
        nb.label = true;
        g.blocks[target].next = Some(new);
        g.blocks[target].preds -= 1;
        if let Some(l) = g.blocks[b].instrs.last_mut() {
            l.target = Some(new);
        }
    }
    for b in g.order() {
        let blk = &g.blocks[b];
        let (Some(next), Some(last)) = (blk.next, blk.last().copied()) else {
            continue;
        };
        if !blk.no_fallthrough()
            && is_exit_or_eval_check_without_lineno(g, next)
            && !g.blocks[next].instrs.is_empty()
        {
            g.blocks[next].instrs[0].pos = last.pos;
        }
    }
}

/// An instruction without a line takes the position of the one before
/// it in its block; a block with one predecessor whose first instruction
/// has no line takes the position its predecessor ends with.
fn propagate_line_numbers(g: &mut Cfg) {
    for b in g.order() {
        let Some(last) = g.blocks[b].last().copied() else {
            continue;
        };
        let mut prev = Position::default();
        for i in &mut g.blocks[b].instrs {
            if i.line() < 0 {
                i.pos = prev;
            } else {
                prev = i.pos;
            }
        }
        let blk = &g.blocks[b];
        let falls = !blk.no_fallthrough();
        if let Some(next) = blk.next.filter(|_| falls) {
            inherit(g, next, prev);
        }
        if is_jump(last.op) || is_uncond_jump(last.op) {
            if let Some(t) = last.target {
                inherit(g, t, prev);
            }
        }
    }
}

/// Give block `b`'s first instruction `pos` if it has no line and `b` one
/// predecessor.
fn inherit(g: &mut Cfg, b: usize, pos: Position) {
    let blk = &mut g.blocks[b];
    if blk.preds == 1 {
        if let Some(first) = blk.instrs.first_mut() {
            if first.line() < 0 {
                first.pos = pos;
            }
        }
    }
}

/// CPython's `resolve_line_numbers`.
pub(super) fn resolve_line_numbers(g: &mut Cfg) {
    duplicate_exits_without_lineno(g);
    propagate_line_numbers(g);
}
