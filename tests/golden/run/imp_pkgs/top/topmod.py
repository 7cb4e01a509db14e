print("topmod: __name__ =", __name__)
where = "top"
