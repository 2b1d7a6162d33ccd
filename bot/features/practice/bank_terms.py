"""A bank question's sentences and keywords read as terms once, when a matcher is built,
and a message weighted once before it is compared with each candidate."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from rapidfuzz import fuzz

from bot.banks.model import Question
from bot.features.practice.terms import OFF_TOPIC, WH_REACH, normalise, stem, terms_of, wh


@dataclass(frozen=True)
class Choice:
    """One sentence of a question (its text or a phrasing), ready for comparison."""

    full: str  # normalised sentence, for the string similarity
    terms: dict[str, float]  # term -> weight (rarity, times the context/generic discount)
    total: float  # sum of the weights


@dataclass(frozen=True, slots=True)
class Parsed:
    """One question's sentences and keywords as terms, before anything is weighted."""

    sentences: list[tuple[str, set[str]]]  # (normalised text or phrasing, its terms)
    singles: set[str]  # one-term keywords
    multis: set[str]  # several-term keywords, as "term term"
    doc: Counter[str]  # term counts over all of it, for TF-IDF


def parse(question: Question, context: frozenset[str], words: set[str]) -> Parsed:
    """Terms of one question's sentences and keywords; adds its words of 4+ letters (the
    targets of typo correction) to ``words``."""
    doc: Counter[str] = Counter()
    sentences: list[tuple[str, set[str]]] = []
    for sentence in (question.text, *question.phrasings):
        full = normalise(sentence)
        split = full.split()
        words.update(w for w in split if len(w) >= 4)
        # A bank sentence is never small talk, though it may say "love your job".
        terms = (set(terms_of(full, context)) - {OFF_TOPIC}) | wh(split, WH_REACH)
        doc.update(terms)
        sentences.append((full, terms))
    singles: set[str] = set()
    multis: set[str] = set()
    for keyword in question.keywords:
        full = normalise(keyword)
        words.update(w for w in full.split() if len(w) >= 4)
        terms = terms_of(full, context) or [stem(w) for w in full.split()]
        if len(terms) == 1:
            singles.add(terms[0])
            doc[terms[0]] += 2
        elif terms:
            multis.add(" ".join(terms))
            doc.update(terms)
    return Parsed(sentences, singles, multis, doc)


@dataclass(frozen=True, slots=True)
class Query:
    """A message, weighted once and then compared with each candidate question."""

    full: str  # normalised and typo-corrected, for the string similarity
    weights: dict[str, float]  # term -> weight; words the bank never uses are left out
    norm: float  # Euclidean norm of ``weights``
    total: float  # sum of the weights of the terms the bank knows
    terms: set[str]
    sequence: str  # " term term ... ", to find multi-term keywords in
    factor: float  # how on-topic the message is (0.1-1), from its coverage


def overlap(choices: list[Choice], query: Query, string_share: float) -> float:
    """Overlap with the closest sentence: the share of the message it explains and the share
    of it the message says (an F-measure over weighted terms), plus ``string_share`` of plain
    string similarity."""
    weights = query.weights
    measured: list[tuple[float, Choice]] = []
    for choice in choices:
        shared = [t for t in weights if t in choice.terms]
        if not shared:
            continue
        of_message = sum(weights[t] for t in shared) / query.total
        of_choice = sum(choice.terms[t] for t in shared) / choice.total
        measured.append((2 * of_message * of_choice / (of_message + of_choice), choice))
    # The string similarity is the costly part: the closest sentences in terms go first, and
    # a sentence that could not beat the best so far even with the longest string in common
    # is not compared (the result is the same, at a fraction of the cost).
    measured.sort(key=lambda m: -m[0])
    best = 0.0
    size = len(query.full)
    for f_measure, choice in measured:
        terms_part = (1 - string_share) * f_measure
        other = len(choice.full)
        # the string ratio is at most 1 - |a - b| / (a + b) for lengths a and b
        best_string = 1 - abs(size - other) / (size + other) if size + other else 1.0
        if terms_part + string_share * best_string + 1e-9 <= best:
            continue
        string = fuzz.ratio(query.full, choice.full) / 100
        best = max(best, terms_part + string_share * string)
    return best
