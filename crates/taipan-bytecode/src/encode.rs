//! From typed instructions to `co_code` bytes and back.
//!
//! A code unit is two bytes: the opcode and an 8-bit argument. Arguments
//! wider than 8 bits are preceded by `EXTENDED_ARG` units carrying the
//! high bytes. An instruction may be followed by inline `CACHE` units.
//! Jump arguments are distances in code units from the end of the jump
//! (caches included), so an instruction's size depends on its jump's
//! distance, which depends on the sizes between: [`encode`] starts from
//! one unit per instruction and grows sizes until nothing changes (sizes
//! only grow, so this ends).

use crate::code::Position;
use crate::opcode::{Instr, OpFlags, Opcode};

/// How many `EXTENDED_ARG` prefixes `arg` needs.
fn ext_count(arg: u32) -> u32 {
    match arg {
        0..=0xFF => 0,
        0x100..=0xFFFF => 1,
        0x1_0000..=0xFF_FFFF => 2,
        _ => 3,
    }
}

/// The result of [`encode`].
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Encoded {
    /// `co_code`.
    pub code: Vec<u8>,
    /// One position per code unit.
    pub positions: Vec<Position>,
    /// The code unit where each instruction (its first prefix) starts,
    /// plus the total length at the end.
    pub offsets: Vec<u32>,
}

/// Encode `instrs`, whose jump labels are indices of target instructions
/// in the same list, into code bytes and one position per code unit.
pub fn encode(instrs: &[(Instr, Position)]) -> Encoded {
    let n = instrs.len();
    let mut sizes: Vec<u32> = instrs
        .iter()
        .map(|(i, _)| 1 + i.opcode().caches())
        .collect();
    let mut offsets = vec![0u32; n + 1];
    loop {
        for i in 0..n {
            offsets[i + 1] = offsets[i] + sizes[i];
        }
        let mut changed = false;
        for (i, (instr, _)) in instrs.iter().enumerate() {
            let arg = resolved_arg(*instr, i, &offsets);
            let size = 1 + ext_count(arg) + instr.opcode().caches();
            if size > sizes[i] {
                sizes[i] = size;
                changed = true;
            }
        }
        if !changed {
            break;
        }
    }
    let mut code = Vec::with_capacity(offsets[n] as usize * 2);
    let mut positions = Vec::with_capacity(offsets[n] as usize);
    for (i, (instr, pos)) in instrs.iter().enumerate() {
        let arg = resolved_arg(*instr, i, &offsets);
        let op = instr.opcode();
        let pad = sizes[i] - 1 - op.caches() - ext_count(arg);
        for _ in 0..pad {
            // A jump that shrank after growing keeps its size: pad with a
            // zero EXTENDED_ARG so offsets stay what the loop computed.
            code.extend_from_slice(&[Opcode::ExtendedArg as u8, 0]);
            positions.push(*pos);
        }
        for shift in (1..=ext_count(arg)).rev() {
            code.extend_from_slice(&[Opcode::ExtendedArg as u8, (arg >> (8 * shift)) as u8]);
            positions.push(*pos);
        }
        code.extend_from_slice(&[op as u8, arg as u8]);
        positions.push(*pos);
        for _ in 0..op.caches() {
            code.extend_from_slice(&[Opcode::Cache as u8, 0]);
            positions.push(*pos);
        }
    }
    Encoded {
        code,
        positions,
        offsets,
    }
}

/// The argument of instruction `i`, with its label turned into a distance.
fn resolved_arg(instr: Instr, i: usize, offsets: &[u32]) -> u32 {
    let Some(target) = instr.label() else {
        return instr.arg();
    };
    let end = offsets[i + 1];
    let target = offsets[target.0 as usize];
    let backward = instr.opcode().flags().contains(OpFlags::BACKWARD);
    debug_assert!(
        backward == (target < end) || target == end,
        "{} cannot jump that way",
        instr.opcode().name()
    );
    if backward {
        end.saturating_sub(target)
    } else {
        target.saturating_sub(end)
    }
}

