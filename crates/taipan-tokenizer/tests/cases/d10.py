# -*- coding: Latin-1 -*-
x = "é"
print(x)
