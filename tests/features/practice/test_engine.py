"""The pure core of /questions and /practice: sessions, feedback, scorecards, cheat sheets."""

from __future__ import annotations

import json
import re
from datetime import UTC, datetime, timedelta

import pytest

from bot.banks.loader import load_banks
from bot.banks.model import CATEGORIES, Bank
from bot.features.practice.engine import (
    CONFIRM_TEXT,
    Feedback,
    Scorecard,
    TheyAskState,
    YouAskState,
    count_fillers,
    current_ask_back,
    find_specifics,
    is_affirmative,
    opening_line,
    render_scorecard,
    scorecard,
    start_they_ask,
    start_you_ask,
    state_from_dict,
    they_ask_turn,
    turns_back,
    you_ask_turn,
)
from bot.features.practice.matcher import Matcher
from bot.features.questions.rules import cheat_sheet, flags_for, recommended, validate_selection
from tests.harness import ROOT  # noqa: E402

NOW = datetime(2026, 11, 2, 9, 0, tzinfo=UTC)


@pytest.fixture(scope="module")
def banks() -> dict[str, Bank]:
    return load_banks(ROOT / "question_banks")


@pytest.fixture(scope="module")
def bank(banks: dict[str, Bank]) -> Bank:
    return banks["software_engineering"]


@pytest.fixture(scope="module")
def matcher(bank: Bank) -> Matcher:
    return Matcher.for_bank(bank)


def roundtrip(state: YouAskState | TheyAskState) -> YouAskState | TheyAskState:
    """What the shell does between messages: JSON into SQLite and back."""
    return state_from_dict(json.loads(json.dumps(state.to_dict())))


def only_b_and_i(text: str) -> bool:
    return set(re.findall(r"</?([a-zA-Z]+)[^>]*>", text)) <= {"b", "i"}


# --------------------------------------------------------------------------- you ask

GOOD_MEETING = [
    "Hi Priya, thanks so much for making the time!",
    "How did you end up as a software engineer?",
    "What changes do you see coming in the industry over the next few years?",
    "If you were me, what would your next step be to break in?",
    "What problems is your team working on right now?",
    "Who else do you think I should talk to?",
    "I know you're busy, so I'll let you go.",
    "Thank you so much for your time, this was really helpful!",
]


def test_full_you_ask_session_to_scorecard(bank: Bank, matcher: Matcher) -> None:
    state = start_you_ask(bank, 20, NOW)
    assert "about 20 minutes" in opening_line(state, bank)  # the length the user chose
    assert "30 minutes" in opening_line(start_you_ask(bank, 30, NOW), bank)
    results = []
    for number, text in enumerate(GOOD_MEETING):
        state = roundtrip(state)
        state, result = you_ask_turn(state, bank, matcher, text, NOW + timedelta(minutes=number))
        results.append(result)

    # Greeting, then five answered questions in character.
    assert results[0].question_id is None and not results[0].ended
    assert [r.question_id for r in results[1:6]] == [
        "how-got-started",
        "industry-changes",
        "advice-for-newcomer",
        "problems-to-solve",
        "who-else",
    ]
    assert results[1].reply.startswith(bank.question("how-got-started").answer)
    # The wrap-up offer gets a last-question window; the thanks ends the meeting.
    assert not results[6].ended and "anything last" in results[6].reply
    assert results[7].ended
    assert state.ended and state.end_reason == "thanked"
    assert state.asked_referral and state.offered_wrap_up and state.wrap_up_on_time
    assert state.thanked and state.thanked_at_start
    assert state.job_asks == 0
    elapsed = [r.elapsed_minutes for r in results]
    assert elapsed == sorted(elapsed) and 0 < elapsed[-1] < 20

    card = scorecard(state)
    assert card.mode == "you_ask"
    assert card.categories_covered == list(CATEGORIES)
    assert card.categories_missing == []
    assert card.asked_referral and card.offered_wrap_up and card.wrap_up_on_time
    assert card.thanked and card.never_asked_for_job
    assert card.questions_asked == 5
    assert card.score == 10.0
    assert len(card.not_asked) == 3
    assert all(item["id"] not in state.asked for item in card.not_asked)
    assert Scorecard.from_dict(json.loads(json.dumps(card.to_dict()))) == card

    text = render_scorecard(card)
    assert len(text) < 3500 and only_b_and_i(text)
    assert "10/10" in text and "Asked who else to talk to" in text
    # After the end, nothing more happens.
    state, after = you_ask_turn(state, bank, matcher, "one more thing?", NOW)
    assert after.ended and "/practice" in after.reply


