print("bye")
exit()
print("not reached")
