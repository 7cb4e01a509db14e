while x > 0:
    x -= 1
while True:
    if done():
        break
else:
    finished()
while (line := read()):
    process(line)
