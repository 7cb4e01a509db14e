"""argparse's ArgumentParser: parsing and the help/usage/error output."""

import os as _os
import re as _re
import sys as _sys

from argparse import (_ActionsContainer, _nargs_pattern, _NEGATIVE_NUMBER,
                      _UNRECOGNIZED_ARGS_ATTR)
from argparse._format import (SUPPRESS, OPTIONAL, ZERO_OR_MORE, ONE_OR_MORE,
                              PARSER, REMAINDER, HelpFormatter)
from argparse._actions import (ArgumentError, ArgumentTypeError, Namespace,
                               _AttributeHolder, _get_action_name,
                               _SubParsersAction)


class ArgumentParser(_AttributeHolder, _ActionsContainer):
    """Parse command-line arguments into a Namespace."""

    def __init__(self, prog=None, usage=None, description=None, epilog=None,
                 parents=[], formatter_class=HelpFormatter, prefix_chars='-',
                 fromfile_prefix_chars=None, argument_default=None,
                 conflict_handler='error', add_help=True, allow_abbrev=True,
                 exit_on_error=True, *, suggest_on_error=False, color=True):
        super().__init__(description=description, prefix_chars=prefix_chars,
                         argument_default=argument_default,
                         conflict_handler=conflict_handler)
        if prog is None:
            prog = _os.path.basename(_sys.argv[0]) if _sys.argv else ''
        self.prog = prog
        self.usage = usage
        self.epilog = epilog
        self.formatter_class = formatter_class
        self.fromfile_prefix_chars = fromfile_prefix_chars
        self.add_help = add_help
        self.allow_abbrev = allow_abbrev
        self.exit_on_error = exit_on_error
        self.suggest_on_error = suggest_on_error
        self.color = color
        add_group = self.add_argument_group
        self._positionals = add_group('positional arguments')
        self._optionals = add_group('options')
        self._subparsers = None

        def identity(string):
            return string
        self.register('type', None, identity)
        default_prefix = '-' if '-' in prefix_chars else prefix_chars[0]
        if self.add_help:
            self.add_argument(default_prefix + 'h', default_prefix * 2 + 'help',
                              action='help', default=SUPPRESS,
                              help='show this help message and exit')
        for parent in parents:
            self._add_container_actions(parent)
            self._defaults.update(parent._defaults)

    def _add_container_actions(self, container):
        groups = {}
        for group in container._action_groups:
            if group.title in ('positional arguments', 'options'):
                groups[group] = (self._positionals if group.title ==
                                 'positional arguments' else self._optionals)
            else:
                groups[group] = self.add_argument_group(
                    title=group.title, description=group.description,
                    conflict_handler=group.conflict_handler)
        exclusive = {}
        for group in container._mutually_exclusive_groups:
            exclusive[group] = self.add_mutually_exclusive_group(
                required=group.required)
        for action in container._actions:
            target = None
            for group in container._mutually_exclusive_groups:
                if action in group._group_actions:
                    target = exclusive[group]
            if target is None:
                for group in container._action_groups:
                    if action in group._group_actions:
                        target = groups[group]
            (target or self)._add_action(action)

    def _get_kwargs(self):
        names = ['prog', 'usage', 'description', 'formatter_class',
                 'conflict_handler', 'add_help']
        return [(name, getattr(self, name)) for name in names]

    def add_subparsers(self, **kwargs):
        """Add the sub-command argument; returns its action (add_parser)."""
        if self._subparsers is not None:
            raise ValueError('cannot have multiple subparser arguments')
        kwargs.setdefault('parser_class', type(self))
        if 'title' in kwargs or 'description' in kwargs:
            title = kwargs.pop('title', 'subcommands')
            description = kwargs.pop('description', None)
            self._subparsers = self.add_argument_group(title, description)
        else:
            self._subparsers = self._positionals
        if kwargs.get('prog') is None:
            formatter = self._get_formatter()
            positionals = self._get_positional_actions()
            groups = self._mutually_exclusive_groups
            formatter.add_usage(None, positionals, groups, '')
            kwargs['prog'] = formatter.format_help().strip()
        parsers_class = self._pop_action_class(kwargs, 'parsers')
        action = parsers_class(option_strings=[], **kwargs)
        self._subparsers._add_action(action)
        return action

    def _add_action(self, action):
        if action.option_strings:
            self._optionals._add_action(action)
        else:
            self._positionals._add_action(action)
        return action

    def _get_optional_actions(self):
        return [a for a in self._actions if a.option_strings]

    def _get_positional_actions(self):
        return [a for a in self._actions if not a.option_strings]

    def parse_args(self, args=None, namespace=None):
        """The Namespace of `args` (default sys.argv[1:]); exits on errors."""
        args, argv = self.parse_known_args(args, namespace)
        if argv:
            msg = 'unrecognized arguments: %s' % ' '.join(argv)
            if self.exit_on_error:
                self.error(msg)
            raise ArgumentError(None, msg)
        return args

    def parse_known_args(self, args=None, namespace=None):
        """(Namespace, the arguments not recognized)."""
        if args is None:
            args = _sys.argv[1:]
        else:
            args = list(args)
        if namespace is None:
            namespace = Namespace()
        for action in self._actions:
            if action.dest is not SUPPRESS:
                if not hasattr(namespace, action.dest):
                    if action.default is not SUPPRESS:
                        setattr(namespace, action.dest, action.default)
        for dest in self._defaults:
            if not hasattr(namespace, dest):
                setattr(namespace, dest, self._defaults[dest])
        if self.exit_on_error:
            try:
                namespace, args = self._parse_known_args(args, namespace)
            except ArgumentError as err:
                self.error(str(err))
        else:
            namespace, args = self._parse_known_args(args, namespace)
        if hasattr(namespace, _UNRECOGNIZED_ARGS_ATTR):
            args.extend(getattr(namespace, _UNRECOGNIZED_ARGS_ATTR))
            delattr(namespace, _UNRECOGNIZED_ARGS_ATTR)
        return namespace, args

    def _classify(self, arg_strings):
        """The option tuples by index and the pattern string ('O', 'A', '-')."""
        option_string_indices = {}
        pattern_parts = []
        arg_strings_iter = iter(arg_strings)
        for i, arg_string in enumerate(arg_strings_iter):
            if arg_string == '--':
                pattern_parts.append('-')
                for arg_string in arg_strings_iter:
                    pattern_parts.append('A')
            else:
                option_tuples = self._parse_optional(arg_string)
                if option_tuples is None:
                    pattern = 'A'
                else:
                    option_string_indices[i] = option_tuples
                    pattern = 'O'
                pattern_parts.append(pattern)
        return option_string_indices, ''.join(pattern_parts)

    def _parse_known_args(self, arg_strings, namespace):
        action_conflicts = {}
        for mutex_group in self._mutually_exclusive_groups:
            group_actions = mutex_group._group_actions
            for i, mutex_action in enumerate(mutex_group._group_actions):
                conflicts = action_conflicts.setdefault(mutex_action, [])
                conflicts.extend(group_actions[:i])
                conflicts.extend(group_actions[i + 1:])
        option_string_indices, arg_strings_pattern = self._classify(arg_strings)
        state = _ParseState(self, namespace, arg_strings, arg_strings_pattern,
                            option_string_indices, action_conflicts)
        extras = state.run()
        self._check_required(state)
        return namespace, extras

    def _check_required(self, state):
        required_actions = []
        for action in self._actions:
            if action not in state.seen_actions:
                if action.required:
                    required_actions.append(_get_action_name(action))
                elif (action.default is not None and
                      isinstance(action.default, str) and
                      hasattr(state.namespace, action.dest) and
                      action.default is getattr(state.namespace, action.dest)):
                    setattr(state.namespace, action.dest,
                            self._get_value(action, action.default))
        if required_actions:
            raise ArgumentError(None, 'the following arguments are required: %s'
                                % ', '.join(required_actions))
        for group in self._mutually_exclusive_groups:
            if group.required:
                for action in group._group_actions:
                    if action in state.seen_non_default_actions:
                        break
                else:
                    names = [_get_action_name(action)
                             for action in group._group_actions
                             if action.help is not SUPPRESS]
                    raise ArgumentError(None, 'one of the arguments %s is required'
                                        % ' '.join(names))

    def _match_argument(self, action, arg_strings_pattern):
        match = _re.match(_nargs_pattern(action), arg_strings_pattern)
        if match is None:
            nargs_errors = {None: 'expected one argument',
                            OPTIONAL: 'expected at most one argument',
                            ONE_OR_MORE: 'expected at least one argument'}
            msg = nargs_errors.get(action.nargs)
            if msg is None:
                msg = ('expected %s argument' if action.nargs == 1
                       else 'expected %s arguments') % action.nargs
            raise ArgumentError(action, msg)
        return len(match.group(1))

    def _match_arguments_partial(self, actions, arg_strings_pattern):
        for i in range(len(actions), 0, -1):
            actions_slice = actions[:i]
            pattern = ''.join([_nargs_pattern(action) for action in actions_slice])
            match = _re.match(pattern, arg_strings_pattern)
            if match is not None:
                result = [len(string) for string in match.groups()]
                # Leave empty-matching positionals for the strings after
                # the next option.
                if (match.end() < len(arg_strings_pattern)
                        and arg_strings_pattern[match.end()] == 'O'):
                    while result and not result[-1]:
                        del result[-1]
                return result
        return []

    def _parse_optional(self, arg_string):
        if not arg_string or arg_string[0] not in self.prefix_chars:
            return None
        if arg_string in self._option_string_actions:
            action = self._option_string_actions[arg_string]
            return [(action, arg_string, None, None)]
        if len(arg_string) == 1:
            return None
        option_string, sep, explicit_arg = arg_string.partition('=')
        if sep and option_string in self._option_string_actions:
            action = self._option_string_actions[option_string]
            return [(action, option_string, sep, explicit_arg)]
        option_tuples = self._get_option_tuples(arg_string)
        if len(option_tuples) > 1:
            options = ', '.join([option_string for action, option_string, sep,
                                 explicit_arg in option_tuples])
            raise ArgumentError(None, 'ambiguous option: %s could match %s'
                                % (arg_string, options))
        if len(option_tuples) == 1:
            return option_tuples
        if _NEGATIVE_NUMBER.match(arg_string) and _is_number(arg_string):
            if not self._has_negative_number_optionals:
                return None
        if ' ' in arg_string:
            return None
        return [(None, arg_string, None, None)]

    def _get_option_tuples(self, option_string):
        result = []
        chars = self.prefix_chars
        if option_string[0] in chars and option_string[1] in chars:
            if self.allow_abbrev:
                option_prefix, sep, explicit_arg = option_string.partition('=')
                if not sep:
                    sep = explicit_arg = None
                for opt in self._option_string_actions:
                    if opt.startswith(option_prefix):
                        action = self._option_string_actions[opt]
                        result.append((action, opt, sep, explicit_arg))
        elif option_string[0] in chars and option_string[1] not in chars:
            option_prefix, sep, explicit_arg = option_string.partition('=')
            if not sep:
                sep = explicit_arg = None
            short_option_prefix = option_string[:2]
            short_explicit_arg = option_string[2:]
            for opt in self._option_string_actions:
                if opt == short_option_prefix:
                    action = self._option_string_actions[opt]
                    result.append((action, opt, '', short_explicit_arg))
                elif self.allow_abbrev and opt.startswith(option_prefix):
                    action = self._option_string_actions[opt]
                    result.append((action, opt, sep, explicit_arg))
        else:
            raise ArgumentError(None, 'unexpected option string: %s' % option_string)
        return result

    def _get_values(self, action, arg_strings):
        if not arg_strings and action.nargs == OPTIONAL:
            value = action.const if action.option_strings else action.default
            if isinstance(value, str) and value is not SUPPRESS:
                value = self._get_value(action, value)
        elif (not arg_strings and action.nargs == ZERO_OR_MORE and
              not action.option_strings):
            value = action.default if action.default is not None else arg_strings
        elif len(arg_strings) == 1 and action.nargs in [None, OPTIONAL]:
            arg_string, = arg_strings
            value = self._get_value(action, arg_string)
            self._check_value(action, value)
        elif action.nargs == REMAINDER:
            value = [self._get_value(action, v) for v in arg_strings]
        elif action.nargs == PARSER:
            value = [self._get_value(action, v) for v in arg_strings]
            self._check_value(action, value[0])
        elif action.nargs == SUPPRESS:
            value = SUPPRESS
        else:
            value = [self._get_value(action, v) for v in arg_strings]
            for v in value:
                self._check_value(action, v)
        return value

    def _get_value(self, action, arg_string):
        type_func = self._registry_get('type', action.type, action.type)
        if not callable(type_func):
            raise ArgumentError(action, '%r is not callable' % (type_func,))
        try:
            result = type_func(arg_string)
        except ArgumentTypeError as err:
            raise ArgumentError(action, str(err))
        except (TypeError, ValueError):
            name = getattr(action.type, '__name__', repr(action.type))
            raise ArgumentError(action, 'invalid %s value: %r' % (name, arg_string))
        return result

    def _check_value(self, action, value):
        choices = action.choices
        if choices is None:
            return
        if isinstance(choices, str):
            choices = iter(choices)
        if value not in choices:
            msg = 'invalid choice: %r (choose from %s)' % (
                str(value), ', '.join(map(str, action.choices)))
            raise ArgumentError(action, msg)

    def format_usage(self):
        """The usage text."""
        formatter = self._get_formatter()
        formatter.add_usage(self.usage, self._actions,
                            self._mutually_exclusive_groups)
        return formatter.format_help()

    def format_help(self):
        """The full help text."""
        formatter = self._get_formatter()
        formatter.add_usage(self.usage, self._actions,
                            self._mutually_exclusive_groups)
        formatter.add_text(self.description)
        for action_group in self._action_groups:
            formatter.start_section(action_group.title)
            formatter.add_text(action_group.description)
            formatter.add_arguments(action_group._group_actions)
            formatter.end_section()
        formatter.add_text(self.epilog)
        return formatter.format_help()

    def _get_formatter(self):
        return self.formatter_class(prog=self.prog)

    def print_usage(self, file=None):
        if file is None:
            file = _sys.stdout
        self._print_message(self.format_usage(), file)

    def print_help(self, file=None):
        if file is None:
            file = _sys.stdout
        self._print_message(self.format_help(), file)

    def _print_message(self, message, file=None):
        if message:
            file = file or _sys.stderr
            try:
                file.write(message)
            except (AttributeError, OSError):
                pass

    def exit(self, status=0, message=None):
        """Print `message` to stderr and exit with `status`."""
        if message:
            self._print_message(message, _sys.stderr)
        _sys.exit(status)

    def error(self, message):
        """Print the usage and `message` to stderr and exit with status 2."""
        self.print_usage(_sys.stderr)
        self.exit(2, '%(prog)s: error: %(message)s\n'
                  % {'prog': self.prog, 'message': message})


