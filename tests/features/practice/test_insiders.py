"""A user already in the contact's field hears the answers written for them: an ICU nurse
asking a ward manager "what would you do first if you were me?" had been told to try a
healthcare assistant's job first, a staff accountant pointed at a college careers centre."""

from __future__ import annotations

import pytest

from bot.banks.model import Bank
from bot.features.practice.insider import is_insider
from bot.features.practice.replies import prompt_kind

NURSING = ("nurse", "gp", "doctor", "nursing", "pharmacist")


@pytest.mark.parametrize("told", [
    "I'm a GP, been a partner at a practice in Manchester for twelve years, and I'm thinking"
    " about moving into practice management",
    "9 yrs ICU nurse, want to go into management",
    "After a decade as a nurse I want to move into ops",
    "I moved into nursing 5 years ago and now I'd like to manage a ward",
    "Hi! Community pharmacist here, 6 years, looking at operations roles",
    "I'm a partner at a GP practice in Salford",
])
def test_work_in_the_field_makes_an_insider(told: str) -> None:
    assert is_insider(told, NURSING)


@pytest.mark.parametrize("told", [
    "I'm a teacher thinking about nursing",
    "I'm a teacher and want to become a nurse",
    "my sister is a nurse and I work in retail",
    "I've been a barista for four years and I'd love to get into nursing one day",
    "",
])
def test_work_they_are_after_or_someone_elses_does_not(told: str) -> None:
    assert not is_insider(told, NURSING)


def test_a_bank_without_insider_words_has_no_insiders() -> None:
    assert not is_insider("I'm an ICU nurse", ())


def _meeting(bank: Bank, persona: str, *texts: str) -> list[str]:
    """The replies to ``texts`` in one meeting, the state saved and read back between them
    as the shell does."""
    from bot.features.practice.matcher import Matcher
    from bot.features.practice.you_ask import start_you_ask, you_ask_turn
    from tests.features.practice.support import NOW, roundtrip
    matcher, state, replies = Matcher.for_bank(bank), start_you_ask(bank, 30, NOW, persona), []
    for text in texts:
        state, result = you_ask_turn(roundtrip(state), bank, matcher, text, NOW)
        replies.append(result.reply)
    return replies


def _pay_question(bank: Bank) -> str:
    return next(q.id for q in bank.questions if "pay" in q.flags
                and any(a.insider for a in q.answers))


FIELDS = ("healthcare", "finance", "education", "nonprofit_public", "software_engineering",
          "data_analytics", "ux_design", "product_management", "marketing", "general")


@pytest.mark.parametrize("field", FIELDS)
def test_someone_in_the_field_hears_the_answers_written_for_them(banks: dict[str, Bank],
                                                                  field: str) -> None:
    bank = banks[field]
    role = bank.insider_roles[0]
    for persona in bank.personas:
        replies = _meeting(bank, persona.id,
                           f"Hi {persona.name.split()[0]}, thanks for this. Quick background:"
                           f" I've worked as a {role} for eight years and I'm weighing my next"
                           " move.",
                           "What would you do first if you were me?",
                           "What level would I come in at?",
                           "And what does it pay?")
        expected = [bank.answer(qid, persona.id, insider=True) for qid in (
            "advice-for-newcomer", "starting-level", _pay_question(bank))]
        for reply, answer in zip(replies[1:], expected, strict=True):
            assert answer.split(". ")[0] in reply, (persona.id, reply)


def test_an_icu_nurse_is_not_sent_to_work_as_a_healthcare_assistant(
        banks: dict[str, Bank]) -> None:
    replies = _meeting(banks["healthcare"], "maria",
                       "Hi Maria, I'm an ICU nurse, 9 years at Toronto General, thinking about"
                       " moving into nurse management.",
                       "what would you do first if you were me?",
                       "what level would I come in at?")
    assert "healthcare assistant" not in replies[1] and "qualify first" not in replies[2]
    assert "Band 5" not in replies[2], replies[2]


def test_someone_after_the_field_still_hears_how_to_start(banks: dict[str, Bank]) -> None:
    bank = banks["healthcare"]
    replies = _meeting(bank, "maria",
                       "Hi Maria! I'm a secondary school teacher, 12 years, and I want to"
                       " retrain as a nurse.",
                       "what would you do first if you were me?")
    newcomer = [bank.answer("advice-for-newcomer", "maria", k) for k in range(
        bank.variant_count("advice-for-newcomer", "maria"))]
    assert any(answer.split(". ")[0] in replies[1] for answer in newcomer), replies[1]


