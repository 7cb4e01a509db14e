t = t'''value {x}
