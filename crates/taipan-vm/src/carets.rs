//! The `~~~^^^` markers CPython 3.13+ prints under the failing part of a
//! traceback's source line (as `traceback.StackSummary` decides them).
//!
//! The instruction's span is cut out of the (dedented) line. If that
//! segment, parsed as an expression, is a binary operation, a subscript or
//! a call, the markers have *anchors*: `^` under the operator, or from the
//! opening bracket to the end, and `~` under the rest of the span.
//! Otherwise the whole span gets `^`. No markers are shown when the span
//! covers the whole line and there are no anchors, nor for `return f(x)`
//! and `x = f(y)` statements whose call is the whole line. Only spans on a
//! single line get markers so far.

use taipan_ast::{Expr, ExprKind, Mod, Stmt, StmtKind};

/// The marker line for the span `start..end` (byte columns) of `line`
/// (already stripped of its indentation, `indent` bytes), if any.
pub(crate) fn caret_line(line: &str, indent: usize, start: u32, end: u32) -> Option<String> {
    let start = char_offset(line, (start as usize).checked_sub(indent)?);
    let end = char_offset(line, (end as usize).checked_sub(indent)?);
    let chars: Vec<char> = line.chars().collect();
    if start >= end || end > chars.len() {
        return None;
    }
    let segment: String = chars[start..end].iter().collect();
    let anchors = anchors(&segment);
    if !should_show(line, start, end, anchors.is_some()) {
        return None;
    }
    let (primary, secondary) = if anchors.is_some() {
        ('~', '^')
    } else {
        ('^', '^')
    };
    let (left, right) = anchors.map_or((0, 0), |(l, r)| (l + start, r + start));
    let carets: String = (0..end)
        .map(|col| match col {
            c if c < start => ' ',
            c if anchors.is_some() && c >= left && c < right => secondary,
            _ => primary,
        })
        .collect();
    Some(carets)
}

/// The call whose carets CPython leaves out when it spans the whole
/// segment: the value of a first statement `return f(...)` or
/// `x = call(...)`.
pub(crate) fn sole_call(body: &[Stmt]) -> Option<&Expr> {
    match body.first().map(|s| &s.kind) {
        Some(StmtKind::Return { value: Some(v) }) => match &v.kind {
            ExprKind::Call { func, .. } if matches!(func.kind, ExprKind::Name { .. }) => Some(&**v),
            _ => None,
        },
        Some(StmtKind::Assign { targets, value, .. })
            if targets.len() == 1
                && matches!(targets[0].kind, ExprKind::Name { .. })
                && matches!(value.kind, ExprKind::Call { .. }) =>
        {
            Some(&**value)
        }
        _ => None,
    }
}

/// The character index of byte offset `byte` in `text`.
pub(crate) fn char_offset(text: &str, byte: usize) -> usize {
    text.get(..byte.min(text.len()))
        .map_or(byte, |prefix| prefix.chars().count())
}

/// The expression `segment` parses to, wrapped in brackets as CPython
/// does (so its offsets are 2 bytes past the segment's: the wrapper adds
/// "(\n" before it).
pub(crate) fn parse_segment(segment: &str) -> Option<Expr> {
    let wrapped = format!("(\n{segment}\n)");
    let Ok(Mod::Module { body, .. }) = taipan_parser::parse(&wrapped, &Default::default()) else {
        return None;
    };
    let [stmt] = body.as_slice() else { return None };
    let StmtKind::Expr { value } = &stmt.kind else {
        return None;
    };
    Some((**value).clone())
}

/// Where the secondary markers go in `segment`: `(from, to)` in characters.
fn anchors(segment: &str) -> Option<(usize, usize)> {
    let value = &parse_segment(segment)?;
    let chars: Vec<char> = segment.chars().collect();
    // Offsets in the segment: the wrapper adds "(\n" before it.
    let pos = |byte: u32| char_offset(segment, (byte as usize).saturating_sub(2));
    let find =
        |from: usize, stop: &dyn Fn(char) -> bool| (from..chars.len()).find(|&i| stop(chars[i]));
    match &value.kind {
        ExprKind::BinOp { left, right, .. } => {
            let op = find(pos(left.range.end), &|c| !c.is_whitespace() && c != ')')?;
            let mut right_end = op + 1;
            if right_end < chars.len()
                && right_end < pos(right.range.start)
                && !chars[right_end].is_whitespace()
                && !matches!(chars[right_end], '\\' | '#')
            {
                right_end += 1;
            }
            Some((op, right_end))
        }
        ExprKind::Subscript { value: inner, .. } => bracket(value, inner, '[', &find, &pos),
        ExprKind::Call { func, .. } => bracket(value, func, '(', &find, &pos),
        _ => None,
    }
}

/// Finds the first character index from a start that satisfies a test.
type Finder<'a> = &'a dyn Fn(usize, &dyn Fn(char) -> bool) -> Option<usize>;

/// Anchors from the bracket after `inner` to the end of `whole`.
fn bracket(
    whole: &Expr,
    inner: &Expr,
    open: char,
    find: Finder<'_>,
    pos: &dyn Fn(u32) -> usize,
) -> Option<(usize, usize)> {
    let left = find(pos(inner.range.end), &|c| c == open)?;
    Some((left, pos(whole.range.end)))
}

/// CPython's `_should_show_carets`.
fn should_show(line: &str, start: usize, end: usize, has_anchors: bool) -> bool {
    if let Ok(Mod::Module { body, .. }) = taipan_parser::parse(line, &Default::default()) {
        if let Some(v) = sole_call(&body) {
            let spans = char_offset(line, v.range.start as usize) == start
                && char_offset(line, v.range.end as usize) == end
                && !line[..v.range.end as usize].contains('\n');
            if spans {
                return false;
            }
        }
    }
    if has_anchors {
        return true;
    }
    let chars: Vec<char> = line.chars().collect();
    chars[..start].iter().any(|c| !c.is_whitespace())
        || chars[end..].iter().any(|c| !c.is_whitespace())
}

#[cfg(test)]
mod tests {
    use super::caret_line;

    #[test]
    fn binary_op_call_and_subscript() {
        assert_eq!(
            caret_line("return 1 / x", 4, 11, 16).as_deref(),
            Some("       ~~^~~")
        );
        assert_eq!(caret_line("f(0)", 0, 0, 4).as_deref(), Some("~^^^"));
        assert_eq!(
            caret_line("print(xs[5])", 0, 6, 11).as_deref(),
            Some("      ~~^^^")
        );
        assert_eq!(caret_line("return g()", 0, 7, 10), None);
        assert_eq!(caret_line("print(x)", 0, 6, 7).as_deref(), Some("      ^"));
        assert_eq!(caret_line("x", 0, 0, 1), None);
    }
}
