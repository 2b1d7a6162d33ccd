"""The shipped banks (bot/question_banks/) as a coach and a user meet them: a core written
once, two personas per field with their own answers, a field's own questions, and variants
for the questions asked in nearly every meeting."""

from __future__ import annotations

import re

import pytest
import yaml

from bot.banks.loader import check_directory, load_banks
from bot.banks.model import CORE_FILE, MIN_FIELD_QUESTIONS, MIN_PERSONAS, Bank
from bot.banks.rules import normal_text
from tests.harness import ROOT

SHIPPED = ROOT / "bot" / "question_banks"
FIELDS = sorted(p.stem for p in SHIPPED.glob("*.yaml") if not p.name.startswith("_"))


@pytest.fixture(scope="module")
def banks() -> dict[str, Bank]:
    return load_banks(SHIPPED)


def test_the_shipped_folder_has_no_problem_at_all() -> None:
    _, problems = check_directory(SHIPPED)
    assert problems == []


def test_the_core_is_written_once() -> None:
    """Core wording lives in _core.yaml only; field files hold answers, not copies."""
    core = yaml.safe_load((SHIPPED / CORE_FILE).read_text(encoding="utf-8"))
    core_texts = {normal_text(q["text"]) for q in core["questions"]}
    for field in FIELDS:
        data = yaml.safe_load((SHIPPED / f"{field}.yaml").read_text(encoding="utf-8"))
        own = {normal_text(q["text"]) for q in data["questions"]}
        assert not own & core_texts, field
    assert not [q["id"] for q in core["questions"] if {"answers", "answer"} & set(q)]


@pytest.mark.parametrize("field", FIELDS)
def test_every_question_a_contact_asks_reads_on_its_own(banks: dict[str, Bank],
                                                        field: str) -> None:
    """Asked after "saw ur name on a linkedin post", "What have you done so far to explore
    it?" pointed at nothing: an ask-back comes after any answer, so it names what it is about."""
    for ask in banks[field].asks_back:
        assert not re.search(r"\b(?:it|that|this|them)\?$", ask.text), ask.text


@pytest.mark.parametrize("field", FIELDS)
def test_two_personas_at_different_stages_or_organisations(banks: dict[str, Bank],
                                                           field: str) -> None:
    personas = banks[field].personas
    assert len(personas) >= MIN_PERSONAS
    assert len({p.organisation for p in personas}) == len(personas)
    assert len({p.role for p in personas}) == len(personas)
    assert len({p.years for p in personas}) == len(personas)


@pytest.mark.parametrize("field", FIELDS)
def test_each_field_has_its_own_questions(banks: dict[str, Bank], field: str) -> None:
    own = [q for q in banks[field].questions if not q.core]
    assert len(own) >= MIN_FIELD_QUESTIONS
    assert {q.category for q in own} == {"trends", "insights", "advice", "resources",
                                         "assignments"} or len({q.category for q in own}) >= 4


@pytest.mark.parametrize("field", FIELDS)
def test_personas_tell_their_own_stories(banks: dict[str, Bank], field: str) -> None:
    """Every persona answers every question, and (shared answers aside) differently: each
    pair of them, a third persona too."""
    bank = banks[field]
    ids = [p.id for p in bank.personas]
    for question in bank.questions:
        for i, first in enumerate(ids):
            for second in ids[i + 1:]:
                mine, theirs = question.answer_of(first), question.answer_of(second)
                assert mine.persona == first and theirs.persona == second
                if not (mine.shared or theirs.shared):
                    assert mine.variants != theirs.variants, (question.id, first, second)


@pytest.mark.parametrize("field", FIELDS)
def test_a_contact_working_in_the_us_speaks_of_the_us(banks: dict[str, Bank],
                                                       field: str) -> None:
    """A US contact's answers are their own and never in pounds: a Houston nurse heard
    "Band 5, roughly 31k" (naming a British credential to set it apart is fine)."""
    bank = banks[field]
    for persona in (p for p in bank.personas if p.country == "US"):
        for question in bank.questions:
            answer = question.answer_of(persona.id)
            assert not answer.shared, (question.id, persona.id)
            for text in answer.variants:
                assert not re.search(r"£|\bpounds?\b|\bquid\b|\bBand [5-9],", text), (
                    question.id, text)


@pytest.mark.parametrize("field", FIELDS)
def test_the_most_asked_questions_vary_between_sessions(banks: dict[str, Bank],
                                                        field: str) -> None:
    bank = banks[field]
    common = [q for q in bank.questions if q.common]
    assert {"how-got-started", "typical-day", "like-most", "like-least",
            "advice-for-newcomer", "who-else"} <= {q.id for q in common}
    assert any(not q.core for q in common), "a field question asked most has variants too"
    for question in common:
        for persona in bank.personas:
            assert bank.variant_count(question.id, persona.id) >= 2
            assert bank.answer(question.id, persona.id, 0) != bank.answer(
                question.id, persona.id, 1)


def test_no_field_question_is_shared_word_for_word_between_fields(
        banks: dict[str, Bank]) -> None:
    seen: dict[str, str] = {}
    for field, bank in banks.items():
        for question in bank.questions:
            if question.core:
                continue
            key = normal_text(question.text)
            assert seen.setdefault(key, field) == field, question.text


@pytest.mark.parametrize("field", FIELDS)
def test_pay_is_never_a_bare_figure(banks: dict[str, Bank], field: str) -> None:
    money = re.compile(r"[$£€]\s?\d")
    for question in banks[field].questions:
        for answer in question.answers:
            for text in answer.variants:
                assert not money.search(text), (field, question.id)


