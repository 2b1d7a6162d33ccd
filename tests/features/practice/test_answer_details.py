"""'They ask' feedback on what an answer names: concrete details typed without capitals or
digits, sums said whole, the contact's own figures left to the contact, fillers only as
fillers, and a reason for the meeting not taken for a question turned back."""

from __future__ import annotations

from datetime import timedelta

import pytest

from bot.banks.model import Bank
from bot.features.practice.matcher import Matcher
from bot.features.practice.render import render_scorecard
from bot.features.practice.scorecard import scorecard
from bot.features.practice.state import Feedback, TheyAskState
from bot.features.practice.they_ask import answer_back_for, start_they_ask, they_ask_turn
from tests.features.practice.support import NOW

_NONE_YET = "No specifics yet"


def _answer(bank: Bank, ask_id: str, said: str, persona: str = "") -> tuple[TheyAskState,
                                                                            Feedback]:
    """One answer to ``ask_id``, with the contact able to answer a question turned back."""
    state = start_they_ask(bank, NOW, persona_id=persona)
    state.queue = [ask_id, *(a.id for a in bank.asks_back if a.id != ask_id)][:4]
    return they_ask_turn(state, bank, said, NOW + timedelta(minutes=1),
                         answer_back_for(bank, Matcher.for_bank(bank), state))


def _specifics_line(fb: Feedback) -> str:
    return next((n for n in fb.notes if n.startswith("Specifics:")), "")


@pytest.mark.parametrize(("field", "ask_id", "said", "named"), [
    ("education", "transferable-skills",
     "i mostly use canvas at my school to set homework, chase late work and track who handed in "
     "what, so i'm used to running courses online", "\u201ccanvas\u201d"),
    ("ux_design", "tell-me-about-yourself",
     "I'm a GP practice manager. I run our practice staff of eight, and I deal with patients and "
     "consultants every day, mostly untangling why appointments go wrong. I've been reading "
     "about user research and I think that's what I've been doing informally for years.",
     "\u201cpractice staff of eight\u201d"),
    ("finance", "why-me",
     "A friend of mine from college works in compliance at your company and said you were the "
     "person to ask about moving into FP&A.", "\u201ccompliance\u201d"),
    ("education", "transferable-skills",
     "Planning, mostly. I've spent years sequencing a topic like electromagnetism so each lesson "
     "builds on the one before, and that is basically course design. I also analyse our exam "
     "data every term to see which topics need reteaching, and I share it with the department "
     "so they can plan around it.", "\u201celectromagnetism\u201d"),
    ("software_engineering", "tell-me-about-yourself",
     "i work part time at a boba shop and i noticed ppl kept ordering wrong on the kiosk so i "
     "made a little sign with the steps… mistakes went down a lot. thats when i realised i "
     "like fixing how things work, so now im learning to code in the evenings",
     "\u201ca boba shop\u201d"),
])
def test_a_concrete_answer_is_not_told_it_has_no_specifics(
        banks: dict[str, Bank], field: str, ask_id: str, said: str, named: str) -> None:
    """Testers' concrete answers were told "No specifics yet: add a number, a name or a quick
    'for example'", and the debrief said they "had no specifics": a platform or a topic in
    lower case, a count in words ("staff of eight"), a connection and the team they work in,
    a workplace and a story with its result."""
    bank = banks[field]
    state, fb = _answer(bank, ask_id, said)
    assert not any(n.startswith(_NONE_YET) for n in fb.notes), fb.notes
    assert named in _specifics_line(fb), fb.notes
    state.ended = True
    assert "had no specifics" not in render_scorecard(scorecard(state))


def test_a_result_told_without_a_figure_is_asked_for_one(banks: dict[str, Bank]) -> None:
    """"…so i made a little sign… mistakes went down a lot": an example with a result, whose
    fair tip is a number for how much mistakes dropped."""
    _, fb = _answer(banks["software_engineering"], "tell-me-about-yourself",
                    "i work part time at a boba shop and i noticed ppl kept ordering wrong on "
                    "the kiosk so i made a little sign… mistakes went down a lot")
    assert "Put a number on the result: \u201cmistakes went down a lot\u201d" in " ".join(
        fb.notes), fb.notes
    assert fb.reaction.startswith("A little sign"), fb.reaction  # the example, heard


