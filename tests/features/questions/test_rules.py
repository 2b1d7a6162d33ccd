"""Question prep for /questions (bot/features/questions/rules.py): recommended questions,
weak-question flags, selection warnings and the cheat sheet."""

from __future__ import annotations

import re

from bot.banks.model import CATEGORIES, Bank
from bot.features.questions.rules import cheat_sheet, flags_for, recommended, validate_selection
from tests.features.practice.support import only_b_and_i

# --------------------------------------------------------------------------- question prep


def test_recommended_covers_tiara_and_ends_with_referral(banks: dict[str, Bank]) -> None:
    for bank in banks.values():
        ids = recommended(bank)
        questions = [bank.question(i) for i in ids]
        assert len(ids) == 6 and len(set(ids)) == 6
        assert {q.category for q in questions} == set(CATEGORIES)
        assert all(q.value == "high" and not flags_for(q) for q in questions)
        assert "referral" in questions[-1].flags
        assert validate_selection(ids, bank) == []
        five = recommended(bank, count=5)
        assert len(five) == 5 and {bank.question(i).category for i in five} == set(CATEGORIES)
        assert len(recommended(bank, count=8)) == 8


def test_flags_for_explains_weak_questions(bank: Bank) -> None:
    assert flags_for(bank.question("typical-day")) == []
    assert "web search" in flags_for(bank.question("how-many-employees"))[0]
    assert "Yes/no" in flags_for(bank.question("do-you-like-job"))[0]
    job = flags_for(bank.question("are-you-hiring"))
    assert len(job) == 1 and "job" in job[0]


def test_validate_selection_warnings(bank: Bank) -> None:
    warnings = validate_selection(["typical-day", "do-you-like-job", "gone"], bank)
    assert any("Unknown question 'gone'" in w for w in warnings)
    assert any(w.startswith("Only 2 questions") for w in warnings)
    assert any(w.startswith("No referral question") for w in warnings)
    assert any("Do you like your job?" in w and "Yes/no" in w for w in warnings)

    many = [q.id for q in bank.questions if q.value == "high"]
    assert len(many) > 8
    assert any("more than a 20\u201330 minute meeting" in w for w in validate_selection(many, bank))


def test_cheat_sheet(bank: Bank) -> None:
    ids = recommended(bank)
    text = cheat_sheet(bank, ids, "Priya <R&D>", minutes=30)
    assert only_b_and_i(text)
    assert "Priya &lt;R&amp;D&gt;" in text and "<R&D>" not in text
    for number, qid in enumerate(_meeting_order(bank, ids), 1):
        assert f"{number}. {bank.question(qid).text}" in text
    assert "At minute 27, offer to wrap up" in text
    assert "Open with" in text and "software engineering" in text
    headers = re.findall(r"<b>(Insights|Trends|Assignments|Advice|Resources)</b>", text)
    assert headers == ["Insights", "Trends", "Assignments", "Advice", "Resources"]
    assert "minute 17" in cheat_sheet(bank, ids, None)
    assert "Your questions" in cheat_sheet(bank, ids, None)


def _meeting_order(bank: Bank, ids: list[str]) -> list[str]:
    order = ["insights", "trends", "assignments", "advice", "resources"]
    chosen = [bank.question(i) for i in ids]
    return [q.id for c in order for q in chosen if q.category == c]


def test_the_sheet_opens_with_the_name_you_would_say(banks) -> None:
    from bot.features.questions.rules import cheat_sheet, recommended
    bank = next(b for b in banks.values() if b.field != "general")
    sheet = cheat_sheet(bank, recommended(bank), "Ms Jo Whitfield", 15)
    assert "Thanks so much for making the time, Jo." in sheet
    assert "I'll keep to the 15 minutes I asked for." in sheet
