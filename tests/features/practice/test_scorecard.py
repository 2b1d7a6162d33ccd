"""The debrief: how a short meeting is scored, and the HTML it renders to."""

from __future__ import annotations

import re

import pytest

from bot.banks.model import Bank
from bot.features.practice.matcher import Matcher
from bot.features.practice.render import render_scorecard
from bot.features.practice.scorecard import Scorecard, scorecard
from bot.features.practice.state import Feedback, TheyAskState, YouAskState
from bot.features.practice.you_ask import start_you_ask, you_ask_turn
from tests.features.practice.support import NOW, only_b_and_i


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


def test_questions_answered_honestly_are_counted_as_asked(banks: dict[str, Bank]) -> None:
    """Three questions, two of which the persona could only answer honestly: the scorecard
    says three, and the session is not 'short' (it said 'Questions: 1' after three)."""
    bank = banks["finance"]
    matcher = Matcher.for_bank(bank)
    state = start_you_ask(bank, 20, NOW)
    for text in ("What does a typical day look like for you?",
                 "Do you happen to know if Rolls-Royce pays its FP&A people a bonus?",
                 "do you know what the bonus policy is like at Siemens in their finance team?"):
        state, result = you_ask_turn(state, bank, matcher, text, NOW)
    card = scorecard(state)
    assert card.questions_asked == 3 and not card.short
    assert "Questions: 3 in" in render_scorecard(card)
    card.minutes_used = 16.2  # whole minutes, as the meeting's clock shows them
    assert "Questions: 3 in 16 of 20 min" in render_scorecard(card)
    card.minutes_used = 20.1  # "in 20.1 min (20 planned: you ran over)": six seconds over
    assert "Questions: 3 in 20 of 20 min" in render_scorecard(card)
    card.minutes_used = 22.0  # "Questions: 8 in 22 of 20 min" read oddly to a tester
    assert "Questions: 3 in 22 min (20 planned: you ran over)" in render_scorecard(card)
    card.end_reason = "time_up"  # their last question used the time: the contact stopped them
    assert "Questions: 3 in 22 min (20 planned: the contact had to call time)" in \
        render_scorecard(card)


def test_a_full_meeting_with_honest_answers_is_not_called_short(banks: dict[str, Bank]) -> None:
    """Six questions, three of them answered honestly: the card said "Questions: 6" and, in
    the same breath, "a short meeting (3 questions)" and "Use the time ... you asked 6"."""
    bank = banks["finance"]
    matcher = Matcher.for_bank(bank)
    state = start_you_ask(bank, 20, NOW)
    for text in ("What does a typical day look like for you?",
                 "Do you happen to know if Rolls-Royce pays its FP&A people a bonus?",
                 "How did you get into finance?",
                 "do you know what the bonus policy is like at Siemens in their finance team?",
                 "What skills do you use most?",
                 "Is Deutsche Bank's graduate scheme any good, do you know?"):
        state, result = you_ask_turn(state, bank, matcher, text, NOW)
    card = scorecard(state)
    assert card.questions_asked == 6 and state.off_bank >= 2
    assert "short meeting" not in card.explanation
    assert not any(line.startswith("Use the time") for line in card.improvements)


def test_each_missed_category_gets_a_question_worth_asking(banks: dict[str, Bank]) -> None:
    """Resources and Assignments missed: the suggestions named two Assignments questions and
    one from Insights, already covered, and none for Resources."""
    bank = banks["nonprofit_public"]
    matcher = Matcher.for_bank(bank)
    state = start_you_ask(bank, 20, NOW)
    for text in ("How did you get into this work?", "What trends are changing the sector?",
                 "What advice would you give someone trying to move into this field?"):
        state, _ = you_ask_turn(state, bank, matcher, text, NOW)
    card = scorecard(state)
    assert set(card.categories_missing) == {"resources", "assignments"}
    assert [s["category"] for s in card.not_asked][:2] == ["resources", "assignments"]
    assert all(s["id"] != "too-old-to-switch" for s in card.not_asked)  # not for everyone


