from .... import something
