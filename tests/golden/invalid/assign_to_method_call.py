obj.method() = 1
