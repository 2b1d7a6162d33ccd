"""Who else to talk to, heard for the kind of person asked for, the first time and again.

Testers asked an ICU nurse's questions ("anyone who moved from clinical work into
management?") and were handed "a practice nurse, for the clinical side"; asked again, "ideally
a veteran working in healthcare admin in Texas", they heard the first name said over."""

from __future__ import annotations

import pytest

from bot.banks.model import Bank


def _meeting(bank: Bank, persona: str, *texts: str) -> list[str]:
    """The replies to ``texts`` in one meeting, the state saved and read back between them."""
    from bot.features.practice.matcher import Matcher
    from bot.features.practice.you_ask import start_you_ask, you_ask_turn
    from tests.features.practice.support import NOW, roundtrip
    matcher, state, replies = Matcher.for_bank(bank), start_you_ask(bank, 30, NOW, persona), []
    for text in texts:
        state, result = you_ask_turn(roundtrip(state), bank, matcher, text, NOW)
        replies.append(result.reply)
    return replies


@pytest.mark.parametrize("persona", ["samir", "tanya"])
def test_a_switch_asked_for_needs_someone_who_made_it(banks: dict[str, Bank],
                                                      persona: str) -> None:
    # Samir's practice nurse is "for the clinical side", and Tanya's Greg "manages our east
    # clinic": neither moved from clinical work, and neither contact did (a clinic is a place)
    reply = _meeting(banks["healthcare"], persona, "I'm an ICU nurse, 9 years. Do you know "
                     "anyone who moved from clinical work into management?")[0]
    assert reply.startswith("I don't know anyone who made the move from clinical work to"
                            " management, I'm afraid"), reply


def test_someone_who_came_from_a_team_is_still_met_by_one_in_it() -> None:
    from bot.features.practice.referrals import fitting_person
    answer = ("Talk to Marco, our head of design. And one of our support leads, because that's"
              " where I started.")
    assert fitting_person(answer, "anyone who came from support?").startswith(
        "One of our support leads")


def test_asked_again_for_a_kind_none_of_them_is(banks: dict[str, Bank]) -> None:
    replies = _meeting(banks["healthcare"], "maria", "Who else should I talk to?",
                       "Is there anyone else you'd suggest I talk to, ideally a veteran working"
                       " in healthcare admin in texas?")
    assert replies[1].startswith("Beyond the people I mentioned, I don't know anyone who's a "
                                 "veteran working in healthcare admin in Texas, I'm afraid.")
    assert "mentioned earlier" not in replies[1]


def test_a_business_partner_is_no_part_of_anything(banks: dict[str, Bank]) -> None:
    replies = _meeting(banks["finance"], "rosa", "who else should I talk to?",
                       "anyone else, ideally a business partner?")
    assert "I don't know anyone who's a business partner" in replies[1]
    assert "Kevin" not in replies[1]


def test_asked_again_for_one_of_them_leads_with_who_fits(banks: dict[str, Bank]) -> None:
    replies = _meeting(banks["healthcare"], "samir", "who else should I talk to?",
                       "what about someone who works in data?")
    assert replies[1].startswith("Of the people I mentioned, I'd start with this one. ")
    assert "Tariq" in replies[1] and "Joanna" not in replies[1]


def test_anyone_else_after_the_names_is_no_replay(banks: dict[str, Bank]) -> None:
    replies = _meeting(banks["software_engineering"], "priya", "who else should I talk to?",
                       "anyone else?", "who else should I talk to?")
    assert "nobody else comes to mind" in replies[1]
    assert "Daniel" not in replies[1]
    # the list's opening ("Two people come to mind.") is no answer said again
    assert "come to mind" not in replies[2] and "Daniel" in replies[2]


@pytest.mark.parametrize(("asked", "said"), [
    ("anyone at a bank?", "Beyond the people I mentioned, I don't know anyone at a bank"),
    ("anyone in texas?", "The people I mentioned are the closest I have to that. "),
    ("anyone at a hospital?", "The people I mentioned are the closest I have to that. "),
])
def test_a_short_ask_after_the_names_is_for_more_of_them(banks: dict[str, Bank], asked: str,
                                                        said: str) -> None:
    # Dana works at a Houston hospital: her people are in Texas and at a hospital already
    replies = _meeting(banks["healthcare"], "dana", "who else should I talk to?", asked)
    assert replies[1].startswith(said)


