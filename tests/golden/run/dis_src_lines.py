# several lines: the line-number column and the blank line between lines
import dis
dis.dis("a()\nb()\nc()\n")
dis.dis("x = y\n\n\n\n\n\n\n\n\nz = x\n")
