"""ast: abstract syntax trees of Python source (Taipan's own module).

parse() runs Taipan's parser (the native _ast.parse_dump), which returns
the tree as the text of CPython's ast.dump(..., include_attributes=True,
show_empty=True); that text is evaluated with this module's node classes
to build the tree. The node classes come from one table restating
CPython 3.14's Parser/Python.asdl: name, base, fields (`*` a list, `?`
optional) and attributes.
"""

import sys
import _ast

PyCF_ONLY_AST = 1024
PyCF_TYPE_COMMENTS = 4096
PyCF_ALLOW_TOP_LEVEL_AWAIT = 8192
PyCF_OPTIMIZED_AST = 33792

_NODES = """
mod|AST||
Module|mod|body* type_ignores*|
Interactive|mod|body*|
Expression|mod|body|
FunctionType|mod|argtypes* returns|
stmt|AST||lineno col_offset end_lineno end_col_offset
FunctionDef|stmt|name args body* decorator_list* returns? type_comment? type_params*|lineno col_offset end_lineno end_col_offset
AsyncFunctionDef|stmt|name args body* decorator_list* returns? type_comment? type_params*|lineno col_offset end_lineno end_col_offset
ClassDef|stmt|name bases* keywords* body* decorator_list* type_params*|lineno col_offset end_lineno end_col_offset
Return|stmt|value?|lineno col_offset end_lineno end_col_offset
Delete|stmt|targets*|lineno col_offset end_lineno end_col_offset
Assign|stmt|targets* value type_comment?|lineno col_offset end_lineno end_col_offset
TypeAlias|stmt|name type_params* value|lineno col_offset end_lineno end_col_offset
AugAssign|stmt|target op value|lineno col_offset end_lineno end_col_offset
AnnAssign|stmt|target annotation value? simple|lineno col_offset end_lineno end_col_offset
For|stmt|target iter body* orelse* type_comment?|lineno col_offset end_lineno end_col_offset
AsyncFor|stmt|target iter body* orelse* type_comment?|lineno col_offset end_lineno end_col_offset
While|stmt|test body* orelse*|lineno col_offset end_lineno end_col_offset
If|stmt|test body* orelse*|lineno col_offset end_lineno end_col_offset
With|stmt|items* body* type_comment?|lineno col_offset end_lineno end_col_offset
AsyncWith|stmt|items* body* type_comment?|lineno col_offset end_lineno end_col_offset
Match|stmt|subject cases*|lineno col_offset end_lineno end_col_offset
Raise|stmt|exc? cause?|lineno col_offset end_lineno end_col_offset
Try|stmt|body* handlers* orelse* finalbody*|lineno col_offset end_lineno end_col_offset
TryStar|stmt|body* handlers* orelse* finalbody*|lineno col_offset end_lineno end_col_offset
Assert|stmt|test msg?|lineno col_offset end_lineno end_col_offset
Import|stmt|names*|lineno col_offset end_lineno end_col_offset
ImportFrom|stmt|module? names* level?|lineno col_offset end_lineno end_col_offset
Global|stmt|names*|lineno col_offset end_lineno end_col_offset
Nonlocal|stmt|names*|lineno col_offset end_lineno end_col_offset
Expr|stmt|value|lineno col_offset end_lineno end_col_offset
Pass|stmt||lineno col_offset end_lineno end_col_offset
Break|stmt||lineno col_offset end_lineno end_col_offset
Continue|stmt||lineno col_offset end_lineno end_col_offset
expr|AST||lineno col_offset end_lineno end_col_offset
BoolOp|expr|op values*|lineno col_offset end_lineno end_col_offset
NamedExpr|expr|target value|lineno col_offset end_lineno end_col_offset
BinOp|expr|left op right|lineno col_offset end_lineno end_col_offset
UnaryOp|expr|op operand|lineno col_offset end_lineno end_col_offset
Lambda|expr|args body|lineno col_offset end_lineno end_col_offset
IfExp|expr|test body orelse|lineno col_offset end_lineno end_col_offset
Dict|expr|keys* values*|lineno col_offset end_lineno end_col_offset
Set|expr|elts*|lineno col_offset end_lineno end_col_offset
ListComp|expr|elt generators*|lineno col_offset end_lineno end_col_offset
SetComp|expr|elt generators*|lineno col_offset end_lineno end_col_offset
DictComp|expr|key value generators*|lineno col_offset end_lineno end_col_offset
GeneratorExp|expr|elt generators*|lineno col_offset end_lineno end_col_offset
Await|expr|value|lineno col_offset end_lineno end_col_offset
Yield|expr|value?|lineno col_offset end_lineno end_col_offset
YieldFrom|expr|value|lineno col_offset end_lineno end_col_offset
Compare|expr|left ops* comparators*|lineno col_offset end_lineno end_col_offset
Call|expr|func args* keywords*|lineno col_offset end_lineno end_col_offset
FormattedValue|expr|value conversion format_spec?|lineno col_offset end_lineno end_col_offset
Interpolation|expr|value str conversion format_spec?|lineno col_offset end_lineno end_col_offset
JoinedStr|expr|values*|lineno col_offset end_lineno end_col_offset
TemplateStr|expr|values*|lineno col_offset end_lineno end_col_offset
Constant|expr|value kind?|lineno col_offset end_lineno end_col_offset
Attribute|expr|value attr ctx|lineno col_offset end_lineno end_col_offset
Subscript|expr|value slice ctx|lineno col_offset end_lineno end_col_offset
Starred|expr|value ctx|lineno col_offset end_lineno end_col_offset
Name|expr|id ctx|lineno col_offset end_lineno end_col_offset
List|expr|elts* ctx|lineno col_offset end_lineno end_col_offset
Tuple|expr|elts* ctx|lineno col_offset end_lineno end_col_offset
Slice|expr|lower? upper? step?|lineno col_offset end_lineno end_col_offset
expr_context|AST||
Load|expr_context||
Store|expr_context||
Del|expr_context||
boolop|AST||
And|boolop||
Or|boolop||
operator|AST||
Add|operator||
Sub|operator||
Mult|operator||
MatMult|operator||
Div|operator||
Mod|operator||
Pow|operator||
LShift|operator||
RShift|operator||
BitOr|operator||
BitXor|operator||
BitAnd|operator||
FloorDiv|operator||
unaryop|AST||
Invert|unaryop||
Not|unaryop||
UAdd|unaryop||
USub|unaryop||
cmpop|AST||
Eq|cmpop||
NotEq|cmpop||
Lt|cmpop||
LtE|cmpop||
Gt|cmpop||
GtE|cmpop||
Is|cmpop||
IsNot|cmpop||
In|cmpop||
NotIn|cmpop||
comprehension|AST|target iter ifs* is_async|
excepthandler|AST||lineno col_offset end_lineno end_col_offset
ExceptHandler|excepthandler|type? name? body*|lineno col_offset end_lineno end_col_offset
arguments|AST|posonlyargs* args* vararg? kwonlyargs* kw_defaults* kwarg? defaults*|
arg|AST|arg annotation? type_comment?|lineno col_offset end_lineno end_col_offset
keyword|AST|arg? value|lineno col_offset end_lineno end_col_offset
alias|AST|name asname?|lineno col_offset end_lineno end_col_offset
withitem|AST|context_expr optional_vars?|
match_case|AST|pattern guard? body*|
pattern|AST||lineno col_offset end_lineno end_col_offset
MatchValue|pattern|value|lineno col_offset end_lineno end_col_offset
MatchSingleton|pattern|value|lineno col_offset end_lineno end_col_offset
MatchSequence|pattern|patterns*|lineno col_offset end_lineno end_col_offset
MatchMapping|pattern|keys* patterns* rest?|lineno col_offset end_lineno end_col_offset
MatchClass|pattern|cls patterns* kwd_attrs* kwd_patterns*|lineno col_offset end_lineno end_col_offset
MatchStar|pattern|name?|lineno col_offset end_lineno end_col_offset
MatchAs|pattern|pattern? name?|lineno col_offset end_lineno end_col_offset
MatchOr|pattern|patterns*|lineno col_offset end_lineno end_col_offset
type_ignore|AST||
TypeIgnore|type_ignore|lineno tag|
type_param|AST||lineno col_offset end_lineno end_col_offset
TypeVar|type_param|name bound? default_value?|lineno col_offset end_lineno end_col_offset
ParamSpec|type_param|name default_value?|lineno col_offset end_lineno end_col_offset
TypeVarTuple|type_param|name default_value?|lineno col_offset end_lineno end_col_offset
"""

