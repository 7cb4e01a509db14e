# coding: utf8
x = "í €"
