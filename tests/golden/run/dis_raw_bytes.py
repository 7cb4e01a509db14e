# dis.dis on raw bytes: instructions without inline caches in either VM
import dis
code = bytes([
    128, 0,   # RESUME 0
    94, 7,    # LOAD_SMALL_INT 7
    94, 8,    # LOAD_SMALL_INT 8
    51, 2,    # BUILD_TUPLE 2
    59, 1,    # COPY 1
    117, 2,   # SWAP 2
    31, 0,    # POP_TOP
    77, 1,    # JUMP_FORWARD 1
    27, 0,    # NOP
    82, 0,    # LOAD_CONST 0
    74, 1,    # IS_OP 1
    35, 0,    # RETURN_VALUE
])
dis.dis(code)
print("--- offsets")
dis.dis(code, show_offsets=True)
print("--- bytearray")
dis.dis(bytearray(code[:8]))
