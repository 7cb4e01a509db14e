# A traceback through generator frames.
def numbers():
    yield 1
    yield 2 // 0

def doubled(it):
    for n in it:
        yield n * 2

def main():
    for v in doubled(numbers()):
        print(v)

main()
