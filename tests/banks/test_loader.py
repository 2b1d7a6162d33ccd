"""Tests for bot/banks/loader.py (and the model it validates into) and the shipped banks.

Each broken fixture under tests/fixtures/banks/ holds one kind of mistake a coach might make;
the tests pin the exact file:line and wording, because that message is the only help the
coach gets when a bank fails to load.
"""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest

from bot.banks.loader import BankError, Problem, load_banks, validate_bank_file
from bot.banks.model import CATEGORIES, CORE_FILE, MIN_ASKS_BACK, MIN_QUESTIONS, Bank
from tests.harness import ROOT  # noqa: E402

SHIPPED = ROOT / "bot" / "question_banks"
FIXTURES = ROOT / "tests" / "fixtures" / "banks"
EXPECTED_FIELDS = {
    "software_engineering",
    "data_analytics",
    "product_management",
    "ux_design",
    "marketing",
    "finance",
    "healthcare",
    "nonprofit_public",
    "education",
    "general",
}


def problems_of(name: str, **minimums: int) -> list[str]:
    """Validate a fixture with tiny minimums, so only the planted mistake is reported."""
    minimums = {"min_questions": 1, "min_personas": 1, "min_asks_back": 1} | minimums
    bank, problems = validate_bank_file(FIXTURES / name, **minimums)
    assert bank is None or not problems
    return [str(p) for p in problems]


def at(name: str, line: int, message: str) -> str:
    return f"{FIXTURES / name}:{line}: {message}"


# --- one fixture per kind of mistake ---------------------------------------------------


def test_small_valid_fixture_loads() -> None:
    bank, problems = validate_bank_file(FIXTURES / "too_few.yaml", min_questions=1,
                                        min_personas=1, min_asks_back=1)
    assert problems == []
    assert isinstance(bank, Bank)
    assert bank.field == "too_few"
    assert bank.question("typical-day") is not None
    assert bank.question("no-such-id") is None
    assert bank.ask_back("tell-me-about-yourself") is not None
    assert bank.questions[0].flags == ()
    assert bank.questions[0].value == "normal"


def test_too_few_personas_questions_and_asks_back() -> None:
    _, problems = validate_bank_file(FIXTURES / "too_few.yaml", min_questions=25,
                                     min_personas=2, min_asks_back=8)
    assert [str(p) for p in problems] == [
        at("too_few.yaml", 4, "'personas' has 1 persona; a bank needs at least 2"),
        at("too_few.yaml", 15, "'questions' has 1 question; a bank needs at least 25"),
        at("too_few.yaml", 24, "'asks_back' has 1 ask-back question; a bank needs at least 8"),
    ]


def test_yaml_syntax_error_points_at_line() -> None:
    assert problems_of("yaml_syntax.yaml") == [
        at(
            "yaml_syntax.yaml",
            16,
            "not valid YAML: mapping values are not allowed here"
            " (text containing ': ' must be put in quotes)",
        ),
    ]


def test_unclosed_quote_points_at_opening_line(tmp_path: Path) -> None:
    path = tmp_path / "quote.yaml"
    path.write_text('field: quote\ntitle: "Unclosed\npersonas: []\n', encoding="utf-8")
    _, problems = validate_bank_file(path)
    assert problems == [
        Problem(str(path), 2, "not valid YAML: a quote opened on this line is never closed")
    ]


def test_top_level_not_a_mapping() -> None:
    assert problems_of("not_mapping.yaml") == [
        at(
            "not_mapping.yaml",
            1,
            "the file should be a block of keys (field:, title:, personas:,"
            " core_answers:, questions:, asks_back:, glossary:), but it is a list",
        ),
    ]


def test_empty_file() -> None:
    assert problems_of("empty.yaml") == [at("empty.yaml", 1, "the file is empty")]


def test_unknown_key_suggests_the_right_one() -> None:
    # The misspelt key also leaves 'answer' missing; both are reported.
    assert problems_of("unknown_key.yaml") == [
        at("unknown_key.yaml", 15, "question 'typical-day': missing required key 'answers'"),
        at(
            "unknown_key.yaml",
            22,
            "question 'typical-day': unknown key 'anwsers' (did you mean 'answers'?)",
        ),
    ]


def test_a_tip_met_by_that_is_no_regular_expression_is_reported_at_its_line(
        tmp_path: Path) -> None:
    """A coach's slip in the pattern that skips a tip is a problem at its line, not a crash
    in the first meeting that asks the question."""
    text = (FIXTURES / "too_few.yaml").read_text(encoding="utf-8").replace(
        "    keywords: [day, typical]\n", "    keywords: [day, typical]\n"
        "    tip: Ask about one real day.\n    tip_met_by: (yesterday\n", 1)
    path = tmp_path / "too_few.yaml"
    path.write_text(text, encoding="utf-8")
    _, problems = validate_bank_file(path, min_questions=1, min_personas=1, min_asks_back=1)
    assert [str(p) for p in problems] == [
        f"{path}:24: question 'typical-day': 'tip_met_by': not a regular expression (missing ),"
        " unterminated subpattern at position 0)"]


