import token

print(token.__all__)
print(sorted((v, k) for k, v in vars(token).items() if isinstance(v, int) and not k.startswith("_")))
print(token.EXACT_TOKEN_TYPES)
print(token.tok_name[token.NAME], token.tok_name[0], token.tok_name[256], len(token.tok_name))
print(token.ISTERMINAL(token.OP), token.ISNONTERMINAL(300), token.ISEOF(token.ENDMARKER), token.ISEOF(token.NL))
print(token.EXACT_TOKEN_TYPES["->"] == token.RARROW, token.EXACT_TOKEN_TYPES["!"] == token.EXCLAMATION, token.N_TOKENS, token.NT_OFFSET)
