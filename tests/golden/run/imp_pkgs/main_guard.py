if __name__ == "__main__":
    print("main_guard: run as main")
else:
    print("main_guard: imported as", __name__)
