//! The `taipan` command: a drop-in for `python3.14`.
//!
//! Exit statuses: those of CPython (0 success, 1 uncaught exception such as
//! a `SyntaxError`, 2 command-line or file-opening error), plus
//! [`taipan::run::EXIT_NO_VM`] (69) for a valid program using a construct
//! the compiler cannot compile yet and [`taipan::run::EXIT_INTERNAL_ERROR`]
//! (70) when Taipan itself fails.

use std::io::Write;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;

use signal_hook::consts::SIGINT;

/// The interpreter thread's stack: native recursion (the parser, `repr` and
/// comparison of nested containers) stops at fixed depths with CPython's
/// errors, and this stack holds those depths with room to spare. Only the
/// pages touched are ever committed.
const STACK_SIZE: usize = 1 << 30;

fn main() {
    let code = std::thread::Builder::new()
        .name("taipan".into())
        .stack_size(STACK_SIZE)
        .spawn(run)
        .map_or(taipan::run::EXIT_INTERNAL_ERROR, |t| {
            t.join().unwrap_or(taipan::run::EXIT_INTERNAL_ERROR)
        });
    std::process::exit(code);
}

/// Run the command line on the current thread; the exit status.
fn run() -> i32 {
    let args: Vec<String> = std::env::args_os()
        .map(|a| a.to_string_lossy().into_owned())
        .collect();
    let program = args.first().map_or("taipan", String::as_str).to_string();
    let stdout = std::io::stdout();
    let stderr = std::io::stderr();
    let mut out = std::io::BufWriter::new(stdout.lock());
    let mut err = stderr.lock();
    // Ctrl-C sets `interrupt`, which the VM turns into `KeyboardInterrupt`.
    let interrupt = Arc::new(AtomicBool::new(false));
    let sigint = Arc::new(AtomicBool::new(false));
    let registered = signal_hook::flag::register(SIGINT, interrupt.clone())
        .and_then(|_| signal_hook::flag::register(SIGINT, sigint.clone()))
        .is_ok();
    let args = &args[args.len().min(1)..];
    let flag = registered.then_some(interrupt);
    let code = taipan::run::main_with_interrupt(&program, args, flag, &mut out, &mut err);
    // A failed flush is CPython's exit status 120.
    if out.flush().is_err() {
        return 120;
    }
    if code == 130 && sigint.load(Ordering::Relaxed) {
        // As CPython after an uncaught KeyboardInterrupt: die of SIGINT.
        let _ = err.flush();
        let _ = signal_hook::low_level::emulate_default_handler(SIGINT);
    }
    code
}
