//! The `.pyc` life cycle, run on the `taipan` binary in temporary folders:
//! written on import, reused (proved by a same-size, same-mtime source
//! whose new text does not run, as with CPython), invalidated on change,
//! surviving truncation, corruption and CPython's own files, skipped under
//! `-B`/`PYTHONDONTWRITEBYTECODE`/`sys.dont_write_bytecode` and in an
//! unwritable folder, moved by `pycache_prefix`, run directly
//! (`taipan m.pyc`) and imported without source. `py_compile` and
//! `compileall` print what CPython 3.14 prints (`tests/pyc_cli/`).

use std::fs;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::{Duration, SystemTime};

const TAG: &str = "taipan-314";

/// A fresh, empty temporary folder for one test.
fn temp_dir(name: &str) -> PathBuf {
    static COUNTER: AtomicUsize = AtomicUsize::new(0);
    let n = COUNTER.fetch_add(1, Ordering::Relaxed);
    let dir = std::env::temp_dir().join(format!("taipan-pyc-{}-{n}-{name}", std::process::id()));
    let _ = fs::remove_dir_all(&dir);
    fs::create_dir_all(&dir).expect("temp dir");
    dir
}

/// Run taipan in `dir` with a clean bytecode environment plus `env`.
fn run_env(dir: &Path, args: &[&str], env: &[(&str, &str)]) -> Output {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_taipan"));
    cmd.args(args)
        .current_dir(dir)
        .env_remove("PYTHONDONTWRITEBYTECODE")
        .env_remove("PYTHONPYCACHEPREFIX")
        .env_remove("SOURCE_DATE_EPOCH")
        .env_remove("PYTHONPATH");
    for (k, v) in env {
        cmd.env(k, v);
    }
    cmd.output().expect("the taipan binary runs")
}

