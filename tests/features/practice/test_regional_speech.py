"""What testers typed in their own voices (Irish, phone shorthand, chat about the weather) and
what they had got: each reply here is what a real contact would have said."""

from __future__ import annotations

import pytest

from bot.banks.model import Bank
from tests.features.practice.support import midway_turns

_turns = midway_turns  # a meeting a few questions in, then the texts: the reply to each


@pytest.mark.parametrize(("field", "text", "expected"), [
    # "is it true … super hard to get" had got nothing ("super" read as a topic word)
    ("product_management", "is it true pm jobs are super hard to get rn", "is-it-hard-to-get-in"),
    # "d'ya" and "ye" are "do you" and "you"; the first had got "outside what I see"
    ("marketing", "hiya sofia thanks a mil for this! so how d'ya end up in marketing yourself?",
     "how-got-started"),
    # events marketing is a kind of marketing, not the events a newcomer should go to
    ("marketing", "do ye do events marketing at all or is that a totally different job?",
     "marketing-specialisms"),
    # each had got "outside what I see" from a contact who does it
    ("nonprofit_public", "how did you learn to write grants?", "grant-writing"),
    ("finance", "coming from audit, how do people usually move into FP&A?",
     "career-switch-finance"),
    ("finance", "when you hire, do you give candidates an excel test?",
     "technical-interview-prep"),
])
def test_questions_in_regional_and_phone_speech_get_their_answer(
        banks: dict[str, Bank], field: str, text: str, expected: str) -> None:
    assert _turns(banks[field], banks[field].personas[0].id, text)[0].question_id == expected


@pytest.mark.parametrize("text", [
    "hey cheers for this mate. so hw did u get into coding in the first place",
    "def the coding haha. hw did u get into coding",
])
def test_hw_for_how_is_a_question_not_thanks_or_chat(banks: dict[str, Bank], text: str) -> None:
    """Had got "You're very welcome… what would you like to know?" and "Ha, quite!"."""
    result = _turns(banks["software_engineering"], "tomas", text)[0]
    assert result.question_id == "how-got-started"


@pytest.mark.parametrize("text", [
    "hiya keisha! hows LA, is it roasting? its lashing rain here in dublin lol",
    "how is the site visit schedule treating you this week?",
    "so drizzly here today, hope its nicer where u are",
    "is it pouring there too?",
])
def test_weather_and_the_week_are_chat_not_a_question_outside_their_work(
        banks: dict[str, Bank], text: str) -> None:
    result = _turns(banks["marketing"], "keisha", text)[0]
    assert result.kind in ("greeting", "small_talk")
    assert "outside what I see" not in result.reply


@pytest.mark.parametrize(("field", "text"), [
    ("healthcare", "is it freezing to work outside in the winter as a nurse?"),
    ("software_engineering", "is it worth pouring money into a bootcamp or can i teach myself?"),
])
def test_the_weather_in_a_work_question_is_still_a_question(
        banks: dict[str, Bank], field: str, text: str) -> None:
    """Words that are weather only in context ("pouring") do not make a question chat."""
    result = _turns(banks[field], banks[field].personas[0].id, text)[0]
    assert result.kind not in ("greeting", "small_talk")


def test_paid_work_to_show_is_not_a_question_about_pay(banks: dict[str, Bank]) -> None:
    """"…2k to 9k followers … or do i need proper paid stuff?" had got the salary answer."""
    result = _turns(banks["marketing"], "keisha",
                    "i run the insta for the hotel i work in, we went from like 2k to 9k "
                    "followers in a year. would that be enough to show in an interview or do i "
                    "need proper paid stuff?")[0]
    assert result.question_id != "marketing-pay"
    assert not any(w in result.reply for w in ("Pay depends", "dollars", "salary survey"))


def test_keeping_in_touch_as_a_goodbye_is_a_yes_and_a_goodbye(banks: dict[str, Bank]) -> None:
    """Had got "I'd rather not give you a half-right answer", then the clock ran out and the
    scorecard said they had not thanked them."""
    result = _turns(banks["product_management"], "derek",
                    "That's really useful, thank you. I know we're almost out of time, so I'll "
                    "let you go. Thank you so much for your advice, Derek. Would it be alright "
                    "if I kept in touch?")[0]
    assert result.reply.startswith("Of course, please do.")
    assert result.ended and result.kind == "closing"
    assert "Drop me a line" not in result.reply  # the goodbye says it; not said twice


