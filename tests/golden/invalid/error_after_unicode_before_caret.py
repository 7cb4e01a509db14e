größe = "Straße" + [1, 2 3]
