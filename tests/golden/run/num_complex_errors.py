# uncaught TypeError from ordering complex numbers
values = [3 + 4j, 1j]
print(sorted(values, key=abs))
print(sorted(values))
