print("imp_pkgs: __init__ runs as", __name__)
