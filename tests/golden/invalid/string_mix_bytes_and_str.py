s = b"abc" "def"
