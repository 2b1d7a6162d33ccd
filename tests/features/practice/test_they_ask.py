"""'They ask': the persona's questions, feedback on each answer (length, specifics, fillers,
turning back, time) and the session's scorecard."""

from __future__ import annotations

import re
from datetime import timedelta

import pytest

from bot.banks.loader import load_banks
from bot.banks.model import Bank
from bot.features.practice.answers import count_fillers, find_specifics, tone_flags, turns_back
from bot.features.practice.listening import acknowledge, covered
from bot.features.practice.people import persona_of
from bot.features.practice.persona import opening_line
from bot.features.practice.render import render_scorecard
from bot.features.practice.scorecard import Scorecard, scorecard
from bot.features.practice.state import Feedback, TheyAskState
from bot.features.practice.they_ask import current_ask_back, start_they_ask, they_ask_turn
from tests.features.practice.support import NOW, only_b_and_i, roundtrip
from tests.harness import ROOT  # noqa: E402

_HANDS_OVER = ("what did you want to ask me?", "what would you like to know?")


@pytest.fixture(scope="module")
def banks() -> dict[str, Bank]:
    return load_banks(ROOT / "bot" / "question_banks")


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
    assert "hearing a bit about you" not in line  # said once, not twice in two sentences
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

    # A thin answer: feedback without praise, then one follow-up on the same question.
    state, fb = they_ask_turn(state, bank, ANSWER_RAMBLY, NOW + timedelta(seconds=95))
    assert isinstance(fb, Feedback)
    assert fb.ask_back_id == "tell-me-about-yourself" and fb.question == first.text
    assert fb.words == 13 and fb.target == (60, 120) and fb.length == "too_short"
    assert fb.fillers == {"um": 1, "like": 1, "basically": 1} and fb.filler_count == 3
    assert fb.specifics == [] and not fb.turns_back
    assert fb.seconds == 95  # kept, never scored: typing on a phone is not hesitating
    assert fb.notes[0] == "Too short: 13 words; aim for 60\u2013120."
    assert not any("Answered in" in n or "Nice and clean" in n for n in fb.notes)
    assert any("A strong answer covers" in n for n in fb.notes)
    assert fb.next_id == "tell-me-about-yourself" and not fb.ended
    assert fb.next_question and "what's pulling you" in fb.next_question
    assert current_ask_back(state, bank) == fb.next_question

    state = roundtrip(state)  # mid-session, as the shell stores it
    assert isinstance(state, TheyAskState)
    second = NOW + timedelta(seconds=95)
    state, fb = they_ask_turn(state, bank, ANSWER_STRONG, second + timedelta(seconds=140))
    assert fb.seconds == 140  # timed from when the follow-up was asked
    assert fb.words == 13 + 60  # the follow-up adds to the first answer
    for detail in ("six years", "Hollins Park School", "Excel", "12%", "\u00a33,000"):
        assert detail in fb.specifics
    assert fb.turns_back
    assert "\u00a33,000" in fb.reaction or "12%" in fb.reaction  # it heard the result
    assert len(state.answers) == 1  # one answer to the first question, not two

    t = second + timedelta(seconds=140)
    while not state.ended:
        t += timedelta(seconds=30)
        state, fb = they_ask_turn(state, bank, "Not sure yet.", t)
    assert fb.ended and fb.next_question is None and current_ask_back(state, bank) is None
    assert fb.reaction.endswith(_HANDS_OVER)  # the floor is the user's now

    card = scorecard(state)
    assert card.mode == "they_ask" and len(card.answers) == len(state.answers)
    assert set(card.averages) == {"words", "specifics", "fillers"}
    assert 2 <= len(card.improvements) <= 3
    assert not any("sooner" in tip for tip in card.improvements)
    text = render_scorecard(card)
    assert len(text) < 3500 and only_b_and_i(text)
    assert "73 words" in text and " s\n" not in text
    # credit on the answer that turned it back; no ❌ on every answer where it did not fit
    assert text.count("turned back \u2705") == 1 and "turned back \u274c" not in text


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


def test_a_verb_is_not_a_filler() -> None:
    """ "idk, i just like it" and "how a store actually runs" were each coached as filler."""
    assert count_fillers("idk, i just like it. numbers and that") == {}
    assert count_fillers("knowing how a store actually runs is worth something") == {}
    assert count_fillers("it was just like, so hard. actually, i think so") == {
        "like": 1, "actually": 1}


def test_tools_and_courses_typed_in_lower_case_are_specifics() -> None:
    """ "the google cert, sql on codecademy" got "No specifics yet: add a number, a name"."""
    assert find_specifics("like i said, the google cert, sql on codecademy") == [
        "google cert", "sql", "codecademy"]
    assert "excel" in find_specifics("i built a waste tracker in excel")
    assert find_specifics("i want to excel at this") == []
    assert "38k" in find_specifics("i could take a pay cut to around 38k")  # not "38"


def test_specifics_and_turning_back() -> None:
    assert find_specifics("I worked at Deloitte for 3 years using SQL and Power BI.") == [
        "3 years",
        "Deloitte",
        "SQL",
        "Power BI",
    ]
    assert find_specifics("I am a teacher. It is fun.") == []
    assert find_specifics("Twenty-four years, in fact.") == ["Twenty-four years"]  # not "four"
    # a count keeps what it counts, up to the next little word
    assert find_specifics("a club where I wrote up two chemicals companies last term")[0] == (
        "two chemicals companies")
    # a name keeps its number, which is not listed again on its own
    assert "CFA Level 1" in find_specifics("I also did the CFA Level 1 in August.")
    assert "1" not in find_specifics("I also did the CFA Level 1 in August.")
    assert find_specifics("I spent two years teaching maths in Leeds")[:2] == [
        "two years teaching maths", "Leeds"]
    # Indian figures keep their unit: "2 lakh" transactions, not a bare "2"
    assert find_specifics("our api does 2 lakh txns a day") == ["2 lakh"]
    assert find_specifics("pm roles here pay 20-30 lpa") == ["20-30 lpa"]
    assert turns_back("I'd love to hear how you did it.")
    assert turns_back("Why did the move appeal?")
    assert not turns_back("That is all, you know.")
    assert not turns_back("You seemed nice.")  # about them, but no question to them
    assert not turns_back("I liked your talk, you were great.")


def test_an_acronym_is_not_a_filler() -> None:
    assert count_fillers("I worked in the ER for two years, then ER at a bank") == {}
    assert count_fillers("I was, er, not sure") == {"uh": 1}


def test_a_word_in_capitals_for_stress_is_no_specific() -> None:
    """ "…explaining WHY spend is off budget" got "Specifics: “WHY”"."""
    assert find_specifics("I'm good at explaining WHY spend is off budget, and I passed the "
                          "CMA") == ["CMA"]


@pytest.mark.parametrize(("said", "specifics"), [
    ("I train 22 year olds on the ward", []),  # was "22 year"
    ("we put in two large-bore cannulas and called it in", ["two large-bore cannulas"]),
    ("it was a 40-minute job on scene", ["40-minute job"]),  # was "40"
    ("She went home nine days later.", []),  # was "Ah, nine days later: that's useful to know."
    ("I volunteer with Housing Action Network's food program", ["Housing Action Network"]),
    ("a senior auditor at a Big Four firm for 8 years", ["8 years", "Big Four"]),  # "Four firm"
    ("I'm María José, a nursery teacher in Madrid", ["Madrid"]),  # her own name, no detail
    ("Two clients left. We kept three big ones", ["Two clients left", "three big ones"]),
    # "Ah, three statements connect: that's useful to know." said back a clause's verb
    ("Mainly my understanding of how the three statements connect, and my work on inventory.",
     ["three statements"]),
    ("lots of labs and grading lol, 5 classes a day", ["5 classes"]),  # was a bare "5"
    # "NTC" was counted again after "two NTC rotations"
    ("I also wrote the S4 annex for two NTC rotations", ["two NTC rotations", "S4"]),
])
def test_specifics_are_whole_and_said_back_whole(said: str, specifics: list[str]) -> None:
    """The scorecard quoted "“22 year”" and "“two large”", and the contact said "Ah, Housing
    Action Network's: that's useful to know"."""
    assert find_specifics(said) == specifics


@pytest.mark.parametrize(("said", "covers"), [
    ("at the bank i pulled 3 months of logs into excel and found a loading pattern at the atms",
     True),
    ("I analysed our till data in a spreadsheet and found we overstaffed Mondays", True),
    ("i love numbers and i want to learn excel", False),
])
def test_data_already_worked_with_is_not_asked_about(said: str, covers: bool) -> None:
    """"…pulled 3 months of logs into excel and found a loading pattern" was followed by "Have
    you worked with real data yet, even in a spreadsheet?"."""
    assert covered("worked-with-data", said) is covers


@pytest.mark.parametrize(("said", "covers"), [
    ("on the warehouse floor I train young lads on their first job", True),
    ("I manage the apprentices on our site", True),
    ("my manager is young and keen", False),
])
def test_young_people_worked_with_are_not_asked_about_again(said: str, covers: bool) -> None:
    """"I train young lads on their first job" was followed by "Have you spent any time working
    with young people?"."""
    assert covered("time-with-young-people", said) is covers


def test_an_example_pointed_back_to_is_heard(banks: dict[str, Bank]) -> None:
    """"I think the sepsis job I just mentioned is probably my best example" got "Could you say a
    bit more": the answer it pointed to was not heard."""
    bank = banks["healthcare"]
    state = start_they_ask(bank, NOW, count=3, seed=0)
    state.queue = ["tell-me-about-yourself", "why-this-field", "timeline"]
    state, fb = they_ask_turn(state, bank, "I'm a paramedic in Birmingham, six years on the road. "
                              "Last month I spotted sepsis early in an elderly patient using "
                              "NEWS2, stayed calm and got her to resus; she went home nine days "
                              "later, and that's when I knew I wanted to nurse.",
                              NOW + timedelta(minutes=1))
    state, fb = they_ask_turn(state, bank, "the sepsis job I just mentioned, really",
                              NOW + timedelta(minutes=2))
    assert fb.reaction.startswith("Sorry, yes, you did say."), fb.reaction


def test_like_i_said_is_no_filler() -> None:
    """"So like I said, adult nursing" was counted as the filler "like", and so was "what the
    switch actually felt like…" (its ellipsis typed as one character)."""
    assert count_fillers("I thought you'd remember what the switch actually felt like\u2026") == {}
    assert count_fillers("so like i said, adult nursing, ideally A&E") == {}
    assert count_fillers("so like, i want A&E") == {"like": 1}


@pytest.mark.parametrize(("said", "slang"), [
    # a swear is named first: it is what a contact hears first
    ("ya u gotta figure out wtf happened b4 it goes to the ward lol innit",
     ["wtf", "ya", "u", "gotta", "b4", "lol", "innit"]),
    ("just grinding sql on youtube n stuff lol, tryna finish a project b4 december",
     ["n", "lol", "tryna", "b4"]),
    ("my BS in biology, then a year in BC", []),  # a degree and a province
    ("I mean n = 40 patients", []),
    ("a toddler came in with bloody diarrhoea", []),  # a symptom, not a swear
])
def test_shorthand_and_swearing_are_named(said: str, slang: list[str]) -> None:
    """"…wtf happened b4 it goes to the ward lol… innit" was flagged for “ya”, “u”, “gotta”
    only; "tryna", "b4" and "n" were never named."""
    from bot.features.practice.answers import slang_words
    assert slang_words(said) == slang


def test_like_before_examples_is_no_filler() -> None:
    """ "something in climate, like a policy officer or campaigns thing" got "Filler words:
    like ×1": "like" there means "such as"."""
    assert count_fillers("something in climate, like a policy officer or campaigns thing") == {}
    assert count_fillers("it was, like, really hard") == {"like": 1}


def test_two_questions_skipped_at_once_are_said_in_one_sentence(banks: dict[str, Bank]) -> None:
    """"I was going to ask what role you're after, but you've told me. I was going to ask what
    draws you to it, but you've told me." read as robotic."""
    bank = banks["finance"]
    state = start_they_ask(bank, NOW, count=4, seed=3)
    state.queue = ["tell-me-about-yourself", "role-aiming-for", "why-this-field", "how-can-i-help"]
    state, fb = they_ask_turn(state, bank, "I've been an auditor at a mid-size firm for two "
                              "years. I want an FP&A analyst role, and I'm drawn to it because "
                              "I'd rather shape decisions than check them afterwards.",
                              NOW + timedelta(minutes=1))
    assert state.skipped == ["role-aiming-for", "why-this-field"], state.skipped
    assert fb.reaction.count("I was going to ask") == 1, fb.reaction
    assert "what role you're after and what draws you to it, but you've told me both" in \
        fb.reaction, fb.reaction


def test_the_persona_listens_skips_what_was_covered_and_closes(banks: dict[str, Bank]) -> None:
    bank = banks["finance"]
    state = start_they_ask(bank, NOW, count=4, seed=3)
    state.queue = ["tell-me-about-yourself", "why-this-field", "timeline", "how-can-i-help"]
    answer = ("I've been an auditor at a mid-size firm for two years, mostly on manufacturing "
              "clients, and I'm drawn to FP&A because I'd rather shape decisions than check them "
              "afterwards. I'm hoping to move within the next twelve months, so I'd love to hear "
              "how you made the move from audit?")
    state, fb = they_ask_turn(state, bank, answer, NOW + timedelta(minutes=1))
    assert "two years" in fb.reaction or "told me" in fb.reaction
    assert state.skipped == ["why-this-field", "timeline"]  # both answered in passing
    assert fb.next_id == "how-can-i-help"
    # four questions asked all the same (two skipped ones made three in a tester's meeting)
    assert len(state.queue) - len(state.skipped) == 4
    state, fb = they_ask_turn(state, bank, "Honestly I'd love your view on which skills to "
                                           "build first, and whether you'd suggest anyone "
                                           "else I should talk to about the move.",
                              NOW + timedelta(minutes=2))
    assert not fb.ended and fb.next_id in state.queue[4:]
    said = ("I built a rolling forecast for one of our clients in Excel and presented it to "
            "their finance director, which cut their month-end close by two days.")
    for minute in (4, 6):
        state, fb = they_ask_turn(state, bank, said, NOW + timedelta(minutes=minute))
    assert fb.ended and fb.reaction.endswith(_HANDS_OVER)


def test_no_praise_for_junk_and_tone_is_flagged(banks: dict[str, Bank]) -> None:
    bank = banks["finance"]
    state = start_they_ask(bank, NOW, count=4, seed=3)
    state, fb = they_ask_turn(state, bank, "asdf", NOW)
    assert fb.thin and not any("Good" in n or "Nice" in n or "Specifics:" in n for n in fb.notes)
    state, fb = they_ask_turn(state, bank, "idk tbh, whatever pays lol", NOW)
    tone = [n for n in fb.notes if n.startswith("Tone:")]
    assert len(tone) == 1 and "whatever pays" in tone[0]


def test_a_bare_single_digit_is_not_a_specific():
    """'2' typed alone before a real answer was praised as a concrete detail."""
    assert find_specifics("2\nI cut our dropout rate by 12% in 2023 with 3 dashboards") == [
        "12%", "2023", "3"]


@pytest.mark.parametrize(
    ("said", "done"),
    [
        ("I got hooked through a student investment club where I wrote up two companies", True),
        ("I did a summer internship at a small bank", True),
        ("I've been teaching myself SQL at night", True),
        ("I just love numbers and puzzles", False),
    ],
)
def test_what_counts_as_having_explored_the_field(said: str, done: bool) -> None:
    """The persona does not ask "what have you done to explore it?" after being told."""
    assert covered("explored-so-far", said) is done


def test_the_work_a_user_is_after_is_what_draws_them(banks: dict[str, Bank]) -> None:
    """A chartered accountant of ten years "looking for my first Canadian role in FP&A or
    controllership" was asked "What draws you to finance?"."""
    from bot.features.practice.asked_as import asked_as

    ask = banks["finance"].ask_back("why-this-field")
    assert ask is not None
    told = ("I moved to Toronto four months ago and I am looking for my first Canadian role in "
            "FP&A or controllership.")
    assert asked_as(ask, told, "finance") == "What draws you to FP&A?"
    # a place or a time is no work to be drawn to
    for told in ("we just moved so im looking for a job in Manchester, ideally something with "
                 "numbers.", "looking for a role in my area", "i want a job in the next year"):
        assert asked_as(ask, told, "finance") == ask.text, told


@pytest.mark.parametrize("said", [
    "I tutor maths on Fridays, which is why I'd love to hear how you ended up as head of year.",
    "I tutor maths on Fridays. How did you end up teaching yourself?",
    "A teacher at my school said you were the one to ask, and I wanted to hear from someone"
    " who has done it how you ended up teaching",
])
def test_the_persona_answers_a_question_turned_back_to_them(
        banks: dict[str, Bank], said: str) -> None:
    """"I'd love to hear how you …" is a question to them as much as one ending in "?"."""
    from bot.features.practice.listening import answer_their_question
    from bot.features.practice.matcher import Matcher
    from bot.features.practice.they_ask import answer_back_for

    bank = banks["education"]
    state = start_they_ask(bank, NOW)
    reply = answer_their_question(said, answer_back_for(bank, Matcher.for_bank(bank), state))
    assert reply is not None and reply.startswith("Good question.")
    story = bank.answer("how-got-started", state.persona_id, state.variant)
    assert reply.removeprefix("Good question. ")[:30] == story[:30]


def test_a_skill_asked_about_is_not_the_future_of_the_field(banks: dict[str, Bank]) -> None:
    """ "Can I ask how you learned forecasting?" had got the answer on AI and automation:
    "forecast" was read as a word about the future, not the finance skill it is."""
    from bot.features.practice.listening import answer_their_question
    from bot.features.practice.matcher import Matcher
    from bot.features.practice.they_ask import answer_back_for

    bank = banks["finance"]
    state = start_they_ask(bank, NOW)
    reply = answer_their_question("I mostly run the monthly numbers for our shop. Can I ask how "
                                  "you learned forecasting?",
                                  answer_back_for(bank, Matcher.for_bank(bank), state))
    trends = bank.answer("industry-changes", state.persona_id, state.variant)
    assert reply is not None and trends[:40] not in reply, reply


