snake🐍 = 1
