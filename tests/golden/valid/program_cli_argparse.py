#!/usr/bin/env python3
"""Word count tool with argparse and pathlib."""

import argparse
import sys
from pathlib import Path


def count(path: Path, *, words: bool = True, chars: bool = False) -> dict[str, int]:
    text = path.read_text(encoding="utf-8", errors="replace")
    result = {"lines": text.count("\n")}
    if words:
        result["words"] = len(text.split())
    if chars:
        result["chars"] = len(text)
    return result


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="wc", description=__doc__)
    parser.add_argument("files", nargs="*", type=Path)
    parser.add_argument("-c", "--chars", action="store_true")
    parser.add_argument("--no-words", dest="words", action="store_false")
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    status = 0
    totals: dict[str, int] = {}
    for path in args.files:
        try:
            stats = count(path, words=args.words, chars=args.chars)
        except OSError as exc:
            print(f"wc: {path}: {exc.strerror}", file=sys.stderr)
            status = 1
            continue
        for key, value in stats.items():
            totals[key] = totals.get(key, 0) + value
        print(*(f"{v:8d}" for v in stats.values()), path)
    if len(args.files) > 1:
        print(*(f"{v:8d}" for v in totals.values()), "total")
    return status


if __name__ == "__main__":
    sys.exit(main())
