//! Reachability, small exit blocks, jump threading, the per-block
//! peephole rules and the removal of redundant `NOP`s and jumps.

use taipan_bytecode::Opcode;

use super::{is_jump, is_uncond_jump, Cfg, FInstr, ENTRY};

/// Blocks copied onto a jump to them at most this long (CPython's
/// `MAX_COPY_SIZE`).
const MAX_COPY_SIZE: usize = 4;

/// Mark the blocks some instruction's exception goes to, and remember for
/// each the block where its `try` starts (the first instruction it
/// covers: CPython's `SETUP_*` pseudo-instruction sits there).
pub(super) fn mark_except_handlers(g: &mut Cfg) {
    let mut anchors = Vec::new();
    let mut seen = vec![false; g.blocks.len()];
    for b in g.order() {
        for i in &g.blocks[b].instrs {
            if let Some(h) = i.handler {
                if !seen[h.block] {
                    seen[h.block] = true;
                    anchors.push((b, h.block));
                }
            }
        }
    }
    for (anchor, handler) in anchors {
        g.blocks[handler].except_handler = true;
        g.anchors.push((anchor, handler));
    }
}

/// Replace a jump to a small exit block, or to a block without line
/// numbers that does not fall through, by a copy of it; repeat until
/// nothing changes.
pub(super) fn inline_small_or_no_lineno_blocks(g: &mut Cfg) {
    // Every change removes a jump; the bound guards against blocks that
    // jump to themselves without line numbers.
    for _ in 0..(4 * g.blocks.len() + 16) {
        let mut changed = false;
        for b in g.order() {
            changed |= inline_into(g, b);
        }
        if !changed {
            break;
        }
    }
}

/// One block of [`inline_small_or_no_lineno_blocks`].
fn inline_into(g: &mut Cfg, b: usize) -> bool {
    let Some(last) = g.blocks[b].last().copied() else {
        return false;
    };
    if !is_uncond_jump(last.op) {
        return false;
    }
    let Some(target) = last.target else {
        return false;
    };
    let t = &g.blocks[target];
    let small_exit = t.exits_scope() && t.instrs.len() <= MAX_COPY_SIZE;
    let no_lineno = t.has_no_lineno() && t.no_fallthrough();
    if !(small_exit || no_lineno) || target == b {
        return false;
    }
    let copied = t.instrs.clone();
    let block = &mut g.blocks[b];
    if let Some(l) = block.instrs.last_mut() {
        l.set_nop();
    }
    block.append_copies(&copied);
    if no_lineno {
        if let Some(l) = block.instrs.last_mut() {
            // Keep the eval-breaker check a plain jump has.
            if is_uncond_jump(l.op) && last.op != Opcode::JumpBackwardNoInterrupt {
                l.op = Opcode::JumpBackward;
            }
        }
    }
    g.blocks[target].preds = g.blocks[target].preds.saturating_sub(1);
    true
}

/// Empty the blocks no path reaches, counting each block's predecessors.
pub(super) fn remove_unreachable(g: &mut Cfg) {
    for b in &mut g.blocks {
        b.preds = 0;
        b.visited = false;
    }
    let mut stack = vec![ENTRY];
    g.blocks[ENTRY].preds = 1;
    g.blocks[ENTRY].visited = true;
    while let Some(b) = stack.pop() {
        let mut succ: Vec<(usize, bool)> = Vec::new();
        if let Some(n) = g.blocks[b].next.filter(|_| !g.blocks[b].no_fallthrough()) {
            succ.push((n, true));
        }
        for i in &g.blocks[b].instrs {
            if let Some(t) = i.target {
                succ.push((t, true));
            }
            if let Some(h) = i.handler {
                succ.push((h.block, false));
            }
        }
        for &(anchor, handler) in &g.anchors {
            if anchor == b {
                succ.push((handler, true));
            }
        }
        for (t, counts) in succ {
            if !g.blocks[t].visited {
                g.blocks[t].visited = true;
                stack.push(t);
            }
            if counts {
                g.blocks[t].preds += 1;
            }
        }
    }
    for b in &mut g.blocks {
        if !b.visited {
            b.compact(Vec::new());
            b.except_handler = false;
        } else if b.preds == 0 {
            b.preds = 1;
        }
    }
}

