"""The field typed at onboarding puts the closest shipped bank first, with a star."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.banks.choice import choices, chosen_field, field_key, ordered
from bot.banks.loader import load_banks
from bot.engine.steps import Answer

BANKS = load_banks(Path(__file__).resolve().parents[2] / "bot" / "question_banks")


@pytest.mark.parametrize(("typed", "field"), [
    ("fintech", "finance"), ("Equity Research", "finance"), ("investment banking", "finance"),
    ("private equity", "finance"), ("accounting", "finance"),
    ("data science", "data_analytics"), ("Data Scientist", "data_analytics"),
    ("analytics", "data_analytics"), ("machine learning", "data_analytics"),
    ("UX research", "ux_design"), ("UX/UI", "ux_design"), ("product design", "ux_design"),
    ("user research at a fintech", "ux_design"),
    ("nursing", "healthcare"), ("I'm a nurse", "healthcare"), ("public health", "healthcare"),
    ("teaching", "education"), ("high school teacher", "education"), ("EdTech", "education"),
    ("nonprofit", "nonprofit_public"), ("non-profit", "nonprofit_public"),
    ("NGO work", "nonprofit_public"), ("government", "nonprofit_public"),
    ("product", "product_management"), ("Product Manager", "product_management"),
    ("software", "software_engineering"), ("backend developer", "software_engineering"),
    ("marketing", "marketing"), ("Brand & Communications", "marketing"),
    ("product marketing", "marketing"),
    ("Marketing", "marketing"), ("Healthcare", "healthcare"),  # titles still work
    ("Software engineering", "software_engineering"),
    ("underwater basket weaving", "general"),  # nothing close: the general bank
    # "management" is in every field's job titles, not a sign of product management
    ("community safety or youth work management", "nonprofit_public"),
    ("project management", "general"), ("operations management", "general"),
    ("housing officer at the council", "nonprofit_public"),
    ("mortgage and housing finance", "finance"), ("adult social care nursing", "healthcare"),
    ("social worker", "nonprofit_public"),
    # a slip of the fingers on a phone: "sofware dev" had starred the general bank
    ("sofware dev", "software_engineering"), ("nursng", "healthcare"),
    ("markting", "marketing"), ("helath care", "healthcare"),
    # programmes are a charity's or a government's: this starred product management
    ("Program management in the nonprofit and public sector", "nonprofit_public"),
    ("technical program manager at a tech company", "product_management"),
    # "web dev, like junior front end stuff" had starred the general bank
    ("web dev", "software_engineering"), ("junior dev", "software_engineering"),
    ("web design", "ux_design"), ("data analyst using python", "data_analytics"),
    # teaching a subject is teaching: "computer science" had starred software engineering
    ("Teaching computer science at the high-school level", "education"),
    ("RN", "healthcare"), ("high school maths teacher", "education"),
    # the subject before "teaching" (a phrase no table lists) had starred software engineering
    ("Secondary school computer science teaching in UK", "education"),
    ("data science tutor", "education"), ("nurse at a teaching hospital", "healthcare"),
    # a retiring police sergeant's "security" had starred software engineering
    ("something in security or operations", "general"), ("cyber security", "software_engineering"),
])
def test_a_typed_field_puts_its_bank_first(typed: str, field: str) -> None:
    assert ordered(BANKS, typed)[0].field == field


def test_the_first_choice_has_a_star_and_every_bank_is_offered_once() -> None:
    offered = choices(BANKS, "fintech")
    assert offered[0] == ("⭐ Finance", "finance")
    assert sorted(f for _, f in offered) == sorted(BANKS)
    assert sum(label.startswith("⭐") for label, _ in offered) == 1


def test_no_field_keeps_the_loaded_order() -> None:
    assert [b.field for b in ordered(BANKS, None)] == list(BANKS)


def test_a_word_for_a_bank_that_is_not_loaded_falls_back_to_the_titles() -> None:
    some = {k: BANKS[k] for k in ("general", "marketing")}
    assert ordered(some, "nursing")[0].field == "general"


def test_a_typed_answer_chooses_the_closest_bank() -> None:
    assert chosen_field(BANKS, Answer(text="equity research", pressed=None)) == "finance"
    assert chosen_field(BANKS, Answer(text="", pressed="education")) == "education"
    assert chosen_field(BANKS, Answer(text="", pressed="nope")) is None


@pytest.mark.parametrize(("typed", "not_field"), [
    ("army medic", "marketing"), ("audio production", "finance"), ("beach lifeguard", "education"),
])
def test_a_real_word_one_letter_from_a_field_word_is_no_typo(typed: str, not_field: str) -> None:
    """"medic" is not "media" mistyped, nor "audio" "audit"."""
    assert ordered(BANKS, typed)[0].field != not_field


def test_field_key_reads_a_typed_field_without_the_banks_and_only_known_fields_with_them():
    assert field_key("equity research at a bank") == "finance"
    assert field_key("nursng") == "healthcare"
    assert field_key("beekeeping") is None
    assert field_key("equity research", known={"marketing"}) is None


@pytest.mark.parametrize("typed", ["hc admin, like practice management",
                                   "practice manager at a clinic", "healthcare administration"])
def test_healthcare_administration_typed_any_way_is_healthcare(typed):
    assert field_key(typed) == "healthcare"


@pytest.mark.parametrize(("typed", "field"), [
    ("eng mgmt", "software_engineering"),
    ("school leadership or sport development work", "education"),
])
def test_a_field_of_managing_or_leading_finds_its_bank(typed: str, field: str) -> None:
    """ "eng mgmt tbh. senior BE eng atm" starred General in /practice."""
    assert field_key(typed) == field
