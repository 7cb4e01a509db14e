from . import sub
NAME = "pkg"
