//! Constant displays, as CPython 3.14's flow-graph optimiser leaves them:
//! a set display of three or more constants is `BUILD_SET 0`, `LOAD_CONST
//! frozenset`, `SET_UPDATE 1` (so the set iterates in the frozenset's
//! table order), a list display of three or more is `BUILD_LIST 0`,
//! `LOAD_CONST tuple`, `LIST_EXTEND 1`; a display of constants that is
//! only iterated (`for x in [...]`) or searched (`x in {...}`) is the
//! tuple or frozenset constant itself. Negated numbers fold to constants.

use taipan_ast::{Constant, Expr, ExprKind, Int, UnaryOp};
use taipan_bytecode::{ConstValue, Count, Instr, SmallInt};

use super::{CResult, Compiler};

/// The constant `expr` folds to: a literal, a negated number literal, or
/// a tuple display of such.
pub(super) fn folded(expr: &Expr) -> Option<ConstValue> {
    match &expr.kind {
        ExprKind::Constant { value, .. } => super::expr::const_value(value),
        ExprKind::UnaryOp {
            op: UnaryOp::USub,
            operand,
        } => match &operand.kind {
            ExprKind::Constant { value, .. } => negated(value),
            _ => None,
        },
        ExprKind::Tuple { elts, .. } => Some(ConstValue::Tuple(const_items(elts)?)),
        _ => None,
    }
}

/// `-value` for a number literal.
fn negated(value: &Constant) -> Option<ConstValue> {
    Some(match value {
        Constant::Int(Int::Small(i)) => match i.checked_neg() {
            Some(n) => ConstValue::Int(n),
            None => ConstValue::BigInt(Box::new(-num_bigint::BigInt::from(*i))),
        },
        Constant::Int(Int::Big(b)) => {
            let n = -(**b).clone();
            match i64::try_from(&n) {
                Ok(small) => ConstValue::Int(small),
                Err(_) => ConstValue::BigInt(Box::new(n)),
            }
        }
        Constant::Float(f) => ConstValue::Float(-f),
        Constant::Complex { real, imag } => ConstValue::Complex(-real, -imag),
        _ => return None,
    })
}

/// The constants of a display whose items all fold.
fn const_items(elts: &[Expr]) -> Option<Vec<ConstValue>> {
    elts.iter().map(folded).collect()
}

impl Compiler {
    /// Push a folded constant (`LOAD_SMALL_INT` for 0..=255).
    pub(super) fn load_folded(&mut self, value: ConstValue) {
        match value {
            ConstValue::Int(i @ 0..=255) => {
                self.unit().emit(Instr::LoadSmallInt(SmallInt(i as u32)))
            }
            v => self.load_const(v),
        }
    }

    /// Compile a list or set display of three or more constants; false
    /// when `expr` is not one.
    pub(super) fn compile_const_display(&mut self, expr: &Expr) -> CResult<bool> {
        let (elts, set) = match &expr.kind {
            ExprKind::List { elts, .. } => (elts, false),
            ExprKind::Set { elts } => (elts, true),
            _ => return Ok(false),
        };
        if elts.len() < 3 {
            return Ok(false);
        }
        let Some(items) = const_items(elts) else {
            return Ok(false);
        };
        if set {
            self.unit().emit(Instr::BuildSet(Count(0)));
            self.load_const(ConstValue::FrozenSet(items));
            self.unit().emit(Instr::SetUpdate(Count(1)));
        } else {
            self.unit().emit(Instr::BuildList(Count(0)));
            self.load_const(ConstValue::Tuple(items));
            self.unit().emit(Instr::ListExtend(Count(1)));
        }
        Ok(true)
    }

    /// Compile the container of `in` or the iterable of `for`: a
    /// non-empty list or set display of constants becomes its tuple or
    /// frozenset constant.
    pub(super) fn compile_iterated(&mut self, expr: &Expr) -> CResult {
        let folded = match &expr.kind {
            ExprKind::List { elts, .. } if !elts.is_empty() => {
                const_items(elts).map(ConstValue::Tuple)
            }
            ExprKind::Set { elts } if !elts.is_empty() => {
                const_items(elts).map(ConstValue::FrozenSet)
            }
            _ => None,
        };
        match folded {
            Some(value) => {
                let old = self.set_range(expr.range);
                self.load_const(value);
                self.set_range(old);
                Ok(())
            }
            None => self.compile_expr(expr),
        }
    }
}