_REPR_MAX_DEPTH = 3


class AST:
    """The base class of every node."""

    _fields = ()
    _attributes = ()
    _field_kinds = {}

    def __init__(self, *args, **kwargs):
        cls = type(self)
        if len(args) > len(cls._fields):
            raise TypeError(f"{cls.__name__} constructor takes at most "
                            f"{len(cls._fields)} positional argument"
                            f"{'' if len(cls._fields) == 1 else 's'}")
        for name, value in zip(cls._fields, args):
            setattr(self, name, value)
        for name, value in kwargs.items():
            setattr(self, name, value)
        for name in cls._fields:
            if name not in self.__dict__:
                kind = cls._field_kinds.get(name)
                if kind == '*':
                    setattr(self, name, [])
                elif kind == '?':
                    setattr(self, name, None)

    def __reduce__(self):
        return type(self), (), self.__dict__

    def __replace__(self, **kwargs):
        fields = {name: getattr(self, name) for name in
                  self._fields + self._attributes if hasattr(self, name)}
        fields.update(kwargs)
        return type(self)(**fields)

    def __repr__(self):
        return _node_repr(self, 0)


def _value_repr(value, depth):
    if isinstance(value, AST):
        return _node_repr(value, depth)
    if isinstance(value, list):
        if len(value) > 2:
            items = [value[0], '...', value[-1]]
            return '[' + ', '.join(
                x if x == '...' and i == 1 else _value_repr(x, depth)
                for i, x in enumerate(items)) + ']'
        return '[' + ', '.join(_value_repr(x, depth) for x in value) + ']'
    return repr(value)


