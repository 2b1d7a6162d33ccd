"""Turning YAML and schema mistakes in a bank file into ``file:line: plain English``.

Bank files are written by career coaches, not programmers: every pydantic error becomes a
sentence naming the question or persona it is about and the line to edit. Kept apart from
:mod:`bot.banks.loader` (which decides what to read and merge) so each stays readable.
"""

from __future__ import annotations

import difflib
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any, NamedTuple

import yaml

from bot.banks.model import (
    AskBack,
    CoreAnswers,
    CoreFile,
    CoreQuestion,
    FieldFile,
    FieldQuestion,
    Persona,
)

__all__ = [
    "Problem",
    "BankError",
    "line_of",
    "locate",
    "owner_of",
    "message",
    "duplicate_key_problems",
    "yaml_problem",
    "read_yaml",
    "describe",
]

class Problem(NamedTuple):
    """One thing wrong in a bank file, pointing at the line a coach should edit."""

    path: str
    line: int
    message: str

    def __str__(self) -> str:
        # line 0 means "the whole file or folder", where a line number would mislead.
        if self.line <= 0:
            return f"{self.path}: {self.message}"
        return f"{self.path}:{self.line}: {self.message}"


class BankError(Exception):
    """Raised by :func:`load_banks`; carries every problem so they can be fixed in one go."""

    def __init__(self, problems: list[Problem]) -> None:
        self.problems = list(problems)
        super().__init__(self.problems)  # args stay picklable: BankError(problems)

    def __str__(self) -> str:
        return "\n".join(str(p) for p in self.problems)


_PLURALS = {
    "personas": "persona",
    "core_answers": "core answer",
    "distinctive": "distinctive word",
    "facts": "fact",
    "phrasings": "phrasing",
    "keywords": "keyword",
    "flags": "flag",
    "covers": "covers entry",
    "target_words": "target_words number",
    "questions": "question",
    "asks_back": "ask-back",
}
_ALLOWED_KEYS: dict[str, tuple[str, ...]] = {
    "": tuple(FieldFile.model_fields),
    "core": tuple(CoreFile.model_fields),
    "personas": tuple(Persona.model_fields),
    "core_answers": tuple(CoreAnswers.model_fields),
    "questions": tuple(FieldQuestion.model_fields),
    "asks_back": tuple(AskBack.model_fields),
}
_ANSWER_KEYS = ("answers", "follow_ups", "answer", "follow_up")
_KINDS = {
    "questions": "question",
    "asks_back": "ask-back",
    "personas": "persona",
    "core_answers": "core answers to",
}
_YAML_HINTS = {
    "mapping values are not allowed here": "text containing ': ' must be put in quotes",
    "found character '\\t' that cannot start any token": "use spaces, not tabs, to indent",
    "found a tab character": "use spaces, not tabs, to indent",
    "could not find expected ':'": "a 'key: value' line is missing its colon, or a quote"
    " is not closed",
    "expected <block end>, but found": "the indentation is uneven",
    "did not find expected key": "the indentation is uneven, or a quote is not closed",
    "did not find expected '-' indicator": "the indentation of a list is uneven",
}


def line_of(node: yaml.Node) -> int:
    return node.start_mark.line + 1


def locate(root: yaml.Node, loc: tuple[Any, ...]) -> int:
    """Line of the YAML key (or list item) a pydantic ``loc`` path points at.

    Stops at the deepest part that exists, so a missing key reports the mapping lacking it.
    """
    node, line = root, line_of(root)
    for part in loc:
        if isinstance(node, yaml.MappingNode) and isinstance(part, str):
            # Search from the end: with duplicate keys, YAML keeps the last value.
            match = next(
                (
                    (k, v)
                    for k, v in reversed(node.value)
                    if isinstance(k, yaml.ScalarNode) and k.value == part
                ),
                None,
            )
            if match is None:
                break
            line, node = line_of(match[0]), match[1]
        elif (
            isinstance(node, yaml.SequenceNode)
            and isinstance(part, int)
            and 0 <= part < len(node.value)
        ):
            node = node.value[part]
            line = line_of(node)
        else:
            break
    return line


