//! Conditions compiled as jumps (CPython's `codegen_jump_if`): a test in
//! an `if`, `while`, `assert`, conditional expression or `match` guard
//! never builds its boolean value. `not` flips the sense of the jump,
//! `and`/`or` chain jumps (short-circuiting to the right label), a
//! conditional expression picks one of two tests, and a comparison chain
//! jumps out at the first false link. Anything else is evaluated and
//! tested with `TO_BOOL` + `POP_JUMP_IF_TRUE`/`POP_JUMP_IF_FALSE`.

use taipan_ast::{BoolOp, CmpOp, Expr, ExprKind, UnaryOp};
use taipan_bytecode::{Count, Instr, Label, NoArg};
use taipan_source::TextRange;

use super::{CResult, Compiler};

/// Whether artificial instructions are emitted without a range (CPython's
/// `NO_LOCATION`), for the flow graph passes to place.
const ARTIFICIAL_HAVE_NO_LOCATION: bool = true;

impl Compiler {
    /// Evaluate `test` and jump to `target` if its truth is `when`.
    pub(super) fn compile_jump_if(&mut self, test: &Expr, when: bool, target: Label) -> CResult {
        match &test.kind {
            ExprKind::UnaryOp {
                op: UnaryOp::Not,
                operand,
            } => self.compile_jump_if(operand, !when, target),
            ExprKind::BoolOp { op, values } => self.jump_if_bool_op(*op, values, when, target),
            ExprKind::IfExp {
                test: cond,
                body,
                orelse,
            } => {
                let end = self.unit().new_label();
                let other = self.unit().new_label();
                self.compile_jump_if(cond, false, other)?;
                self.compile_jump_if(body, when, target)?;
                self.emit_no_location(Instr::JumpForward(end));
                self.unit().bind(other);
                self.compile_jump_if(orelse, when, target)?;
                self.unit().bind(end);
                Ok(())
            }
            ExprKind::Compare {
                left,
                ops,
                comparators,
            } if ops.len() > 1 => {
                let w = crate::warnings::check_compare(test, left, ops, comparators);
                self.warn(w);
                let old = self.set_range(test.range);
                let result = self.jump_if_compare_chain(left, ops, comparators, when, target);
                self.set_range(old);
                result
            }
            _ => {
                self.compile_expr(test)?;
                let old = self.set_range(test.range);
                self.emit_jump_if_top(when, target);
                self.set_range(old);
                Ok(())
            }
        }
    }

    /// `TO_BOOL` and the conditional jump on the value on top.
    fn emit_jump_if_top(&mut self, when: bool, target: Label) {
        self.unit().emit(Instr::ToBool(NoArg));
        if when {
            self.unit().emit(Instr::PopJumpIfTrue(target));
        } else {
            self.unit().emit(Instr::PopJumpIfFalse(target));
        }
    }

    /// `a and b and c` (or `or`) as a condition: all but the last value
    /// jump past the rest when they decide the result.
    fn jump_if_bool_op(
        &mut self,
        op: BoolOp,
        values: &[Expr],
        when: bool,
        target: Label,
    ) -> CResult {
        let Some((last, rest)) = values.split_last() else {
            return Ok(());
        };
        let short = matches!(op, BoolOp::Or);
        let skip = if short == when {
            target
        } else {
            self.unit().new_label()
        };
        for value in rest {
            self.compile_jump_if(value, short, skip)?;
        }
        self.compile_jump_if(last, when, target)?;
        if skip != target {
            self.unit().bind(skip);
        }
        Ok(())
    }

    /// A comparison chain as a condition: each link but the last keeps
    /// its right operand for the next one and jumps to a cleanup (which
    /// pops it) when false.
    fn jump_if_compare_chain(
        &mut self,
        left: &Expr,
        ops: &[CmpOp],
        comparators: &[Expr],
        when: bool,
        target: Label,
    ) -> CResult {
        let cleanup = self.unit().new_label();
        self.compile_expr(left)?;
        let last = ops.len() - 1;
        for (i, (op, right)) in ops.iter().zip(comparators).enumerate() {
            self.compile_comparator(*op, right)?;
            if i < last {
                self.unit().emit(Instr::Swap(Count(2)));
                self.unit().emit(Instr::Copy(Count(2)));
                self.emit_compare(*op);
                self.unit().emit(Instr::ToBool(NoArg));
                self.unit().emit(Instr::PopJumpIfFalse(cleanup));
            } else {
                self.emit_compare(*op);
                self.emit_jump_if_top(when, target);
            }
        }
        let end = self.unit().new_label();
        self.emit_no_location(Instr::JumpForward(end));
        self.unit().bind(cleanup);
        self.unit().emit(Instr::PopTop(NoArg));
        if !when {
            self.emit_no_location(Instr::JumpForward(target));
        }
        self.unit().bind(end);
        Ok(())
    }

    /// `body if test else orelse` as a value.
    pub(super) fn compile_if_exp(&mut self, test: &Expr, body: &Expr, orelse: &Expr) -> CResult {
        let other = self.unit().new_label();
        let end = self.unit().new_label();
        self.compile_jump_if(test, false, other)?;
        self.compile_expr(body)?;
        self.emit_no_location(Instr::JumpForward(end));
        self.unit().bind(other);
        self.compile_expr(orelse)?;
        self.unit().bind(end);
        Ok(())
    }

    /// Emit an artificial instruction: one CPython gives no source
    /// location (`NO_LOCATION`), whose line the flow graph passes take
    /// from the code around it.
    pub(super) fn emit_no_location(&mut self, instr: Instr) {
        let range = self.no_location_range();
        let old = self.set_range(range);
        self.unit().emit(instr);
        self.set_range(old);
    }

    /// The range of an artificial instruction.
    pub(super) fn no_location_range(&mut self) -> TextRange {
        // Until assembly gives such instructions the line of the code
        // around them, they keep the current range.
        if ARTIFICIAL_HAVE_NO_LOCATION {
            TextRange::default()
        } else {
            self.unit().range
        }
    }
}
