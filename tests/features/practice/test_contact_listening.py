"""'They ask': what the contact says between questions: a question skipped only on the
user's own evidence, a follow-up not in the question's words, a reply to "how did you find
me?" that fits and varies, a question that fits the move the user is making, and a close
whose thanks is to the user and whose last question waits for the debrief."""

from __future__ import annotations

import re
from datetime import timedelta

import pytest

from bot.banks.model import Bank
from bot.features.practice.state import Feedback, TheyAskState
from bot.features.practice.they_ask import current_ask_back, start_they_ask, they_ask_turn
from tests.features.practice.support import NOW


def _session(bank: Bank, queue: list[str], persona: str = "", variant: int = 0) -> TheyAskState:
    state = start_they_ask(bank, NOW, persona_id=persona, variant=variant)
    state.queue = queue
    return state


def _say(state: TheyAskState, bank: Bank, *said: str) -> tuple[TheyAskState, Feedback]:
    fb = None
    for minute, text in enumerate(said, 1):
        state, fb = they_ask_turn(state, bank, text, NOW + timedelta(minutes=minute))
    assert fb is not None
    return state, fb


def test_what_they_tried_is_not_skipped_on_what_the_contact_did(banks: dict[str, Bank]) -> None:
    """"I was going to ask what you've tried so far, but you've covered that." after the user
    had only said how they found the contact: "your post about volunteering" and "you talked
    to our cohort" are the contact's doing, no sign of what the user has tried."""
    bank = banks["nonprofit_public"]
    for said in ("I found you on LinkedIn through the alumni group, and your post about "
                 "volunteering at the food bank stood out to me.",
                 "I found you on LinkedIn through the alumni group. I saw you talked to our "
                 "cohort last year about switching from HR."):
        state = _session(bank, ["why-me", "explored-so-far", "timeline", "how-can-i-help"])
        state, fb = _say(state, bank, said)
        assert "covered that" not in fb.reaction, fb.reaction
        assert fb.next_id == "explored-so-far"
    state = _session(bank, ["why-me", "explored-so-far", "timeline", "how-can-i-help"])
    state, fb = _say(state, bank, "I found you on LinkedIn through the alumni group, and I've "
                     "been volunteering at a food bank every Saturday since June.")
    assert "you've covered that" in fb.reaction and fb.next_id != "explored-so-far"


def test_the_follow_up_does_not_ask_the_question_again(banks: dict[str, Bank]) -> None:
    """"Right. How do you see that carrying over to the work here?" right after "What from
    your current work or studies do you think would carry over?"."""
    bank = banks["marketing"]
    state = _session(bank, ["transferable-skills", "timeline", "why-me", "how-can-i-help"],
                     "sofia")
    state, fb = _say(state, bank, "the upselling. last year I changed our pre-arrival emails "
                     "and transfer bookings went up about 30%")
    assert fb.next_id == "transferable-skills" and fb.next_question
    asked = set(re.findall(r"[a-z]{4,}", fb.question.lower())) - {"what", "your", "would",
                                                                  "think", "from"}
    said = set(re.findall(r"[a-z]{4,}", fb.next_question.lower()))
    assert not {w[:5] for w in asked} & {w[:5] for w in said}, fb.next_question


_FOUND = "I found you on LinkedIn through the alumni group. I saw you moved from HR too."


def test_how_they_found_the_contact_is_heard_as_that_and_not_word_for_word(
        banks: dict[str, Bank]) -> None:
    """"Okay, that helps me see where you are." came word for word in two sessions as the
    reply to "how did you find me?"."""
    bank = banks["nonprofit_public"]
    heard = []
    for variant in range(3):
        state = _session(bank, ["why-me", "timeline", "how-can-i-help", "explored-so-far"],
                         "aisha", variant)
        _, fb = _say(state, bank, _FOUND)
        assert "where you are" not in fb.reaction, fb.reaction
        assert "LinkedIn" in fb.reaction or "alumni group" in fb.reaction, fb.reaction
        heard.append(fb.reaction.split(". I was going")[0])
    assert len(set(heard)) > 1, heard
    state = _session(bank, ["why-me", "timeline", "how-can-i-help", "explored-so-far"], "aisha")
    _, fb = _say(state, bank, "A friend of mine from college works in compliance at your "
                 "charity and said you had made the same move.")
    assert "friend of yours from college" in fb.reaction, fb.reaction