@pytest.mark.parametrize("said", [
    "I like working with people and I want to help them, that is what matters to me most.",
    "i made a lot of friends at work and it was fun but i want something new now honestly",
])
def test_an_answer_with_nothing_concrete_still_has_no_specifics(
        banks: dict[str, Bank], said: str) -> None:
    _, fb = _answer(banks["finance"], "tell-me-about-yourself", said)
    assert any(n.startswith(_NONE_YET) for n in fb.notes), fb.notes


def test_a_sum_is_said_whole_and_the_contacts_figure_stays_theirs(banks: dict[str, Bank]) -> None:
    """"Specifics: “400 volunteers”, “80”, “2” and 2 more": the contact's 400 volunteers, and
    "2" cut from "2 million"; then "Million dollars: that's a useful detail."."""
    said = ("I know your charity has about 400 volunteers, which is a big part of why I wanted "
            "to talk. I coordinate 80 drivers across 12 depots, and I manage a budget of about 2 "
            "million dollars for the regional office.")
    _, fb = _answer(banks["nonprofit_public"], "tell-me-about-yourself", said, "aisha")
    listed = _specifics_line(fb)
    assert "\u201c2 million dollars\u201d" in listed and "\u201c80 drivers\u201d" in listed
    assert "400" not in listed and "\u201c2\u201d" not in listed, listed
    assert fb.reaction.startswith("A budget of about 2 million dollars:"), fb.reaction


def test_the_contacts_years_are_not_the_users(banks: dict[str, Bank]) -> None:
    """"…and ur only 2 yrs in so u prob remember what its like starting out" got "Two years:
    that's a real foundation." and "2 yrs" as the user's specific."""
    said = ("im a barista and ive been teaching myself python for a few months, i want to get "
            "into dev. and ur only 2 yrs in so u prob remember what its like starting out")
    _, fb = _answer(banks["software_engineering"], "tell-me-about-yourself", said, "priya")
    assert "yrs" not in _specifics_line(fb) and "year" not in fb.reaction.lower(), (
        fb.notes, fb.reaction)


@pytest.mark.parametrize(("said", "filler"), [
    ("I see data analysis as a similar kind of translation: taking what a room of people "
     "half-know and turning it into something they can act on.", None),
    ("Debugging a timetable clash feels familiar to me: it is like debugging, you trace the "
     "problem back to the one change that caused it.", None),
    ("It's kind of hard to say, I guess I just like the numbers side of it more than the rest.",
     "kind of"),
    ("it was like, really hard at first but I stuck with it and got the hang of it.", "like"),
])
def test_fillers_are_counted_only_as_fillers(
        banks: dict[str, Bank], said: str, filler: str | None) -> None:
    """"a similar kind of translation" got "Filler words: kind of ×1", and "it is like
    debugging" got "Filler words: like ×1": a kind named, a comparison made."""
    _, fb = _answer(banks["data_analytics"], "transferable-skills", said)
    line = next((n for n in fb.notes if n.startswith("Filler words:")), "")
    assert (f"{filler} \u00d71" in line) if filler else not line, fb.notes


def test_a_reason_for_the_meeting_is_no_question_turned_back(banks: dict[str, Bank]) -> None:
    """"…so I wanted to hear how you did it." scored "turned back ✅" and got "Good question.
    Ask me that when it's your turn…": a statement of why they came, not a question."""
    bank = banks["education"]
    state, fb = _answer(bank, "why-me", "I found you on LinkedIn through the alumni group and "
                        "saw you moved from teaching into design, so I wanted to hear how you "
                        "did it.", "rosa")
    assert not fb.turns_back and "Good question" not in fb.reaction
    assert "Ask me that" not in fb.reaction and "Hold that thought" not in fb.reaction
    assert not any("turned it back" in n for n in fb.notes)
    state.ended = True
    assert "turned back" not in render_scorecard(scorecard(state))
    _, asked = _answer(bank, "why-me", "I found you on LinkedIn through the alumni group, and "
                       "I'd love to hear how you made the move into design.", "rosa")
    assert asked.turns_back  # a question put to them still counts


