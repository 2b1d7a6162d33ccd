"""/questions as a pure function: a field, who it's for, a recommended list to edit by TIARA
category in place, a warning about a weak list, and the saved list with its cheat-sheet."""

from __future__ import annotations

import pytest

from bot.banks.loader import load_banks
from bot.banks.model import Bank
from bot.engine.flow import Press
from bot.engine.models import Dialogue
from bot.features.questions import rules
from bot.features.questions.effects import SaveQuestions
from bot.features.questions.flow import QuestionsFlow
from tests.features.flow_support import BANKS_DIR, INST, Walk, make_turn, make_user

BANKS = load_banks(BANKS_DIR)
MARKETING: Bank = BANKS["marketing"]
FLOW = QuestionsFlow(BANKS)
CONTACTS = {"contacts": [[3, "Dana Lee", "Acme"], [4, "Ari Gold", ""]]}
RECOMMENDED = rules.recommended(MARKETING)
TITLES = {"trends": "📈 Trends", "insights": "🔍 Insights", "advice": "🧭 Advice",
          "resources": "📚 Resources", "assignments": "🛠 Assignments"}


def start(payload: object = CONTACTS, **user: object) -> Walk:
    return Walk(FLOW, make_turn(make_user(**user)), payload)


def walk_to(step: str, w: Walk | None = None) -> Walk:
    w = w or start()
    script = {"field": lambda: w.tap("⭐ Marketing"), "contact": lambda: w.tap("Dana Lee"),
              "pick": lambda: open_category(w, "trends")}
    while w.step != step:
        script[w.step]()
    return w


def texts(ids: list[str]) -> tuple[str, ...]:
    return tuple(MARKETING.question(q).text for q in ids)


def number_in(cat: str, qid: str) -> int:
    """The number a question has on its category's page."""
    return [q.id for q in MARKETING.questions if q.category == cat].index(qid) + 1


def open_category(w: Walk, cat: str) -> None:
    w.tap(next(label for label in w.labels if label.startswith(TITLES[cat] + " (")))


def without_referral(w: Walk) -> Walk:
    """From the list, remove "who else should I talk to?" and tap Done."""
    open_category(w, "resources")
    w.tap(f"✅ {number_in('resources', 'who-else')}")
    w.tap("⬅️ All categories")
    w.tap("✅ Done")
    return w


def first_in(cat: str, *, chosen: bool, weak: bool | None = None) -> str:
    return next(q.id for q in MARKETING.questions if q.category == cat
                and (q.id in RECOMMENDED) == chosen
                and (weak is None or bool(rules.flags_for(q)) == weak))


def test_happy_path_saves_the_recommended_list_for_a_contact() -> None:
    w = start()
    assert w.out.replies[0].text == "Let's pick 5–8 questions for a 20–30 minute meeting."
    assert w.question == "Which field is the person in?"
    assert w.labels[0] == "⭐ Marketing"  # the user's own field first
    assert len(w.labels) == len(BANKS)  # the first step: no Back, no Skip
    w.tap("⭐ Marketing")
    assert w.question == "Who is the meeting with? The list goes into its prep reminder."
    assert w.labels == ["Dana Lee", "Ari Gold", "Not for anyone yet"]
    w.tap("Dana Lee")
    assert w.data["chosen"] == RECOMMENDED and 5 <= len(RECOMMENDED) <= 8
    assert w.question.startswith(f"<b>{len(RECOMMENDED)} questions chosen</b> (aim for 5–8):")
    assert all(f"• {t}" in w.question for t in texts(RECOMMENDED))
    assert [label.rsplit(" (", 1)[0] for label in w.labels[:5]] == list(TITLES.values())
    assert w.labels[5] == f"✅ Done ({len(RECOMMENDED)})"
    w.tap("✅ Done")
    assert w.steps == ["field", "contact", "pick", None]
    assert w.effects == [SaveQuestions("marketing", texts(RECOMMENDED), 3, INST)]
    saved, sheet = w.out.replies
    assert saved.text == ("💾 Saved for your meeting with Dana Lee: it will be in the prep "
                          "reminder.")
    assert sheet.text.startswith("<b>Questions for Dana Lee</b>")
    assert w.out.show_menu


