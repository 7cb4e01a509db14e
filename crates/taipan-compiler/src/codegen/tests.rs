//! Code generation checks on small programs.

use taipan_bytecode::{decode, Opcode};

use super::compile_module;

fn ops(source: &str) -> Vec<&'static str> {
    let module = taipan_parser::parse(source, &Default::default()).expect("parses");
    let code = compile_module(&module, source, "t.py").expect("compiles");
    decode(&code.code)
        .map(|i| i.op.map_or("?", Opcode::name))
        .collect()
}

#[test]
fn module_assignment() {
    assert_eq!(
        ops("x = 1\n"),
        [
            "RESUME",
            "LOAD_SMALL_INT",
            "STORE_NAME",
            "LOAD_CONST",
            "RETURN_VALUE"
        ]
    );
}

#[test]
fn stack_size_of_call() {
    let source = "print(1, 2, 3)\n";
    let module = taipan_parser::parse(source, &Default::default()).expect("parses");
    let code = compile_module(&module, source, "t.py").expect("compiles");
    assert_eq!(code.stacksize, 5);
}
