"""The content rules of a bank folder (bot/banks/rules.py), each pinned at its file:line.

tests/fixtures/banks/rules/broken/ plants one mistake of each kind a coach (or a copy-paste)
makes in the per-persona format; valid/ is the same shape done right.
"""

from __future__ import annotations

from pathlib import Path

from bot.banks.loader import check_directory, read_core, validate_bank_file
from bot.banks.model import CORE_FILE
from tests.harness import ROOT

RULES = ROOT / "tests" / "fixtures" / "banks" / "rules"
BROKEN = RULES / "broken"


def broken_problems() -> list[str]:
    _, problems = check_directory(BROKEN, min_asks_back=1, min_questions=1, min_personas=1)
    return [str(p) for p in problems]


def at(name: str, line: int, message: str) -> str:
    return f"{BROKEN / name}:{line}: {message}"


def test_the_valid_folder_loads_with_no_problem() -> None:
    banks, problems = check_directory(RULES / "valid", min_asks_back=1, min_questions=1,
                                      min_personas=1)
    assert problems == []
    assert list(banks) == ["testing"]


def test_a_core_question_a_field_leaves_unanswered_is_reported_in_the_field() -> None:
    assert at("broken.yaml", 19, f"core question 'what-do-you-do' ({BROKEN / CORE_FILE}:10) has"
              " no answers in this file; add it under 'core_answers' with an answer for each"
              " persona") in broken_problems()


def test_every_persona_answers_every_question() -> None:
    problems = broken_problems()
    assert at("broken.yaml", 40, "question 'tools-used': no answer from persona 'sam' (add one,"
              " or a 'shared' answer)") in problems
    assert at("broken.yaml", 42, "question 'tools-used': 'samm' under 'answers' is not a"
              " persona in this file (did you mean 'sam'?)") in problems


def test_ids_are_unique_across_core_and_field() -> None:
    assert at("broken.yaml", 27, "question 'what-do-you-do': the id is already a core question"
              f" ({BROKEN / CORE_FILE}:10); answer it under 'core_answers', or give this"
              " question its own id") in broken_problems()


def test_common_questions_need_variants_for_each_persona() -> None:
    assert at("broken.yaml", 22, "core answers to 'how-got-started' is asked in nearly every"
              " meeting ('common'): persona 'alex' needs at least 2 answer variants, found 1",
              ) in broken_problems()


def test_answers_are_the_persona_speaking() -> None:
    assert at("broken.yaml", 41, "question 'tools-used': answer 1 of 'alex' is not in the first"
              " person; the persona is speaking ('I moved…', not 'She moved…' or 'Has run…')",
              ) in broken_problems()


def test_a_persona_does_not_claim_more_years_than_it_has() -> None:
    assert at("broken.yaml", 25, "core answers to 'how-got-started': answer 2 of 'sam' says"
              " 'five years testing', but persona 'sam' has worked 1 year (their 'years'); keep"
              " their story consistent") in broken_problems()


def test_a_persona_does_not_tell_another_personas_story() -> None:
    assert at("broken.yaml", 24, "core answers to 'how-got-started': answer 1 of 'sam' mentions"
              " 'Alex', which belongs to persona 'alex'; persona 'sam' should tell only its own"
              " story") in broken_problems()


def test_pay_is_a_hedged_range_and_answers_are_real() -> None:
    problems = broken_problems()
    assert at("broken.yaml", 49, "question 'pay-range': answer 1 of 'shared' gives a pay or"
              " money figure as fact; say it is a rough range and where to check (a salary"
              " survey, posted ranges)") in problems
    assert at("broken.yaml", 56, "question 'short-one': answer 1 of 'alex' has 3 words; an open"
              " question deserves a real answer (12 or more)") in problems
    # A shared answer about other people's years is not a claim about a persona's career.
    assert not [p for p in problems if "pay-range" in p and "years" in p]


def test_an_offer_is_a_follow_up_not_part_of_an_answer() -> None:
    """A "yes please" to an offer made inside an answer has nothing to answer."""
    assert at("broken.yaml", 34, "question 'what-do-you-do': answer 1 of 'sam' makes an offer"
              " ('Happy to show'); put it under 'follow_ups', where the user's yes is heard",
              ) in broken_problems()


def test_a_field_question_is_written_in_one_field_only() -> None:
    assert at("other.yaml", 22, "question 'tools-we-use': the same question is in"
              f" {BROKEN / 'broken.yaml'}:36 ('tools-used'); write a shared question once in"
              " _core.yaml, or word each field's its own way") in broken_problems()


def test_nothing_else_is_reported() -> None:
    """Each planted mistake once, and nothing the valid parts would trip."""
    assert len(broken_problems()) == 12


