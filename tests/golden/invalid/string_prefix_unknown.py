s = k"abc"
