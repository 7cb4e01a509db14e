a + b - c * d / e // f % g ** h @ i
a | b ^ c & d << e >> f
(a + b) * c
a ** b ** c
-a ** b
a @ b @ c
