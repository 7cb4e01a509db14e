from typing import TypedDict, NotRequired, Required, is_typeddict

class Movie(TypedDict):
    title: str
    year: int

m = Movie(title="Blade Runner", year=1982)
print(m, type(m) is dict or type(m).__name__, m["title"], sorted(Movie.__required_keys__), Movie.__optional_keys__)
print(Movie.__annotations__, Movie.__total__, is_typeddict(Movie), is_typeddict(dict))

class Partial(TypedDict, total=False):
    a: int
    b: Required[str]
print(sorted(Partial.__required_keys__), sorted(Partial.__optional_keys__), Partial.__total__)

class Extended(Movie):
    rating: NotRequired[float]
print(sorted(Extended.__required_keys__), sorted(Extended.__optional_keys__))
print(Extended(title="x", year=1, rating=2.0))
try:
    isinstance({}, Movie)
except TypeError as e:
    print(e)
Point = TypedDict('Point', {'x': int, 'y': int})
print(Point(x=1, y=2), sorted(Point.__required_keys__))
