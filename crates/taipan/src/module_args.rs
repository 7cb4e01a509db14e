//! The arguments of `-m tokenize` and `-m ast`, parsed as the `argparse`
//! parsers of CPython 3.14's `Lib/tokenize.py` and `Lib/ast.py` parse them:
//! long options by unique prefix, `--opt=value`, grouped short flags
//! (`-ai2`), one optional positional file, and argparse's error wording
//! (usage, then `PROG: error: ...`, exit status 2).

/// One option of a module's parser.
struct OptSpec {
    /// The short form without its dash, if any.
    short: Option<char>,
    /// The long form without its dashes.
    long: &'static str,
    /// Whether the option takes a value.
    takes_value: bool,
}

const fn opt(short: Option<char>, long: &'static str, takes_value: bool) -> OptSpec {
    OptSpec {
        short,
        long,
        takes_value,
    }
}

const TOKENIZE_OPTS: &[OptSpec] = &[
    opt(Some('h'), "help", false),
    opt(Some('e'), "exact", false),
];

const AST_OPTS: &[OptSpec] = &[
    opt(Some('h'), "help", false),
    opt(Some('m'), "mode", true),
    opt(None, "no-type-comments", false),
    opt(Some('a'), "include-attributes", false),
    opt(Some('i'), "indent", true),
    opt(None, "feature-version", true),
    opt(Some('O'), "optimize", true),
    opt(None, "show-empty", false),
];

const TOKENIZE_USAGE: &str = "usage: taipan -m tokenize [-h] [-e] [filename.py]\n";

const TOKENIZE_HELP: &str = "
positional arguments:
  filename.py  the file to tokenize; defaults to stdin

options:
  -h, --help   show this help message and exit
  -e, --exact  display token names using the exact type
";

const AST_USAGE: &str = "usage: taipan -m ast [-h] [-m {exec,single,eval,func_type}]
                     [--no-type-comments] [-a] [-i INDENT]
                     [--feature-version VERSION] [-O LEVEL] [--show-empty]
                     [infile]
";

const AST_HELP: &str = "
positional arguments:
  infile                the file to parse; defaults to stdin

options:
  -h, --help            show this help message and exit
  -m, --mode {exec,single,eval,func_type}
                        specify what kind of code must be parsed
  --no-type-comments    don't add information about type comments
  -a, --include-attributes
                        include attributes such as line numbers and column
                        offsets
  -i, --indent INDENT   indentation of nodes (number of spaces)
  --feature-version VERSION
                        Python version in the format 3.x (for example, 3.10)
  -O, --optimize LEVEL  optimization level for parser (default -1)
  --show-empty          show empty lists and fields in dump output
";

/// How a module's argument parsing ended when it did not yield options.
#[derive(Debug, PartialEq, Eq)]
pub enum ArgsExit {
    /// `-h`: print this to stdout, exit 0.
    Help(String),
    /// A mistake: print this to stderr, exit 2.
    Error(String),
}

/// The parsed arguments of `-m tokenize`.
#[derive(Debug, PartialEq, Eq)]
pub struct TokenizeOptions {
    /// `-e`: exact token type names.
    pub exact: bool,
    /// The file, or `None` for standard input.
    pub file: Option<String>,
}

/// The parsed arguments of `-m ast`.
#[derive(Debug, PartialEq, Eq)]
pub struct AstOptions {
    /// `-m MODE`: `exec`, `single`, `eval` or `func_type`.
    pub mode: String,
    /// `type_comments=` for `ast.parse` (`--no-type-comments` clears it).
    pub type_comments: bool,
    /// `-a`: show line and column attributes.
    pub include_attributes: bool,
    /// `-i N`: indentation (default 3).
    pub indent: i64,
    /// `--feature-version 3.x`.
    pub feature_version: Option<(i64, i64)>,
    /// `-O N`: optimization level (default -1).
    pub optimize: i64,
    /// `--show-empty`.
    pub show_empty: bool,
    /// The file, or `None` for standard input.
    pub file: Option<String>,
}

