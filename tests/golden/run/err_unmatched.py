try:
    {}["k"]
except ValueError:
    print("no")
