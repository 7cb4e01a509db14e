if (n := len(items)) > 10:
    pass
while (chunk := read(1024)):
    pass
data = [y := f(x), y ** 2]
print(total := 10)
values = [z for x in xs if (z := g(x))]
foo(x := 3, cat="vector")
items[i := 0] = 1
{(k := 1): 2}
(a := 1, b := 2)
lambda: (w := 1)