@pytest.mark.parametrize(("said", "asked"), [
    ("I've taught secondary science for eight years, and now I want to move into instructional "
     "design. Last year I rebuilt our year 9 physics unit on Moodle with short quizzes that the "
     "whole department uses.", "What draws you to instructional design?"),
    ("I've taught secondary science for eight years and I'm leaving teaching at the end of this "
     "year. Last year I rebuilt our year 9 physics unit on Moodle with short quizzes that the "
     "whole department uses.", "What draws you to this kind of work, rather than teaching?"),
    ("I've worked in retail management for nine years, and I want to get into teaching. I run "
     "the training for every new starter in our store, twelve of them last year, with a "
     "checklist I wrote for the tills.", "What draws you to teaching?"),
])
def test_the_question_fits_the_move_the_user_is_making(
        banks: dict[str, Bank], said: str, asked: str) -> None:
    """After the user said he wants instructional design (leaving teaching), the contact
    asked "What draws you to teaching?", the education bank's why-this-field question."""
    bank = banks["education"]
    state = _session(bank, ["tell-me-about-yourself", "why-this-field", "timeline",
                            "how-can-i-help"], "rosa")
    state, fb = _say(state, bank, said)
    assert fb.next_id == "why-this-field" and fb.next_question == asked
    assert current_ask_back(state, bank) == asked  # as shown after a restart
    state, fb = _say(state, bank, "Building things people learn from, at a bigger scale.")
    assert fb.question == asked  # the debrief lists the question as it was put


@pytest.mark.parametrize(("worry", "advice"), [
    ("Honestly the visa. I'm on a skilled worker visa so I'd need sponsorship, and I worry "
     "charities don't sponsor people like me.", "It saves months of applications."),
    ("Money, mostly. I have a mortgage and I can't take a big pay cut, so I worry about "
     "starting again at the bottom.", "then you can say yes or no quickly."),
])
def test_the_close_thanks_the_user_apart_from_the_advice(
        banks: dict[str, Bank], worry: str, advice: str) -> None:
    """"…then you can say yes or no quickly. That's really helpful, thank you. I've done enough
    of the asking…" read as the contact thanking herself, and "Over to you: what would you like
    to know?" came right before the scorecard, with no way to answer it there."""
    bank = banks["nonprofit_public"]
    state = _session(bank, ["biggest-concern", "timeline", "how-can-i-help",
                            "explored-so-far"], "aisha")
    state.index = 3
    state.queue[3] = "biggest-concern"
    state, fb = _say(state, bank, worry)
    assert fb.ended
    given, close = fb.reaction.split("\n\n")
    assert given.endswith(advice) and "thank" not in given.lower(), fb.reaction
    assert "That's really helpful, thank you" not in fb.reaction
    assert re.search(r"\b(?:your answers|being so open with me)\b", close), close
    assert "notes" in close and close.endswith(("what did you want to ask me?",
                                                "what would you like to know?"))


def test_a_tool_typed_in_lower_case_is_said_back_as_it_is_spelled() -> None:
    """The contact had said "A django app: that's a concrete example"."""
    from bot.features.practice.listening import as_sentence

    assert as_sentence("a django app") == "A Django app"
    assert as_sentence("sql and powerbi dashboards") == "SQL and Power BI dashboards"
    assert as_sentence("a quick sketch") == "A quick sketch"  # a word before it is a tool


def test_wanting_to_train_as_a_role_says_the_role_aimed_for() -> None:
    """"I'd like to train as a registered nurse" in the first answer, then "What kind of role are
    you aiming for?" and "Sorry, yes, you did say"."""
    from bot.features.practice.covered import covered

    assert covered("role-aiming-for", "I've been a care assistant for six years. I'd like to "
                   "train as a registered nurse, ideally through an apprenticeship.")
    assert not covered("role-aiming-for", "I trained as a nurse in Ghana years ago")


@pytest.mark.parametrize("said", [
    "I built our M-Pesa reconciliation service and I want a remote backend role at a European "
    "startup.",
    "im a sophomore at k state studying cs, looking for a swe internship next summer",
    # a teacher of a subject, named in more words, or by what they would teach
    "Hi Denise! I'm Hannah, six years in software sales in Denver, and I want to become a high"
    " school maths teacher.",
    "honestly i just want to teach high-school math",
])
def test_the_role_wanted_said_in_passing_is_not_asked_for_again(said: str) -> None:
    """"What kind of role are you aiming for?" came after "I want a remote backend role" and
    "looking for a swe internship"; the contact then had to say "Sorry, yes, you did say"."""
    from bot.features.practice.covered import covered

    assert covered("role-aiming-for", said)
    assert not covered("role-aiming-for", "I want a break from the night shifts")


