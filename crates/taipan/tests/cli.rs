//! The `taipan` command line answers as `python3.14`'s does (messages and
//! exit statuses checked against CPython).

use std::process::{Command, Output};

fn taipan(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_taipan"))
        .args(args)
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .output()
        .expect("the taipan binary runs")
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

#[test]
fn version() {
    let out = taipan(&["-V"]);
    assert_eq!(text(&out.stdout), "Python 3.14.0\n");
    assert_eq!(out.status.code(), Some(0));
}

#[test]
fn unknown_option_is_a_usage_error() {
    let out = taipan(&["-Z"]);
    let err = text(&out.stderr);
    assert!(err.starts_with("Unknown option: -Z\nusage: "), "{err}");
    assert!(
        err.ends_with("Try `python -h' for more information.\n"),
        "{err}"
    );
    assert_eq!(out.status.code(), Some(2));
}

#[test]
fn missing_file_names_its_absolute_path() {
    let out = taipan(&["no_such_file.py"]);
    let err = text(&out.stderr);
    let want = format!(
        ": can't open file '{}/no_such_file.py': [Errno 2] No such file or directory\n",
        env!("CARGO_MANIFEST_DIR")
    );
    assert!(err.ends_with(&want), "{err}");
    assert_eq!(out.status.code(), Some(2));
}

#[test]
fn syntax_error_in_code_string() {
    let out = taipan(&["-c", "x = (1,"]);
    assert_eq!(
        text(&out.stderr),
        "  File \"<string>\", line 1\n    x = (1,\n        ^\nSyntaxError: '(' was never closed\n"
    );
    assert_eq!(out.status.code(), Some(1));
}

#[test]
fn programs_run_on_the_vm() {
    let out = taipan(&["-c", "print(1 + 1)"]);
    assert_eq!(text(&out.stdout), "2\n");
    assert_eq!(out.status.code(), Some(0));
}

#[test]
fn constructs_not_compiled_yet_are_reported() {
    // Starred class bases are not compiled yet (update when they are).
    let out = taipan(&["-c", "class C(*()): pass"]);
    let err = text(&out.stderr);
    assert!(
        err.starts_with("<string>:1: NotImplementedError: "),
        "{err}"
    );
    assert_eq!(out.status.code(), Some(taipan::run::EXIT_NO_VM));
}

#[test]
fn unknown_module() {
    let out = taipan(&["-m", "no_such_module"]);
    assert!(text(&out.stderr).ends_with(": No module named no_such_module\n"));
    assert_eq!(out.status.code(), Some(1));
}

#[test]
fn tokenize_the_example() {
    let out = taipan(&["-m", "tokenize", "-e", "../../examples/hello.py"]);
    assert_eq!(out.status.code(), Some(0));
    let tokens = text(&out.stdout);
    assert!(tokens.starts_with("0,0-0,0:            ENCODING       'utf-8'        \n"));
    assert!(tokens.contains("NAME           'greet'"));
}

#[test]
fn warnings_come_before_the_error() {
    let out = taipan(&["-c", "x = '\\d'\ny = ("]);
    let err = text(&out.stderr);
    assert!(
        err.starts_with("<string>:1: SyntaxWarning: \"\\d\" is an invalid escape sequence."),
        "{err}"
    );
    assert!(
        err.ends_with("SyntaxError: '(' was never closed\n"),
        "{err}"
    );
}

#[test]
fn parser_stack_overflow_is_a_memory_error() {
    // What native CPython prints for 100,000 nested unary minuses (the
    // pyodide build of 3.14 runs out of WebAssembly stack first).
    let code = format!("x = {}1", "-".repeat(100_000));
    let out = taipan(&["-c", &code]);
    assert_eq!(
        text(&out.stderr),
        "MemoryError: Parser stack overflowed - Python source too complex to parse\n"
    );
    assert_eq!(out.status.code(), Some(1));
}

#[test]
fn deep_native_recursion_is_a_recursion_error() {
    // Expected lines from native CPython 3.13 (its C recursion limit is
    // 10,000); the pyodide build of 3.14 runs out of WebAssembly stack.
    let code = "\
def deep(n):
    a = []
    for i in range(n):
        a = [a]
    return a
a, b = deep(9000), deep(9000)
print(a == b, repr(a)[:3])
a, b = deep(20000), deep(20000)
for f in (lambda: a == b, lambda: repr(a), lambda: a < b):
    try:
        f()
    except RecursionError as e:
        print('RecursionError', e)
";
    let out = taipan(&["-c", code]);
    assert_eq!(
        text(&out.stdout),
        "True [[[\n\
         RecursionError maximum recursion depth exceeded in comparison\n\
         RecursionError maximum recursion depth exceeded while getting the repr of an object\n\
         RecursionError maximum recursion depth exceeded in comparison\n"
    );
    assert_eq!(out.status.code(), Some(0));
}

// ---- Running programs: argv, -m, standard input, flags, exits, signals.
// Expected texts are native CPython 3.13's (the WebAssembly 3.14 reference
// has no command line of its own), checked to be the same in 3.14 where
// they can differ (runpy's line numbers).

/// A fresh folder for one test's files.
fn scratch(name: &str) -> std::path::PathBuf {
    let dir = std::env::temp_dir().join(format!("taipan-cli-{}-{name}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("scratch folder");
    dir
}

/// Write `files` (path, text) under `dir`.
fn write_files(dir: &std::path::Path, files: &[(&str, &str)]) {
    for (path, body) in files {
        let path = dir.join(path);
        if let Some(parent) = path.parent() {
            std::fs::create_dir_all(parent).expect("folder");
        }
        std::fs::write(path, body).expect("file");
    }
}

/// Run taipan in `dir` with `args`, `stdin` and extra environment.
fn taipan_in(dir: &std::path::Path, args: &[&str], stdin: &str, env: &[(&str, &str)]) -> Output {
    use std::io::Write;
    let mut child = Command::new(env!("CARGO_BIN_EXE_taipan"))
        .args(args)
        .current_dir(dir)
        .env_remove("PYTHONPATH")
        .envs(env.iter().copied())
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .expect("the taipan binary runs");
    if let Some(mut input) = child.stdin.take() {
        input.write_all(stdin.as_bytes()).expect("stdin");
    }
    child.wait_with_output().expect("taipan finishes")
}

#[test]
fn argv_of_code_and_stdin() {
    let dir = scratch("argv");
    let out = taipan_in(
        &dir,
        &[
            "-c",
            "import sys; print(sys.argv, sys.path[0] == '')",
            "p",
            "q",
        ],
        "",
        &[],
    );
    assert_eq!(text(&out.stdout), "['-c', 'p', 'q'] True\n");
    let out = taipan_in(&dir, &["-", "a"], "import sys; print(sys.argv)\n", &[]);
    assert_eq!(text(&out.stdout), "['-', 'a']\n");
    let out = taipan_in(&dir, &[], "import sys; print(sys.argv, __file__)\n", &[]);
    assert_eq!(text(&out.stdout), "[''] <stdin>\n");
}

#[test]
fn optimize_and_other_flags() {
    let dir = scratch("flags");
    let out = taipan_in(
        &dir,
        &["-O", "-c", "print(__debug__); assert False"],
        "",
        &[],
    );
    assert_eq!(text(&out.stdout), "False\n");
    assert_eq!(out.status.code(), Some(0));
    let code =
        "import sys; f = sys.flags; print(f.optimize, f.dont_write_bytecode, f.ignore_environment)";
    let out = taipan_in(&dir, &["-OO", "-B", "-E", "-c", code], "", &[]);
    assert_eq!(text(&out.stdout), "2 1 1\n");
    let out = taipan_in(
        &dir,
        &["-u", "-s", "-S", "-X", "dev", "-c", "print(1)"],
        "",
        &[],
    );
    assert_eq!(text(&out.stdout), "1\n");
    let out = taipan_in(
        &dir,
        &["-I", "-c", "import sys; print(sys.flags.isolated)"],
        "",
        &[],
    );
    assert_eq!(text(&out.stdout), "1\n");
}

#[test]
fn run_module_and_package_main() {
    let dir = scratch("dash-m");
    write_files(
        &dir,
        &[
            ("app/__init__.py", "print('app init')\n"),
            (
                "app/__main__.py",
                "import sys\nprint('main of', __name__, __package__, __spec__.name, sys.argv[1:])\n",
            ),
            (
                "tool.py",
                "import sys\nprint(__name__, sys.argv[1:], __file__.endswith('tool.py'))\nassert False, 'assert ran'\n",
            ),
            ("lib/__init__.py", ""),
        ],
    );
    let out = taipan_in(&dir, &["-m", "app", "x", "y"], "", &[]);
    assert_eq!(
        text(&out.stdout),
        "app init\nmain of __main__ app app.__main__ ['x', 'y']\n"
    );
    assert_eq!(out.status.code(), Some(0));
    let out = taipan_in(&dir, &["-O", "-m", "tool", "a"], "", &[]);
    assert_eq!(text(&out.stdout), "__main__ ['a'] True\n");
    assert_eq!(out.status.code(), Some(0));
    let out = taipan_in(&dir, &["-m", "tool"], "", &[]);
    let file = dir.join("tool.py");
    assert_eq!(
        text(&out.stderr),
        format!(
            "Traceback (most recent call last):\n  \
             File \"<frozen runpy>\", line 198, in _run_module_as_main\n  \
             File \"<frozen runpy>\", line 88, in _run_code\n  \
             File \"{}\", line 3, in <module>\n    \
             assert False, 'assert ran'\n           ^^^^^\nAssertionError: assert ran\n",
            file.display()
        )
    );
    assert_eq!(out.status.code(), Some(1));
    let out = taipan_in(&dir, &["-m", "lib"], "", &[]);
    assert!(text(&out.stderr).ends_with(
        ": No module named lib.__main__; 'lib' is a package and cannot be directly executed\n"
    ));
    assert_eq!(out.status.code(), Some(1));
}

#[test]
fn pythonpath_and_ignore_environment() {
    let dir = scratch("pythonpath");
    write_files(
        &dir,
        &[
            ("libs/helper.py", "NAME = 'helper'\n"),
            ("main.py", "import helper\nprint(helper.NAME)\n"),
        ],
    );
    let libs = dir.join("libs");
    let libs = libs.to_str().expect("utf-8 path");
    let out = taipan_in(&dir, &["main.py"], "", &[("PYTHONPATH", libs)]);
    assert_eq!(text(&out.stdout), "helper\n");
    let out = taipan_in(&dir, &["-E", "main.py"], "", &[("PYTHONPATH", libs)]);
    assert!(text(&out.stderr).ends_with("ModuleNotFoundError: No module named 'helper'\n"));
    assert_eq!(out.status.code(), Some(1));
}

#[test]
fn system_exit_statuses() {
    let dir = scratch("exit");
    let out = taipan_in(&dir, &["-c", "import sys; sys.exit(4)"], "", &[]);
    assert_eq!(out.status.code(), Some(4));
    let out = taipan_in(&dir, &["-c", "raise SystemExit('bye')"], "", &[]);
    assert_eq!(text(&out.stderr), "bye\n");
    assert_eq!(out.status.code(), Some(1));
    let out = taipan_in(&dir, &["-c", "print('a'); raise SystemExit"], "", &[]);
    assert_eq!(text(&out.stdout), "a\n");
    assert_eq!(out.status.code(), Some(0));
}

/// Start `script` in `dir`, wait for its first line, send SIGINT, collect.
#[cfg(unix)]
fn interrupt(dir: &std::path::Path, script: &str) -> (String, Output) {
    use std::io::BufRead;
    let mut child = Command::new(env!("CARGO_BIN_EXE_taipan"))
        .arg(script)
        .current_dir(dir)
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .expect("the taipan binary runs");
    let mut first = String::new();
    if let Some(stdout) = child.stdout.as_mut() {
        let _ = std::io::BufReader::new(stdout).read_line(&mut first);
    }
    std::thread::sleep(std::time::Duration::from_millis(200));
    let _ = Command::new("kill")
        .args(["-INT", &child.id().to_string()])
        .status();
    (first, child.wait_with_output().expect("taipan finishes"))
}

#[cfg(unix)]
#[test]
fn sigint_raises_keyboard_interrupt() {
    use std::os::unix::process::ExitStatusExt;
    let dir = scratch("sigint");
    write_files(
        &dir,
        &[
            (
                "uncaught.py",
                "import time\nprint('ready', flush=True)\ntime.sleep(30)\n",
            ),
            (
                "caught.py",
                "print('ready', flush=True)\ntry:\n    while True:\n        pass\nexcept KeyboardInterrupt:\n    print('caught KeyboardInterrupt')\n",
            ),
        ],
    );
    let (first, out) = interrupt(&dir, "uncaught.py");
    assert_eq!(first, "ready\n");
    assert_eq!(
        text(&out.stderr),
        format!(
            "Traceback (most recent call last):\n  File \"{}\", line 3, in <module>\n    \
             time.sleep(30)\n    ~~~~~~~~~~^^^^\nKeyboardInterrupt\n",
            dir.join("uncaught.py").display()
        )
    );
    // As CPython: the process dies of the signal.
    assert_eq!(out.status.signal(), Some(2));
    let (first, out) = interrupt(&dir, "caught.py");
    assert_eq!(first, "ready\n");
    assert_eq!(text(&out.stdout), "caught KeyboardInterrupt\n");
    assert_eq!(out.status.code(), Some(0));
}
