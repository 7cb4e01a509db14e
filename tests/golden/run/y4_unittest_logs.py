# unittest: assertLogs / assertNoLogs capture records and their
# "LEVEL:name:message" output; failure messages.
import logging
import unittest


class T(unittest.TestCase):
    def runTest(self):
        pass


t = T()
with t.assertLogs() as cm:
    logging.getLogger('app').info('first %d', 1)
    logging.getLogger('app.db').warning('second')
print(cm.output)
print([r.getMessage() for r in cm.records])

with t.assertLogs('app', level='WARNING') as cm:
    logging.getLogger('app').info('ignored')
    logging.getLogger('app').error('kept')
print(cm.output)

with t.assertNoLogs('quiet', level='ERROR'):
    logging.getLogger('quiet').warning('below the level')

for label, block in [
    ('nothing logged', lambda: t.assertLogs('silent')),
    ('too low', lambda: t.assertLogs('app', level=logging.ERROR)),
    ('unexpected', lambda: t.assertNoLogs('app')),
]:
    try:
        with block():
            logging.getLogger('app').warning('a warning')
    except AssertionError as e:
        print(label, '->', e)
    else:
        print(label, '-> passed')
