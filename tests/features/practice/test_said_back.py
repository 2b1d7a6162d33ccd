"""What the contact says back of the user's own words, and the small moves around it, as six
testers (a Lisbon accountant, an Army staff sergeant, a chemistry teacher with a PhD, a Lagos
support lead, a Toronto student, a Chicago paralegal) met them: said back as a person would
say it, never garbled."""

from __future__ import annotations

import pytest

from bot.banks.model import Bank
from bot.features.practice.acknowledge import acknowledge_answer
from bot.features.practice.background import background_of, tells_background
from bot.features.practice.listening import as_sentence
from tests.features.practice.support import first_turn, midway_turns


@pytest.mark.parametrize(("text", "told"), [
    # written in a second language: "I am junior accountant" had been no background at all,
    # so the contact asked for one the user had just given
    ("So a bit about me, I am junior accountant in Lisbon, 2 years in a mid-size audit firm.",
     "2 years as a junior accountant"),
    ("i am engineer by training", "your work as an engineer"),
    ("I am not engineer", ""), ("I'm the only analyst", ""), ("I am very nervous", ""),
    # "Fifteen years in retail gives you something real": banking cut off as if a gerund
    ("So I've spent fifteen years in retail banking - managing a team of twelve at a branch.",
     "15 years in retail banking"),
    ("I've spent 5 years in retail working nights", "5 years in retail"),
])
def test_a_post_told_without_its_article_is_a_background(text: str, told: str) -> None:
    assert background_of(text) == told
    assert tells_background(text) is bool(told)


def test_the_background_told_without_an_article_is_not_asked_for_again(
        banks: dict[str, Bank]) -> None:
    """"Do you think my accounting experience counts for something?" after "I am junior
    accountant in Lisbon, 2 years…" got "If you've worked in customer service… Tell me about
    your current work"."""
    result = midway_turns(
        banks["data_analytics"], "marcus",
        "So a bit about me, I am junior accountant in Lisbon, 2 years in a mid-size audit firm. "
        "Do you think my accounting experience counts for something?")[0]
    assert result.question_id == "assess-my-background"
    assert "junior accountant" in result.reply and "If you've worked in" not in result.reply


@pytest.mark.parametrize(("typed", "said"), [
    ("a Excel macro", "An Excel macro"), ("a app for the team", "An app for the team"),
    ("a unpaid internship", "An unpaid internship"), ("a university project",
                                                      "A university project"),
    ("a European client", "A European client"), ("a one-off report", "A one-off report"),
    ("a 12 week course", "A 12 week course"), ("3 year at a bank", "Three years at a bank"),
])
def test_a_detail_is_said_back_with_the_article_a_person_would_use(typed: str,
                                                                     said: str) -> None:
    assert as_sentence(typed) == said


def test_two_things_done_are_quoted_together() -> None:
    """"My PhD was mostly designing and analysing experiments" was quoted as "My PhD was mostly
    designing", which told a chemist to claim design work."""
    replies = {acknowledge_answer("Honestly the research side. My PhD was mostly designing and "
                                  "analysing experiments.", seed) for seed in range(4)}
    assert all("analysing experiments" in r for r in replies), replies
    assert not any("designing\u201d" in r for r in replies)


def test_what_the_user_has_is_said_back_as_a_statement_not_doubted() -> None:
    """"You have a BA in political science from 1996? That's worth leading with" read as
    disbelief."""
    replies = {acknowledge_answer("Yes, I have a BA in political science from 1996.", seed)
               for seed in range(6)}
    assert not any("?" in r for r in replies), replies


@pytest.mark.parametrize("hello", ["hi mei, how far? thanks for making time o",
                                   "how far mei? hope ur week dey go well"])
def test_how_far_with_a_question_mark_is_still_hello(banks: dict[str, Bank], hello: str) -> None:
    """"hi mei, how far? thanks for making time o…" got "I'm not close enough to that"."""
    result = first_turn(banks["product_management"], "mei", hello)
    assert result.question_id is None and "close enough" not in result.reply
    assert "what would you like to know" in result.reply.lower()


