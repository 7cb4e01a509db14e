# An uncaught error from the compiler proper: no text, no carets.
compile("x = 1\nreturn x\n", "<string>", "exec")
