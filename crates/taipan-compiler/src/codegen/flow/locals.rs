//! Local variables: `LOAD_FAST_CHECK` where a local may be unbound
//! (CPython's `add_checks_for_loads_of_uninitialized_variables`).

use taipan_bytecode::Opcode;

use super::{Cfg, UnitInfo, ENTRY};

/// Scan block `b` with the locals in `mask` possibly unbound, turning
/// loads of those into `LOAD_FAST_CHECK`; queue the successors that learn
/// something new.
fn scan_block(g: &mut Cfg, masks: &mut [u64], b: usize, stack: &mut Vec<usize>) {
    let mut unsafe_mask = masks[b];
    let mut pushes: Vec<(usize, u64)> = Vec::new();
    for instr in &mut g.blocks[b].instrs {
        if let Some(h) = instr.handler {
            pushes.push((h.block, unsafe_mask));
        }
        if instr.arg >= 64 {
            continue;
        }
        let bit = 1u64 << instr.arg;
        match instr.op {
            Opcode::DeleteFast | Opcode::LoadFastAndClear => unsafe_mask |= bit,
            Opcode::StoreFast | Opcode::LoadFastCheck => unsafe_mask &= !bit,
            Opcode::LoadFast => {
                if unsafe_mask & bit != 0 {
                    instr.op = Opcode::LoadFastCheck;
                }
                unsafe_mask &= !bit;
            }
            _ => {}
        }
    }
    let blk = &g.blocks[b];
    if let Some(n) = blk.next.filter(|_| !blk.no_fallthrough()) {
        pushes.push((n, unsafe_mask));
    }
    if let Some(t) = blk.last().and_then(|l| l.target) {
        pushes.push((t, unsafe_mask));
    }
    for (t, m) in pushes {
        let both = masks[t] | m;
        if both != masks[t] {
            masks[t] = both;
            if !g.blocks[t].visited {
                g.blocks[t].visited = true;
                stack.push(t);
            }
        }
    }
}

/// Locals past the first 64 are checked one block at a time.
fn scan_many_locals(g: &mut Cfg, nlocals: usize) {
    let mut states = vec![0usize; nlocals.saturating_sub(64)];
    for (n, b) in g.order().into_iter().enumerate() {
        let blocknum = n + 1;
        for instr in &mut g.blocks[b].instrs {
            let arg = instr.arg as usize;
            if arg < 64 || arg >= nlocals {
                continue;
            }
            let state = &mut states[arg - 64];
            match instr.op {
                Opcode::DeleteFast | Opcode::LoadFastAndClear => *state = blocknum - 1,
                Opcode::StoreFast => *state = blocknum,
                Opcode::LoadFast => {
                    if *state != blocknum {
                        instr.op = Opcode::LoadFastCheck;
                    }
                    *state = blocknum;
                }
                _ => {}
            }
        }
    }
}

/// Use `LOAD_FAST_CHECK` for the loads of locals that may be unbound.
pub(super) fn add_checks_for_uninitialized(g: &mut Cfg, info: &UnitInfo) {
    let mut nlocals = info.nlocals;
    if nlocals == 0 {
        return;
    }
    if nlocals > 64 {
        scan_many_locals(g, nlocals);
        nlocals = 64;
    }
    g.clear_visited();
    let mut masks = vec![0u64; g.blocks.len()];
    let mut stack = Vec::new();
    let start: u64 = (info.nparams..nlocals).fold(0, |m, i| m | (1u64 << i));
    masks[ENTRY] = start;
    if start != 0 {
        g.blocks[ENTRY].visited = true;
        stack.push(ENTRY);
    }
    for b in g.order() {
        scan_block(g, &mut masks, b, &mut stack);
    }
    while let Some(b) = stack.pop() {
        g.blocks[b].visited = false;
        scan_block(g, &mut masks, b, &mut stack);
    }
}