def test_never_gives_the_same_answer_twice(bank: Bank, matcher: Matcher) -> None:
    state = start_you_ask(bank, 30, NOW)
    replies = []
    for _ in range(6):
        state, result = you_ask_turn(
            state, bank, matcher, "How did you get into this line of work?", NOW
        )
        replies.append(result.reply)
        assert result.question_id == "how-got-started"
    assert len(set(replies)) == len(replies)
    full = bank.question("how-got-started").answer
    assert replies[0].startswith(full)
    assert all(full not in reply for reply in replies[1:])
    assert replies[1].startswith("As I mentioned")
    assert state.asked == ["how-got-started"]
    assert state.times_asked == {"how-got-started": 6}


def test_time_hint_once_then_persona_closes_at_time(bank: Bank, matcher: Matcher) -> None:
    questions = [q.text for q in bank.questions if q.value == "high" and not q.flags]
    state = start_you_ask(bank, 20, NOW)
    hints = []
    result = None
    for text in questions:
        state, result = you_ask_turn(state, bank, matcher, text, NOW)
        if result.time_hint:
            hints.append((result.elapsed_minutes, result.time_hint))
        if result.ended:
            break
    assert result is not None and result.ended
    assert len(hints) == 1
    minute, hint = hints[0]
    assert "five minutes" in hint and 15 <= minute < 20
    assert state.end_reason == "time_up" and state.elapsed >= 20
    assert "have to stop" in result.reply
    assert not state.offered_wrap_up and not state.thanked

    card = scorecard(state)
    assert not card.wrap_up_on_time and not card.thanked and not card.asked_referral
    assert card.score < 6
    assert any("wrap up" in tip for tip in card.improvements)


@pytest.mark.parametrize(
    ("text", "counter", "words"),
    [
        ("Are you hiring at the moment?", "job_asks", "Job ask"),
        ("Could you pass my resume to your hiring manager?", "job_asks", "Job ask"),
        ("How many employees does the company have?", "googleable", "web search"),
        ("Do you like your job?", "closed", "Yes/no"),
        ("What do you enjoy most? What would you change?", "multiple", "Several questions"),
    ],
)
def test_coaching_notes(bank: Bank, matcher: Matcher, text: str, counter: str, words: str) -> None:
    state = start_you_ask(bank, 20, NOW)
    state, result = you_ask_turn(state, bank, matcher, text, NOW)
    notes = [n for n in result.coaching if words in n]
    assert len(notes) == 1
    assert getattr(state, counter) == 1
    if counter in ("job_asks", "googleable"):
        assert state.closed == 0  # one lesson at a time
    if counter != "multiple":
        # The better alternative is a real, high-value bank question.
        quoted = re.search(r"\u201c(.+)\u201d", notes[0])
        assert quoted
        alternative = next(q for q in bank.questions if q.text == quoted.group(1))
        assert alternative.value == "high" and not alternative.flags
    else:
        assert "\u201cWhat do you enjoy most?\u201d" in notes[0]


def test_open_wording_is_not_called_closed(bank: Bank, matcher: Matcher) -> None:
    state = start_you_ask(bank, 20, NOW)
    state, result = you_ask_turn(
        state, bank, matcher, "How hard is it to get into this field?", NOW
    )
    assert result.question_id is not None
    assert state.closed == 0
    assert not any("Yes/no" in note for note in result.coaching)


