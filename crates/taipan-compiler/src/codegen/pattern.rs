//! `match` statements. Each case's pattern is compiled as a test that
//! consumes a copy of the subject from the top of the stack and, when it
//! does not match, jumps to a failure label with its own temporaries
//! popped (a pattern nested in a sequence pops the items left of it). On
//! success the captured names are bound as the test goes.

use taipan_ast::{Constant, MatchCase, Pattern, PatternKind};
use taipan_bytecode::{CompareOpArg, ConstValue, Count, Instr, Invert, Label, NoArg};

use super::{unsupported, CResult, Compiler};

impl Compiler {
    /// `match SUBJECT: case ...`.
    pub(super) fn compile_match(
        &mut self,
        subject: &taipan_ast::Expr,
        cases: &[MatchCase],
    ) -> CResult {
        self.compile_expr(subject)?;
        let end = self.unit().new_label();
        for case in cases {
            let next = self.unit().new_label();
            self.unit().emit(Instr::Copy(Count(1)));
            self.compile_pattern(&case.pattern, next)?;
            if let Some(guard) = &case.guard {
                self.compile_jump_if(guard, false, next)?;
            }
            self.unit().emit(Instr::PopTop(NoArg));
            self.compile_body(&case.body)?;
            self.unit().emit(Instr::JumpForward(end));
            self.unit().bind(next);
        }
        self.unit().emit(Instr::PopTop(NoArg));
        self.unit().bind(end);
        Ok(())
    }

    /// A label that pops `n` values and then jumps to `fail`, emitted
    /// later by [`Compiler::emit_pops`].
    fn pop_then(&mut self, n: u32, fail: Label) -> (Label, u32, Label) {
        (self.unit().new_label(), n, fail)
    }

    fn emit_pops(&mut self, after: Label, pops: &[(Label, u32, Label)]) {
        self.unit().emit(Instr::JumpForward(after));
        for &(label, n, fail) in pops {
            self.unit().bind(label);
            for _ in 0..n {
                self.unit().emit(Instr::PopTop(NoArg));
            }
            self.unit().emit(Instr::JumpForward(fail));
        }
        self.unit().bind(after);
    }

    /// Test the subject on top of the stack against `pattern`, consuming it.
    fn compile_pattern(&mut self, pattern: &Pattern, fail: Label) -> CResult {
        let old = self.set_range(pattern.range);
        let result = self.compile_pattern_kind(pattern, fail);
        self.set_range(old);
        result
    }

    fn compile_pattern_kind(&mut self, pattern: &Pattern, fail: Label) -> CResult {
        match &pattern.kind {
            PatternKind::MatchValue { value } => {
                self.compile_expr(value)?;
                self.unit()
                    .emit(Instr::CompareOp(CompareOpArg::new(CompareOpArg::EQ, true)));
                self.unit().emit(Instr::PopJumpIfFalse(fail));
            }
            PatternKind::MatchSingleton { value } => {
                let c = match value {
                    Constant::Bool(true) => ConstValue::Bool(true),
                    Constant::Bool(false) => ConstValue::Bool(false),
                    _ => ConstValue::None,
                };
                self.load_const(c);
                self.unit().emit(Instr::IsOp(Invert(0)));
                self.unit().emit(Instr::PopJumpIfFalse(fail));
            }
            PatternKind::MatchAs {
                pattern: None,
                name,
            } => match name {
                Some(n) => self.store_name(n),
                None => self.unit().emit(Instr::PopTop(NoArg)),
            },
            PatternKind::MatchAs {
                pattern: Some(inner),
                name,
            } => {
                self.unit().emit(Instr::Copy(Count(1)));
                let pops = [self.pop_then(1, fail)];
                self.compile_pattern(inner, pops[0].0)?;
                match name {
                    Some(n) => self.store_name(n),
                    None => self.unit().emit(Instr::PopTop(NoArg)),
                }
                let after = self.unit().new_label();
                self.emit_pops(after, &pops);
            }
            PatternKind::MatchOr { patterns } => self.compile_or_pattern(patterns, fail)?,
            PatternKind::MatchSequence { patterns } => {
                self.compile_sequence_pattern(patterns, fail)?
            }
            PatternKind::MatchMapping {
                keys,
                patterns,
                rest,
            } => self.compile_mapping_pattern(keys, patterns, rest.as_deref(), fail)?,
            PatternKind::MatchClass {
                cls,
                patterns,
                kwd_attrs,
                kwd_patterns,
            } => {
                self.compile_expr(cls)?;
                let names = kwd_attrs
                    .iter()
                    .map(|a| ConstValue::Str(a.as_str().into()))
                    .collect();
                self.load_const(ConstValue::Tuple(names));
                self.unit()
                    .emit(Instr::MatchClass(Count(patterns.len() as u32)));
                let pops = [self.pop_then(1, fail)];
                self.unit().emit(Instr::Copy(Count(1)));
                self.unit().emit(Instr::PopJumpIfNone(pops[0].0));
                let all: Vec<&Pattern> = patterns.iter().chain(kwd_patterns).collect();
                self.unit()
                    .emit(Instr::UnpackSequence(Count(all.len() as u32)));
                let inner_fail = self.unit().new_label();
                let after = self.unit().new_label();
                self.compile_subpatterns(&all, inner_fail)?;
                self.unit().emit(Instr::JumpForward(after));
                self.unit().bind(inner_fail);
                self.unit().emit(Instr::JumpForward(fail));
                self.emit_pops(after, &pops);
            }
            _ => return Err(unsupported("this pattern", pattern.range)),
        }
        Ok(())
    }

