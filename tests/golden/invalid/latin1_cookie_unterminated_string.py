# -*- coding: latin-1 -*-
s = "naïve