def _is_number(s):
    try:
        complex(s)
    except ValueError:
        return False
    return True


class _ParseState:
    """One run of the parser over a list of argument strings."""

    def __init__(self, parser, namespace, arg_strings, pattern, option_indices,
                 conflicts):
        self.parser = parser
        self.namespace = namespace
        self.arg_strings = arg_strings
        self.pattern = pattern
        self.option_indices = option_indices
        self.conflicts = conflicts
        self.seen_actions = set()
        self.seen_non_default_actions = set()
        self.extras = []
        self.positionals = parser._get_positional_actions()

    def take_action(self, action, argument_strings, option_string=None):
        self.seen_actions.add(action)
        argument_values = self.parser._get_values(action, argument_strings)
        if argument_values is not action.default:
            self.seen_non_default_actions.add(action)
            for conflict_action in self.conflicts.get(action, []):
                if conflict_action in self.seen_non_default_actions:
                    raise ArgumentError(action, 'not allowed with argument %s'
                                        % _get_action_name(conflict_action))
        if argument_values is not SUPPRESS:
            action(self.parser, self.namespace, argument_values, option_string)

    def consume_optional(self, start_index):
        option_tuples = self.option_indices[start_index]
        action, option_string, sep, explicit_arg = option_tuples[0]
        parser = self.parser
        chars = parser.prefix_chars
        action_tuples = []
        while True:
            if action is None:
                self.extras.append(self.arg_strings[start_index])
                return start_index + 1
            if explicit_arg is not None:
                arg_count = parser._match_argument(action, 'A')
                if (arg_count == 0 and option_string[1] not in chars
                        and explicit_arg != ''):
                    if sep or explicit_arg[0] in chars:
                        raise ArgumentError(action, 'ignored explicit argument %r'
                                            % explicit_arg)
                    action_tuples.append((action, [], option_string))
                    option_string = option_string[0] + explicit_arg[0]
                    optionals_map = parser._option_string_actions
                    if option_string in optionals_map:
                        action = optionals_map[option_string]
                        explicit_arg = explicit_arg[1:]
                        if not explicit_arg:
                            sep = explicit_arg = None
                        elif explicit_arg[0] == '=':
                            sep = '='
                            explicit_arg = explicit_arg[1:]
                        else:
                            sep = ''
                    else:
                        raise ArgumentError(action, 'ignored explicit argument %r'
                                            % explicit_arg)
                elif arg_count == 1:
                    stop = start_index + 1
                    action_tuples.append((action, [explicit_arg], option_string))
                    break
                else:
                    raise ArgumentError(action, 'ignored explicit argument %r'
                                        % explicit_arg)
            else:
                start = start_index + 1
                arg_count = parser._match_argument(action, self.pattern[start:])
                stop = start + arg_count
                args = self.arg_strings[start:stop]
                action_tuples.append((action, args, option_string))
                break
        for action, args, option_string in action_tuples:
            self.take_action(action, args, option_string)
        return stop

    def consume_positionals(self, start_index):
        parser = self.parser
        selected_pattern = self.pattern[start_index:]
        arg_counts = parser._match_arguments_partial(self.positionals,
                                                     selected_pattern)
        for action, arg_count in zip(self.positionals, arg_counts):
            args = self.arg_strings[start_index: start_index + arg_count]
            if action.nargs == PARSER:
                if self.pattern[start_index:start_index + 1] == '-':
                    args.remove('--')
            elif action.nargs != REMAINDER:
                if self.pattern.find('-', start_index, start_index + arg_count) >= 0:
                    args.remove('--')
            start_index += arg_count
            self.take_action(action, args)
        self.positionals[:] = self.positionals[len(arg_counts):]
        return start_index

    def run(self):
        """Consume every argument string; the unrecognized ones."""
        extras = self.extras
        start_index = 0
        indices = self.option_indices
        max_option_string_index = max(indices) if indices else -1
        while start_index <= max_option_string_index:
            next_option_string_index = start_index
            while next_option_string_index <= max_option_string_index:
                if next_option_string_index in indices:
                    break
                next_option_string_index += 1
            if start_index != next_option_string_index:
                positionals_end_index = self.consume_positionals(start_index)
                if positionals_end_index > start_index:
                    start_index = positionals_end_index
                    continue
                start_index = positionals_end_index
            if start_index not in indices:
                strings = self.arg_strings[start_index:next_option_string_index]
                extras.extend(strings)
                start_index = next_option_string_index
            start_index = self.consume_optional(start_index)
        stop_index = self.consume_positionals(start_index)
        extras.extend(self.arg_strings[stop_index:])
        return extras