def test_who_else_asked_as_the_last_word_covers_resources(banks: dict[str, Bank]) -> None:
    """"Thank you. Is there anyone else I should talk to?" once time was up got the names and
    "✅ Asked who else to talk to", beside "Resources ❌"."""
    bank = banks["nonprofit_public"]
    matcher = Matcher.for_bank(bank)
    state = start_you_ask(bank, 20, NOW)
    state.elapsed = 21.0
    state, _ = you_ask_turn(state, bank, matcher, "How did you get into this work?", NOW)
    state, _ = you_ask_turn(state, bank, matcher, "really appreciate it, thank you. is there "
                            "anyone else you think i should talk to?", NOW)
    card = scorecard(state)
    assert card.asked_referral and "resources" in card.categories_covered


def test_a_gap_left_with_time_to_spare_says_how_much_time_was_left(
        banks: dict[str, Bank]) -> None:
    """Five questions and a goodbye 13 minutes into a 30-minute meeting, with Resources never
    asked: the card gave 8.2/10 and never said there was time left to ask it."""
    bank = banks["data_analytics"]
    matcher = Matcher.for_bank(bank)
    state = start_you_ask(bank, 30, NOW)
    for text in ("How did you get into analytics?", "What does a typical day look like?",
                 "What do you like most about the job?", "What skills do you use most?",
                 "What's the hardest part of the role?"):
        state, _ = you_ask_turn(state, bank, matcher, text, NOW)
    card = scorecard(state)
    assert card.questions_asked == 5 and "resources" in card.categories_missing
    left = int(30 - state.elapsed)
    assert any(line.startswith(f"Cover the missing TIARA categories (you finished with {left} "
                               "of 30 minutes left): ") for line in card.improvements)


def test_a_gap_left_as_time_ran_out_does_not_mention_time_to_spare(
        banks: dict[str, Bank]) -> None:
    bank = banks["data_analytics"]
    matcher = Matcher.for_bank(bank)
    state = start_you_ask(bank, 20, NOW)  # five questions take about 14 of its minutes
    for text in ("How did you get into analytics?", "What does a typical day look like?",
                 "What do you like most about the job?", "What skills do you use most?",
                 "What's the hardest part of the role?"):
        state, _ = you_ask_turn(state, bank, matcher, text, NOW)
    card = scorecard(state)
    assert any(line.startswith("Cover the missing TIARA categories: ")
               for line in card.improvements)


def test_worth_asking_next_time_suggests_the_fields_own_questions(
        banks: dict[str, Bank]) -> None:
    """Two meetings in two fields ended on the same three "worth asking next time" questions,
    word for word ("What problems is your team trying to solve right now?" to a teacher)."""
    suggested = {}
    for field in ("education", "software_engineering"):
        bank = banks[field]
        state = start_you_ask(bank, 20, NOW)
        state.asked, state.categories = ["how-got-started", "typical-day"], ["insights"]
        texts = [item["text"] for item in scorecard(state).not_asked]
        own = {q.text for q in bank.questions if not q.core}
        assert any(t in own for t in texts), texts  # a question of the field's own
        suggested[field] = texts
    assert suggested["education"] != suggested["software_engineering"]
    # a teacher is asked about their school, not "your team"
    problems = banks["education"].question("problems-to-solve")
    assert problems is not None and "school" in problems.text


def test_a_question_asked_in_words_that_missed_is_not_suggested_for_next_time(
        banks: dict[str, Bank]) -> None:
    """ "Worth asking next time: How do brand, performance, content and product marketing
    differ?" to someone who had asked it twice: a guess offered for a message is a question
    the user asked, even when it went unanswered."""
    bank = banks["data_analytics"]
    matcher = Matcher.for_bank(bank)
    state = start_you_ask(bank, 20, NOW)
    assert "sql-level" in [h[0] for h in state.high_value][:3]  # suggested if never asked
    for text in ("How good does my sql need to be vs excel?", "no worries, next one",
                 "What does a typical day look like for you?",
                 "What do you enjoy most about your work?"):
        state, result = you_ask_turn(state, bank, matcher, text, NOW)
    assert "sql-level" in state.near
    assert "sql-level" not in [item["id"] for item in scorecard(state).not_asked]


