print("circ_b: start")
from imp_pkgs.circ_a import a_value
b_value = "B"
print("circ_b: end")
