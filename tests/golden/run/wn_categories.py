# filters match categories by subclass
import warnings


class AppWarning(UserWarning):
    pass


class DetailWarning(AppWarning):
    pass


warnings.simplefilter("ignore", AppWarning)
warnings.warn("app", AppWarning)
warnings.warn("detail", DetailWarning)
warnings.warn("user", UserWarning)
warnings.simplefilter("error", DetailWarning)
try:
    warnings.warn("detail now raises", DetailWarning)
except AppWarning as e:
    print("caught", type(e).__name__, e)
warnings.warn("app still ignored", AppWarning)
warnings.simplefilter("error", Warning, append=True)
warnings.warn("user shown: first filter wins?", UserWarning)
try:
    warnings.warn("runtime hits the appended error", RuntimeWarning)
except RuntimeWarning as e:
    print("caught", e)
print(issubclass(DeprecationWarning, Warning), DeprecationWarning.__mro__)
print([c.__name__ for c in Warning.__subclasses__()])