def test_saying_bye_early_ends_the_meeting(banks: dict[str, Bank]) -> None:
    """"no that's all from me, bye!" got "No rush at all: we've still got about 16 minutes"."""
    result = midway_turns(banks["product_management"], "mei", "no that's all from me, bye!")[0]
    assert result.ended and "No rush" not in result.reply
    # an offer to wrap up with time to spare still hears that there is time
    result = midway_turns(banks["product_management"], "mei", "I know you're busy, so I can "
                          "wrap up whenever suits you")[0]
    assert not result.ended


def test_a_hypothetical_look_at_a_resume_is_no_favour(banks: dict[str, Bank]) -> None:
    """"…which one would u weigh more if u were looking at a resume" got "Of course: send me
    your resume and I'll give you honest notes", and the question went unasked."""
    result = first_turn(banks["software_engineering"], "", "hm ok but like between an "
                        "internship and a side project which one would u weigh more if u were "
                        "looking at a resume")
    assert result.kind != "favour_later" and "send me your resume" not in result.reply
    assert "not sure how to answer" not in result.reply  # read as a question, with no "?"
    assert first_turn(banks["software_engineering"], "", "could you look at my resume "
                      "sometime?").kind == "favour_later"


def test_a_question_answered_on_another_topic_is_not_suggested_as_unasked(
        banks: dict[str, Bank]) -> None:
    """The scorecard's "worth asking next time" named the question the user had asked in words
    the contact took for another: the next-best reading of an answered message was asked."""
    from bot.features.practice.matcher import Matcher
    from bot.features.practice.you_ask import start_you_ask, you_ask_turn
    from tests.features.practice.test_you_ask import NOW
    bank = banks["software_engineering"]
    matcher = Matcher.for_bank(bank)
    text = "what matters more, internships or projects?"
    match = matcher.match(text)
    assert match.confident and match.runner_up
    state = start_you_ask(bank, 20, NOW, "priya")
    state = you_ask_turn(state, bank, matcher, text, NOW)[0]
    assert match.runner_up in state.near


@pytest.mark.parametrize(("answer", "fillers"), [
    ("i have a couple side projects, like a discord bot for my dorm", {}),  # such as
    ("so like, i was nervous the whole time", {"like": 1}),
    # what something was like, before a comma: had counted as a filler
    ("I'd love to know what your first year as an operations manager looked like, and would "
     "you be willing to look over my CV?", {}),
])
def test_like_before_an_example_is_no_filler(answer: str, fillers: dict[str, int]) -> None:
    from bot.features.practice.answers import count_fillers
    assert count_fillers(answer) == fillers


@pytest.mark.parametrize(("answer", "found"), [
    ("Got 3 kids, wife is a teacher.", ["3 kids"]),  # not also "Got 3"
    ("i don talk with 2 PMs", ["2"]),  # a count of people in capitals is a figure
])
def test_specifics_are_what_a_listener_would_repeat(answer: str, found: list[str]) -> None:
    from bot.features.practice.answers import find_specifics
    assert find_specifics(answer) == found


def test_a_school_named_is_no_employer(banks: dict[str, Bank]) -> None:
    """"…whether Loyola's or DePaul's accelerated program here in Chicago is better?" got "I
    only know my own employer from the inside, and pay, perks and interviews differ"."""
    result = first_turn(banks["healthcare"], "dana", "do you happen to know whether Loyola's or "
                        "DePaul's accelerated program here in Chicago is better?")
    assert "employer" not in result.reply and "can't rank Loyola" in result.reply
    assert "graduates" in result.reply
    result = first_turn(banks["healthcare"], "dana", "What's it like working at Northwestern "
                        "Medicine?")
    assert "Northwestern Medicine" in result.reply and "rank" not in result.reply


@pytest.mark.parametrize(("answer", "flagged"), [
    ("Last 3 as battalion S4 NCOIC, before that platoon sergeant and NTC rotations.",
     ["S4", "NCOIC", "NTC"]),
    ("I used SQL and Power BI at the NHS, mostly on KPIs.", []),  # known to any professional
    ("I passed the NCLEX and worked in the ICU", []),  # one insider word is a name to ask about
    ("Battalion S4 (the supply office), as NCOIC", []),  # explained as it is said
    ("I am SO excited, I LOVE this work", []),  # capitals for stress
])
def test_insider_acronyms_are_found(answer: str, flagged: list[str]) -> None:
    from bot.features.practice.jargon import unexplained_acronyms
    assert unexplained_acronyms(answer) == flagged


