# stat: file-type tests, permission bits and filemode text.
import os
import stat
import tempfile

modes = [0o100644, 0o040755, 0o120777, 0o020620, 0o060660, 0o010644,
         0o140755, 0o104755, 0o102755, 0o041777, 0o100000, 0o644, 0]
for mode in modes:
    kinds = [name for name in ('S_ISDIR', 'S_ISREG', 'S_ISLNK', 'S_ISCHR',
                               'S_ISBLK', 'S_ISFIFO', 'S_ISSOCK')
             if getattr(stat, name)(mode)]
    print(oct(mode), stat.filemode(mode), kinds, oct(stat.S_IMODE(mode)),
          oct(stat.S_IFMT(mode)))
print(stat.S_IRWXU, stat.S_IRUSR | stat.S_IWUSR, stat.S_IXOTH, stat.S_ISVTX)
print(stat.ST_MODE, stat.ST_SIZE, stat.ST_MTIME)
print(stat.S_ISDOOR(0), stat.S_ISPORT(0), stat.S_ISWHT(0))
with tempfile.TemporaryDirectory() as d:
    path = os.path.join(d, 'f.txt')
    with open(path, 'w') as f:
        f.write('x')
    os.chmod(path, 0o640)
    st = os.stat(path)
    print(stat.S_ISREG(st.st_mode), stat.filemode(st.st_mode),
          oct(stat.S_IMODE(st.st_mode)))
    st = os.stat(d)
    print(stat.S_ISDIR(st.st_mode), stat.filemode(st.st_mode)[0])
    print(st[stat.ST_MODE] == st.st_mode)