def _node_at(root: yaml.Node, loc: tuple[Any, ...]) -> yaml.Node | None:
    """The value node at ``loc``, or None when some part of the path does not exist."""
    node: yaml.Node | None = root
    for part in loc:
        if isinstance(node, yaml.MappingNode) and isinstance(part, str):
            node = next(
                (
                    v
                    for k, v in reversed(node.value)
                    if isinstance(k, yaml.ScalarNode) and k.value == part
                ),
                None,
            )
        elif (
            isinstance(node, yaml.SequenceNode)
            and isinstance(part, int)
            and 0 <= part < len(node.value)
        ):
            node = node.value[part]
        else:
            return None
    return node


def owner_of(loc: tuple[Any, ...], data: Any) -> tuple[str, str, tuple[Any, ...]]:
    """Split ``loc`` into who owns it ("question 'typical-day'"), its section, and the rest."""
    if not loc:
        return "", "", ()
    head = loc[0]
    if head in _KINDS and len(loc) >= 2 and isinstance(loc[1], int):
        kind = _KINDS[head]
        index = loc[1]
        item_id = None
        items = data.get(head) if isinstance(data, dict) else None
        if isinstance(items, list) and 0 <= index < len(items) and isinstance(items[index], dict):
            candidate = items[index].get("id")
            if isinstance(candidate, str) and candidate.strip():
                item_id = candidate
        name = f"{kind} '{item_id}'" if item_id else f"{kind} #{index + 1}"
        return name, head, loc[2:]
    return "", "", loc


def _describe(value: Any, node: yaml.Node | None) -> str:
    """How a coach would recognise the value they wrote, for 'should be X, got Y' messages."""
    if value is None:
        return "nothing"
    if isinstance(value, bool):
        written = node.value if isinstance(node, yaml.ScalarNode) else str(value).lower()
        return f"the yes/no value {written}"
    if isinstance(value, int | float):
        return f"the number {value}"
    if isinstance(value, str):
        short = value if len(value) <= 40 else value[:37] + "..."
        return f"the text '{short}'"
    if isinstance(value, list | tuple):
        return "a list"
    if isinstance(value, dict):
        return "a block of 'key: value' lines"
    return f"a {type(value).__name__}"


def _suggest(word: str, allowed: tuple[str, ...]) -> str:
    close = difflib.get_close_matches(word, allowed, n=1, cutoff=0.6)
    if close:
        return f" (did you mean '{close[0]}'?)"
    return f" (allowed keys: {', '.join(allowed)})"


def _item_label(section: str, rest: tuple[Any, ...]) -> str:
    """Human name of the thing at ``rest``: "'answer'" for a key, "flag 2" for a list entry."""
    if not rest:
        return ""
    if len(rest) >= 2 and rest[0] in ("answers", "follow_ups"):
        what = "answer" if rest[0] == "answers" else "follow-up"
        if rest[-1] == "[key]":
            return f"the persona id '{rest[1]}' under '{rest[0]}'"
        if len(rest) >= 3 and isinstance(rest[2], int):
            return f"{what} {rest[2] + 1} of '{rest[1]}'"
        return f"the {what} of '{rest[1]}'"
    if isinstance(rest[-1], int) and len(rest) >= 2 and isinstance(rest[-2], str):
        singular = _PLURALS.get(rest[-2], f"{rest[-2]} entry")
        return f"{singular} {rest[-1] + 1}"
    return f"'{rest[-1]}'"


class _Error(NamedTuple):
    """One pydantic error, with what its message needs already worked out."""

    kind: str
    loc: tuple[Any, ...]
    ctx: dict[str, Any]
    value: Any
    section: str
    rest: tuple[Any, ...]
    label: str
    node: yaml.Node | None
    msg: str
    core: bool


def _missing(e: _Error) -> str:
    if e.rest and isinstance(e.rest[-1], int):
        return f"{e.label} is missing"
    return f"missing required key {e.label}" if e.label else "missing required key"


def _unknown_key(e: _Error) -> str:
    key = str(e.loc[-1])
    if e.core and e.section == "questions" and key in _ANSWER_KEYS:
        return (f"unknown key '{key}': the core holds no answers; each field answers it per"
                " persona under 'core_answers'")
    if e.core:
        allowed = tuple(CoreQuestion.model_fields) if e.section else _ALLOWED_KEYS["core"]
    else:
        allowed = _ALLOWED_KEYS.get(e.section, ())
    return f"unknown key '{key}'" + _suggest(key, allowed)