def test_job_ask_costs_the_point(bank: Bank, matcher: Matcher) -> None:
    state = start_you_ask(bank, 20, NOW)
    state, _ = you_ask_turn(state, bank, matcher, "can you refer me for a job on your team?", NOW)
    card = scorecard(state)
    assert state.job_asks == 1 and not card.never_asked_for_job
    assert "Never asked for a job (1 job ask)" in render_scorecard(card)


def test_unclear_question_asks_to_rephrase(bank: Bank, matcher: Matcher) -> None:
    state = start_you_ask(bank, 20, NOW)
    state, result = you_ask_turn(state, bank, matcher, "did you see the football last night", NOW)
    assert result.question_id is None and not result.ended
    assert "another way" in result.reply or "rephrase" in result.reply
    state, result = you_ask_turn(state, bank, matcher, "how are your days and commute?", NOW)
    assert bank.question("typical-day").text in result.reply
    assert state.unmatched == 2 and state.asked == []


# --------------------------------------------------------------------------- did you mean?

UNSURE_DAY = "how are your days and commute?"  # half unknown words: a guess, not an answer


def test_did_you_mean_then_yes_answers_the_guess(bank: Bank, matcher: Matcher) -> None:
    state = start_you_ask(bank, 20, NOW)
    state, result = you_ask_turn(state, bank, matcher, UNSURE_DAY, NOW)
    guess = bank.question("typical-day")
    assert result.question_id is None and result.guess_id == "typical-day"
    assert f"Did you mean \u201c{guess.text}\u201d?" in result.reply
    assert state.pending_guess == "typical-day" and state.unmatched == 1
    assert result.to_dict()["guess_id"] == "typical-day"

    state = roundtrip(state)  # the shell stores the state between messages
    assert state.pending_guess == "typical-day"
    elapsed = state.elapsed
    state, result = you_ask_turn(state, bank, matcher, CONFIRM_TEXT, NOW)
    assert result.question_id == "typical-day" and result.guess_id is None
    assert result.reply.startswith(guess.answer)
    assert state.asked == ["typical-day"] and state.times_asked == {"typical-day": 1}
    assert state.categories == [guess.category]
    assert state.pending_guess is None and state.pending_flags == []
    assert state.elapsed > elapsed and not result.ended
    # Asked again later, it is a repeat like any other.
    state, result = you_ask_turn(state, bank, matcher, UNSURE_DAY, NOW)
    state, result = you_ask_turn(state, bank, matcher, "yes", NOW)
    assert result.question_id == "typical-day" and result.reply.startswith("As I mentioned")
    assert state.asked == ["typical-day"] and state.times_asked == {"typical-day": 2}


# fmt: off
@pytest.mark.parametrize(
    "text",
    [
        "yes", "Yes!", "YEAH", "yep.", "Exactly", "right", "Correct!", "that's it",
        "That\u2019s it!", "sure", "yes that one", "Yes, that one", CONFIRM_TEXT,
        "yeah, exactly", "Yes please \U0001f44d",
    ],
)
# fmt: on
def test_affirmatives_confirm_the_guess(bank: Bank, matcher: Matcher, text: str) -> None:
    assert is_affirmative(text)
    state = start_you_ask(bank, 20, NOW)
    state, _ = you_ask_turn(state, bank, matcher, UNSURE_DAY, NOW)
    state, result = you_ask_turn(state, bank, matcher, text, NOW)
    assert result.question_id == "typical-day"


# fmt: off
@pytest.mark.parametrize(
    "text",
    [
        "no", "nope, not that", "ok", "so", "yes but", "yes, and who else should I talk to?",
        "right, what about the pay", "maybe", "",
    ],
)
# fmt: on
def test_not_affirmative(text: str) -> None:
    assert not is_affirmative(text)