@pytest.mark.parametrize("field", FIELDS)
def test_a_closing_answer_never_names_the_meeting_length(banks: dict[str, Bank],
                                                         field: str) -> None:
    """ "Good timing, we're nearly at the half hour" was said at 17 of a 20-minute meeting:
    a meeting lasts what the user chose, so no closing answer names a length."""
    length = re.compile(r"\b(?:half\s+(?:an\s+)?hour|hour|\d+\s*min(?:ute)?s|(?:fifteen|twenty|"
                        r"thirty|forty-five)\s+minutes)\b", re.IGNORECASE)
    for question in banks[field].questions:
        if "wrap_up" not in question.flags and question.id != "anything-else-to-ask":
            continue
        for answer in question.answers:
            for text in answer.variants:
                assert not length.search(text), (field, question.id, text)


def test_an_answer_followed_by_an_offer_does_not_make_it_first(banks: dict[str, Bank]) -> None:
    """ "I can introduce you to both." then "Shall I put you in touch with both?" said the
    offer twice; the follow-up is where the offer is made."""
    offer = re.compile(r"\b(?:introduce you|put you in touch|connect you)\b", re.IGNORECASE)
    twice = [(field, q.id, a.persona) for field, bank in banks.items() for q in bank.questions
             for a in q.answers if any(offer.search(f) for f in a.follow_ups)
             and any(offer.search(v) for v in a.variants)]
    assert twice == []


@pytest.mark.parametrize("field", FIELDS)
def test_an_open_answer_does_not_open_on_a_bare_yes_or_no(banks: dict[str, Bank],
                                                          field: str) -> None:
    """A question is asked both ways round: "Is it realistic to train at 40?" and "Am I too
    old?" reach one answer, and "Very." told an anxious 29-year-old she was very much too
    old. Only a closed question ("Do you like your job?") may start with its yes."""
    bare = re.compile(r"^(?:yes|no|very|definitely|absolutely|not really|of course)\b[.,;:!]",
                      re.IGNORECASE)
    flipped = [(q.id, a.persona) for q in banks[field].questions
               if "closed" not in q.flags and q.id != "use-your-name"
               for a in q.answers for text in a.variants if bare.match(text)]
    assert flipped == []


def test_a_glossary_names_each_term_once() -> None:
    """Two meanings for "sprint" would make the answer depend on file order."""
    from pydantic import ValidationError

    from bot.banks.model import FieldFile
    data = yaml.safe_load((ROOT / "bot" / "question_banks" / "finance.yaml").read_text())
    data["glossary"] = [{"term": "sprint", "meaning": "a"}, {"term": "Sprint", "meaning": "b"}]
    with pytest.raises(ValidationError, match="twice"):
        FieldFile.model_validate(data)


def test_a_question_suggested_for_next_time_is_never_one_the_coach_flags(
        banks: dict[str, Bank]) -> None:
    """"Worth asking next time: Should I prepare a stock pitch, and what makes a good one?"
    was a yes/no question, which the live tips flag a line before: the high-value questions
    the scorecard suggests are asked the way the coach teaches."""
    from bot.features.practice.understand import wording_flags

    flagged = [(field, q.id, q.text) for field, bank in banks.items() for q in bank.questions
               if q.value == "high" and {"closed", "googleable", "job_ask"} & set(
                   wording_flags(q.text))]
    assert flagged == []


def test_no_answer_opens_on_a_choice_its_question_need_not_offer(banks: dict[str, Bank]) -> None:
    """ "how much python for a junior data engineer role?" got "Of those two, Python…": an
    answer reached by one-sided wordings ("Do data analysts need to learn Python") cannot open
    on "those two"."""
    opening = re.compile(r"^(?:of\s+(?:those|the)\s+two|between\s+(?:those|the)\s+two)\b", re.I)
    found = [(field, q.id, p.id) for field, bank in banks.items() for q in bank.questions
             if any(" or " not in f" {w.lower()} " and " vs " not in w.lower()
                    for w in q.phrasings)
             for p in bank.personas for i in range(bank.variant_count(q.id, p.id))
             if opening.match(bank.answer(q.id, p.id, i))]
    assert found == []


def test_every_answer_to_a_question_naming_kinds_names_each_kind(banks: dict[str, Bank]) -> None:
    """"How do brand, performance, content and product marketing differ?", confirmed by a user
    who had asked about product marketing, got an answer on the other three."""
    bank = banks["marketing"]
    for persona in bank.personas:
        for i in range(bank.variant_count("marketing-specialisms", persona.id)):
            said = bank.answer("marketing-specialisms", persona.id, i).lower()
            assert all(k in said for k in ("brand", "performance", "content", "product")), (
                persona.id, i)


@pytest.mark.parametrize("field", FIELDS)
def test_someone_already_in_the_field_has_answers_of_their_own(banks: dict[str, Bank],
                                                                field: str) -> None:
    """An ICU nurse asking a ward manager where to start, what level they'd come in at and
    what it pays is not a newcomer: every contact has an answer for them."""
    bank = banks[field]
    assert len(bank.insider_roles) >= 5
    pay = [q for q in bank.questions if "pay" in q.flags]
    for question in (bank.question("advice-for-newcomer"), bank.question("starting-level")):
        assert question is not None
        assert all(a.insider for a in question.answers), question.id
    assert any(all(a.insider for a in q.answers) for q in pay), field
    for question in bank.questions:
        for answer in question.answers:
            assert not set(answer.insider) & set(answer.variants), (question.id, answer.persona)


def test_the_ways_jobs_are_found_are_asked_in_every_field(banks: dict[str, Bank]) -> None:
    """"Where do these jobs get advertised?" had no answer anywhere."""
    for bank in banks.values():
        question = bank.question("where-openings")
        assert question is not None and question.core and question.category == "resources"