def test_pay_asked_of_another_country_is_not_suggested_next_time(banks: dict[str, Bank]) -> None:
    """Pay asked of another country is declined, with the contact's own offered: it was asked,
    so "Worth asking next time" does not suggest the pay question, yes or no to the offer."""
    bank = banks["education"]
    matcher = Matcher.for_bank(bank)
    state = start_you_ask(bank, 20, NOW, "ben")
    pay = "teacher-pay"  # as if it were among the questions worth asking
    state.high_value = [[pay, "insights", bank.question(pay).text], *state.high_value]
    assert pay in [item["id"] for item in scorecard(state).not_asked]  # suggested if not asked
    for text in ("How does teacher pay work in Australian public schools?", "no thanks",
                 "What does a typical day look like for you?"):
        state, result = you_ask_turn(state, bank, matcher, text, NOW)
    assert pay not in state.asked
    assert pay not in [item["id"] for item in scorecard(state).not_asked]


def test_a_question_near_two_bank_questions_suggests_neither_next_time(
        banks: dict[str, Bank]) -> None:
    """"how is the interview process for APM?", answered with what the contact saw of
    applying, was followed by "Worth asking next time: What do product manager interviews
    involve?": the question just asked, only nearly as close as the programmes one."""
    bank = banks["product_management"]
    matcher = Matcher.for_bank(bank)
    state = start_you_ask(bank, 20, NOW, "mei")
    state, result = you_ask_turn(state, bank, matcher, "how is the interview process for APM",
                                 NOW)
    assert result.question_id is None, result
    assert {"apm-programmes", "pm-interviews"} <= set(state.near), state.near
    assert not {"apm-programmes", "pm-interviews"} & {
        item["id"] for item in scorecard(state).not_asked}


def test_questions_worth_asking_next_time_fit_the_contacts_kind_of_work() -> None:
    """A pharmacist moving into administration, who met a practice operations manager, was
    told to ask "What are the routes into nursing?" and "Is it realistic to train as a nurse
    in my thirties or forties?" next time: questions for the nurses among the contacts."""
    from datetime import UTC, datetime

    from bot.banks.loader import load_banks
    from bot.features.practice.scorecard import scorecard
    from bot.features.practice.you_ask import start_you_ask
    from tests.harness import ROOT

    bank = load_banks(ROOT / "bot" / "question_banks")["healthcare"]
    now = datetime(2026, 12, 3, 12, tzinfo=UTC)
    suggested = {}
    for persona in ("samir", "maria"):
        state = start_you_ask(bank, 30, now, persona_id=persona)
        state.asked, state.categories = ["typical-day"], ["insights"]
        suggested[persona] = " ".join(item["text"] for item in scorecard(state).not_asked)
    assert "nurs" not in suggested["samir"].lower(), suggested["samir"]
    assert "nursing" in suggested["maria"], suggested["maria"]  # a nurse is asked about it


def test_a_construction_project_manager_is_not_asked_what_a_consultant_does() -> None:
    """Jamal, a construction project manager, was suggested "What does a management consultant
    actually do?" next time: a question for Ruth, the consultant in the same bank."""
    from datetime import UTC, datetime

    from bot.banks.loader import load_banks
    from bot.features.practice.scorecard import scorecard
    from bot.features.practice.you_ask import start_you_ask
    from tests.harness import ROOT

    bank = load_banks(ROOT / "bot" / "question_banks")["general"]
    now = datetime(2026, 12, 3, 12, tzinfo=UTC)
    suggested = {}
    for persona in ("jamal", "ruth"):
        state = start_you_ask(bank, 30, now, persona_id=persona)
        state.asked, state.categories = ["typical-day"], ["advice", "resources"]
        suggested[persona] = [item["id"] for item in scorecard(state).not_asked]
    assert "consulting-careers" not in suggested["jamal"], suggested["jamal"]


def test_questions_worth_asking_next_time_are_not_how_to_become_what_you_are(
        banks: dict[str, Bank]) -> None:
    """A band 6 nurse moving into operations, who met a ward manager, was told to ask "What are
    the routes into nursing?" next time."""
    bank = banks["healthcare"]
    state = start_you_ask(bank, 20, NOW, "maria")
    for text in ("hi maria thanks for this x", "im a band 6 nurse on a surgical ward, been "
                 "nursing 8 yrs. how did u get into management?"):
        state, _ = you_ask_turn(state, bank, Matcher.for_bank(bank), text, NOW)
    suggested = " ".join(item["text"] for item in scorecard(state).not_asked)
    assert "nurs" not in suggested.lower(), suggested


