import imp_pkgs.attr_a as a
print("attr_b sees a_value:", a.a_value)
