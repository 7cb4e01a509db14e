//! "Did you mean" suggestions for `NameError`, as CPython's `traceback`
//! computes them: the closest candidate by a Levenshtein distance where a
//! case change costs 1 and any other edit 2, within a budget that grows
//! with the lengths.

const MAX_CANDIDATES: usize = 750;
const MAX_STRING_SIZE: usize = 40;
const MOVE_COST: usize = 2;
const CASE_COST: usize = 1;

fn substitution_cost(a: char, b: char) -> usize {
    if a == b {
        0
    } else if a.to_lowercase().eq(b.to_lowercase()) {
        CASE_COST
    } else {
        MOVE_COST
    }
}

/// CPython's `_levenshtein_distance` (anything over `max_cost` is
/// reported as `max_cost + 1`).
fn distance(a: &str, b: &str, max_cost: usize) -> usize {
    if a == b {
        return 0;
    }
    let a: Vec<char> = a.chars().collect();
    let b: Vec<char> = b.chars().collect();
    let pre = a.iter().zip(&b).take_while(|(x, y)| x == y).count();
    let (a, b) = (&a[pre..], &b[pre..]);
    let post = a
        .iter()
        .rev()
        .zip(b.iter().rev())
        .take_while(|(x, y)| x == y)
        .count();
    let (a, b) = (&a[..a.len() - post], &b[..b.len() - post]);
    if a.is_empty() || b.is_empty() {
        return MOVE_COST * (a.len() + b.len());
    }
    if a.len() > MAX_STRING_SIZE || b.len() > MAX_STRING_SIZE {
        return max_cost + 1;
    }
    let (a, b) = if b.len() < a.len() { (b, a) } else { (a, b) };
    if (b.len() - a.len()) * MOVE_COST > max_cost {
        return max_cost + 1;
    }
    let mut row: Vec<usize> = (1..=a.len()).map(|i| i * MOVE_COST).collect();
    let mut result = 0;
    for (bindex, &bchar) in b.iter().enumerate() {
        let mut dist = bindex * MOVE_COST;
        result = dist;
        let mut minimum = usize::MAX;
        for (index, &achar) in a.iter().enumerate() {
            let substitute = dist + substitution_cost(bchar, achar);
            dist = row[index];
            let insert_delete = result.min(dist) + MOVE_COST;
            result = insert_delete.min(substitute);
            row[index] = result;
            minimum = minimum.min(result);
        }
        if minimum > max_cost {
            return max_cost + 1;
        }
    }
    result
}

/// The best suggestion for `wrong` among `candidates`, in order.
pub(crate) fn suggest<'a>(
    wrong: &str,
    candidates: impl IntoIterator<Item = &'a str>,
) -> Option<String> {
    let candidates: Vec<&str> = candidates.into_iter().collect();
    let wrong_len = wrong.chars().count();
    if candidates.len() > MAX_CANDIDATES || wrong_len > MAX_STRING_SIZE {
        return None;
    }
    let mut best_distance = wrong_len;
    let mut best: Option<&str> = None;
    for possible in candidates {
        if possible == wrong {
            continue;
        }
        let max_distance = (possible.chars().count() + wrong_len + 3) * MOVE_COST / 6;
        let max_distance = max_distance.min(best_distance.saturating_sub(1));
        let d = distance(wrong, possible, max_distance);
        if d > max_distance {
            continue;
        }
        if best.is_none() || d < best_distance {
            best = Some(possible);
            best_distance = d;
        }
    }
    best.map(str::to_owned)
}

/// An `AttributeError` for `name` whose traceback suggests the closest of
/// `dir(obj)` (given unsorted; `dir` sorts).
pub(crate) fn attribute_error(
    message: String,
    name: &str,
    mut dir: Vec<String>,
) -> Box<crate::PyErr> {
    let e = crate::PyErr::msg(crate::ExcKind::AttributeError, message);
    dir.sort();
    dir.dedup();
    if let Some(crate::value::Object::Exception(obj)) = e.value.as_obj() {
        *obj.suggestion.borrow_mut() = suggest(name, dir.iter().map(String::as_str));
    }
    e
}

/// The string keys of a namespace dict.
pub(crate) fn names_of(d: &crate::dict::Dict) -> Vec<String> {
    d.iter()
        .filter_map(|(k, _)| k.as_str().map(str::to_owned))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::suggest;

    #[test]
    fn close_names_are_suggested() {
        assert_eq!(
            suggest("lenght", ["length", "print"]).as_deref(),
            Some("length")
        );
        assert_eq!(suggest("prnt", ["print", "len"]).as_deref(), Some("print"));
        assert_eq!(suggest("zzzz", ["print", "len"]), None);
    }
}
