s = "a b cd"
# comment   here
