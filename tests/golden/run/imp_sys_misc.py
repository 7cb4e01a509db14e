# Assorted sys facts that do not depend on the platform.
import sys
print(sys.version_info[:2], sys.version_info.major, sys.version_info.minor)
print(sys.version_info >= (3, 10), sys.version_info < (4,), sys.version_info.releaselevel)
print(sys.hexversion >> 16 == 0x30e, sys.version.startswith("3.14"))
print(sys.getdefaultencoding(), sys.getfilesystemencoding())
s = sys.intern("hello")
print(s, s is sys.intern("hello"))
try:
    sys.intern(5)
except TypeError as e:
    print(e)
print(sys.flags.optimize, sys.flags.no_site, sys.flags.dev_mode)
print(sys.float_info.max, sys.float_info.epsilon, sys.float_info.dig, sys.float_info[0])
print(sys.int_info.bits_per_digit)
print(sys.byteorder, type(sys.maxsize).__name__, sys.maxsize > 2**30)
print(isinstance(sys.executable, str), sys.implementation.cache_tag is None)
print("sys" in sys.modules, sys.modules["sys"] is sys)
print(len(sys.version_info), list(sys.version_info)[:2])