def test_an_idiom_with_a_number_word_is_no_specific() -> None:
    """"reckon thats not a million miles off a year 9 class" had got "Specifics: “million miles
    off”" and "Ah, million miles off: that's useful to know"."""
    from bot.features.practice.answers import find_specifics

    said = find_specifics("i had 3 lads fighting in the warehouse once and sorted it, reckon "
                          "thats not a million miles off a year 9 class")
    assert not any("miles" in s for s in said), said
    assert "million customers" in find_specifics("we served a million customers last year")


@pytest.mark.parametrize(("field", "ask_id", "said", "named", "not_named"), [
    ("nonprofit_public", "why-this-field",
     "honestly it was last year at the VA. watched a lady at the front desk run a housing program "
     "for homeless vets off a clipboard and a spreadsheet. 40 guys got apartments in a month. "
     "thought, i can do that, and i can do it with better logistics",
     ["\u201c40 guys\u201d"], "40 guys got"),
    ("finance", "transferable-skills",
     "ok so for the internship, the bank had like 300 suspense account items not cleared for "
     "months. i built excel sheet with vlookup to match them against the ledger and we cleared "
     "about 80% in 3 weeks. my manager used the sheet after i left",
     ["\u201c300 suspense account items\u201d"], "\u201c300 suspense account\u201d"),
    ("nonprofit_public", "why-me",
     "found you on linkedin, you did 11 yrs at a state human services dept and thats the kind of "
     "shop i want to end up in. wanted to hear straight from someone on the inside how state "
     "hiring works for a guy like me",
     ["\u201c11 yrs\u201d", "\u201cstate human services dept\u201d", "\u201clinkedin\u201d"], None),
    ("finance", "tell-me-about-yourself",
     "im tunde, 24, from lagos. doing msc finance at warwick now, before that i did accounting bsc "
     "at unilag and 6 months internship at a bank in lagos doing reconciliations. i want grad "
     "role in audit or banking here in uk", ["\u201c6 months\u201d", "and 3 more"], None),
    ("software_engineering", "tell-me-about-yourself",
     "i studied physics at manchester, then worked 4 yrs at a logistics startup where i automated "
     "50 manual reports with python. now im learning react at night and i want a junior "
     "frontend role somewhere i can keep automating boring stuff",
     ["\u201c50 manual reports\u201d"], None),
])
def test_a_detail_is_quoted_whole_and_none_is_missed(
        banks: dict[str, Bank], field: str, ask_id: str, said: str, named: list[str],
        not_named: str | None) -> None:
    """"Specifics: “40 guys got”" and "“300 suspense account”" (what the number counted, cut
    off or run on); "Specifics: “linkedin”" beside the contact's "11 yrs" and "a state human
    services dept", told as why the user picked them; "“6 months”, “msc”, “lagos”" without
    Warwick, Unilag and the reconciliations."""
    _, fb = _answer(banks[field], ask_id, said)
    listed = _specifics_line(fb)
    for detail in named:
        assert detail in listed, fb.notes
    assert not not_named or not_named not in listed, listed


def test_lower_case_schools_places_and_tasks_are_details() -> None:
    from bot.features.practice.answers import find_specifics

    said = find_specifics("im tunde, 24, from lagos. doing msc finance at warwick now, before that "
                          "i did accounting bsc at unilag and 6 months internship at a bank in "
                          "lagos doing reconciliations")
    for detail in ("warwick", "unilag", "reconciliations"):
        assert detail in said, said
    assert find_specifics("grad scheme in audit at big 4 or a bank") == ["big 4"]
    assert "leeds" in find_specifics("I studied biology at leeds uni")
    assert "warwick alumni" in find_specifics("saw ur profile on linkedin, warwick alumni")


