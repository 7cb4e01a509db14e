# comment
x = "é"
