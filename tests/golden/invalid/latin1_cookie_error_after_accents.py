# -*- coding: latin-1 -*-
café = "crème brûlée" + (1 2)
