'''start of a docstring