@pytest.mark.parametrize(("said", "named"), [
    ("I'm a healthcare assistant on a surgical ward, two years in, and before that I did a "
     "biology degree.", "Two years as a healthcare assistant on a surgical ward"),
    ("Last year I built a stock tracker in Excel that cut our ordering errors by about 30%.",
     "You cut your ordering errors by about 30%"),
    ("Mostly I manage the rota for 40 staff at a supermarket and handle supplier calls.",
     "40 staff"),
])
def test_the_persona_names_the_detail_with_what_it_belongs_to(said: str, named: str) -> None:
    from bot.features.practice.answers import find_specifics
    from bot.features.practice.listening import acknowledge

    for seed in (0, 1):
        reaction = acknowledge(said, [s for s in find_specifics(said) if len(s) > 1], False, seed)
        assert named in reaction and not reaction[0].islower(), reaction


def test_a_stretch_of_time_to_come_is_not_praised_as_experience() -> None:
    from bot.features.practice.answers import find_specifics
    from bot.features.practice.listening import acknowledge

    said = "my biggest worry is the money, three years without a proper wage with a mortgage"
    for seed in (0, 1):
        reaction = acknowledge(said, find_specifics(said), False, seed)
        assert "draw on" not in reaction and "experience" not in reaction, reaction
    assert find_specifics(said) == ["three years"]  # not "three years without"


def test_the_contacts_own_name_is_not_a_detail_about_the_user(banks: dict[str, Bank]) -> None:
    bank = banks["finance"]
    state = start_they_ask(bank, NOW, count=4, seed=3)
    name = persona_of(bank, state.persona_id).name
    answer = (f"Thanks {name.split()[0]}. I'm a maths teacher, seven years at a state secondary,"
              " and I've been studying for CFA Level 1 in the evenings since March.")
    _, fb = they_ask_turn(state, bank, answer, NOW + timedelta(minutes=1))
    assert name.split()[0] not in fb.specifics and "CFA Level 1" in fb.specifics


def test_last_term_is_an_example_like_last_year() -> None:
    assert "Last term" in find_specifics("Last term I rebuilt our tracking spreadsheet.")


@pytest.mark.parametrize(("said", "not_said"), [
    ("I'm a bit nervous about it honestly, but I spent three years in retail.", "a bit"),
    ("I'm a student now. Before that I spent five years in retail.", "student"),
    ("I failed 40% of my first-year exams.", "real result"),
])
def test_the_acknowledgement_does_not_misread_the_answer(said: str, not_said: str) -> None:
    from bot.features.practice.listening import acknowledge

    for seed in (0, 1):
        assert not_said not in acknowledge(said, find_specifics(said), False, seed)


def test_a_question_turned_back_stays_inside_its_sentence() -> None:
    assert not turns_back("I want to learn how kids actually learn to read. Your school's "
                          "phonics results are amazing.")
    assert find_specifics("I worked two years full time")[0] == "two years full time"


def test_a_number_word_counts_something_not_the_next_word_whatever_it_is() -> None:
    assert find_specifics("for the last three I've volunteered as a trustee") == []
    assert find_specifics("two of them now want to do economics") == []


def test_an_example_cue_is_not_named_back_as_the_detail() -> None:
    from bot.features.practice.listening import acknowledge

    said = "Chairing meetings, and explaining research, for example I ran workshops for volunteers"
    for seed in (0, 1):
        reaction = acknowledge(said, find_specifics(said), False, seed)
        assert "I ran" not in reaction and "for example" not in reaction.lower()


@pytest.mark.parametrize(("said", "done"), [
    ("I want to work somewhere I can see the impact directly.", True),
    ("I'd like to make a real difference for refugees", True),
    ("I'm good with spreadsheets", False),
    # a chemist and a barista had said why, and heard "What draws you to …?" all the same
    ("Over time the most satisfying part of my job has become the software.", True),
    ("ux research is the job where i get to do the bit i love full time", True),
    ("the part i hate is the hours", False),
])
def test_what_counts_as_having_said_why_this_field(said: str, done: bool) -> None:
    """The persona does not ask "what draws you to it?" after being told."""
    assert covered("why-this-field", said) is done


def test_a_range_is_one_specific_and_field_jargon_is_none() -> None:
    """ "£20-80m" was cut to "£20", and "FP&A", "SaaS", "ER" counted as concrete details;
    a tool ("SQL") and a credential ("CFA") still do."""
    said = "I handle 8-10 clients with revenues of £20-80m, mostly SaaS and ER work in FP&A, " \
           "using SQL, and I passed the CFA."
    assert find_specifics(said) == ["8-10 clients", "£20-80m", "SQL", "CFA"]


@pytest.mark.parametrize(("said", "heard"), [
    ("I look after 8-10 clients with revenues of £20-80m and I cut review time by about 30%.",
     "You cut review time by about 30%: that's a real result"),
    ("I ran a £2m budget at the council.", "A £2m budget: that gives me a real sense"),
    ("We have about 30% of our sales online now.", "30% of your sales: that's a telling"),
    # the time it took, whole: not "30% in one: that's a telling figure"
    ("our tickets about reports go down almost 30% in one month after the launch",
     "30% in one month: that's a telling"),
    ("The salary was £28k.", "£28k: that makes it concrete for me"),
    # "40k" is a sum too; what they made is named back, not "I can see where you're coming from"
    ("I built a 13-week cash-flow forecast for a client that flagged a 40k shortfall two months "
     "early.", "A 13-week cash-flow forecast: that's a concrete example"),
    ("We saved 12k a year after I automated the month-end reconciliation reports.",
     "You saved 12k: that's a real result"),
    ("Last year I set up a peer tutoring scheme for 40 students in year 9.",
     "A peer tutoring scheme: that's a concrete example"),
    # the span that changed, not "3 weeks: that's a real foundation"
    ("14 yrs in the army, 800 ppl, $40M of equipment. i fixed our parts ordering and wait times "
     "went from 3 wks to about 9 days", "Wait times went from 3 weeks to about 9 days: that's a "
     "real result"),
])
def test_a_figure_is_named_with_what_it_measures(said: str, heard: str) -> None:
    assert acknowledge(said, find_specifics(said), False, 0).startswith(heard)


@pytest.mark.parametrize(("said", "heard"), [
    ("I've been there about two years, mostly reconciliations and payroll.", "Two years: that's"),
    ("I was a teacher for ten years.", "Ten years as a teacher is a lot to draw on"),
    ("I've been a barista for three years.", "Three years as a barista: that's"),
])
def test_two_years_is_a_foundation_and_ten_a_lot(said: str, heard: str) -> None:
    """ "2 yrs" got "2 years is a lot to draw on", and three years did too ("Three years is a
    lot to draw on" read as flattery)."""
    assert acknowledge(said, find_specifics(said), False, 0).startswith(heard)


@pytest.mark.parametrize(("extra", "length"), [(0, "good"), (-8, "too_short")])
def test_a_word_or_two_under_the_target_is_not_too_short(banks: dict[str, Bank], extra: int,
                                                          length: str) -> None:
    """59 words where 60-120 fits was called "Too short"; 51 still is."""
    bank = banks["finance"]
    state = start_they_ask(bank, NOW, count=4, seed=3)
    low = bank.ask_back(state.queue[0]).target_words[0]
    answer = " ".join(["I audit manufacturers and lead a team of four people."] * 20).split()
    text = " ".join(answer[:low - 1 + extra]) + "."
    state, fb = they_ask_turn(state, bank, text, NOW + timedelta(seconds=60))
    assert isinstance(fb, Feedback) and fb.length == length, (fb.words, fb.target)


def test_an_example_cue_is_not_listed_as_a_specific(banks: dict[str, Bank]) -> None:
    """The feedback listed "For example" and "I built" as specifics beside "Python"."""
    bank = banks["finance"]
    state = start_they_ask(bank, NOW, count=4, seed=3)
    text = ("For example, I built the pipeline in Python and ran weekly reviews with the "
            "council's transport team, so I'm used to turning analysis into decisions for people "
            "who are not analysts, which is most of what a finance business partner does.")
    fb = they_ask_turn(state, bank, text, NOW + timedelta(seconds=60))[1]
    assert isinstance(fb, Feedback)
    line = next(n for n in fb.notes if n.startswith("Specifics"))
    assert "\u201cPython\u201d" in line and "an example" in line
    assert "For example\u201d" not in line and "I built" not in line


def test_what_an_earlier_answer_covered_is_not_asked_and_a_detail_not_praised_twice(
        banks: dict[str, Bank]) -> None:
    """Tom's first answer named the Google cert, a SQL course and two people he had spoken
    to; two answers later the contact asked "What have you done so far to explore it?", and
    "22 years is a lot to draw on." came twice."""
    bank = banks["data_analytics"]
    state = start_they_ask(bank, NOW, count=4, seed=0)
    state.queue = ["tell-me-about-yourself", "biggest-concern", "explored-so-far",
                   "role-aiming-for"]
    first = ("Im Tom, 45, been in retail 22 years, the last 9 as a store manager with 38 staff. "
             "To explore data properly ive done the Google Data Analytics cert, im doing a SQL "
             "course on Codecademy now, and ive spoken to 2 people in our head office team.")
    state, fb = they_ask_turn(state, bank, first, NOW + timedelta(minutes=1))
    assert fb.next_id == "biggest-concern"
    second = ("Mostly my age. 22 years in retail is a long time and I worry a hiring manager "
              "sees a shop manager, not an analyst, even with the cert done.")
    state, fb = they_ask_turn(state, bank, second, NOW + timedelta(minutes=2))
    assert fb.next_id == "role-aiming-for" and "explored-so-far" in state.skipped
    assert "22 years" not in fb.reaction


def test_feedback_quotes_only_what_the_answer_says(banks: dict[str, Bank]) -> None:
    """The tone note listed "gonna, tbh, lol" under answers with none of them, a "going
    concern review" was taken for a worry ("You've told me what worries you"), "20m" was
    shown as "20", and the close thanked twice ("Thanks, that's helpful. … That's really
    helpful, thank you.")."""
    bank = banks["finance"]
    state = start_they_ask(bank, NOW, count=2, seed=0)
    state.queue = ["tell-me-about-yourself", "biggest-concern"]
    first = ("im hamid, ACA qualified, 15 yrs at a mid tier firm in birmingham, an audit senior "
             "manager with about 25 clients, turnover 20m to 150m. last year i led a going "
             "concern review for a 90m engineering client and we found a 2.4m funding gap. u "
             "know, forecasting is what i enjoy most, which is why id love to hear how u moved.")
    state, fb = they_ask_turn(state, bank, first, NOW + timedelta(minutes=1))
    assert fb.next_id == "biggest-concern" and "worries" not in fb.reaction
    tone = next(n for n in fb.notes if n.startswith("Tone"))
    assert "\u201cu\u201d" in tone and "gonna" not in tone and "lol" not in tone
    assert "20m" in fb.specifics and "20" not in fb.specifics
    state, fb = they_ask_turn(state, bank, "Honestly the pay cut worries me a bit, with two kids "
                              "and a mortgage, so I'd want to move into a role that keeps me "
                              "close to my current salary within a couple of years.",
                              NOW + timedelta(minutes=2))
    assert fb.ended and len(re.findall(r"\bthank", fb.reaction, re.IGNORECASE)) <= 1
    assert len(re.findall(r"helpful", fb.reaction, re.IGNORECASE)) <= 1


def test_the_close_does_not_thank_twice() -> None:
    from bot.features.practice.listening import closing

    assert all("thank" not in closing(seed, thanked=True).lower() for seed in range(4))
    assert any("thank" in closing(seed).lower() for seed in range(4))


def test_a_question_turned_back_after_context_is_answered(banks: dict[str, Bank]) -> None:
    """Grace ignored "… which is really why i wanted to talk to u - how did u find the jump
    from audit to fp&a, and did u have to take a step down?" while the feedback praised the
    user for asking it."""
    from bot.features.practice.listening import answer_their_question
    from bot.features.practice.matcher import Matcher
    from bot.features.practice.they_ask import answer_back_for

    bank = banks["finance"]
    state = start_they_ask(bank, NOW)
    said = ("a friend from my aca course works in your finance team and said u moved from "
            "practice into fp&a yourself. which is really why i wanted to talk to u - how did u "
            "find the jump from audit to fp&a, and did u have to take a step down in title or "
            "pay to do it?")
    reply = answer_their_question(said, answer_back_for(bank, Matcher.for_bank(bank), state))
    story = bank.answer("how-got-started", state.persona_id, state.variant)
    assert reply is not None and reply.removeprefix("Good question. ")[:30] == story[:30]


def test_an_answer_that_needed_a_follow_up_says_so_on_the_scorecard(
        banks: dict[str, Bank]) -> None:
    """ "excel and stuff mainly" and the example after Grace's follow-up were scored as one
    answer of good length, and "3 of 4 answers were a good length" hid the thin reply."""
    bank = banks["finance"]
    state = start_they_ask(bank, NOW, count=2, seed=0)
    state.queue = ["transferable-skills", "timeline"]
    state, fb = they_ask_turn(state, bank, "excel and stuff mainly. attention to detail",
                              NOW + timedelta(minutes=1))
    assert fb.next_id == "transferable-skills"  # the follow-up to the same question
    state, fb = they_ask_turn(state, bank, "On one client I rebuilt their 13-week cash flow "
                              "forecast in Excel and found a funding gap of about 2.4m early "
                              "enough for them to refinance, which is the part of audit I "
                              "enjoy most.", NOW + timedelta(minutes=2))
    assert fb.followed_up
    # the count is both parts: said so, as "54 words" for a 32-word reply read as a miscount
    assert f"{fb.words} words across both your replies" in fb.notes[0]
    state, fb = they_ask_turn(state, bank, "Within a year, ideally, once my current busy "
                              "season is over and I've finished the modelling course.",
                              NOW + timedelta(minutes=3))
    text = render_scorecard(scorecard(state))
    assert "with a follow-up" in text and "Answer fully the first time: 1 of 2" in text
    assert "1 of 2 answers was a good length (1 only after a follow-up question)" in text


def test_a_result_is_named_first_and_a_label_or_an_age_is_no_detail(
        banks: dict[str, Bank]) -> None:
    """ "year 4" was counted as a specific while "15%" was left off the list, and "at 31" got
    "Interesting that you mentioned 31: it makes it concrete"."""
    from bot.features.practice.listening import acknowledge

    said = ("im sofia, ive been a primary teacher in bristol for 8 years, year 4 mostly. last "
            "year i sat with 12 kids using our reading app and redesigned how we used it. "
            "reading scores went up about 15% over two terms.")
    assert "4" not in find_specifics(said) and "15%" in find_specifics(said)
    bank = banks["ux_design"]
    state = start_they_ask(bank, NOW, count=2, seed=0)
    state.queue = ["tell-me-about-yourself", "biggest-concern"]
    state, fb = they_ask_turn(state, bank, said + " that is why i want to move into ux "
                              "research, and id love to hear how you got into it.",
                              NOW + timedelta(minutes=1))
    assert next(n for n in fb.notes if n.startswith("Specifics")).startswith(
        "Specifics: \u201c15%\u201d")
    worry = "honestly the money and starting at the bottom again at 31, with a mortgage to pay"
    assert "31" not in acknowledge(worry, find_specifics(worry), False, 0)


def test_the_speakers_own_name_is_no_specific() -> None:
    """ "I'm Helen, …" listed "Helen" among the specifics that make an answer memorable."""
    found = find_specifics("I'm Helen, I've lectured economics in Dublin for ten years. My name "
                           "is Tom, by the way.")
    assert "Helen" not in found and "Tom" not in found and "Dublin" in found


def test_a_question_turned_back_that_the_bank_does_not_cover_is_still_heard(
        banks: dict[str, Bank]) -> None:
    """"what was ur first job title when u started out?" got "That makes sense." and the
    close, as if nothing had been asked."""
    from bot.features.practice.listening import answer_their_question
    from bot.features.practice.matcher import Matcher
    from bot.features.practice.they_ask import answer_back_for

    bank = banks["marketing"]
    state = start_they_ask(bank, NOW)
    said = ("hmm good question, which podcast do u listen to on ur commute? like anything "
            "marketing-y")
    reply = answer_their_question(said, answer_back_for(bank, Matcher.for_bank(bank), state))
    assert reply is not None and ("your turn to ask" in reply or "asking the questions" in reply)
    # their first job, once no question covered it, now gets the story of how they started
    said = ("hmm good question, what was ur first job title when u started out? like is "
            "\"marketing executive\" the same as \"marketing assistant\"")
    reply = answer_their_question(said, answer_back_for(bank, Matcher.for_bank(bank), state))
    assert reply is not None and "I started as a reporter" in reply
    assert answer_their_question("You seemed nice.", answer_back_for(
        bank, Matcher.for_bank(bank), state)) is None


@pytest.mark.parametrize(("said", "named"), [
    ("like i said, the odin project and the nail salon page. oh and i went to one codebar "
     "meetup in manchester", ["the odin project", "codebar", "manchester"]),
    ("i found u on linkedin through the odin project alumni group", ["linkedin"]),
    ("i wrote a little faq doc in google docs for my team", ["google docs"]),
    # "No specifics yet" to four named Excel tools, and to a city
    ("def the way i read financials. i know excel pretty well, like index match, pivot tables, "
     "some power query", ["excel", "index match", "pivot tables", "power query"]),
    ("fp&a analyst at an energy company in houston, ideally upstream", ["houston"]),
    ("my cousin keisha teaches at ur school and said u mentor new teachers", ["cousin keisha"]),
])
def test_names_typed_in_lower_case_are_specifics(said: str, named: list[str]) -> None:
    """"No specifics yet" to an answer naming the Odin Project, codebar and Manchester."""
    found = [f.lower() for f in find_specifics(said)]
    assert all(n in found for n in named)


@pytest.mark.parametrize("said", ["my coworker really likes it here", "my friend who works "
                                  "at a bank said so", "my manager said i should talk to u"])
def test_a_relative_without_a_name_is_no_specific(said: str) -> None:
    assert find_specifics(said) == []


@pytest.mark.parametrize(("said", "fillers"), [
    ("i wanted to see what coding is like as a job", {}),
    ("actually scratch that, i signed up but didnt go", {}),
    ("i handle like 60 calls a day", {"like": 1}),
    # what something felt like, then the next clause: no filler
    ("you'd remember what the first year felt like, and food is close to what I ship", {}),
    ("it was, like, a mess", {"like": 1}),
    ("What I did was like, I just started volunteering", {"like": 1}),
])
def test_like_and_actually_are_fillers_only_when_they_pad(said: str, fillers: dict) -> None:
    from bot.features.practice.answers import count_fillers
    assert count_fillers(said) == fillers