@pytest.mark.parametrize(("answer", "named"), [
    # "Specifics: 'Mt'", and a colleague named with a title counted as no specifics at all
    ("I volunteered with groups like Mt. Carmel Veterans Service Center.",
     "Mt. Carmel Veterans Service Center"),
    ("A former colleague from my lab, Dr. Mehta, suggested I reach out to you.", "Dr. Mehta"),
    ("I worked at St. Jude for years.", "St. Jude"),
])
def test_a_name_with_an_abbreviation_is_one_specific(answer: str, named: str) -> None:
    from bot.features.practice.answers import find_specifics

    assert named in find_specifics(answer)


def test_an_organisation_after_mt_is_named_whole(banks: dict[str, Bank]) -> None:
    """Had got "I don't know Mt from the inside"."""
    from bot.features.practice.elsewhere import named_elsewhere

    question = "What is it like to work at Mt. Carmel, do they hire program managers?"
    assert named_elsewhere(question, question, banks["nonprofit_public"]) == "Mt. Carmel"


def test_a_city_the_contact_mentioned_is_not_someone_to_be_introduced_to(
        banks: dict[str, Bank]) -> None:
    """"…or would I realistically need to look at London or remote roles?" had got "London
    should tell you that one… Would you like me to introduce you?"."""
    from bot.features.practice.elsewhere import named_colleague

    said = ["London is where most agency roles are, though plenty of teams hire remotely."]
    question = ("Are there many UX jobs around Birmingham, or would I realistically need to "
                "look at London or remote roles? Is London, from what you see, the only option?")
    assert named_colleague(question, said, banks["ux_design"]) is None
    assert named_colleague("how did Femi get into design? could i talk to her?",
                           ["Femi joined us at 40 from teaching."], banks["ux_design"]) == "Femi"


@pytest.mark.parametrize(("typed", "field"), [
    ("I'd like to move into UX design, please.", "UX design"),
    ("Exploring equity research or corporate finance pls", "equity research or corporate finance"),
    ("data science thanks", "data science"),
    ("marketing please, social media or events ideally", "marketing, social media or events"),
    ("yes please", "yes please"),  # a reply, asked about as one: not the field "yes"
])
def test_a_polite_word_is_no_part_of_the_field(typed: str, field: str) -> None:
    from bot.features.profile.onboarding import field_typed

    assert field_typed(typed) == field


def test_you_guys_is_the_team_not_men_in_the_work(banks: dict[str, Bank]) -> None:
    """"do u guys chart in epic?" had got how many nurses are men."""
    result = _turns(banks["healthcare"], "dana", "oh ok a residency sounds nice. do u guys chart "
                    "in epic? ive never used anything like that, only the POS at work lol")[0]
    assert result.question_id == "healthcare-systems"


@pytest.mark.parametrize(("field", "persona", "text", "expected"), [
    ("software_engineering", "priya", "wat kinda projects shud i build so i stand out",
     "portfolio-projects"),
    ("software_engineering", "priya", "i work at an amazon warehouse rn, shud i try n move into "
     "tech inside amazon or is that not really a thing", "internal-move"),
    # "hotel experience counts": her background, as "my hospitality experience" was
    ("marketing", "sofia", "im a receptionist in a hotel in dublin, 6 yrs now, and i do all the "
     "wedding fairs and our insta page on the side. d'ya think hotel experience counts for "
     "anything in marketing or would they laugh at me", "assess-my-background"),
])
def test_phone_typed_questions_testers_asked(banks: dict[str, Bank], field: str, persona: str,
                                             text: str, expected: str) -> None:
    assert _turns(banks[field], persona, text)[0].question_id == expected


@pytest.mark.parametrize(("text", "expected"), [
    # "the cardiac unit" had made it "I can only tell you what I see myself: Cardiac units…"
    ("what does a normal shift look like for u on the cardiac unit?", "typical-day"),
    # from a nurse manager who started as a CNA: "beyond what I deal with"
    ("got it. would u recommend doing CNA first? like to get my foot in the door",
     "hca-first-step"),
    # had got what a new graduate nurse earns
    ("how do people pay the bills during nursing school?", "student-funding"),
])
def test_a_nurse_manager_answers_from_her_own_path(banks: dict[str, Bank], text: str,
                                                   expected: str) -> None:
    assert _turns(banks["healthcare"], "dana", text)[0].question_id == expected


