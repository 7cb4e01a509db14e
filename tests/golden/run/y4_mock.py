# unittest.mock: Mock calls and assertions (CPython's messages),
# return_value, side_effect, call objects, child mocks, MagicMock magic
# methods, patch / patch.object / patch.dict, sentinel, ANY.
import os
import unittest
from unittest import mock
from unittest.mock import Mock, MagicMock, call, patch, sentinel, ANY


def attempt(label, func, *args, **kw):
    try:
        func(*args, **kw)
    except AssertionError as e:
        print(f'{label}: {e}')
    else:
        print(f'{label}: passed')


m = Mock()
print(m.called, m.call_count, m.call_args)
r = m(1, 2, key='v')
print(r is m.return_value, m.called, m.call_count)
print(m.call_args, m.call_args.args, m.call_args.kwargs)
m(3)
print(m.call_args_list, m.mock_calls)
print(m.call_args == call(3), m.call_args == ((3,), {}), m.call_args_list == [call(1, 2, key='v'), call(3)])
attempt('called_with ok', m.assert_called_with, 3)
attempt('called_with bad', m.assert_called_with, 4, x=1)
attempt('called_once', m.assert_called_once)
attempt('called_once_with', m.assert_called_once_with, 3)
attempt('not_called', m.assert_not_called)
attempt('any_call', m.assert_any_call, 1, 2, key='v')
attempt('any_call bad', m.assert_any_call, 9)
attempt('has_calls', m.assert_has_calls, [call(1, 2, key='v'), call(3)])
attempt('has_calls bad', m.assert_has_calls, [call(3), call(1)])
attempt('has_calls any_order', m.assert_has_calls, [call(3), call(7)], any_order=True)
fresh = Mock()
attempt('fresh called', fresh.assert_called)
attempt('fresh called_with', fresh.assert_called_with, 1)
named = Mock(name='fetch')
attempt('named', named.assert_called_once)
m.reset_mock()
print(m.call_count, m.call_args_list)

m = Mock(return_value=42)
print(m(), m('x'))
m = Mock(side_effect=[1, 2, ValueError('third')])
print(m(), m())
try:
    m()
except ValueError as e:
    print('raised', e)
m = Mock(side_effect=KeyError('k'))
try:
    m()
except KeyError as e:
    print('raised', repr(e))
m = Mock(side_effect=lambda x: x * 10)
print(m(4))
m = Mock(side_effect=lambda: mock.DEFAULT, return_value='fallback')
print(m())

parent = Mock()
parent.child.method(1)
parent.other(2)
parent.child.method.assert_called_once_with(1)
print(parent.mock_calls)
print(parent.method_calls)
print(parent.child.method.call_args_list)
attempt('child named', parent.child.method.assert_called_with, 5)
print(call.foo(1), call(1).bar, call.a.b(x=1))
cfg = Mock(**{'method.return_value': 3, 'attr': 'set'})
print(cfg.method(), cfg.attr)
spec = Mock(spec=['only'])
print(spec.only is spec.only)
try:
    spec.other
except AttributeError as e:
    print('AttributeError', e)
try:
    Mock().assert_caled()
except AttributeError as e:
    print('AttributeError', e)

mm = MagicMock()
print(len(mm), list(mm), 3 in mm, bool(mm), int(mm), float(mm))
mm.__len__.return_value = 5
mm.__getitem__.return_value = 'item'
mm.__iter__.return_value = iter([1, 2])
print(len(mm), mm[0], list(mm))
mm.__getitem__.assert_called_once_with(0)
with mm as entered:
    print(entered is mm)
print(mm.__enter__.called, mm.__exit__.called)
print(mm == mm, mm != mm)

print(sentinel.token is sentinel.token, sentinel.token, ANY == 5, [1, ANY] == [1, 'x'])
m = Mock()
m(1, 'anything')
m.assert_called_with(1, ANY)
print('ANY matched')


class Service:
    def fetch(self):
        return 'real'


def use():
    return Service().fetch()


with patch.object(Service, 'fetch', return_value='patched') as fake:
    print(use(), fake.call_count)
print(use())
with patch('os.getcwd') as fake_cwd:
    fake_cwd.return_value = '/patched'
    print(os.getcwd())
print(os.getcwd() != '/patched')


@patch('os.path.exists', return_value=True)
def decorated(exists):
    return os.path.exists('/nope'), exists.call_args


print(decorated())
env = {'A': '1'}
with patch.dict(env, {'B': '2'}):
    print(sorted(env.items()))
print(sorted(env.items()))
with patch.dict(env, clear=True):
    print(env)
print(env)
p = patch.object(Service, 'fetch', new=lambda self: 'started')
p.start()
print(use())
p.stop()
print(use())
try:
    with patch.object(Service, 'missing', 1):
        pass
except AttributeError as e:
    print('AttributeError', str(e).split(' does not')[1])
with patch.object(Service, 'missing', 1, create=True):
    print(Service.missing)
print(hasattr(Service, 'missing'))


class UsesMock(unittest.TestCase):
    @patch('os.listdir', return_value=['a'])
    def test_listdir(self, fake):
        self.assertEqual(os.listdir('.'), ['a'])
        fake.assert_called_once_with('.')


r = unittest.TestResult()
unittest.defaultTestLoader.loadTestsFromTestCase(UsesMock).run(r)
print(r.testsRun, r.wasSuccessful())
