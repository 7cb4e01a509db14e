//! `from __future__ import ...` (CPython's `Python/future.c`): the future
//! statements at the top of a module, after an optional docstring.

use taipan_ast::{Mod, Stmt, StmtKind};
use taipan_source::TextRange;

use super::{SymtableError, SymtableErrorKind};

/// The features a module's future statements enable, and where the last
/// of those statements is.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct FutureFeatures {
    /// `annotations` (PEP 563: annotations are kept as strings).
    pub annotations: bool,
    /// `barry_as_FLUFL` (`<>` for `!=`; the parser's business).
    pub barry_as_flufl: bool,
    /// The range of the last future statement of the leading run.
    pub location: Option<TextRange>,
}

/// Features that exist and need nothing from the compiler any more.
const KNOWN: [&str; 8] = [
    "nested_scopes",
    "generators",
    "division",
    "absolute_import",
    "with_statement",
    "print_function",
    "unicode_literals",
    "generator_stop",
];

/// Scan the leading future statements of `module`.
pub(crate) fn parse_future(module: &Mod) -> Result<FutureFeatures, SymtableError> {
    let mut features = FutureFeatures::default();
    let body = match module {
        Mod::Module { body, .. } | Mod::Interactive { body } => body,
        _ => return Ok(features),
    };
    let skip = usize::from(super::builder::has_docstring(body));
    for stmt in &body[skip.min(body.len())..] {
        if !is_future_import(stmt) {
            break;
        }
        if let StmtKind::ImportFrom { names, .. } = &stmt.kind {
            for alias in names {
                match alias.name.as_str() {
                    "annotations" => features.annotations = true,
                    "barry_as_FLUFL" => features.barry_as_flufl = true,
                    "braces" => {
                        return Err(SymtableError::new(
                            SymtableErrorKind::FutureBraces,
                            alias.range,
                        ))
                    }
                    name if KNOWN.contains(&name) => {}
                    name => {
                        return Err(SymtableError::new(
                            SymtableErrorKind::FutureFeatureNotDefined(name.to_owned()),
                            alias.range,
                        ))
                    }
                }
            }
        }
        features.location = Some(stmt.range);
    }
    Ok(features)
}

/// `from __future__ import ...` (absolute).
pub(crate) fn is_future_import(stmt: &Stmt) -> bool {
    matches!(&stmt.kind, StmtKind::ImportFrom { module: Some(m), level: 0, .. } if m == "__future__")
}
