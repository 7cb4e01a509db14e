# platform: the shape of its answers (the values depend on the machine).
import platform
import sys

u = platform.uname()
print(type(u).__name__, u._fields, len(u))
print(all(isinstance(x, str) for x in u))
print(u.system == platform.system(), u.node == platform.node(),
      u.release == platform.release(), u.machine == platform.machine())
print(platform.python_implementation())
print(platform.python_version() == '.'.join(map(str, sys.version_info[:3])))
print(platform.python_version_tuple() == tuple(map(str, sys.version_info[:3])))
print(isinstance(platform.platform(), str), isinstance(platform.architecture(), tuple))
print(platform.win32_ver(), platform.mac_ver())
print(platform.win32_edition(), platform.win32_is_iot())
print(type(platform.libc_ver()).__name__, len(platform.libc_ver()))
print(repr(u).startswith('uname_result(system='))
