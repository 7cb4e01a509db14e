# filterwarnings: message (case-insensitive, anchored at the start), module, lineno, append
import warnings

warnings.resetwarnings()
warnings.filterwarnings("ignore", message="spam")
warnings.warn("spam and eggs")
warnings.warn("SPAM loudly")
warnings.warn("eggs and spam")
warnings.filterwarnings("error", message=".*bad")
try:
    warnings.warn("this is bad")
except UserWarning as e:
    print("error:", e)
warnings.filterwarnings("ignore", module="__main__")
warnings.warn("hidden by module filter")
warnings.filterwarnings("always", module="__ma")
warnings.warn("module regex matches the start")
warnings.resetwarnings()
warnings.filterwarnings("error", lineno=22)
warnings.warn("line 21 is fine")
try:
    warnings.warn("line 22 raises")
except UserWarning as e:
    print("error:", e)
warnings.filterwarnings("ignore", category=RuntimeWarning, append=True)
warnings.filterwarnings("ignore", category=RuntimeWarning, append=True)
warnings.filterwarnings("error", category=RuntimeWarning)
warnings.filterwarnings("error", category=RuntimeWarning)
for f in warnings.filters:
    print(f[0], f[1], f[2].__name__, f[3], f[4])
print(type(warnings.filters[0][1]))
