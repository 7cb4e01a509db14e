//! The keyword-typo hint CPython 3.14's `traceback` module adds to a bare
//! syntax error: `invalid syntax. Did you mean 'import'?`.
//!
//! When an uncaught `SyntaxError` says `invalid syntax` (or `Perhaps you
//! forgot a comma?`), `TracebackException._find_keyword_typos` takes the
//! source from the start of the last statement the parser completed up to
//! the error's line, dedents it, tokenizes it, and for each of the first ten
//! names that are not keywords tries up to three keywords that look like it
//! (`_suggestions._generate_suggestions`, a weighted Levenshtein distance,
//! then `difflib.get_close_matches` with cutoff 0.5). The first replacement
//! after which the snippet compiles, or is merely incomplete, replaces the
//! error's position and message.
//!
//! Taipan's parser does not record "the last statement completed"; this
//! module takes the snippet from the start of the file, which is what
//! CPython does unless an indented block was completed before the error.

use taipan_parser::{Mode, ParseOptions};
use taipan_source::TextRange;
use taipan_tokenizer::{TokenKind, Tokenizer, TokenizerOptions};

/// Python 3.14's `keyword.kwlist`, in its order.
const KWLIST: [&str; 35] = [
    "False", "None", "True", "and", "as", "assert", "async", "await", "break", "class", "continue",
    "def", "del", "elif", "else", "except", "finally", "for", "from", "global", "if", "import",
    "in", "is", "lambda", "nonlocal", "not", "or", "pass", "raise", "return", "try", "while",
    "with", "yield",
];

/// Source snippets longer than this are not searched (as in CPython).
const MAX_SNIPPET: usize = 1024;

/// A keyword that makes the erroneous line compile, and where it goes.
#[derive(Debug, PartialEq, Eq)]
pub struct Typo {
    /// The new message: `invalid syntax. Did you mean 'KW'?`.
    pub message: String,
    /// The line shown (the snippet's line holding the name, newline kept).
    pub text: String,
    /// 1-based line number.
    pub lineno: u32,
    /// 1-based character offsets of the misspelled name.
    pub offset: u32,
    /// One past its end.
    pub end_offset: u32,
}

/// The hint for an error with `message` on 1-based line `lineno` of
/// `source`, if CPython would give one. `from_file`: the program was a
/// script file (only names on the error's line are tried) rather than a
/// string (`-c`, `ast.parse`), where every name of the snippet is.
pub fn find_keyword_typo(
    source: &str,
    message: &str,
    lineno: u32,
    from_file: bool,
) -> Option<Typo> {
    if message != "invalid syntax" && !message.contains("Perhaps you forgot a comma") {
        return None;
    }
    let lines: Vec<&str> = python_lines(source);
    let end = (lineno as usize).min(lines.len());
    let snippet = dedent(&lines[..end]);
    if snippet.chars().count() > MAX_SNIPPET {
        return None;
    }
    let snippet_lines: Vec<&str> = snippet.split('\n').collect();
    let mut budget = 10;
    for (name, range) in names(&snippet) {
        let Some((line, col, end_col)) = position(&snippet, range) else {
            continue;
        };
        if from_file && line != lineno {
            continue;
        }
        if KWLIST.contains(&name) {
            continue;
        }
        if budget == 0 {
            break;
        }
        budget -= 1;
        for keyword in candidates(name) {
            let mut edited = snippet_lines.clone();
            let original = *edited.get(line as usize - 1)?;
            let replaced = replace_chars(original, col, end_col, keyword);
            edited[line as usize - 1] = &replaced;
            if !compiles_or_incomplete(&edited.join("\n")) {
                continue;
            }
            return Some(Typo {
                message: format!("invalid syntax. Did you mean '{keyword}'?"),
                text: format!("{original}\n"),
                lineno: line,
                offset: col + 1,
                end_offset: end_col + 1,
            });
        }
    }
    None
}

/// `str.splitlines()` for source text: `\r\n`, `\r` and `\n` end lines.
fn python_lines(source: &str) -> Vec<&str> {
    let mut lines = Vec::new();
    let mut rest = source;
    while !rest.is_empty() {
        let cut = rest.find(['\r', '\n']).unwrap_or(rest.len());
        lines.push(&rest[..cut]);
        let skip = if rest[cut..].starts_with("\r\n") {
            2
        } else {
            1
        };
        rest = rest.get(cut + skip..).unwrap_or("");
    }
    lines
}

