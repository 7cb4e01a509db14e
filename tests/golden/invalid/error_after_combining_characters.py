name = "éé" ; x = (1 2)
