//! The interpreter's own command line, parsed the way CPython 3.14's
//! `Python/getopt.c` and `Modules/main.c` do: options up to the first
//! argument that is not one, `-c` and `-m` ending the option list, short
//! options grouped (`-Bc CODE`), option arguments attached or separate.

/// What the command line asks for.
#[derive(Debug, PartialEq, Eq)]
pub enum Command {
    /// `-V` / `--version` (`verbose` when given twice).
    Version {
        /// `-VV`: also name the implementation.
        verbose: bool,
    },
    /// `-h` / `-?` / `--help` (and `--help-all` and friends).
    Help,
    /// `-c CODE [ARG...]`.
    Code(String),
    /// `-m MODULE [ARG...]`.
    Module(String, Vec<String>),
    /// `FILE [ARG...]`, or `-` for standard input.
    File(String),
    /// No program named: read one from standard input.
    Stdin,
    /// Hidden: `-X parse-bench FILE...`, parse many files, print totals.
    ParseBench(Vec<String>),
}

/// The options that change how a program runs (`sys.flags`).
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct Flags {
    /// `-O` count (`-OO` is 2).
    pub optimize: u8,
    /// `-B`.
    pub dont_write_bytecode: bool,
    /// `-E` (or `-I`): ignore `PYTHON*` environment variables.
    pub ignore_environment: bool,
    /// `-s` (or `-I`).
    pub no_user_site: bool,
    /// `-S`.
    pub no_site: bool,
    /// `-I`.
    pub isolated: bool,
    /// `-P` (or `-I`): no script folder or current directory on `sys.path`.
    pub safe_path: bool,
    /// `-u`.
    pub unbuffered: bool,
    /// The `-X` options, in order (`trace`, `trace=SPEC`, `trace-file=PATH`...).
    pub xoptions: Vec<String>,
    /// The `-W` options, in order.
    pub warnoptions: Vec<String>,
    /// `-b` count (`-bb` is 2).
    pub bytes_warning: u8,
}

/// A parsed command line: what to run, the flags, and the arguments
/// after the program (`sys.argv[1:]`).
#[derive(Debug, PartialEq, Eq)]
pub struct CommandLine {
    /// What to run.
    pub command: Command,
    /// The options.
    pub flags: Flags,
    /// `sys.argv[1:]`.
    pub rest: Vec<String>,
}

/// A command-line mistake: the first line CPython prints before its usage.
#[derive(Debug, PartialEq, Eq)]
pub struct UsageError(pub String);

/// Short options that take no argument (CPython's `PROGRAM_OPTS` less the
/// ones taking one).
const FLAG_OPTIONS: &str = "bBdEhiIOPqsSuvVx?R";

/// Parse the arguments after the program name.
pub fn parse_args(args: &[String]) -> Result<Command, UsageError> {
    parse_command_line(args).map(|c| c.command)
}

/// Parse the arguments after the program name, keeping the flags and the
/// program's own arguments.
pub fn parse_command_line(args: &[String]) -> Result<CommandLine, UsageError> {
    let mut flags = Flags::default();
    let mut versions = 0;
    let mut help = false;
    let mut bench = false;
    let mut i = 0;
    while i < args.len() {
        let arg = &args[i];
        if arg == "-" || !arg.starts_with('-') {
            break;
        }
        i += 1;
        if arg == "--" {
            break;
        }
        if let Some(long) = arg.strip_prefix("--") {
            match long {
                "version" => versions += 1,
                "help" | "help-all" | "help-env" | "help-xoptions" => help = true,
                "check-hash-based-pycs" => {
                    if i >= args.len() {
                        return Err(UsageError(
                            "Argument expected for the --check-hash-based-pycs option".into(),
                        ));
                    }
                    i += 1;
                }
                _ => return Err(UsageError(format!("unknown option {arg}"))),
            }
            continue;
        }
        let chars: Vec<char> = arg[1..].chars().collect();
        let mut j = 0;
        while j < chars.len() {
            let opt = chars[j];
            j += 1;
            if FLAG_OPTIONS.contains(opt) {
                match opt {
                    'V' => versions += 1,
                    'h' | '?' => help = true,
                    _ => set_flag(&mut flags, opt),
                }
                continue;
            }
            if !"cmWX".contains(opt) {
                return Err(UsageError(format!("Unknown option: -{opt}")));
            }
            let value: String = if j < chars.len() {
                chars[j..].iter().collect()
            } else if i < args.len() {
                i += 1;
                args[i - 1].clone()
            } else {
                return Err(UsageError(format!(
                    "Argument expected for the -{opt} option"
                )));
            };
            let rest = args[i..].to_vec();
            match opt {
                'c' => {
                    let command = finish(help, versions, Command::Code(value));
                    return Ok(CommandLine {
                        command,
                        flags,
                        rest,
                    });
                }
                'm' => {
                    let command = finish(help, versions, Command::Module(value, rest.clone()));
                    return Ok(CommandLine {
                        command,
                        flags,
                        rest,
                    });
                }
                'X' if value == "parse-bench" => bench = true,
                'X' => flags.xoptions.push(value),
                'W' => flags.warnoptions.push(value),
                _ => {}
            }
            break;
        }
    }
    let rest = &args[i..];
    let command = if bench {
        Command::ParseBench(rest.to_vec())
    } else if let Some(file) = rest.first() {
        Command::File(file.clone())
    } else {
        Command::Stdin
    };
    Ok(CommandLine {
        command: finish(help, versions, command),
        flags,
        rest: rest.get(1..).unwrap_or_default().to_vec(),
    })
}