def test_a_worry_said_as_what_im_worried_about_is_met() -> None:
    """"What I'm worried about is the money and whether I'm too old to start at 33." had got
    "That makes sense." and the next question."""
    from bot.features.practice.worries import WORRY, worry_heard

    said = "What I'm worried about is the money and whether I'm too old to start at 33."
    assert WORRY.search(said)
    heard = worry_heard(said, 0)
    assert "On age" in heard and "On pay" in heard, heard


def _heard(bank: Bank, state: TheyAskState, *said: str) -> tuple[TheyAskState, Feedback]:
    """As ``_say``, with the contact able to answer from its own facts, as the bot does."""
    from bot.features.practice.matcher import Matcher
    from bot.features.practice.they_ask import answer_back_for

    fb = None
    for minute, text in enumerate(said, 1):
        state, fb = they_ask_turn(state, bank, text, NOW + timedelta(minutes=minute),
                                  answer_back_for(bank, Matcher.for_bank(bank), state))
    assert fb is not None
    return state, fb


@pytest.mark.parametrize("variant", [0, 1, 2, 3])
def test_how_they_found_me_is_said_in_plain_english(banks: dict[str, Bank], variant: int) -> None:
    """"On LinkedIn, right. It helps to hear how people come across me.": "come across" is how
    someone seems, not how they are found."""
    bank = banks["nonprofit_public"]
    state = _session(bank, ["why-me", "timeline", "how-can-i-help", "explored-so-far"],
                     "marcus", variant)
    _, fb = _say(state, bank, "found you on linkedin, you did 11 yrs at a state human services "
                 "dept and thats the kind of shop i want to end up in")
    assert "LinkedIn" in fb.reaction and "come across me" not in fb.reaction, fb.reaction


@pytest.mark.parametrize(("said", "named"), [
    ("a friend from a kotlin meetup, Jonas, said you'd be good to talk to",
     "a friend from a kotlin meetup, Jonas"),
    ("my old colleague from the bank, Sian Morgan, suggested you", "your old colleague from the "
     "bank, Sian Morgan"),
])
def test_who_led_them_here_is_named_whole(said: str, named: str) -> None:
    """ "a friend from a kotlin meetup, Jonas" had been cut to "Ah, through a friend from a: it's
    always nice to have someone in common"."""
    from bot.features.practice.acknowledge import found_me

    for seed in (0, 1, 2):
        assert named in found_me(said, seed)


@pytest.mark.parametrize(("field", "persona", "said", "echoed"), [
    ("data_analytics", "carlos",
     "I have been an HR generalist in El Paso for fifteen years, mostly at a regional hospital "
     "system with about 3,000 employees. I ran our monthly turnover report in Excel, and last "
     "year I rebuilt it so managers could see turnover by department, which helped us cut "
     "first-year nurse turnover by about 12 percent.",
     "You cut first-year nurse turnover by about 12 percent"),
    ("finance", "grace",
     "for the internship, the bank had like 300 suspense account items not cleared for months. "
     "i built excel sheet with vlookup to match them against the ledger and we cleared about 80% "
     "in 3 weeks. my manager used the sheet after i left", "You cleared about 80% in 3 weeks"),
    ("ux_design", "jenna",
     "Every day I ask customers what they came in for and why they didn't find it. I also moved "
     "our fitting-room signs last spring and tracked whether fewer people asked staff for help, "
     "and it dropped by about a third.", "You moved your fitting-room signs, and it dropped by "
     "about a third"),
    ("software_engineering", "priya",
     "Problem solving, mostly. Last month I wrote a script that cut our stock count from two "
     "days to half a day, and the team still uses it every month.",
     "You cut your stock count from two days to half a day"),
    ("nonprofit_public", "marcus",
     "logistics and budgets mostly. last year our motor pool kept losing parts, so i set up a "
     "tracker in excel and a weekly check. lost parts dropped by half in 3 months.",
     "Lost parts dropped by half: that's a real result"),
])
def test_a_result_is_said_back_not_those_figures(
        banks: dict[str, Bank], field: str, persona: str, said: str, echoed: str) -> None:
    """"Those figures make it concrete for me." said by two contacts, to a turnover cut by 12
    percent and to 80% of 300 items cleared in 3 weeks: the reaction names the result."""
    bank = banks[field]
    state = _session(bank, ["transferable-skills", "timeline", "why-me", "how-can-i-help"],
                     persona)
    _, fb = _say(state, bank, said)
    assert fb.reaction.startswith(echoed) and "Those figures" not in fb.reaction, fb.reaction