@pytest.mark.parametrize(("asked", "said"), [
    # "thx. anyone in san diego?" had been taken for a question on San Diego, and answered
    # "outside what I see day to day"
    ("thx. anyone in san diego?", "Beyond the people I mentioned, I don't know anyone in San"
     " Diego, I'm afraid."),
    ("any veterans?", "Beyond the people I mentioned, I don't know anyone who's a veteran"),
    ("anyone in san diego by any chance?", "Beyond the people I mentioned, I don't know anyone"
     " in San Diego, I'm afraid."),
    ("back! sorry. do you know any finance people in Lisbon?", "Beyond the people I mentioned,"
     " I don't know anyone in Lisbon, I'm afraid."),
])
def test_more_people_asked_in_passing(banks: dict[str, Bank], asked: str, said: str) -> None:
    replies = _meeting(banks["finance"], "rosa", "who else should i talk to", asked)
    assert replies[1].startswith(said), replies[1]


def test_a_kind_of_employer_none_of_them_works_at(banks: dict[str, Bank]) -> None:
    """"someone at an edtech company maybe?" had got a retail trainer and a head teacher with
    no word that neither is in edtech."""
    reply = _meeting(banks["education"], "rosa", "is there anyone else you think I should talk"
                     " to? like someone at an edtech company maybe?")[0]
    assert reply.startswith("I don't know anyone at an edtech company, I'm afraid"), reply


def test_more_people_asked_with_a_yes(banks: dict[str, Bank]) -> None:
    """"yes please, that would be lovely. any pharmacists you know?" had got "outside what I
    see day to day" after the yes."""
    reply = _meeting(banks["healthcare"], "samir", "Who else should I talk to?",
                     "yes please, that would be lovely. any pharmacists you know?")[1]
    assert "Beyond the people I mentioned, I don't know anyone who's a pharmacist" in reply


@pytest.mark.parametrize("persona", ["maria", "dana"])
def test_a_contact_who_made_the_move_says_so(banks: dict[str, Bank], persona: str) -> None:
    """A ward manager who qualified as a nurse had said she knew nobody who moved from clinical
    work into management, as if she had not."""
    reply = _meeting(banks["healthcare"], persona, "who else should I talk to, ideally someone"
                     " who moved from clinical work into management?")[0]
    assert reply.startswith("Apart from me, I don't know anyone who made the move from clinical"
                            " work to management"), reply


def test_the_move_is_said_in_the_fields_own_letters(banks: dict[str, Bank]) -> None:
    reply = _meeting(banks["finance"], "rosa", "who else should i talk to? ideally someone who"
                     " went from audit into fp&a")[0]
    assert reply.startswith("Apart from me, I don't know anyone who made the move from audit to"
                            " FP&A"), reply


@pytest.mark.parametrize(("field", "persona", "text", "opening"), [
    ("marketing", "sofia", "Is there anyone else you think I should talk to? Ideally another"
     " ex-journalist who made the switch.", "I don't know anyone who's an ex-journalist,"),
    ("marketing", "sofia", "who else should i talk to, ideally a fellow journalist",
     "I don't know anyone who's a journalist,"),
    # "another" is one like the user: a practice administrator who never served is no veteran
    ("healthcare", "tanya", "who else should i talk to? ideally another veteran who went into"
     " healthcare admin", "I don't know any veterans who went into healthcare admin,"),
])
def test_another_of_a_kind_is_that_kind(banks: dict[str, Bank], field: str, persona: str,
                                        text: str, opening: str) -> None:
    """A journalist asking for "another ex-journalist who made the switch" was offered a
    marketing-operations lead and an agency colleague, with no word that neither was one;
    read as the contact being one too, a veteran heard "Apart from me" from one who never
    served."""
    reply = _meeting(banks[field], persona, text)[0]
    assert reply.startswith(opening), reply


def test_someone_from_the_ambulance_service_asked_for_is_heard(banks: dict[str, Bank]) -> None:
    """An EMT asking "anyone who went from EMS to nursing?" was given an oil worker and a
    nurse educator with no word that neither came from EMS: "EMS" was read as engineering
    managers, a role no one comes "from"."""
    reply = _meeting(banks["healthcare"], "dana", "is there anyone else i should talk to? anyone"
                     " who went from EMS to nursing?")[0]
    assert reply.startswith("I don't know anyone who made the move from EMS to nursing"), reply


def test_leave_to_use_their_name_asked_with_the_yes_is_answered(banks: dict[str, Bank]) -> None:
    """"yes please that'd be awesome. ok if i say you sent me?" got only "Good, I'll sort
    that out after this call": the question after the yes, with no "is it", went unheard."""
    replies = _meeting(banks["healthcare"], "dana", "is there anyone else i should talk to?"
                       " anyone who went from EMS to nursing?", "yes please that'd be awesome."
                       " ok if i say you sent me?")
    assert "Please do" in replies[-1], replies[-1]


