# itemgetter, attrgetter (dotted, several), methodcaller as sort keys and in map.
from operator import itemgetter, attrgetter, methodcaller
rows = [{'name': 'bo', 'age': 31, 'city': 'Oslo'}, {'name': 'al', 'age': 25, 'city': 'Rome'}, {'name': 'cy', 'age': 31, 'city': 'Bern'}]
print([r['name'] for r in sorted(rows, key=itemgetter('age', 'name'))])
print(list(map(itemgetter('city'), rows)), itemgetter('name', 'age')(rows[0]))
print(itemgetter(-1)([1, 2, 3]), itemgetter(slice(0, 2))('hello'), itemgetter(0, 0)('ab'))
class Addr:
    def __init__(self, city): self.city = city
class Person:
    def __init__(self, name, city): self.name = name; self.addr = Addr(city)
people = [Person('z', 'Paris'), Person('a', 'Lima'), Person('m', 'Kyiv')]
print([p.name for p in sorted(people, key=attrgetter('addr.city'))])
print(attrgetter('name', 'addr.city')(people[0]), list(map(attrgetter('name'), people)))
print(list(map(methodcaller('upper'), ['a', 'b'])), methodcaller('split', '-', 1)('a-b-c'), methodcaller('get', 'k', 'd')({}))
print(sorted(['b:2', 'a:3', 'c:1'], key=methodcaller('split', ':')))
print(repr(itemgetter(0)), repr(attrgetter('a', 'b.c')), repr(methodcaller('m', 1, x=[2])))
for bad in [lambda: itemgetter('x')({}), lambda: attrgetter('addr.zip')(people[0]), lambda: methodcaller('nope')(1),
            lambda: itemgetter(3)('ab'), lambda: attrgetter(), lambda: methodcaller(3)]:
    try:
        bad()
    except (KeyError, AttributeError, IndexError, TypeError) as e:
        print(type(e).__name__ + ':', e)
