s = "a\x0cb"
t = "bell\a back\b"
u = "formfeed"