def test_a_soldiers_acronyms_get_a_plain_words_note(banks: dict[str, Bank]) -> None:
    """"Last 3 as battalion S4 NCOIC" drew no note, and "NTC" was praised as a specific: a
    veterans' coach flags every one for a civilian listener."""
    from bot.features.practice.they_ask import start_they_ask, they_ask_turn
    from tests.features.practice.support import NOW
    bank = banks["nonprofit_public"]
    state = start_they_ask(bank, NOW, count=4, seed=3)
    answer = ("I'm leaving the Army after 14 years. Last 3 as battalion S4 NCOIC, running supply "
              "for 600 soldiers, before that platoon sergeant with two NTC rotations. I want to "
              "run programs for veterans at a nonprofit, because I've seen what good ones do.")
    _, fb = they_ask_turn(state, bank, answer, NOW)
    note = next(n for n in fb.notes if n.startswith("Jargon"))
    assert "S4, NCOIC and NTC" in note and "plain words" in note
    _, fb = they_ask_turn(start_they_ask(bank, NOW, count=4, seed=3), bank, answer.replace(
        "battalion S4 NCOIC", "the battalion's supply sergeant").replace("two NTC rotations",
                                                                        "two training rotations"),
        NOW)
    assert not any(n.startswith("Jargon") for n in fb.notes)


def test_letting_them_go_with_thanks_closes_even_with_chat_in_it(banks: dict[str, Bank]) -> None:
    """"That's a brilliant idea, I'll do that over half term … I can see we're nearly at time,
    so I'll let you go. Thank you so much, Daniel" got "Ha, quite! Carry on, what's next?"."""
    results = midway_turns(banks["ux_design"], "daniel", "That's a brilliant idea, I'll do that "
                           "over half term and send it to you. I can see we're nearly at time, "
                           "so I'll let you go. Thank you so much, Daniel, this has been really "
                           "helpful.")
    assert results[0].ended and "Carry on" not in results[0].reply
    # half term on its own is still chat
    assert not midway_turns(banks["ux_design"], "daniel", "Off for half term next week, "
                            "thankfully!")[0].ended


def test_a_question_pointing_back_keeps_its_own_topic_when_the_context_agrees(
        banks: dict[str, Bank]) -> None:
    """"I'm 50. Is that too old to start nursing school? Would hospitals even hire a new grad
    my age?" got the new-graduate residency: read with "I'm 50" the first question was only
    less sure of the same answer, so the second one was answered instead."""
    result = first_turn(banks["healthcare"], "dana", "I have to ask, and I hope this isn't a "
                        "silly question: I'm 50. Is that too old to start nursing school? Would "
                        "hospitals even hire a new grad my age?")
    assert result.question_id == "nursing-later-in-life"
    # a question that says no topic of its own still leans on what was said before
    result = first_turn(banks["nonprofit_public"], "owen", "I'm thinking about the civil "
                        "service fast stream in the UK. Is it worth it?")
    assert result.question_id != "do-you-like-job"


def test_a_result_is_said_back_with_its_own_figures(banks: dict[str, Bank]) -> None:
    """"…I did 5 user interviews … activation went up from 40 to 55%" was said back as
    "Activation went up from 40 to 5": the 5 of the interviews, found inside "55%"."""
    from bot.features.practice.they_ask import start_they_ask, they_ask_turn
    from tests.features.practice.support import NOW
    bank = banks["product_management"]
    state = start_they_ask(bank, NOW, count=4, seed=1)
    _, fb = they_ask_turn(state, bank, "I'm Lena, a frontend developer for 2 years in Berlin. "
                          "Last quarter I did 5 user interviews on my own and we redesigned the "
                          "onboarding, activation went up from 40 to 55%. Now I want to move "
                          "into product management.", NOW)
    assert "from 40 to 55%" in fb.reaction and "40 to 5:" not in fb.reaction