def test_two_months_is_a_start_not_a_lot_to_draw_on() -> None:
    from bot.features.practice.listening import acknowledge
    said = "ive been doing a coding course in the evenings for about 2 months"
    for seed in (0, 1):
        reaction = acknowledge(said, find_specifics(said), False, seed)
        assert "Two months" in reaction and "a lot to draw on" not in reaction


@pytest.mark.parametrize(("said", "flags"), [
    ("not sure tbh", ["slang"]),
    ("no idea really", []),
    ("tbh i just need something that pays lol", ["slang", "uncommitted"]),
    ("honestly whatever pays the bills", ["uncommitted"]),
])
def test_a_shrug_is_not_heard_as_whatever_pays(said: str, flags: list[str]) -> None:
    """"not sure tbh" got "“whatever pays” sounds as if any job would do", which was never
    said."""
    from bot.features.practice.answers import tone_flags
    assert tone_flags(said) == flags


def test_a_length_inside_the_leeway_is_called_close_enough_not_good() -> None:
    """"Good length: 58 words (target 60–120)" read as the coach contradicting itself."""
    from bot.features.practice.answer_notes import length_note as _length_note
    assert _length_note("good", 58, 60, 120).startswith("Close enough: 58 words")
    assert _length_note("good", 70, 60, 120).startswith("Good length: 70 words")


def test_a_worry_is_heard_not_praised_as_a_concrete_figure() -> None:
    """"money mostly. im on band 5, about 29k, and i cant really take a pay cut" got
    "Interesting that you mentioned 29k: it makes it concrete."."""
    from bot.features.practice.listening import acknowledge
    said = ("money mostly. im on band 5 now, about 29k, and i cant really take a pay cut to "
            "start as a trainee with a mortgage")
    for seed in (0, 1):
        reaction = acknowledge(said, find_specifics(said), False, seed)
        assert "29k" not in reaction and "concrete" not in reaction


def test_the_worry_of_being_too_old_is_heard() -> None:
    from bot.features.practice.listening import acknowledge
    said = "not gonna lie im worried im too old to start at 30, everyone on the forums is 22"
    assert "worry" in acknowledge(said, find_specifics(said), False, 0)


def test_each_worry_named_is_met_not_a_figure_praised() -> None:
    """"my worry tbh is money, i make 68k…" got "68k: that makes it concrete for me."; "worried
    I'm a bit old to be starting again and I haven't got a degree" got "12%: that makes it
    concrete"."""
    from bot.features.practice.listening import acknowledge
    said = "my worry tbh is money, i make 68k now and i can't really take a big cut"
    reaction = acknowledge(said, find_specifics(said), False, 0)
    assert "On pay" in reaction and "68k" not in reaction, reaction
    said = ("honestly I'm worried I'm a bit old to be starting again and I haven't got a degree. "
            "I did grow sales on promoted lines by 12% though")
    reaction = acknowledge(said, find_specifics(said), False, 0)
    assert "On age" in reaction and "On the degree" in reaction, reaction


def test_a_figure_is_said_back_with_what_it_counts_and_no_aside_cut_off() -> None:
    """"I built our M-Pesa reconciliation service (about 40k transactions a day)" came back as
    "You built your M-Pesa reconciliation service (about 40k: that's a real result"."""
    from bot.features.practice.listening import acknowledge
    said = ("I'm a backend developer in Nairobi, 3 years with PHP and Laravel at a fintech. I "
            "built our M-Pesa reconciliation service (about 40k transactions a day) and I want a"
            " remote backend role at a European startup.")
    reaction = acknowledge(said, find_specifics(said), False, 0)
    assert reaction.count("(") == reaction.count(")"), reaction
    assert reaction.startswith("40k transactions a day:"), reaction


@pytest.mark.parametrize(("said", "worry"), [
    ("im worried that im too old to start", True),
    ("im 45, worried its too late for me", True),
    ("not really worried about pay tbh, ive saved up", False),
    ("honestly money. i make 68k and i dont want to go way backwards at 31.", True),
    ("i went back to college at 30 and it paid off", False),
    ("I don't want to go back to uni full time", False),
    ("I'm 38, so I worry I'd be starting over at the bottom", True),
    ("i worry about the money more than anything", True),
    ("I took a massive pay cut when I left the army and it was the best decision I made", False),
    ("my worry tbh is money, i make 68k now and i can't really take a big cut", True),
    ("honestly I'm worried I'm a bit old to be starting again", True),
])
def test_worries_as_people_say_them(said: str, worry: bool) -> None:
    from bot.features.practice.worries import WORRY as _WORRY
    assert bool(_WORRY.search(said)) is worry


@pytest.mark.parametrize("said", [
    "Honestly I'd love your view on which skills to build first, and whether you'd suggest "
    "anyone else I should talk to about the move.",
    "i would really appreciate any advice on getting my foot in the door",
])
def test_a_request_of_the_contact_is_welcomed(said: str) -> None:
    """Told what the user would like from them, the contact says they are glad to help; it
    used to say "That makes sense." as if it had heard a story."""
    from bot.features.practice.listening import acknowledge
    assert acknowledge(said, [], False, 0).startswith(("Happy to help", "Of course"))
    for told in ("I give advice on pensions to clients all day",
                 "I'd love a bit more responsibility and eventually a team of my own",
                 "I picked up some tips from youtube", "I'd like some time to think about it"):
        assert not acknowledge(told, [], False, 0).startswith(("Happy to help", "Of course"))


def test_the_career_span_is_taken_in_not_a_part_of_it() -> None:
    """"24 yrs a police officer …, sat on the partnership for 5 years" got "5 years is a lot
    to draw on": "yrs" was no span of time, and the longer detail won by its letters."""
    from bot.features.practice.answers import find_specifics
    from bot.features.practice.listening import acknowledge
    said = ("im gary, 24 yrs a police officer in leeds, last 9 as a neighbourhood sergeant with "
            "a team of 12. sat on the community safety partnership for 5 years.")
    assert acknowledge(said, find_specifics(said), False, 0).startswith("24 years is")


def test_the_contact_does_not_coach_while_taking_in_figures() -> None:
    """"Those figures make it concrete, and people remember numbers" was the coach talking
    through the contact."""
    from bot.features.practice.listening import acknowledge
    said = "honestly money. im on £48k and the council jobs i see pay £35k to £42k."
    assert acknowledge(said, ["£48k", "£35k", "£42k"], False, 0).startswith("Those figures")
    assert "remember" not in acknowledge(said, ["£48k", "£35k", "£42k"], False, 0)


@pytest.mark.parametrize(("said", "named", "not_named"), [
    ("Two things really. First, whether charities see journalism as an asset.", [],
     ["Two things really"]),
    ('did some youtube on PM, read "Inspired" halfway, talked to a buddy at USAA.',
     ["Inspired", "USAA"], []),
    ('I\'m a "people person" and I just LOVE helping people, IDK', [],
     ["people person", "LOVE", "IDK"]),
    ("we pull results out of LIMS every week into the excel dashboard", ["LIMS", "excel"], []),
    ("I was an ER analyst at a SaaS firm doing FP&A", [], ["ER", "SaaS", "FP&A"]),
])
def test_what_counts_as_a_specific(said: str, named: list[str], not_named: list[str]) -> None:
    """ "Two things really" had been a specific ("Ah, Two things really: that's useful to
    know"), while USAA, a quoted book title and LIMS got "No specifics yet"."""
    found = find_specifics(said)
    assert all(n in found for n in named) and not set(not_named) & set(found), found


@pytest.mark.parametrize(("said", "covers"), [
    ("I'm a pharmacy technician and I want to become an adult nurse.", True),
    ("hoping to move into a user researcher role in government", True),
    ("I became a manager last year", False),
    ("I like working with data", False),
    ("In my current role I do a lot of scheduling", False),
    ("I got promoted into a store manager role last year", False),
    ("I moved into a supervisor job after two years on the tills", False),
    ("so im thinking about teaching elementary", True),
    ("I'd target an embedded software engineer role at an automotive OEM", True),
    ("I teach myself Python at night", False),
    # "What kind of role are you aiming for?" asked after both had said it
    ("so im looking at the alternative license to teach hs biology or health science", True),
    ("I'm hoping to move into product management at a logistics software company", True),
    ("I'd love to teach myself to code", False),
    ("i want to be a pm", True), ("i'd like to teach ESL", True),
    ("i want to teach special ed", True), ("i want to move into product mgmt", True),
    ("i work in retail and i used to teach kids swimming on weekends", False),
    ("i fell into project management at my last job by accident", False),
    ("i got promoted into program management last year, which i hate", False),
    ("I'm applying for the shortened route into adult nursing, ideally ending up in emergency "
     "care", True),
    ("i ended up in retail after uni", False),
])
def test_the_role_the_user_named_is_not_asked_for_again(said: str, covers: bool) -> None:
    """ "What kind of role are you aiming for?" came after the user had named it."""
    assert covered("role-aiming-for", said) is covers


@pytest.mark.parametrize(("said", "flags"), [
    ("honestly just want the money lol", ["slang", "uncommitted"]),
    ("I ran the survey and that helped a lot", []),
    ("thx for asking, ppl say im good with numbers", ["slang"]),
])
def test_tone_is_read_from_what_a_contact_would_hear(said: str, flags: list[str]) -> None:
    """ "and that" in an ordinary sentence had been flagged as chat shorthand while "thx" and
    "ppl" were not, and "honestly just want the money lol" got no word on its tone."""
    assert tone_flags(said) == flags


@pytest.mark.parametrize(("said", "not_echoed"), [
    ("im tyler, senior econ major, 3.6 gpa, president of the investment club", "3.6"),
    ("i sorted it within about 20 mins and kept the family updated", "20 min"),
    ("ive heard 90-100 hr weeks are normal in banking", "90-100"),
])
def test_a_bare_figure_is_not_echoed_back(said: str, not_echoed: str) -> None:
    """ "Ah, 3.6: that's useful to know." and "20 mins: that helps me picture where you are"
    read as a machine picking out digits."""
    assert not_echoed not in acknowledge(said, find_specifics(said), False, 1)
    said = "I manage 38 staff at a council depot"
    assert "38 staff" in acknowledge(said, find_specifics(said), False, 1)


def test_labels_chat_and_kindness_are_no_detail_and_no_filler() -> None:
    """ "180 Year 11s" was echoed as "180 Year: that's solid experience", "torn between the
    two rn" as "Ah, two rn", and "That's kind of you" counted as the filler "kind of"."""
    assert "180 Year" not in find_specifics("mock results for 180 Year 11s land the same week")
    assert not find_specifics("tbh im torn between the two rn")
    assert count_fillers("That's kind of you. Mostly I'd love an honest view") == {}
    assert count_fillers("it was kind of hard") == {"kind of": 1}


def test_like_before_an_example_is_no_filler() -> None:
    """ "finance roles in pharma, like FP&A at a drug company" had counted "like" as a filler:
    before an acronym or a name it means "such as"."""
    assert count_fillers("finance roles in pharma, like FP&A at a drug company") == {}
    assert count_fillers("it was, like, really hard") == {"like": 1}


@pytest.mark.parametrize("said, heard", [
    ("I'm an engineer. Python scripting is roughly 40% of my week these days.",
     "40% of your week: that's a telling figure."),
    ("About 30% of our sales came through the website I ran.",
     "30% of your sales: that's a telling figure."),
])
def test_a_share_is_said_back_with_what_it_is_a_share_of(said: str, heard: str) -> None:
    """It had said "40% of your: that's a telling figure."."""
    assert acknowledge(said, find_specifics(said), False, 0) == heard


def test_how_long_a_thing_takes_is_no_time_the_user_has_put_in() -> None:
    """"A durability test takes 6 weeks" had got "6 weeks already: it shows you're serious"."""
    said = ("The part I enjoy most is the code. A durability test takes 6 weeks, a unit test "
            "takes 6 seconds. I want that feedback loop.")
    for seed in range(4):
        reply = acknowledge(said, find_specifics(said), False, seed)
        assert "6 weeks" not in reply and "serious" not in reply
    assert find_specifics(said) == ["6 weeks", "6 seconds"]  # not a lone "6"


def test_a_number_inside_a_word_and_the_contact_hailed_are_no_specifics() -> None:
    said = "Hi Priya, I'd aim for a tier-1 supplier like Bosch, or COVID-19 testing work."
    assert find_specifics(said) == ["Bosch", "COVID-19"]


@pytest.mark.parametrize("said, specifics", [
    ("im predicted a 2:1 and want ACA through a big 4 grad scheme", ["2:1", "big 4", "ACA"]),
    ("corporate finance at a company like a FTSE 100 firm is my plan B", ["FTSE 100"]),
    ("elementary teacher, like 2nd or 3rd grade ideally", ["2nd or 3rd grade"]),
    ("i graduate in june so ideally id start something by september", ["june", "september"]),
    ("go back to school for a masters, here in arizona", ["master's", "arizona"]),
    ("my pipeline takes in about 2 GB of rig data a day", ["2 GB"]),
    ("we march on, it may be hard", []),
])
def test_details_typed_on_a_phone_count_as_specifics(said: str, specifics: list[str]) -> None:
    """A student had been told "No specifics yet" for a 2:1, June and September, and "4" was
    taken from "big 4" and "1" from "2:1"."""
    assert find_specifics(said) == specifics


def test_the_contacts_questions_fit_a_student_as_well_as_a_career_changer(
        banks: dict[str, Bank]) -> None:
    """A final-year student had been asked "What's your timeline for making a change?"."""
    for bank in banks.values():
        for ask in bank.asks_back:
            assert not re.search(r"making (?:a|this) (?:change|move)|your current work\b(?! or)",
                                 ask.text), (bank.field, ask.text)


def test_a_question_back_typed_with_ur_turns_it_back() -> None:
    """"…so would love to hear what ur day actually looks like" had scored "Turn it back at
    least once"."""
    assert turns_back("i'm torn between IB and FP&A, so would love to hear what ur day "
                      "actually looks like")


@pytest.mark.parametrize(("said", "covers"), [
    ("i coach my nephews soccer team on weekends (under 8s lol)", True),
    ("I volunteer at a homework club for Year 7 pupils", True),
    ("i coach a five-a-side team of adults", False),
])
def test_time_with_young_people_told_is_not_asked_for(said: str, covers: bool) -> None:
    """"Have you spent any time working with young people?" had come after "i coach my
    nephews soccer team"."""
    assert covered("time-with-young-people", said) is covers


def test_the_tone_lesson_is_given_once_then_only_named(banks: dict[str, Bank]) -> None:
    """The same "chat shorthand … say it in full" paragraph had come after every answer."""
    bank = banks["finance"]
    state = start_they_ask(bank, NOW, seed=3)
    notes = []
    for n, said in enumerate(("im a final year econ student at bristol tbh and i run the "
                              "investment society newsletter, about 400 members",
                              "tbh mostly reading, a couple of insight days online and a "
                              "careers fair in oct, plus two spring week applications")):
        state, fb = they_ask_turn(state, bank, said, NOW + timedelta(minutes=2 * (n + 1)))
        notes.append([x for x in fb.notes if x.startswith("Tone:")])
    assert "reads as casual" in notes[0][0]
    assert notes[1] == ["Tone: \u201ctbh\u201d again: keep the shorthand for friends."]


@pytest.mark.parametrize("said, specifics", [
    ("Im Tunde, 31, logistics coordinator near Northampton", ["Northampton"]),
    ("I'm 38 and I've been teaching 14 years", ["14 years"]),
    ("My age. I turn 41 this year and I worry I am too old at 41", []),
    ("I turned 30 dashboards into 5", ["30"]),
    ("a charity with maybe 20 to 50 staff after 2 or 3 years", ["20 to 50 staff",
                                                                 "2 or 3 years"]),
    ("if you know anyone in environmental charities here in NI I'd be grateful", []),
    # "Specifics: “four PMs”, “44”, “Reforge”": an age said with "at", praised
    ("my worry is that at 44 I will be starting over, though I did Reforge and met four PMs",
     ["four PMs", "Reforge"]),
    ("being 44 and junior scares me", []),
    ("we had 12 stores and at 40 stores we hired a second analyst", ["12 stores", "40 stores"]),
])
def test_an_age_a_range_and_a_pronoun_after_a_name_are_read_right(
        said: str, specifics: list[str]) -> None:
    """The age was praised as a specific, "20 to 50 staff" became "20" and "50 staff", and
    "NI I'd" was said back: "NI I'd: that helps me picture where you are."."""
    assert find_specifics(said) == specifics


@pytest.mark.parametrize("said, not_heard", [
    ("honestly a lot of it. I already clean messy data every week, and 3 suppliers caused "
     "about 60% of our late loads.", "of your late:"),
    ("last christmas I pulled 6 months of booking data into excel and the yard queue went "
     "from about 90 mins to 30.", "6 months"),
    ("I found you through the Data Analytics UK group on LinkedIn.", "picture where you are"),
    ("I moved the 8 courses with exams first and told the other departments plainly they'd "
     "wait two weeks. Nobody missed an exam.", "Two weeks"),
])
def test_the_contact_says_back_only_what_the_answer_means(said: str, not_heard: str) -> None:
    for seed in range(4):
        assert not_heard not in acknowledge(said, find_specifics(said), False, seed)


def test_more_than_three_details_are_counted_as_the_scorecard_counts_them(
        banks: dict[str, Bank]) -> None:
    """The feedback named 3 specifics and the scorecard then said 10."""
    bank = banks["finance"]
    state = start_they_ask(bank, NOW, seed=3)
    state, fb = they_ask_turn(state, bank, (
        "I've taught geography for 14 years at St Mary's in Belfast, run the eco-club for 6 "
        "years with 25 kids and a £600 budget, and organised a walk that raised £4,200 with "
        "80 walkers. For example, last spring we planted 300 trees with Belfast Hills Trust."),
        NOW + timedelta(minutes=2))
    [line] = [n for n in fb.notes if n.startswith("Specifics:")]
    more = int(re.search(r"and (\d+) more", line).group(1))
    shown = 3 + more + ("an example" in line)
    assert scorecard(state).answers[0]["specifics"] == shown