def test_anything_else_clears_the_guess_and_is_matched(bank: Bank, matcher: Matcher) -> None:
    state = start_you_ask(bank, 20, NOW)
    state, _ = you_ask_turn(state, bank, matcher, UNSURE_DAY, NOW)
    state, result = you_ask_turn(state, bank, matcher, "Who else should I talk to?", NOW)
    assert result.question_id == "who-else" and result.guess_id is None
    assert state.pending_guess is None and state.asked == ["who-else"]
    # "No" is not a question: the persona asks to rephrase, with nothing left to confirm.
    state, _ = you_ask_turn(state, bank, matcher, UNSURE_DAY, NOW)
    state, result = you_ask_turn(state, bank, matcher, "no", NOW)
    assert result.question_id is None and result.guess_id is None
    assert state.pending_guess is None and "typical-day" not in state.asked
    state, result = you_ask_turn(state, bank, matcher, "yes", NOW)  # nothing to confirm now
    assert result.question_id is None and "typical-day" not in state.asked


def test_confirmed_guess_is_coached_like_the_question(bank: Bank, matcher: Matcher) -> None:
    # The guess is googleable: confirming it gets the coaching and the tip, and counts.
    state = start_you_ask(bank, 20, NOW)
    text = "who are the customers, roughly speaking, gadget wise"
    state, result = you_ask_turn(state, bank, matcher, text, NOW)
    assert result.guess_id == "what-does-company-do" and state.googleable == 0
    state, result = you_ask_turn(state, bank, matcher, "yes", NOW)
    assert result.question_id == "what-does-company-do"
    assert any("web search" in note for note in result.coaching)
    assert any(note.startswith("Tip:") for note in result.coaching)
    assert state.googleable == 1 and state.categories == ["insights"]
    # A job ask, too.
    state, result = you_ask_turn(state, bank, matcher, "any vacancy vibes?", NOW)
    assert result.guess_id == "are-you-hiring"
    state, result = you_ask_turn(state, bank, matcher, "yep", NOW)
    assert result.question_id == "are-you-hiring" and state.job_asks == 1
    assert any(note.startswith("Job ask") for note in result.coaching)


def test_confirming_does_not_count_a_habit_twice(bank: Bank, matcher: Matcher) -> None:
    # The message the guess came from was already coached as a job ask.
    state = start_you_ask(bank, 20, NOW)
    state.job_asks = 1
    state.pending_guess, state.pending_flags = "are-you-hiring", ["job_ask"]
    state, result = you_ask_turn(roundtrip(state), bank, matcher, "Yes", NOW)
    assert result.question_id == "are-you-hiring" and state.job_asks == 1
    assert not any(note.startswith("Job ask") for note in result.coaching)


def test_a_new_message_after_a_guess_is_coached_in_full(bank: Bank, matcher: Matcher) -> None:
    state = start_you_ask(bank, 20, NOW)
    state.job_asks = 1
    state.pending_guess, state.pending_flags = "are-you-hiring", ["job_ask"]
    state, result = you_ask_turn(state, bank, matcher, "Are you hiring at the moment?", NOW)
    assert result.question_id == "are-you-hiring" and state.job_asks == 2
    assert any(note.startswith("Job ask") for note in result.coaching)


def test_state_without_a_guess_field_still_loads(bank: Bank) -> None:
    data = start_you_ask(bank, 20, NOW).to_dict()
    del data["pending_guess"], data["pending_flags"]  # written by an older version
    state = YouAskState.from_dict(data)
    assert state.pending_guess is None and state.pending_flags == []


def test_referral_phrase_counts_even_without_a_match(bank: Bank, matcher: Matcher) -> None:
    state = start_you_ask(bank, 20, NOW)
    state, result = you_ask_turn(
        state, bank, matcher, "is there anybody else you reckon I should get to know?", NOW
    )
    assert state.asked_referral
    assert result.question_id in {"who-else", "use-your-name"}


