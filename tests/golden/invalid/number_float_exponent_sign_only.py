x = 2e+
