if x:
    y
\