def test_missing_field_reports_the_mapping_that_lacks_it() -> None:
    assert problems_of("missing_field.yaml") == [
        at("missing_field.yaml", 4, "persona 'test': missing required key 'greeting'"),
    ]


def test_wrong_types() -> None:
    assert problems_of("wrong_types.yaml") == [
        at(
            "wrong_types.yaml",
            8,
            "persona 'test': 'years' should be a whole number, got the text 'eleven'",
        ),
        at(
            "wrong_types.yaml",
            21,
            "question 'typical-day': 'keywords' should be a list, got the text 'day, typical'",
        ),
        at(
            "wrong_types.yaml",
            22,
            "question 'typical-day': answer 1 of 'test' should be text, got the"
            " yes/no value yes (put it in quotes if you meant text)",
        ),
        at(
            "wrong_types.yaml",
            23,
            "question 'typical-day': unknown flag 'closd' (use one of:"
            " googleable, closed, job_ask, referral, wrap_up, pay)",
        ),
        at(
            "wrong_types.yaml",
            25,
            "ask-back 'Tell Me About Yourself': id 'Tell Me About"
            " Yourself' should be lowercase words joined by hyphens"
            " (e.g. typical-day)",
        ),
        at(
            "wrong_types.yaml",
            28,
            "ask-back 'Tell Me About Yourself': 'target_words' should be"
            " two numbers, [min, max]; found 1",
        ),
    ]


def test_duplicate_question_id_reports_the_second() -> None:
    assert problems_of("duplicate_id.yaml") == [
        at(
            "duplicate_id.yaml",
            18,
            "question 'typical-day': the id is already used on line 12; ids must be unique",
        ),
    ]


def test_unknown_category_lists_the_allowed_ones() -> None:
    assert problems_of("unknown_category.yaml") == [
        at(
            "unknown_category.yaml",
            17,
            "question 'typical-day': unknown category 'trend' (use one"
            " of: trends, insights, advice, resources, assignments)",
        ),
    ]


def test_field_must_match_file_name() -> None:
    assert problems_of("field_mismatch.yaml") == [
        at(
            "field_mismatch.yaml",
            1,
            "field 'wrong_stem' does not match the file name"
            " 'field_mismatch.yaml'; change it to 'field_mismatch' or"
            " rename the file",
        ),
    ]


def test_target_words_min_above_max() -> None:
    assert problems_of("target_words_order.yaml") == [
        at(
            "target_words_order.yaml",
            27,
            "ask-back 'tell-me-about-yourself': target_words"
            " minimum 120 is larger than the maximum 60 (write"
            " them as [min, max])",
        ),
    ]


def test_duplicate_yaml_keys_are_detected() -> None:
    assert problems_of("duplicate_key.yaml") == [
        at(
            "duplicate_key.yaml",
            18,
            "question 'typical-day': key 'answers' appears twice (also on"
            " line 17); YAML keeps only the last one",
        ),
        at(
            "duplicate_key.yaml",
            24,
            "key 'title' appears twice (also on line 2); YAML keeps only the last one",
        ),
    ]


def test_missing_file() -> None:
    _, problems = validate_bank_file(FIXTURES / "does_not_exist.yaml")
    assert [str(p) for p in problems] == [f"{FIXTURES / 'does_not_exist.yaml'}: file not found"]


def test_problem_and_error_formatting() -> None:
    problem = Problem("question_banks/finance.yaml", 42, "question 'x': something")
    assert str(problem) == "question_banks/finance.yaml:42: question 'x': something"
    error = BankError([problem, Problem("question_banks", 0, "question bank folder not found")])
    assert str(error) == (
        "question_banks/finance.yaml:42: question 'x': something\n"
        "question_banks: question bank folder not found"
    )
    assert error.problems[0] == problem


# --- load_banks ----------------------------------------------------------------------


def test_missing_directory_is_an_error(tmp_path: Path) -> None:
    with pytest.raises(BankError) as caught:
        load_banks(tmp_path / "nowhere")
    assert str(caught.value) == f"{tmp_path / 'nowhere'}: question bank folder not found"


def test_empty_directory_is_an_error(tmp_path: Path) -> None:
    with pytest.raises(BankError) as caught:
        load_banks(tmp_path)
    assert str(caught.value) == (
        f"{tmp_path}: no question banks found (expected <field>.yaml files)"
    )


