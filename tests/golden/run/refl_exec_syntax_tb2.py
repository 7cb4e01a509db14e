# uncaught SyntaxError from compile with a file name
compile("a = 1\nb = = 2\n", "virtual.py", "exec")
