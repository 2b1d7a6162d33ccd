"""The literal text a lexicon pattern cannot match without, so most patterns are skipped cheaply.

Reading a message folds it through about two hundred lexicon patterns, several times per
message (the whole text, its clauses, its head words), and a regex scan of the text for
each pattern was the largest part of matching. Nearly every pattern starts with words
("\\b(?:typical|usual)\\s+day"), so a plain substring test ("typical" in text, "usual" in
text) rules it out in a fraction of a scan.

The triggers are read from the compiled pattern's parse tree (``re._parser``, the parser
``re.compile`` itself uses). Whatever the reader does not understand ends the prefix
there, which only makes the test weaker, never wrong; if the parser's shape ever changes,
``triggers_of`` returns None and the pattern is simply always run.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

try:  # the stdlib's own regex parser (Python 3.11+); optional, see the module docstring
    from re import _constants as _c
    from re import _parser as _p
except ImportError:  # pragma: no cover - a Python without it: every pattern is run
    _c = _p = None  # type: ignore[assignment]

_MAX_PREFIXES = 64
"""Beyond this many spellings a prefix is cut short: a shorter test, never a wrong one."""
_MAX_CLASS = 8
"""A character class of at most this many literal characters is spelled out ("[sz]")."""

Prefixes = frozenset[str]
_EMPTY: Prefixes = frozenset({""})


def _joined(heads: Prefixes, tails: Iterable[str]) -> Prefixes:
    return frozenset(h + t for h in heads for t in tails)


def _class_chars(av: list[tuple[object, object]]) -> list[str] | None:
    if len(av) > _MAX_CLASS or any(op is not _c.LITERAL for op, _ in av):
        return None
    return [chr(code) for _, code in av]  # type: ignore[arg-type]


def _spelled(items: list[tuple[object, object]]) -> Prefixes | None:
    """Every string a purely literal piece matches ("(?:a|an)\\b" -> a, an); else None."""
    out = _EMPTY
    for op, av in items:
        if op is _c.AT:
            continue
        if op is _c.LITERAL:
            options: Iterable[str] | None = [chr(av)]  # type: ignore[arg-type]
        elif op is _c.IN:
            options = _class_chars(av)  # type: ignore[arg-type]
        elif op is _c.SUBPATTERN and not av[1]:  # type: ignore[index]
            options = _spelled(list(av[-1]))  # type: ignore[index]
        elif op is _c.BRANCH:
            spellings = [_spelled(list(branch)) for branch in av[1]]  # type: ignore[index]
            options = None if any(s is None for s in spellings) else frozenset().union(*spellings)
        else:
            return None
        if options is None:
            return None
        out = _joined(out, options)
        if len(out) > _MAX_PREFIXES:
            return None
    return out


def _prefixes(items: list[tuple[object, object]], start: int = 0) -> Prefixes:
    """Strings one of which starts every match of ``items[start:]`` ("" when unknown)."""
    out = _EMPTY
    i = start
    while i < len(items):
        op, av = items[i]
        if op in (_c.AT, _c.ASSERT, _c.ASSERT_NOT):  # zero width: matches start after them
            i += 1
            continue
        if op in (_c.MAX_REPEAT, _c.MIN_REPEAT):
            low, _, item = av  # type: ignore[misc]
            heads = _prefixes(list(item))
            if low == 0:  # optional: the match starts with it or with what follows
                heads = heads | _prefixes(items, i + 1)
            return _joined(out, heads)
        whole = _spelled([items[i]])
        if whole is not None and len(out) * len(whole) <= _MAX_PREFIXES:
            out = _joined(out, whole)
            i += 1
            continue
        if op is _c.SUBPATTERN and not av[1]:  # type: ignore[index]
            return _joined(out, _prefixes(list(av[-1])))  # type: ignore[index]
        if op is _c.BRANCH:
            heads = frozenset().union(*(_prefixes(list(b)) for b in av[1]))  # type: ignore[index]
            return _joined(out, heads)
        break
    return out


def triggers_of(pattern: re.Pattern[str]) -> tuple[str, ...] | None:
    """Substrings one of which every text the pattern matches contains; None: run it always."""
    if _p is None or pattern.flags & (re.IGNORECASE | re.VERBOSE):
        return None
    try:
        found = _prefixes(list(_p.parse(pattern.pattern, pattern.flags)))
    except Exception:  # noqa: BLE001 - a parser of another shape: no shortcut, still right
        return None
    if "" in found:
        return None
    # "typical" already covers "typically": keep the shortest of each family
    return tuple(sorted(p for p in found if not any(q != p and p.startswith(q) for q in found)))


def may_match(triggers: tuple[str, ...] | None, text: str) -> bool:
    """False only when the pattern with these triggers cannot match ``text``."""
    if triggers is None:
        return True
    for trigger in triggers:  # noqa: SIM110 - a plain loop: this runs ~200 times a reading
        if trigger in text:
            return True
    return False