def test_wrap_up_and_thanks_in_one_message_ends(bank: Bank, matcher: Matcher) -> None:
    state = start_you_ask(bank, 20, NOW)
    state, _ = you_ask_turn(state, bank, matcher, "What does a typical day look like?", NOW)
    state, result = you_ask_turn(
        state,
        bank,
        matcher,
        "I'm conscious of your time so I'll let you go - thank you so much for your time!",
        NOW,
    )
    assert result.ended and state.end_reason == "thanked"
    assert state.offered_wrap_up and state.wrap_up_on_time and state.thanked


def test_you_ask_state_round_trips_mid_session(bank: Bank, matcher: Matcher) -> None:
    plain = start_you_ask(bank, 30, NOW)
    stored = start_you_ask(bank, 30, NOW)
    for text in GOOD_MEETING[:5]:
        plain, a = you_ask_turn(plain, bank, matcher, text, NOW)
        stored = roundtrip(stored)
        stored, b = you_ask_turn(stored, bank, matcher, text, NOW)
        assert a == b
    assert isinstance(stored, YouAskState)
    assert stored.to_dict() == plain.to_dict()
    json.dumps(scorecard(stored).to_dict())


def test_start_you_ask_checks_minutes(bank: Bank) -> None:
    with pytest.raises(ValueError):
        start_you_ask(bank, 45, NOW)


# --------------------------------------------------------------------------- they ask


def test_start_they_ask_picks_deterministically(banks: dict[str, Bank]) -> None:
    bank = banks["finance"]
    state = start_they_ask(bank, NOW, count=5, seed=7)
    assert len(state.queue) == 5 and len(set(state.queue)) == 5
    assert state.queue[0] == "tell-me-about-yourself"
    assert start_they_ask(bank, NOW, count=5, seed=7).queue == state.queue
    assert {tuple(start_they_ask(bank, NOW, seed=s).queue) for s in range(10)} != {
        tuple(state.queue)
    }
    assert len(start_they_ask(bank, NOW, count=2, seed=1).queue) == 4
    assert len(start_they_ask(bank, NOW, count=9, seed=1).queue) == 6
    line = opening_line(state, bank)
    assert line.endswith("So, tell me a bit about yourself.")
    assert current_ask_back(state, bank) == "So, tell me a bit about yourself."


ANSWER_RAMBLY = "Um, I'm basically a teacher, like, and I want to move into finance."
ANSWER_STRONG = (
    "I've taught maths for six years at Hollins Park School, and last year I built the"
    " department's budget spreadsheet in Excel, which cut our spending by 12%. For example,"
    " when I reorganised the textbook orders we saved \u00a33,000. I'm drawn to FP&A because"
    " I like turning numbers into decisions. I'd love to hear how you made the move from"
    " audit?"
)