def test_the_core_holds_no_answers(tmp_path: Path) -> None:
    core = tmp_path / CORE_FILE
    text = (RULES / "valid" / CORE_FILE).read_text(encoding="utf-8")
    core.write_text(text.replace("    common: true\n", "    common: true\n    answer: Yes.\n"),
                    encoding="utf-8")
    assert [str(p) for p in read_core(core).problems] == [
        f"{core}:10: question 'how-got-started': unknown key 'answer': the core holds no"
        " answers; each field answers it per persona under 'core_answers'"
    ]


def test_a_field_file_checked_alone_uses_the_core_beside_it() -> None:
    bank, problems = validate_bank_file(RULES / "valid" / "testing.yaml", min_asks_back=1,
                                        min_questions=1, min_personas=1)
    assert problems == [] and bank is not None
    assert [q.id for q in bank.questions if q.core] == ["how-got-started", "what-do-you-do"]


def test_core_answers_without_a_core_file(tmp_path: Path) -> None:
    field = tmp_path / "testing.yaml"
    field.write_text((RULES / "valid" / "testing.yaml").read_text(encoding="utf-8"),
                     encoding="utf-8")
    _, problems = validate_bank_file(field, min_asks_back=1, min_questions=1, min_personas=1)
    assert [str(p) for p in problems] == [
        f"{field}:19: 'core_answers' answers the shared questions, but there is no _core.yaml"
        " in this folder"
    ]


def _with_insider_answers(tmp_path: Path, roles: str, who: str) -> list[str]:
    """The valid folder, with an insider answer from ``who`` to 'tools-used'."""
    for name in (CORE_FILE, "testing.yaml"):
        (tmp_path / name).write_text((RULES / "valid" / name).read_text(encoding="utf-8"),
                                     encoding="utf-8")
    field = tmp_path / "testing.yaml"
    text = field.read_text(encoding="utf-8").replace(
        "core_answers:\n", f"{roles}core_answers:\n").replace(
        "      sam: A bug tracker", f"    insider_answers:\n      {who}: You know the tools"
        " already, so I'd talk about the test plans you have written and what they caught.\n"
        "      sam: A bug tracker", 1)
    # the insider block sits inside 'answers' after that edit: move it after the answers
    lines = text.split("\n")
    start = lines.index("    insider_answers:")
    block = lines[start:start + 2]
    del lines[start:start + 2]
    after = next(k for k, line in enumerate(lines) if line.startswith("      sam: A bug tracker"))
    lines[after + 1:after + 1] = block
    field.write_text("\n".join(lines), encoding="utf-8")
    _, problems = check_directory(tmp_path, min_asks_back=1, min_questions=1, min_personas=1)
    return [str(p) for p in problems]


def test_insider_answers_load_for_a_field_that_lists_its_insiders(tmp_path: Path) -> None:
    assert _with_insider_answers(tmp_path, "insider_roles: [tester, qa]\n", "alex") == []
    banks, _ = check_directory(tmp_path, min_asks_back=1, min_questions=1, min_personas=1)
    bank = banks["testing"]
    assert bank.insider_roles == ("tester", "qa")
    assert bank.answer("tools-used", "alex", insider=True).startswith("You know the tools")
    assert bank.answer("tools-used", "alex").startswith("Mostly a test-management tool")
    assert bank.answer("tools-used", "sam", insider=True).startswith("A bug tracker")


def test_insider_answers_need_the_words_that_make_an_insider(tmp_path: Path) -> None:
    problems = _with_insider_answers(tmp_path, "", "alex")
    assert len(problems) == 1 and "lists no 'insider_roles'" in problems[0], problems


def test_insider_answers_from_someone_not_in_the_file(tmp_path: Path) -> None:
    problems = _with_insider_answers(tmp_path, "insider_roles: [tester]\n", "alexa")
    assert len(problems) == 1, problems
    assert "'alexa' under 'insider_answers' is not a persona in this file (did you mean" \
           " 'alex'?)" in problems[0]


def test_a_question_suits_only_personas_of_the_file(tmp_path: Path) -> None:
    """``suits`` names whose kind of work a question is about; a misspelt id would quietly
    keep the question from every meeting's suggestions, so it is reported at its line."""
    for name in (CORE_FILE, "testing.yaml"):
        (tmp_path / name).write_text((RULES / "valid" / name).read_text(encoding="utf-8"),
                                     encoding="utf-8")
    field = tmp_path / "testing.yaml"
    text = field.read_text(encoding="utf-8")
    at_question = text.index("questions:\n  - id: ")
    start = text.index("\n", text.index("category:", at_question)) + 1
    for who, expected in (("[alex]", []), ("[alexa]", ["'alexa' under 'suits' is not a"
                                                       " persona in this file"])):
        field.write_text(f"{text[:start]}    suits: {who}\n{text[start:]}", encoding="utf-8")
        banks, problems = check_directory(tmp_path, min_asks_back=1, min_questions=1,
                                          min_personas=1)
        assert [p for p in expected if not any(p in str(q) for q in problems)] == [], problems
        assert len(problems) == len(expected), problems
        if not expected:
            assert [q.suits for q in banks["testing"].questions if q.suits] == [("alex",)]