/// `textwrap.dedent('\n'.join(lines))`: remove the longest common leading
/// whitespace of the non-blank lines; blank lines become empty.
fn dedent(lines: &[&str]) -> String {
    let indent_of = |l: &str| l.len() - l.trim_start_matches([' ', '\t']).len();
    let mut margin: Option<&str> = None;
    for line in lines
        .iter()
        .filter(|l| !l.trim_matches([' ', '\t']).is_empty())
    {
        let ind = &line[..indent_of(line)];
        margin = Some(match margin {
            None => ind,
            Some(m) => {
                let common = m
                    .bytes()
                    .zip(ind.bytes())
                    .take_while(|(a, b)| a == b)
                    .count();
                &m[..common]
            }
        });
    }
    let margin = margin.unwrap_or("");
    let out: Vec<&str> = lines
        .iter()
        .map(|l| {
            if l.trim_matches([' ', '\t']).is_empty() {
                ""
            } else {
                l.strip_prefix(margin).unwrap_or(l)
            }
        })
        .collect();
    out.join("\n")
}

/// The NAME tokens of `snippet`, as `tokenize.generate_tokens` yields them
/// (keywords included), up to the first tokenizer error.
fn names(snippet: &str) -> Vec<(&str, TextRange)> {
    let options = TokenizerOptions {
        type_comments: false,
        extra_tokens: true,
    };
    let mut tokenizer = Tokenizer::new(snippet, options);
    let mut found = Vec::new();
    // Each token consumes input, so this bound is never reached; it only
    // guards against a tokenizer bug turning into a hang.
    for _ in 0..=snippet.len() * 4 + 16 {
        match tokenizer.next_token() {
            Ok(t) if t.kind == TokenKind::EndMarker => break,
            Ok(t) if t.kind == TokenKind::Name => {
                if let Some(text) = snippet.get(t.range.as_usize()) {
                    found.push((text, t.range));
                }
            }
            Ok(_) => {}
            Err(_) => break,
        }
    }
    found
}

/// 1-based line and 0-based character columns of a single-line range
/// (`None` if the range does not fall on character boundaries).
fn position(text: &str, range: TextRange) -> Option<(u32, u32, u32)> {
    let before = text.get(..range.start as usize)?;
    let line = before.matches('\n').count() as u32 + 1;
    let line_start = before.rfind('\n').map_or(0, |i| i + 1);
    let col = before[line_start..].chars().count() as u32;
    let len = text.get(range.as_usize())?.chars().count() as u32;
    Some((line, col, col + len))
}

/// `line` with characters `from..to` replaced by `with`.
fn replace_chars(line: &str, from: u32, to: u32, with: &str) -> String {
    let chars: Vec<char> = line.chars().collect();
    let (from, to) = (from as usize, (to as usize).min(chars.len()));
    let mut out: String = chars[..from.min(chars.len())].iter().collect();
    out.push_str(with);
    out.extend(&chars[to..]);
    out
}

/// What `codeop.compile_command(code, "exec", PyCF_ONLY_AST)` accepts
/// without raising: code that parses, or whose parse with a newline added
/// succeeds or fails only for want of more input (`_IncompleteInputError`).
fn compiles_or_incomplete(code: &str) -> bool {
    let options = ParseOptions {
        mode: Mode::Exec,
        type_comments: false,
    };
    // codeop compiles `pass` for a source of blank lines and comments.
    let blank = code.split('\n').all(|line| {
        let line = line.trim();
        line.is_empty() || line.starts_with('#')
    });
    if blank || taipan_parser::parse(code, &options).is_ok() {
        return true;
    }
    let more = format!("{code}\n");
    !matches!(
        taipan_parser::parse_allowing_incomplete(&more, &options),
        Err(taipan_parser::ParseFailure::Invalid(_))
    )
}

/// Up to three keywords that `name` may be a typo of, in CPython's order.
fn candidates(name: &str) -> Vec<&'static str> {
    let mut found: Vec<&'static str> = closest_by_edit_cost(name).into_iter().collect();
    found.extend(close_matches(name, 3, 0.5));
    found.truncate(3);
    found.retain(|k| *k != name);
    found
}

/// `_suggestions._generate_suggestions(kwlist, name)`: the keyword with the
/// least weighted edit cost (moves 2, case changes 1), within a third of
/// the characters involved.
fn closest_by_edit_cost(name: &str) -> Option<&'static str> {
    let mut best: Option<(&'static str, usize)> = None;
    for &kw in &KWLIST {
        if kw == name {
            continue;
        }
        let mut max = (name.len() + kw.len() + 3) * MOVE_COST / 6;
        if let Some((_, d)) = best {
            max = max.min(d.saturating_sub(1));
        }
        let d = edit_cost(name.as_bytes(), kw.as_bytes(), max);
        if d <= max && best.is_none_or(|(_, bd)| d < bd) {
            best = Some((kw, d));
        }
    }
    best.map(|(kw, _)| kw)
}

