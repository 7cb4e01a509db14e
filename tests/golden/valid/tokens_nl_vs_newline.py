x = (
    1

    + 2
)

# comment

y = 3
