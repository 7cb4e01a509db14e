s = ub"abc"
