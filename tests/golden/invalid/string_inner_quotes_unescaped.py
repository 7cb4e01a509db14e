print("He said "hello" to me")
