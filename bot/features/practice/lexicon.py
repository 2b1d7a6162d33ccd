"""The practice matcher's vocabulary, loaded once from lexicon.yaml.

The word lists are what gets tuned when users phrase things in new ways, so they are data
next to this module rather than code in the matcher. The file is read once, at import, and
checked section by section, so a bad edit stops the bot at start-up with the section and
item named instead of quietly skewing matches. Everything is frozen: the matcher and every
bank's index share one copy.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path
from types import MappingProxyType
from typing import Any

import yaml

__all__ = ["LEXICON", "PATH", "Lexicon", "LexiconError", "load"]

PATH = Path(__file__).with_name("lexicon.yaml")

_Loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # libyaml when built with it


class LexiconError(ValueError):
    """lexicon.yaml is missing, unreadable, or a section has the wrong shape."""


@dataclass(frozen=True, slots=True)
class Lexicon:
    """The sections of lexicon.yaml (its header says what each is for), plus two lookups
    derived from ``concepts``."""

    contractions: Mapping[str, str]
    suffixes: tuple[tuple[str, str], ...]
    shorthand: Mapping[str, str]
    filler_phrases: tuple[str, ...]  # longest first, so "could you tell me" beats "tell me"
    filler_words: frozenset[str]
    leading_filler: frozenset[str]
    stopwords: frozenset[str]
    concepts: Mapping[str, tuple[str, ...]]
    senior_titles: tuple[str, ...]
    patterns: tuple[tuple[re.Pattern[str], str], ...]
    """(pattern, the concept term(s) that replace its matches), with {senior} filled in."""
    generic: frozenset[str]
    work_words: frozenset[str]
    places: frozenset[str]
    small_talk: tuple[str, ...]
    weather: tuple[str, ...]
    role_words: frozenset[str]
    topic_words: frozenset[str]
    """Words that name a topic of their own ("salary", "MBA", "portfolio"): a message using
    one is only answered by a question that uses it too."""
    tool_words: frozenset[str]
    """Tools and languages: as ``topic_words``, but a skills or learning question answers
    them too."""
    synonyms: Mapping[str, str]
    """Each concept and its one-word variants -> the concept."""
    phrases: Mapping[str, str]
    """Multi-word variants -> their concept."""


def _strings(where: str, value: Any) -> tuple[str, ...]:
    if not isinstance(value, list):
        raise LexiconError(f"{where}: expected a list of words, got {type(value).__name__}")
    for n, item in enumerate(value, 1):
        if not isinstance(item, str) or not item:
            raise LexiconError(
                f"{where}: item {n} is {item!r}, not a non-empty string"
                ' (quote words YAML reads otherwise, such as "on" or "no")'
            )
    return tuple(value)


def _mapping(where: str, value: Any) -> dict[str, Any]:
    if not isinstance(value, dict):
        raise LexiconError(f"{where}: expected a mapping, got {type(value).__name__}")
    for key in value:
        if not isinstance(key, str) or not key:
            raise LexiconError(f"{where}: key {key!r} is not a non-empty string")
    return value


def _word_map(where: str, value: Any) -> Mapping[str, str]:
    mapping = _mapping(where, value)
    for key, item in mapping.items():
        if not isinstance(item, str) or not item:
            raise LexiconError(f"{where}: {key!r} maps to {item!r}, not a non-empty string")
    return MappingProxyType(dict(mapping))


def _pairs(where: str, value: Any) -> tuple[tuple[str, str], ...]:
    if not isinstance(value, list):
        raise LexiconError(f"{where}: expected a list of [ending, expansion] pairs")
    pairs = []
    for n, item in enumerate(value, 1):
        pair = _strings(f"{where}, item {n}", item)
        if len(pair) != 2:
            raise LexiconError(f"{where}: item {n} is {item!r}, not an [ending, expansion] pair")
        pairs.append((pair[0], pair[1]))
    return tuple(pairs)


def _word_set(where: str, value: Any) -> frozenset[str]:
    return frozenset(_strings(where, value))


def _longest_first(where: str, value: Any) -> tuple[str, ...]:
    return tuple(sorted(_strings(where, value), key=len, reverse=True))


def _concepts(where: str, value: Any) -> Mapping[str, tuple[str, ...]]:
    mapping = _mapping(where, value)
    return MappingProxyType({c: _strings(f"{where}.{c}", v) for c, v in mapping.items()})


def _patterns(where: str, value: Any) -> tuple[tuple[str, str], ...]:
    """(pattern source, concept) pairs, checked for shape; compiled once {senior} is known."""
    if not isinstance(value, list):
        raise LexiconError(f"{where}: expected a list of {{concept, pattern}} entries")
    out = []
    for n, item in enumerate(value, 1):
        if not isinstance(item, dict) or set(item) != {"concept", "pattern"}:
            raise LexiconError(f"{where}: item {n} must have exactly 'concept' and 'pattern'")
        concept = _strings(f"{where}, item {n}, concept", [item["concept"]])[0]
        parts = item["pattern"] if isinstance(item["pattern"], list) else [item["pattern"]]
        out.append(("".join(_strings(f"{where}, item {n}, pattern", parts)), concept))
    return tuple(out)


def _compile(where: str, patterns: Any, senior_titles: tuple[str, ...]) -> tuple[Any, ...]:
    senior = "(?:" + "|".join(senior_titles) + ")"
    compiled = []
    for n, (source, concept) in enumerate(patterns, 1):
        try:
            compiled.append((re.compile(source.replace("{senior}", senior)), concept))
        except re.error as exc:
            raise LexiconError(
                f"{where}: item {n} ({concept}) is not a valid regex: {exc}"
            ) from exc
    return tuple(compiled)


_SECTIONS: dict[str, Callable[[str, Any], Any]] = {
    "contractions": _word_map,
    "suffixes": _pairs,
    "shorthand": _word_map,
    "filler_phrases": _longest_first,
    "filler_words": _word_set,
    "leading_filler": _word_set,
    "stopwords": _word_set,
    "concepts": _concepts,
    "senior_titles": _strings,
    "patterns": _patterns,
    "generic": _word_set,
    "work_words": _word_set,
    "places": _word_set,
    "small_talk": _strings,
    "weather": _strings,
    "role_words": _word_set,
    "topic_words": _word_set,
    "tool_words": _word_set,
}


def load(path: Path = PATH) -> Lexicon:
    """Read and check a lexicon file; raises ``LexiconError`` naming what is wrong."""
    try:
        data = yaml.load(path.read_text(encoding="utf-8"), Loader=_Loader)
    except (OSError, yaml.YAMLError) as exc:
        raise LexiconError(f"{path}: cannot read the lexicon: {exc}") from exc
    if not isinstance(data, dict):
        raise LexiconError(f"{path}: expected a mapping of sections, got {type(data).__name__}")
    missing = [s for s in _SECTIONS if s not in data]
    unknown = [s for s in data if s not in _SECTIONS]
    if missing or unknown:
        raise LexiconError(f"{path}: missing sections {missing}, unknown sections {unknown}")
    sections = {
        name: check(f"{path.name}: {name}", data[name]) for name, check in _SECTIONS.items()
    }
    sections["patterns"] = _compile(
        f"{path.name}: patterns", sections["patterns"], sections["senior_titles"]
    )
    synonyms: dict[str, str] = {}
    phrases: dict[str, str] = {}
    for concept, variants in sections["concepts"].items():
        synonyms.setdefault(concept, concept)
        for variant in variants:
            if " " in variant:
                phrases[variant] = concept
            else:
                synonyms[variant] = concept
    return Lexicon(
        **sections, synonyms=MappingProxyType(synonyms), phrases=MappingProxyType(phrases)
    )


LEXICON = load()