/// Parse `-m tokenize` arguments.
pub fn parse_tokenize(args: &[String]) -> Result<TokenizeOptions, ArgsExit> {
    let (values, file) = parse(
        args,
        TOKENIZE_OPTS,
        TOKENIZE_USAGE,
        TOKENIZE_HELP,
        "tokenize",
    )?;
    Ok(TokenizeOptions {
        exact: values.iter().any(|(k, _)| *k == "exact"),
        file,
    })
}

/// Parse `-m ast` arguments.
pub fn parse_ast(args: &[String]) -> Result<AstOptions, ArgsExit> {
    let (values, file) = parse(args, AST_OPTS, AST_USAGE, AST_HELP, "ast")?;
    let error = |msg: String| ArgsExit::Error(format!("{AST_USAGE}taipan -m ast: error: {msg}\n"));
    let mut o = AstOptions {
        mode: "exec".into(),
        type_comments: true,
        include_attributes: false,
        indent: 3,
        feature_version: None,
        optimize: -1,
        show_empty: false,
        file: file.filter(|f| f != "-"),
    };
    let int = |name: &str, v: &str| {
        parse_py_int(v).ok_or_else(|| error(format!("argument {name}: invalid int value: '{v}'")))
    };
    let mut feature = None;
    for (key, value) in values {
        match key {
            "mode" => {
                if !["exec", "single", "eval", "func_type"].contains(&value.as_str()) {
                    return Err(error(format!(
                        "argument -m/--mode: invalid choice: '{value}' \
                         (choose from exec, single, eval, func_type)"
                    )));
                }
                o.mode = value;
            }
            "no-type-comments" => o.type_comments = false,
            "include-attributes" => o.include_attributes = true,
            "indent" => o.indent = int("-i/--indent", &value)?,
            "optimize" => o.optimize = int("-O/--optimize", &value)?,
            "show-empty" => o.show_empty = true,
            "feature-version" => feature = Some(value),
            _ => {}
        }
    }
    if let Some(v) = feature.filter(|v| !v.is_empty()) {
        let parsed = v
            .split_once('.')
            .and_then(|(a, b)| Some((parse_py_int(a)?, parse_py_int(b)?)));
        o.feature_version = Some(parsed.ok_or_else(|| {
            error(
                "Invalid format for --feature-version; expected format 3.x (for example, 3.10)"
                    .into(),
            )
        })?);
    }
    Ok(o)
}

/// Python's `int(text)` for the small numbers options take: surrounding
/// whitespace, a sign, digits with single underscores between them.
fn parse_py_int(text: &str) -> Option<i64> {
    let t = text.trim();
    let (neg, digits) = match t.strip_prefix('-') {
        Some(d) => (true, d),
        None => (false, t.strip_prefix('+').unwrap_or(t)),
    };
    if digits.is_empty()
        || digits.starts_with('_')
        || digits.ends_with('_')
        || digits.contains("__")
    {
        return None;
    }
    let mut n: i64 = 0;
    for c in digits.chars().filter(|&c| c != '_') {
        let d = c.to_digit(10)?;
        n = n.checked_mul(10)?.checked_add(i64::from(d))?;
    }
    Some(if neg { -n } else { n })
}