_VISA = "On the visa: ask early whether an employer sponsors"


@pytest.mark.parametrize(("field", "persona", "ask_id", "said"), [
    ("finance", "grace", "role-aiming-for",
     "like i said, grad scheme in audit at big 4 or a bank. but honestly i need sponsorship for "
     "skilled worker visa so whichever one go sponsor me"),
    ("software_engineering", "priya", "role-aiming-for",
     "backend dev at a startup, ideally something with python. i'd need visa sponsorship tho, "
     "im on a dependant visa that ends next year"),
    ("data_analytics", "carlos", "role-aiming-for",
     "A junior analyst role, ideally people analytics. I'm on a graduate visa so I'd need a "
     "sponsor within two years, which worries me a bit."),
    ("healthcare", "", "timeline",
     "as soon as i can really, my student visa runs out next september so i need an employer "
     "who will sponsor me by then"),
])
def test_a_visa_told_in_passing_is_met(
        banks: dict[str, Bank], field: str, persona: str, ask_id: str, said: str) -> None:
    """"…i need sponsorship for skilled worker visa so whichever one go sponsor me" got
    "Sorry, yes, you did say." and the next question: the worry left unheard. Met once, with
    what fits someone who needs a sponsor (not "if yours already lets you work")."""
    bank = banks[field]
    state = _session(bank, ["why-this-field", ask_id, "why-me", "how-can-i-help"], persona)
    state, fb = _say(state, bank, "I've wanted this work for years, since I first saw what a "
                     "good team in this field can change for the people it serves every day.",
                     said)
    assert fb.reaction.count(_VISA) == 1, fb.reaction
    assert "already lets you work" not in fb.reaction, fb.reaction
    _, fb = _say(state, bank, "I found you on LinkedIn through the alumni group, and you made "
                 "the same move I want to make. Again, the visa is the hard part for me.")
    assert _VISA not in fb.reaction, fb.reaction  # said once is enough


@pytest.mark.parametrize(("field", "persona", "said", "answered"), [
    ("finance", "grace",
     "saw ur profile on linkedin, warwick alumni. because u started in audit and moved to "
     "planning. i dey between audit and bank so i want to know if audit is good first step or "
     "if e go box me in", "Audit was the right first step for me"),
    ("finance", "grace",
     "I saw your profile on LinkedIn through the Warwick alumni group, and you started in audit. "
     "Is audit a good first step for a graduate, or does it box you in later?",
     "Audit was the right first step for me"),
    ("data_analytics", "carlos",
     "Rosa said you hire career changers, and she thought you'd be honest with me. My big "
     "question is whether a certificate is enough to get an interview.", "I barely look at them"),
    ("finance", "grace",
     "Your talk at the Warwick careers fair about planning. I would love to know which "
     "qualification employers rate more for someone like me, ACA or ACCA.", "ACA"),
])
def test_a_question_put_to_the_contact_is_answered_or_kept(
        banks: dict[str, Bank], field: str, persona: str, said: str, answered: str) -> None:
    """"…i want to know if audit is good first step or if e go box me in" got "On LinkedIn:
    that's a good way to find people…" and the hand-over, the question unheard."""
    bank = banks[field]
    state = _session(bank, ["why-me", "timeline", "how-can-i-help", "explored-so-far"], persona)
    _, fb = _heard(bank, state, said)
    assert answered in fb.reaction, fb.reaction


@pytest.mark.parametrize("said", [
    "I like building things with my hands and with code. Do bootcamps actually get people hired?",
    "Mostly the puzzles. Is it normal to feel this lost at the start?",
])
def test_a_question_in_a_short_answer_is_heard_before_the_follow_up(
        banks: dict[str, Bank], said: str) -> None:
    """A short answer ending in a question put to them got "Right." and the follow-up: the
    question is met first (answered, or kept for the user's turn), once."""
    from bot.features.practice.turning import LATER
    bank = banks["software_engineering"]
    state = _session(bank, ["why-this-field", "timeline", "why-me", "how-can-i-help"], "priya")
    state, fb = _heard(bank, state, said)
    assert fb.next_id == "why-this-field"  # still asked for more
    assert fb.reaction not in ("Right.", "Okay.", "I see.") and fb.reaction, fb.reaction
    met = fb.reaction
    state, fb = _heard(bank, state, "When I fixed the booking sheet at work and people stopped "
                       "double-booking rooms, I realised I wanted to build things like that.")
    assert met not in fb.reaction and not any(line in fb.reaction for line in LATER), fb.reaction