@pytest.mark.parametrize(("field", "said", "named"), [
    ("data_analytics", "Mostly Excel, I think.", "\u201cExcel\u201d"),
    ("finance", "reconciliations and excel", "\u201cexcel\u201d"),
    ("ux_design", "figma and customer service", "\u201cfigma\u201d"),
    ("software_engineering", "python i guess", "\u201cpython\u201d"),
    ("marketing", "social media, canva mostly", "\u201ccanva\u201d"),
])
def test_a_few_words_with_a_name_in_them_are_not_praised(
        banks: dict[str, Bank], field: str, said: str, named: str) -> None:
    """"Mostly Excel, I think." (4 words) got "Specifics: “Excel”. Concrete details make you
    memorable.": praise for a thin answer. It is too short, gets the follow-up, and the name
    in it is a start, not a strength."""
    _, fb = _answer(banks[field], "transferable-skills", said)
    text = " ".join(fb.notes)
    assert fb.notes[0].startswith("Too short"), fb.notes
    assert "memorable" not in text and not _specifics_line(fb), fb.notes
    assert f"You named {named}" in text and ": a start, but on its own it says little" in text, \
        fb.notes
    assert fb.next_id == "transferable-skills"  # asked for more


def test_a_few_words_naming_only_where_they_live_get_no_build_on_it(
        banks: dict[str, Bank]) -> None:
    """"Hi Daniel! I'm an architect in Toronto and I want to get into UX." got "You named
    “Toronto”: a start, but on its own it says little. Build a sentence or two around it.":
    a city is no selling detail."""
    _, fb = _answer(banks["ux_design"], "tell-me-about-yourself", "Hi Daniel! I'm an architect"
                    " in Toronto and I want to get into UX.")
    text = " ".join(fb.notes)
    assert fb.notes[0].startswith("Too short") and "You named" not in text, fb.notes
    assert "one thing you've done" in text, fb.notes


@pytest.mark.parametrize(("field", "ask_id", "said", "named"), [
    ("finance", "why-this-field",
     "my uncle na accountant so i grew up around it. i like when numbers tell u the real story of "
     "a business, like when i did dangote cement analysis for coursework and saw their margins "
     "drop because of fx.", "\u201cdangote cement\u201d"),
    ("ux_design", "transferable-skills",
     "Every day I ask customers what they came in for and why they didn't find it, which I think "
     "is close to an interview. I also moved our fitting-room signs last spring and tracked "
     "whether fewer people asked staff for help, and it dropped by about a third.",
     "\u201cabout a third\u201d"),
    ("finance", "why-this-field",
     "i like when numbers tell the real story, like when i did a tesco case study at uni and saw "
     "how their margins moved with fuel prices", "\u201ctesco\u201d"),
    ("marketing", "transferable-skills",
     "when i ran the shop's instagram last summer our followers doubled and people came in asking "
     "for the posts we made", "\u201cfollowers doubled\u201d"),
    ("ux_design", "transferable-skills",
     "Last spring I changed how our returns desk queued people and complaints dropped by about "
     "half. I ask customers what they need every day, which is a lot like an interview.",
     "\u201cabout half\u201d"),
])
def test_an_example_with_its_details_is_not_asked_for_one(
        banks: dict[str, Bank], field: str, ask_id: str, said: str, named: str) -> None:
    """"You gave an example: name one detail in it (a number, a tool, a place)" to an example
    naming a company and a cause, and to one with a time and an amount ("last spring … dropped
    by about a third")."""
    _, fb = _answer(banks[field], ask_id, said)
    assert not any(n.startswith("You gave an example") for n in fb.notes), fb.notes
    assert named in _specifics_line(fb), fb.notes


