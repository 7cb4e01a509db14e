//! The superinstructions (CPython's `insert_superinstructions`) and
//! `LOAD_FAST_BORROW` (`optimize_load_fast`).

use taipan_bytecode::Opcode;

use super::{is_scope_exit, is_uncond_jump, Cfg, ENTRY};

/// Pair adjacent local loads and stores on one line into one instruction
/// (both operands below 16).
pub(super) fn insert_superinstructions(g: &mut Cfg) {
    for b in g.order() {
        let ins = &mut g.blocks[b].instrs;
        for i in 0..ins.len().saturating_sub(1) {
            let (a, n) = (ins[i], ins[i + 1]);
            let sup = match (a.op, n.op) {
                (Opcode::LoadFast, Opcode::LoadFast) => Opcode::LoadFastLoadFast,
                (Opcode::StoreFast, Opcode::LoadFast) => Opcode::StoreFastLoadFast,
                (Opcode::StoreFast, Opcode::StoreFast) => Opcode::StoreFastStoreFast,
                _ => continue,
            };
            let (l1, l2) = (a.line(), n.line());
            if (l1 >= 0 && l2 >= 0 && l1 != l2) || a.arg >= 16 || n.arg >= 16 {
                continue;
            }
            ins[i].op = sup;
            ins[i].arg = (a.arg << 4) | n.arg;
            ins[i + 1].set_nop();
        }
    }
    super::jumps::remove_redundant_nops(g);
}

/// A value on the abstract stack of [`optimize_load_fast`]: the index of
/// the instruction that pushed it (`None`: unknown) and the local it
/// borrows from.
#[derive(Clone, Copy)]
struct Ref {
    instr: Option<usize>,
    local: Option<u32>,
}

/// The loaded reference is still on the stack when its local is killed.
const SUPPORT_KILLED: u8 = 1;
/// The loaded reference is stored into a local.
const STORED_AS_LOCAL: u8 = 2;
/// The loaded reference is still on the stack at the end of the block.
const REF_UNCONSUMED: u8 = 4;

/// Flag the loads whose local is overwritten while they are on the stack.
fn kill_local(flags: &mut [u8], refs: &[Ref], local: u32) {
    for r in refs {
        if r.local == Some(local) {
            if let Some(i) = r.instr {
                flags[i] |= SUPPORT_KILLED;
            }
        }
    }
}

/// A store of `r` into `local`.
fn store_local(flags: &mut [u8], refs: &[Ref], local: u32, r: Ref) {
    kill_local(flags, refs, local);
    if let Some(i) = r.instr {
        flags[i] |= STORED_AS_LOCAL;
    }
}

/// Queue block `t`, entered with `depth` values on the stack.
fn push_block(g: &mut Cfg, depths: &mut [usize], stack: &mut Vec<usize>, t: usize, depth: usize) {
    if !g.blocks[t].visited {
        g.blocks[t].visited = true;
        depths[t] = depth;
        stack.push(t);
    }
}

