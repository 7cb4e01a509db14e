# pickle errors: unpicklable objects, local classes, bad data (uncaught last).
import pickle


def outer():
    class Local:
        pass
    return Local


for obj in [outer(), outer()()]:
    try:
        pickle.dumps(obj)
    except (pickle.PicklingError, AttributeError, TypeError) as e:
        print(type(e).__name__, str(e).split(' at ')[0])
for data in [b'\x80\x05N', b'\x80\x02]q\x00h\x05.', b'\x80\x02c__main__\nNope\n.', b'\x80\x09N.']:
    try:
        print(pickle.loads(data))
    except Exception as e:
        print(type(e).__name__, e)
print(pickle.loads(pickle.dumps({'ok': [1, 2, 3]})))
pickle.loads(b'\x80\x04K')