def test_teaching_oneself_is_not_teaching() -> None:
    assert not is_insider("I've been teaching myself SQL for a year", ("teach", "teaching"))


def _turns(bank: Bank, persona: str, *texts: str):  # noqa: ANN202 - (state, results)
    from bot.features.practice.matcher import Matcher
    from bot.features.practice.you_ask import start_you_ask, you_ask_turn
    from tests.features.practice.support import NOW, roundtrip
    matcher, state, results = Matcher.for_bank(bank), start_you_ask(bank, 20, NOW, persona), []
    for text in texts:
        state, result = you_ask_turn(roundtrip(state), bank, matcher, text, NOW)
        results.append(result)
    return state, results


@pytest.mark.parametrize(("field", "persona", "hello"), [
    ("finance", "grace", "Thanks for your time Grace. Quick context: 7 yrs, 3 in big four audit"
     " then 4 as senior financial analyst in industry. Looking at FP&A manager roles."),
    ("software_engineering", "priya", "hi priya thanks a lot for the time! so quick context, im"
     " backend dev, 5 years at a fintech in milan, and i want to grow into a lead role"),
])
def test_a_background_told_in_shorthand_makes_an_insider(banks: dict[str, Bank], field: str,
                                                          persona: str, hello: str) -> None:
    """Both had got "You're very welcome. Happy to help." and then a newcomer's answers."""
    bank = banks[field]
    state, results = _turns(bank, persona, hello, "What would you do first if you were me?")
    assert state.insider and state.told_background
    assert bank.answer("advice-for-newcomer", persona, insider=True).split(". ")[0] in \
        results[1].reply


@pytest.mark.parametrize(("field", "persona", "hello", "heard", "not_heard"), [
    ("general", "jamal", "Morning Jamal, appreciate you making the time. Quick background: I'm"
     " Lo Ramirez, just retired after 20 yrs Army logistics, last slot was a brigade S4 NCOIC.",
     "20 years in Army logistics", "just retired after"),
    ("ux_design", "jenna", "Hi Jenna! I'm Priyanka, a UX designer, 3 years at an agency in"
     " Bangalore, and I want to move into UX research.", "three years as a UX designer", "an UX"),
])
def test_the_background_is_said_back_as_told(banks: dict[str, Bank], field: str, persona: str,
                                             hello: str, heard: str, not_heard: str) -> None:
    """"Thanks, that helps: 20 years as a just retired after tells me where you're starting
    from."""
    reply = _turns(banks[field], persona, hello)[1][0].reply
    assert heard in reply and not_heard not in reply, reply


def test_someone_in_the_field_is_not_asked_what_draws_them_to_it(banks: dict[str, Bank]) -> None:
    """A UX designer of three years was asked "What pulls you toward UX, the people side or the
    making side?"."""
    bank = banks["ux_design"]
    ask = "What pulls you toward UX"
    inside = _turns(bank, "jenna", "Hi Jenna! I'm a UX designer, 3 years at an agency, and I"
                    " want to move into UX research.", "how did you get into research?")[1]
    outside = _turns(bank, "jenna", "Hi Jenna! I've been a retail manager for 6 years and I"
                     " want to move into UX research.", "how did you get into research?")[1]
    assert ask not in inside[1].reply and ask in outside[1].reply


def test_pay_asked_for_a_post_past_the_first_rung(banks: dict[str, Bank]) -> None:
    """"What does an FP&A manager earn in the North West?" got graduate pay first."""
    bank = banks["finance"]
    senior = _turns(bank, "grace", "What does an FP&A manager earn in the North West?")[1][0]
    junior = _turns(bank, "grace", "what do graduate analysts earn?")[1][0]
    assert senior.question_id == junior.question_id == "pay-ranges"
    assert "graduate" not in senior.reply and "graduate" in junior.reply, senior.reply


