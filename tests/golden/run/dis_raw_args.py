# argument reprs of raw bytes: conversions, function attributes, intrinsics
import dis
code = bytes([
    58, 1, 58, 2, 58, 3,            # CONVERT_VALUE str, repr, ascii
    108, 1, 108, 8, 108, 9,         # SET_FUNCTION_ATTRIBUTE
    53, 6, 54, 1,                   # CALL_INTRINSIC_1/2
    81, 0, 81, 3,                   # LOAD_COMMON_CONSTANT
    74, 0, 46, 3, 47, 2,            # IS_OP, BUILD_LIST, BUILD_MAP
    93, 5, 84, 2, 83, 1, 97, 0,     # LOAD_NAME, LOAD_FAST, LOAD_DEREF, MAKE_CELL (unknown names)
    104, 1, 105, 0,                 # RAISE_VARARGS, RERAISE
])
dis.dis(code)
for ins in dis.get_instructions.__name__, dis.Bytecode.__name__:
    print(ins)