/// Redirect the jump ending block `b` past the jump its target starts
/// with (CPython's `jump_thread`): the jump becomes a `NOP` (kept if it
/// carries a line) and a new jump with the target jump's position is
/// appended.
fn jump_thread(g: &mut Cfg, b: usize, i: usize, target: &FInstr, op: Opcode) -> bool {
    let inst = g.blocks[b].instrs[i];
    if inst.target == target.target || i + 1 != g.blocks[b].instrs.len() {
        return false;
    }
    g.blocks[b].instrs[i].set_nop();
    g.blocks[b].push_new(FInstr {
        op,
        arg: 0,
        target: target.target,
        pos: target.pos,
        handler: inst.handler,
    });
    true
}

/// The peephole rules of CPython's `optimize_basic_block` that apply to
/// the instructions Taipan emits, then the `SWAP` rules.
pub(super) fn optimize_basic_block(g: &mut Cfg, b: usize) {
    let mut i = 0;
    let mut threads = 0;
    while i < g.blocks[b].instrs.len() {
        let inst = g.blocks[b].instrs[i];
        let next = g.blocks[b].instrs.get(i + 1).copied();
        let nextop = next.map(|n| n.op);
        let target = inst
            .target
            .and_then(|t| g.next_nonempty(Some(t)))
            .and_then(|t| g.blocks[t].instrs.first().copied());
        let target_is_jump = target.is_some_and(|t| is_uncond_jump(t.op));
        let ins = &mut g.blocks[b].instrs;
        match inst.op {
            Opcode::BuildTuple
                if next.is_some_and(|n| n.op == Opcode::UnpackSequence && n.arg == inst.arg) =>
            {
                match inst.arg {
                    1 => {
                        ins[i].set_nop();
                        ins[i + 1].set_nop();
                    }
                    2 | 3 => {
                        ins[i].set_nop();
                        ins[i + 1].op = Opcode::Swap;
                    }
                    _ => {}
                }
            }
            Opcode::PopJumpIfFalse
            | Opcode::PopJumpIfTrue
            | Opcode::PopJumpIfNone
            | Opcode::PopJumpIfNotNone
            | Opcode::JumpForward
            | Opcode::JumpBackward
            | Opcode::JumpBackwardNoInterrupt
                if target_is_jump && threads < 64 =>
            {
                let t = target.unwrap_or(inst);
                let plain = |o: Opcode| matches!(o, Opcode::JumpForward | Opcode::JumpBackward);
                let ni = Opcode::JumpBackwardNoInterrupt;
                // CPython: a JUMP or JUMP_NO_INTERRUPT threads through
                // either (staying NO_INTERRUPT only through one), a
                // conditional jump only through a JUMP.
                let (ok, op) = match inst.op {
                    o if plain(o) => (true, Opcode::JumpBackward),
                    o if o == ni => (true, if t.op == ni { ni } else { Opcode::JumpBackward }),
                    o => (plain(t.op), o),
                };
                if ok && jump_thread(g, b, i, &t, op) {
                    threads += 1;
                    continue;
                }
            }
            Opcode::StoreFast
                if next.is_some_and(|n| {
                    n.op == Opcode::StoreFast && n.arg == inst.arg && n.line() == inst.line()
                }) =>
            {
                ins[i].op = Opcode::PopTop;
                ins[i].arg = 0;
            }
            Opcode::Swap if inst.arg == 1 => ins[i].set_nop(),
            Opcode::LoadGlobal if nextop == Some(Opcode::PushNull) && inst.arg & 1 == 0 => {
                ins[i].arg |= 1;
                ins[i + 1].set_nop();
            }
            Opcode::CompareOp if nextop == Some(Opcode::ToBool) => {
                ins[i].set_nop();
                ins[i + 1].op = Opcode::CompareOp;
                ins[i + 1].arg = inst.arg | 16;
            }
            Opcode::ContainsOp | Opcode::IsOp if nextop == Some(Opcode::ToBool) => {
                ins[i].set_nop();
                ins[i + 1].op = inst.op;
                ins[i + 1].arg = inst.arg;
            }
            Opcode::ContainsOp | Opcode::IsOp if nextop == Some(Opcode::UnaryNot) => {
                ins[i].set_nop();
                ins[i + 1].op = inst.op;
                ins[i + 1].arg = inst.arg ^ 1;
            }
            Opcode::ToBool if nextop == Some(Opcode::ToBool) => ins[i].set_nop(),
            Opcode::UnaryNot if nextop == Some(Opcode::ToBool) => {
                ins[i].set_nop();
                ins[i + 1].op = Opcode::UnaryNot;
            }
            Opcode::UnaryNot if nextop == Some(Opcode::UnaryNot) => {
                ins[i].set_nop();
                ins[i + 1].set_nop();
            }
            Opcode::CallIntrinsic1 if inst.arg == 6 && nextop == Some(Opcode::GetIter) => {
                ins[i].set_nop();
            }
            _ => {}
        }
        i += 1;
    }
    let mut i = 0;
    while i < g.blocks[b].instrs.len() {
        if g.blocks[b].instrs[i].op == Opcode::Swap {
            swaptimize(&mut g.blocks[b].instrs, &mut i);
            apply_static_swaps(&mut g.blocks[b].instrs, i);
        }
        i += 1;
    }
}