def _node_repr(node, depth):
    name = type(node).__name__
    if depth >= _REPR_MAX_DEPTH:
        return f'{name}(...)'
    parts = [f'{f}={_value_repr(getattr(node, f), depth + 1)}'
             for f in node._fields if hasattr(node, f)]
    return f"{name}({', '.join(parts)})"


def _make_nodes():
    namespace = {'AST': AST}
    for line in _NODES.strip().splitlines():
        name, base, fields, attributes = line.split('|')
        kinds = {}
        names = []
        for field in fields.split():
            kind = field[-1] if field[-1] in '*?' else ''
            field = field.rstrip('*?')
            names.append(field)
            kinds[field] = kind
        body = {
            '_fields': tuple(names),
            '_attributes': tuple(attributes.split()),
            '_field_kinds': kinds,
            '__match_args__': tuple(names),
            '__module__': 'ast',
        }
        # Optional fields and end positions default to None on the class
        # (dump leaves out a None that equals the class default).
        body.update({f: None for f in names if kinds[f] == '?'})
        if 'end_lineno' in body['_attributes']:
            body.update(end_lineno=None, end_col_offset=None)
        cls = type(name, (namespace[base],), body)
        namespace[name] = cls
    return namespace


_namespace = _make_nodes()
globals().update(_namespace)
_eval_namespace = dict(_namespace, inf=float('inf'), nan=float('nan'),
                       infj=complex(0, float('inf')))


def parse(source, filename='<unknown>', mode='exec', *,
          type_comments=False, feature_version=None, optimize=-1):
    """The tree of source (str or bytes), as compile(..., PyCF_ONLY_AST)."""
    if isinstance(source, (bytes, bytearray)):
        source = _decode(bytes(source))
    elif isinstance(source, AST):
        return source
    elif not isinstance(source, str):
        raise TypeError('compile() arg 1 must be a string, bytes or AST '
                        'object')
    filename = str(filename) if not isinstance(filename, bytes) \
        else filename.decode()
    text = _ast.parse_dump(source, filename, mode, bool(type_comments))
    return eval(text, {'__builtins__': {}}, _eval_namespace)


def _decode(data):
    import re
    if data.startswith(b'\xef\xbb\xbf'):
        return data[3:].decode('utf-8')
    for line in data.split(b'\n')[:2]:
        m = re.match(rb'^[ \t\f]*#.*?coding[:=][ \t]*([-\w.]+)', line)
        if m:
            return data.decode(m.group(1).decode('ascii'))
    return data.decode('utf-8')


def iter_fields(node):
    """(name, value) for each field of node that is set."""
    for field in node._fields:
        try:
            yield field, getattr(node, field)
        except AttributeError:
            pass


def iter_child_nodes(node):
    """The direct child nodes of node."""
    for name, field in iter_fields(node):
        if isinstance(field, AST):
            yield field
        elif isinstance(field, list):
            for item in field:
                if isinstance(item, AST):
                    yield item


def walk(node):
    """Every node of the tree, breadth first (node first)."""
    from collections import deque
    todo = deque([node])
    while todo:
        node = todo.popleft()
        todo.extend(iter_child_nodes(node))
        yield node


def copy_location(new_node, old_node):
    """Copy the position attributes of old_node to new_node."""
    for attr in 'lineno', 'col_offset', 'end_lineno', 'end_col_offset':
        if attr in old_node._attributes and attr in new_node._attributes:
            value = getattr(old_node, attr, None)
            if value is not None or (
                    hasattr(old_node, attr) and attr.startswith("end_")):
                setattr(new_node, attr, value)
    return new_node