/// Options given, in order, as (long name, value) pairs; and the file.
type Parsed = (Vec<(&'static str, String)>, Option<String>);

/// The argparse subset both modules need.
fn parse(
    args: &[String],
    specs: &'static [OptSpec],
    usage: &str,
    help: &str,
    module: &str,
) -> Result<Parsed, ArgsExit> {
    let error = |msg: String| ArgsExit::Error(format!("{usage}taipan -m {module}: error: {msg}\n"));
    let mut values = Vec::new();
    let mut positionals = Vec::new();
    let mut only_positionals = false;
    let mut i = 0;
    while i < args.len() {
        let arg = &args[i];
        i += 1;
        if only_positionals || arg == "-" || !arg.starts_with('-') {
            positionals.push(arg.clone());
            continue;
        }
        if arg == "--" {
            only_positionals = true;
            continue;
        }
        let mut taken = Vec::new();
        if let Some(long) = arg.strip_prefix("--") {
            let (name, attached) = match long.split_once('=') {
                Some((n, v)) => (n, Some(v.to_string())),
                None => (long, None),
            };
            let spec = find_long(specs, name, arg).map_err(&error)?;
            taken.push((spec, attached));
        } else {
            let chars: Vec<char> = arg[1..].chars().collect();
            let mut j = 0;
            while j < chars.len() {
                let Some(spec) = specs.iter().find(|s| s.short == Some(chars[j])) else {
                    return Err(error(format!("unrecognized arguments: {arg}")));
                };
                j += 1;
                if spec.takes_value && j < chars.len() {
                    let v: String = chars[j..].iter().collect();
                    taken.push((spec, Some(v.trim_start_matches('=').to_string())));
                    break;
                }
                taken.push((spec, None));
            }
        }
        for (spec, attached) in taken {
            if spec.long == "help" {
                return Err(ArgsExit::Help(format!("{usage}{help}")));
            }
            let value = if !spec.takes_value {
                String::new()
            } else if let Some(v) = attached {
                v
            } else if i < args.len() && !looks_like_option(&args[i]) {
                i += 1;
                args[i - 1].clone()
            } else {
                return Err(error(format!(
                    "argument {}: expected one argument",
                    spec_name(spec)
                )));
            };
            values.push((spec.long, value));
        }
    }
    if positionals.len() > 1 {
        return Err(error(format!(
            "unrecognized arguments: {}",
            positionals[1..].join(" ")
        )));
    }
    Ok((values, positionals.into_iter().next()))
}

/// The option a `--name` (or a unique prefix of it) means.
fn find_long(specs: &'static [OptSpec], name: &str, arg: &str) -> Result<&'static OptSpec, String> {
    if let Some(s) = specs.iter().find(|s| s.long == name) {
        return Ok(s);
    }
    let matches: Vec<&OptSpec> = specs.iter().filter(|s| s.long.starts_with(name)).collect();
    match matches.as_slice() {
        [one] => Ok(one),
        [] => Err(format!("unrecognized arguments: {arg}")),
        many => {
            let names: Vec<String> = many.iter().map(|s| format!("--{}", s.long)).collect();
            Err(format!(
                "ambiguous option: {arg} could match {}",
                names.join(", ")
            ))
        }
    }
}

/// Whether argparse would read `arg` as an option rather than a value.
fn looks_like_option(arg: &str) -> bool {
    arg.starts_with('-') && arg != "-" && arg.parse::<f64>().is_err()
}

/// `-i/--indent`, as argparse names an option in errors.
fn spec_name(spec: &OptSpec) -> String {
    match spec.short {
        Some(c) => format!("-{c}/--{}", spec.long),
        None => format!("--{}", spec.long),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn strings(args: &[&str]) -> Vec<String> {
        args.iter().map(|s| s.to_string()).collect()
    }

    #[test]
    fn tokenize_arguments() {
        let o = parse_tokenize(&strings(&["-e", "f.py"])).ok();
        assert_eq!(
            o,
            Some(TokenizeOptions {
                exact: true,
                file: Some("f.py".into())
            })
        );
        let o = parse_tokenize(&strings(&["--ex"])).ok();
        assert_eq!(
            o,
            Some(TokenizeOptions {
                exact: true,
                file: None
            })
        );
        assert!(matches!(
            parse_tokenize(&strings(&["-x"])),
            Err(ArgsExit::Error(_))
        ));
        assert!(matches!(
            parse_tokenize(&strings(&["-h"])),
            Err(ArgsExit::Help(_))
        ));
    }

    #[test]
    fn ast_arguments() {
        let o = parse_ast(&strings(&["-ai2", "--show", "-m", "eval", "f.py"]));
        let o = o.expect("valid arguments");
        assert!(o.include_attributes && o.show_empty);
        assert_eq!((o.indent, o.mode.as_str()), (2, "eval"));
        assert_eq!(o.file.as_deref(), Some("f.py"));
        let Err(ArgsExit::Error(e)) = parse_ast(&strings(&["--in=4"])) else {
            panic!("ambiguous prefix accepted");
        };
        assert!(e.ends_with(
            "error: ambiguous option: --in=4 could match --include-attributes, --indent\n"
        ));
        let Err(ArgsExit::Error(e)) = parse_ast(&strings(&["-i", "x"])) else {
            panic!("bad int accepted");
        };
        assert!(e.ends_with("error: argument -i/--indent: invalid int value: 'x'\n"));
    }
}
