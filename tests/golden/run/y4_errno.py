# errno: names, errorcode, and OSError subclasses chosen by errno.
import errno
import os

names = ['ENOENT', 'EACCES', 'EEXIST', 'EISDIR', 'ENOTDIR', 'EINTR',
         'EAGAIN', 'EWOULDBLOCK', 'EPIPE', 'ECONNREFUSED', 'ETIMEDOUT',
         'EINVAL', 'ENOTEMPTY', 'ENOSPC', 'EPERM', 'ESRCH', 'ECHILD']
for name in names:
    value = getattr(errno, name)
    print(name, isinstance(value, int), errno.errorcode[value] in names)
print(errno.EAGAIN == errno.EWOULDBLOCK)
print(len([n for n in dir(errno) if n.startswith('E')]) > 100)
for name, cls in [('ENOENT', FileNotFoundError), ('EEXIST', FileExistsError),
                  ('EACCES', PermissionError), ('EISDIR', IsADirectoryError),
                  ('ENOTDIR', NotADirectoryError), ('EPIPE', BrokenPipeError),
                  ('ECHILD', ChildProcessError), ('ESRCH', ProcessLookupError),
                  ('ETIMEDOUT', TimeoutError), ('EINTR', InterruptedError),
                  ('ECONNREFUSED', ConnectionRefusedError)]:
    e = OSError(getattr(errno, name), 'message')
    print(name, type(e).__name__, type(e) is cls, e.errno == getattr(errno, name))
try:
    os.stat('/definitely/not/here')
except FileNotFoundError as e:
    print(e.errno == errno.ENOENT, errno.errorcode[e.errno])
try:
    os.mkdir('/')
except OSError as e:
    print(errno.errorcode[e.errno])