@pytest.mark.parametrize(("said", "granted"), [
    ("Honestly, a sense of whether my retail background counts. Would you be open to looking at "
     "my portfolio at some point? I'd also love to know if a bootcamp is worth it or if "
     "self-taught is fine.", "send me your portfolio"),
    ("An intro to someone on your research team would be amazing. Is it normal to apply to fifty "
     "places before you hear anything back?", "introduce you"),
])
def test_a_question_beside_a_favour_is_not_lost_in_the_yes(
        banks: dict[str, Bank], said: str, granted: str) -> None:
    """A favour granted ("Of course: send me your portfolio…") left the question after it
    unheard."""
    from bot.features.practice.turning import LATER
    bank = banks["ux_design"]
    state = _session(bank, ["how-can-i-help", "timeline", "why-me", "role-aiming-for"], "daniel")
    _, fb = _heard(bank, state, said)
    assert granted in fb.reaction, fb.reaction
    rest = fb.reaction.split(granted, 1)[1]
    assert "Good question" in rest or any(line in rest for line in LATER), fb.reaction


def test_what_they_want_to_understand_is_why_they_came_not_a_question(
        banks: dict[str, Bank]) -> None:
    """Asked why she wanted to talk, "…I'd like to understand how non-clinical managers are seen
    by clinical teams." had got "Good question. Clinical means caring for patients…", as if she,
    a pharmacist, had asked what clinical means."""
    bank = banks["healthcare"]
    state = _session(bank, ["why-me", "timeline", "how-can-i-help", "explored-so-far"], "samir")
    _, fb = _heard(bank, state, "I found you on LinkedIn through the regional health network, "
                   "and you moved into operations from outside healthcare. I'd like to understand "
                   "how non-clinical managers are seen by clinical teams.")
    assert "Good question" not in fb.reaction and "Clinical means" not in fb.reaction, fb.reaction


@pytest.mark.parametrize(("field", "persona", "said", "met"), [
    ("data_analytics", "lena", "I've been a call-centre team leader for four years and I taught "
     "myself Excel and some SQL to build our daily stats report. I'm a bit worried though "
     "because I'm 27 and most juniors are fresh grads with degrees.", "worry"),
    ("ux_design", "nia", "I managed a warehouse team of about 60 people and I finished a UX "
     "course last spring. Honestly I am a bit nervous because I am 45 and I have no design "
     "degree.", "On age"),
])
def test_a_worry_said_with_because_is_met(banks: dict[str, Bank], field: str, persona: str,
                                          said: str, met: str) -> None:
    """"I'm a bit worried though because I'm 27 and most juniors are fresh grads with degrees"
    had got "Customer data: that's a useful detail.", the worry unheard."""
    bank = banks[field]
    state = _session(bank, ["tell-me-about-yourself", "timeline", "why-me", "how-can-i-help"],
                     persona)
    _, fb = _heard(bank, state, said)
    assert met in fb.reaction and "useful detail" not in fb.reaction, fb.reaction


def test_a_follow_up_on_two_sides_is_not_asked_of_one_who_weighed_them(
        banks: dict[str, Bank]) -> None:
    """"…the surveys and workshops feel closest to research, but I also really enjoy the visual,
    making side of architecture. How did you end up choosing research, and how would you
    suggest I decide between the two?" got "What pulls you toward UX, the people side or the
    making side?"; and "so how would u suggest i decide between research and design?" then got
    the decisions the contact makes in her role."""
    from bot.features.practice.matcher import Matcher
    from bot.features.practice.you_ask import start_you_ask, you_ask_turn
    bank = banks["ux_design"]
    matcher, state = Matcher.for_bank(bank), start_you_ask(bank, 30, NOW, "jenna")
    state, result = you_ask_turn(state, bank, matcher, "So I keep going back and forth between "
                                 "UX research and product design. The surveys and workshops feel"
                                 " closest to research, but I also really enjoy the visual, making"
                                 " side of architecture. How did you end up choosing research, "
                                 "and how would you suggest I decide between the two?", NOW)
    assert result.question_id == "how-got-started" and "side or the" not in result.reply
    state, result = you_ask_turn(state, bank, matcher, "so how would u suggest i decide between"
                                 " research and design?", NOW)
    assert result.question_id == "research-vs-design", result
    # asked without saying how they weigh it, the follow-up still comes
    state = start_you_ask(bank, 30, NOW, "jenna")
    _, result = you_ask_turn(state, bank, matcher, "How did you end up choosing research?", NOW)
    assert "the people side or the making side?" in result.reply
