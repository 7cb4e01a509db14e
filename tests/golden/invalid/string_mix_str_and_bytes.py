s = "abc" b"def"
