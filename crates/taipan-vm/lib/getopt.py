"""C-style command-line option parsing: getopt, gnu_getopt, GetoptError."""

import os

__all__ = ["GetoptError", "error", "getopt", "gnu_getopt"]


class GetoptError(Exception):
    """A bad option: `msg` explains, `opt` names the option."""

    opt = ''
    msg = ''

    def __init__(self, msg, opt=''):
        self.msg = msg
        self.opt = opt
        Exception.__init__(self, msg, opt)

    def __str__(self):
        return self.msg


error = GetoptError


def _long_spec(opt, longopts):
    """(takes an argument: False, True or '?' for optional, full name)."""
    if opt in longopts:
        return False, opt
    for suffix, kind in (('=', True), ('=?', '?')):
        if opt + suffix in longopts:
            return kind, opt
    matches = [o for o in longopts if o.startswith(opt)]
    if not matches:
        raise GetoptError('option --%s not recognized' % opt, opt)
    exact = [o for o in matches if o.rstrip('=?') == opt]
    if exact:
        matches = exact
    if len(matches) > 1:
        raise GetoptError('option --%s not a unique prefix; possible options: %s'
                          % (opt, ', '.join(matches)), opt)
    match = matches[0]
    if match.endswith('=?'):
        return '?', match[:-2]
    if match.endswith('='):
        return True, match[:-1]
    return False, match


def _do_long(opts, opt, longopts, args):
    opt, eq, value = opt.partition('=')
    optarg = value if eq else None
    has_arg, opt = _long_spec(opt, longopts)
    if has_arg is True:
        if optarg is None:
            if not args:
                raise GetoptError('option --%s requires argument' % opt, opt)
            optarg, args = args[0], args[1:]
    elif has_arg == '?':
        if optarg is None:
            optarg = ''
    elif optarg is not None:
        raise GetoptError('option --%s must not have an argument' % opt, opt)
    opts.append(('--' + opt, optarg or ''))
    return opts, args


def _short_spec(opt, shortopts):
    """False, True or '?' (optional) for the short option `opt`."""
    for i in range(len(shortopts)):
        if opt == shortopts[i] != ':':
            if shortopts.startswith('::', i + 1):
                return '?'
            return shortopts.startswith(':', i + 1)
    raise GetoptError('option -%s not recognized' % opt, opt)


def _do_shorts(opts, optstring, shortopts, args):
    while optstring != '':
        opt, optstring = optstring[0], optstring[1:]
        kind = _short_spec(opt, shortopts)
        if kind is True:
            if optstring == '':
                if not args:
                    raise GetoptError('option -%s requires argument' % opt, opt)
                optstring, args = args[0], args[1:]
            optarg, optstring = optstring, ''
        elif kind == '?':
            optarg, optstring = optstring, ''
        else:
            optarg = ''
        opts.append(('-' + opt, optarg))
    return opts, args


def _longopts(longopts):
    if isinstance(longopts, str):
        return [longopts]
    return list(longopts)


def getopt(args, shortopts, longopts=[]):
    """(options, remaining args); stops at the first non-option."""
    opts = []
    longopts = _longopts(longopts)
    while args and args[0].startswith('-') and args[0] != '-':
        if args[0] == '--':
            args = args[1:]
            break
        if args[0].startswith('--'):
            opts, args = _do_long(opts, args[0][2:], longopts, args[1:])
        else:
            opts, args = _do_shorts(opts, args[0][1:], shortopts, args[1:])
    return opts, args


def gnu_getopt(args, shortopts, longopts=[]):
    """Like getopt, but options and operands may be mixed."""
    opts = []
    prog_args = []
    longopts = _longopts(longopts)
    return_in_order = False
    if shortopts.startswith('-'):
        shortopts = shortopts[1:]
        return_in_order = True
    elif shortopts.startswith('+'):
        shortopts = shortopts[1:]
        all_options_first = True
    else:
        all_options_first = bool(os.environ.get("POSIXLY_CORRECT"))
    if return_in_order:
        all_options_first = False
    while args:
        if args[0] == '--':
            prog_args += args[1:]
            break
        if args[0][:2] == '--':
            opts, args = _do_long(opts, args[0][2:], longopts, args[1:])
        elif args[0][:1] == '-' and args[0] != '-':
            opts, args = _do_shorts(opts, args[0][1:], shortopts, args[1:])
        else:
            if all_options_first:
                prog_args += args
                break
            if return_in_order:
                opts.append((None, args[0]))
            else:
                prog_args.append(args[0])
            args = args[1:]
    return opts, prog_args