def test_an_answer_within_the_leeway_is_counted_as_close_enough() -> None:
    """"5 of 5 answers were a good length" stood beside "59 words (60–120, close enough)", and
    averages read "3.0 specifics and 0.0 filler words"."""
    from bot.features.practice.scorecard import _Answers, _they_ask_explanation
    summary = [{"length": "good", "words": 59, "target": [60, 120]},
               {"length": "good", "words": 80, "target": [60, 120]}]
    text = _they_ask_explanation(_Answers(raw=[{}, {}], summary=summary,
                                          averages={"specifics": 3.0, "fillers": 0.0}))
    # as the list shows them: one "good length", one "close enough" (tester: "4 of 4 answers
    # were a good length (2 close enough)" beside two marked "close enough" contradicted it)
    assert text.startswith("1 of 2 answers was a good length and 1 close enough"), text
    assert "3 specifics and 0 filler words" in text, text
    one = _they_ask_explanation(_Answers(raw=[{}, {}], summary=summary,
                                         averages={"specifics": 1.0, "fillers": 1.0}))
    assert "1 specific and 1 filler word per answer" in one, one  # had said "1 filler words"


def _they_asked(words_and_targets: list[tuple[int, tuple[int, int], str]]) -> TheyAskState:
    """A finished 'they ask' session whose answers had these lengths (words, target, length
    as the feedback judged it)."""
    state = TheyAskState(field="finance", queue=[], started_at=NOW.isoformat(),
                         updated_at=NOW.isoformat(), asked_at=NOW.isoformat(), ended=True)
    for words, target, length in words_and_targets:
        state.answers.append(Feedback(
            ask_back_id="timeline", question="What's your timeline?", words=words, target=target,
            length=length, specifics=["2026"], fillers={}, filler_count=0, turns_back=False,
            seconds=30, notes=[], covers=[], next_question=None, next_id=None, ended=False,
        ).to_dict())
    return state


@pytest.mark.parametrize("answers", [
    [(40, (60, 120), "too_short"), (80, (60, 120), "good"), (57, (60, 120), "good"),
     (90, (60, 120), "good"), (70, (60, 120), "good")],
    [(56, (60, 120), "good"), (58, (60, 120), "good"), (30, (20, 60), "good"),
     (40, (20, 60), "good")],
    [(130, (60, 120), "too_long"), (19, (20, 60), "good"), (10, (20, 60), "too_short")],
])
def test_the_length_summary_says_what_the_list_of_answers_shows(answers: list) -> None:
    """"4 of 5 answers were a good length (1 close enough…)" stood over a list marking answer 1
    "too short" and answer 3 "close enough", and "4 of 4 answers were a good length (2 close
    enough)" over two marked "close enough": the summary counts what each line says."""
    text = render_scorecard(scorecard(_they_asked(answers)))
    shown = re.findall(r"\(\d+\u2013\d+, ([a-z ]+)\)", text)
    assert len(shown) == len(answers)
    summary = text.split("<i>")[2].split("</i>")[0]
    good = shown.count("good length")
    assert summary.startswith(f"{good} of {len(answers)} answers {'was' if good == 1 else 'were'}"
                              " a good length"), summary
    for verdict in ("close enough", "too short", "too long"):
        count = shown.count(verdict)
        assert (f"{count} {verdict}" in summary) is bool(count), summary
    short = shown.count("too short")
    assert (f"Say more: {short} of {len(answers)}" in text) is bool(short)


def _late_meeting(bank: Bank, at: float, *said: str) -> YouAskState:
    state = start_you_ask(bank, 30, NOW)
    state.asked = ["typical-day", "how-got-started", "like-most", "toughest-part",
                   "skills-in-demand"]
    state.elapsed = at
    for text in said:
        state, result = you_ask_turn(state, bank, Matcher.for_bank(bank), text, NOW)
        if result.ended:
            break
    return state


