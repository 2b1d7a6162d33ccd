"""Tests for bot/banks/model.py: the schema rules, the merged bank and its persona API.

The loader reports most schema mistakes with file:line first (a duplicate id, for one, never
reaches the coach as the model's error), so the model's own validators are pinned here
directly, along with the API practice mode uses: personas, answers by persona and variant,
and the single-persona properties kept for older callers.
"""

from __future__ import annotations

from typing import Any

import pydantic
import pytest
import yaml

from bot.banks.loader import merge
from bot.banks.model import Bank, CoreFile, FieldFile
from tests.harness import ROOT

FIXTURE = ROOT / "tests" / "fixtures" / "banks" / "too_few.yaml"
RULES = ROOT / "tests" / "fixtures" / "banks" / "rules"


def bank_data() -> dict[str, Any]:
    """A small valid field file as plain data, fresh for each test to change."""
    return yaml.safe_load(FIXTURE.read_text(encoding="utf-8"))


def error_types(data: dict[str, Any]) -> list[str]:
    with pytest.raises(pydantic.ValidationError) as caught:
        FieldFile.model_validate(data)
    return [error["type"] for error in caught.value.errors()]


def two_personas() -> Bank:
    """The valid fixture pair: a core and a field with two personas and variants."""
    core = CoreFile.model_validate(yaml.safe_load((RULES / "valid" / "_core.yaml").read_text()))
    field = FieldFile.model_validate(
        yaml.safe_load((RULES / "valid" / "testing.yaml").read_text())
    )
    return merge(field, core)


def test_valid_data_builds_a_frozen_bank_with_lookups() -> None:
    bank = merge(FieldFile.model_validate(bank_data()), None)
    assert bank.question("typical-day") is bank.questions[0]
    assert bank.ask_back("tell-me-about-yourself") is bank.asks_back[0]
    assert bank.question("no-such-id") is None
    with pytest.raises(pydantic.ValidationError):
        bank.title = "changed"  # type: ignore[misc]


def test_duplicate_persona_ids_are_rejected_by_the_merged_bank() -> None:
    data = bank_data()
    data["personas"].append(dict(data["personas"][0]))
    with pytest.raises(pydantic.ValidationError) as caught:
        merge(FieldFile.model_validate(data), None)
    assert "duplicate persona id 'test'" in str(caught.value)


def test_repeated_flag_and_reversed_target_words_are_rejected() -> None:
    data = bank_data()
    data["questions"][0]["flags"] = ["closed", "closed"]
    data["asks_back"][0]["target_words"] = [120, 60]
    assert error_types(data) == ["duplicate_flag", "target_words_order"]


def test_yaml_booleans_and_numbers_are_not_taken_as_text() -> None:
    data = bank_data()
    data["questions"][0]["answers"] = {"test": True}
    assert error_types(data) == ["string_type"]


def test_one_answer_or_a_list_of_variants() -> None:
    data = bank_data()
    data["questions"][0]["answers"] = {"test": ["First answer, in my words.", "Second one."]}
    question = FieldFile.model_validate(data).questions[0]
    assert question.answers["test"] == ("First answer, in my words.", "Second one.")


def test_the_core_is_merged_first_and_marked() -> None:
    bank = two_personas()
    core = [q.id for q in bank.questions if q.core]
    own = [q.id for q in bank.questions if not q.core]
    assert core == ["how-got-started", "what-do-you-do"]
    assert own == ["tools-used"]
    assert [q.id for q in bank.questions] == core + own
    assert [a.id for a in bank.asks_back] == ["tell-me-about-yourself", "why-testing"]


def test_personas_and_the_first_persona_as_before() -> None:
    bank = two_personas()
    assert [p.id for p in bank.personas] == ["alex", "sam"]
    assert bank.persona is bank.personas[0]
    assert bank.persona_by_id("sam") is bank.personas[1]
    assert bank.persona_by_id("nobody") is None
    assert bank.persona_for("nobody") is bank.personas[0]


def test_answers_by_persona_and_variant_modulo_their_number() -> None:
    bank = two_personas()
    first = bank.answer("how-got-started", "alex", 0)
    second = bank.answer("how-got-started", "alex", 1)
    assert first != second
    assert bank.answer("how-got-started", "alex", 2) == first
    assert bank.variant_count("how-got-started", "alex") == 2
    assert bank.answer("how-got-started", "sam", 0).startswith("I studied")
    # Back-compatible: the first persona's first variant.
    assert bank.question("how-got-started").answer == first  # type: ignore[union-attr]
    with pytest.raises(KeyError):
        bank.answer("no-such-question", "alex")


def test_a_shared_answer_serves_every_persona() -> None:
    bank = two_personas()
    alex = bank.answer("what-do-you-do", "alex")
    assert alex == bank.answer("what-do-you-do", "sam")
    assert all(a.shared for a in bank.question("what-do-you-do").answers)  # type: ignore[union-attr]


def test_follow_ups_vary_by_persona_and_may_be_absent() -> None:
    bank = two_personas()
    assert bank.follow_up("how-got-started", "alex") == "What got you interested in testing?"
    assert bank.follow_up("how-got-started", "sam") is None
    question = bank.question("how-got-started")
    assert question is not None and question.follow_up == "What got you interested in testing?"
