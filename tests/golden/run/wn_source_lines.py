# the source line printed under a warning: multi-line calls, indentation, tabs
import warnings

warnings.simplefilter("always")


def f():
    if True:
        warnings.warn(
            "multi-line call",
        )
    x = [warnings.warn("inside a list")]
    return x


f()
warnings.warn("trailing spaces")    
warnings.warn(
    "first line of the statement?")
	# a comment
(lambda: warnings.warn("in a lambda"))()