def test_years_said_again_keep_an_insider_an_insider(banks: dict[str, Bank]) -> None:
    """A 15-year RN said "i'm not a new grad, i'm 15 yrs in" and was then told to get a CNA
    certificate first: the years told anew had cleared what she does."""
    bank = banks["healthcare"]
    state, results = _turns(bank, "dana", "hi dana!! i'm an RN, 15 yrs on a med-surg floor here"
                            " in houston, thinking about nurse management or maybe education",
                            "haha oh no i'm not a new grad, i'm 15 yrs in",
                            "if you were in my shoes, what would you do first?")
    assert state.insider
    assert bank.answer("advice-for-newcomer", "dana", insider=True).split(". ")[0] in \
        results[-1].reply
    state, _ = _turns(bank, "dana", "i'm an RN, 15 yrs on med-surg", "actually I'm a teacher,"
                      " 10 years in a high school, I just volunteer at a clinic")
    assert not state.insider  # another post told: that is what they do


def test_the_pay_said_back_is_the_pay_given(banks: dict[str, Bank]) -> None:
    """After the experienced pay answer, "what did you say managers earn again?" got "As I
    mentioned earlier, when I hire a graduate…": figures never mentioned."""
    bank = banks["finance"]
    state, results = _turns(bank, "grace", "What does an FP&A manager earn in the North West?",
                            "sorry, what did you say managers earn again?")
    assert state.told_insider == ["pay-ranges"] and not state.insider
    assert results[1].kind == "repeat" and "graduate" not in results[1].reply, results[1].reply


@pytest.mark.parametrize("field", FIELDS)
def test_someone_in_the_field_hears_their_chances_as_an_insider(banks: dict[str, Bank],
                                                                field: str) -> None:
    """An RN of 15 years asking whether her charge-nurse years count had been told that
    "people from customer service, the military, teaching … do well on my unit"."""
    bank = banks[field]
    role = bank.insider_roles[0]
    for persona in bank.personas:
        inside = _meeting(bank, persona.id, f"Hi, I've been a {role} for eight years and I want"
                          " to move up.", "Given my background, how do you see my chances?")[1]
        outside = _meeting(bank, persona.id, "Hi, I've been a bus driver for eight years and I"
                           " want a change.", "Given my background, how do you see my chances?")[1]
        insider = bank.answer("assess-my-background", persona.id, insider=True)
        assert insider.split(". ")[0] in inside, (persona.id, inside)
        assert insider.split(". ")[0] not in outside, (persona.id, outside)
        # a newcomer's follow-up ("Have you worked anywhere with lots of scheduling?", to a
        # pharmacist of ten years) is not asked of an insider; an offer still is
        follow = bank.follow_up("assess-my-background", persona.id)
        if follow and prompt_kind(follow, "") != "offer":
            assert follow not in inside, (persona.id, inside)


def test_someone_after_the_work_itself_is_no_insider_to_it(banks: dict[str, Bank]) -> None:
    """An EMT of four years who "wanna be an RN" was told about "the jump from doing to
    delegating" and the unit budget: the answer for a nurse moving into management. Working
    in healthcare already, he is still new to the work he is after."""
    from bot.features.practice.insider import is_insider
    bank = banks["healthcare"]
    state, results = _turns(bank, "dana", "hey im tyler, emt for 4 yrs in phoenix, wanna be an"
                            " RN", "tbh ive got like thousands of hours on the ambulance doing"
                            " patient care. does any of that count for anything when i apply to"
                            " nursing school or get hired after?")
    assert not state.insider
    reply = results[-1].reply
    assert "delegating" not in reply and "budget" not in reply, reply
    assert reply.startswith("Four years as an EMT gives you something real to build on"), reply
    assert not any("20-second summary" in tip for tip in results[-1].coaching)
    roles = bank.insider_roles  # moving on within the work still counts as inside it
    assert is_insider("i'm an RN, 15 yrs on med-surg, thinking about nurse management", roles)
    assert is_insider("I'm a nurse and I want to become a nurse practitioner", roles)
    assert not is_insider("im an HCA, want to train as a nurse", roles)


def test_years_told_after_im_name_the_post_alone() -> None:
    """"so im a nurse for 3 yrs" was said back as "3 years as an im a nurse"."""
    from bot.features.practice.background import years_of
    assert years_of("so im a nurse for 3 yrs") == "3 years as a nurse"
    assert years_of("ok im an emt for 3 yrs") == "3 years as an EMT"
    assert years_of("hi! im priya, chem teacher for 7 yrs") == "7 years as a chem teacher"
    # the years of a career, not of being retired: had been "20 years as a retired Army major"
    assert years_of("Good evening Gabriel, thanks for making the time. Retired Army major, 20 "
                    "yrs in logistics, ran a 60-person supply company.") == "20 years in logistics"


