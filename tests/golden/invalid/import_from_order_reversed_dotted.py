import os.path, sys from builtins
