# An uncaught tokenizer error from exec(): the quoted line has no newline,
# the caret sits under the unterminated string.
exec("a = 1\nmessage = 'never ended\nb = 2\n")
