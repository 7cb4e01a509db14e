"""platform: the running system and Python, read from /proc on Linux
(Taipan has no uname call); Python's values are those of CPython 3.14."""

import collections
import os
import sys

__version__ = '1.0.9'


def _proc(name, default=''):
    try:
        with open('/proc/sys/kernel/' + name) as f:
            return f.read().strip()
    except OSError:
        return default


class uname_result(collections.namedtuple(
        "uname_result_base", "system node release version machine "
                             "processor")):
    """(system, node, release, version, machine, processor)."""

    __slots__ = ()

    def __repr__(self):
        return ('uname_result(system={!r}, node={!r}, release={!r}, '
                'version={!r}, machine={!r})'.format(*self[:5]))


_uname_cache = None


def uname():
    """(system, node, release, version, machine, processor)."""
    global _uname_cache
    if _uname_cache is None:
        system = _proc('ostype', 'Linux') if sys.platform == 'linux' \
            else sys.platform
        _uname_cache = uname_result(system, _proc('hostname'),
                                    _proc('osrelease'), _proc('version'),
                                    _proc('arch', 'x86_64'), '')
    return _uname_cache


def system():
    """The OS name ('Linux')."""
    return uname().system


def node():
    """The network name of the machine."""
    return uname().node


def release():
    """The OS release."""
    return uname().release


def version():
    """The OS version."""
    return uname().version


def machine():
    """The machine type ('x86_64')."""
    return uname().machine


def processor():
    """The processor name ('' on Linux)."""
    return uname().processor


def architecture(executable=sys.executable, bits='', linkage=''):
    """(bits, linkage) of the interpreter."""
    return ('64bit', 'ELF')


def python_implementation():
    """'CPython' (Taipan implements CPython's behaviour)."""
    return 'CPython'


def python_version():
    """'major.minor.patch'."""
    return '%d.%d.%d' % sys.version_info[:3]


def python_version_tuple():
    """(major, minor, patch) as strings."""
    return tuple(str(x) for x in sys.version_info[:3])


def python_compiler():
    """The compiler that built the interpreter."""
    return 'rustc'


def python_build():
    """(build number, build date)."""
    return ('main', '')


def python_branch():
    return ''


def python_revision():
    return ''


def libc_ver(executable=None, lib='', version='', chunksize=16384):
    """(library, version) of the C library ('glibc' and its version if
    /usr/lib holds one)."""
    import glob
    for pattern in ('/lib/x86_64-linux-gnu/libc.so.6', '/lib64/libc.so.6',
                    '/usr/lib/*/libc.so.6'):
        for path in glob.glob(pattern):
            return ('glibc', _glibc_version(path) or version)
    return (lib, version)


def _glibc_version(path):
    import re
    try:
        with open(path, 'rb') as f:
            data = f.read()
    except OSError:
        return ''
    versions = re.findall(rb'GLIBC_(\d+)\.(\d+)', data)
    if not versions:
        return ''
    best = max((int(a), int(b)) for a, b in versions)
    return '%d.%d' % best


def platform(aliased=False, terse=False):
    """'System-release-machine-with-libc' text."""
    u = uname()
    if terse:
        return f"{u.system}-{u.release}"
    lib, ver = libc_ver()
    text = f"{u.system}-{u.release}-{u.machine}"
    if lib:
        text += f"-with-{lib}{ver}"
    return text


def win32_ver(release='', version='', csd='', ptype=''):
    return release, version, csd, ptype


def win32_edition():
    return None


def win32_is_iot():
    return False


def mac_ver(release='', versioninfo=('', '', ''), machine=''):
    return release, versioninfo, machine


def android_ver(release="", api_level=0, manufacturer="", model="",
                device="", is_emulator=False):
    AndroidVer = collections.namedtuple(
        "AndroidVer", "release api_level manufacturer model device "
                      "is_emulator")
    return AndroidVer(release, api_level, manufacturer, model, device,
                      is_emulator)


def ios_ver(system="", release="", model="", is_simulator=False):
    IOSVersionInfo = collections.namedtuple(
        "IOSVersionInfo", ["system", "release", "model", "is_simulator"])
    return IOSVersionInfo(system, release, model, is_simulator)


def freedesktop_os_release():
    """The fields of /etc/os-release (or /usr/lib/os-release)."""
    for path in ('/etc/os-release', '/usr/lib/os-release'):
        try:
            with open(path, encoding='utf-8') as f:
                return _parse_os_release(f)
        except OSError as exc:
            error = exc
    raise OSError(error.errno, f"Unable to read files /etc/os-release, "
                               f"/usr/lib/os-release")


def _parse_os_release(lines):
    import shlex
    info = {"NAME": "Linux", "ID": "linux", "PRETTY_NAME": "Linux"}
    for line in lines:
        line = line.strip()
        if not line or line.startswith('#') or '=' not in line:
            continue
        key, _, value = line.partition('=')
        if not key.replace('_', '').isalnum():
            continue
        parts = shlex.split(value)
        info[key] = parts[0] if parts else ''
    return info
