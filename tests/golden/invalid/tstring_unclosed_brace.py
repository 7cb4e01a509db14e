t = t"value: {x"
