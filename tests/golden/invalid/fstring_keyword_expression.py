s = f"{import os}"
