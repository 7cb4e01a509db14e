//! What `sys.warnoptions` (`-W`, `PYTHONWARNINGS`, `-X dev`, `-b`) say
//! about the `SyntaxWarning`s of the program being started.
//!
//! CPython compiles the main program with the `warnings` filters already
//! set from those options, so a `SyntaxWarning` can be ignored, shown
//! once, or turned into a `SyntaxError` (`-W error`). The program is
//! compiled here before the VM (and its `warnings` module) exists, so the
//! options are matched as `warnings._setoption` would install them:
//! the message is a case-insensitive literal prefix, the module the file
//! name without `.py` (CPython passes no module for these warnings), the
//! category `Warning` or `SyntaxWarning`. Malformed options are skipped
//! here; the `warnings` module reports them when the program starts.

use std::collections::HashSet;

use taipan_source::TextRange;

/// What to do with one `SyntaxWarning`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SyntaxWarningAction {
    /// Print it.
    Show,
    /// Drop it.
    Ignore,
    /// Report it as a `SyntaxError` and do not run the program.
    Error,
}

/// The actions `warnings` knows, in the order `_getaction` tries them.
const ACTIONS: [&str; 7] = [
    "default", "always", "all", "ignore", "module", "once", "error",
];

/// One well-formed option that can apply to a `SyntaxWarning`.
struct Filter {
    action: &'static str,
    message: String,
    module: String,
    lineno: u32,
}

/// Parse `option` as `_setoption` does; `None` if it is malformed or its
/// category cannot cover `SyntaxWarning`.
fn parse(option: &str) -> Option<Filter> {
    let parts: Vec<&str> = option.split(':').map(str::trim).collect();
    if parts.len() > 5 {
        return None;
    }
    let field = |i: usize| parts.get(i).copied().unwrap_or("");
    let action = match field(0) {
        "" => "default",
        a => ACTIONS.into_iter().find(|name| name.starts_with(a))?,
    };
    let category = field(2);
    let name = category.strip_prefix("builtins.").unwrap_or(category);
    if !(category.is_empty() || name == "Warning" || name == "SyntaxWarning") {
        return None;
    }
    let lineno = match field(4) {
        "" => 0,
        n => n.parse().ok()?,
    };
    Some(Filter {
        action,
        message: field(1).to_lowercase(),
        module: field(3).to_owned(),
        lineno,
    })
}

/// Decides the fate of each `SyntaxWarning` of one compiled file.
pub struct SyntaxWarningFilter {
    filters: Vec<Filter>,
    module: String,
    once: HashSet<String>,
}

impl SyntaxWarningFilter {
    /// The filter for the file `filename` under `options`
    /// (`sys.warnoptions`, lowest priority first).
    pub fn new(options: &[String], filename: &str) -> SyntaxWarningFilter {
        let module = filename.strip_suffix(".py").unwrap_or(filename);
        SyntaxWarningFilter {
            filters: options.iter().rev().filter_map(|o| parse(o)).collect(),
            module: if module.is_empty() {
                "<unknown>"
            } else {
                module
            }
            .to_owned(),
            once: HashSet::new(),
        }
    }

    /// What to do with the warning `message` at `line`.
    pub fn action(&mut self, message: &str, line: u32) -> SyntaxWarningAction {
        let lower = message.to_lowercase();
        let found = self.filters.iter().find(|f| {
            lower.starts_with(&f.message)
                && (f.module.is_empty() || f.module == self.module)
                && (f.lineno == 0 || f.lineno == line)
        });
        match found.map_or("default", |f| f.action) {
            "ignore" => SyntaxWarningAction::Ignore,
            "error" => SyntaxWarningAction::Error,
            "once" if !self.once.insert(message.to_owned()) => SyntaxWarningAction::Ignore,
            _ => SyntaxWarningAction::Show,
        }
    }
}

/// The `SyntaxError` message CPython raises in place of the warning
/// `message` (the tokenizer drops its "will not work" sentence).
pub fn error_message(message: &str) -> String {
    message.replace(" Such sequences will not work in the future.", "")
}

/// Where the `SyntaxError` replacing a warning points: an invalid escape
/// is reported on the escape itself (`\d`, `\777`, as quoted in the
/// message), every other warning where it pointed.
pub fn error_range(message: &str, range: TextRange) -> TextRange {
    if !message.contains("escape sequence") {
        return range;
    }
    let quoted = message.split('"').nth(1).unwrap_or_default();
    let len = u32::try_from(quoted.len()).unwrap_or(0);
    TextRange::new(range.start, range.start + len)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn opts(o: &[&str]) -> Vec<String> {
        o.iter().map(|s| s.to_string()).collect()
    }

    #[test]
    fn last_option_wins() {
        let mut f = SyntaxWarningFilter::new(&opts(&["error", "ignore::SyntaxWarning"]), "a.py");
        assert_eq!(f.action("x", 1), SyntaxWarningAction::Ignore);
        let mut f = SyntaxWarningFilter::new(&opts(&["ignore", "e"]), "a.py");
        assert_eq!(f.action("x", 1), SyntaxWarningAction::Error);
    }

    #[test]
    fn fields_match_as_setoption_installs_them() {
        let mut f = SyntaxWarningFilter::new(&opts(&["error:\"IS\" with"]), "/d/a.py");
        assert_eq!(f.action("\"is\" with 'int'", 1), SyntaxWarningAction::Error);
        assert_eq!(f.action("invalid escape", 1), SyntaxWarningAction::Show);
        let mut f = SyntaxWarningFilter::new(&opts(&["error:::/d/a:3"]), "/d/a.py");
        assert_eq!(f.action("m", 3), SyntaxWarningAction::Error);
        assert_eq!(f.action("m", 2), SyntaxWarningAction::Show);
        let mut f = SyntaxWarningFilter::new(&opts(&["error::DeprecationWarning"]), "a.py");
        assert_eq!(f.action("m", 1), SyntaxWarningAction::Show);
        let mut f = SyntaxWarningFilter::new(&opts(&["o"]), "a.py");
        assert_eq!(f.action("m", 1), SyntaxWarningAction::Show);
        assert_eq!(f.action("m", 2), SyntaxWarningAction::Ignore);
    }

    #[test]
    fn escape_errors_drop_the_future_sentence() {
        let w = "\"\\d\" is an invalid escape sequence. Such sequences will not work in the \
                 future. Did you mean \"\\\\d\"? A raw string is also an option.";
        assert_eq!(
            error_message(w),
            "\"\\d\" is an invalid escape sequence. Did you mean \"\\\\d\"? A raw string is also an option."
        );
    }
}
