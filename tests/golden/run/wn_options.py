# -W option strings, processed as sys.warnoptions are
import sys
import warnings

print(sys.warnoptions)
warnings.resetwarnings()
warnings._processoptions([
    "error::RuntimeWarning",
    "ignore:spam",
    "always::DeprecationWarning:__main__",
    "once",
    "d",
    "i::FutureWarning::5",
    "bogus",
    "error:::::",
    "error::NotAWarningName",
    "error::ValueError",
    "error::os.NoSuchThing",
    "error::nosuchmodule.X",
    "ignore::UserWarning::x",
    "ignore::UserWarning::-1",
])
for f in warnings.filters:
    print(f[0], f[1], f[2].__name__, f[3], f[4])
print(warnings._getaction(""), warnings._getaction("a"), warnings._getaction("m"))
print(warnings._getcategory(""), warnings._getcategory("warnings.Warning") if hasattr(warnings, "Warning") else None)
try:
    warnings._setoption("x:y")
except warnings._OptionError as e:
    print("_OptionError:", e)
