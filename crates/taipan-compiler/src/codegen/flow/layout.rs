//! Block layout: exception handlers and the code only they reach go to
//! the end (CPython's `push_cold_blocks_to_end`), and conditional jumps
//! are made forward, each followed by `NOT_TAKEN` (`normalize_jumps`).

use taipan_bytecode::{Opcode, Position};

use super::{is_conditional_jump, is_jump, jumps, Cfg, FInstr, ENTRY};

/// Mark the blocks normal control flow reaches (jumps and fall-through
/// from the entry, not exceptions).
fn mark_warm(g: &mut Cfg) {
    g.clear_visited();
    let mut stack = vec![ENTRY];
    g.blocks[ENTRY].visited = true;
    while let Some(b) = stack.pop() {
        g.blocks[b].warm = true;
        let mut succ = Vec::new();
        if let Some(n) = g.blocks[b].next.filter(|_| !g.blocks[b].no_fallthrough()) {
            succ.push(n);
        }
        succ.extend(g.blocks[b].instrs.iter().filter_map(|i| i.target));
        for t in succ {
            if !g.blocks[t].visited {
                g.blocks[t].visited = true;
                stack.push(t);
            }
        }
    }
}

/// Mark the blocks reached only from exception handlers.
fn mark_cold(g: &mut Cfg) {
    for b in &mut g.blocks {
        b.warm = false;
        b.cold = false;
    }
    mark_warm(g);
    g.clear_visited();
    let mut stack = Vec::new();
    for b in g.order() {
        if g.blocks[b].except_handler && !g.blocks[b].warm {
            g.blocks[b].visited = true;
            stack.push(b);
        }
    }
    while let Some(b) = stack.pop() {
        g.blocks[b].cold = true;
        let mut succ = Vec::new();
        if let Some(n) = g.blocks[b].next.filter(|_| !g.blocks[b].no_fallthrough()) {
            succ.push(n);
        }
        succ.extend(g.blocks[b].instrs.iter().filter_map(|i| i.target));
        for t in succ {
            if !g.blocks[t].warm && !g.blocks[t].visited {
                g.blocks[t].visited = true;
                stack.push(t);
            }
        }
    }
}

/// Move the cold blocks after the warm ones, keeping their order; a cold
/// block falling through to a warm one gets an explicit jump first.
pub(super) fn push_cold_blocks_to_end(g: &mut Cfg) {
    if g.blocks[ENTRY].next.is_none() {
        return;
    }
    mark_cold(g);
    for b in g.order() {
        let blk = &g.blocks[b];
        let Some(next) = blk.next else { continue };
        if blk.cold && !blk.no_fallthrough() && g.blocks[next].warm {
            let jump = g.new_block();
            g.blocks[jump].instrs.push(FInstr {
                op: Opcode::JumpBackwardNoInterrupt,
                arg: 0,
                target: Some(next),
                pos: Position::default(),
                handler: None,
            });
            g.blocks[jump].cold = true;
            g.blocks[jump].next = Some(next);
            g.blocks[jump].preds = 1;
            g.blocks[next].label = true;
            g.blocks[b].next = Some(jump);
        }
    }
    let order = g.order();
    let (warm, cold): (Vec<usize>, Vec<usize>) = order
        .iter()
        .partition(|&&b| !g.blocks[b].cold || b == ENTRY);
    if cold.is_empty() {
        return;
    }
    let all: Vec<usize> = warm.into_iter().chain(cold).collect();
    for w in all.windows(2) {
        g.blocks[w[0]].next = Some(w[1]);
    }
    if let Some(&last) = all.last() {
        g.blocks[last].next = None;
    }
    jumps::remove_redundant_nops_and_jumps(g);
}

/// The reverse of a conditional jump.
fn reversed(op: Opcode) -> Opcode {
    match op {
        Opcode::PopJumpIfFalse => Opcode::PopJumpIfTrue,
        Opcode::PopJumpIfTrue => Opcode::PopJumpIfFalse,
        Opcode::PopJumpIfNone => Opcode::PopJumpIfNotNone,
        _ => Opcode::PopJumpIfNone,
    }
}

/// Conditional jumps go forward: one to an earlier block becomes the
/// reversed jump over a new block with `NOT_TAKEN` and a backward jump.
/// A forward conditional jump is followed by `NOT_TAKEN`.
pub(super) fn normalize_jumps(g: &mut Cfg) {
    g.clear_visited();
    let mut cur = Some(ENTRY);
    let mut steps = 0;
    while let Some(b) = cur {
        steps += 1;
        if steps > 4 * g.blocks.len() + 16 {
            break;
        }
        g.blocks[b].visited = true;
        normalize_block(g, b);
        cur = g.blocks[b].next;
    }
}

/// One block of [`normalize_jumps`].
fn normalize_block(g: &mut Cfg, b: usize) {
    let Some(last) = g.blocks[b].last().copied() else {
        return;
    };
    let Some(target) = last.target.filter(|_| is_conditional_jump(last.op)) else {
        return;
    };
    let not_taken = FInstr {
        op: Opcode::NotTaken,
        arg: 0,
        target: None,
        pos: last.pos,
        handler: None,
    };
    if !g.blocks[target].visited {
        let next_first = g
            .next_nonempty(g.blocks[b].next)
            .and_then(|n| g.blocks[n].instrs.first());
        if !next_first.is_some_and(|i| i.op == Opcode::NotTaken) {
            g.blocks[b].push_new(not_taken);
        }
        return;
    }
    let jump = g.new_block();
    let back = FInstr {
        op: Opcode::JumpBackward,
        target: Some(target),
        ..not_taken
    };
    g.blocks[jump].instrs = vec![not_taken, back];
    g.blocks[jump].cold = g.blocks[b].cold;
    g.blocks[jump].next = g.blocks[b].next;
    let next = g.blocks[b].next;
    if let Some(n) = next {
        g.blocks[n].label = true;
    }
    g.blocks[b].next = Some(jump);
    if let Some(l) = g.blocks[b].instrs.last_mut() {
        l.op = reversed(last.op);
        l.target = next;
    }
    debug_assert!(is_jump(last.op));
}