/// Record a flag option.
fn set_flag(flags: &mut Flags, opt: char) {
    match opt {
        'O' => flags.optimize = flags.optimize.saturating_add(1),
        'b' => flags.bytes_warning = flags.bytes_warning.saturating_add(1),
        'B' => flags.dont_write_bytecode = true,
        'E' => flags.ignore_environment = true,
        's' => flags.no_user_site = true,
        'S' => flags.no_site = true,
        'P' => flags.safe_path = true,
        'u' => flags.unbuffered = true,
        'I' => {
            flags.isolated = true;
            flags.ignore_environment = true;
            flags.no_user_site = true;
            flags.safe_path = true;
        }
        _ => {}
    }
}

/// The `-X trace` options: what to trace and where to (`None`: no
/// tracing); a malformed `-X trace=` value is an error message.
pub fn trace_options(
    flags: &Flags,
) -> Result<(Option<taipan_vm::TraceSpec>, Option<String>), String> {
    let mut spec = None;
    let mut file = None;
    for x in &flags.xoptions {
        if x == "trace" {
            spec = Some(taipan_vm::TraceSpec::All);
        } else if let Some(value) = x.strip_prefix("trace=") {
            spec = Some(taipan_vm::TraceSpec::parse(Some(value))?);
        } else if let Some(path) = x.strip_prefix("trace-file=") {
            file = Some(path.to_owned());
        }
    }
    Ok((spec, file))
}

/// `-h` wins over `-V`, which wins over running anything (as in CPython).
fn finish(help: bool, versions: u32, command: Command) -> Command {
    if help {
        Command::Help
    } else if versions > 0 {
        Command::Version {
            verbose: versions > 1,
        }
    } else {
        command
    }
}

/// CPython's one-line usage, with the program name as invoked.
pub fn usage_line(program: &str) -> String {
    format!("usage: {program} [option] ... [-c cmd | -m mod | file | -] [arg] ...\n")
}

/// The text `-h` prints: CPython's usage line and the options Taipan knows.
pub fn help_text(program: &str) -> String {
    let mut text = usage_line(program);
    text.push_str(
        "Options (Taipan accepts CPython's options; these are the ones that act):\n\
-c cmd : program passed in as string (terminates option list)\n\
-h     : print this help message and exit (also -? or --help)\n\
-m mod : run library module as a script (terminates option list);\n\
         Taipan has the modules tokenize, ast, symtable and dis\n\
-V     : print the Python version number and exit (also --version)\n\
         when given twice, print more information about the build\n\
-X opt : implementation-specific option:\n\
         -X trace: print every executed instruction on stderr: the frame,\n\
             the line, the instruction and the value stack after it;\n\
         -X trace=FUNC: only in functions named FUNC;\n\
         -X trace=FILE:FIRST-LAST (or FIRST-LAST): only those lines;\n\
         -X trace-file=PATH: write the trace to PATH instead of stderr\n\
\n\
Arguments:\n\
file   : program read from script file\n\
-      : program read from stdin (default; interactive mode if a tty)\n\
arg ...: arguments passed to program in sys.argv[1:]\n",
    );
    text
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(args: &[&str]) -> Result<Command, UsageError> {
        let args: Vec<String> = args.iter().map(|s| s.to_string()).collect();
        parse_args(&args)
    }

    #[test]
    fn files_codes_and_modules() {
        assert_eq!(parse(&["a.py", "-x"]), Ok(Command::File("a.py".into())));
        assert_eq!(parse(&["-Bc", "pass"]), Ok(Command::Code("pass".into())));
        assert_eq!(parse(&["-cpass"]), Ok(Command::Code("pass".into())));
        assert_eq!(
            parse(&["-m", "ast", "-a", "f.py"]),
            Ok(Command::Module(
                "ast".into(),
                vec!["-a".into(), "f.py".into()]
            ))
        );
        assert_eq!(parse(&[]), Ok(Command::Stdin));
        assert_eq!(parse(&["-"]), Ok(Command::File("-".into())));
    }

    #[test]
    fn version_help_and_errors() {
        assert_eq!(parse(&["-V"]), Ok(Command::Version { verbose: false }));
        assert_eq!(parse(&["-VV"]), Ok(Command::Version { verbose: true }));
        assert_eq!(parse(&["-V", "-h"]), Ok(Command::Help));
        assert_eq!(parse(&["-Z"]), Err(UsageError("Unknown option: -Z".into())));
        assert_eq!(
            parse(&["--foo"]),
            Err(UsageError("unknown option --foo".into()))
        );
        assert_eq!(
            parse(&["-c"]),
            Err(UsageError("Argument expected for the -c option".into()))
        );
    }

    #[test]
    fn warning_options() {
        let args: Vec<String> = ["-W", "error", "-Wignore::DeprecationWarning", "-bb", "f.py"]
            .iter()
            .map(|s| s.to_string())
            .collect();
        let line = parse_command_line(&args).unwrap();
        assert_eq!(
            line.flags.warnoptions,
            ["error", "ignore::DeprecationWarning"]
        );
        assert_eq!(line.flags.bytes_warning, 2);
        assert_eq!(line.command, Command::File("f.py".into()));
    }

    #[test]
    fn parse_bench_takes_the_rest() {
        assert_eq!(
            parse(&["-X", "parse-bench", "a.py", "b.py"]),
            Ok(Command::ParseBench(vec!["a.py".into(), "b.py".into()]))
        );
    }
}
