import typing
from typing import (Any, Optional, Union, List, Dict, Tuple, Set, FrozenSet, Type, Callable,
                    Iterable, Iterator, Sequence, Mapping, Literal, Final, ClassVar, Annotated,
                    NoReturn, Never, Self, LiteralString, TypeAlias)

print(Any, Optional[int], Union[int, str], Union[int], Union[int, int, str])
print(List[int], Dict[str, int], List, Dict, Set[int], FrozenSet[str], Type[int])
print(Tuple[int, ...], Tuple[()], Tuple[int, str], Callable[[int, str], bool], Callable[..., int], Callable)
print(Iterable[int], Iterator, Sequence[str], Mapping[str, List[int]])
print(Literal[1, 'a', None], Final[int], ClassVar[int], Annotated[int, 'meta', 2], Final, ClassVar)
print(NoReturn, Never, Self, LiteralString, TypeAlias)
print(Optional[List[int]], Union[int, None, str], Optional[Union[int, str]], List[Optional[int]])
print(Dict[str, Callable[[], None]], List["Forward"], Optional["Forward"])
print(int | None, list[int], dict[str, list[int]] | None, tuple[int, ...], type[str])
print(Union[int, str] == Union[str, int], List[int] == List[int], Literal[1, 2] == Literal[2, 1])
print(type(int | str), typing.Union)