def test_a_second_kind_of_person_asked_for_is_not_read_as_the_place(banks: dict[str, Bank]) -> None:
    """"do u know anyone in FP&A or maybe someone who left actuarial for ER…?" got "I don't
    know anyone in FP&A or maybe someone, I'm afraid": the second ask read as the place."""
    reply = _meeting(banks["finance"], "arjun", "ok that makes sense. do u know anyone in FP&A or "
                     "maybe someone who left actuarial for ER that i could chat with too?")[-1]
    assert reply.startswith("I don't know anyone in FP&A, I'm afraid"), reply
    assert "maybe someone" not in reply


def test_someone_else_asked_for_while_an_introduction_is_offered_is_no_yes(
        banks: dict[str, Bank]) -> None:
    """"is there anyone at an international school you could put me in touch with?", asked
    while "Shall I put you in touch with both?" was open, got "Lovely, consider it done: I'll
    introduce you by email this evening": a yes to two people who were not asked for."""
    from bot.features.practice.matcher import Matcher
    from bot.features.practice.you_ask import start_you_ask, you_ask_turn
    from tests.features.practice.support import NOW
    bank = banks["education"]
    matcher, state = Matcher.for_bank(bank), start_you_ask(bank, 30, NOW, "ben")
    state, first = you_ask_turn(state, bank, matcher, "who else do you think I should talk to?",
                                NOW)
    assert first.reply.rstrip().endswith("?") and state.awaiting == "offer", first
    state, result = you_ask_turn(state, bank, matcher, "is there anyone at an international "
                                 "school you could put me in touch with?", NOW)
    assert result.kind != "yes" and state.offers_accepted == 0, result
    assert "international school" in result.reply, result.reply
    state, result = you_ask_turn(state, bank, matcher, "could you put me in touch with Grace?",
                                 NOW)
    assert result.kind == "yes" and state.offers_accepted == 1, result


@pytest.mark.parametrize("persona", ["hannah", "derek"])
def test_a_colleague_on_their_team_who_made_the_move(banks: dict[str, Bank], persona: str) -> None:
    """"is there anyone on your team who moved into product from healthcare?" had got "Pick a
    specific case… and I'll walk you through it"; none of the names came from healthcare."""
    replies = _meeting(banks["product_management"], persona, "is there anyone on your team who"
                       " moved into product from healthcare?", "are there people at your "
                       "company who came from teaching?")
    assert replies[0].startswith("I don't know anyone who made the move from healthcare to "
                                 "product, I'm afraid"), replies[0]
    assert replies[1].startswith("Beyond the people I mentioned, I don't know anyone from "
                                 "teaching"), replies[1]  # not "anyone at Your Company"


def test_a_kind_asked_with_is_there(banks: dict[str, Bank]) -> None:
    """"is there a research nurse or practice educator in ur trust i could message?" had led
    with a nursing associate from retail; "is there a pharmacist you know?" had got the names
    with no word that none is one. "is there a way I could meet them?" asks for no person."""
    educator, pharmacist, way = (_meeting(banks["healthcare"], "maria", text)[0] for text in (
        "ok. who else do u think i should talk to? like is there a research nurse or practice "
        "educator in ur trust i could message?",
        "who else should i talk to? is there a pharmacist you know?",
        "who else should i talk to? is there a way i could meet them?"))
    assert educator.startswith("Our practice development nurse, Claire"), educator
    assert pharmacist.startswith("I don't know anyone who's a pharmacist, I'm afraid"), pharmacist
    assert way.startswith("Talk to Femi"), way


@pytest.mark.parametrize("text", ["who else should i talk to? is there a course you know that "
                                  "would help?",
                                  "who else should i talk to? is there a meetup you know of?"])
def test_a_thing_asked_with_is_there_is_no_kind_of_person(banks: dict[str, Bank],
                                                          text: str) -> None:
    reply = _meeting(banks["healthcare"], "maria", text)[0]
    assert "anyone who's a" not in reply, reply


def test_work_typed_in_capitals_is_no_country_moved_from(banks: dict[str, Bank]) -> None:
    # "who moved from QA into development" got "I don't know anyone who moved here from QA",
    # as if QA were a country, from a contact who came from QA herself
    reply = _meeting(banks["software_engineering"], "priya", "is there someone on your team "
                     "who moved from QA into development? how long did it take them?")[0]
    assert "here from QA" not in reply, reply
    assert reply.startswith("Apart from me, I don't know anyone who made the move from QA to "
                            "development"), reply
    reply = _meeting(banks["software_engineering"], "alyssa", "is there anyone else u think i "
                     "shud talk to? maybe someone who moved from Nigeria?")[0]
    assert reply.startswith("I don't know anyone who moved here from Nigeria"), reply