/// Replace a run of `SWAP`s and `NOP`s by the shortest run with the same
/// effect (CPython's `swaptimize`); `ix` moves to the run's last
/// instruction.
fn swaptimize(ins: &mut [FInstr], ix: &mut usize) {
    let start = *ix;
    let mut depth = ins[start].arg as usize;
    let mut len = 1;
    let mut more = false;
    while start + len < ins.len() {
        match ins[start + len].op {
            Opcode::Swap => {
                depth = depth.max(ins[start + len].arg as usize);
                more = true;
            }
            Opcode::Nop => {}
            _ => break,
        }
        len += 1;
    }
    if !more || depth == 0 {
        return;
    }
    let mut stack: Vec<Option<usize>> = (0..depth).map(Some).collect();
    for k in 0..len {
        let instr = ins[start + k];
        if instr.op == Opcode::Swap && instr.arg >= 1 {
            stack.swap(0, instr.arg as usize - 1);
        }
    }
    // Rewrite from the end of the run, cycle by cycle.
    let mut current = len as isize - 1;
    for i in 0..depth {
        if stack[i].is_none() || stack[i] == Some(i) {
            continue;
        }
        let mut j = i;
        loop {
            if j != 0 && current >= 0 {
                let at = &mut ins[start + current as usize];
                at.op = Opcode::Swap;
                at.arg = j as u32 + 1;
                at.target = None;
                current -= 1;
            }
            match stack[j] {
                None => break,
                Some(next) => {
                    stack[j] = None;
                    j = next;
                }
            }
        }
    }
    while current >= 0 {
        ins[start + current as usize].set_nop();
        current -= 1;
    }
    *ix = start + len - 1;
}

/// Instructions a `SWAP` can be applied to statically.
fn swappable(op: Opcode) -> bool {
    matches!(op, Opcode::StoreFast | Opcode::PopTop)
}

/// The local an instruction stores to.
fn stores_to(i: &FInstr) -> Option<u32> {
    (i.op == Opcode::StoreFast).then_some(i.arg)
}

/// The next swappable instruction after `i` (skipping `NOP`s), not
/// crossing a line change when `line` is set.
fn next_swappable(ins: &[FInstr], mut i: usize, line: Option<i64>) -> Option<usize> {
    loop {
        i += 1;
        let instr = ins.get(i)?;
        if line.is_some_and(|l| l >= 0 && instr.line() != l) {
            return None;
        }
        if instr.op == Opcode::Nop {
            continue;
        }
        return swappable(instr.op).then_some(i);
    }
}

/// Apply `SWAP`s by swapping the instructions that consume the values
/// (CPython's `apply_static_swaps`), from `i` leftwards.
fn apply_static_swaps(ins: &mut [FInstr], mut i: usize) {
    loop {
        let swap = ins[i];
        if swap.op != Opcode::Swap {
            if swap.op != Opcode::Nop && !swappable(swap.op) {
                return;
            }
        } else {
            let Some(j) = next_swappable(ins, i, None) else {
                return;
            };
            let mut k = j;
            let line = ins[j].line();
            for _ in 1..swap.arg {
                match next_swappable(ins, k, Some(line)) {
                    Some(n) => k = n,
                    None => return,
                }
            }
            let (sj, sk) = (stores_to(&ins[j]), stores_to(&ins[k]));
            if sj.is_some() || sk.is_some() {
                if sj == sk {
                    return;
                }
                let clash = ins[j + 1..k]
                    .iter()
                    .filter_map(stores_to)
                    .any(|s| Some(s) == sj || Some(s) == sk);
                if clash {
                    return;
                }
            }
            ins[i].set_nop();
            ins.swap(j, k);
        }
        if i == 0 {
            return;
        }
        i -= 1;
    }
}

