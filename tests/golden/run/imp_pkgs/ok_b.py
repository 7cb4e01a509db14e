print("ok_b: start")
import imp_pkgs.ok_a
b_value = "B"


def use_a():
    return imp_pkgs.ok_a.a_value


print("ok_b: end")