@pytest.mark.parametrize(("field", "said", "moment"), [
    ("ux_design", "Honestly, watching people struggle with something that could be easy. When a "
     "customer can't figure out our website and ends up crying at my till, that's a design "
     "problem, and I want to be the person who fixes it before it reaches the store.",
     "a customer \u2026 ends up crying at my till"),
    ("healthcare", "I remember a patient who was scared of every needle, and I sat with her for an "
     "hour until she was calm enough for her bloods. That's when I knew I wanted to nurse.",
     "a patient who was scared of every needle"),
    ("nonprofit_public", "there was this old man at the food bank who came in every week just to "
     "talk, and i realised the work is about people as much as food, which is why i want in",
     "this old man \u2026"),
    ("software_engineering", "whenever a customer at the bank gets stuck on the app i end up "
     "walking them through it, and i keep thinking i could just fix the app instead of that",
     "a customer \u2026"),
])
def test_a_real_moment_told_is_no_answer_without_specifics(
        banks: dict[str, Bank], field: str, said: str, moment: str) -> None:
    """"No specifics yet: add … a quick 'for example'" to a concrete story ("a customer … ends
    up crying at my till"), and then "answer 4 had no specifics" on the scorecard."""
    state, fb = _answer(banks[field], "why-this-field", said)
    assert not any(n.startswith(_NONE_YET) for n in fb.notes), fb.notes
    line = next(n for n in fb.notes if n.startswith("You told a real moment"))
    assert moment in line, line
    assert "Thanks, that's helpful" not in fb.reaction, fb.reaction  # the moment is heard
    state.ended = True
    assert "no specifics" not in render_scorecard(scorecard(state))


def test_someone_out_of_work_is_asked_about_their_last_job(banks: dict[str, Bank]) -> None:
    """A retired naval officer was asked "What's one process at your current job you've
    improved?" straight after saying he had retired."""
    from bot.features.practice.background import left_work
    from bot.features.practice.matcher import Matcher
    from bot.features.practice.you_ask import start_you_ask, you_ask_turn
    from tests.features.practice.support import NOW, roundtrip
    bank = banks["product_management"]
    state = start_you_ask(bank, 20, NOW, "derek")
    state, result = you_ask_turn(state, bank, Matcher.for_bank(bank), "Good morning Derek. I"
                                 " recently retired from the Indian Navy after 14 years in"
                                 " operations and logistics. Which parts of my naval experience"
                                 " would actually count when applying for product roles?", NOW)
    assert "your last job" in result.reply and "current job" not in result.reply, result.reply
    assert roundtrip(state).left_work
    assert not left_work("my dad just retired, so I want a steadier job")
    assert left_work("I was laid off in March") and left_work("im between jobs rn")


@pytest.mark.parametrize(("field", "said", "named"), [
    ("data_analytics", "i did a sales dashboard for our team in melbourne, it cut the weekly "
     "reporting from a day to an hour", ("from a day to an hour", "melbourne")),
    ("healthcare", "ive been on reception at a gp surgery near leeds for 4 yrs and i redid the "
     "call rota so the morning rush got cut right in half", ("leeds", "cut right in half")),
    ("education", "i teach maths in auckland, year 9 to 13, and i moved our marking to a shared "
     "sheet which took it from three hours to about forty minutes a week",
     ("auckland",)),
    # had: "You gave an example: name one detail in it (a number, a tool, a place)"
    ("ux_design", "for example in croydon the nurses told us they walk 6km per shift, so we "
     "moved the supply rooms closer to the beds. it came from the interviews", ("6km",)),
])
def test_a_place_or_a_change_typed_in_words_is_a_specific(
        banks: dict[str, Bank], field: str, said: str, named: tuple[str, ...]) -> None:
    """"i did a sales dashboard for our team in melbourne, it cut the weekly reporting from a
    day to an hour" got "Okay." and "No specifics yet": a city in lower case, and a change
    said in words, are what a listener remembers."""
    _, fb = _answer(banks[field], "transferable-skills", said)
    assert not any(n.startswith(_NONE_YET) for n in fb.notes), fb.notes
    assert set(named) <= set(fb.specifics), (fb.specifics, fb.notes)
    assert not any(n.startswith("You gave an example: name") for n in fb.notes), fb.notes
    assert fb.reaction != "Okay.", fb.reaction


def test_words_after_in_or_from_that_are_no_place_are_no_specifics(banks: dict[str, Bank]) -> None:
    """Only a real city or country counts: "in the north", "from home", "to america" (too
    wide to picture) and a span with no unit ("from nine to five") are not details."""
    _, fb = _answer(banks["marketing"], "transferable-skills",
                    "i work from home in the north, mostly nine to five, and id love to move to "
                    "america one day")
    assert _specifics_line(fb) == "", fb.notes
