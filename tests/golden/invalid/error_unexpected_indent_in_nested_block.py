def f():
    for i in range(3):
        if i:
            print(i)
                print(i + 1)
    return 0