@pytest.mark.parametrize(("said", "named"), [
    ("A former colleague, Dr. Achieng Otieno, suggested I speak with you.",
     "a former colleague, Dr. Achieng Otieno"),
    ("My old boss Sarah Lee told me about you", "your old boss Sarah Lee"),
])
def test_who_led_them_is_named_with_their_title(said: str, named: str) -> None:
    """"Through a former colleague, Dr, lovely: say hello from me." cut the name at "Dr."."""
    from bot.features.practice.acknowledge import found_me
    assert all(named in found_me(said, seed) for seed in range(3))


def test_introducing_oneself_as_myself_is_no_detail() -> None:
    """"Myself Rahul Sharma, final year BCom…" got "Myself Rahul Sharma: that's a useful
    detail."."""
    from bot.features.practice.answers import find_specifics
    assert not any("Rahul" in s for s in find_specifics(
        "Myself Rahul Sharma, final year BCom student in Mumbai with an 8.2 CGPA."))


def test_household_acronyms_are_no_jargon() -> None:
    """"Jargon: WHO and UNICEF may mean nothing outside your world.": everyone knows them."""
    from bot.features.practice.jargon import unexplained_acronyms
    assert unexplained_acronyms("I coordinated a WHO and UNICEF nutrition project in Kisumu.") \
        == []


@pytest.mark.parametrize("text", [
    "I am mindful of your briefing deadline. Before we close, is there anyone else I should "
    "speak to?",
    "before you go, who else should I talk to?",
])
def test_winding_down_in_other_words_is_an_offer_to_wrap_up(text: str) -> None:
    """Said at 17 of 20 minutes, "I am mindful of your briefing deadline. Before we close…"
    scored "❌ Offered to wrap up on time"."""
    from bot.features.practice.cues import WRAP_UP
    assert WRAP_UP.search(text)
    assert not WRAP_UP.search("what did you do before you went into product?")


@pytest.mark.parametrize("text", ["does being bilingual actually help when you're hiring nurses?",
                                  "would speaking spanish be a plus on my resume?"])
def test_another_language_asked_as_a_plus_gets_an_answer(banks: dict[str, Bank],
                                                         text: str) -> None:
    """"does being bilingual actually help when you're hiring nurses?" got "I'm not close
    enough to that" from the nurse manager who hires."""
    result = first_turn(banks["healthcare"], "dana", text)
    assert "asset" in result.reply and "close enough" not in result.reply


def test_a_city_in_the_state_asked_about_gets_no_rough_guide(banks: dict[str, Bank]) -> None:
    """"what do new grad RNs make in Texas?" to a Houston manager got "I only know the numbers
    here in Houston, so take these as a rough guide for Texas"."""
    result = first_turn(banks["healthcare"], "dana", "what do new grad RNs make in Texas? I make "
                        "like 17 an hour now")
    assert result.question_id == "healthcare-pay" and "rough guide" not in result.reply
    assert "rough guide for California" in first_turn(
        banks["healthcare"], "dana", "what do new grad RNs make in California?").reply


def test_small_talk_about_where_they_grew_up_is_chat(banks: dict[str, Bank]) -> None:
    """"are you from Houston originally? my whole family is from the valley" got "That one's
    beyond what I deal with"; with a question after it, that question is answered."""
    result = first_turn(banks["healthcare"], "dana", "are you from Houston originally? my whole "
                        "family is from the valley")
    assert result.kind == "small_talk" and "beyond what I deal with" not in result.reply
    assert first_turn(banks["healthcare"], "dana", "where are you from originally and how did "
                      "you end up in nursing?").question_id == "how-got-started"


def test_trusting_their_day_goes_well_is_chat(banks: dict[str, Bank]) -> None:
    """"I trust your day is going well?" got the typical-day answer and its tip."""
    result = first_turn(banks["nonprofit_public"], "owen", "I trust your day is going well?")
    assert result.question_id is None and result.kind in ("small_talk", "greeting")


def test_a_model_rewrite_never_drops_what_is_worth_doing() -> None:
    """"Try: 'How much do for brand roles help?'" was no sentence."""
    from bot.features.practice.coaching import open_rewrite
    assert open_rewrite("is it worth doing for brand roles?") != "How much do for brand roles help?"
    assert open_rewrite("is it worth doing the CIM?") == "How much does the CIM help?"
    # "Try: 'How much does CIMA as well to look more 'industry', or would hiring managers not
    # care help?'" took in a purpose and a second question
    assert open_rewrite("Is it worth doing CIMA as well to look more 'industry', or would hiring"
                        " managers not care?") == "How much does CIMA help?"


