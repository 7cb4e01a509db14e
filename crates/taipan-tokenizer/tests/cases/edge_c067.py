if x:
	y
