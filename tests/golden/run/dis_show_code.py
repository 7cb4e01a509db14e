# code_info and show_code on compiled source strings
import dis
print(dis.code_info("x = y\n"))
dis.show_code("a, b = c\n")
import sys
dis.show_code("x = 'a'\n", file=sys.stdout)
