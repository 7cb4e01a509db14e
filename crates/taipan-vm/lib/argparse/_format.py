"""Help and usage formatting for argparse (HelpFormatter and its variants)."""

import os
import textwrap

SUPPRESS = '==SUPPRESS=='
OPTIONAL = '?'
ZERO_OR_MORE = '*'
ONE_OR_MORE = '+'
PARSER = 'A...'
REMAINDER = '...'


def _collapse(text):
    return ' '.join(text.split())


class HelpFormatter:
    """Lay out usage, descriptions and argument help as CPython does."""

    def __init__(self, prog, indent_increment=2, max_help_position=24,
                 width=None):
        if width is None:
            try:
                width = int(os.environ['COLUMNS'])
            except (KeyError, ValueError):
                width = 80
            width -= 2
        self._prog = prog
        self._indent_increment = indent_increment
        self._max_help_position = min(max_help_position,
                                      max(width - 20, indent_increment * 2))
        self._width = width
        self._current_indent = 0
        self._level = 0
        self._action_max_length = 0
        self._root = []
        self._stack = [(None, self._root)]

    def _indent(self):
        self._current_indent += self._indent_increment
        self._level += 1

    def _dedent(self):
        self._current_indent -= self._indent_increment
        self._level -= 1

    def start_section(self, heading):
        self._indent()
        items = []
        self._stack[-1][1].append(('section', heading, items, self._current_indent))
        self._stack.append((heading, items))

    def end_section(self):
        self._stack.pop()
        self._dedent()

    def add_text(self, text):
        if text is not SUPPRESS and text is not None:
            self._stack[-1][1].append(('text', text, self._current_indent))

    def add_usage(self, usage, actions, groups, prefix=None):
        if usage is not SUPPRESS:
            self._stack[-1][1].append(('usage', (usage, list(actions), groups, prefix)))

    def add_argument(self, action):
        if action.help is not SUPPRESS:
            invocations = [self._format_action_invocation(action)]
            indent = self._current_indent
            for sub in self._iter_indented_subactions(action):
                invocations.append(self._format_action_invocation(sub))
            self._subaction_lengths(action, indent, invocations)
            length = max(len(s) for s in invocations) + self._current_indent
            self._action_max_length = max(self._action_max_length, length)
            self._stack[-1][1].append(('action', action, self._current_indent))

    def _subaction_lengths(self, action, indent, invocations):
        for sub in getattr(action, '_get_subactions', lambda: [])():
            length = len(self._format_action_invocation(sub)) + indent + self._indent_increment
            self._action_max_length = max(self._action_max_length, length)

    def add_arguments(self, actions):
        for action in actions:
            self.add_argument(action)

    def format_help(self):
        help = self._render(self._root)
        while '\n\n\n' in help:
            help = help.replace('\n\n\n', '\n\n')
        help = help.strip('\n')
        if help:
            help += '\n'
        return help

    def _render(self, items):
        parts = []
        for item in items:
            kind = item[0]
            if kind == 'text':
                self._current_indent = item[2]
                parts.append(self._format_text(item[1]))
            elif kind == 'usage':
                parts.append(self._format_usage(*item[1]))
            elif kind == 'action':
                self._current_indent = item[2]
                parts.append(self._format_action(item[1]))
            else:
                heading, sub, indent = item[1], item[2], item[3]
                body = self._render(sub)
                self._current_indent = indent - self._indent_increment
                if body:
                    if heading is not SUPPRESS and heading is not None:
                        head = '%*s%s:\n' % (self._current_indent, '', heading)
                    else:
                        head = ''
                    parts.append('\n' + head + body + '\n')
        return ''.join(parts)

    def _format_usage(self, usage, actions, groups, prefix):
        if prefix is None:
            prefix = 'usage: '
        if usage is not None:
            usage = usage % dict(prog=self._prog)
        elif not actions:
            usage = '%(prog)s' % dict(prog=self._prog)
        else:
            usage = self._build_usage(actions, groups, prefix)
        return '%s%s\n\n' % (prefix, usage)

    def _build_usage(self, actions, groups, prefix):
        prog = '%(prog)s' % dict(prog=self._prog)
        optionals = [a for a in actions if a.option_strings]
        positionals = [a for a in actions if not a.option_strings]
        opt_parts = self._usage_parts(optionals, groups)
        pos_parts = self._usage_parts(positionals, groups)
        usage = ' '.join([s for s in [prog] + opt_parts + pos_parts if s])
        text_width = self._width - self._current_indent
        if len(prefix) + len(usage) <= text_width:
            return usage

        def get_lines(parts, indent, prefix=None):
            lines = []
            line = []
            indent_length = len(indent)
            if prefix is not None:
                line_len = len(prefix) - 1
            else:
                line_len = indent_length - 1
            for part in parts:
                if line_len + 1 + len(part) > text_width and line:
                    lines.append(indent + ' '.join(line))
                    line = []
                    line_len = indent_length - 1
                line.append(part)
                line_len += len(part) + 1
            if line:
                lines.append(indent + ' '.join(line))
            if prefix is not None:
                lines[0] = lines[0][len(indent):]
            return lines

        if len(prefix) + len(prog) <= 0.75 * text_width:
            indent = ' ' * (len(prefix) + len(prog) + 1)
            if opt_parts:
                lines = get_lines([prog] + opt_parts, indent, prefix)
                lines.extend(get_lines(pos_parts, indent))
            elif pos_parts:
                lines = get_lines([prog] + pos_parts, indent, prefix)
            else:
                lines = [prog]
        else:
            indent = ' ' * len(prefix)
            parts = opt_parts + pos_parts
            lines = get_lines(parts, indent)
            if len(lines) > 1:
                lines = []
                lines.extend(get_lines(opt_parts, indent))
                lines.extend(get_lines(pos_parts, indent))
            lines = [prog] + lines
        return '\n'.join(lines)

    def _usage_parts(self, actions, groups):
        """The usage text of `actions`, mutually exclusive groups bracketed."""
        parts = []
        done = set()
        for action in actions:
            if id(action) in done:
                continue
            group = self._group_of(action, groups, actions)
            if group is None:
                part = self._action_usage(action, False)
                if part:
                    parts.append(part)
                continue
            members = [a for a in group._group_actions if a in actions]
            for a in members:
                done.add(id(a))
            inner = [self._action_usage(a, True) for a in members
                     if a.help is not SUPPRESS]
            inner = [p for p in inner if p]
            if not inner:
                continue
            text = ' | '.join(inner)
            if len(inner) == 1 and group.required:
                parts.append(text)
            elif group.required:
                parts.append('(' + text + ')')
            else:
                parts.append('[' + text + ']')
        return parts

    @staticmethod
    def _group_of(action, groups, actions):
        for group in groups:
            if action in group._group_actions:
                members = [a for a in group._group_actions if a in actions]
                if len(members) > 0:
                    return group
        return None

    def _action_usage(self, action, in_group):
        if action.help is SUPPRESS:
            return ''
        if not action.option_strings:
            default = self._get_default_metavar_for_positional(action)
            part = self._format_args(action, default)
            if in_group and part[:1] == '[' and part[-1:] == ']':
                part = part[1:-1]
            return part
        option_string = action.option_strings[0]
        if action.nargs == 0:
            part = action.format_usage()
        else:
            default = self._get_default_metavar_for_optional(action)
            part = '%s %s' % (option_string, self._format_args(action, default))
        if not action.required and not in_group:
            part = '[%s]' % part
        return part

    def _format_text(self, text):
        if '%(prog)' in text:
            text = text % dict(prog=self._prog)
        text_width = max(self._width - self._current_indent, 11)
        indent = ' ' * self._current_indent
        return self._fill_text(text, text_width, indent) + '\n\n'

    def _format_action(self, action):
        help_position = min(self._action_max_length + 2,
                            self._max_help_position)
        help_width = max(self._width - help_position, 11)
        action_width = help_position - self._current_indent - 2
        action_header = self._format_action_invocation(action)
        if not action.help:
            action_header = '%*s%s\n' % (self._current_indent, '', action_header)
            indent_first = 0
        elif len(action_header) <= action_width:
            action_header = '%*s%-*s  ' % (self._current_indent, '', action_width,
                                           action_header)
            indent_first = 0
        else:
            action_header = '%*s%s\n' % (self._current_indent, '', action_header)
            indent_first = help_position
        parts = [action_header]
        if action.help and action.help.strip():
            help_text = self._expand_help(action)
            if help_text:
                help_lines = self._split_lines(help_text, help_width)
                parts.append('%*s%s\n' % (indent_first, '', help_lines[0]))
                for line in help_lines[1:]:
                    parts.append('%*s%s\n' % (help_position, '', line))
        elif not action_header.endswith('\n'):
            parts.append('\n')
        saved = self._current_indent
        for sub in self._iter_indented_subactions(action):
            self._current_indent = saved + self._indent_increment
            parts.append(self._format_action(sub))
        self._current_indent = saved
        return ''.join(p for p in parts if p and p is not SUPPRESS)

    def _format_action_invocation(self, action):
        if not action.option_strings:
            default = self._get_default_metavar_for_positional(action)
            return ' '.join(self._metavar_formatter(action, default)(1))
        if action.nargs == 0:
            return ', '.join(action.option_strings)
        default = self._get_default_metavar_for_optional(action)
        args_string = self._format_args(action, default)
        return ', '.join(action.option_strings) + ' ' + args_string

    def _metavar_formatter(self, action, default_metavar):
        if action.metavar is not None:
            result = action.metavar
        elif action.choices is not None:
            result = '{%s}' % ','.join(map(str, action.choices))
        else:
            result = default_metavar

        def format(tuple_size):
            if isinstance(result, tuple):
                return result
            return (result,) * tuple_size
        return format

    def _format_args(self, action, default_metavar):
        get_metavar = self._metavar_formatter(action, default_metavar)
        nargs = action.nargs
        if nargs is None:
            return '%s' % get_metavar(1)
        if nargs == OPTIONAL:
            return '[%s]' % get_metavar(1)
        if nargs == ZERO_OR_MORE:
            metavar = get_metavar(1)
            if len(metavar) == 2:
                return '[%s [%s ...]]' % metavar
            return '[%s ...]' % metavar
        if nargs == ONE_OR_MORE:
            return '%s [%s ...]' % get_metavar(2)
        if nargs == REMAINDER:
            return '...'
        if nargs == PARSER:
            return '%s ...' % get_metavar(1)
        if nargs == SUPPRESS:
            return ''
        try:
            formats = ['%s' for _ in range(nargs)]
        except TypeError:
            raise ValueError("invalid nargs value") from None
        return ' '.join(formats) % get_metavar(nargs)

    def _expand_help(self, action):
        params = dict(vars(action), prog=self._prog)
        for name in list(params):
            if params[name] is SUPPRESS:
                del params[name]
        for name in list(params):
            if hasattr(params[name], '__name__'):
                params[name] = params[name].__name__
        if params.get('choices') is not None:
            params['choices'] = ', '.join([str(c) for c in params['choices']])
        return self._get_help_string(action) % params

    def _iter_indented_subactions(self, action):
        get_subactions = getattr(action, '_get_subactions', None)
        if get_subactions is None:
            return []
        return get_subactions()

    def _split_lines(self, text, width):
        return textwrap.wrap(_collapse(text), width)

    def _fill_text(self, text, width, indent):
        return textwrap.fill(_collapse(text), width, initial_indent=indent,
                             subsequent_indent=indent)

    def _get_help_string(self, action):
        return action.help

    def _get_default_metavar_for_optional(self, action):
        return action.dest.upper()

    def _get_default_metavar_for_positional(self, action):
        return action.dest


class RawDescriptionHelpFormatter(HelpFormatter):
    """Keep the line breaks of descriptions and epilogs."""

    def _fill_text(self, text, width, indent):
        return ''.join(indent + line for line in text.splitlines(keepends=True))


class RawTextHelpFormatter(RawDescriptionHelpFormatter):
    """Keep the line breaks of all help text."""

    def _split_lines(self, text, width):
        return text.splitlines()


class ArgumentDefaultsHelpFormatter(HelpFormatter):
    """Add '(default: ...)' to each argument's help."""

    def _get_help_string(self, action):
        help = action.help
        if help is None:
            help = ''
        if '%(default)' not in help and action.default is not SUPPRESS:
            if action.option_strings or action.nargs in [OPTIONAL, ZERO_OR_MORE]:
                help += ' (default: %(default)s)'
        return help


class MetavarTypeHelpFormatter(HelpFormatter):
    """Use each argument's type name as its metavar."""

    def _get_default_metavar_for_optional(self, action):
        return action.type.__name__

    def _get_default_metavar_for_positional(self, action):
        return action.type.__name__
