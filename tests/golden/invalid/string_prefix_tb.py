s = tb"abc"
