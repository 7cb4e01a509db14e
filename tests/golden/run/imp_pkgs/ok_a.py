print("ok_a: start")
import imp_pkgs.ok_b
a_value = "A"


def use_b():
    return imp_pkgs.ok_b.b_value


print("ok_a: end")