def test_a_figure_is_said_back_without_the_chat_like(banks: dict[str, Bank]) -> None:
    """"You went from like 2k to 9k followers in a year?" read as a contact would not say it."""
    from bot.features.practice.acknowledge import _tidied

    assert _tidied("i went from like 2k to 9k followers in a year") == \
        "I went from 2k to 9k followers in a year"
    assert _tidied("i like 3 kinds of tea") == "I like 3 kinds of tea"  # a verb stays


def test_the_weather_gets_a_word_on_the_weather() -> None:
    from bot.features.practice.chat import small_talk

    reply = small_talk("hiya keisha! hows LA, is it roasting? its lashing rain here in dublin",
                       0)
    assert "weather" in reply or "moments" in reply
    drizzle = small_talk("so drizzly here today, hope its nicer where u are", 0)
    assert "weather" in drizzle or "moments" in drizzle  # one list of weather words for all
    assert "Right," not in small_talk("how's your week going?", 1)  # said by US contacts too


def test_a_line_of_their_own_after_what_i_see_reads_as_its_own_sentence(
        banks: dict[str, Bank]) -> None:
    """"I can only tell you what I see myself: Cardiac units see…" had a capital after a colon."""
    from bot.features.practice.replies import off_bank

    bank = banks["healthcare"]
    dana = next(p for p in bank.personas if p.id == "dana")
    said = ["Cardiac units see a lot of codes, and sometimes we lose a patient we've cared for."]
    reply = off_bank("do cardiac units see a lot of codes?", dana, said)
    assert reply.startswith("I can only tell you what I see myself. Cardiac units see")


@pytest.mark.parametrize(("said", "aiming"), [
    # the contact asked "What kind of role are you aiming for?" right after this
    ("I want to run programs that serve veterans, either at a nonprofit or in local government.",
     True),
    ("I hope to run programmes at a veterans charity", True),
    ("I run programs at my church", False),  # what they do now, not what they are after
])
def test_a_role_said_as_the_work_to_run_counts_as_the_role_aimed_for(said: str,
                                                                     aiming: bool) -> None:
    from bot.features.practice.covered import covered

    assert covered("role-aiming-for", said) is aiming


@pytest.mark.parametrize("thanks", ["ta again!", "cheers ben, proper helpful that",
                                    "cheers for this, really"])
def test_british_thanks_count_as_thanks(banks: dict[str, Bank], thanks: str) -> None:
    """"cheers for this", "cheers ben, proper helpful that" and "ta again!" had scored
    "❌ Thanked them"."""
    from bot.features.practice.matcher import Matcher
    from bot.features.practice.you_ask import start_you_ask, you_ask_turn
    from tests.features.practice.support import NOW

    bank = banks["education"]
    matcher, state = Matcher.for_bank(bank), start_you_ask(bank, 20, NOW, "ben")
    state.asked, state.elapsed = ["typical-day", "how-got-started"], 19.0
    state, _ = you_ask_turn(state, bank, matcher, "what do you like most about it?", NOW)
    state, last = you_ask_turn(state, bank, matcher, thanks, NOW)
    assert state.thanked, last


def test_how_far_is_nigerian_hello_and_their_day_gets_chat(banks: dict[str, Bank]) -> None:
    """"how far arjun, thanks for this abeg. how was ur day so far" had got "I honestly don't
    know": "how far" had been read as a question of its own."""
    from tests.features.practice.support import first_turn
    result = first_turn(banks["finance"], "arjun",
                        "how far arjun, thanks for this abeg. how was ur day so far")
    assert result.question_id is None and "don't know" not in result.reply
    assert result.reply.startswith(("Good, thanks", "Not bad at all"))
    # how far something is, is still a question
    assert _turns(banks["finance"], "arjun", "how far along were you when you got promoted?"
                  )[0].question_id == "keys-to-advancement"


def test_pidgin_dey_and_wey_are_read(banks: dict[str, Bank]) -> None:
    """"so when u dey hire PM, how u dey judge product sense for someone wey never hold PM
    title before?" got "I honestly don't know"; in plain English it got a good answer."""
    from tests.features.practice.support import first_turn
    result = first_turn(banks["product_management"], "hannah", "so when u dey hire PM, how u dey "
                        "judge product sense for someone wey never hold PM title before?")
    assert "don't know" not in result.reply and "product sense" in result.reply


@pytest.mark.parametrize("text", ["abeg which PM certification dey worth it, PSPO or AIPMM CPM?",
                                  "Do I need a PMP or CSPO to become a product manager?"])