def test_new_shorthand_is_not_called_again_and_the_card_keeps_to_tone(
        banks: dict[str, Bank]) -> None:
    """"Tone: “u” again" came the first time "u" was flagged ("tbh" had been), and the card's
    tone line added "and say what draws you to the work"."""
    bank = banks["finance"]
    state = start_they_ask(bank, NOW, seed=3)
    answers = ("I'm a final year economics student at Bristol tbh, I run the investment "
               "society newsletter for 400 members and did a summer at a bank branch.",
               "I found u on LinkedIn through the Bristol alumni group, u posted about moving "
               "from audit into FP&A and it sounded like my plan exactly.")
    for n, said in enumerate(answers):
        state, fb = they_ask_turn(state, bank, said, NOW + timedelta(minutes=2 * (n + 1)))
    assert [x for x in fb.notes if x.startswith("Tone:")] == [
        "Tone: more shorthand (\u201cu\u201d): keep it for friends."]
    text = render_scorecard(scorecard(state))
    assert "Mind the tone" in text and "what draws you" not in text


def test_the_checklist_of_a_strong_answer_comes_only_when_far_short(
        banks: dict[str, Bank]) -> None:
    """"A strong answer covers: the role; the kind of organisation; the level; why it fits
    you" came after an answer of 21 words that said all four."""
    bank = banks["product_management"]
    for said, listed in (("Ideally an associate product manager role at an edtech company that "
                          "serves universities, because I know that user from the inside.",
                          False),
                         ("An APM role somewhere, I think.", True)):
        state = start_they_ask(bank, NOW, seed=3)
        state.queue = ["tell-me-about-yourself", "role-aiming-for", "why-me"]
        state.index = 1
        state, fb = they_ask_turn(state, bank, said, NOW + timedelta(minutes=1))
        assert any(n.startswith("A strong answer covers") for n in fb.notes) is listed, fb.notes


@pytest.mark.parametrize("said, specific", [
    ("ok so last yr a patient fainted in the chair during an extraction, i laid her flat",
     "last yr"),
    ("prob a band 5 physiotherapist in an nhs trust, doing rotations", "band 5"),
])
def test_a_story_or_a_band_typed_on_a_phone_is_not_told_no_specifics(said: str,
                                                                       specific: str) -> None:
    """A fainting patient last year and "a band 5 physiotherapist in an nhs trust" had been
    told "No specifics yet"."""
    assert specific in find_specifics(said)


@pytest.mark.parametrize(("said", "right", "wrong"), [
    ("I did 12 years in the army in logistics, then the last 6 I've been an operations "
     "supervisor at a distribution warehouse in Dallas with about 40 people on my shifts.",
     "12 years in the army", "as an operations supervisor"),
    ("I was a teacher for twelve years, then moved into admin", "Twelve years as a teacher", ""),
    ("I'm a nurse, and I've been doing it for 10 years.", "10 years as a nurse", ""),
    # "in nursing homes" is no span "in nursing"
    ("I spent 4 years in nursing homes as a carer.", "Four years", "in nursing"),
])
def test_a_span_keeps_the_role_of_its_own_clause(said: str, right: str, wrong: str) -> None:
    """"12 years as an operations supervisor is a lot to draw on": the 12 years were in the
    army, and the supervising came after."""
    from bot.features.practice.answers import find_specifics
    from bot.features.practice.listening import acknowledge
    for seed in (0, 1):
        reply = acknowledge(said, find_specifics(said), False, seed)
        assert reply.startswith(right) and not (wrong and wrong in reply), reply


@pytest.mark.parametrize("said", [
    "We rewrote the civics standards in 2019. I'm curious how much of what you do day to day "
    "is actually research vs. politics?",
    "I led the rewrite. Im curious how you made the switch yourself.",
])
def test_a_question_turned_back_after_an_abbreviation_or_curious_is_seen(said: str) -> None:
    """"…is actually research vs. politics?" ended an answer, and the feedback still said "end
    by turning it back to them": the full stop of "vs." had cut the question in two."""
    from bot.features.practice.answers import turns_back
    assert turns_back(said)
    assert not turns_back("I am curious about data, and I like SQL.")


@pytest.mark.parametrize("variant", [0, 1])
def test_a_question_turned_back_gets_no_request_for_the_users_story(
        banks: dict[str, Bank], variant: int) -> None:
    """"Would you expect me to start a rung or two lower?" got "Good question. Give me the
    short version and I'll be straight with you. …": the answer's request for the user's
    background, meant for their own meeting."""
    from bot.features.practice.matcher import Matcher
    from bot.features.practice.they_ask import answer_back_for
    bank = banks["nonprofit_public"]
    state = start_they_ask(bank, NOW, persona_id="marcus", variant=variant)
    reply = answer_back_for(bank, Matcher.for_bank(bank), state)(
        "given my background, how do you see my chances, and which gaps should I close first?")
    assert reply and not re.match(r"(?:Tell|Give) me", reply), reply



def test_curiosity_as_a_strength_is_no_question_to_them() -> None:
    from bot.features.practice.answers import turns_back
    assert not turns_back("I'm really curious about why things happen, so if you give me a "
                          "messy dataset I'll keep digging until it makes sense.")


@pytest.mark.parametrize(("said", "covers"), [
    ("i wanted to talk to u bc u switched careers too", True),
    ("I found you through the alumni search on LinkedIn", True),
    ("I came across your post about leaving audit", True),
    ("I switched from retail two years ago", False),
    ("you know, I just like the work", False),
    ("my friend sarah gave me your name", True), ("a mutual friend put us in touch", True),
    ("i got your email from the alumni office", True), ("ur post on linkedin caught my eye", True),
    ("i saw your industry had layoffs", False), ("since you moved to atlanta for work", False),
    ("i found your talk really useful", False),
])
def test_why_the_user_wanted_to_talk_to_them_is_not_asked_again(said: str, covers: bool) -> None:
    """"How did you find me, and why did you want to talk to me?" came after "i wanted to
    talk to u bc u switched careers too"."""
    assert covered("why-me", said) is covers


def test_an_answer_that_points_back_gets_no_say_more(banks: dict[str, Bank]) -> None:
    """"like i said, hs biology or health science" got "If you picture your first role,
    what's the job title, roughly?", the same question a third time."""
    bank = banks["education"]
    state = start_they_ask(bank, NOW, count=4, seed=3)
    state.queue = ["tell-me-about-yourself", "role-aiming-for", "why-this-field", "timeline"]
    state, fb = they_ask_turn(state, bank, "I've managed a three-dentist practice in Cleveland "
                              "for 11 years: scheduling, billing, and training every new "
                              "assistant we hire, which is the part I love most. I have a "
                              "biology degree I never used, and teaching is where I keep landing "
                              "when I think about what's next for me.", NOW)
    assert fb.next_id == "role-aiming-for"
    state, fb = they_ask_turn(state, bank, "like i said, hs biology or health science, 9th or "
                              "10th grade", NOW + timedelta(minutes=1))
    assert fb.next_id != "role-aiming-for" and "job title" not in (fb.next_question or "")
    assert fb.reaction.startswith("Sorry, yes, you did say.")
    # and no "Too short" for it, on the spot or on the scorecard
    assert fb.length == "good" and not any(n.startswith("Too short") for n in fb.notes)
    # nor "close enough" for its few words, nor "Be concrete" for it: it was said before
    from bot.features.practice.render import render_scorecard
    from bot.features.practice.scorecard import scorecard
    shown = render_scorecard(scorecard(state))
    assert "(20\u201360, said before)" in shown or "said before)" in shown, shown
    assert "close enough" not in shown and "answer 2 had no" not in shown, shown


@pytest.mark.parametrize("said", ["as i mentioned in my email, im a paralegal and want to teach",
                                  "like i said to my husband, im done with retail"])
def test_a_first_answer_mentioning_something_said_elsewhere_still_gets_say_more(
        banks: dict[str, Bank], said: str) -> None:
    """"as i mentioned in my email, …" as the very first answer got "Sorry, yes, you did say."."""
    bank = banks["education"]
    state = start_they_ask(bank, NOW, count=4, seed=3)
    state, fb = they_ask_turn(state, bank, said, NOW + timedelta(minutes=1))
    assert "you did say" not in fb.reaction and fb.next_id == state.queue[0]


@pytest.mark.parametrize(("said", "found", "not_found"), [
    ("Tomás Rivera suggested you. He said you've hired for years.", ["Tomás Rivera"], ["Rivera"]),
    ("I was a 92A logistics NCO for 6 yrs", ["6 yrs"], ["92"]),
    ("i had two chats like last month with devs", ["two chats"], ["two chats like"]),
    ("I had eight running at once, all behind", [], ["eight running"]),
    ("three meetings a week, and we cut costs by 38k", ["three meetings", "38k"], []),
])
def test_specifics_are_whole_names_and_figures(said: str, found: list[str],
                                               not_found: list[str]) -> None:
    """Feedback listed "92" (of the job code 92A), "Rivera" (of Tomás Rivera), "two chats
    like" and "eight running" as the answer's specifics."""
    specifics = find_specifics(said)
    assert all(f in specifics for f in found) and not set(not_found) & set(specifics), specifics


@pytest.mark.parametrize(("said", "found", "not_found"), [
    ("i managed two nursing units", ["two nursing units"], []),
    ("i did three coding bootcamps", ["three coding bootcamps"], []),
    ("my cousin also works there", [], ["cousin also"]),
    ("my boss finally got promoted", [], ["boss finally"]),
    ("Maybe Google is better", ["Google"], ["Maybe Google"]),
    ("Yesterday Sarah said so", ["Sarah"], ["Yesterday Sarah"]),
])
def test_a_second_review_of_specifics(said: str, found: list[str], not_found: list[str]) -> None:
    """The first fixes had lost "two nursing units" (a verb's -ing?), and counted "cousin
    also" and "Maybe Google" as names."""
    specifics = find_specifics(said)
    assert all(f in specifics for f in found) and not set(not_found) & set(specifics), specifics


@pytest.mark.parametrize(("ask", "said", "covers"), [
    ("role-aiming-for", "i don't want to be a pm", False),
    ("role-aiming-for", "i'm trying to get into a program at uni", False),
    ("role-aiming-for", "i'd love to teach high school english", True),
    ("role-aiming-for", "i'm keen to move into product management", True),
    ("role-aiming-for", "i wanna be a pm", True),
    ("why-me", "i saw you speak at a conference", True),
    ("why-me", "since you moved into ux from teaching i figured you'd get it", True),
    ("why-me", "your linkedin post caught my eye", True),
    ("why-me", "since you moved to atlanta for work", False),
    # "What draws you to marketing?" came after "the launches are what got me hooked"
    ("why-this-field", "The launches are what got me hooked", True),
    ("why-this-field", "thats when i was like wait i love this", True),
    ("why-this-field", "i love my dog", False),
    # "What draws you to nonprofit work?" came after "What pulls me is the mission."
    ("why-this-field", "Right now I'm 4 months out of uniform. What pulls me is the mission.",
     True),
    ("why-this-field", "what appeals to me is the hours", True),
    ("why-this-field", "I still don't know what excites me about data", False),
    ("why-this-field", "What pulls me away from teaching is the pay", False),
])
def test_a_second_review_of_what_counts_as_said(ask: str, said: str, covers: bool) -> None:
    assert covered(ask, said) is covers


@pytest.mark.parametrize(("said", "points"), [
    ("like i said in my last answer, hs biology", True),
    ("like i told you at the start, i want to teach", True),
    ("i kinda said it already haha, its the no show thing", True),
    ("as i mentioned in my email, im a paralegal", False),
    ("like i said to my husband, im done with retail", False),
])
def test_pointing_back_to_an_earlier_answer(said: str, points: bool) -> None:
    from bot.features.practice.they_ask import _SAID_IT
    assert bool(_SAID_IT.search(said)) is points


def test_a_label_before_a_number_is_no_count() -> None:
    """"band 5 staff nurse" came back as "Ah, 5 staff: that's useful to know."."""
    assert "5 staff" not in find_specifics("band 5 staff nurse, adult nursing, ideally back on "
                                           "older peoples")


def test_a_question_turned_back_twice_is_not_answered_twice_alike(banks: dict[str, Bank]) -> None:
    """Jenna answered "how did you end up in research?" and then "how did you think about the
    master's?" with the same two sentences of her story."""
    from bot.features.practice.listening import answer_their_question
    from bot.features.practice.matcher import Matcher
    from bot.features.practice.they_ask import answer_back_for
    bank = banks["ux_design"]
    state = start_they_ask(bank, NOW)
    back = answer_back_for(bank, Matcher.for_bank(bank), state)
    said = "…which is why I'd love to hear how you got into UX research yourself?"
    first = answer_their_question(said, back)
    assert first and first.startswith("Good question.")
    state.answers.append({"reaction": first})
    assert answer_their_question(said, back) != first


@pytest.mark.parametrize("said, specifics", [
    # a tool typed in lower case after "at"; a worked example with no capital letters
    ("i got decent at excel doing it", ["excel"]),
    ("for my dissertation i found one distillers margins held up after brexit",
     ["for my dissertation"]),
    # "like a" is no detail to say back ("Ah, like a: that's useful to know"); everyday verbs
    # and the user's own figure about the contact's organisation are read as they are
    ("when the system messes up, like a prior auth sitting for a week, theyre the ones who pay",
     []),
    ("honestly i found the admin side of retail boring and I grew up around nurses", []),
    ("I've volunteered at your food bank every Saturday for 3 years", ["3 years", "Saturday"]),
    # the contact's own figure is not the user's detail; one span said twice is one detail
    ("A colleague mentioned you because you've spent 11 years in policy, and I have 24 years in "
     "news", ["24 years"]),
    ("im a pharmacy tech, been doing it 6 yrs. I have done it for 6 years", ["6 yrs"]),
])
def test_details_of_a_casual_answer_are_found_and_theirs_only(said, specifics):
    assert find_specifics(said) == specifics


@pytest.mark.parametrize("said", [
    "a graduate analyst role, or a finance grad scheme at a company, like a FP&A analyst",
])
def test_like_that_brings_in_an_example_is_no_filler(said):
    assert "like" not in count_fillers(said)


@pytest.mark.parametrize("said", ["it was, like, a nightmare", "it took, like a year to get "
                                  "promoted", "we had, like a hundred tickets a day"])
def test_like_as_a_filler_is_still_counted(said):
    assert count_fillers(said)["like"] == 1


WAREHOUSE_LEAD = (
    "um im a warehouse shift lead, learning to code",
    "Yeah so I've been a shift lead at a warehouse in Columbus for five years, running a team of "
    "14 on nights. About two years ago I started teaching myself Python and some JavaScript at "
    "night. The biggest thing I built is a script that pulls our pick rates from a CSV and "
    "emails the team a summary every morning, and my manager uses it now. I'd really like to "
    "hear how people without a CS degree actually get in.",
    "honestly debugging people problems lol. like when a shift falls apart you gotta figure out "
    "whats actually broken, not just the symptom. and i'm used to deadlines, trucks leave at 6 "
    "whether youre ready or not",
    "found you on linkedin, you went teacher to bootcamp to dev and i wanted to hear from "
    "someone who switched later, not straight out of college",
    "a junior backend developer job",
)


@pytest.mark.parametrize("seed", range(3))
def test_the_contact_does_not_take_in_two_answers_running_with_the_same_words(banks, seed):
    """Marcus heard "Okay, I can see where you're coming from." twice in a row."""
    bank = banks["software_engineering"]
    state = start_they_ask(bank, NOW, count=5, seed=seed)
    reactions = []
    for text in WAREHOUSE_LEAD:
        if state.ended:
            break
        state, fb = they_ask_turn(state, bank, text, NOW)
        reactions.append(re.split(r"(?<=[.!?])\s", fb.reaction)[0])
    assert len(reactions) >= 4
    assert all(a != b for a, b in zip(reactions, reactions[1:], strict=False)), reactions


def test_good_question_opens_only_the_first_answer_to_a_question_turned_back(banks):
    """Karen heard "Good question." open the contact's reply to both her questions."""
    from bot.features.practice.matcher import Matcher
    from bot.features.practice.they_ask import answer_back_for

    bank = banks["education"]
    state = start_they_ask(bank, NOW, count=5, seed=1)
    matcher = Matcher.for_bank(bank)
    replies = []
    for text in (
        "I've taught high school history in Raleigh for fifteen years and for the last four I "
        "have led our department's curriculum team, writing the unit plans that eleven "
        "teachers use and coaching the new ones. I'd love to hear how you got into this line "
        "of work yourself?",
        "Planning units backwards from the assessment, which is most of what a course designer "
        "does, and coaching two or three new teachers every year through their first units. "
        "What do you enjoy most about your work?",
    ):
        state, fb = they_ask_turn(state, bank, text, NOW, answer_back_for(bank, matcher, state))
        replies.append(fb.reaction)
    assert replies[0].startswith("Good question.")
    assert not replies[1].startswith("Good question.") and len(replies[1]) > 40, replies


def test_shorthand_heard_as_shorthand_and_named_the_second_time(banks: dict[str, Bank]) -> None:
    """"ngl", "lowkey" and "mate" went unflagged; the second note read "“u”, “lol”, “ur” too;
    keep the shorthand for friends"."""
    bank = banks["nonprofit_public"]
    state = start_they_ask(bank, NOW, count=4, seed=3)
    state, fb = they_ask_turn(state, bank, "ngl the food bank is lowkey the best bit of my week "
                              "mate, I've run the Saturday shift there for three years", NOW)
    assert any(n.startswith("Tone:") for n in fb.notes)
    state, fb = they_ask_turn(state, bank, "tbh u would see it in ur first week there, I sort "
                              "40 volunteers and the whole rota every Saturday", NOW)
    tone = [n for n in fb.notes if n.startswith("Tone:")]
    assert tone == ["Tone: more shorthand (\u201ctbh\u201d, \u201cu\u201d, \u201cur\u201d): "
                    "keep it for friends."], fb.notes


def test_years_to_come_are_not_experience_to_draw_on() -> None:
    """"I'd rather spend my next 20 years on that than on shelf gaps" got "20 years is a lot
    to draw on"."""
    said = ("I've volunteered at the food bank on Saturdays and I'd rather spend my next 20 "
            "years on that than on shelf gaps.")
    for seed in range(4):
        assert "20 years" not in acknowledge(said, find_specifics(said), False, seed)


