# str.isidentifier: underscores, digits, keywords (still identifiers), Unicode letters and marks.
for s in ["x", "_", "__init__", "x1", "1x", "", "class", "None", "a-b", "a b", "é", "日本", "ℕ", "x\u0301", "\u0301x",
          "℘", "℮", "·", "a·b", "٣", "x٣", "$", "a$", "ǅ", "Ⅻ", "x\u200d", "_1_", "π", "Σx", "\U0001d465"]:
    print(repr(s), s.isidentifier())