const MOVE_COST: usize = 2;
const CASE_COST: usize = 1;
/// Longer strings (after trimming common ends) are never close.
const MAX_STRING_SIZE: usize = 40;

/// Cost of turning byte `a` into byte `b`.
fn substitution_cost(a: u8, b: u8) -> usize {
    if a == b {
        0
    } else if a.eq_ignore_ascii_case(&b) && a.is_ascii_alphabetic() {
        CASE_COST
    } else {
        MOVE_COST
    }
}

/// Weighted Levenshtein distance of UTF-8 strings; anything above `max`
/// is reported as `max + 1`.
fn edit_cost(a: &[u8], b: &[u8], max: usize) -> usize {
    let prefix = a.iter().zip(b).take_while(|(x, y)| x == y).count();
    let (a, b) = (&a[prefix..], &b[prefix..]);
    let suffix = a
        .iter()
        .rev()
        .zip(b.iter().rev())
        .take_while(|(x, y)| x == y)
        .count();
    let (a, b) = (&a[..a.len() - suffix], &b[..b.len() - suffix]);
    if a.is_empty() || b.is_empty() {
        return (a.len() + b.len()) * MOVE_COST;
    }
    if a.len() > MAX_STRING_SIZE || b.len() > MAX_STRING_SIZE {
        return max + 1;
    }
    let (a, b) = if b.len() < a.len() { (b, a) } else { (a, b) };
    if (b.len() - a.len()) * MOVE_COST > max {
        return max + 1;
    }
    let mut row: Vec<usize> = (1..=a.len()).map(|i| i * MOVE_COST).collect();
    let mut result = 0;
    for (bi, &bc) in b.iter().enumerate() {
        result = bi * MOVE_COST;
        let mut distance = result;
        let mut minimum = usize::MAX;
        for (ai, &ac) in a.iter().enumerate() {
            let substitute = distance + substitution_cost(bc, ac);
            distance = row[ai];
            result = (result.min(distance) + MOVE_COST).min(substitute);
            row[ai] = result;
            minimum = minimum.min(result);
        }
        if minimum > max {
            return max + 1;
        }
    }
    result
}

/// `difflib.get_close_matches(word, kwlist, n, cutoff)`: keywords whose
/// `SequenceMatcher` ratio with `word` reaches `cutoff`, best first (ties:
/// the greater string first).
fn close_matches(word: &str, n: usize, cutoff: f64) -> Vec<&'static str> {
    let b: Vec<char> = word.chars().collect();
    let mut scored: Vec<(f64, &'static str)> = KWLIST
        .iter()
        .filter_map(|&kw| {
            let a: Vec<char> = kw.chars().collect();
            let r = ratio(&a, &b);
            (r >= cutoff).then_some((r, kw))
        })
        .collect();
    scored.sort_by(|x, y| y.0.total_cmp(&x.0).then_with(|| y.1.cmp(x.1)));
    scored.into_iter().take(n).map(|(_, kw)| kw).collect()
}

/// `SequenceMatcher(None, a, b).ratio()`.
fn ratio(a: &[char], b: &[char]) -> f64 {
    let total = a.len() + b.len();
    if total == 0 {
        return 1.0;
    }
    let matches = matching_chars(a, b);
    2.0 * matches as f64 / total as f64
}

/// Sum of the sizes of `get_matching_blocks()`: longest match first, then
/// recursively on both sides of it. `b`'s "popular" characters (more than
/// 1% of a string of 200 or more) are left out of the index, as difflib's
/// autojunk does.
fn matching_chars(a: &[char], b: &[char]) -> usize {
    let popular =
        |c: char| b.len() >= 200 && b.iter().filter(|&&x| x == c).count() > b.len() / 100 + 1;
    let mut total = 0;
    let mut queue = vec![(0, a.len(), 0, b.len())];
    while let Some((alo, ahi, blo, bhi)) = queue.pop() {
        let (i, j, k) = longest_match(a, b, (alo, ahi, blo, bhi), &popular);
        if k > 0 {
            total += k;
            if alo < i && blo < j {
                queue.push((alo, i, blo, j));
            }
            if i + k < ahi && j + k < bhi {
                queue.push((i + k, ahi, j + k, bhi));
            }
        }
    }
    total
}