def test_certifications_named_by_their_letters_are_certifications(banks: dict[str, Bank],
                                                                  text: str) -> None:
    """Asked about PSPO or AIPMM CPM, the contact said "I did a history degree, no MBA"; asked
    about a PMP or CSPO, it gave the way to a senior PM's promotion."""
    from tests.features.practice.support import first_turn
    assert first_turn(banks["product_management"], "hannah", text).question_id == \
        "pm-certifications"


def test_wetin_is_what(banks: dict[str, Bank]) -> None:
    """"wetin be ur day to day like" had got "Ha, that's one for another time"."""
    assert _turns(banks["finance"], "arjun", "wetin be ur day to day like")[0].question_id \
        == "typical-day"


@pytest.mark.parametrize(("field", "persona", "text"), [
    ("data_analytics", "carlos", "Hi Carlos, thank you so much for making the time, I really "
     "appreciate it. How was the sprint review?"),
    ("finance", "rosa", "hi rosa! how did the quarter close go?"),
])
def test_asking_after_what_their_greeting_mentioned_is_chat(
        banks: dict[str, Bank], field: str, persona: str, text: str) -> None:
    """The contact had said "we just wrapped our sprint review"; asked how it went, they had
    said "That one's beyond what I deal with"."""
    from tests.features.practice.support import first_turn
    result = first_turn(banks[field], persona, text)
    assert result.question_id is None and "beyond" not in result.reply
    assert "what would you like" in result.reply


def test_how_was_something_they_never_mentioned_is_still_a_question(banks: dict[str, Bank]
                                                                     ) -> None:
    from tests.features.practice.support import first_turn
    assert first_turn(banks["data_analytics"], "carlos", "how was the interview process when "
                      "you joined?").question_id is not None


def test_background_in_phone_shorthand_is_taken_as_told(banks: dict[str, Bank]) -> None:
    """"22 yrs army, logistics sgt, retired last yr" had got "Happy to help", and later
    "Tell me what you do now" and a tip to give a summary of the background first."""
    from bot.features.practice.background import tells_background
    from tests.features.practice.support import first_turn
    bank = banks["nonprofit_public"]
    opening = first_turn(bank, "gabriel", "hey. 22 yrs army, logistics sgt, retired last yr. "
                         "trying to figure out program mgmt")
    assert "background" in opening.reply, opening.reply
    assert tells_background("15 years HR, mostly recruiting")
    assert tells_background("My fifteen years in HR: recruiting, benefits, turnover reports.")
    assert not tells_background("5 years ago i started") and not tells_background(
        "2 years to get hired?")


def test_teaching_yourself_is_no_work_to_say_back(banks: dict[str, Bank]) -> None:
    """"I've been managing a clothing store … for about six years, and I've been teaching
    myself UX in the evenings" had been said back as "Six years of teaching myself UX gives
    you something real to build on": her words, with her "myself", and the wrong six years."""
    from bot.features.practice.background import background_of
    from tests.features.practice.support import first_turn
    text = ("A bit about me: I've been managing a clothing store in Toronto for about six "
            "years, and I've been teaching myself UX in the evenings. How did you make the "
            "switch yourself?")
    assert "myself" not in background_of(text)
    assert "myself" not in first_turn(banks["ux_design"], "nia", text).reply
    assert background_of("I've been doing payroll at a hospital for 8 years") == \
        "8 years of payroll"


@pytest.mark.parametrize(("field", "persona", "text", "first"), [
    # "anyone you know in audit" had got two names as if they were what was asked
    ("finance", "arjun", "is there anyone you know in audit i could talk to?",
     "I don't know anyone in audit"),
    # "research" had got "Nobody in research comes to mind" from a contact whose friend is a
    # UX researcher
    ("ux_design", "nia", "do you know anyone in research i could talk to?", "My friend Hana"),
    # "someone for audit": her audit colleague first
    ("finance", "grace", "who else u think i fit talk to? maybe someone for audit",
     "My former audit colleague Nadia"),
    # where they moved to is the contact's own work: "PM" had matched a PM moved from data
    ("product_management", "mei", "do you know someone who moved from support into PM that i "
     "could talk to?", "I don't know anyone who made the move from support to PM"),
    # asked with no "is there" or "do you know": had got "outside what I see day to day"
    ("ux_design", "nia", "anyone who switched from teaching to UX i could chat with?",
     "I don't know anyone who made the move from teaching to UX"),
])
def test_the_kind_of_person_asked_for_is_heard(banks: dict[str, Bank], field: str, persona: str,
                                              text: str, first: str) -> None:
    from tests.features.practice.support import first_turn
    reply = first_turn(banks[field], persona, text).reply
    assert reply.startswith(first), reply


