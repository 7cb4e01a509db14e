t = t"value {x}