def test_they_ask_session_feedback_numbers(banks: dict[str, Bank]) -> None:
    bank = banks["finance"]
    state = start_they_ask(bank, NOW, count=4, seed=3)
    first = bank.ask_back(state.queue[0])

    state, fb = they_ask_turn(state, bank, ANSWER_RAMBLY, NOW + timedelta(seconds=95))
    assert isinstance(fb, Feedback)
    assert fb.ask_back_id == "tell-me-about-yourself" and fb.question == first.text
    assert fb.words == 13 and fb.target == (60, 120) and fb.length == "too_short"
    assert fb.fillers == {"um": 1, "like": 1, "basically": 1} and fb.filler_count == 3
    assert fb.specifics == []
    assert not fb.turns_back
    assert fb.seconds == 95
    assert fb.notes[0] == "Too short: 13 words; aim for 60\u2013120."
    assert any("A strong answer covers" in n for n in fb.notes)
    assert fb.next_id == state.queue[1] and fb.next_question and not fb.ended

    state = roundtrip(state)  # mid-session, as the shell stores it
    assert isinstance(state, TheyAskState)
    second = NOW + timedelta(seconds=95)
    state, fb = they_ask_turn(state, bank, ANSWER_STRONG, second + timedelta(seconds=140))
    assert fb.seconds == 140  # timed from when this question was asked
    assert fb.words == 60
    assert fb.filler_count == 0 and fb.fillers == {}
    for detail in (
        "six years",
        "Hollins Park School",
        "Excel",
        "12%",
        "\u00a33,000",
        "For example",
    ):
        assert detail in fb.specifics
    assert fb.turns_back

    t = second + timedelta(seconds=140)
    for _ in range(2):
        t += timedelta(seconds=30)
        state, fb = they_ask_turn(state, bank, "Not sure yet.", t)
    assert fb.ended and fb.next_question is None and state.ended
    assert current_ask_back(state, bank) is None

    card = scorecard(state)
    assert card.mode == "they_ask" and len(card.answers) == 4
    assert card.averages == {
        "words": round((13 + 60 + 3 + 3) / 4, 1),
        "specifics": round(len(find_specifics(ANSWER_STRONG)) / 4, 1),
        "fillers": 0.8,
        "seconds": round((95 + 140 + 30 + 30) / 4, 1),
    }
    assert 2 <= len(card.improvements) <= 3
    assert any("Say more" in tip for tip in card.improvements)
    text = render_scorecard(card)
    assert len(text) < 3500 and only_b_and_i(text)
    assert "13 words" in text and "60 words" in text


def test_filler_rules() -> None:
    assert count_fillers("I would like to work in a role like yours") == {}
    assert count_fillers("What kind of role suits me?") == {}
    assert count_fillers("Do you know anyone there?") == {}
    assert count_fillers("It was like, really hard") == {"like": 1}
    assert count_fillers(
        "I mean, you know, it is kind of similar, sort of. Literally the same, actually. Uh."
    ) == {
        "uh": 1,
        "you know": 1,
        "actually": 1,
        "kind of": 1,
        "sort of": 1,
        "I mean": 1,
        "literally": 1,
    }


def test_specifics_and_turning_back() -> None:
    assert find_specifics("I worked at Deloitte for 3 years using SQL and Power BI.") == [
        "3 years",
        "Deloitte",
        "SQL",
        "Power BI",
    ]
    assert find_specifics("I am a teacher. It is fun.") == []
    assert turns_back("I'd love to hear how you did it.")
    assert turns_back("Why did the move appeal?")
    assert not turns_back("That is all, you know.")


def test_scorecard_escapes_user_and_bank_text() -> None:
    card = Scorecard(
        mode="you_ask",
        field="x",
        title="R&D <script>",
        persona_name="Bob <b>",
        score=5.0,
        explanation="a < b",
        not_asked=[{"id": "q", "category": "advice", "text": "Why <i>this</i> & that?"}],
        improvements=["Ask <who>"],
    )
    text = render_scorecard(card)
    assert "<script>" not in text and "R&amp;D &lt;script&gt;" in text
    assert "Bob &lt;b&gt;" in text and "Why &lt;i&gt;this&lt;/i&gt; &amp; that?" in text
    assert only_b_and_i(text)


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


def test_a_meeting_cut_short_is_not_scored_like_a_full_one(bank: Bank, matcher: Matcher) -> None:
    """Three questions, then the referral, wrap-up and thanks: good manners, thin meeting."""
    state = start_you_ask(bank, 20, NOW)
    for text in ("How did you get started in this field?",
                 "Who else do you think I should talk to?",
                 "I'm conscious of your time, so I'll let you go.",
                 "Thank you so much for your time!"):
        state, result = you_ask_turn(state, bank, matcher, text, NOW)
    card = scorecard(state)
    assert card.questions_asked <= 3 and card.asked_referral and card.thanked
    assert card.score < 6
    assert card.improvements[0].startswith("Use the time: 20 minutes fit about 5–8 questions")
    assert "a short meeting" in card.explanation
