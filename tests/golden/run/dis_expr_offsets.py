# an expression with offsets and positions
import dis
dis.dis("x", show_offsets=True)
dis.dis("(a, b)", show_offsets=True, show_positions=True)
dis.dis("not a", show_positions=True)
