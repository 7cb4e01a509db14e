# Uncaught TypeError from % formatting.
template = "%s has %d items"
print(template % ("box", 3))
print(template % ("box",))