fn run(dir: &Path, args: &[&str]) -> Output {
    run_env(dir, args, &[])
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

/// Stdout of a run that must succeed.
fn ok(out: &Output) -> String {
    assert_eq!(out.status.code(), Some(0), "stderr: {}", text(&out.stderr));
    text(&out.stdout)
}

fn write(path: &Path, content: &str) {
    fs::write(path, content).expect("write");
}

/// Set the modification time of `path`.
fn set_mtime(path: &Path, t: SystemTime) {
    let f = fs::File::options().write(true).open(path).expect("open");
    f.set_modified(t).expect("set mtime");
}

fn mtime(path: &Path) -> SystemTime {
    fs::metadata(path)
        .and_then(|m| m.modified())
        .expect("mtime")
}

/// A folder with `m.py` (`X = 'one'`) and `main.py` printing `m.X`.
fn module_dir(name: &str) -> PathBuf {
    let dir = temp_dir(name);
    write(&dir.join("m.py"), "X = 'one'\n");
    write(&dir.join("main.py"), "import m\nprint(m.X)\n");
    dir
}

fn cache_of(dir: &Path) -> PathBuf {
    dir.join("__pycache__").join(format!("m.{TAG}.pyc"))
}

#[test]
fn import_writes_then_reuses_the_cache() {
    let dir = module_dir("reuse");
    assert_eq!(ok(&run(&dir, &["main.py"])), "one\n");
    let pyc = cache_of(&dir);
    assert!(pyc.is_file(), "no cache file written");
    // The main script is never cached.
    assert!(!dir
        .join("__pycache__")
        .join(format!("main.{TAG}.pyc"))
        .exists());
    // Same size, same mtime: the cached code runs, as in CPython.
    let old = mtime(&dir.join("m.py"));
    write(&dir.join("m.py"), "X = 'two'\n");
    set_mtime(&dir.join("m.py"), old);
    assert_eq!(ok(&run(&dir, &["main.py"])), "one\n");
    // A new mtime invalidates it; the cache is rewritten.
    set_mtime(&dir.join("m.py"), old + Duration::from_secs(10));
    assert_eq!(ok(&run(&dir, &["main.py"])), "two\n");
    // A new size invalidates it too.
    write(&dir.join("m.py"), "X = 'three'\n");
    set_mtime(&dir.join("m.py"), old + Duration::from_secs(10));
    assert_eq!(ok(&run(&dir, &["main.py"])), "three\n");
    // And the rewritten cache is used again.
    write(&dir.join("m.py"), "X = 'four!'\n");
    set_mtime(&dir.join("m.py"), old + Duration::from_secs(10));
    assert_eq!(ok(&run(&dir, &["main.py"])), "three\n");
}

#[test]
fn tracebacks_from_cached_code_show_source_lines() {
    let dir = temp_dir("traceback");
    write(&dir.join("m.py"), "def f():\n    return 1 / 0\n");
    write(&dir.join("main.py"), "import m\nm.f()\n");
    let first = run(&dir, &["main.py"]);
    let second = run(&dir, &["main.py"]);
    assert!(cache_of(&dir).is_file());
    assert_eq!(text(&first.stderr), text(&second.stderr));
    assert!(text(&second.stderr).contains("    return 1 / 0\n"));
}

/// Damage the cache file with `damage`, then check that the import
/// recompiles (the new source runs) and rewrites a good file.
fn survives(name: &str, damage: impl Fn(&Path)) {
    let dir = module_dir(name);
    ok(&run(&dir, &["main.py"]));
    let pyc = cache_of(&dir);
    let good_len = fs::metadata(&pyc).expect("pyc").len();
    damage(&pyc);
    // The damaged file must not run stale code: change the source's text
    // but keep size and mtime, so only a rejected cache shows "two".
    let old = mtime(&dir.join("m.py"));
    write(&dir.join("m.py"), "X = 'two'\n");
    set_mtime(&dir.join("m.py"), old);
    assert_eq!(ok(&run(&dir, &["main.py"])), "two\n", "{name}");
    assert_eq!(fs::metadata(&pyc).expect("pyc").len(), good_len, "{name}");
    assert_eq!(ok(&run(&dir, &["main.py"])), "two\n", "{name}");
}

#[test]
fn truncated_cache_is_ignored_and_rewritten() {
    for keep in [0usize, 3, 10, 16, 24, 40] {
        survives(&format!("trunc{keep}"), |pyc| {
            let data = fs::read(pyc).expect("read");
            fs::write(pyc, &data[..keep.min(data.len())]).expect("write");
        });
    }
}

#[test]
fn corrupted_cache_is_ignored_and_rewritten() {
    for at in [4usize, 20, 28, 40, 60] {
        survives(&format!("flip{at}"), |pyc| {
            let mut data = fs::read(pyc).expect("read");
            let i = at.min(data.len() - 1);
            data[i] ^= 0x5a;
            fs::write(pyc, data).expect("write");
        });
    }
}

#[test]
fn foreign_cache_is_ignored_and_rewritten() {
    // CPython 3.14's magic number and a timestamp header: its own file
    // renamed to Taipan's name.
    survives("cpython", |pyc| {
        let mut data = vec![0x2b, 0x0e, b'\r', b'\n', 0, 0, 0, 0];
        data.extend_from_slice(&fs::read(pyc).expect("read")[8..16]);
        data.extend_from_slice(b"\xe3\0\0\0\0\0\0\0");
        fs::write(pyc, data).expect("write");
    });
}

#[test]
fn dont_write_bytecode_settings() {
    let dir = module_dir("dontwrite");
    assert_eq!(ok(&run(&dir, &["-B", "main.py"])), "one\n");
    assert!(!dir.join("__pycache__").exists(), "-B wrote");
    let env = [("PYTHONDONTWRITEBYTECODE", "1")];
    assert_eq!(ok(&run_env(&dir, &["main.py"], &env)), "one\n");
    assert!(!dir.join("__pycache__").exists(), "env wrote");
    // Empty means unset.
    write(
        &dir.join("flag.py"),
        "import sys\nprint(sys.dont_write_bytecode, sys.flags.dont_write_bytecode)\n",
    );
    let env_empty = [("PYTHONDONTWRITEBYTECODE", "")];
    assert_eq!(ok(&run_env(&dir, &["flag.py"], &env_empty)), "False 0\n");
    assert_eq!(ok(&run_env(&dir, &["flag.py"], &env)), "True 1\n");
    // -E ignores the variable.
    assert_eq!(ok(&run_env(&dir, &["-E", "flag.py"], &env)), "False 0\n");
    // Settable at run time.
    write(
        &dir.join("runtime.py"),
        "import sys\nsys.dont_write_bytecode = True\nimport m\nprint(m.X)\n",
    );
    assert_eq!(ok(&run(&dir, &["runtime.py"])), "one\n");
    assert!(!dir.join("__pycache__").exists(), "runtime flag ignored");
}

#[test]
fn pycache_prefix_moves_the_cache() {
    let dir = module_dir("prefix");
    let prefix = dir.join("cache");
    let p = prefix.to_string_lossy().into_owned();
    let x = format!("pycache_prefix={p}");
    assert_eq!(ok(&run(&dir, &["-X", &x, "main.py"])), "one\n");
    assert!(!dir.join("__pycache__").exists());
    let abs = fs::canonicalize(&dir).expect("canonical");
    let rel = abs.to_string_lossy().trim_start_matches('/').to_owned();
    let moved = prefix.join(rel).join(format!("m.{TAG}.pyc"));
    assert!(moved.is_file(), "no {}", moved.display());
    write(
        &dir.join("show.py"),
        "import sys\nprint(sys.pycache_prefix)\n",
    );
    let env = [("PYTHONPYCACHEPREFIX", p.as_str())];
    assert_eq!(ok(&run_env(&dir, &["show.py"], &env)), format!("{p}\n"));
    assert_eq!(ok(&run_env(&dir, &["-E", "show.py"], &env)), "None\n");
    // -X wins over the environment; an empty value means none.
    assert_eq!(
        ok(&run_env(&dir, &["-X", "pycache_prefix=", "show.py"], &env)),
        "None\n"
    );
    assert_eq!(
        ok(&run(&dir, &["-X", "pycache_prefix=rel", "show.py"])),
        "rel\n"
    );
}

#[test]
fn unwritable_cache_folder_is_skipped_silently() {
    let dir = module_dir("unwritable");
    // A file where the folder should be: creating it fails (also as root).
    write(&dir.join("__pycache__"), "not a folder");
    let out = run(&dir, &["main.py"]);
    assert_eq!(ok(&out), "one\n");
    assert_eq!(text(&out.stderr), "");
    // A cache file that is a folder cannot be replaced either.
    let dir = module_dir("unwritable2");
    fs::create_dir_all(cache_of(&dir)).expect("mkdir");
    let out = run(&dir, &["main.py"]);
    assert_eq!(ok(&out), "one\n");
    assert_eq!(text(&out.stderr), "");
}

#[test]
fn package_caches_go_in_the_package_folder() {
    let dir = temp_dir("package");
    fs::create_dir_all(dir.join("pkg")).expect("mkdir");
    write(&dir.join("pkg/__init__.py"), "A = 1\n");
    write(&dir.join("pkg/sub.py"), "B = 2\n");
    write(
        &dir.join("main.py"),
        "import pkg.sub\nprint(pkg.A, pkg.sub.B, pkg.sub.__cached__.endswith('pkg/__pycache__/sub.taipan-314.pyc'))\n",
    );
    assert_eq!(ok(&run(&dir, &["main.py"])), "1 2 True\n");
    assert!(dir
        .join(format!("pkg/__pycache__/__init__.{TAG}.pyc"))
        .is_file());
    assert!(dir.join(format!("pkg/__pycache__/sub.{TAG}.pyc")).is_file());
    assert_eq!(ok(&run(&dir, &["main.py"])), "1 2 True\n");
}

#[test]
fn a_pyc_runs_directly() {
    let dir = temp_dir("runpyc");
    write(
        &dir.join("s.py"),
        "print('hi', __name__, __file__.endswith('s.pyc'))\n1/0\n",
    );
    assert_eq!(
        ok(&run(&dir, &["-m", "py_compile", "s.py"])),
        "",
        "py_compile failed"
    );
    let pyc = dir.join(format!("__pycache__/s.{TAG}.pyc"));
    fs::copy(&pyc, dir.join("s.pyc")).expect("copy");
    let out = run(&dir, &["s.pyc"]);
    assert_eq!(text(&out.stdout), "hi __main__ True\n");
    // The code keeps the name it was compiled under, and the source's
    // lines show while the source exists (as CPython).
    assert_eq!(
        text(&out.stderr),
        "Traceback (most recent call last):\n  File \"s.py\", line 2, in <module>\n    1/0\n    ~^~\nZeroDivisionError: division by zero\n"
    );
    assert_eq!(out.status.code(), Some(1));
    // Damaged files: CPython's messages.
    let data = fs::read(dir.join("s.pyc")).expect("read");
    let cases: [(&[u8], &str); 3] = [
        (&data[..10], "EOFError: EOF read where not expected\n"),
        (
            b"abcd0000000000000000",
            "RuntimeError: Bad magic number in .pyc file\n",
        ),
        (&data[..20], "RuntimeError: Bad code object in .pyc file\n"),
    ];
    for (bytes, message) in cases {
        fs::write(dir.join("t.pyc"), bytes).expect("write");
        let out = run(&dir, &["t.pyc"]);
        assert_eq!(text(&out.stderr), message);
        assert_eq!(out.status.code(), Some(1));
    }
}

#[test]
fn sourceless_modules_import() {
    let dir = module_dir("sourceless");
    ok(&run(&dir, &["main.py"]));
    fs::copy(cache_of(&dir), dir.join("m.pyc")).expect("copy");
    fs::remove_file(dir.join("m.py")).expect("rm");
    fs::remove_dir_all(dir.join("__pycache__")).expect("rm");
    write(
        &dir.join("main.py"),
        "import m\nprint(m.X, m.__file__ == m.__cached__, m.__file__.endswith('/m.pyc'))\n",
    );
    assert_eq!(ok(&run(&dir, &["main.py"])), "one True True\n");
    assert!(!dir.join("__pycache__").exists());
    // A .pyc inside __pycache__ without its source is not importable.
    fs::create_dir_all(dir.join("__pycache__")).expect("mkdir");
    fs::rename(dir.join("m.pyc"), cache_of(&dir)).expect("mv");
    let out = run(&dir, &["main.py"]);
    assert!(text(&out.stderr).ends_with("ModuleNotFoundError: No module named 'm'\n"));
}

#[test]
fn bad_sourceless_files_raise_cpythons_errors() {
    let dir = temp_dir("badsourceless");
    write(&dir.join("main.py"), "import m\n");
    let magic = {
        write(
            &dir.join("magic.py"),
            "import importlib.util as u\nprint(list(u.MAGIC_NUMBER))\n",
        );
        let shown = ok(&run(&dir, &["magic.py"]));
        let inner = shown
            .trim()
            .trim_start_matches('[')
            .trim_end_matches(']')
            .to_owned();
        inner
            .split(", ")
            .map(|b| b.parse::<u8>().expect("byte"))
            .collect::<Vec<u8>>()
    };
    let mut eof = magic.clone();
    eof.extend_from_slice(b"\0\0\0\0abc");
    let mut flags = magic.clone();
    flags.extend_from_slice(b"\x09\0\0\0abcdefgh");
    let mut short = magic.clone();
    short.extend_from_slice(&[0; 12]);
    let cases: [(&[u8], &str); 4] = [
        (b"abc", "ImportError: bad magic number in 'm': b'abc'\n"),
        (
            &eof,
            "EOFError: reached EOF while reading pyc header of 'm'\n",
        ),
        (&flags, "ImportError: invalid flags 9 in 'm'\n"),
        (&short, "EOFError: marshal data too short\n"),
    ];
    for (bytes, message) in cases {
        fs::write(dir.join("m.pyc"), bytes).expect("write");
        let out = run(&dir, &["main.py"]);
        let err = text(&out.stderr);
        assert!(err.ends_with(message), "{err}");
        assert_eq!(out.status.code(), Some(1));
    }
}

#[test]
fn hash_based_caches() {
    let dir = module_dir("hash");
    for (mode, stale_runs) in [("checked-hash", "two"), ("unchecked-hash", "one")] {
        write(&dir.join("m.py"), "X = 'one'\n");
        let out = run(
            &dir,
            &[
                "-m",
                "compileall",
                "-q",
                "-f",
                "--invalidation-mode",
                mode,
                "m.py",
            ],
        );
        assert_eq!(ok(&out), "");
        let data = fs::read(cache_of(&dir)).expect("pyc");
        let flags = if mode == "checked-hash" { 3 } else { 1 };
        assert_eq!(data[4..8], [flags, 0, 0, 0]);
        // Same size, any mtime: a checked hash sees the new text, an
        // unchecked one does not look.
        write(&dir.join("m.py"), "X = 'two'\n");
        assert_eq!(
            ok(&run(&dir, &["main.py"])),
            format!("{stale_runs}\n"),
            "{mode}"
        );
    }
}

/// The tree of the CLI scenarios (the same as `scripts/regen-pyc-cli` makes).
fn cli_tree(name: &str) -> PathBuf {
    let dir = temp_dir(name);
    fs::create_dir_all(dir.join("d/sub/deep")).expect("mkdir");
    write(&dir.join("d/a.py"), "x=1\n");
    write(&dir.join("d/bad.py"), "def f(:\n  pass\n");
    write(&dir.join("d/sub/b.py"), "y=2\n");
    write(&dir.join("d/sub/deep/c.py"), "z=3\n");
    write(&dir.join("d/notes.txt"), "not py\n");
    dir
}

/// The `.pyc` files under `dir`, sorted, relative.
fn pyc_files(dir: &Path, under: &Path, out: &mut Vec<String>) {
    let Ok(entries) = fs::read_dir(under) else {
        return;
    };
    for e in entries.flatten() {
        let p = e.path();
        if p.is_dir() {
            pyc_files(dir, &p, out);
        } else if p.extension().is_some_and(|x| x == "pyc") {
            out.push(
                p.strip_prefix(dir)
                    .unwrap_or(&p)
                    .to_string_lossy()
                    .into_owned(),
            );
        }
    }
}

#[test]
fn py_compile_and_compileall_print_what_cpython_prints() {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/pyc_cli");
    let scenarios = fs::read_to_string(root.join("scenarios.txt")).expect("scenarios");
    let lines = scenarios
        .lines()
        .filter(|l| !l.trim().is_empty() && !l.starts_with('#'));
    for (i, line) in lines.enumerate() {
        let dir = cli_tree(&format!("cli{i}"));
        let mut got = String::new();
        for step in line.split(" ;; ") {
            let args: Vec<&str> = step.split_whitespace().collect();
            let mut full = vec!["-m"];
            full.extend(&args);
            let out = run(&dir, &full);
            got.push_str(&format!(
                "== {step}\n{}{}",
                text(&out.stdout),
                text(&out.stderr)
            ));
            got.push_str(&format!("rc={}\n", out.status.code().unwrap_or(-1)));
            let mut files = Vec::new();
            pyc_files(&dir, &dir, &mut files);
            files.sort();
            for f in files {
                got.push_str(&f);
                got.push('\n');
            }
        }
        let want = fs::read_to_string(root.join(format!("{i:02}.out"))).expect("expected output");
        assert_eq!(got, want, "scenario {i}: {line}");
    }
}