/// Remove the `NOP`s of a block that no line needs; returns how many.
pub(super) fn remove_redundant_nops_in(g: &mut Cfg, b: usize) -> usize {
    let next_line = first_line_after(g, g.blocks[b].next);
    let ins = &mut g.blocks[b].instrs;
    let mut out: Vec<FInstr> = Vec::with_capacity(ins.len());
    let mut prev_line = -1;
    let n = ins.len();
    for src in 0..n {
        let instr = ins[src];
        let line = instr.line();
        if instr.op == Opcode::Nop {
            if line < 0 || prev_line == line {
                continue;
            }
            if src + 1 < n {
                let nl = ins[src + 1].line();
                if nl == line {
                    continue;
                }
                if nl < 0 {
                    ins[src + 1].pos = instr.pos;
                    continue;
                }
            } else if next_line == Some(line) {
                continue;
            }
        }
        out.push(ins[src]);
        prev_line = line;
    }
    let removed = n - out.len();
    g.blocks[b].compact(out);
    removed
}

/// The line of the first instruction of the next non-empty block,
/// skipping `NOP`s without a line (they will go); `None` if there is no
/// such block, -1 if it has no line.
fn first_line_after(g: &Cfg, next: Option<usize>) -> Option<i64> {
    let nb = g.next_nonempty(next)?;
    let line = g.blocks[nb]
        .instrs
        .iter()
        .find(|i| !(i.op == Opcode::Nop && i.line() < 0))
        .map_or(-1, FInstr::line);
    Some(line)
}

/// Remove redundant `NOP`s everywhere; returns how many.
pub(super) fn remove_redundant_nops(g: &mut Cfg) -> usize {
    g.order()
        .into_iter()
        .map(|b| remove_redundant_nops_in(g, b))
        .sum()
}

/// Remove redundant `NOP`s, and pairs that push a constant or a copy and
/// pop it at once, until nothing changes.
pub(super) fn remove_redundant_nops_and_pairs(g: &mut Cfg) {
    let mut done = false;
    while !done {
        done = true;
        let mut prev: Option<(usize, usize)> = None;
        for b in g.order() {
            remove_redundant_nops_in(g, b);
            if g.blocks[b].label {
                prev = None;
            }
            for i in 0..g.blocks[b].instrs.len() {
                let instr = g.blocks[b].instrs[i];
                if instr.op == Opcode::PopTop {
                    if let Some((pb, pi)) = prev {
                        let p = g.blocks[pb].instrs[pi];
                        let pair = matches!(p.op, Opcode::LoadConst | Opcode::LoadSmallInt)
                            || (p.op == Opcode::Copy && p.arg == 1);
                        if pair {
                            g.blocks[pb].instrs[pi].set_nop();
                            g.blocks[b].instrs[i].set_nop();
                            done = false;
                        }
                    }
                }
                prev = Some((b, i));
            }
            let blk = &g.blocks[b];
            if blk.last().is_some_and(|l| is_jump(l.op)) || blk.no_fallthrough() {
                prev = None;
            }
        }
    }
}

/// Turn into `NOP`s the unconditional jumps to the next non-empty block;
/// returns how many.
fn remove_redundant_jumps(g: &mut Cfg) -> usize {
    let mut changes = 0;
    for b in g.order() {
        let Some(last) = g.blocks[b].last().copied() else {
            continue;
        };
        if !is_uncond_jump(last.op) {
            continue;
        }
        let target = g.next_nonempty(last.target);
        let next = g.next_nonempty(g.blocks[b].next);
        if target.is_some() && target == next {
            if let Some(l) = g.blocks[b].instrs.last_mut() {
                l.set_nop();
            }
            changes += 1;
        }
    }
    changes
}

/// Remove redundant `NOP`s and jumps until nothing changes.
pub(super) fn remove_redundant_nops_and_jumps(g: &mut Cfg) {
    // Each round removes something, so this ends; the bound is a guard.
    for _ in 0..(g.blocks.iter().map(|b| b.instrs.len()).sum::<usize>() + 2) {
        let removed = remove_redundant_nops(g) + remove_redundant_jumps(g);
        if removed == 0 {
            break;
        }
    }
}