/// Turn into `LOAD_FAST_BORROW` the loads whose value is consumed within
/// their block while the local still holds it (CPython 3.14's
/// `optimize_load_fast`, by abstract interpretation of each block).
pub(super) fn optimize_load_fast(g: &mut Cfg) {
    g.clear_visited();
    let mut depths = vec![0usize; g.blocks.len()];
    let mut stack = vec![ENTRY];
    g.blocks[ENTRY].visited = true;
    while let Some(b) = stack.pop() {
        let n = g.blocks[b].instrs.len();
        let mut flags = vec![0u8; n];
        let unknown = Ref {
            instr: None,
            local: None,
        };
        let mut refs: Vec<Ref> = vec![unknown; depths[b]];
        for i in 0..n {
            let instr = g.blocks[b].instrs[i];
            let (op, arg) = (instr.op, instr.arg);
            let new = Ref {
                instr: Some(i),
                local: None,
            };
            let pop = |refs: &mut Vec<Ref>| refs.pop().unwrap_or(unknown);
            match op {
                Opcode::LoadFast => refs.push(Ref {
                    instr: Some(i),
                    local: Some(arg),
                }),
                Opcode::LoadFastAndClear => {
                    kill_local(&mut flags, &refs, arg);
                    refs.push(Ref {
                        instr: Some(i),
                        local: Some(arg),
                    });
                }
                Opcode::LoadFastLoadFast => {
                    refs.push(Ref {
                        instr: Some(i),
                        local: Some(arg >> 4),
                    });
                    refs.push(Ref {
                        instr: Some(i),
                        local: Some(arg & 15),
                    });
                }
                Opcode::StoreFast => {
                    let r = pop(&mut refs);
                    store_local(&mut flags, &refs, arg, r);
                }
                Opcode::StoreFastLoadFast => {
                    let r = pop(&mut refs);
                    store_local(&mut flags, &refs, arg >> 4, r);
                    refs.push(Ref {
                        instr: Some(i),
                        local: Some(arg & 15),
                    });
                }
                Opcode::StoreFastStoreFast => {
                    let r = pop(&mut refs);
                    store_local(&mut flags, &refs, arg >> 4, r);
                    let r = pop(&mut refs);
                    store_local(&mut flags, &refs, arg & 15, r);
                }
                Opcode::Copy => {
                    let idx = refs.len().checked_sub(arg as usize);
                    let r = idx.and_then(|x| refs.get(x).copied()).unwrap_or(unknown);
                    refs.push(r);
                }
                Opcode::Swap => {
                    let len = refs.len();
                    if arg >= 1 && (arg as usize) <= len {
                        refs.swap(len - arg as usize, len - 1);
                    }
                }
                Opcode::GetAnext
                | Opcode::GetLen
                | Opcode::ImportFrom
                | Opcode::MatchKeys
                | Opcode::MatchMapping
                | Opcode::MatchSequence
                | Opcode::WithExceptStart => {
                    let (p, q) = op.stack_effect(arg);
                    for _ in p..q {
                        refs.push(new);
                    }
                }
                Opcode::DictMerge
                | Opcode::DictUpdate
                | Opcode::ListAppend
                | Opcode::ListExtend
                | Opcode::MapAdd
                | Opcode::Reraise
                | Opcode::SetAdd
                | Opcode::SetUpdate => {
                    let (p, q) = op.stack_effect(arg);
                    for _ in q..p {
                        pop(&mut refs);
                    }
                }
                Opcode::CheckExcMatch => {
                    pop(&mut refs);
                    refs.push(new);
                }
                Opcode::ForIter => {
                    if let Some(t) = instr.target {
                        push_block(g, &mut depths, &mut stack, t, refs.len() + 1);
                    }
                    refs.push(new);
                }
                Opcode::LoadAttr | Opcode::LoadSuperAttr => {
                    let this = pop(&mut refs);
                    if op == Opcode::LoadSuperAttr {
                        pop(&mut refs);
                        pop(&mut refs);
                    }
                    refs.push(new);
                    if arg & 1 != 0 {
                        refs.push(this);
                    }
                }
                Opcode::Send => {
                    if let Some(t) = instr.target {
                        push_block(g, &mut depths, &mut stack, t, refs.len());
                    }
                    pop(&mut refs);
                    refs.push(new);
                }
                _ => {
                    let (p, q) = op.stack_effect(arg);
                    if let Some(t) = instr.target {
                        let d = (refs.len() + q as usize).saturating_sub(p as usize);
                        push_block(g, &mut depths, &mut stack, t, d);
                    }
                    for _ in 0..p {
                        pop(&mut refs);
                    }
                    for _ in 0..q {
                        refs.push(new);
                    }
                }
            }
        }
        let blk = &g.blocks[b];
        let falls = blk
            .last()
            .is_some_and(|t| !(is_uncond_jump(t.op) || is_scope_exit(t.op)));
        if let Some(next) = blk.next.filter(|_| falls) {
            push_block(g, &mut depths, &mut stack, next, refs.len());
        }
        for r in &refs {
            if let Some(i) = r.instr {
                flags[i] |= REF_UNCONSUMED;
            }
        }
        for (i, instr) in g.blocks[b].instrs.iter_mut().enumerate() {
            if flags[i] == 0 {
                match instr.op {
                    Opcode::LoadFast => instr.op = Opcode::LoadFastBorrow,
                    Opcode::LoadFastLoadFast => instr.op = Opcode::LoadFastBorrowLoadFastBorrow,
                    _ => {}
                }
            }
        }
    }
}
