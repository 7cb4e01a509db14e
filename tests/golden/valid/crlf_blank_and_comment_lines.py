# c

x = 1  # t

    
if x:
    pass
