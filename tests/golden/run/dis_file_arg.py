# file= sends the listing to any object with write()
import dis
class Sink:
    def __init__(self):
        self.parts = []
    def write(self, s):
        self.parts.append(s)
sink = Sink()
dis.dis("x = y\n", file=sink)
text = "".join(sink.parts)
print(len(text.splitlines()), "lines")
print(text.upper(), end="")
sink2 = Sink()
dis.show_code("x = y\n", file=sink2)
print("".join(sink2.parts), end="")