def _not_allowed(e: _Error) -> str:
    name = e.loc[-1] if isinstance(e.loc[-1], str) else _PLURALS.get(str(e.loc[-2]), "value")
    allowed = ", ".join(
        part.strip().strip("'")
        for part in e.ctx.get("expected", "").replace(" or ", ",").split(",")
        if part.strip()
    )
    if isinstance(e.value, str):
        return f"unknown {name} '{e.value}' (use one of: {allowed})"
    return f"'{name}' should be one of: {allowed}; got {_describe(e.value, e.node)}"


def _bad_pattern(e: _Error) -> str:
    if e.loc and e.loc[-1] == "field":
        return (
            f"field '{e.value}' should be lowercase words joined by underscores,"
            " like the file name (e.g. software_engineering)"
        )
    return f"id '{e.value}' should be lowercase words joined by hyphens (e.g. typical-day)"


def _empty_text(e: _Error) -> str:
    return f"{e.label} is empty" if e.label else "is empty"


_WANTED = {
    "string_type": "text",
    "int_type": "a whole number",
    "int_from_float": "a whole number",
    "tuple_type": "a list",
    "list_type": "a list",
    "model_type": "a block of 'key: value' lines",
    "dict_type": "a block of 'key: value' lines",
}


def _wrong_type(e: _Error) -> str:
    if e.value is None and e.label:
        text = f"{e.label} is empty"
        if e.kind != "string_type":
            text += "; add its entries under it"
        return text
    text = f"{e.label} should be {_WANTED[e.kind]}, got {_describe(e.value, e.node)}".lstrip()
    if e.kind == "string_type" and isinstance(e.value, bool):
        text += " (put it in quotes if you meant text)"
    return text


def _wrong_count(e: _Error) -> str:
    got = e.ctx.get("actual_length")
    if e.loc and e.loc[-1] == "target_words":
        return f"'target_words' should be two numbers, [min, max]; found {got}"
    if e.kind == "too_short":
        wanted = e.ctx.get("min_length")
        return f"{e.label} needs at least {wanted} {_entries(wanted)}, found {got}"
    wanted = e.ctx.get("max_length")
    return f"{e.label} allows at most {wanted} {_entries(wanted)}, found {got}"


def _out_of_range(e: _Error) -> str:
    bound = e.ctx.get("ge", e.ctx.get("le"))
    relation = "at least" if e.kind == "greater_than_equal" else "at most"
    return f"{e.label} should be {relation} {bound}, got {e.value}"


_UNLABELLED = ("target_words_order", "target_words_low", "duplicate_flag")
"""Our own errors whose message already names the thing it is about."""


def _own_message(e: _Error) -> str:
    """Our own PydanticCustomError messages (and any other) are already plain English."""
    if e.label and e.kind not in _UNLABELLED:
        return f"{e.label}: {e.msg}"
    return e.msg


_MESSAGES: dict[str, Callable[[_Error], str]] = {
    "missing": _missing,
    "extra_forbidden": _unknown_key,
    "literal_error": _not_allowed,
    "string_pattern_mismatch": _bad_pattern,
    "string_too_short": _empty_text,
    **dict.fromkeys(_WANTED, _wrong_type),
    "too_short": _wrong_count,
    "too_long": _wrong_count,
    "greater_than_equal": _out_of_range,
    "less_than_equal": _out_of_range,
}
"""Pydantic error type -> the sentence for it; anything else uses :func:`_own_message`."""


def message(error: dict[str, Any], data: Any, root: yaml.Node, *, core: bool = False) -> str:
    """Turn one pydantic error into a sentence a career coach can act on."""
    loc = tuple(error["loc"])
    owner, section, rest = owner_of(loc, data)
    e = _Error(
        kind=error["type"],
        loc=loc,
        ctx=error.get("ctx") or {},
        value=error.get("input"),
        section=section,
        rest=rest,
        label=_item_label(section, rest),
        # A single answer written as text sits one level above the variant it becomes.
        node=_node_at(root, loc) or _node_at(root, loc[:-1]),
        msg=error["msg"],
        core=core,
    )
    text = _MESSAGES.get(e.kind, _own_message)(e)
    if owner and not rest:
        return f"{owner} {text}"  # the item itself: "question #3 should be ..."
    return f"{owner}: {text}" if owner else text


def _entries(count: object) -> str:
    return "entry" if count == 1 else "entries"


