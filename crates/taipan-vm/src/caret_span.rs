//! The source block of a traceback entry whose instruction spans several
//! lines, as CPython 3.14's `traceback.StackSummary.format_frame_summary`
//! shows it: the lines, dedented together; under each, markers when
//! `_should_show_carets` says so (`~` for the span, `^` between the
//! anchors: the operator of a binary operation, the brackets of a call or
//! subscript, which may lie on different lines); only the first and last
//! lines and those around the anchors, the others folded into
//! `...<N lines>...`.

use crate::carets::char_offset;
use taipan_ast::{ExprKind, Mod};

/// Where the `^` markers start and stop: (line, column) pairs, columns
/// in characters, lines counted in the segment.
#[derive(Clone, Copy)]
struct Anchors {
    left: (usize, usize),
    right: (usize, usize),
}

/// The block (each line indented by four spaces, newline-terminated) for
/// the span from byte column `col` of `lines[0]` to byte column `end_col`
/// of the last line; `None` when there is nothing to show.
pub(crate) fn block(lines: &[&str], col: u32, end_col: u32) -> Option<String> {
    let first = *lines.first()?;
    let last = *lines.last()?;
    let all = dedent(lines);
    if all.iter().all(|l| l.trim().is_empty()) {
        return None;
    }
    let dedent_chars = first.chars().count() - all[0].chars().count();
    let start = char_offset(first, col as usize).saturating_sub(dedent_chars);
    let end = char_offset(last, end_col as usize).saturating_sub(dedent_chars);
    let joined = all.join("\n");
    let chars: Vec<char> = joined.chars().collect();
    let last_len = all[all.len() - 1].chars().count();
    let seg_end = chars.len().checked_sub(last_len.checked_sub(end)?)?;
    let segment: String = chars.get(start..seg_end)?.iter().collect();
    let anchors = anchors(&segment).map(|a| shift(a, start));
    let show = should_show(&all, start, end, anchors.is_some());
    let mut significant = vec![0, all.len() - 1];
    if let Some(a) = anchors {
        for l in [a.left.0, a.right.0] {
            significant.extend([l.wrapping_sub(1), l, l + 1]);
        }
    }
    significant.retain(|&l| l < all.len());
    significant.sort_unstable();
    significant.dedup();
    let mut out: Vec<String> = Vec::new();
    let emit = |out: &mut Vec<String>, l: usize| {
        out.push(all[l].to_owned());
        if show {
            out.push(marker_line(&all, l, start, end, anchors));
        }
    };
    for (i, &l) in significant.iter().enumerate() {
        if i > 0 {
            let gap = l - significant[i - 1];
            if gap == 2 {
                emit(&mut out, l - 1);
            } else if gap > 2 {
                out.push(format!("...<{} lines>...", gap - 1));
            }
        }
        emit(&mut out, l);
    }
    let refs: Vec<&str> = out.iter().map(String::as_str).collect();
    Some(dedent(&refs).iter().map(|l| format!("    {l}\n")).collect())
}

/// The marker line under `all[l]`.
fn marker_line(
    all: &[String],
    l: usize,
    start: usize,
    end: usize,
    anchors: Option<Anchors>,
) -> String {
    let line = &all[l];
    let indent = line.chars().take_while(|c| c.is_whitespace()).count();
    let width = if l == all.len() - 1 {
        end
    } else {
        line.chars().count()
    };
    let (primary, secondary) = if anchors.is_some() {
        ('~', '^')
    } else {
        ('^', '^')
    };
    (0..width)
        .map(|c| {
            if c < indent || (l == 0 && c < start) {
                return ' ';
            }
            let inside = anchors.is_some_and(|a| (l, c) >= a.left && (l, c) < a.right);
            if inside {
                secondary
            } else {
                primary
            }
        })
        .collect()
}

/// Anchors found in the segment, moved to line columns (the segment's
/// first line starts at column `start`).
fn shift(mut a: Anchors, start: usize) -> Anchors {
    if a.left.0 == 0 {
        a.left.1 += start;
    }
    if a.right.0 == 0 {
        a.right.1 += start;
    }
    a
}

