//! The cycle collector keeps memory bounded: programs building many
//! reference cycles leave only a bounded number of tracked objects.

fn run(source: &str) -> String {
    let mut out = Vec::new();
    let mut err = Vec::new();
    let code = taipan_vm::run_file("gc_test.py", source, &mut out, &mut err);
    assert_eq!(code, 0, "{}", String::from_utf8_lossy(&err));
    String::from_utf8_lossy(&out).into_owned()
}

/// Tracked objects never exceed a few young generations' worth.
const BOUND: usize = 20_000;

#[test]
fn self_referencing_lists_are_reclaimed() {
    let out = run("for i in range(200_000):\n    a = []\n    a.append(a)\nprint('ok')\n");
    assert_eq!(out, "ok\n");
    assert!(
        taipan_vm::tracked_count() < BOUND,
        "{}",
        taipan_vm::tracked_count()
    );
}

#[test]
fn instance_cycles_are_reclaimed() {
    let src = "class X:\n    pass\nfor i in range(200_000):\n    x = X()\n    y = X()\n    x.other = y\n    y.other = x\nprint('ok')\n";
    assert_eq!(run(src), "ok\n");
    assert!(
        taipan_vm::tracked_count() < BOUND,
        "{}",
        taipan_vm::tracked_count()
    );
}

#[test]
fn closures_and_dicts_are_reclaimed() {
    let src = "def make():\n    def f():\n        return f\n    return f\nfor i in range(100_000):\n    f = make()\n    d = {'d': None}\n    d['d'] = d\nprint('ok')\n";
    assert_eq!(run(src), "ok\n");
    assert!(
        taipan_vm::tracked_count() < BOUND,
        "{}",
        taipan_vm::tracked_count()
    );
}

#[test]
fn live_objects_survive_collections() {
    let src = "keep = []\nfor i in range(50_000):\n    a = [i]\n    a.append(a)\n    keep.append(a)\nprint(sum(x[0] for x in keep), all(x[1] is x for x in keep))\n";
    assert_eq!(run(src), "1249975000 True\n");
}

#[test]
fn long_garbage_chains_are_freed_without_deep_recursion() {
    let src = "class N:\n    pass\nhead = N()\nnode = head\nfor i in range(100_000):\n    n = N()\n    n.prev = node\n    node.next = n\n    node = n\nnode.next = head\ndel head, node, n\nimport gc\nprint(gc.collect() >= 100_000)\n";
    assert_eq!(run(src), "True\n");
    assert!(
        taipan_vm::tracked_count() < BOUND,
        "{}",
        taipan_vm::tracked_count()
    );
}
