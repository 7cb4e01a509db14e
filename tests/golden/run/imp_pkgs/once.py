print("once: module code runs")
count = 0