def test_a_us_contact_reacts_in_american_spelling(banks: dict[str, Bank]) -> None:
    """The they-ask reactions were never put in a US contact's spelling ("programme", "CV")."""
    said = ("I've been a litigation paralegal in Denver for six years. Most of my week is "
            "interviewing clients and witnesses and turning what they say into a timeline. Last "
            "year I organised a 3-day training programme for 40 new paralegals and it cut "
            "onboarding by a week. I want to move into UX research because the interviewing is "
            "the part of my job I love, and I've finished the Google UX certificate.")
    for persona, word in (("jenna", "program:"), ("daniel", "programme:")):
        state = start_they_ask(banks["ux_design"], NOW, seed=1, persona_id=persona)
        state, fb = they_ask_turn(state, banks["ux_design"], said, NOW)
        assert word in fb.reaction, fb.reaction


@pytest.mark.parametrize("said", ["6 years in FR at a retail bank, mostly month-end packs",
                                  "I sail as chief mate on the ferries, and my team mate runs "
                                  "the rota"])
def test_field_words_are_not_chat_shorthand(said: str) -> None:
    from bot.features.practice.answers import slang_words
    assert slang_words(said) == []


def test_an_answer_to_what_worries_you_is_heard_as_a_worry_and_met(
        banks: dict[str, Bank]) -> None:
    """ "honestly that ill be too old at 31 and everyone else will have a cs degree, and taking
    a pay cut from teaching with a mortgage" got "That makes sense." and the next question."""
    bank = banks["software_engineering"]
    state = start_they_ask(bank, NOW, count=3, seed=0)
    state.queue = ["tell-me-about-yourself", "biggest-concern", "timeline"]
    state, fb = they_ask_turn(state, bank, "I'm Priya, a chemistry teacher for 7 years in"
                              " Bristol. I'm halfway through a part-time coding bootcamp in"
                              " JavaScript and React, and I built a marking tool in Apps Script"
                              " that my whole department of twelve teachers now uses every week,"
                              " which is what got me hooked on building things.",
                              NOW + timedelta(minutes=1))
    assert fb.next_id == "biggest-concern"
    state, fb = they_ask_turn(state, bank, "honestly that ill be too old at 31 and everyone else"
                              " will have a cs degree, and taking a pay cut from teaching with a"
                              " mortgage", NOW + timedelta(minutes=2))
    assert "worry" in fb.reaction or "feel the same" in fb.reaction
    assert "On age:" in fb.reaction and "On pay:" in fb.reaction


def test_a_thing_built_is_not_quoted_back_as_a_concrete_example() -> None:
    """ "A google sheets thing: that's exactly the kind of thing I'd want to hear about in an
    interview." came back in three meetings; a thing names nothing to praise."""
    from bot.features.practice.listening import made_or_moved
    said = "and actually yes i already built a google sheets thing that marks quizzes for my dept"
    assert made_or_moved(said, find_specifics(said), 0) == ""
    said = "i already built a marking tool in apps script that my whole department uses"
    assert made_or_moved(said, find_specifics(said), 0).startswith("A marking tool:")
    said = "I built a 13-week cash-flow forecast for a client"
    assert made_or_moved(said, find_specifics(said), 0).startswith("A 13-week cash-flow forecast")


@pytest.mark.parametrize("said", [
    "Mainly burnout. I'm already at 50 hours a week and scared of more",
    "I'm 45 minutes from the nearest city, so the commute",
    "I'd be at 30% of my current budget",
])
def test_a_number_is_no_worry_about_age(said: str) -> None:
    from bot.features.practice.listening import acknowledge
    assert "On age" not in acknowledge(said, find_specifics(said), False, 0, True)


def test_nothing_to_worry_about_is_not_heard_as_a_worry() -> None:
    from bot.features.practice.listening import acknowledge
    said = "Honestly not much! I'm really excited to start."
    assert "worry" not in acknowledge(said, find_specifics(said), False, 0, True)


def test_an_age_in_years_is_no_career() -> None:
    from bot.features.practice.background import background_of
    assert "40 years" not in background_of("I'm a nurse and I'm forty years old")
    assert "50 years" not in background_of("I'm a teaching assistant, fifty years old")
    assert background_of("I'm a nurse of 12 years") == "12 years as a nurse"


@pytest.mark.parametrize(("said", "slang"), [
    ("if i go back to school for my RN i want peds", []),
    ("im an lpn but want my rn eventually", []),
    ("LPN or RN, which pays more", []),
    ("honestly idk rn", ["idk", "rn"]),
])
def test_rn_the_nurse_is_no_chat_shorthand(said: str, slang: list[str]) -> None:
    """ "if i go back to school for my RN…" got "Tone: more shorthand (“rn”, “idk”): keep it for
    friends", which nurses would meet in every meeting."""
    from bot.features.practice.answers import slang_words
    assert slang_words(said) == slang


@pytest.mark.parametrize("said", [
    "i dont have a bachelors tho, thats my whole question lol. just my LPN diploma",
    "No. I was answering YOUR question.",
])
def test_a_correction_is_not_praised_as_something_to_lead_with(said: str) -> None:
    """ "…just my LPN diploma" got "I like that: “Just my LPN diploma”. I'd lead with something
    like that", and "I was answering YOUR question" got "You was answering YOUR question?
    That's worth leading with"."""
    from bot.features.practice.acknowledge import acknowledge_answer
    for seed in (0, 1):
        reply = acknowledge_answer(said, seed)
        assert "lead with" not in reply and "I like that" not in reply, reply


@pytest.mark.parametrize(("said", "told"), [
    ("LPN at a nursing home for 11 years", "11 years as an LPN"),
    ("Grad auditor at a B4, 2 years in. ACA half done.", "2 years as a grad auditor"),
    ("hi! im priya, chem teacher for 7 yrs, halfway thru a coding bootcamp",
     "7 years as a chem teacher"),
    ("my manager for 3 years said I should try", ""),
    ("what did you do at uni for 3 years?", ""),
])
def test_a_post_and_its_years_are_heard_without_im(said: str, told: str) -> None:
    from bot.features.practice.background import years_of
    assert years_of(said) == told


def test_years_in_a_field_are_said_back_in_it() -> None:
    """ "Ive been in audit for 2 years" was said back as "2 years of in audit"."""
    from bot.features.practice.background import background_of
    assert background_of("Ive been in audit for 2 years") == "2 years in audit"


def test_a_question_kept_for_later_still_leaves_the_answer_heard(
        banks: dict[str, Bank]) -> None:
    """A falls project "from 14 to 5 a quarter" ending in a question back got only "Good
    question. Ask me that when it's your turn to ask the questions"."""
    bank = banks["healthcare"]
    state = start_they_ask(bank, NOW, count=3, seed=0)
    state.queue = ["tell-me-about-yourself", "explored-so-far", "timeline"]
    _, fb = they_ask_turn(state, bank, "Im Denise, an LPN at a nursing home for 11 years. I led"
                          " a falls project that cut falls from 14 to 5 a quarter by changing"
                          " night rounds and bed alarms. What made you go into management?",
                          NOW + timedelta(minutes=1), lambda question: None)
    assert "your turn to ask" in fb.reaction
    assert not fb.reaction.startswith("Good question"), fb.reaction


def test_i_am_worried_said_plainly_is_a_worry() -> None:
    """ "I am worried. I am 44, I have two teenagers, …" got "Two teenagers: that's a useful
    detail."."""
    from bot.features.practice.listening import acknowledge
    said = ("Honestly, I am worried. I am 44, I have two teenagers, and I do not know if I can"
            " afford to start at the bottom again.")
    reply = acknowledge(said, find_specifics(said), False, 0)
    assert "worry" in reply and "useful detail" not in reply


@pytest.mark.parametrize("said", [
    "My big worry is money: I have a mortgage and I'm 41, so starting on a trainee wage scares"
    " me.",
    "my biggest concern is the marking load, honestly",
])
def test_my_worry_is_said_is_a_worry(said: str) -> None:
    """ "My big worry is money: … scares me." got "Okay, I can see where you're coming from"."""
    from bot.features.practice.listening import acknowledge
    assert "worry" in acknowledge(said, find_specifics(said), False, 0)


def test_nerves_about_the_practice_are_no_career_worry() -> None:
    from bot.features.practice.listening import acknowledge
    said = "I'm a bit nervous, this is my first one of these! I've been a TA for 4 years"
    assert "worry" not in acknowledge(said, find_specifics(said), False, 0)


def test_a_real_result_with_question_in_it_is_still_praised() -> None:
    from bot.features.practice.acknowledge import acknowledge_answer
    reply = acknowledge_answer("I led the question bank rewrite for our GCSE science"
                               " department, 300 questions", 0)
    assert "I like that" in reply or "lead with" in reply or "300" in reply, reply


def test_years_of_data_looked_at_are_no_years_of_experience() -> None:
    """"analysing 10 years of Leaving Cert results" got "10 years: that's solid experience to
    bring with you"."""
    from bot.features.practice.listening import acknowledge
    said = ("I spent a year analysing 10 years of Leaving Cert results for my school, and found "
            "the maths grades dropped 8%.")
    assert "experience" not in acknowledge(said, find_specifics(said), False, 0)
    said = "I have been teaching science for 12 years."
    assert "12 years" in acknowledge(said, find_specifics(said), False, 0)


def test_what_the_user_built_is_heard_without_what_follows_about_it() -> None:
    """"ha actually yes, i built a gradebook in excel w pivot tables that the whole department
    uses now" (the portfolio piece the contact had asked about) got "Thanks, that helps me
    picture where you're coming from": the clause was too long to say back."""
    from bot.features.practice.acknowledge import acknowledge_answer
    reply = acknowledge_answer("ha actually yes, i built a gradebook in excel w pivot tables "
                               "that the whole department uses now", 0)
    assert reply.startswith("You built a gradebook in excel with pivot tables"), reply


@pytest.mark.parametrize(("said", "heard"), [
    ("not really tbh. i did write the after action reports and a couple of supply requests "
     "that got funded lol", "You wrote the after action reports and a couple of supply requests"),
    ("I did run the volunteer rota for our food drive for a year",
     "You ran the volunteer rota for your food drive"),
])
def test_what_the_user_did_said_with_did_is_heard(said: str, heard: str) -> None:
    """"…i did write the after action reports and a couple of supply requests that got funded",
    to "Have you ever written something meant to persuade people to give?", got "That makes
    sense, and it's a good angle": what they wrote was not heard."""
    from bot.features.practice.acknowledge import acknowledge_answer
    assert acknowledge_answer(said, 0).startswith(heard)


@pytest.mark.parametrize(("first", "follow_up"), [
    ("I'm a guest relations lead at a hotel in Lisbon. Last year I rewrote our pre-arrival "
     "emails and transfer bookings went up about 30%, which is what got me curious about CRM "
     "marketing as a career", "And how do you picture using that in this kind of job?"),
    ("I've been a guest relations lead at a four-star hotel in Lisbon for six years, and I've "
     "got curious about CRM marketing as a career, mostly because I enjoy writing to guests and "
     "seeing who comes back", "Could you give me one example from your current work?"),
])
def test_an_example_given_in_an_earlier_answer_is_not_asked_for_again(
        banks: dict[str, Bank], first: str, follow_up: str) -> None:
    """The first answer told of "rewrote our pre-arrival emails and transfer bookings went up
    about 30%"; a thin answer later still got "Could you give me one example from your
    current work?". With no example told, it is still asked for."""
    bank = banks["marketing"]
    state = start_they_ask(bank, NOW, count=3, seed=0, persona_id="sofia")
    state.queue = ["tell-me-about-yourself", "transferable-skills", "timeline"]
    state, fb = they_ask_turn(state, bank, first, NOW + timedelta(minutes=1))
    assert fb.next_id == "transferable-skills" and not state.follow_up_asked
    state, fb = they_ask_turn(state, bank, "probably the upselling", NOW + timedelta(minutes=2))
    assert fb.next_id == "transferable-skills"  # a follow-up: the answer was short
    assert fb.next_question == follow_up
    assert current_ask_back(state, bank) == fb.next_question  # as shown after a restart


def test_a_short_answer_with_a_result_is_heard_before_the_follow_up(
        banks: dict[str, Bank]) -> None:
    """ "transfer bookings went up about 30%" got "Right." and then "Could you give me one
    example from your current work?", and the example after it got "Those figures make it
    concrete for me": the figure heard twice, the example asked for after it was given."""
    bank = banks["marketing"]
    state = start_they_ask(bank, NOW, count=2, seed=0, persona_id="sofia")
    state.queue = ["transferable-skills", "timeline"]
    state, fb = they_ask_turn(state, bank, "hmm I think the upselling. last year I changed our "
                              "pre-arrival emails and transfer bookings went up about 30%",
                              NOW + timedelta(minutes=1))
    assert fb.next_id == "transferable-skills"  # still a follow-up: the answer was short
    assert fb.reaction.startswith("Transfer bookings went up about 30%: that's a real result")
    assert fb.next_question == "And how do you picture using that in this kind of job?"
    assert current_ask_back(state, bank) == fb.next_question  # as shown after a restart
    state, fb = they_ask_turn(state, bank, "it's the same thing as CRM really, the right "
                              "message to the right guest at the right time, and I read the "
                              "numbers after", NOW + timedelta(minutes=2))
    assert "30%" not in fb.reaction and "figures" not in fb.reaction


def test_a_short_answer_with_nothing_to_name_still_gets_a_plain_nudge(
        banks: dict[str, Bank]) -> None:
    bank = banks["finance"]
    state = start_they_ask(bank, NOW, count=2, seed=0)
    state.queue = ["transferable-skills", "timeline"]
    state, fb = they_ask_turn(state, bank, "excel and stuff mainly. attention to detail",
                              NOW + timedelta(minutes=1))
    assert fb.reaction in ("Okay.", "Right.", "I see.")
    assert fb.next_question == "Could you give me one example from your current work?"


@pytest.mark.parametrize(("said", "heard"), [
    ("I redid the rota and our no-show rate dropped from 12% to 7% in three months",
     "Your no-show rate dropped from 12% to 7%: that's a real result"),
    ("we changed the menu and sales went up 20% lol", "Sales went up 20%: that's a real result"),
])
def test_a_result_told_as_what_changed_is_said_back(said: str, heard: str) -> None:
    assert acknowledge(said, find_specifics(said), False, 0).startswith(heard)


def test_since_so_many_years_is_time_spent() -> None:
    """ "I am working in hotel since 7 years" (an English learner's "for") got "That makes
    sense."."""
    said = "ok so I am working in hotel since 7 years, front desk manager in Lisbon"
    assert acknowledge(said, find_specifics(said), False, 0).startswith("Seven years")


@pytest.mark.parametrize(("said", "granted"), [
    ("an intro to someone in CRM would be amazing, and if you have 15 min to look at my "
     "portfolio?", "Both, happily: I'll think about who fits best and introduce you, and send me"
     " your portfolio and I'll give you honest notes."),
    ("honestly help with my resume, it has an 8 year gap",
     "Of course: send me your resume and I'll give you honest notes."),
    ("maybe an introduction or even just a name of someone at a food bank",
     "Happy to: I'll think about who fits best and introduce you both by email."),
])
def test_what_the_user_asks_for_is_granted(banks: dict[str, Bank], said: str,
                                            granted: str) -> None:
    """Asked "How can I help you?", a request for an introduction and a look at a résumé got
    "That makes sense. Thanks, that gives me a really good picture of you."."""
    bank = banks["nonprofit_public"]
    state = start_they_ask(bank, NOW, count=2, seed=0)
    state.queue = ["how-can-i-help", "timeline"]
    state, fb = they_ask_turn(state, bank, said + ". that would really help me a lot right now",
                              NOW + timedelta(minutes=1))
    assert fb.reaction.startswith(granted), fb.reaction


@pytest.mark.parametrize(("said", "found", "not_found"), [
    ("At Equity Bank I reviewed about 40 SME loan files a week", "Equity Bank", "Equity Bank I"),
    ("Two other branches copied it after I did it", "Two other branches",
     "Two other branches copied"),
    ("honestly the 8 yr gap. like whos gonna hire a 45 yo mom", "8 yr", "45"),
    ("I passed CFA Level I in August", "CFA Level I", "CFA Level"),
    ("I teach at a Title I school", "Title I", "Title"),
    ("I'm a 52 yr old bus driver, 20 years on the buses", "20 years", "52 yr"),
    # capitals typed on everyday words name nothing ("Specifics: “Organization”")
    ("Planning and Organization. I ran the motor pool schedule for 40 vehicles", "40",
     "Organization"),
    ("I want to get into Product after the Army", "Army", "Product"),
    ("I use Excel and Tableau every day", "Excel", "Product"),
])
def test_a_detail_ends_where_the_name_or_count_does(said: str, found: str,
                                                    not_found: str) -> None:
    """ "Equity Bank I: that's a useful detail." and "Two other branches copied: that's a
    useful detail."; a "45 yo mom" praised as a detail that makes her memorable."""
    specifics = find_specifics(said)
    assert found in specifics and not_found not in specifics, specifics


@pytest.mark.parametrize(("said", "met"), [
    ("honestly the money. im band 6 n got two kids", ["On pay:"]),
    ("Honestly the visa. My graduate visa gives me two years and I'm behind people who did "
     "spring weeks at 19.", ["On the visa:"]),
    ("honestly the 8 yr gap. like who's gonna hire a 45 yo mom", ["On age:", "On the gap:"]),
    ("too old n overqualified, I have a PhD", ["On age:", "On being overqualified:"]),
])
def test_each_worry_is_met_with_what_the_contact_has_seen(
        banks: dict[str, Bank], said: str, met: list[str]) -> None:
    """The visa worry got "That makes sense, and plenty of people … feel the same", the gap
    "That's a real worry" alone, money beside age only the age: each worry gets its line, once,
    even when the answer is short enough for a follow-up."""
    bank = banks["finance"]
    state = start_they_ask(bank, NOW, count=2, seed=0)
    state.queue = ["biggest-concern", "timeline"]
    state, fb = they_ask_turn(state, bank, said, NOW + timedelta(minutes=1))
    assert all(line in fb.reaction for line in met), fb.reaction
    if fb.next_id == "biggest-concern":  # the follow-up: the worry is not met again
        state, fb = they_ask_turn(state, bank, "I've started saving and I'm reading up on it",
                                  NOW + timedelta(minutes=2))
        assert not any(line in fb.reaction for line in met), fb.reaction