def duplicate_key_problems(root: yaml.Node) -> Iterator[tuple[tuple[Any, ...], int, str]]:
    """Repeated keys in one mapping: YAML silently keeps the last, losing the first one."""
    seen_nodes: set[int] = set()

    def walk(node: yaml.Node, loc: tuple[Any, ...]) -> Iterator[tuple[tuple[Any, ...], int, str]]:
        if id(node) in seen_nodes:  # aliases can make the tree a graph
            return
        seen_nodes.add(id(node))
        if isinstance(node, yaml.MappingNode):
            first: dict[str, int] = {}
            for key, value in node.value:
                if isinstance(key, yaml.ScalarNode):
                    if key.value in first:
                        yield (
                            (*loc, key.value),
                            line_of(key),
                            f"key '{key.value}' appears twice (also on line"
                            f" {first[key.value]}); YAML keeps only the last one",
                        )
                    else:
                        first[key.value] = line_of(key)
                    yield from walk(value, (*loc, key.value))
                else:
                    yield from walk(value, loc)
        elif isinstance(node, yaml.SequenceNode):
            for index, item in enumerate(node.value):
                yield from walk(item, (*loc, index))

    yield from walk(root, ())



def yaml_problem(name: str, exc: yaml.MarkedYAMLError) -> Problem:
    """A YAML syntax error, at the line where the coach should look (not always the
    line where the parser gave up: an unclosed quote is only noticed at the end)."""
    mark = exc.problem_mark or exc.context_mark
    detail = exc.problem or exc.context or "unreadable"
    if exc.context and "quoted scalar" in exc.context and exc.context_mark is not None:
        mark = exc.context_mark
        message = "a quote opened on this line is never closed"
    elif exc.context and "single document" in exc.context:
        message = "the file holds more than one YAML document (remove the '---' line)"
    else:
        hint = next((h for k, h in _YAML_HINTS.items() if detail.startswith(k)), None)
        message = detail + (f" ({hint})" if hint else "")
    return Problem(name, mark.line + 1 if mark else 0, f"not valid YAML: {message}")




def describe(value: Any, node: yaml.Node | None) -> str:
    """How a coach would recognise a value they wrote (for the loader's own messages)."""
    return _describe(value, node)


_FAST_LOADER: Any = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
"""libyaml when installed: ten banks are read at every start and every check."""


def _compose(text: str, loader_class: Any) -> tuple[Any, Any, list[Any]]:
    """The node tree (for lines and duplicate keys), its data, and the duplicate keys.

    Composed first: construct_document() flattens merge keys in place.
    """
    loader = loader_class(text)
    try:
        root = loader.get_single_node()
        duplicates = [] if root is None else list(duplicate_key_problems(root))
        data = None if root is None else loader.construct_document(root)
    finally:
        loader.dispose()
    return root, data, duplicates


def read_yaml(path: Path) -> tuple[Any, yaml.Node | None, list[Problem]]:
    """The file's data and node tree, and its duplicate-key problems; or only problems.

    Composed first: the node tree is needed for duplicate keys and line numbers, and
    construct_document() flattens merge keys in place.
    """
    name = str(path)
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return None, None, [Problem(name, 0, "file not found")]
    except UnicodeDecodeError as exc:
        return None, None, [Problem(name, 0, f"the file is not UTF-8 text ({exc.reason})")]
    except OSError as exc:
        return None, None, [Problem(name, 0, f"cannot read the file ({exc.strerror})")]
    try:
        root, data, duplicates = _compose(text, _FAST_LOADER)
    except yaml.YAMLError:
        # libyaml is fast but words its errors differently: the reference parser explains.
        try:
            root, data, duplicates = _compose(text, yaml.SafeLoader)
        except yaml.MarkedYAMLError as exc:
            return None, None, [yaml_problem(name, exc)]
        except yaml.YAMLError as exc:
            return None, None, [Problem(name, 0, f"not valid YAML: {exc}")]
    if root is None:
        return None, None, [Problem(name, 1, "the file is empty")]
    # Duplicate keys are labelled once the ids are known ("question 'x'").
    problems = [
        Problem(name, line, f"{owner}: {msg}" if (owner := owner_of(loc, data)[0]) else msg)
        for loc, line, msg in duplicates
    ]
    return data, root, problems
