import imp_pkgs.attr_b
a_value = 1