@pytest.mark.parametrize("wrap", ["I know we are almost out of time",
                                  "i know ur almost out of time so i'll let u go soon!!"])
def test_saying_the_time_is_nearly_up_is_credited_even_if_questions_followed(
        banks: dict[str, Bank], wrap: str) -> None:
    """"I know we are almost out of time" at 27 of 30 minutes got "❌ Offered to wrap up on
    time" when a question or two followed and the contact had to call time, while the same
    words in a meeting that then ended got ✅."""
    bank = banks["software_engineering"]
    state = _late_meeting(bank, 25.5, wrap, "What do you wish you had known when you started?",
                          "What languages does your team use?", "thanks so much")
    assert state.end_reason == "time_up"
    text = render_scorecard(scorecard(state))
    assert "\u2705 Offered to wrap up (then asked on, and the contact had to call time)" in text
    assert "\u274c Offered to wrap up" not in text
    assert "ask one last question at most" in text  # the note on what to do instead
    on_time = render_scorecard(scorecard(_late_meeting(bank, 25.5, wrap, "thank you so much!")))
    assert "\u2705 Offered to wrap up on time" in on_time


def test_the_close_the_coaching_asks_for_is_not_asking_on(banks: dict[str, Bank]) -> None:
    """"I know we're nearly out of time, so one last question: who else…?", then yes to the
    contact's offer with "May I mention your name?" (as the tip had just said to ask), got
    "then asked on, and the contact had to call time" and "ask one last question at most"."""
    bank = banks["software_engineering"]
    state = _late_meeting(bank, 25.5, "I know we're nearly out of time, so one last question: "
                          "who else would you suggest I speak with?",
                          "Yes please, that would be wonderful. May I mention your name when I "
                          "reach out?", "Thank you so much, this was incredibly helpful.")
    assert state.end_reason == "time_up", state
    text = render_scorecard(scorecard(state))
    assert "\u2705 Offered to wrap up (your last question ran just past the time)" in text, text
    assert "ask one last question at most" not in text and "asked on" not in text
    # two questions of the work after the offer are still asking on
    state = _late_meeting(bank, 25.5, "I know we're nearly out of time, so one last question: "
                          "who else would you suggest I speak with?",
                          "What languages does your team use?",
                          "What do you wish you had known when you started?", "thanks so much")
    assert "then asked on" in render_scorecard(scorecard(state))


def test_no_chance_to_wrap_up_is_no_cross(banks: dict[str, Bank]) -> None:
    """A meeting the contact ended, the time running out in the middle of an answer before any
    warning, scored "❌ Offered to wrap up": the user had no chance to."""
    # the answer at 28.5 minutes runs out the clock before any "about 5 minutes left"; the
    # thanks is the last word (thanks that close a meeting in time are a wrap-up of their own)
    state = _late_meeting(banks["software_engineering"], 28.5, "What languages does your team "
                          "use and why?", "thanks so much")
    assert state.end_reason == "time_up" and not state.time_hint_given, state
    card = scorecard(state)
    text = render_scorecard(card)
    assert "\u274c Offered to wrap up" not in text and "no chance" in text
    assert not any("offer to wrap up yourself" in tip for tip in card.improvements)
    warned = _late_meeting(banks["software_engineering"], 28.5, "What languages does your team "
                           "use and why?", "thanks so much")
    warned.time_hint_given = True  # warned, and never offered: still a cross
    assert "\u274c Offered to wrap up on time" in render_scorecard(scorecard(warned))


def test_a_question_answered_again_is_counted_as_asked(banks: dict[str, Bank]) -> None:
    """"Questions: 7 in 21 min" when the user had asked about 10: a question the contact had
    answered already, met with "As I mentioned…", was asked all the same."""
    bank = banks["software_engineering"]
    matcher = Matcher.for_bank(bank)
    state = start_you_ask(bank, 30, NOW)
    for text in ("How did you get into software engineering?", "What does a typical day look "
                 "like for you?", "Sorry, how did you get into software engineering again?"):
        state, result = you_ask_turn(state, bank, matcher, text, NOW)
    assert result.kind == "repeat"
    assert "Questions: 3 in" in render_scorecard(scorecard(state))