@pytest.mark.parametrize(("said", "likes"), [
    ("we served something like 120 families that week", 0),  # plain English for "about"
    ("it's more like 3 years than 2", 0),
    ("we did like 60 calls a day", 1),
    ("I built things like 3 dashboards", 0),
    ("nothing like 50 hours a week", 0),
])
def test_like_before_a_number_is_a_filler_only_on_its_own(said: str, likes: int) -> None:
    assert count_fillers(said).get("like", 0) == likes


@pytest.mark.parametrize(("ask_id", "said"), [
    ("transferable-skills", "I run the rotas for 14 crews and I think that experience with "
     "scheduling would carry over to ops"),
    ("built-anything", "I wrote a 40-test pytest suite for a demo app and it's on GitHub"),
    ("role-aiming-for", "something like a program coordinator at a food bank"),
])
def test_what_an_answer_already_told_is_not_asked_again(ask_id: str, said: str) -> None:
    """ "Have you built anything I could take a look at?" after a 40-test suite on GitHub;
    "What kind of role are you aiming for?" after "like a program coordinator"."""
    assert covered(ask_id, said)


@pytest.mark.parametrize(("ask_id", "said"), [
    ("built-anything", "I want to build a portfolio eventually"),
    ("built-anything", "Last summer I made the decision to retrain"),
    ("built-anything", "I haven't built anything yet but I have a github account"),
    ("built-anything", "I created a LinkedIn profile last week"),
    ("transferable-skills", "Honestly I am not sure my skills transfer or carry over"),
    ("role-aiming-for", "I'd like a coffee with someone in ops"),
    ("role-aiming-for", "My manager acts like a project manager from hell lol"),
])
def test_a_plan_is_not_a_thing_already_told(ask_id: str, said: str) -> None:
    assert not covered(ask_id, said)


@pytest.mark.parametrize(("ask_id", "said", "granted"), [
    # only "How can I help you?" is answered with a yes
    ("explored-so-far", "I did the Introduction to Python course on Coursera and an intro to "
     "SQL on Udemy, and I had a mentor review my portfolio last month", False),
    ("tell-me-about-yourself", "I work in HR at a logistics firm, so I review a CV or twenty "
     "every day and I sit on most of the interview panels for our graduate scheme", False),
    ("how-can-i-help", "I don't need a name or anything, and I'm not asking you to review my "
     "CV, I'd just love your honest view on whether my plan makes sense", False),
    ("how-can-i-help", "any names of courses you'd recommend would help, I'm choosing one now",
     False),
    ("how-can-i-help", "could you cast an eye over my CV sometime? it's two pages and I think "
     "it undersells the project work", True),
    ("how-can-i-help", "it would be great if you could connect me with a recruiter you trust, "
     "I don't know any in this field yet", True),
])
def test_a_request_is_granted_only_when_asked_how_the_contact_can_help(
        banks: dict[str, Bank], ask_id: str, said: str, granted: bool) -> None:
    bank = banks["data_analytics"]
    state = start_they_ask(bank, NOW, count=2, seed=0)
    state.queue = [ask_id, "timeline"]
    state, fb = they_ask_turn(state, bank, said, NOW + timedelta(minutes=1))
    assert fb.reaction.startswith(("Happy to:", "Of course:", "Both, happily:")) is granted, \
        fb.reaction


def test_a_favour_asked_is_granted_not_kept_for_later_nor_a_question_turned_back(
        banks: dict[str, Bank]) -> None:
    """ "Would you be willing to look over my resume?" got "Of course: … Hold that thought: ask
    me again when you're asking the questions", and "You turned it back to them ✅"."""
    bank = banks["product_management"]
    state = start_they_ask(bank, NOW, count=2, seed=0)
    state.queue = ["how-can-i-help", "timeline"]
    state, fb = they_ask_turn(state, bank, "Would you be willing to look over my resume? I "
                              "rewrote it for product roles last week and 10 minutes of your "
                              "eyes on it would mean a lot.", NOW + timedelta(minutes=1))
    assert fb.reaction.startswith("Of course: send me your resume") and \
        "Hold that thought" not in fb.reaction, fb.reaction
    assert not fb.turns_back and fb.next_id == "timeline"


@pytest.mark.parametrize(("said", "result"), [
    ("I run a food bank. Our funding fell by 40% last year so I had to let two staff go.", False),
    ("my pay dropped 30% when I left the army", False),
    ("house prices went up 30% where I live", False),
    ("I introduced a new triage and complaints went up 10%", False),
    ("I started texting reminders and no-shows are down about 15% since then", True),
    ("I changed the register process and attendance went from 82% to 94%", True),
    ("I rebuilt the pickup windows and late deliveries dropped by 40%", True),
    ("I set up a checklist and falls on the ward went down by 25%", True),
    ("I changed the landing page and bounce rate went up 20%", False),
    ("I left in 2020 and since then their revenue went up 50%", False),
])
def test_only_a_change_for_the_better_the_user_made_is_a_result(said: str, result: bool) -> None:
    """ "Our funding fell by 40% … so I had to let two staff go" got "Your funding fell by 40%:
    that's a real result"."""
    heard = acknowledge(said, find_specifics(said), False, 0)
    assert ("real result" in heard) is result, heard


@pytest.mark.parametrize("said", [
    "I am living in UK since 4 years. I am not working since 3 years because of my visa",
    "I am looking for job since 8 months, I was a lab technician back home",
    "I've been unemployed since 2 years",
])
def test_time_out_of_work_is_no_experience(said: str) -> None:
    heard = acknowledge(said, find_specifics(said), False, 0)
    assert "draw on" not in heard and "foundation" not in heard and "real start" not in heard, \
        heard


@pytest.mark.parametrize(("said", "met", "not_met"), [
    ("not the money, money is fine. more that I wont fit in", [], ["On pay:"]),
    ("I'm not worried about pay, more the hours", [], ["On pay:"]),
    ("Im worried the money isn't enough to live on", ["On pay:"], []),
    ("The skills gap tbh, I dont know SQL yet", [], ["On the gap:"]),
    ("the pay gap between my job and a junior role", [], ["On the gap:"]),
    ("I worry I would need to take time out to do a masters", [], ["On the gap:"]),
    ("I took a year out to care for my mum", ["On the gap:"], []),
    ("my CV has a 2 year hole in it", ["On the gap:"], []),
    ("Everyone seems so much younger than me", ["On age:"], []),
    ("the salary doesnt bother me, its more fitting in", [], ["On pay:"]),
    ("Money's not a problem, it's the hours", [], ["On pay:"]),
    ("I took five years off to raise my kids", ["On the gap:"], []),
    ("big gap in my SQL skills", [], ["On the gap:"]),
    ("behaviour management with younger kids", [], ["On age:"]),
])
def test_a_worry_is_met_only_for_what_it_is(said: str, met: list[str],
                                             not_met: list[str]) -> None:
    from bot.features.practice.worries import worry_heard
    heard = worry_heard(said, 0)
    assert all(m in heard for m in met) and not any(n in heard for n in not_met), heard


@pytest.mark.parametrize(("said", "asked"), [
    ("I've been a teacher for 10 years so communication", "Could you give me one example"),
    ("I changed our emails and transfer bookings went up about 30%", "And how do you picture"),
])
def test_a_follow_up_asks_for_an_example_unless_one_was_given(
        banks: dict[str, Bank], said: str, asked: str) -> None:
    bank = banks["marketing"]
    state = start_they_ask(bank, NOW, count=2, seed=0)
    state.queue = ["transferable-skills", "timeline"]
    state, fb = they_ask_turn(state, bank, said, NOW + timedelta(minutes=1))
    assert fb.next_question.startswith(asked), fb.next_question


def test_a_worry_is_not_asked_for_figures(banks: dict[str, Bank]) -> None:
    """Both worries shared were told "No specifics yet: add a number, a name or a quick 'for
    example'": odd coaching for a worry."""
    bank = banks["ux_design"]
    state = start_they_ask(bank, NOW, count=2, seed=0)
    state.queue = ["biggest-concern", "timeline"]
    state, fb = they_ask_turn(state, bank, "honestly that every junior job wants years of "
                              "experience and I can't afford a bootcamp, and that AI will take "
                              "the writing jobs before I get one", NOW + timedelta(minutes=1))
    assert not any(n.startswith("No specifics yet") for n in fb.notes), fb.notes


def test_slang_in_every_answer_makes_the_scorecard(banks: dict[str, Bank]) -> None:
    """Shorthand was flagged in all five answers, yet "Mind the tone" was left off the card for
    thinner points."""
    bank = banks["ux_design"]
    state = start_they_ask(bank, NOW, count=5, seed=0)
    state.queue = ["tell-me-about-yourself", "why-this-field", "biggest-concern",
                   "role-aiming-for", "timeline"]
    said = ("im a barista rn lol, english lit grad, wanna do ux writing cos i love words and i "
            "think bad app copy is everywhere lol", "idk words just matter to me lol, like bad "
            "app copy makes me mad fr and i wanna fix it, ngl its my thing")
    for turn in range(12):
        if state.ended:
            break
        state, _ = they_ask_turn(state, bank, said[turn % 2], NOW + timedelta(minutes=turn))
    assert "Mind the tone: chat shorthand came up in 5 answers" in \
        render_scorecard(scorecard(state))


@pytest.mark.parametrize(("said", "granted"), [
    ("I don't have many contacts in the industry so an intro to anyone in CRM would be huge",
     True),
    ("not sure what's normal to ask but an intro to someone in CRM would be amazing", True),
    ("I've never had anyone look at it so a look at my CV would really help", True),
    ("could you pass my CV on to your hiring manager?", False),  # a job ask, not a favour
    ("I already have an intro to someone at Google", False),
])
def test_a_request_is_taken_back_only_by_a_negation_of_it(said: str, granted: bool) -> None:
    from bot.features.practice.favours import asked_of_them
    assert bool(asked_of_them(said)) is granted


@pytest.mark.parametrize(("said", "experience"), [
    ("I am teacher since 12 years", True),
    ("call centre for 6 years without a single complaint", True),
    ("I am living in UK since 4 years", False),
])
def test_since_and_without_read_as_meant(said: str, experience: bool) -> None:
    heard = acknowledge(said, find_specifics(said), False, 0)
    assert ("draw on" in heard) is experience, heard


def test_a_count_that_changed_for_the_better_is_a_result() -> None:
    """ "I rebuilt our cover system last year and unfilled lessons went down from about 30 a
    month to 5" got "That makes sense."."""
    said = ("the rota work mainly. I rebuilt our cover system last year and unfilled lessons "
            "went down from about 30 a month to 5")
    assert acknowledge(said, find_specifics(said), False, 0).startswith(
        "Unfilled lessons went down from about 30 a month to 5: that's a real result")


def test_a_short_answer_that_names_the_role_is_not_asked_for_the_title(
        banks: dict[str, Bank]) -> None:
    """ "something like an operations coordinator or assistant practice manager" was followed by
    "If you picture your first role, what's the job title, roughly?"."""
    bank = banks["healthcare"]
    state = start_they_ask(bank, NOW, count=2, seed=0)
    state.queue = ["role-aiming-for", "timeline"]
    state, fb = they_ask_turn(state, bank, "something like an operations coordinator or "
                              "assistant practice manager, ideally in primary care",
                              NOW + timedelta(minutes=1))
    assert fb.next_question == "And what makes that kind of role a good fit for you?"
    assert current_ask_back(state, bank) == fb.next_question


@pytest.mark.parametrize(("said", "draws"), [
    ("by next september, I need to finish two case studies first and save a bit because I'd "
     "probably take a pay cut", False),
    ("next year, because I love fixing the things people struggle with", True),
])
def test_any_because_is_not_what_draws_them(said: str, draws: bool) -> None:
    """ "…save a bit because I'd probably take a pay cut" got "And you've told me what draws
    you to it.", and the question about what draws them was skipped."""
    from bot.features.practice.listening import covered
    assert bool(covered("why-this-field", said)) is draws


def test_the_turn_it_back_tip_waits_for_a_real_answer(banks: dict[str, Bank]) -> None:
    """A 5-word first answer got "When it fits, end by turning it back to them…" on top of
    "Too short": advice on how to end an answer not yet given; the tip then never came."""
    bank = banks["marketing"]
    state = start_they_ask(bank, NOW, count=3, seed=0)
    state.queue = ["why-me", "role-aiming-for", "timeline"]
    state, fb = they_ask_turn(state, bank, "linkedin, your post about email",
                              NOW + timedelta(minutes=1))
    assert not any("turning it back" in n for n in fb.notes), fb.notes
    fb = they_ask_turn(state, bank, "Your post on rebuilding the email programme at an outdoor "
                       "retailer was the first time I saw content tied so clearly to revenue, and "
                       "that is the kind of work I want to do.", NOW + timedelta(minutes=3))[1]
    assert any("turning it back" in n for n in fb.notes), fb.notes  # the answer, said in full


@pytest.mark.parametrize("said", ["content marketing exec", "CRM specialist",
                                  "probably a junior data analyst"])
def test_a_bare_job_title_is_not_asked_for_the_title(banks: dict[str, Bank], said: str) -> None:
    """ "content marketing exec" at "what kind of role are you aiming for?" was followed by
    "If you picture your first role, what's the job title, roughly?"."""
    bank = banks["marketing"]
    state = start_they_ask(bank, NOW, count=2, seed=0)
    state.queue = ["role-aiming-for", "timeline"]
    fb = they_ask_turn(state, bank, said, NOW + timedelta(minutes=1))[1]
    assert fb.next_question == "And what makes that kind of role a good fit for you?", fb


def test_a_span_that_is_no_experience_leaves_the_next_detail_to_be_heard() -> None:
    """ "a logistics planner in gothenburg, 6 years, i … run the forecast for 400 stores" got
    "That makes sense.": the years were passed over, and the stores with them."""
    said = ("so im a logistics planner in gothenburg, 6 years, i basically run the forecast for "
            "400 stores and i sit between the warehouse and the buyers")
    assert "400 stores" in acknowledge(said, find_specifics(said), False, 0)


@pytest.mark.parametrize(("said", "granted"), [
    ("a colleague, Ingrid, said you came into product from a freight broker, which is exactly "
     "the jump I want to make. could you look over my CV at some point?",
     "Of course: send me your CV"),
    ("I read your post on pricing pages. Could you recommend anyone I should speak to on a "
     "growth team?", "Happy to: I'll think about who fits best"),
])
def test_a_favour_asked_outright_in_any_answer_is_granted(banks: dict[str, Bank], said: str,
                                                          granted: str) -> None:
    """ "…could you look over my CV at some point?" at the end of "how did you find me?" got
    "Hold that thought: ask me again when you're asking the questions" and "turned back ✅";
    "could you recommend anyone I should speak to" was not heard as a request at all."""
    bank = banks["product_management"]
    state = start_they_ask(bank, NOW, count=2, seed=0)
    state.queue = ["why-me", "timeline"]
    fb = they_ask_turn(state, bank, said, NOW + timedelta(minutes=1))[1]
    assert fb.reaction.startswith(granted) and not fb.turns_back, fb


@pytest.mark.parametrize("said", [
    "If you know anyone working on policy at an environmental NGO, an introduction would be "
    "enormously helpful. I'd also value your candid view on whether my CV reads as too academic.",
    "If you know anyone on a social or content team I'd really appreciate an intro. And if you "
    "had 5 minutes to look at my CV that would be amazing",
])
def test_an_introduction_and_a_view_on_the_cv_are_both_granted(banks: dict[str, Bank],
                                                               said: str) -> None:
    """Asked "How can I help you?", "an introduction would be enormously helpful" and "your
    candid view on whether my CV reads as too academic" got "That makes sense. Thanks, that
    gives me a really good picture of you.", and with "an intro" unnamed only the CV was heard.
    A request granted is not then praised as a picture of the user, nor told to add figures."""
    bank = banks["nonprofit_public"]
    state = start_they_ask(bank, NOW, count=1, seed=0)
    state.queue = ["how-can-i-help"]
    state, fb = they_ask_turn(state, bank, said, NOW + timedelta(minutes=1))
    assert fb.reaction.startswith("Both, happily"), fb.reaction
    assert "picture of you" not in fb.reaction, fb.reaction
    assert not any("No specifics yet" in n for n in fb.notes), fb.notes


@pytest.mark.parametrize(("said", "granted"), [
    ("your thoughts on the application process would help most", ""),
    ("honestly an introduction would be premature, I'm not ready yet", ""),
    ("could you recommend anyone I should speak to?", "introduce you"),
    ("could you point me to someone on the data side?", "introduce you"),
    ("is there anyone you think I should talk to?", "introduce you"),
    ("could you skim my CV and tell me what jumps out?", "send me your CV"),
])
def test_only_a_request_for_an_intro_or_a_look_is_granted(said: str, granted: str) -> None:
    """ "your thoughts on the application process" was granted as a look at the user's
    application, "an introduction would be premature" as an introduction, while "could you
    recommend anyone I should speak to" and "skim my CV" were heard as no request at all."""
    from bot.features.practice.favours import asked_of_them
    heard = asked_of_them(said)
    assert (granted in heard) if granted else heard == "", heard


def test_the_users_own_view_of_their_cv_asks_for_nothing() -> None:
    from bot.features.practice.favours import asked_of_them
    assert asked_of_them("my view on my resume is that it reads fine") == ""


@pytest.mark.parametrize(("said", "theirs"), [
    ("Practice manager for 6 years, mostly GP surgeries", True),
    ("Project manager for 4 years at a housing charity", True),
    ("My manager has run the ward for 6 years and says I'm ready", False),
])
def test_a_job_title_with_a_relation_word_is_still_the_users_own(said: str, theirs: bool) -> None:
    """ "Practice manager for 6 years" was passed over as someone else's years, for the word
    "manager"; a relation counts only when it is someone's ("my manager", "a colleague")."""
    heard = acknowledge(said, find_specifics(said), False, 0)
    assert ("draw on" in heard) is theirs, heard


