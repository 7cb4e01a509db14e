match(x)
match[1]
match.attr = 1
match = case = 2
print(match, case)
def match(case): return case
match (1):
    case 1:
        pass