_MEI = ("Sorry, I always get nervous with this one! I'm Mei Lin, I've been a retail store manager "
        "in Toronto for six years, running a team of fourteen. Over the last year I've been "
        "teaching myself UX with online courses and Figma, and I redesigned our store's returns "
        "flow as a practice project.",
        "Talking to customers, I guess. Sorry.",
        "Sorry, let me try again. Every day I ask customers what they came in for and why they "
        "didn't find it, which I think is close to an interview. I also moved our fitting-room "
        "signs last spring and tracked whether fewer people asked staff for help.",
        "I think a junior UX researcher role, ideally in retail or e-commerce here in Toronto, "
        "because that's the world I know and the problems I see every day.",
        "I found your talk on YouTube about interviewing shoppers for an e-commerce checkout, and "
        "it was the first time research felt like something I already do. Sorry, that sounds a "
        "bit fangirl!")


def _they_ask_session(bank: Bank, *said: str) -> tuple[TheyAskState, list[Feedback]]:
    from datetime import timedelta

    from bot.features.practice.they_ask import start_they_ask, they_ask_turn
    state = start_they_ask(bank, NOW, persona_id="jenna")
    state.queue = ["tell-me-about-yourself", "transferable-skills", "role-aiming-for", "why-me"]
    shown = []
    for minute, text in enumerate(said, 1):
        state, fb = they_ask_turn(state, bank, text, NOW + timedelta(minutes=minute))
        shown.append(fb)
    return state, shown


def test_a_habit_of_apologising_is_named_once_and_kindly(banks: dict[str, Bank]) -> None:
    """Mei apologised in four of her replies ("Sorry, I always get nervous", "I guess.
    Sorry.", "Sorry, let me try again", "Sorry, that sounds a bit fangirl!") and no feedback
    mentioned it: a coach names the habit once, on the second, and in the debrief."""
    state, shown = _they_ask_session(banks["ux_design"], *_MEI)
    named = [n for fb in shown for n in fb.notes if "sorry" in n.lower()]
    assert len(named) == 1 and "second \u201csorry\u201d" in named[0], named
    assert any("second" in n for n in shown[1].notes)  # on the second apology, not the first
    state.ended = True
    text = render_scorecard(scorecard(state))
    assert "Drop the apologies: you said sorry in 4 replies" in text, text


@pytest.mark.parametrize("said", [
    ("I felt sorry for the people doing spreadsheets by hand all night, so I automated them and "
     "the night shift finished an hour earlier every day after that.",
     "I'm sorry to hear your team had layoffs this year. I'm a junior UX researcher at heart: I "
     "interview customers every day about why they can't find things in our store."),
    ("Sorry, I always get nervous with this one! I've been a retail store manager in Toronto "
     "for six years, running a team of fourteen, and teaching myself UX with Figma at night.",
     "Every day I ask customers what they came in for and why they didn't find it, which I "
     "think is close to an interview, and I track what changes when we move things."),
])
def test_one_apology_or_none_is_no_habit(banks: dict[str, Bank], said: tuple[str, str]) -> None:
    """Feeling sorry for someone, or one nervous "sorry", is nothing to coach."""
    state, shown = _they_ask_session(banks["ux_design"], *said)
    assert not any("sorry" in n.lower() for fb in shown for n in fb.notes)
    state.ended = True
    assert "apolog" not in render_scorecard(scorecard(state)).lower()


@pytest.mark.parametrize(("field", "said"), [
    ("healthcare", ["I've been a nurse for eight years on a cardiac ward. What changes do you see "
                    "coming in nursing over the next few years?", "What should I read to keep up?",
                    "How does your ward recruit new staff?"]),
    ("software_engineering", ["I'm a senior backend engineer, nine years. How did you get into "
                              "this line of work?"]),
])
def test_someone_in_the_field_is_not_told_to_ask_the_way_in(banks: dict[str, Bank], field: str,
                                                            said: list[str]) -> None:
    """A nurse of eight years was told to ask about student placements and clinical against
    non-clinical careers, and a senior engineer about bootcamps and portfolio projects."""
    bank = banks[field]
    matcher = Matcher.for_bank(bank)
    state = start_you_ask(bank, 20, NOW)
    for text in said:
        state, _ = you_ask_turn(state, bank, matcher, text, NOW)
    texts = " ".join(s["text"] for s in scorecard(state).not_asked)
    assert len(scorecard(state).not_asked) == 3
    assert not re.search(r"someone new|bootcamp|portfolio projects|test whether|student "
                         r"placements|non-clinical", texts), texts