def fix_missing_locations(node):
    """Give every node without a position its parent's."""
    def fix(node, lineno, col_offset, end_lineno, end_col_offset):
        if 'lineno' in node._attributes:
            if not hasattr(node, 'lineno'):
                node.lineno = lineno
            else:
                lineno = node.lineno
        if 'end_lineno' in node._attributes:
            if getattr(node, 'end_lineno', None) is None:
                node.end_lineno = end_lineno
            else:
                end_lineno = node.end_lineno
        if 'col_offset' in node._attributes:
            if not hasattr(node, 'col_offset'):
                node.col_offset = col_offset
            else:
                col_offset = node.col_offset
        if 'end_col_offset' in node._attributes:
            if getattr(node, 'end_col_offset', None) is None:
                node.end_col_offset = end_col_offset
            else:
                end_col_offset = node.end_col_offset
        for child in iter_child_nodes(node):
            fix(child, lineno, col_offset, end_lineno, end_col_offset)
    fix(node, 1, 0, 1, 0)
    return node


def increment_lineno(node, n=1):
    """Add n to the line numbers of every node of the tree."""
    for child in walk(node):
        if isinstance(child, TypeIgnore):
            child.lineno = getattr(child, 'lineno', 0) + n
            continue
        if 'lineno' in child._attributes:
            child.lineno = getattr(child, 'lineno', 0) + n
        if 'end_lineno' in child._attributes and \
                getattr(child, 'end_lineno', 0) is not None:
            child.end_lineno = getattr(child, 'end_lineno', 0) + n
    return node


def get_docstring(node, clean=True):
    """The docstring of a function, class or module node, or None."""
    if not isinstance(node, (AsyncFunctionDef, FunctionDef, ClassDef,
                             Module)):
        raise TypeError(f"{node.__class__.__name__!r} can't have docstrings")
    if not (node.body and isinstance(node.body[0], Expr)):
        return None
    node = node.body[0].value
    if isinstance(node, Constant) and isinstance(node.value, str):
        text = node.value
    else:
        return None
    if clean:
        import inspect
        text = inspect.cleandoc(text)
    return text


def get_source_segment(source, node, *, padded=False):
    """The text of source that node spans, or None."""
    try:
        if node.end_lineno is None or node.end_col_offset is None:
            return None
        lineno = node.lineno - 1
        end_lineno = node.end_lineno - 1
        col_offset = node.col_offset
        end_col_offset = node.end_col_offset
    except AttributeError:
        return None
    lines = _splitlines_no_ff(source, end_lineno + 1)
    if end_lineno == lineno:
        return lines[lineno].encode()[col_offset:end_col_offset].decode()
    padding = ''
    if padded:
        padding = ''.join(c if c.isspace() else ' '
                          for c in lines[lineno].encode()[:col_offset]
                          .decode())
    first = padding + lines[lineno].encode()[col_offset:].decode()
    last = lines[end_lineno].encode()[:end_col_offset].decode()
    lines = lines[lineno + 1:end_lineno]
    lines.insert(0, first)
    lines.append(last)
    return ''.join(lines)


def _splitlines_no_ff(source, maxlines=None):
    lines = []
    current = ''
    i = 0
    while i < len(source):
        c = source[i]
        current += c
        if c == '\r' and i + 1 < len(source) and source[i + 1] == '\n':
            current += '\n'
            i += 1
        if c in '\r\n':
            lines.append(current)
            current = ''
            if maxlines is not None and len(lines) >= maxlines:
                return lines
        i += 1
    if current:
        lines.append(current)
    return lines


class NodeVisitor:
    """Calls visit_<ClassName> for each node (generic_visit otherwise)."""

    def visit(self, node):
        """Visit a node."""
        method = 'visit_' + node.__class__.__name__
        visitor = getattr(self, method, self.generic_visit)
        return visitor(node)

    def generic_visit(self, node):
        """Visit the children of node."""
        for field, value in iter_fields(node):
            if isinstance(value, list):
                for item in value:
                    if isinstance(item, AST):
                        self.visit(item)
            elif isinstance(value, AST):
                self.visit(value)


class NodeTransformer(NodeVisitor):
    """A NodeVisitor whose visit_* results replace the visited nodes
    (None removes a node, a list splices several)."""

    def generic_visit(self, node):
        for field, old_value in iter_fields(node):
            if isinstance(old_value, list):
                new_values = []
                for value in old_value:
                    if isinstance(value, AST):
                        value = self.visit(value)
                        if value is None:
                            continue
                        elif not isinstance(value, AST):
                            new_values.extend(value)
                            continue
                    new_values.append(value)
                old_value[:] = new_values
            elif isinstance(old_value, AST):
                new_node = self.visit(old_value)
                if new_node is None:
                    delattr(node, field)
                else:
                    setattr(node, field, new_node)
        return node


from _taipan_ast_tools import dump, literal_eval  # noqa: E402


def _compile_only_ast(source, filename, mode, flags):
    """compile(source, filename, mode, flags | PyCF_ONLY_AST)."""
    return parse(source, filename, mode,
                 type_comments=bool(flags & PyCF_TYPE_COMMENTS))
