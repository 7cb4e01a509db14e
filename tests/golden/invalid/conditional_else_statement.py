x = 1 if flag else pass
