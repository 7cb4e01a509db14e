(a)
((a))
(((a + b)))
(a)(b)
(a).b
(yield_ := 1)
(a for b in c)
((a), (b))
