# -*- coding: latin-1 -*-
s = "café crème"
naïve = 1
# commentaire à la fin
