# getpass.getuser from the environment variables, in their order.
import getpass
import os

for name in ('LOGNAME', 'USER', 'LNAME', 'USERNAME'):
    os.environ.pop(name, None)
os.environ['USERNAME'] = 'last-choice'
print(getpass.getuser())
os.environ['LNAME'] = 'third'
print(getpass.getuser())
os.environ['USER'] = 'second'
print(getpass.getuser())
os.environ['LOGNAME'] = 'first'
print(getpass.getuser())
os.environ['LOGNAME'] = ''
print(getpass.getuser())
print(issubclass(getpass.GetPassWarning, UserWarning))
