t = t"value: {}"
