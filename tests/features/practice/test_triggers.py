"""The shortcuts that keep matching fast must never change what a message is read as."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml

from bot.banks.loader import load_banks
from bot.features.practice import terms
from bot.features.practice.matcher import _W_STRING, Matcher
from bot.features.practice.triggers import may_match, triggers_of

ROOT = Path(__file__).resolve().parents[3]
FIXTURES = ROOT / "tests" / "fixtures"


def _messages() -> list[str]:
    texts: list[str] = []
    for path in sorted(FIXTURES.glob("*.yaml")):
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        texts += [item["text"] for item in data.get("items", ()) if isinstance(item, dict)]
    return texts


MESSAGES = _messages()


@pytest.mark.parametrize(
    ("pattern", "expected"),
    [
        (r"\b(?:typical|usual)\s+day\b", ("typical", "usual")),
        (r"\bgo\s+from\b", ("go",)),
        (r"\b(?:a|an)\s+(?=background)", ("a",)),  # "an" starts with "a": one test covers both
        (r"\brecogni[sz](?:ed|e)\b", ("recognise", "recognize")),
        (r"\b(?:my\s+)?age\b", ("age", "my")),  # optional first word: either may start it
        (r"(?<=course )work", ("work",)),  # a lookbehind matches nothing itself
        (r"\b\w+\s+job\b", None),  # any word first: no literal to test for
        (r"(?i)\bpay\b", None),  # case-blind: a literal test could miss "PAY"
    ],
)
def test_triggers_are_the_words_a_match_must_start_with(pattern, expected):
    assert triggers_of(re.compile(pattern)) == expected


def test_a_pattern_without_its_trigger_words_is_skipped_and_one_with_them_is_not():
    triggers = triggers_of(re.compile(r"\b(?:typical|usual)\s+day\b"))
    assert not may_match(triggers, "what is a normal day like")
    assert may_match(triggers, "whats a typical day like")
    assert may_match(None, "anything at all")


def test_nearly_every_lexicon_pattern_has_triggers():
    """Else the shortcut has quietly stopped working and matching slows down again."""
    with_triggers = [t for _, _, t in terms._PATTERN_CONCEPTS if t is not None]
    assert len(with_triggers) >= 0.9 * len(terms._PATTERN_CONCEPTS)


def _folded_the_long_way(text: str) -> str:
    for pattern, replacement, _ in terms._PATTERN_CONCEPTS:
        text = pattern.sub(replacement, text)
    return terms._PHRASE_RE.sub(lambda m: terms._PHRASES[m.group(1)], text)


def test_every_labelled_message_folds_the_same_with_the_shortcut():
    assert len(MESSAGES) > 1000
    for text in MESSAGES:
        plain = terms.normalise(text)
        assert terms._folded.__wrapped__(plain) == _folded_the_long_way(plain), text


@pytest.fixture(scope="module")
def matcher() -> Matcher:
    banks = load_banks(ROOT / "bot" / "question_banks")
    return Matcher([q for bank in banks.values() for q in bank.questions])


def _overlap_the_long_way(matcher: Matcher, index: int, query) -> float:
    from rapidfuzz import fuzz

    best = 0.0
    for choice in matcher._choices[index]:
        shared = [t for t in query.weights if t in choice.terms]
        if not shared:
            continue
        of_message = sum(query.weights[t] for t in shared) / query.total
        of_choice = sum(choice.terms[t] for t in shared) / choice.total
        f_measure = 2 * of_message * of_choice / (of_message + of_choice)
        string = fuzz.ratio(query.full, choice.full) / 100
        best = max(best, (1 - _W_STRING) * f_measure + _W_STRING * string)
    return best


def test_skipping_sentences_that_cannot_win_gives_the_same_overlap(matcher):
    """The string comparison is skipped only for sentences that could not be the closest."""
    compared = 0
    for text in MESSAGES[::7]:
        full = terms.normalise(text)
        words = terms.terms_of(full, matcher._context)
        if not words:
            continue
        query = matcher._query(full, words)
        for index in range(0, len(matcher._choices), 11):
            if any(t in matcher._postings for t in query.weights):
                assert matcher._overlap(index, query) == _overlap_the_long_way(
                    matcher, index, query
                ), text
                compared += 1
    assert compared > 1000