@pytest.mark.parametrize(("ask", "said"), [("timeline", "asap"), ("why-me", "linkedin")])
def test_a_terse_answer_is_not_told_there_is_no_rush(banks: dict[str, Bank], ask: str,
                                                     said: str) -> None:
    """ "asap" at "when are you hoping to move?" got "No rush.": the words for someone still
    thinking, said to someone who had answered, if briefly."""
    bank = banks["marketing"]
    for answered in range(2):  # the nudge's wording turns on how many were answered
        state = start_they_ask(bank, NOW, count=3, seed=0)
        state.queue = ["tell-me-about-yourself", ask, "role-aiming-for"][1 - answered:]
        if answered:
            state = they_ask_turn(state, bank, "I'm a content writer at a travel start-up, "
                                  "four years in, mostly email and blog.", NOW)[0]
        fb = they_ask_turn(state, bank, said, NOW + timedelta(minutes=2))[1]
        assert fb.reaction not in ("No rush.", "Take your time."), fb.reaction


def test_someone_elses_years_are_not_the_users_experience(banks: dict[str, Bank]) -> None:
    """"A former colleague of mine, Grace, worked on your ward for two years…" got "Two years:
    that's a real foundation", as if the two years were the user's own."""
    bank = banks["healthcare"]
    said = ("A former colleague of mine, Grace, worked on your ward for two years and said "
            "you'd be the person to talk to about informatics.")
    state = start_they_ask(bank, NOW, count=2, seed=0)
    state.queue = ["tell-me-about-yourself", "timeline"]
    fb = they_ask_turn(state, bank, said, NOW + timedelta(minutes=1))[1]
    assert "Two years" not in fb.reaction and "foundation" not in fb.reaction, fb.reaction
    state = start_they_ask(bank, NOW, count=2, seed=0)
    state.queue = ["tell-me-about-yourself", "timeline"]
    fb = they_ask_turn(state, bank, "My manager, who's been in informatics for ten years, told "
                       "me to reach out. I've been a nurse for 9 years, mostly ICU.",
                       NOW + timedelta(minutes=1))[1]
    assert fb.reaction.startswith("Nine years"), fb.reaction


def test_a_worry_told_in_passing_is_met_when_its_question_is_skipped(
        banks: dict[str, Bank]) -> None:
    """A worry told in the first answer ("my two-year gap since arriving will count against
    me") skipped the worry question with only "You've told me what worries you, which is
    fair.": nothing was said about gaps."""
    bank = banks["healthcare"]
    state = start_they_ask(bank, NOW, count=3, seed=0)
    state.queue = ["tell-me-about-yourself", "biggest-concern", "timeline"]
    fb = they_ask_turn(state, bank, "I was a GP in Kabul for twelve years and came to "
                       "Manchester two years ago. I am a little worried though that my two-year "
                       "gap since arriving will count against me.", NOW + timedelta(minutes=1))[1]
    assert "You've told me what worries you" in fb.reaction, fb.reaction
    assert "On the gap: say it in one line" in fb.reaction, fb.reaction


def test_each_worry_shared_is_met_and_a_visa_that_lets_you_work_needs_no_sponsor() -> None:
    """"…a first role that pays at least around 60k… I also worry that without a degree my
    resume gets filtered out" had only the money met; "I will be on a dependent visa" was told
    to hunt for sponsors, which would narrow her search for nothing."""
    from bot.features.practice.worries import worry_met

    both = " ".join(worry_met("I need a first role that pays at least around 60k. I also worry "
                              "that without a degree my resume gets filtered out"))
    assert "On pay" in both and "On the degree" in both
    dependant = worry_met("I will be on a dependent visa first, so I can work from day one")
    assert len(dependant) == 1 and "no sponsorship needed" in dependant[0]
    assert "sponsors" in " ".join(worry_met("I would need visa sponsorship"))


def test_i_just_told_you_is_no_question_back_and_ai_worries_are_met() -> None:
    """"i kinda just told u that one? the jordan 4 boost, 200 bucks, 38 pairs sold" was praised
    as turning it back to the contact; "AI is gonna eat the junior jobs" got only "That's a
    real worry"."""
    from bot.features.practice.answers import turns_back
    from bot.features.practice.they_ask import _SAID_IT
    from bot.features.practice.worries import worry_met

    said = "i kinda just told u that one? the jordan 4 boost, 200 bucks, 38 pairs sold"
    assert not turns_back(said) and _SAID_IT.search(said)
    assert turns_back("what did you find hardest when you started?")
    assert "On AI" in " ".join(worry_met("honestly that AI is gonna eat the junior jobs"))
    assert worry_met("we use AI to take notes in meetings") == []


def test_a_teacher_is_not_asked_about_time_with_young_people() -> None:
    """Straight after "I've taught 7th grade for 8 years", the contact asked "Have you spent
    any time working with young people?"."""
    from bot.features.practice.covered import covered

    for said in ("I have taught 7th grade for 8 years in Atlanta", "I'm a middle school math "
                 "teacher", "I teach year 9 maths"):
        assert covered("time-with-young-people", said), said
    assert not covered("time-with-young-people", "I taught myself python at weekends")


def test_a_worry_about_competition_is_met() -> None:
    """A worry about a market "flooded with ex-teachers" got no reply at all."""
    from bot.features.practice.worries import worry_met

    assert "On the competition" in " ".join(worry_met("honestly that the market is flooded "
                                                      "with ex-teachers trying to do this"))
    assert worry_met("I love the competition of sales") == []


def test_a_worry_without_figures_is_not_counted_as_vague(banks: dict[str, Bank]) -> None:
    """"Honestly, my age. I'm 46…" (no figure once the age is not one) made the scorecard say
    "Be concrete: 1 answer had no specifics": a worry is judged on being said."""
    card = _pharmacist_card(banks, (
        "Honestly, my age. I'm 46 and I worry the schemes want people straight out of "
        "university, and that I'd be starting again at the bottom.",
        "A service manager post at a trust like Leeds Teaching Hospitals, running outpatient "
        "clinics, ideally band 7 within two years."))
    assert not any(tip.startswith("Be concrete") for tip in card.improvements), card.improvements


def _pharmacist_card(banks: dict[str, Bank], middle: tuple[str, str]) -> Scorecard:
    """The scorecard of a pharmacist's four answers, the worry and the role being ``middle``."""
    bank = banks["healthcare"]
    state = start_they_ask(bank, NOW, count=4, seed=3)
    state.queue = ["tell-me-about-yourself", "biggest-concern", "role-aiming-for",
                   "how-can-i-help"]
    t = NOW
    for said in ("I've been a community pharmacist in Leeds for 20 years, running a busy "
                 "branch with 6 staff, and I want to move into NHS operations management.",
                 *middle,
                 "An introduction to someone in operations at your trust would be amazing."):
        t += timedelta(minutes=2)
        state, _ = they_ask_turn(state, bank, said, t)
    return scorecard(state)


def test_a_figure_is_said_back_whole_and_without_filler() -> None:
    """"A $200 Instagram: that gives me a real sense of the scale" cut the boost off, and "You
    grew it from like 800 to 4k" said the user's filler back to them."""
    from bot.features.practice.answers import find_specifics
    from bot.features.practice.listening import acknowledge

    for said, heard in (("i ran a $200 Instagram boost for the jordan 4 drop and we sold 38 "
                         "pairs", "A $200 Instagram boost"),
                        ("i grew our store insta from like 800 to 4k followers in a year ngl",
                         "from 800 to 4k")):
        reply = acknowledge(said, find_specifics(said), False, 1)
        assert heard in reply and "like 800" not in reply, reply


def test_a_bare_name_is_an_answer_if_a_short_one(banks: dict[str, Bank]) -> None:
    """"LinkedIn." to "how did you come across me?" drew "That isn't an answer yet", which is
    harsh for a true if bare answer; "asdf" still is not one."""
    bank = banks["marketing"]
    for said, note in (("LinkedIn.", "That's an answer, but a bare one"),
                       ("asdf", "That isn't an answer yet")):
        state = start_they_ask(bank, NOW, count=4, seed=3)
        state.queue = ["why-me", "tell-me-about-yourself", "timeline", "how-can-i-help"]
        state, fb = they_ask_turn(state, bank, said, NOW + timedelta(minutes=1))
        assert fb.thin and fb.notes[0].startswith(note), fb.notes
    state = start_they_ask(bank, NOW, count=4, seed=3)  # to "tell me about yourself": none
    state, fb = they_ask_turn(state, bank, "LinkedIn.", NOW + timedelta(minutes=1))
    assert fb.notes[0].startswith("That isn't an answer yet")


def test_i_worry_a_team_is_a_worry_and_its_age_is_met() -> None:
    from bot.features.practice.worries import WORRY, worry_heard

    said = "I'm 52 and I worry a team of 30-year-olds won't want a retired O-5 as a junior"
    assert WORRY.search(said) and "On age" in worry_heard(said, 1)


def test_after_how_they_found_you_the_contact_asks_only_why(banks: dict[str, Bank]) -> None:
    """"LinkedIn." to "what made you reach out to me?" was followed by "How did you come across
    me, and what made you want to talk to me?": the how, asked again."""
    from bot.features.practice.follow_ups import follow_up
    ask = banks["finance"].ask_back("why-me")
    assert ask is not None
    assert follow_up(ask, "LinkedIn.") == "And what made you want to talk to me in particular?"
    assert "come across me" in follow_up(ask, "um not sure")


def test_a_strain_told_is_no_line_to_lead_with() -> None:
    """"I love my kids but 18 yrs of two-a-days is a lot" got "I like that: '18 years of
    two-a-days is a lot'. I'd lead with something like that when you introduce yourself"."""
    from bot.features.practice.acknowledge import acknowledge_answer
    reply = acknowledge_answer("Definitely the adults. I love my kids but 18 yrs of two-a-days "
                               "is a lot and I want to coach teachers instead.", 0)
    assert "is a lot" not in reply and "lead with" not in reply, reply


def test_be_concrete_names_the_answers_it_means(banks: dict[str, Bank]) -> None:
    """"Be concrete: 1 answer had no specifics" beside two answers listed with "0 specifics"
    (one a worry, which needs no figures) read as a miscount: it names the answer."""
    card = _pharmacist_card(banks, (
        "Honestly, my age, and that I'd be starting again at the bottom of a ladder I don't "
        "know well enough yet.",
        "Something in operations where I can fix how things run and look after a team, "
        "somewhere patients notice the difference when it works well."))
    tip = next(tip for tip in card.improvements if tip.startswith("Be concrete"))
    assert tip.startswith("Be concrete: answer 3 had no specifics."), tip


def test_a_hedged_fact_is_no_question_turned_back() -> None:
    """"my old professor knows u from a conference i think?" scored "turned back ✅"."""
    assert not turns_back("my old professor knows u from a conference i think? and u went from "
                          "a food bank to state govt, which is what i want to do")
    assert turns_back("do you think that fits? I'd love to know")


def test_a_span_said_back_is_in_the_contacts_english() -> None:
    """"12 year is a lot to draw on.": the user's "12 year" (Scots), echoed; a sentence now
    spells one to nine ("Three years"), as a writer would."""
    from bot.features.practice.listening import acknowledge
    said = "i drove buses in glasgow for 12 year and just finished a coding bootcamp"
    assert acknowledge(said, find_specifics(said), False, 0).startswith("12 years")
    said = "3 years as a paralegal at a small immigration firm"
    assert acknowledge(said, find_specifics(said), False, 0).startswith("Three years")


@pytest.mark.parametrize(("field", "answers"), [
    ("product_management", ["I'm a physiotherapist with nine years in hospitals and private "
                            "clinics in Sydney. Over the last two years I led the rollout of a "
                            "new booking system at our clinic and found I loved that side of the "
                            "work, so I'm exploring product management in health tech."]),
    ("marketing", ["I was a newspaper journalist in Nairobi for eight years and moved to Berlin "
                   "last year. I'm looking at content and product marketing at tech companies."]),
    # the role given as the whole reply to the follow-up
    ("software_engineering", ["i drove buses for 12 years and just finished a bootcamp",
                              "junior dev"]),
])
def test_a_role_told_in_passing_is_not_asked_for(banks: dict[str, Bank], field: str,
                                                 answers: list[str]) -> None:
    """"What kind of role are you aiming for?" came after "so I'm exploring product
    management in health tech", and after "junior dev"."""
    for seed in range(8):
        bank = banks[field]
        state = start_they_ask(bank, NOW, count=5, seed=seed)
        fb = None
        for text in answers:
            state, fb = they_ask_turn(state, bank, text, NOW + timedelta(minutes=1))
        asked = [fb.next_question] + [a["next_question"] for a in state.answers]
        assert "What kind of role are you aiming for?" not in asked, (seed, asked)


def test_the_same_shorthand_is_named_again_once_then_left(banks: dict[str, Bank]) -> None:
    """A tone note came after all five of Marcus's answers, "tbh" named three times."""
    bank = banks["nonprofit_public"]
    state = start_they_ask(bank, NOW, count=5, seed=0)
    tones = []
    for said in ("im a paralegal at a small immigration firm in chicago, been there 3 yrs tbh. i "
                 "wanna get into policy work rn", "policy analyst at the city or a nonprofit tbh",
                 "idk like within a year lol", "writing and research, i draft declarations tbh"):
        state, fb = they_ask_turn(state, bank, said, NOW + timedelta(minutes=1))
        tones.append([n for n in fb.notes if n.startswith("Tone:")])
    assert "reads as casual" in tones[0][0]
    assert tones[1] == ["Tone: \u201ctbh\u201d again: keep the shorthand for friends."]
    assert tones[2] == ["Tone: more shorthand (\u201cidk\u201d, \u201clol\u201d): keep it for "
                        "friends."]
    assert tones[3] == [], tones  # "tbh" once more: already said twice


def test_a_two_word_answer_is_bare_not_no_answer(banks: dict[str, Bank]) -> None:
    """"Communication, mostly." to what would carry over got "That isn't an answer yet"."""
    bank = banks["product_management"]
    state = start_they_ask(bank, NOW, count=4, seed=3)
    state.queue = ["transferable-skills", "tell-me-about-yourself", "timeline", "how-can-i-help"]
    state, fb = they_ask_turn(state, bank, "Communication, mostly.", NOW + timedelta(minutes=1))
    assert fb.thin and fb.notes[0].startswith("That's an answer, but a bare one"), fb.notes
    state = start_they_ask(bank, NOW, count=4, seed=3)
    state.queue = ["transferable-skills", "tell-me-about-yourself", "timeline", "how-can-i-help"]
    state, fb = they_ask_turn(state, bank, "idk", NOW + timedelta(minutes=1))
    assert fb.notes[0].startswith("That isn't an answer yet"), fb.notes


def test_i_hoped_you_could_tell_me_is_a_question_turned_back() -> None:
    """"…so I hoped you could tell me what you wish you had known." was met with "That's all
    I wanted to ask"."""
    assert turns_back("I have not worked in a team yet, so I hoped you could tell me what you "
                      "wish you had known.")
    assert not turns_back("I hoped to finish the course by June.")


@pytest.mark.parametrize(("said", "wanted", "unwanted"), [
    ("I would love a product manager role at a health-tech company.", [], ["manager role"]),
    ("I cut our no-show rate from about 12% to 7% over nine years working in clinics",
     ["nine years"], ["nine years working"]),
    ("im worried i dont have a masters tbh", ["master's"], ["masters"]),
    # "Specifics: '10', 'Ks'" and "'English'" (the way it was said)
    ("i read all of citizens financials 10-Ks last summer", ["10-Ks"], ["10", "Ks"]),
    ("I can explain things in plain English to parents", [], ["English"]),
])
def test_specifics_are_said_as_a_listener_would(said: str, wanted: list[str],
                                                unwanted: list[str]) -> None:
    """"Specifics: 'manager role'", "'nine years working'", "'masters'" read as fragments."""
    found = find_specifics(said)
    assert all(w in found for w in wanted) and not any(u in found for u in unwanted), found


def test_wondering_whether_age_is_a_drawback_is_a_worry_met(banks: dict[str, Bank]) -> None:
    """"I do wonder whether schools will see that as a drawback" (at 41) got "Okay, I can see
    where you're coming from." and nothing on age."""
    bank = banks["education"]
    state = start_they_ask(bank, NOW, count=4, seed=2, persona_id="ben")
    state.queue = ["tell-me-about-yourself", "explored-so-far", "timeline", "how-can-i-help"]
    state, fb = they_ask_turn(state, bank, "I have been a software tester for fifteen years in "
                              "Toronto and I want to teach computer science at a high school.",
                              NOW + timedelta(minutes=1))
    state, fb = they_ask_turn(state, bank, "I should be honest that I am 41, and I do wonder "
                              "whether schools will see that as a drawback compared with a "
                              "23-year-old graduate.", NOW + timedelta(minutes=2))
    assert "On age" in fb.reaction, fb.reaction


def test_a_result_said_in_words_is_what_is_said_back() -> None:
    """"…their average grade went up by half a grade over two terms" got "Year 10: that's a
    solid base to build on"."""
    from bot.features.practice.listening import acknowledge
    said = ("I built a tracker for my Year 10 class and their average grade went up by half a "
            "grade over two terms.")
    assert acknowledge(said, find_specifics(said), False, 0).startswith(
        "Their average grade went up by half a grade")


def test_a_result_after_n_for_and_is_said_back() -> None:
    """"…i run the dept budget spreadsheet n cut our lab spend by about 15% last yr" got
    "Those figures make it concrete for me"."""
    from bot.features.practice.listening import made_or_moved
    said = ("so im a chem lecturer, 11 yrs, i run the dept budget spreadsheet n cut our lab "
            "spend by about 15% last yr.")
    assert made_or_moved(said, find_specifics(said), 0).startswith(
        "You cut your lab spend by about 15%")


@pytest.mark.parametrize(("said", "heard"), [
    ("im a bank teller rn, been 3 yrs. wanna move into FP&A eventually",
     "Three years as a bank teller: that's useful to know."),
    ("I work as a barista and did a marketing minor.", "Ah, so you're a barista at the moment."),
    ("so i drive uber rn, been doing it like 3 yrs. got an associates in business tho",
     "Three years driving for Uber: that's useful to know."),
    ("I teach Spanish at a high school in Phoenix and I want to move into corporate learning.",
     "Your work teaching Spanish: that's useful to know."),
])
def test_a_job_told_first_is_heard_and_not_asked_again(banks: dict[str, Bank], said: str,
                                                       heard: str) -> None:
    """"im a bank teller rn, been 3 yrs…" got "Okay." and "Tell me a bit more: what are you
    doing now, and what's pulling you towards this field?": what they do now, asked again; "so i
    drive uber rn" too, as work told with a verb."""
    bank = banks["finance"]
    state = start_they_ask(bank, NOW, count=4, seed=3)
    state, fb = they_ask_turn(state, bank, said, NOW + timedelta(minutes=1))
    assert fb.reaction == heard
    why_later = "why-this-field" in state.queue[1:]
    assert fb.next_question == ("And what does a normal week look like in that job?" if why_later
                                else "And what's pulling you towards this field?"), fb


