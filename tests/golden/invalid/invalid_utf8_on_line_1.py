s = "abcÿdef"
