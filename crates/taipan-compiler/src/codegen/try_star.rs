//! `try`/`except*`, laid out as CPython 3.14 does: the handler keeps the
//! original exception and a list of what the clauses raise; each clause
//! splits the unhandled rest with `CHECK_EG_MATCH`; at the end
//! `CALL_INTRINSIC_2 1` (`PREP_RERAISE_STAR`) works out what to re-raise.

use std::rc::Rc;

use taipan_ast::{Stmt, Try};
use taipan_bytecode::{ConstValue, Count, Instr, NoArg};

use super::unit::{FBlock, Handler};
use super::{CResult, Compiler};

impl Compiler {
    /// `try: ... except* T as e: ... else: ... finally: ...`.
    pub(super) fn compile_try_star(&mut self, t: &Try) -> CResult {
        if t.finalbody.is_empty() {
            return self.compile_try_star_except(t);
        }
        let finalbody: Rc<[Stmt]> = t.finalbody.clone().into();
        self.compile_try_finally(finalbody, |c| c.compile_try_star_except(t))
    }

    fn compile_try_star_except(&mut self, t: &Try) -> CResult {
        let depth = self.unit().depth();
        let except_label = self.unit().new_label();
        let cleanup = self.unit().new_label();
        let else_label = self.unit().new_label();
        let end = self.unit().new_label();
        let reraise_star = self.unit().new_label();
        let reraise = self.unit().new_label();
        self.compile_try_body(t, depth, (except_label, cleanup, else_label), false)?;
        let n = t.handlers.len();
        for (i, handler) in t.handlers.iter().enumerate() {
            let old = self.set_range(handler.range);
            if i == 0 {
                self.unit().emit(Instr::Copy(Count(1)));
                self.unit().emit(Instr::BuildList(Count(0)));
                self.unit().emit(Instr::Swap(Count(2)));
            }
            let no_match = self.unit().new_label();
            let after = self.unit().new_label();
            if let Some(type_) = &handler.type_ {
                self.compile_expr(type_)?;
                self.unit().emit(Instr::CheckEgMatch(NoArg));
                self.unit().emit(Instr::Copy(Count(1)));
                self.unit().emit(Instr::PopJumpIfNone(no_match));
            }
            match &handler.name {
                Some(name) => self.store_name(name),
                None => self.unit().emit(Instr::PopTop(NoArg)),
            }
            let cleanup_end = self.unit().new_label();
            self.unit().handlers.push(Handler {
                target: cleanup_end,
                depth: depth + 4,
                lasti: true,
            });
            self.unit().fblocks.push(FBlock::ExceptStarHandler);
            let result = self.compile_body(&handler.body);
            self.unit().fblocks.pop();
            self.unit().handlers.pop();
            result?;
            self.clear_handler_name(handler)?;
            self.unit().emit(Instr::JumpForward(after));
            // An exception raised in the clause joins the list.
            self.unit().bind(cleanup_end);
            self.clear_handler_name(handler)?;
            self.unit().emit(Instr::ListAppend(Count(3)));
            self.unit().emit(Instr::PopTop(NoArg));
            self.unit().emit(Instr::JumpForward(after));
            self.unit().bind(no_match);
            self.unit().emit(Instr::PopTop(NoArg));
            self.unit().bind(after);
            if i + 1 == n {
                self.unit().emit(Instr::ListAppend(Count(1)));
                self.unit().emit(Instr::JumpForward(reraise_star));
            }
            self.set_range(old);
        }
        self.unit().bind(reraise_star);
        self.unit().emit(Instr::CallIntrinsic2(Count(1)));
        self.unit().emit(Instr::Copy(Count(1)));
        self.unit().emit(Instr::PopJumpIfNotNone(reraise));
        self.unit().emit(Instr::PopTop(NoArg));
        self.unit().emit(Instr::PopExcept(NoArg));
        self.unit().emit(Instr::JumpForward(end));
        self.unit().bind(reraise);
        self.unit().emit(Instr::Swap(Count(2)));
        self.unit().emit(Instr::PopExcept(NoArg));
        self.unit().emit(Instr::Reraise(Count(0)));
        self.unit().handlers.pop();
        self.emit_cleanup(cleanup);
        self.unit().bind(else_label);
        self.compile_body(&t.orelse)?;
        self.unit().bind(end);
        Ok(())
    }

    /// `name = None; del name` after an `except* T as name` clause.
    fn clear_handler_name(&mut self, handler: &taipan_ast::ExceptHandler) -> CResult {
        if let Some(name) = &handler.name {
            self.load_const(ConstValue::None);
            self.store_name(name);
            self.compile_delete_name(name, handler.range)?;
        }
        Ok(())
    }
}