/// `SequenceMatcher.find_longest_match` without junk: the longest common
/// run of `a[alo..ahi]` and `b[blo..bhi]`, earliest in `a`, then in `b`;
/// then widened over equal popular characters on both sides.
fn longest_match(
    a: &[char],
    b: &[char],
    (alo, ahi, blo, bhi): (usize, usize, usize, usize),
    popular: &dyn Fn(char) -> bool,
) -> (usize, usize, usize) {
    let (mut besti, mut bestj, mut bestsize) = (alo, blo, 0);
    let mut lengths = vec![0usize; b.len() + 1];
    for (i, &ac) in a.iter().enumerate().take(ahi).skip(alo) {
        let mut next = vec![0usize; b.len() + 1];
        for (j, &bc) in b.iter().enumerate().take(bhi).skip(blo) {
            if bc != ac || popular(bc) {
                continue;
            }
            let k = if j > 0 { lengths[j - 1] } else { 0 } + 1;
            next[j] = k;
            if k > bestsize {
                (besti, bestj, bestsize) = (i + 1 - k, j + 1 - k, k);
            }
        }
        lengths = next;
    }
    while besti > alo && bestj > blo && a[besti - 1] == b[bestj - 1] {
        besti -= 1;
        bestj -= 1;
        bestsize += 1;
    }
    while besti + bestsize < ahi
        && bestj + bestsize < bhi
        && a[besti + bestsize] == b[bestj + bestsize]
    {
        bestsize += 1;
    }
    (besti, bestj, bestsize)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn suggestions_in_cpython_order() {
        assert_eq!(candidates("improt"), vec!["import", "import"]);
        assert_eq!(candidates("dfe"), vec!["del", "def"]);
        assert_eq!(closest_by_edit_cost("whille"), Some("while"));
        assert_eq!(closest_by_edit_cost("Ture"), None);
    }

    #[test]
    fn typo_found_on_the_error_line() {
        let typo = find_keyword_typo("x = 1\nimprot os\n", "invalid syntax", 2, true);
        let typo = typo.expect("a keyword fits");
        assert_eq!(typo.message, "invalid syntax. Did you mean 'import'?");
        assert_eq!((typo.lineno, typo.offset, typo.end_offset), (2, 1, 7));
        assert_eq!(typo.text, "improt os\n");
        let typo = find_keyword_typo("dfe f():\n    pass\n", "invalid syntax", 1, true);
        assert_eq!(
            typo.map(|t| t.message),
            Some("invalid syntax. Did you mean 'def'?".into())
        );
    }

    #[test]
    fn no_typo_for_other_messages() {
        assert_eq!(
            find_keyword_typo("improt os\n", "cannot assign", 1, true),
            None
        );
    }

    #[test]
    fn incomplete_input_as_codeop_sees_it() {
        // codeop.compile_command(code, symbol="exec", flags=PyCF_ONLY_AST)
        // under CPython 3.14: true when it returns, false when it raises.
        let cases: &[(&str, bool)] = &[
            ("None++", false),
            ("continue++", false),
            ("counter++", false),
            ("if x:", true),
            ("if x:\n  pass", true),
            ("x = (", true),
            ("x = (1,\n 2", true),
            ("def f(:", false),
            ("for x in", false),
            ("'''abc", true),
            ("'abc", false),
            ("x = 1 +", false),
            ("x = \\", true),
            ("class A", false),
            ("with a as b:", true),
            ("if x:\n  a b", false),
            ("f(a b)", false),
            ("import", false),
            ("from x import", false),
            ("while x:\n    pass\nelse", false),
            ("try:\n  pass", true),
            ("x = [1, 2", true),
            ("lambda x:", false),
            ("print 'x'", false),
            ("a = 1if 2 else 3", true),
            ("def f():\n  return", true),
            ("@dec", true),
            ("x = {", true),
            ("match x:", true),
            ("match x:\n case 1:", true),
            ("f'''{x", true),
            ("f'{x", true),
            ("async def f():\n await", false),
            ("x = 1\n  y = 2", false),
            ("if x:\npass", false),
            ("else:", false),
            ("pass\n  pass", false),
            ("x = 1 2", false),
            ("(x for x in y", true),
            ("x: int =", false),
            ("del", false),
            ("assert", false),
            ("raise from x", false),
        ];
        for &(code, accepted) in cases {
            assert_eq!(compiles_or_incomplete(code), accepted, "{code:?}");
        }
    }
}