def test_not_for_anyone_saves_without_a_contact() -> None:
    w = walk_to("contact")
    w.tap("Not for anyone yet")
    w.tap("✅ Done")
    assert w.effects == [SaveQuestions("marketing", texts(RECOMMENDED), None, INST)]
    assert w.out.replies[0].text == "💾 Saved. Here's your cheat-sheet:"
    assert w.out.replies[1].text.startswith("<b>Your questions</b>")


def test_no_recent_contacts_skips_who_its_for() -> None:
    w = start(None)
    w.tap("⭐ Marketing")
    assert w.step == "pick"
    w.tap("✅ Done")
    assert w.steps == ["field", "pick", None]
    assert w.effects[0].contact_id is None


def test_a_typed_field_finds_the_closest_bank() -> None:
    w = start(None)
    w.say("software engineering")
    assert w.data["field"] == "software_engineering"
    w.tap("✅ Done")
    assert w.effects[0].field == "software_engineering"


def test_toggling_a_question_edits_the_message_in_place() -> None:
    w = walk_to("cat")
    assert w.question.startswith("<b>📈 Trends</b> — where the field is heading.")
    added = first_in("trends", chosen=False, weak=False)
    n = number_in("trends", added)
    assert f"▫️ {n}. {MARKETING.question(added).text}" in w.question
    assert w.labels[-1] == "⬅️ All categories"
    w.tap(f"➕ {n}")
    assert w.step == "cat" and len(w.out.replies) == 1
    assert all(r.replace for r in w.out.replies)
    assert f"✅ {n}. {MARKETING.question(added).text}" in w.question
    assert f"✅ {n}" in w.labels and w.data["chosen"] == [*RECOMMENDED, added]
    w.tap(f"✅ {n}")
    assert w.out.replies[0].replace and w.data["chosen"] == RECOMMENDED
    assert f"➕ {n}" in w.labels
    assert w.effects == []


def test_all_categories_shows_the_new_list_and_saves_it() -> None:
    w = walk_to("cat")
    added = first_in("trends", chosen=False, weak=False)
    w.tap(f"➕ {number_in('trends', added)}")
    w.tap("⬅️ All categories")
    assert w.step == "pick" and not w.out.replies[-1].replace
    count = len(RECOMMENDED) + 1
    assert w.question.startswith(f"<b>{count} questions chosen</b>")
    assert f"✅ Done ({count})" in w.labels
    w.tap("✅ Done")
    assert w.effects == [SaveQuestions("marketing", texts([*RECOMMENDED, added]), 3, INST)]


def test_weak_questions_are_marked_with_the_reason() -> None:
    w = walk_to("cat")
    weak = MARKETING.question(first_in("trends", chosen=False, weak=True))
    [reason] = rules.flags_for(weak)
    assert f"{number_in('trends', weak.id)}. {weak.text} ⚠️" in w.question
    assert f"      ⚠️ {reason}" in w.question


def test_done_with_a_weak_list_goes_to_the_warning() -> None:
    w = without_referral(walk_to("pick"))
    assert w.step == "warn" and w.effects == []
    assert w.question.startswith("Before you save, a few things to look at:\n• ")
    assert "• No referral question: always ask who else to talk to." in w.question
    assert w.labels == ["✏️ Keep editing", "💾 Save anyway"]  # no Back: Keep editing is it
    w.tap("✏️ Keep editing")
    assert w.step == "pick" and w.effects == []
    w.tap("✅ Done")
    w.tap("💾 Save anyway")
    chosen = [q for q in RECOMMENDED if q != "who-else"]
    assert w.effects == [SaveQuestions("marketing", texts(chosen), 3, INST)]
    assert w.steps[-4:] == ["warn", "pick", "warn", None]


