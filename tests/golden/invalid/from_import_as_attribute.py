from os import path as p.ath
