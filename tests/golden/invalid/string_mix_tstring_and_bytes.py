t = t"abc" b"def"
