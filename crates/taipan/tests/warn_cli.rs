//! `-W`, `PYTHONWARNINGS`, `-X dev` and `-b`: `sys.warnoptions`, the
//! filters they install, and what they do to warnings (expected texts
//! checked against CPython).

use std::process::{Command, Output};

fn taipan_env(args: &[&str], env: &[(&str, &str)]) -> Output {
    let mut command = Command::new(env!("CARGO_BIN_EXE_taipan"));
    command
        .args(args)
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .env_remove("PYTHONWARNINGS")
        .env_remove("PYTHONDEVMODE");
    for (k, v) in env {
        command.env(k, v);
    }
    command.output().expect("the taipan binary runs")
}

fn taipan(args: &[&str]) -> Output {
    taipan_env(args, &[])
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

/// A script file in a fresh temporary folder; returns its path.
fn script(name: &str, source: &str) -> String {
    let dir = std::env::temp_dir().join(format!("taipan-warn-cli-{}-{name}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    let path = dir.join(format!("{name}.py"));
    std::fs::write(&path, source).expect("script written");
    path.to_string_lossy().into_owned()
}

#[test]
fn error_option_raises_with_a_traceback() {
    let out = taipan(&["-W", "error", "-c", "import warnings; warnings.warn('x')"]);
    assert_eq!(
        text(&out.stderr),
        "Traceback (most recent call last):\n  File \"<string>\", line 1, in <module>\n    \
         import warnings; warnings.warn('x')\n                     ~~~~~~~~~~~~~^^^^^\n\
         UserWarning: x\n"
    );
    assert_eq!(out.status.code(), Some(1));
}

#[test]
fn later_options_win_and_messages_match_as_prefixes() {
    let code = "import warnings; warnings.warn('fine'); warnings.warn('bad one')";
    let out = taipan(&["-W", "ignore::UserWarning", "-W", "error:bad", "-c", code]);
    let err = text(&out.stderr);
    assert!(err.ends_with("UserWarning: bad one\n"), "{err}");
    assert!(!err.contains("UserWarning: fine"), "{err}");
    assert_eq!(out.status.code(), Some(1));
}

#[test]
fn invalid_options_are_reported_and_ignored() {
    let code = "import sys; print(sys.warnoptions)";
    let out = taipan(&[
        "-W",
        "bogus",
        "-W",
        "error::Foo",
        "-W",
        "a:b:c:d:e:f",
        "-c",
        code,
    ]);
    assert_eq!(
        text(&out.stdout),
        "['bogus', 'error::Foo', 'a:b:c:d:e:f']\n"
    );
    assert_eq!(
        text(&out.stderr),
        "Invalid -W option ignored: invalid action: 'bogus'\n\
         Invalid -W option ignored: unknown warning category: 'Foo'\n\
         Invalid -W option ignored: too many fields (max 5): 'a:b:c:d:e:f'\n"
    );
    assert_eq!(out.status.code(), Some(0));
}

#[test]
fn environment_comes_before_the_command_line() {
    let code = "import sys,warnings; print(sys.warnoptions); print(warnings.filters[:3])";
    let env = [("PYTHONWARNINGS", "error::RuntimeWarning,ignore")];
    let out = taipan_env(&["-W", "always", "-c", code], &env);
    assert_eq!(
        text(&out.stdout),
        "['error::RuntimeWarning', 'ignore', 'always']\n\
         [('always', None, <class 'Warning'>, None, 0), ('ignore', None, <class 'Warning'>, \
         None, 0), ('error', None, <class 'RuntimeWarning'>, None, 0)]\n"
    );
    let out = taipan_env(&["-E", "-c", "import sys; print(sys.warnoptions)"], &env);
    assert_eq!(text(&out.stdout), "[]\n");
}

#[test]
fn dev_mode_and_bytes_warning_options() {
    let code = "import sys,warnings; print(sys.warnoptions, sys.flags.dev_mode, \
                sys.flags.bytes_warning); print(warnings.filters[:2])";
    let out = taipan(&["-X", "dev", "-b", "-c", code]);
    assert_eq!(
        text(&out.stdout),
        "['default', 'default::BytesWarning'] True 1\n\
         [('default', None, <class 'BytesWarning'>, None, 0), ('default', None, \
         <class 'Warning'>, None, 0)]\n"
    );
    let out = taipan(&["-bb", "-c", "import sys; print(sys.warnoptions)"]);
    assert_eq!(text(&out.stdout), "['error::BytesWarning']\n");
    let env = [("PYTHONDEVMODE", "1")];
    let out = taipan_env(
        &[
            "-c",
            "import sys; print(sys.warnoptions, sys.flags.dev_mode)",
        ],
        &env,
    );
    assert_eq!(text(&out.stdout), "['default'] True\n");
}

#[test]
fn option_fields_become_filters() {
    let code = "import warnings; print(warnings.filters[:3])";
    let options = [
        "-W",
        "d",
        "-W",
        "i::ResourceWarning",
        "-W",
        "always::DeprecationWarning:__main__:1",
    ];
    let args: Vec<&str> = options.iter().copied().chain(["-c", code]).collect();
    let out = taipan(&args);
    assert_eq!(
        text(&out.stdout),
        "[('always', None, <class 'DeprecationWarning'>, re.compile('__main__\\\\z'), 1), \
         ('ignore', None, <class 'ResourceWarning'>, None, 0), ('default', None, \
         <class 'Warning'>, None, 0)]\n"
    );
}

#[test]
fn once_shows_a_text_once_with_the_code_line() {
    let code = "\nimport warnings\nfor i in range(2):\n    warnings.warn('o')\nwarnings.warn('o')";
    let out = taipan(&["-Wonce", "-c", code]);
    assert_eq!(
        text(&out.stderr),
        "<string>:4: UserWarning: o\n  warnings.warn('o')\n"
    );
}

#[test]
fn syntax_warnings_follow_the_options() {
    let path = script("sw", "print('start')\nx = 1 is 1\ny = 2 is 2\nz = 1 is 1\n");
    let warning = |n: u32, code: &str, v: u32| {
        format!(
            "{path}:{n}: SyntaxWarning: \"is\" with 'int' literal. Did you mean \"==\"?\n  {code} = {v} is {v}\n"
        )
    };
    let out = taipan(&["-W", "error", &path]);
    assert_eq!(
        text(&out.stderr),
        format!(
            "  File \"{path}\", line 2\n    x = 1 is 1\n        ^^^^^^\n\
             SyntaxError: \"is\" with 'int' literal. Did you mean \"==\"?\n"
        )
    );
    assert_eq!(text(&out.stdout), "");
    assert_eq!(out.status.code(), Some(1));
    let out = taipan(&["-W", "ignore", &path]);
    assert_eq!(
        (text(&out.stdout), text(&out.stderr)),
        ("start\n".into(), String::new())
    );
    let out = taipan(&["-W", "once", &path]);
    assert_eq!(text(&out.stderr), warning(2, "x", 1));
    let out = taipan(&["-W", "error::SyntaxWarning:sw:3", &path]);
    let all = [warning(2, "x", 1), warning(3, "y", 2), warning(4, "z", 1)].concat();
    assert_eq!(text(&out.stderr), all);
    let out = taipan(&["-W", "error:::", "-W", "default::DeprecationWarning", &path]);
    assert_eq!(out.status.code(), Some(1));
}

#[test]
fn invalid_escape_becomes_a_syntax_error_on_its_string() {
    let path = script("esc", "print('start')\nx = \"a\\d\"\n");
    let out = taipan(&["-W", "error", &path]);
    assert_eq!(
        text(&out.stderr),
        format!(
            "  File \"{path}\", line 2\n    x = \"a\\d\"\n          ^^\n\
             SyntaxError: \"\\d\" is an invalid escape sequence. Did you mean \"\\\\d\"? \
             A raw string is also an option.\n"
        )
    );
    let out = taipan(&["-W", "error", "-c", "x = 1 is 1"]);
    assert_eq!(
        text(&out.stderr),
        "  File \"<string>\", line 1\nSyntaxError: \"is\" with 'int' literal. Did you mean \"==\"?\n"
    );
}