def test_every_problem_in_every_file_is_reported(tmp_path: Path) -> None:
    shutil.copy(SHIPPED / "finance.yaml", tmp_path / "finance.yaml")
    shutil.copy(SHIPPED / CORE_FILE, tmp_path / CORE_FILE)
    for name in ("unknown_category.yaml", "duplicate_id.yaml"):
        shutil.copy(FIXTURES / name, tmp_path / name)
    with pytest.raises(BankError) as caught:
        load_banks(tmp_path)
    messages = [(Path(p.path).name, p.line, p.message) for p in caught.value.problems]
    assert (
        "unknown_category.yaml",
        17,
        "question 'typical-day': unknown category 'trend' (use"
        " one of: trends, insights, advice, resources, assignments)",
    ) in messages
    assert (
        "duplicate_id.yaml",
        18,
        "question 'typical-day': the id is already used on line 12; ids must be unique",
    ) in messages
    assert not [m for m in messages if m[0] == "finance.yaml"]


def test_new_yaml_file_adds_a_field(tmp_path: Path) -> None:
    text = (SHIPPED / "finance.yaml").read_text(encoding="utf-8")
    (tmp_path / "law.yaml").write_text(
        text.replace("field: finance", "field: law").replace("title: Finance", "title: Law"),
        encoding="utf-8",
    )
    shutil.copy(SHIPPED / CORE_FILE, tmp_path / CORE_FILE)
    shutil.copy(SHIPPED / "general.yaml", tmp_path / "general.yaml")
    shutil.copy(SHIPPED / "ux_design.yaml", tmp_path / "ux_design.yaml")
    banks = load_banks(tmp_path)
    assert list(banks) == ["law", "ux_design", "general"]
    assert banks["law"].title == "Law"


# --- the shipped banks ---------------------------------------------------------------


@pytest.fixture(scope="module")
def shipped() -> dict[str, Bank]:
    return load_banks(SHIPPED)


def _normal(text: str) -> str:
    return re.sub(r"[^a-z0-9 ]", "", text.casefold()).strip()


def test_all_expected_fields_ship_in_title_order_with_general_last(
    shipped: dict[str, Bank],
) -> None:
    assert set(shipped) == EXPECTED_FIELDS
    titles = [bank.title.casefold() for bank in shipped.values()]
    assert list(shipped)[-1] == "general"
    assert titles[:-1] == sorted(titles[:-1])


@pytest.mark.parametrize("field", sorted(EXPECTED_FIELDS))
def test_shipped_bank_meets_minimums(shipped: dict[str, Bank], field: str) -> None:
    bank = shipped[field]
    assert len(bank.questions) >= MIN_QUESTIONS
    assert len(bank.asks_back) >= MIN_ASKS_BACK
    per_category = {c: sum(q.category == c for q in bank.questions) for c in CATEGORIES}
    assert all(count >= 3 for count in per_category.values()), per_category
    flags = [flag for q in bank.questions for flag in q.flags]
    for flag in ("googleable", "closed", "job_ask", "wrap_up"):
        assert flag in flags, flag
    assert flags.count("googleable") >= 2
    referral = [q for q in bank.questions if "referral" in q.flags]
    assert any(q.category == "resources" for q in referral)
    # The practice mode relies on these shared ids in every bank.
    for qid in ("how-got-started", "like-most", "like-least", "who-else", "are-you-hiring"):
        assert bank.question(qid) is not None, qid
    for aid in (
        "tell-me-about-yourself",
        "why-this-field",
        "explored-so-far",
        "how-can-i-help",
        "role-aiming-for",
    ):
        assert bank.ask_back(aid) is not None, aid


@pytest.mark.parametrize("field", sorted(EXPECTED_FIELDS))
def test_shipped_bank_has_no_duplicate_phrasings(shipped: dict[str, Bank], field: str) -> None:
    """A phrasing shared by two questions would make matching the user's question ambiguous."""
    owner: dict[str, str] = {}
    for question in shipped[field].questions:
        for text in (question.text, *question.phrasings):
            key = _normal(text)
            assert owner.setdefault(key, question.id) == question.id, (
                f"{text!r} is used by both {owner[key]} and {question.id}"
            )


@pytest.mark.parametrize("field", sorted(EXPECTED_FIELDS))
def test_shipped_bank_content_is_usable(shipped: dict[str, Bank], field: str) -> None:
    bank = shipped[field]
    assert 3 <= len(bank.persona.facts) <= 6
    for question in bank.questions:
        assert 2 <= len(question.phrasings) <= 16, question.id
        if "closed" not in question.flags:  # closed questions get curt answers on purpose
            assert len(question.answer.split()) >= 12, question.id
        if question.flags and set(question.flags) & {"googleable", "closed", "job_ask"}:
            assert question.tip, f"{question.id}: weak questions need a coaching tip"
            assert question.value == "low", question.id
    for ask in bank.asks_back:
        low, high = ask.target_words
        assert 0 < low < high, ask.id