/// `textwrap.dedent`: remove the leading whitespace all non-blank lines
/// share; blank lines become empty.
fn dedent(lines: &[&str]) -> Vec<String> {
    let mut margin: Option<&str> = None;
    for line in lines.iter().filter(|l| !l.trim().is_empty()) {
        let ws = &line[..line.len() - line.trim_start().len()];
        margin = Some(match margin {
            None => ws,
            Some(m) => {
                let common = m
                    .char_indices()
                    .zip(ws.chars())
                    .find(|((_, a), b)| a != b)
                    .map_or(m.len().min(ws.len()), |((i, _), _)| i);
                &m[..common]
            }
        });
    }
    let cut = margin.map_or(0, str::len);
    lines
        .iter()
        .map(|l| {
            if l.trim().is_empty() {
                String::new()
            } else {
                l[cut.min(l.len())..].to_owned()
            }
        })
        .collect()
}

/// CPython's `_extract_caret_anchors_from_line_segment`, over lines.
fn anchors(segment: &str) -> Option<Anchors> {
    let (value, skip) = (crate::carets::parse_segment(segment)?, 2);
    let lines: Vec<Vec<char>> = segment.split('\n').map(|l| l.chars().collect()).collect();
    let starts: Vec<usize> = std::iter::once(0)
        .chain(segment.match_indices('\n').map(|(i, _)| i + 1))
        .collect();
    // A byte offset of the wrapped text as (line, column) of the segment.
    let at = |byte: u32| -> (usize, usize) {
        let b = (byte as usize).saturating_sub(skip);
        let line = starts.iter().rposition(|&s| s <= b).unwrap_or(0);
        let text = segment.get(starts[line]..).unwrap_or("");
        (line, char_offset(text, b - starts[line]))
    };
    let valid = |mut p: (usize, usize)| -> Option<(usize, usize)> {
        while p.0 < lines.len() && p.1 >= lines[p.0].len() {
            p = (p.0 + 1, 0);
        }
        (p.0 < lines.len()).then_some(p)
    };
    let until = |p: (usize, usize), stop: &dyn Fn(char) -> bool| -> Option<(usize, usize)> {
        let mut p = valid(p)?;
        loop {
            let ch = lines[p.0][p.1];
            if ch == '\\' || ch == '#' {
                p = valid((p.0 + 1, 0))?;
            } else if stop(ch) {
                return Some(p);
            } else {
                p = valid((p.0, p.1 + 1))?;
            }
        }
    };
    match &value.kind {
        ExprKind::BinOp { left, right, .. } => {
            let op = until(at(left.range.end), &|c| !c.is_whitespace() && c != ')')?;
            let mut right_col = op.1 + 1;
            let right_start = at(right.range.start);
            let line = &lines[op.0];
            if right_col < line.len()
                && (right_start.0 > op.0 || right_col < right_start.1)
                && !line[right_col].is_whitespace()
                && !matches!(line[right_col], '\\' | '#')
            {
                right_col += 1;
            }
            Some(Anchors {
                left: op,
                right: (op.0, right_col),
            })
        }
        ExprKind::Subscript { value: inner, .. } => Some(Anchors {
            left: until(at(inner.range.end), &|c| c == '[')?,
            right: at(value.range.end),
        }),
        ExprKind::Call { func, .. } => Some(Anchors {
            left: until(at(func.range.end), &|c| c == '(')?,
            right: at(value.range.end),
        }),
        _ => None,
    }
}

/// CPython's `_should_show_carets` for a span of several lines.
fn should_show(all: &[String], start: usize, end: usize, has_anchors: bool) -> bool {
    let joined = all.join("\n");
    if let Ok(Mod::Module { body, .. }) = taipan_parser::parse(&joined, &Default::default()) {
        if let Some(v) = crate::carets::sole_call(&body) {
            let index = taipan_source::LineIndex::new(&joined);
            let s = index.line_col(v.range.start);
            let e = index.line_col(v.range.end);
            // CPython compares the AST's byte columns with character offsets.
            let spans = s.line == 1
                && e.line as usize == all.len()
                && s.col as usize == start
                && e.col as usize == end;
            if spans {
                return false;
            }
        }
    }
    if has_anchors {
        return true;
    }
    let first: String = all[0].chars().take(start).collect();
    let last: String = all[all.len() - 1].chars().skip(end).collect();
    !first.trim_start().is_empty() || !last.trim_end().is_empty()
}

#[cfg(test)]
mod tests {
    use super::block;

    #[test]
    fn call_across_lines() {
        let lines = ["    boom(", "        1,", "    )"];
        assert_eq!(
            block(&lines, 4, 5).as_deref(),
            Some("    boom(\n    ~~~~^\n        1,\n        ^^\n    )\n    ^\n")
        );
        let lines = ["    x = boom(1,", "             2)"];
        assert_eq!(
            block(&lines, 8, 15).as_deref(),
            Some("    x = boom(1,\n             2)\n")
        );
    }
}