def test_a_weak_question_is_named_in_the_warning() -> None:
    w = walk_to("cat")
    weak = MARKETING.question(first_in("trends", chosen=False, weak=True))
    w.tap(f"➕ {number_in('trends', weak.id)}")
    w.tap("⬅️ All categories")
    w.tap("✅ Done")
    assert w.step == "warn"
    assert f"• “{weak.text}”: {rules.flags_for(weak)[0]}" in w.question


def test_too_few_questions_are_warned_about() -> None:
    w = walk_to("pick")
    for qid in RECOMMENDED[:3]:
        cat = MARKETING.question(qid).category
        open_category(w, cat)
        w.tap(f"✅ {number_in(cat, qid)}")
        w.tap("⬅️ All categories")
    w.tap("✅ Done")
    n = len(RECOMMENDED) - 3
    assert f"Only {n} questions" in w.question and f"Add {5 - n} more." in w.question


# --- Back, bad input, photos, stale buttons ---------------------------------------------------

@pytest.mark.parametrize("step", ["field", "contact", "pick", "cat"])
def test_no_back_button_the_pages_have_their_own_way_back(step: str) -> None:
    w = walk_to(step)
    assert "⬅️ Back" not in w.labels and "Skip" not in w.labels


@pytest.mark.parametrize(("step", "why"), [
    ("contact", "Tap a name, or <b>Not for anyone yet</b>."),
    ("pick", "Open a category, or tap <b>Done</b>."),
])
def test_back_is_not_an_answer(step: str, why: str) -> None:
    w = walk_to(step)
    w.press("back")
    assert w.step == step and w.out.replies[0].text == why


@pytest.mark.parametrize(("step", "bad", "why"), [
    ("field", "   ", "Tap one of the fields."),
    ("contact", "Dana", "Tap a name, or <b>Not for anyone yet</b>."),
    ("pick", "done", "Open a category, or tap <b>Done</b>."),
    ("cat", "2", "Tap a number to add or remove that question."),
])
def test_bad_input_says_why_and_asks_again(step: str, bad: str, why: str) -> None:
    w = walk_to(step)
    before, chosen = w.question, w.data["chosen"]
    w.say(bad)
    assert w.step == step and w.out.replies[0].text == why and w.question == before
    assert w.data["chosen"] == chosen and w.effects == []


def test_typing_at_the_warning_keeps_editing_and_saves_nothing() -> None:
    w = without_referral(walk_to("pick"))
    w.say("save")
    assert w.step == "pick" and w.effects == []


@pytest.mark.parametrize("step", ["field", "contact", "pick", "cat", "warn"])
def test_a_photo_is_not_an_answer(step: str) -> None:
    w = without_referral(walk_to("pick")) if step == "warn" else walk_to(step)
    before = w.question
    w.photo()
    assert w.step == step and w.question == before and w.effects == []
    assert w.out.replies[0].text == "I can only read text at this step, not a photo."


@pytest.mark.parametrize(("step", "stale", "why"), [
    ("field", "astrology", "Tap one of the fields."),
    ("contact", "c7", "Tap a name, or <b>Not for anyone yet</b>."),
    ("pick", "tiara", "Open a category, or tap <b>Done</b>."),
    ("cat", "9999", "Tap a number to add or remove that question."),
    ("cat", "-1", "Tap a number to add or remove that question."),
])
def test_a_stale_button_value_is_refused(step: str, stale: str, why: str) -> None:
    w = walk_to(step)
    w.press(stale)
    assert w.step == step and w.out.replies[0].text == why and w.effects == []


def test_a_bank_gone_since_the_start_falls_back_to_the_first() -> None:
    w = walk_to("pick")
    d = w.dialogue
    flow = QuestionsFlow({"general": BANKS["general"]})
    emptied = Dialogue(d.flow, d.step, d.inst, {**d.data, "chosen": []})
    out = flow.handle(w.turn, emptied, Press("done"))
    assert out.dialogue is not None and out.dialogue.step == "warn"
    assert "Only 0 questions" in out.replies[-1].text


def test_a_category_pages_back_value_returns_to_all_categories() -> None:
    w = walk_to("cat")
    w.press("back")  # the value of "⬅️ All categories", on buttons old and new
    assert w.step == "pick" and "questions chosen" in w.question