def test_a_lead_told_without_an_article_is_a_background() -> None:
    """"I am support lead at a fintech here in Lagos, 4 years now" was no background, so the
    contact answered "Tell me about your experience.", with a tip to give one first."""
    assert background_of("so a bit about me, I am support lead at a fintech here in Lagos, 4 "
                         "years now.") == "4 years as a support lead"


def test_what_they_did_is_quoted_through_to_its_result() -> None:
    """"…I lead a team of 6, and last year I pushed for a fix to our card-dispute flow that cut
    complaints by about 30%" got "I'd lead with 'I lead a team of 6'"."""
    from bot.features.practice.acknowledge import where_you_fit
    said = ("4 yrs in support, I lead a team of 6, and last year I pushed for a fix to our "
            "card-dispute flow that cut complaints by about 30%")
    assert "\u201cI pushed for a fix to our card-dispute flow that cut complaints by about 30%" \
        "\u201d" in where_you_fit(said, 1)


def test_a_worry_said_short_is_no_question_put_to_them() -> None:
    """"…I'd take a drop for the right role but I need to know how big." got "Good question. I
    lead three people…" ("how big" read as asking the size of their team)."""
    from bot.features.practice.turning import put_to_them
    assert put_to_them("I'd take a drop for the right role but I need to know how big.") == []
    assert put_to_them("i want to know if audit is a good first step") == [
        "if audit is a good first step"]


@pytest.mark.parametrize("seed", range(4))
def test_a_clause_cut_off_or_hanging_on_another_is_not_quoted(seed: int) -> None:
    """"I like that: 'That is when I'" had been said back to an architect's story."""
    said = acknowledge_answer("When I worked on a hospital extension, the signs for wayfinding "
                              "were terrible and patients got lost all the time. I think that "
                              "is when I started to care more for the people than for the "
                              "building.", seed)
    assert "That is when I\u201d" not in said and "\u201cWhen I" not in said, said


def test_a_line_running_their_own_work_down_is_not_held_up() -> None:
    """"i did a DCF on lululemon for a uni case comp last yr, we placed 3rd. it was fun but my
    WACC was prob sketchy lol" got "I like that: “My WACC was prob sketchy”. I'd lead with
    something like that": the self-doubt quoted back as the line to lead with."""
    from bot.features.practice.acknowledge import acknowledge_answer
    from bot.features.practice.answers import find_specifics
    said = ("kinda? i did a DCF on lululemon for a uni case comp last yr, we placed 3rd. it was "
            "fun but my WACC was prob sketchy lol")
    assert "3rd" in find_specifics(said)
    for seed in range(4):
        reply = acknowledge_answer(said, seed)
        assert "sketchy" not in reply and "DCF on lululemon" in reply, reply


def test_pay_in_a_city_of_the_other_contact_country_is_no_rough_guide(
        banks: dict[str, Bank]) -> None:
    """"how much do social media managers earn in london?" to an LA marketer got "I only know
    the numbers here in LA, so take these as a rough guide for London", then dollars."""
    result = first_turn(banks["marketing"], "keisha", "how much do social media managers earn "
                        "in london?")
    assert result.question_id == "marketing-pay", result
    assert result.reply.startswith("I only know pay here in the US, so these figures won't tell "
                                   "you much about the UK."), result.reply
    assert "rough guide" not in result.reply


def test_a_city_asked_of_a_contact_who_names_none_hears_their_figures_as_a_guide(
        banks: dict[str, Bank]) -> None:
    """"and what about in manchester?" just after a UK marketer's pay answer got "That one's
    beyond what I deal with", though her figures were the UK's."""
    result = midway_turns(banks["marketing"], "sofia", "how much do social media managers earn?",
                          "and what about in manchester?")[-1]
    assert result.reply.startswith("My figures are for the UK as a whole, so take them as a "
                                   "rough guide for Manchester."), result.reply
    assert "40 to 50k" in result.reply