def test_several_questions_twice_is_said_as_what_to_do(banks: dict[str, Bank]) -> None:
    """"Weak questions: 4 several-at-once", and nothing under what to do next time said to
    ask one at a time."""
    bank = banks["healthcare"]
    matcher = Matcher.for_bank(bank)
    state = start_you_ask(bank, 20, NOW, "samir")
    for text in ("What does a typical day look like for you? And what do you enjoy most?",
                 # (not "…, and what was the hardest part?", the hardest part of that move)
                 "How did you get into management, and how many clinics do you look after now?"):
        state, result = you_ask_turn(state, bank, matcher, text, NOW)
    card = scorecard(state)
    assert card.multiple == 2
    assert any(line.startswith("Ask one question at a time: 2 of your messages")
               for line in card.improvements), card.improvements


def test_a_job_ask_is_said_as_points_lost_not_as_one_missed(banks: dict[str, Bank]) -> None:
    """"Points missed: asking who else to talk to, asking for a job and 2 weak questions" read
    as if the user should have asked for a job."""
    bank = banks["education"]
    matcher = Matcher.for_bank(bank)
    state = start_you_ask(bank, 20, NOW)
    for text in ("What does a typical day look like for you?", "How did you get into teaching?",
                 "What do you enjoy most about it?", "are you hiring at the moment?"):
        state, _ = you_ask_turn(state, bank, matcher, text, NOW)
    explanation = scorecard(state).explanation
    assert "Points lost for 1 job ask" in explanation, explanation
    assert "asking for a job" not in explanation


@pytest.mark.parametrize("text", ["whats ur day to day actually look like",
                                  "Could you tell me what a typical week looks like in your role?",
                                  "what projects are you working on right now?"])
def test_the_work_itself_asked_about_is_assignments(banks: dict[str, Bank], text: str) -> None:
    """Asking what a typical week looks like got "Assignments ❌" on the scorecard: the tasks
    of the role are what TIARA's Assignments asks about."""
    from bot.features.practice.matcher import Matcher
    from bot.features.practice.you_ask import start_you_ask, you_ask_turn
    from tests.features.practice.support import NOW
    bank = banks["marketing"]
    state = start_you_ask(bank, 20, NOW, "keisha")
    state, _ = you_ask_turn(state, bank, Matcher.for_bank(bank), text, NOW)
    assert "assignments" in state.categories, state.categories


def test_a_question_for_another_kind_of_work_is_not_suggested_next_time(
        banks: dict[str, Bank]) -> None:
    """"Worth asking next time: What makes a good stock pitch?" followed a meeting with an
    FP&A manager, who would tell someone after FP&A that a pitch matters less: the bank says
    whose kind of work a question is about, and only their meetings suggest it."""
    bank = banks["finance"]
    for persona_id, suggested in (("rosa", False), ("grace", False), ("arjun", True)):
        state = start_you_ask(bank, 20, NOW, persona_id)
        state.asked, state.categories = ["how-got-started"], ["insights", "tips"]
        ids = [h[0] for h in state.high_value]
        assert ("stock-pitch" in ids) is suggested, (persona_id, ids)
        if suggested:
            state.high_value = [h for h in state.high_value if h[0] == "stock-pitch"]
            assert [item["id"] for item in scorecard(state).not_asked] == ["stock-pitch"]


