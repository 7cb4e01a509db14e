# subprocess: run with capture, text, input, check, cwd, env, shell;
# check_output, call, check_call, getoutput/getstatusoutput, Popen with
# communicate, uncaptured output order, errors and their messages.
# (Generated with native CPython: the reference build has no processes.)
import os
import subprocess
import sys
import tempfile

r = subprocess.run(['echo', 'hello', 'world'], capture_output=True)
print(r)
print(r.args, r.returncode, r.stdout, r.stderr)
r = subprocess.run(['printf', 'a\\nb\\n'], stdout=subprocess.PIPE, text=True)
print(repr(r.stdout), r.stderr)
r = subprocess.run(['cat'], input='fed through stdin\n', capture_output=True,
                   text=True)
print(repr(r.stdout))
r = subprocess.run(['tr', 'a-z', 'A-Z'], input=b'bytes in', capture_output=True)
print(r.stdout)
r = subprocess.run('echo $((6 * 7)); echo oops >&2; exit 3', shell=True,
                   capture_output=True, text=True)
print(r.returncode, repr(r.stdout), repr(r.stderr))
try:
    r.check_returncode()
except subprocess.CalledProcessError as e:
    print(e)
    print(e.returncode, e.cmd, repr(e.output), repr(e.stdout), repr(e.stderr))
try:
    subprocess.run(['false'], check=True)
except subprocess.CalledProcessError as e:
    print(e)
try:
    subprocess.run(['sh', '-c', 'kill -9 $$'], check=True)
except subprocess.CalledProcessError as e:
    print(e, e.returncode)
print(subprocess.check_output(['echo', 'checked']))
print(subprocess.check_output('echo merged; echo err >&2', shell=True,
                              stderr=subprocess.STDOUT, text=True), end='')
try:
    subprocess.check_output(['sh', '-c', 'echo partial; exit 2'])
except subprocess.CalledProcessError as e:
    print(e, e.output)
print(subprocess.call(['true']), subprocess.call(['false']))
print(subprocess.check_call(['true']))
try:
    subprocess.check_call(['sh', '-c', 'exit 4'])
except subprocess.CalledProcessError as e:
    print(e)
print(subprocess.getoutput('echo  spaced out '))
print(subprocess.getstatusoutput('echo to-stderr >&2; exit 5'))

with tempfile.TemporaryDirectory() as d:
    r = subprocess.run(['pwd'], cwd=d, capture_output=True, text=True)
    print(os.path.realpath(r.stdout.strip()) == os.path.realpath(d))
env = {'ONLY_VAR': 'value', 'PATH': os.environ.get('PATH', '/usr/bin:/bin')}
print(subprocess.run(['sh', '-c', 'echo $ONLY_VAR; echo ${HOME:-no-home}'],
                     env=env, capture_output=True, text=True).stdout, end='')

print('before child', flush=True)
subprocess.run(['echo', 'child output, not captured'])
print('after child')
subprocess.run(['echo', 'discarded'], stdout=subprocess.DEVNULL)

p = subprocess.Popen(['sort'], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                     text=True)
out, err = p.communicate('pear\napple\nfig\n')
print(repr(out), err, p.returncode)
with subprocess.Popen(['echo', 'from popen'], stdout=subprocess.PIPE) as p:
    print(p.stdout.read())
print(p.returncode)
p = subprocess.Popen(['sh', '-c', 'exit 7'])
print(p.wait(), p.poll())

for bad in (['definitely-not-a-command-xyz'], ['/nonexistent/prog']):
    try:
        subprocess.run(bad)
    except FileNotFoundError as e:
        print(type(e).__name__, e.strerror, e.filename)
try:
    subprocess.run(['true'], capture_output=True, stdout=subprocess.PIPE)
except ValueError as e:
    print(e)
try:
    subprocess.run(['cat'], input=b'x', stdin=subprocess.PIPE)
except ValueError as e:
    print(e)
try:
    subprocess.run(['sleep', '5'], timeout=0.2)
except subprocess.TimeoutExpired as e:
    print(type(e).__name__, e.cmd, 0 < e.timeout <= 0.2)
print(subprocess.PIPE, subprocess.STDOUT, subprocess.DEVNULL)
print(issubclass(subprocess.CalledProcessError, subprocess.SubprocessError))
print(subprocess.CompletedProcess(['x'], 0))
