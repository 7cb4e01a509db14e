t = t"{x!z}"
