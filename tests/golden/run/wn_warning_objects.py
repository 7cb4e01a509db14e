# warning messages that are Warning instances, custom categories, non-str messages
import warnings


class MyWarning(UserWarning):
    pass


class Sub(MyWarning):
    def __str__(self):
        return "custom str " + repr(self.args)


warnings.warn(MyWarning("made by hand"))
warnings.warn(Sub("a", "b"))
warnings.warn("category given", MyWarning)
warnings.warn(123)
warnings.warn(None)
warnings.warn(("tuple", 1))
warnings.simplefilter("error", MyWarning)
try:
    warnings.warn("sub raises too", Sub)
except MyWarning as e:
    print("caught", type(e).__name__, e)
try:
    warnings.warn(Sub("instance"), RuntimeWarning)
except MyWarning as e:
    print("caught instance", type(e).__name__, e.args)
warnings.warn("runtime is not MyWarning", RuntimeWarning)
