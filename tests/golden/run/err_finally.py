def run():
    try:
        [][0]
    finally:
        print("cleaning up")

run()
