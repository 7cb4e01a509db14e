print("circ_a: start")
from imp_pkgs.circ_b import b_value
a_value = "A"
print("circ_a: end")