    fn compile_or_pattern(&mut self, patterns: &[Pattern], fail: Label) -> CResult {
        let success = self.unit().new_label();
        for (i, alt) in patterns.iter().enumerate() {
            if i + 1 == patterns.len() {
                self.compile_pattern(alt, fail)?;
            } else {
                let next = self.unit().new_label();
                self.unit().emit(Instr::Copy(Count(1)));
                self.compile_pattern(alt, next)?;
                self.unit().emit(Instr::PopTop(NoArg));
                self.unit().emit(Instr::JumpForward(success));
                self.unit().bind(next);
            }
        }
        self.unit().bind(success);
        Ok(())
    }

    fn compile_sequence_pattern(&mut self, patterns: &[Pattern], fail: Label) -> CResult {
        let star = patterns
            .iter()
            .position(|p| matches!(p.kind, PatternKind::MatchStar { .. }));
        let pops = [self.pop_then(1, fail)];
        self.unit().emit(Instr::MatchSequence(NoArg));
        self.unit().emit(Instr::PopJumpIfFalse(pops[0].0));
        self.unit().emit(Instr::GetLen(NoArg));
        let n = patterns.len() as u32;
        match star {
            None => {
                self.load_const(ConstValue::Int(i64::from(n)));
                self.unit()
                    .emit(Instr::CompareOp(CompareOpArg::new(CompareOpArg::EQ, true)));
                self.unit().emit(Instr::PopJumpIfFalse(pops[0].0));
                self.unit().emit(Instr::UnpackSequence(Count(n)));
            }
            Some(i) => {
                self.load_const(ConstValue::Int(i64::from(n) - 1));
                self.unit()
                    .emit(Instr::CompareOp(CompareOpArg::new(CompareOpArg::GE, true)));
                self.unit().emit(Instr::PopJumpIfFalse(pops[0].0));
                let after = patterns.len() - i - 1;
                self.unit()
                    .emit(Instr::UnpackEx(Count(i as u32 | (after as u32) << 8)));
            }
        }
        let after = self.unit().new_label();
        let subs: Vec<&Pattern> = patterns.iter().collect();
        let inner_fail = self.unit().new_label();
        self.compile_subpatterns(&subs, inner_fail)?;
        self.unit().emit(Instr::JumpForward(after));
        self.unit().bind(inner_fail);
        self.unit().emit(Instr::JumpForward(fail));
        self.emit_pops(after, &pops);
        Ok(())
    }

    /// Match the values pushed by an unpacking (first on top) against
    /// `patterns` in order; on a failure, pop the values still pushed.
    fn compile_subpatterns(&mut self, patterns: &[&Pattern], fail: Label) -> CResult {
        let n = patterns.len() as u32;
        let mut pops = Vec::new();
        for (k, p) in patterns.iter().enumerate() {
            let remaining = n - k as u32 - 1;
            let target = if remaining == 0 {
                fail
            } else {
                let entry = self.pop_then(remaining, fail);
                pops.push(entry);
                entry.0
            };
            match &p.kind {
                PatternKind::MatchStar { name: Some(name) } => self.store_name(name),
                PatternKind::MatchStar { name: None } => self.unit().emit(Instr::PopTop(NoArg)),
                _ => self.compile_pattern(p, target)?,
            }
        }
        let after = self.unit().new_label();
        self.emit_pops(after, &pops);
        Ok(())
    }

    fn compile_mapping_pattern(
        &mut self,
        keys: &[taipan_ast::Expr],
        patterns: &[Pattern],
        rest: Option<&str>,
        fail: Label,
    ) -> CResult {
        let pops = [self.pop_then(1, fail)];
        self.unit().emit(Instr::MatchMapping(NoArg));
        self.unit().emit(Instr::PopJumpIfFalse(pops[0].0));
        for (key, p) in keys.iter().zip(patterns) {
            self.compile_expr(key)?;
            self.unit().emit(Instr::Copy(Count(2)));
            self.unit().emit(Instr::ContainsOp(Invert(0)));
            self.unit().emit(Instr::PopJumpIfFalse(pops[0].0));
            self.unit().emit(Instr::Copy(Count(1)));
            self.compile_expr(key)?;
            self.unit()
                .emit(Instr::BinaryOp(taipan_bytecode::BinaryOpArg::SUBSCR));
            self.compile_pattern(p, pops[0].0)?;
        }
        match rest {
            Some(name) => {
                // `**rest`: a copy of the subject without the keys.
                self.unit().emit(Instr::BuildMap(Count(0)));
                self.unit().emit(Instr::Swap(Count(2)));
                self.unit().emit(Instr::DictUpdate(Count(1)));
                for key in keys {
                    self.unit().emit(Instr::Copy(Count(1)));
                    self.compile_expr(key)?;
                    self.unit().emit(Instr::DeleteSubscr(NoArg));
                }
                self.store_name(name);
            }
            None => self.unit().emit(Instr::PopTop(NoArg)),
        }
        let after = self.unit().new_label();
        self.emit_pops(after, &pops);
        Ok(())
    }
}
