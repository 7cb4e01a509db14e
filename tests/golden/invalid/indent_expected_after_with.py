with ctx:
pass
