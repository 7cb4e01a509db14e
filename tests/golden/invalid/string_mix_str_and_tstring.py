t = "abc" t"def {x}"
