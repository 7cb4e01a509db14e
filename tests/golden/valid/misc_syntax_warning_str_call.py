"abc" "def" (x)
