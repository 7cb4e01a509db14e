# an uncaught SyntaxError from exec shows the <string> block and carets
print("before")
def run(src):
    exec(src)
run("x = (1 +\n")
