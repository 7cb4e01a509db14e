"""ast.dump and ast.literal_eval (split from ast.py)."""

import ast
from ast import AST, Constant, MatchSingleton


def dump(node, annotate_fields=True, include_attributes=False, *,
         indent=None, show_empty=False):
    """The text of a tree: Name(field=value, ...), on one line or indented
    (indent spaces or a string per level)."""
    if not isinstance(node, AST):
        raise TypeError(f'expected AST, got {node.__class__.__name__!r}')
    if indent is not None and not isinstance(indent, str):
        indent = ' ' * indent
    return _Dumper(annotate_fields, include_attributes, indent,
                   show_empty).format(node, 0)[0]


class _Dumper:
    def __init__(self, annotate_fields, include_attributes, indent,
                 show_empty):
        self.annotate = annotate_fields
        self.attributes = include_attributes
        self.indent = indent
        self.show_empty = show_empty

    def format(self, node, level):
        """(text, simple): simple values may share a line."""
        if self.indent is not None:
            level += 1
            prefix = '\n' + self.indent * level
            sep = ',\n' + self.indent * level
        else:
            prefix, sep = '', ', '
        if isinstance(node, AST):
            args, simple = self.node_args(node, level)
            name = node.__class__.__name__
            if simple and len(args) <= 3:
                return f"{name}({', '.join(args)})", not args
            return f"{name}({prefix}{sep.join(args)})", False
        if isinstance(node, list):
            if not node:
                return '[]', True
            items = sep.join(self.format(x, level)[0] for x in node)
            return f'[{prefix}{items}]', False
        return repr(node), True

    def node_args(self, node, level):
        cls = type(node)
        args, pending = [], []
        simple = True
        keywords = self.annotate
        for name in node._fields:
            try:
                value = getattr(node, name)
            except AttributeError:
                keywords = True
                continue
            if value is None and getattr(cls, name, ...) is None:
                keywords = True
                continue
            if not self.show_empty:
                if value == [] and cls._field_kinds.get(name) == '*':
                    if not keywords:
                        pending.append(repr(value))
                    continue
                if not keywords:
                    args.extend(pending)
                    pending = []
            text, is_simple = self.format(value, level)
            simple = simple and is_simple
            args.append(f'{name}={text}' if keywords else text)
        if self.attributes and node._attributes:
            for name in node._attributes:
                try:
                    value = getattr(node, name)
                except AttributeError:
                    continue
                if value is None and getattr(cls, name, ...) is None:
                    continue
                text, is_simple = self.format(value, level)
                simple = simple and is_simple
                args.append(f'{name}={text}')
        return args, simple


def literal_eval(node_or_string):
    """The value of a literal: str, bytes, numbers, tuple, list, dict, set,
    bool, None, Ellipsis (and + or - between numbers)."""
    if isinstance(node_or_string, str):
        node_or_string = ast.parse(node_or_string.lstrip(' \t'),
                                   mode='eval')
    if isinstance(node_or_string, ast.Expression):
        node_or_string = node_or_string.body
    return _convert(node_or_string)


def _raise_malformed(node):
    msg = "malformed node or string"
    lno = getattr(node, 'lineno', None)
    if lno:
        msg += f' on line {lno}'
    raise ValueError(msg + f': {node!r}')


def _convert_number(node):
    if not isinstance(node, Constant) or \
            type(node.value) not in (int, float, complex):
        _raise_malformed(node)
    return node.value


def _convert_signed_num(node):
    if isinstance(node, ast.UnaryOp) and \
            isinstance(node.op, (ast.UAdd, ast.USub)):
        operand = _convert_number(node.operand)
        return +operand if isinstance(node.op, ast.UAdd) else -operand
    return _convert_number(node)


def _convert(node):
    if isinstance(node, Constant):
        return node.value
    if isinstance(node, ast.Tuple):
        return tuple(map(_convert, node.elts))
    if isinstance(node, ast.List):
        return list(map(_convert, node.elts))
    if isinstance(node, ast.Set):
        return set(map(_convert, node.elts))
    if (isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and
            node.func.id == 'set' and node.args == node.keywords == []):
        return set()
    if isinstance(node, ast.Dict):
        if len(node.keys) != len(node.values):
            _raise_malformed(node)
        return dict(zip(map(_convert, node.keys),
                        map(_convert, node.values)))
    if isinstance(node, ast.BinOp) and \
            isinstance(node.op, (ast.Add, ast.Sub)):
        left = _convert_signed_num(node.left)
        right = _convert_number(node.right)
        if isinstance(left, (int, float)) and isinstance(right, complex):
            return left + right if isinstance(node.op, ast.Add) \
                else left - right
    return _convert_signed_num(node)