def test_a_wrap_up_followed_only_by_a_yes_is_credited_when_the_contact_runs_out_the_clock(
        banks: dict[str, Bank]) -> None:
    """"I am conscious of the time. Is there anyone else…?" at 14 of 20 minutes, then "Yes
    please", and the contact stopped there as the time ran out: "❌ Offered to wrap up on
    time", as if the user had kept asking."""
    bank = banks["finance"]
    state = _late_meeting(bank, 21.0, "I am conscious of the time. Is there anyone else you"
                          " think I should speak with?", "Yes please, that would be very kind.")
    assert state.offered_wrap_up and state.wrap_up_at is not None and state.wrap_up_at < 25
    state.end_reason = "time_up"  # the contact called time before the user could say more
    assert "\u2705 Offered to wrap up" in render_scorecard(scorecard(state))
    state.turns += 1  # a question of theirs after it, and then the clock: no credit
    assert "\u274c Offered to wrap up on time" in render_scorecard(scorecard(state))


def test_a_wrap_up_then_a_yes_and_a_goodbye_after_the_contact_stops_is_credited(
        banks: dict[str, Bank]) -> None:
    """"I am conscious of the time. Is there anyone else…?" at 14 of 20 minutes, "Yes please…
    May I mention your name?", the contact stopping as the time ran out, then "Thank you so
    much… Goodbye": "❌ Offered to wrap up on time", the goodbye counted as asking on."""
    bank = banks["finance"]
    matcher, state = Matcher.for_bank(bank), start_you_ask(bank, 20, NOW, "grace")
    state.asked, state.elapsed = ["typical-day", "how-got-started", "like-most"], 14.4
    for text in ("I am conscious of the time. Is there anyone else you would suggest I speak to,"
                 " ideally someone who moved from retail banking into FP&A?",
                 "Yes please, that would be wonderful. May I mention your name when I write to"
                 " them?", "Of course, I completely understand. Thank you so much for your time"
                 " and for the introductions, Grace; it has been extremely helpful. Goodbye."):
        state, result = you_ask_turn(state, bank, matcher, text, NOW)
    assert result.ended and state.end_reason == "time_up", state
    text = render_scorecard(scorecard(state))
    assert "\u2705 Offered to wrap up" in text and "\u274c Offered" not in text, text


def test_answers_long_enough_only_after_a_follow_up_do_not_score_as_strong(
        banks: dict[str, Bank]) -> None:
    """Three first answers of 12, 4 and 7 words, each flagged "Too short" and each followed
    up, scored 9/10 with chat slang in all three: the score said the opposite of the notes."""
    bank = banks["software_engineering"]
    short = _they_ask_session(
        bank, "final yr mech engg student in chennai, self taught python n django",
        "i built a canteen ordering app for my college in django with postgres, 400 students "
        "use it daily, orders got stuck at 12:30 so i added a redis queue n it fixed it, and "
        "now i want a backend job where i can work on systems that real people depend on every"
        " day",
        "debugging tbh", "when the canteen orders got stuck at lunch i traced it to the db locks"
        " and added a queue, took me 2 days but now no order is lost at the rush, and i wrote "
        "notes for the junior who runs it now so he can fix the next one himself")[0]
    short.ended = True
    whole = _they_ask_session(
        bank, "I'm a final-year mechanical engineering student in Chennai. I taught myself "
              "Python and Django and built a canteen ordering app that 400 students at my "
              "college use every day. When orders got stuck at the 12:30 rush, I added a Redis "
              "queue and no order has been lost since. I want to become a backend developer.",
        "Debugging under pressure: when the canteen orders stalled at lunch, I traced it to "
        "database locks in two days, added a queue, and wrote up what I changed for the "
        "student who runs it now. I'd bring that same habit of finding the cause.")[0]
    whole.ended = True
    assert scorecard(short).score < 8 <= scorecard(whole).score, (scorecard(short).score,
                                                                   scorecard(whole).score)


def test_trailing_off_and_hedging_are_fillers_and_a_time_is_one_detail() -> None:
    """"…so yea thats my main project i guess" counted 0 fillers; "stuck at 12:30" was two
    details, "12" and "30", and "sde 1" a figure; "added a redis queue" named nothing."""
    from bot.features.practice.answers import count_fillers, find_specifics
    assert count_fillers("so yea thats my main project i guess") == {"so yeah": 1, "I guess": 1}
    assert find_specifics("orders got stuck at 12:30, added a redis queue n it fixed it") == [
        "12:30", "redis"]
    assert find_specifics("junior backend engineer or sde 1 at a product company") == []
