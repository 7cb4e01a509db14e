from typing import (get_origin, get_args, cast, overload, NewType, no_type_check, final,
                    TYPE_CHECKING, Optional, List, Dict, Callable, Literal, Annotated, Union,
                    get_type_hints, assert_never, Any, Generic, Tuple, ClassVar)

print(get_origin(List[int]), get_args(Dict[str, int]), get_origin(Optional[int]), get_args(Optional[int]))
print(get_origin(Literal[1]), get_args(Callable[[int], str]), get_origin(Annotated[int, 'x']))
print(get_args(Annotated[int, 'x', 'y']), get_origin(int), get_args(int), get_origin(list[int]), get_args(dict[str, int]))
print(get_args(Callable[..., int]), get_origin(Callable[[], int]), get_args(Tuple[int, ...]), get_origin(Generic))
print(get_origin(int | str), get_args(int | str | None))
print(cast(int, '3'), cast("List[int]", [1]), TYPE_CHECKING)

@overload
def g(x: int) -> int: ...
@overload
def g(x: str) -> str: ...
def g(x):
    return x * 2
print(g(3), g("ab"))

UserId = NewType('UserId', int)
print(UserId(5), UserId, UserId.__supertype__, UserId.__name__)

@no_type_check
def h(a: "nonsense"): return a
print(h(1), h.__no_type_check__)

@final
class Leaf: pass
print(Leaf.__final__)

class Config:
    name: str
    retries: int = 3
    parent: Optional["Config"] = None
    tags: List[str]
    limit: ClassVar[int] = 5

print(get_type_hints(Config))
class Sub(Config):
    extra: Dict[str, int]
print(list(get_type_hints(Sub)))
try:
    assert_never(5)
except AssertionError as e:
    print(e)