/// One decoded instruction of `co_code`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Instruction {
    /// Offset in code units of the instruction itself (after any
    /// `EXTENDED_ARG` prefixes).
    pub offset: usize,
    /// Offset of the first prefix (where a jump to it lands).
    pub start: usize,
    /// The opcode, or `None` for an unknown byte.
    pub op: Option<Opcode>,
    /// The raw byte.
    pub byte: u8,
    /// The full argument.
    pub arg: u32,
}

/// Iterator over the instructions of `co_code` (see [`decode`]).
pub struct InstructionIter<'a> {
    code: &'a [u8],
    unit: usize,
}

/// Decode `code`, skipping `EXTENDED_ARG` prefixes and cache units.
pub fn decode(code: &[u8]) -> InstructionIter<'_> {
    InstructionIter { code, unit: 0 }
}

impl Iterator for InstructionIter<'_> {
    type Item = Instruction;

    fn next(&mut self) -> Option<Instruction> {
        let start = self.unit;
        let mut arg = 0u32;
        loop {
            let byte = *self.code.get(self.unit * 2)?;
            let low = u32::from(*self.code.get(self.unit * 2 + 1)?);
            arg = arg << 8 | low;
            let op = Opcode::from_u8(byte);
            let offset = self.unit;
            self.unit += 1;
            if op == Some(Opcode::ExtendedArg) {
                continue;
            }
            self.unit += op.map_or(0, |o| o.caches() as usize);
            return Some(Instruction {
                offset,
                start,
                op,
                byte,
                arg,
            });
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::operand::{Count, Label, NoArg, Operand};
    use crate::OperandKind;

    #[test]
    fn every_opcode_round_trips() {
        for &op in Opcode::ALL {
            assert_eq!(Opcode::from_u8(op as u8), Some(op), "{}", op.name());
            assert!(op
                .name()
                .chars()
                .all(|c| c.is_ascii_uppercase() || c.is_ascii_digit() || c == '_'));
            for arg in [0u32, 1, 255, 256, 70_000, 0x0123_4567] {
                let instr = Instr::from_parts(op, arg);
                assert_eq!(instr.opcode(), op);
                if op.flags().contains(OpFlags::JUMP) || op == Opcode::ExtendedArg {
                    continue;
                }
                let Encoded {
                    code,
                    positions: pos,
                    ..
                } = encode(&[(instr, Position::default())]);
                assert_eq!(pos.len() * 2, code.len());
                let decoded: Vec<_> = decode(&code).collect();
                assert_eq!(decoded.len(), 1, "{}", op.name());
                assert_eq!(decoded[0].op, Some(op));
                assert_eq!(decoded[0].arg, instr.arg(), "{}", op.name());
                let (pop, push) = op.stack_effect(arg.min(8));
                assert!(pop < 100 && push < 100);
                let jumpy = op.operand_kind() == OperandKind::Jump;
                assert_eq!(jumpy, op.flags().contains(OpFlags::JUMP), "{}", op.name());
            }
        }
    }

    #[test]
    fn numbers_are_unique() {
        let mut seen = [false; 256];
        for &op in Opcode::ALL {
            assert!(!seen[op as usize], "{}", op.name());
            seen[op as usize] = true;
        }
    }

    #[test]
    fn long_jumps_get_extended_args() {
        let mut instrs = vec![(Instr::JumpForward(Label(301)), Position::default())];
        for _ in 0..300 {
            instrs.push((Instr::Nop(NoArg), Position::default()));
        }
        instrs.push((Instr::Resume(Count(0)), Position::default()));
        let code = encode(&instrs).code;
        let first = decode(&code).next().map(|i| (i.op, i.arg));
        assert_eq!(first, Some((Some(Opcode::JumpForward), 300)));
        assert_eq!(Count::from_arg(3).to_arg(), 3);
    }
}
