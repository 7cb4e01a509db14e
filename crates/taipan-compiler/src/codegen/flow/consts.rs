//! Constants: conditions on constants become unconditional (CPython's
//! `optimize_load_const`) and constants no instruction loads any more are
//! dropped (`remove_unused_consts`).

use taipan_bytecode::{ConstValue, OpFlags, Opcode};

use super::Cfg;

/// The truth value of a constant, if known without running code.
fn truth(c: &ConstValue) -> Option<bool> {
    Some(match c {
        ConstValue::None => false,
        ConstValue::Bool(b) => *b,
        ConstValue::Int(i) => *i != 0,
        ConstValue::BigInt(_) => true,
        ConstValue::Float(f) => *f != 0.0,
        ConstValue::Complex(a, b) => *a != 0.0 || *b != 0.0,
        ConstValue::Str(s) => !s.is_empty(),
        ConstValue::Bytes(b) => !b.is_empty(),
        ConstValue::Ellipsis | ConstValue::Code(_) => true,
        ConstValue::Tuple(t) | ConstValue::FrozenSet(t) => !t.is_empty(),
    })
}

/// The constant an instruction loads.
fn loaded(consts: &[ConstValue], op: Opcode, arg: u32) -> Option<ConstValue> {
    match op {
        Opcode::LoadConst => consts.get(arg as usize).cloned(),
        Opcode::LoadSmallInt => Some(ConstValue::Int(i64::from(arg))),
        _ => None,
    }
}

/// The index of `value` in `consts`, appending it if new.
fn add_const(consts: &mut Vec<ConstValue>, value: ConstValue) -> u32 {
    let same = |c: &ConstValue| match (c, &value) {
        (ConstValue::Bool(a), ConstValue::Bool(b)) => a == b,
        _ => false,
    };
    match consts.iter().position(same) {
        Some(i) => i as u32,
        None => {
            consts.push(value);
            consts.len() as u32 - 1
        }
    }
}

/// Fold a constant followed by a conditional jump, `is None` test or
/// `TO_BOOL`.
pub(super) fn optimize_load_const(g: &mut Cfg, consts: &mut Vec<ConstValue>) {
    for b in g.order() {
        let ins = &mut g.blocks[b].instrs;
        let (mut opcode, mut oparg) = (Opcode::Nop, 0);
        for i in 0..ins.len() {
            let inst = ins[i];
            if inst.op == Opcode::LoadConst {
                if let Some(ConstValue::Int(v @ 0..=255)) = consts.get(inst.arg as usize) {
                    ins[i].op = Opcode::LoadSmallInt;
                    ins[i].arg = *v as u32;
                }
            }
            let inst = ins[i];
            let copy_of_const =
                opcode == Opcode::LoadConst && inst.op == Opcode::Copy && inst.arg == 1;
            if !copy_of_const {
                opcode = inst.op;
                oparg = inst.arg;
            }
            if !matches!(opcode, Opcode::LoadConst | Opcode::LoadSmallInt) {
                continue;
            }
            let Some(value) = loaded(consts, opcode, oparg) else {
                continue;
            };
            match ins.get(i + 1).map(|n| n.op) {
                Some(next @ (Opcode::PopJumpIfFalse | Opcode::PopJumpIfTrue)) => {
                    let Some(t) = truth(&value) else { continue };
                    ins[i].set_nop();
                    if t == (next == Opcode::PopJumpIfTrue) {
                        ins[i + 1].op = Opcode::JumpBackward;
                    } else {
                        ins[i + 1].set_nop();
                    }
                }
                Some(Opcode::IsOp) if value == ConstValue::None && i + 2 < ins.len() => {
                    let mut j = i + 2;
                    if ins[j].op == Opcode::ToBool {
                        ins[j].set_nop();
                        j += 1;
                        if j >= ins.len() {
                            continue;
                        }
                    }
                    let mut invert = ins[i + 1].arg != 0;
                    match ins[j].op {
                        Opcode::PopJumpIfFalse => invert = !invert,
                        Opcode::PopJumpIfTrue => {}
                        _ => continue,
                    }
                    ins[i].set_nop();
                    ins[i + 1].set_nop();
                    ins[j].op = if invert {
                        Opcode::PopJumpIfNotNone
                    } else {
                        Opcode::PopJumpIfNone
                    };
                }
                Some(Opcode::ToBool) => {
                    let Some(t) = truth(&value) else { continue };
                    let index = add_const(consts, ConstValue::Bool(t));
                    ins[i].set_nop();
                    ins[i + 1].op = Opcode::LoadConst;
                    ins[i + 1].arg = index;
                }
                _ => {}
            }
        }
    }
}

/// Drop the constants no instruction loads (the first stays: it may be
/// the docstring), renumbering the loads.
pub(super) fn remove_unused_consts(g: &mut Cfg, consts: &mut Vec<ConstValue>) {
    if consts.is_empty() {
        return;
    }
    let mut used = vec![false; consts.len()];
    used[0] = true;
    let order = g.order();
    for &b in &order {
        for i in &g.blocks[b].instrs {
            if i.op.flags().contains(OpFlags::HAS_CONST) {
                if let Some(u) = used.get_mut(i.arg as usize) {
                    *u = true;
                }
            }
        }
    }
    if used.iter().all(|&u| u) {
        return;
    }
    let mut map = vec![0u32; consts.len()];
    let mut kept = Vec::new();
    for (i, c) in consts.drain(..).enumerate() {
        if used[i] {
            map[i] = kept.len() as u32;
            kept.push(c);
        }
    }
    *consts = kept;
    for b in order {
        for i in &mut g.blocks[b].instrs {
            if i.op.flags().contains(OpFlags::HAS_CONST) {
                if let Some(&m) = map.get(i.arg as usize) {
                    i.arg = m;
                }
            }
        }
    }
}