def test_a_creator_telling_her_numbers_has_told_her_background(banks: dict[str, Bank]) -> None:
    """"so im jade, 22, from manchester n i do content on insta, got like 30k followers" was
    met with a plain hello, and her next question with "Give a 20-second summary of your
    background first"."""
    bank = banks["marketing"]
    state, results = _turns(bank, "sofia", "heyyy sofia!! thank u sm for this so im jade, 22, from"
                            " manchester n i do content on insta, got like 30k followers rn lol."
                            " tryna get into social media marketing properly tho",
                            "ok so first thing ngl does my own insta actually count as"
                            " experience?? like would a brand take it seriously")
    assert state.told_background and results[0].reply.startswith("Thanks for the background")
    assert not any("20-second summary" in tip for tip in results[-1].coaching)


def test_a_postdoc_asking_about_a_bootcamp_hears_about_bootcamps(banks: dict[str, Bank]) -> None:
    """A chemistry postdoc's introduction ("I completed my PhD…") got a plain hello; "do you
    think a bootcamp would add anything meaningful…?" got "did you mean … what do you enjoy
    most about your work?" ("meaningful"), and "do I need to complete a bootcamp before
    applying…?" got how CVs are screened."""
    bank = banks["data_analytics"]
    state, results = _turns(
        bank, "lena", "Good evening, Lena. By way of brief introduction: I completed my PhD in"
        " physical chemistry and have spent the past three years as a postdoctoral researcher.",
        "Several colleagues have suggested I enrol in a data science bootcamp before applying."
        " Given my background, do you think a bootcamp would add anything meaningful, or would"
        " my time be better spent elsewhere?")
    assert state.told_background and "three years as a postdoctoral" in results[0].reply.lower()
    assert results[1].question_id == "data-certificates", results[1]
    from tests.features.practice.support import first_turn
    assert first_turn(bank, "lena", "do I need to complete a bootcamp before applying for data"
                      " science roles?").question_id == "data-certificates"


def test_a_post_and_its_years_after_a_name_are_heard_in_the_hello(banks: dict[str, Bank]) -> None:
    """"Bonjour Daniel… I am Aïcha, graphic designer for 7 years at a branding agency in Paris"
    got a plain "Happy to help": the years were read, but only a sentence with "I'm a …" was
    taken as a background told."""
    state, results = _turns(banks["ux_design"], "daniel", "Bonjour Daniel, thank you for your"
                            " time! I am Aïcha, graphic designer for 7 years at a branding agency"
                            " in Paris, and I would like to move into UX.")
    assert "seven years as a graphic designer" in results[0].reply.lower(), results[0].reply
    state, results = _turns(banks["ux_design"], "daniel", "Hi Daniel, thanks for your time!")
    assert "years as" not in results[0].reply  # nothing told, nothing said


@pytest.mark.parametrize(("told", "insider"), [
    ("Let me briefly introduce myself: I have worked for five years as a museum educator at a "
     "natural history museum in Berlin, where I run school workshops for children aged 8 to 12."
     " I have a master's in biology, but no teaching qualification.", False),
    ("I'm not a teacher, I work in a museum", False),
    ("I have no formal teaching qualification but I have taught English abroad for 3 years",
     True),
    ("I teach year 5 in Bristol", True),
])
def test_work_said_not_to_be_theirs_is_no_insider(banks: dict[str, Bank], told: str,
                                                  insider: bool) -> None:
    """A museum educator with "no teaching qualification" heard the answers for a serving
    teacher ("With years in the classroom you know how a school day really goes… What stops
    good teachers is leading adults")."""
    assert is_insider(told, banks["education"].insider_roles) is insider


@pytest.mark.parametrize(("asked", "past_entry"), [
    ("what does an FP&A manager earn in the North West?", True),
    ("im making around 85k rn as a senior csm. what does a first pm role pay roughly", False),
    ("what does a junior analyst make?", False),
    ("what does a senior PM earn?", True),
])
def test_pay_past_the_first_rung_is_what_the_post_asked_for_is(asked: str,
                                                              past_entry: bool) -> None:
    """A senior customer success manager asking what "a first pm role" pays had heard the
    figures for "someone already in product"."""
    from bot.features.practice.insider import asks_past_entry
    assert asks_past_entry(asked) is past_entry