def test_pidgin_time_is_nearly_up_offers_to_wrap_up(banks: dict[str, Bank]) -> None:
    """"i know say time don near finish. thank u so much grace" had scored "❌ Offered to wrap
    up on time"."""
    from bot.features.practice.understand import read_message
    reading = read_message("i know say time don near finish. thank u so much grace, e really "
                           "help me. i go keep in touch")
    assert reading.wrap and reading.thanks


def test_does_that_experience_count_after_a_background_is_the_background_question(
        banks: dict[str, Bank]) -> None:
    """After "My fifteen years in HR: … a lot of Excel.", "Does that experience count for
    anything in analytics?" had got the answer on whether Excel still matters."""
    from tests.features.practice.support import first_turn
    result = first_turn(banks["data_analytics"], "carlos", "My fifteen years in HR: recruiting, "
                        "benefits, turnover reports, a lot of Excel. Does that experience count "
                        "for anything in analytics, or will I be starting from zero?")
    assert result.question_id == "assess-my-background", result.reply


def test_i_lecture_in_is_background_told() -> None:
    """"I lecture in public health at a university in Lagos" in the first message had later got
    "Tell me what you do now" and a tip to summarise a background already given."""
    from bot.features.practice.background import tells_background
    assert tells_background("I lecture in public health at a university in Lagos and I am "
                            "considering a move into practice administration.")
    assert tells_background("I teach at a high school in Leeds.")
    assert not tells_background("how do i teach in the uk?")


@pytest.mark.parametrize("text", ["Would you look on my CV some time?",
                                  "Would you have a look through my portfolio?",
                                  # a thing of their own that is no CV: had got "beyond what I
                                  # deal with"
                                  "Would you be willing to look over a short brand proposal "
                                  "if I wrote one in the next few weeks?",
                                  "could you have a look at a draft of my personal statement?"])
def test_a_look_asked_for_with_another_preposition_is_a_favour(banks: dict[str, Bank],
                                                               text: str) -> None:
    """"Would you look on my CV" (German English) had got how applications are screened, and a
    yes/no tip."""
    result = _turns(banks["product_management"], "mei", text)[0]
    assert result.kind == "favour_later" and "honest notes" in result.reply, result
    assert not result.coaching


def test_chat_shorthand_for_with_and_without_and_a_fresher_are_read() -> None:
    """"wat do backend teams look for in a fresher w/o cs degree??" lost "without" (read as
    "o") and "fresher", Indian English for a new graduate, was no word at all."""
    from bot.features.practice.terms import normalise, terms_of
    said = normalise("wat do backend teams actually look for in a fresher w/o cs degree??")
    assert "new graduate without" in said and "o" not in said.split()
    assert "newstarter" in terms_of(said)
    assert normalise("a grad w/ python") == "a grad with python"
    assert "with" not in normalise("and/or")


def test_a_question_leaning_on_the_two_just_named_is_read_with_them(
        banks: dict[str, Bank]) -> None:
    """"…SQL or cloud platforms… Which of the two should I learn first, and roughly how good at
    SQL does a new data scientist need to be on day one?" got "beyond what I deal with": "day
    one" was read as pointing back, like "that one", and the SQL question lost."""
    from bot.features.practice.leaning import leans_on_context
    assert leans_on_context("how good at SQL does a new data scientist need to be on day one")\
        == ""
    assert leans_on_context("Which of the two should I learn first") == "points"
    assert leans_on_context("which one should i learn first") == "points"
    from bot.features.practice.matcher import Matcher
    from bot.features.practice.you_ask import start_you_ask, you_ask_turn
    from tests.features.practice.support import NOW
    bank = banks["data_analytics"]
    state = start_you_ask(bank, 30, NOW, "lena")
    _, result = you_ask_turn(state, bank, Matcher.for_bank(bank), "We were on skills. I have "
                             "almost no experience with SQL or with cloud platforms, since in "
                             "academia our data sits in CSV files on a shared server. Which of "
                             "the two should I learn first, and roughly how good at SQL does a "
                             "new data scientist need to be on day one?", NOW)
    assert result.question_id in ("sql-level", "tools-learn-first"), result
