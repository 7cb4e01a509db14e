//! What runs after `__main__` has ended (its traceback, if any, already
//! printed), as CPython's finalization does: the threads `threading`
//! still has queued (Taipan starts a thread when something waits for it,
//! see `lib/threading.py`), then the `atexit` functions.

use crate::Vm;

/// Call `_thread._at_exit()` and `atexit._run_exitfuncs()` if those
/// modules were imported; both report their own errors, anything else
/// they let escape is ignored.
pub(crate) fn run_exit_hooks(vm: &mut Vm) {
    for (module, hook) in [("_thread", "_at_exit"), ("atexit", "_run_exitfuncs")] {
        let Some(m) = vm.sys_modules_get(module) else {
            continue;
        };
        if let Ok(func) = vm.getattr(&m, hook) {
            let _ = vm.call_value(&func, Vec::new());
        }
    }
}