def test_a_shrug_to_the_follow_up_is_not_understood(banks: dict[str, Bank]) -> None:
    """"idk tbh", asked what has to happen first, got "Okay, I can see where you're coming
    from.": there was nothing to see."""
    bank = banks["finance"]
    state = start_they_ask(bank, NOW, count=4, seed=3)
    state.queue = ["timeline", "tell-me-about-yourself", "transferable-skills", "how-can-i-help"]
    state, fb = they_ask_turn(state, bank, "excel mostly, some pivot tables",
                              NOW + timedelta(minutes=1))
    assert fb.next_question == "Is there anything that has to happen first?"
    state, fb = they_ask_turn(state, bank, "idk tbh", NOW + timedelta(minutes=2))
    assert fb.reaction == "That's fine: you don't need it all worked out yet."
    assert fb.next_question and "timeline" not in fb.next_question


@pytest.mark.parametrize("said", [
    "I am a chemistry lecturer in Montreal. For twelve years I have run spectroscopy "
    "experiments and analysed the data in Python, and honestly the analysis is the part I love. "
    "I want to move into data analytics in industry.",
    "I am a chartered accountant in Manchester. Last year I interviewed twenty users for our "
    "new finance system, which is when I realised I wanted to move into UX research.",
])
def test_why_and_what_told_first_are_not_asked_again(said: str) -> None:
    """Lina's first answer said the analysis is the part she loves and that she wants to move
    into data analytics; Carlos still asked what draws her to it and what role she's after."""
    assert covered("why-this-field", said) and covered("role-aiming-for", said)
    assert not covered("role-aiming-for", "I don't want to move into research, I just want a job")


def test_someone_in_common_is_heard_as_a_person(banks: dict[str, Bank]) -> None:
    """"My former colleague Dana Whitfield gave me your name" got "Dana Whitfield: that's a
    useful detail. That's really helpful, thank you.": a person, and two thanks in a row."""
    said = "My former colleague Dana Whitfield gave me your name and said you had made the move."
    heard = acknowledge(said, ["Dana Whitfield"], False, 0)
    assert heard.startswith(("Ah, Dana Whitfield!", "Oh, Dana Whitfield,")), heard
    assert acknowledge("I'm with Data Analytics UK now.", ["Data Analytics UK"], False, 0
                       ).startswith(("Ah, Data Analytics UK:", "Data Analytics UK:"))
    bank = banks["nonprofit_public"]
    state = start_they_ask(bank, NOW, count=4, seed=3)
    state.queue = ["why-me", "tell-me-about-yourself", "timeline", "transferable-skills"]
    state.index = 3
    state.queue[3] = "why-me"
    state, fb = they_ask_turn(state, bank, "My former colleague Diane Okoro trained with you and "
                              "said you would be the best person to ask about the move.",
                              NOW + timedelta(minutes=1))
    assert not ("useful" in fb.reaction and "helpful" in fb.reaction), fb.reaction


def test_a_reason_after_i_want_to_is_why_this_field() -> None:
    assert covered("why-this-field", "I want to run programs at a housing nonprofit because "
                   "after Hurricane Florence I helped neighbours rebuild.")
    assert not covered("why-this-field", "I want to work as a nurse.")


def test_a_detail_is_said_back_in_words_not_shorthand() -> None:
    """"Your own tracker w pivot tables: that's exactly the kind of thing…"."""
    from bot.features.practice.listening import as_sentence
    assert as_sentence("my own tracker w pivot tables") == "My own tracker with pivot tables"
    assert as_sentence("a tool for ppl b4 their shift") == "A tool for people before their shift"
    assert as_sentence("w3 schools") == "W3 schools"


def test_two_job_titles_are_the_role_aimed_for(banks: dict[str, Bank]) -> None:
    """"staff accountant or jr financial analyst" got "If you picture your first role, what's
    the job title, roughly?"."""
    assert covered("role-aiming-for", "staff accountant or jr financial analyst")
    bank = banks["finance"]
    state = start_they_ask(bank, NOW, count=4, seed=3)
    state.queue = ["role-aiming-for", "tell-me-about-yourself", "timeline", "how-can-i-help"]
    state, fb = they_ask_turn(state, bank, "staff accountant or jr financial analyst",
                              NOW + timedelta(minutes=1))
    assert fb.next_question == "And what makes that kind of role a good fit for you?", fb


def test_names_of_people_asked_casually_are_an_introduction_asked() -> None:
    from bot.features.practice.favours import asked_of_them
    said = asked_of_them("maybe a couple names of ppl who switched into fp&a i could talk to? "
                         "and if youd have a look at my resume sometime that'd be dope")
    assert said.startswith("Both, happily"), said


def test_said_back_names_and_acronyms_keep_their_letters() -> None:
    from bot.features.practice.acknowledge import acknowledge_answer
    from bot.features.practice.listening import as_sentence
    assert as_sentence("BC Hydro's outage data") == "BC Hydro's outage data"
    assert as_sentence("UR Medicine") == "UR Medicine"
    said = "Capital One said no, so a friend suggested I reach out to you."
    assert "in common" not in acknowledge(said, ["Capital One"], False, 0)
    assert "pinning down" not in acknowledge_answer(
        "i dont know anyone in the industry, so im starting from scratch", 0)


def test_a_want_without_a_career_move_tells_no_reason_or_role() -> None:
    assert not covered("why-this-field", "I don't want to stay in retail because it's dull")
    assert not covered("why-this-field", "I want to get my CV sorted because I'm applying soon")
    assert not covered("role-aiming-for", "i work as a payroll clerk")


@pytest.mark.parametrize(("said", "told"), [
    ("so i drive uber rn, been doing it like 3 yrs", "3 years driving for Uber"),
    ("i work at starbucks", "your work at Starbucks"),
    ("I work in a call centre, 4 years now", "4 years working in a call centre"),
    ("I teach spanish at a high school in Phoenix", "your work teaching Spanish"),
    ("I run my own business", "your work running your own business"),
    # "our" board is the user's, which "Your work running our…" made the contact's
    ("i run our customer advisory board and like 40+ of my feature requests shipped",
     "your work running the customer advisory board"),
    ("I work hard", ""),
    ("I work from home mostly", ""),
    ("I manage my time badly", ""),
    ("I teach myself python at night", ""),
    ("I run marathons", ""),
])
def test_work_told_with_a_verb(said: str, told: str) -> None:
    """"so i drive uber rn" names no post, and the contact asked what they do again; "I work
    hard" is no work to say back."""
    from bot.features.practice.background import work_of
    assert work_of(said) == told


@pytest.mark.parametrize(("field", "told"), [
    ("education", "I've taught PE for 20 years at a secondary school in Birmingham."),
    ("marketing", "I'm a marketing coordinator at an agency in Bristol, mostly social."),
    ("healthcare", "I am a registered nurse in Nairobi, seven years on a medical ward."),
])
def test_someone_in_the_field_is_not_asked_what_draws_them_to_it(
        banks: dict[str, Bank], field: str, told: str) -> None:
    """A PE teacher of twenty years, a marketing coordinator and a nurse of seven years were
    each asked "What draws you to teaching / marketing / healthcare?"."""
    from bot.features.practice.asked_as import asked_as

    ask = banks[field].ask_back("why-this-field")
    assert ask is not None
    put = asked_as(ask, told, field)
    assert put != ask.text and put.endswith("what's drawing you to a change now?"), put
    assert asked_as(ask, "I work in retail, 6 years on the shop floor.", field) == ask.text


@pytest.mark.parametrize("said", [
    "I was an accountant at a mid-size firm, but I have been at home for 6 years. Now they are "
    "both at school and I want to go back.",
    "I've been off for six years raising my two boys, and now I'm ready to return.",
])
def test_years_at_home_are_not_praised_as_experience(said: str) -> None:
    """"I've been at home for 6 years" got "Six years: that's solid experience to bring with
    you": the gap, praised as the experience it is not."""
    from bot.features.practice.answers import find_specifics
    from bot.features.practice.listening import acknowledge

    for seed in (0, 1):
        reaction = acknowledge(said, [s for s in find_specifics(said) if len(s) > 1], False, seed)
        assert "experience" not in reaction and "draw on" not in reaction, reaction


def test_someone_in_the_field_is_not_asked_what_carries_over(banks: dict[str, Bank]) -> None:
    """A nurse of eight years moving to the UK, and a senior engineer weighing management,
    were asked "What from your current work or studies do you think would carry over?"."""
    from bot.features.practice.asked_as import asked_as

    for field, told in (("healthcare", "I am a registered nurse in Kochi, eight years on a "
                         "cardiac ward."),
                        ("software_engineering", "I'm a senior software engineer, nine years "
                         "in backend.")):
        ask = banks[field].ask_back("transferable-skills")
        assert ask is not None
        assert "carry over" not in asked_as(ask, told, field)
        assert asked_as(ask, "I run a small bakery.", field) == ask.text


def test_a_goodbye_typed_ends_they_ask_without_scoring_it(banks: dict[str, Bank]) -> None:
    """"thanks Rosa, I'll stop there for today" got the next question, and was scored as a
    7-word answer with no specifics."""
    bank = banks["education"]
    state = start_they_ask(bank, NOW, persona_id="rosa")
    state, first = they_ask_turn(state, bank, "I've taught chemistry for 18 years in Dublin and"
                                 " I want to design online courses instead.", NOW)
    assert not first.ended
    state, bye = they_ask_turn(state, bank, "thanks for the practice rosa, i think ill stop here",
                               NOW + timedelta(minutes=1))
    assert bye.ended and bye.next_question is None and current_ask_back(state, bank) is None
    assert bye.notes == [] and bye.reaction.endswith(_HANDS_OVER)
    assert len(state.answers) == 1  # the goodbye is no answer on the scorecard


@pytest.mark.parametrize("bye", ["not really, i think i'm good, thanks so much for your time "
                                 "rosa!", "Thank you for your time!"])
def test_thanks_for_their_time_as_the_reply_ends_they_ask_unscored(banks: dict[str, Bank],
                                                                   bye: str) -> None:
    """"not really, i think i'm good, thanks so much for your time dana!" to "How did you find
    me…?" got "That's a good reason to get in touch" and was scored as a 13-word answer."""
    bank = banks["education"]
    state = start_they_ask(bank, NOW, persona_id="rosa")
    state, _ = they_ask_turn(state, bank, "I've taught chemistry for 18 years in Dublin and I "
                             "want to design online courses instead.", NOW)
    state, fb = they_ask_turn(state, bank, bye, NOW + timedelta(minutes=1))
    assert fb.ended and fb.notes == [] and "good reason" not in fb.reaction, fb
    assert len(state.answers) == 1
    state = start_they_ask(bank, NOW, persona_id="rosa")  # an answer with thanks is an answer
    _, fb = they_ask_turn(state, bank, "Thanks for asking! I teach chemistry in Dublin and I "
                          "want to design online courses.", NOW)
    assert not fb.ended


def test_an_answer_that_ends_with_a_goodbye_is_scored_and_ends_it(banks: dict[str, Bank]) -> None:
    bank = banks["education"]
    state = start_they_ask(bank, NOW, persona_id="rosa")
    state, fb = they_ask_turn(state, bank, "honestly the design part is what I love most and after"
                              " 18 years I want a new challenge. thanks Rosa, I'll stop there for"
                              " today", NOW)
    assert fb.ended and fb.next_question is None and "18 years" in fb.specifics
    assert fb.reaction.endswith(_HANDS_OVER)


def test_a_name_said_before_the_work_is_not_the_work(banks: dict[str, Bank]) -> None:
    """"hey tomas, im dev, sound engineer" got "Ah, so you're a dev at the moment"."""
    bank = banks["software_engineering"]
    state = start_they_ask(bank, NOW, persona_id="tomas")
    _, fb = they_ask_turn(state, bank, "hey tomas, im dev, sound engineer, learning to code", NOW)
    assert "a dev" not in fb.reaction and "sound engineer" in fb.reaction


@pytest.mark.parametrize(("field", "said", "heard"), [
    ("education", "hi, im siobhan, chemistry teacher in dublin for 8 years, want to move into "
     "curriculum design", "8 years as a chemistry teacher"),
    ("nonprofit_public", "Im Kwame, warehouse supervisor at a parcel depot, thinking about "
     "charity logistics", "a warehouse supervisor"),
])
def test_a_name_then_the_work_is_heard_as_the_work(
        banks: dict[str, Bank], field: str, said: str, heard: str) -> None:
    """"im siobhan, chemistry teacher in dublin for 8 years, …" got "Tell me a bit more: what
    are you doing now…?": the work after a name was not heard as work."""
    from bot.features.practice.background import background_of
    assert heard in background_of(said)
    bank = banks[field]
    _, fb = they_ask_turn(start_they_ask(bank, NOW), bank, said, NOW)
    assert "what are you doing now" not in (fb.next_question or ""), fb.next_question
    for text in ("im sorry, teacher", "im tired, long day", "im 34, teacher"):
        assert background_of(text) == "", text


@pytest.mark.parametrize(("said", "specifics", "fillers"), [
    ("honestly not 100% sure yet, either junior product designer or ux researcher", [], {}),
    ("i like finding the answer in the numbers more than chasing people round the floor at 4am",
     ["4am"], {}),
    ("adult nursing, like i said. maybe surgical", [], {}),
])
def test_a_manner_of_speaking_is_no_specific_and_a_time_is(said: str, specifics: list[str],
                                                           fillers: dict[str, int]) -> None:
    """"not 100% sure" was praised as a figure, "4am" missed, and "like i said" a filler."""
    assert [s for s in find_specifics(said) if not re.fullmatch(r"[A-Z].*", s)] == specifics
    assert count_fillers(said) == fillers


@pytest.mark.parametrize(("field", "said"), [
    ("data_analytics", "Data scientist, I think, though I am not yet sure."),
    ("education", "Computer science teacher in a state secondary, maybe later also A-level."),
    ("software_engineering", "backend dev, python preferably. maybe abroad later"),
])
def test_a_title_given_short_is_not_asked_for_again(banks: dict[str, Bank], field: str,
                                                    said: str) -> None:
    """"Data scientist, I think" was met with "If you picture your first role, what's the job
    title, roughly?": the title just given, asked for."""
    bank = banks[field]
    state = start_they_ask(bank, NOW, count=4, seed=3)
    state.queue = ["role-aiming-for", "why-this-field", "timeline"]
    state, fb = they_ask_turn(state, bank, said, NOW)
    assert "job title" not in (fb.next_question or "") + fb.reaction, fb
    state = start_they_ask(bank, NOW, count=4, seed=3)
    state.queue = ["role-aiming-for", "why-this-field", "timeline"]
    state, fb = they_ask_turn(state, bank, "not sure yet tbh", NOW)  # no title: asked for one
    assert "job title" in (fb.next_question or "") + fb.reaction, fb


def test_what_draws_them_is_not_asked_again_after_the_good_fit_of_the_role(
        banks: dict[str, Bank]) -> None:
    """"And what makes that kind of role a good fit for you?", then "What draws you to product
    management?" two turns later: the same question twice. Another takes its place."""
    from bot.features.practice.they_ask import current_ask_back, start_they_ask, they_ask_turn
    bank = banks["product_management"]
    state = start_they_ask(bank, NOW, persona_id="hannah")
    state.queue = ["tell-me-about-yourself", "role-aiming-for", "why-this-field", "timeline"]
    asked = [current_ask_back(state, bank)]
    for said in ("hi! im cami, i work in customer success at a b2b saas company in austin, 6 "
                 "years, and i run the customer advisory board and write up feature requests, "
                 "40 of mine shipped",
                 "pm, ideally b2b saas",
                 "lol i guess the main thing is i dont have a tech degree so im trying to figure "
                 "out if internal transfer or applying outside is smarter",
                 "in about a year, once my manager agrees to the transfer plan we talked about",
                 "ok"):
        state, feedback = they_ask_turn(state, bank, said, NOW)
        asked.append(feedback.next_question)
    assert "And what makes that kind of role a good fit for you?" in asked
    assert not any(q and q.startswith("What draws you") for q in asked), asked
    assert len([q for q in asked if q]) >= 5, asked


def test_a_role_named_with_its_level_and_employer_is_no_answer_without_specifics(
        banks: dict[str, Bank]) -> None:
    """"Ideally senior analyst level at a mid-size manufacturer, since that is where my audit
    clients were." was told "No specifics yet: add a number, a name…", though it gives the
    role, the level and the kind of organisation the question asks for."""
    from bot.features.practice.they_ask import start_they_ask, they_ask_turn
    bank = banks["finance"]
    state = start_they_ask(bank, NOW, persona_id="grace")
    state.queue = ["role-aiming-for", "timeline"]
    state, feedback = they_ask_turn(state, bank, "Ideally senior analyst level at a mid-size "
                                    "manufacturer, since that is where my audit clients were.",
                                    NOW)
    assert not any(n.startswith("No specifics yet") for n in feedback.notes), feedback.notes
    assert any(n.startswith("A clear aim") for n in feedback.notes), feedback.notes


def test_learning_from_them_how_others_make_the_move_turns_it_back() -> None:
    """"I hoped to learn from you how an audit person makes that shift." was told "When it
    fits, end by turning it back to them", which it had just done."""
    assert turns_back("I moved to Toronto four months ago. I hoped to learn from you how an "
                      "audit person makes that shift.")
    assert not turns_back("I want to learn how to code.")


def test_a_sum_in_crore_is_the_figure_heard_with_what_it_measures() -> None:
    """"…across six plants and found a costing error of roughly 18 crore…" was met with "Ah,
    six plants: that's useful to know.", the result passed over."""
    from bot.features.practice.listening import acknowledge
    said = ("For example, on a cement manufacturer audit I led inventory valuation testing "
            "across six plants and found a costing error of roughly 18 crore in the standard "
            "cost of clinker, which management corrected in their budget model.")
    heard = acknowledge(said, find_specifics(said), False, 0)
    assert heard.startswith("A costing error of roughly 18 crore"), heard
