"""A credential asked about by its letters reaches the contact's fact about that credential."""

from __future__ import annotations

import pytest

from bot.banks.model import Bank
from bot.features.practice.credentials import credential, own_fact
from bot.features.practice.matcher import Matcher
from bot.features.practice.you_ask import start_you_ask, you_ask_turn
from tests.features.practice.support import NOW


def _persona(banks: dict[str, Bank], field: str, pid: str):
    return next(p for p in banks[field].personas if p.id == pid)


@pytest.mark.parametrize(("text", "fact"), [
    ("is a MSN needed to become a nurse manager?", "MSN in nursing leadership"),
    ("did you do a masters?", "MSN in nursing leadership"),  # an MSN is a master's
    ("do i need a bsn to be a nurse", "RN-to-BSN"),
    ("what qualifications do you have?", "associate degree"),  # none named: the first
])
def test_the_fact_about_the_credential_named_is_the_one_told(banks, text, fact):
    assert fact in own_fact(text, _persona(banks, "healthcare", "dana"))


def test_a_question_about_no_training_gets_no_fact(banks):
    assert own_fact("how many nurses report to you?", _persona(banks, "healthcare", "dana")) \
        is None


@pytest.mark.parametrize(("text", "said"), [
    ("is the CPA worth it", "a CPA"), ("would an MHA help", "an MHA"),
    ("thinking about a masters", "a master's"), ("any tips", "it"),
])
def test_a_credential_is_said_as_the_contact_would(text, said):
    assert credential(text) == said


def test_dana_answers_an_msn_question_from_her_own_path(banks):
    bank = banks["healthcare"]
    state = start_you_ask(bank, 20, NOW, "dana")
    state, reply = you_ask_turn(state, bank, Matcher.for_bank(bank),
                                "is a MSN needed to become a nurse manager?", NOW)
    assert "MSN in nursing leadership" in reply.reply
    assert "outside what I see" not in reply.reply


def test_a_fact_told_without_its_subject_is_said_in_the_first_person(banks):
    """Samir said "from my own path: did a part-time master's", with no one doing it."""
    said = own_fact("is an mha worth it or is a cert enough?", _persona(banks, "healthcare",
                                                                      "samir"))
    assert said.startswith("I did a part-time master's")


def test_the_own_path_is_not_followed_by_outside_what_i_see(banks):
    """"I can only speak from my own path: … Honestly, that's outside what I see day to day"
    contradicted itself in one breath."""
    from bot.features.practice.replies import DEFAULT_WHO, off_bank
    reply = off_bank("did you go to university for it?", _persona(banks, "healthcare", "samir"))
    assert reply.startswith("I can only speak from my own path: ")
    assert not any(line in reply for line in DEFAULT_WHO)


def test_a_question_about_their_own_work_gets_an_offer_of_a_real_case(banks):
    """Asked of their own week, "outside what I see day to day" would contradict itself; a
    question with an answer of its own (their path) keeps it."""
    from bot.features.practice.replies import ASK_FOR_A_CASE, DEFAULT_WHO, off_bank
    samir = _persona(banks, "healthcare", "samir")
    question = "how do you split a rota between two sites?"
    assert off_bank(question, samir) in DEFAULT_WHO
    assert off_bank(question, samir, of_their_work=True) in ASK_FOR_A_CASE
    own_path = off_bank("did you go to university for it?", samir, of_their_work=True)
    assert own_path.startswith("I can only speak from my own path: ")


def test_a_line_carried_on_after_a_colon_starts_in_lower_case_unless_it_is_a_name():
    from bot.features.practice.replies import _lower_first
    assert _lower_first("A business degree, then more") == "a business degree, then more"
    assert _lower_first("NHS trusts post their bands") == "NHS trusts post their bands"
    assert _lower_first("I did a master's") == "I did a master's"
    assert _lower_first("Epic already sends our reminders") == "Epic already sends our reminders"
    # "I can only tell you what I see myself: Tough for a first PM job right now."
    assert _lower_first("Tough for a first PM job.") == "tough for a first PM job."


@pytest.mark.parametrize(("field", "pid", "text", "said"), [
    ("product_management", "derek", "did you do an MBA?",
     "no MBA, and I'd say you rarely need one"),
    ("finance", "arjun", "is the CFA worth it?",
     "I have passed CFA Levels I and II and am studying"),
    ("nonprofit_public", "gabriel", "did you do a master's?", "I have no master's"),
])
def test_a_fact_told_of_the_contact_is_said_in_their_own_voice(banks, field, pid, text, said):
    """"I can only speak from my own path: Business BA …; no MBA, and says you rarely need one"
    switched from the contact's voice to a card's."""
    assert said in own_fact(text, _persona(banks, field, pid))


@pytest.mark.parametrize("text", [
    "tbh my worry is i dont have a degree, just some college credits and army schools. is that "
    "gonna kill me for pm",
    "do u think my lack of a degree matters at a big fintech like urs",
])
def test_going_without_a_degree_gets_what_postings_ask_not_whether_to_take_one(banks, text):
    """"i dont have a degree … is that gonna kill me for pm" got "whether a degree is worth it
    depends on the roles you're aiming at … ask someone who did one recently"."""
    bank = banks["product_management"]
    state = start_you_ask(bank, 20, NOW, "derek")
    state, reply = you_ask_turn(state, bank, Matcher.for_bank(bank), text, NOW)
    assert "equivalent experience" in reply.reply, reply
    assert "is worth it" not in reply.reply


def test_a_credential_no_question_names_gets_the_contacts_own_path(banks):
    """"is the CMPE worth it or would an MHA matter more for someone like me?" got the skills
    in demand in Tanya's field."""
    bank = banks["healthcare"]
    state = start_you_ask(bank, 20, NOW, "tanya")
    state, reply = you_ask_turn(state, bank, Matcher.for_bank(bank), "is the CMPE worth it or "
                                "would an MHA matter more for someone like me?", NOW)
    assert reply.question_id is None and "never did an MHA" in reply.reply


def test_a_gap_asked_about_gets_what_the_contact_has_seen_of_gaps(banks):
    """ "how would you explain an 8 year gap for caregiving on a resume?" got "From my own
    side: I read every cover letter…": the résumé, not the gap. "the gap in the market" is no
    career gap."""
    from bot.features.practice.replies import off_bank
    gabriel = _persona(banks, "nonprofit_public", "gabriel")
    reply = off_bank("how would you explain an 8 year gap for caregiving on a resume?", gabriel,
                     applying="I read every cover letter.")
    assert "the gap itself" in reply and "cover letter" not in reply
    assert "the gap itself" not in off_bank("is there a gap in the market for that?", gabriel)


def test_a_skills_gap_is_no_career_gap_and_a_gap_pointed_back_to_is(banks):
    from bot.features.practice.replies import off_bank
    alyssa = _persona(banks, "software_engineering", "alyssa")
    assert "the gap itself" not in off_bank("What skills gaps do you see most in junior devs?",
                                            alyssa)
    assert "the gap itself" in off_bank("how do I explain that?", alyssa,
                                        context="I took 5 years off to raise my kids, how do I "
                                                "explain that?")


def test_overqualified_is_answered_from_the_hiring_side_not_the_contacts_path(banks):
    """"does a PhD read as overqualified?" got "I can only speak from my own path … Whether a
    PhD is worth it for you depends…": a question about how hiring sees it, not about doing
    one."""
    from bot.features.practice.replies import off_bank
    persona = _persona(banks, "data_analytics", "lena")
    reply = off_bank("does a PhD read as overqualified for analyst roles?", persona)
    assert "whether you'll stay" in reply and "worth it" not in reply
    assert "own path" not in reply


def test_a_credential_named_before_the_question_is_what_it_asks_about(banks):
    """"I keep hearing about the CFRE credential. Does it open doors, or is it something people
    earn once they're in?" got "Pay depends so much on the employer…": "earn" read as pay."""
    from bot.features.practice.replies import off_bank
    gabriel = _persona(banks, "nonprofit_public", "gabriel")
    text = "Does it open doors, or is it something people earn once they're already a few years in?"
    reply = off_bank(text, gabriel, context="I keep hearing about the CFRE credential. " + text)
    assert "a CFRE" in reply and "Pay depends" not in reply, reply


@pytest.mark.parametrize(("field", "pid", "text"), [
    ("software_engineering", "priya", "ive sent like 80 applications and got basically nothing "
     "back. is that normal rn or am i doing smth wrong"),
    ("marketing", "sofia", "I've applied to 40 jobs and heard nothing back, what am I doing "
     "wrong?"),
])
def test_applications_met_with_silence_get_what_the_contact_has_seen(banks, field, pid, text):
    """"ive sent like 80 applications and got basically nothing back. is that normal rn or am i
    doing smth wrong" got "Honestly, that's outside what I see day to day" from a staff
    engineer who reads CVs."""
    bank = banks[field]
    state = start_you_ask(bank, 20, NOW, pid)
    state, reply = you_ask_turn(state, bank, Matcher.for_bank(bank), text, NOW)
    assert reply.reply.startswith("Sadly that's common"), reply.reply


@pytest.mark.parametrize(("field", "pid", "text", "start"), [
    ("nonprofit_public", "gabriel", "is a grant writing course worth paying for?",
     "I did a journalism degree from a state university"),
    ("marketing", "jordan", "is a marketing degree worth it?", "I'm a history graduate"),
    ("data_analytics", "lena", "is a master's worth it for analytics?",
     "I did a master's in statistics"),
])
def test_a_fact_told_as_a_noun_phrase_is_said_as_a_sentence(banks, field, pid, text, start):
    """"I can only speak from my own path: Journalism degree from a state university, then
    eight years…" was a fragment where a sentence of theirs belonged."""
    fact = own_fact(text, _persona(banks, field, pid))
    assert fact is not None and fact.startswith(start), fact


def test_a_second_clause_of_a_fact_keeps_its_subject() -> None:
    """"I did a communications BA from a state university in California; worked as a store
    associate…": a verb with no subject after the semicolon."""
    from bot.banks.loader import load_banks
    from bot.features.practice.credentials import own_fact
    from bot.features.practice.people import persona_of
    from tests.harness import ROOT
    keisha = persona_of(load_banks(ROOT / "bot" / "question_banks")["marketing"], "keisha")
    said = own_fact("do ppl care about a marketing degree when hiring?", keisha) or ""
    assert "California, and I worked as a store associate" in said, said


def test_a_split_of_their_own_time_is_no_comparison_with_another_side(banks):
    """"How much of your week is Python versus people?" asks about their own week: "I only
    know my own side of that" would not answer it."""
    from bot.features.practice.replies import off_bank
    lena = _persona(banks, "data_analytics", "lena")
    assert "my own side" not in off_bank("how much of your week is python versus people?", lena)
    assert "my own side" in off_bank("is retail analytics different from travel?", lena)


def test_sponsorship_asked_of_their_own_employer_is_theirs_to_check(banks):
    """"for ur company, una dey sponsor visa for trainee analysts?" had got "the employer's
    HR team … would give you a straight answer" from someone who works for the employer."""
    from bot.features.practice.replies import off_bank
    grace = _persona(banks, "finance", "grace")
    for text in ("ok. for ur company, una dey sponsor visa for trainee analysts?",
                 "do you guys sponsor visas for grads", "would your firm sponsor me"):
        reply = off_bank(text, grace)
        assert reply.startswith("Whether we sponsor") and "the employer's" not in reply, text
    assert "the employer's HR team" in off_bank("how does visa sponsorship work in the uk", grace)


@pytest.mark.parametrize(("text", "expected"), [
    ("is CIMA worth it on top of my ACCA, or is that overkill?", "second-qualification"),
    ("im acca qualified already, would cima as well make me look more 'industry'?",
     "second-qualification"),
    ("I'm already a qualified accountant, do I need another qualification to move into FP&A?",
     "second-qualification"),
    # a first qualification, and study around a job, are not a second one
    ("should i do acca or cima for fp&a?", "accounting-qualification"),
    ("how do people fit ACCA exams on top of a full-time job?", "accounting-qualification"),
])
def test_a_qualification_on_top_of_one_held_is_its_own_question(banks, text, expected):
    """"is CIMA worth it on top of ACCA?" from an ACCA-qualified auditor got the answer for a
    beginner, ending "look for a trainee role with study support"."""
    result = Matcher.for_bank(banks["finance"]).match(text)
    assert result.question_id == expected, result
    if expected == "second-qualification":
        state = start_you_ask(banks["finance"], 30, NOW, "grace")
        _, turn = you_ask_turn(state, banks["finance"], Matcher.for_bank(banks["finance"]), text,
                               NOW)
        assert "trainee role" not in turn.reply and "rarely add another" in turn.reply


def test_how_much_they_juggle_is_asked_of_their_own_work(banks):
    """"how many projects do u work on at once?" got "I'm not close enough to that … a good
    one for someone who handles it every day", from the analyst who handles them."""
    from bot.features.practice.replies import ASK_FOR_A_CASE
    from tests.features.practice.support import midway_turns
    reply = midway_turns(banks["data_analytics"], "marcus",
                         "how many projects do u work on at once?")[0].reply
    assert reply in ASK_FOR_A_CASE, reply


def test_experience_from_abroad_asked_twice_gets_what_they_have_seen_again(banks):
    """A chartered accountant new to Toronto asked about "a foreign CA", then "a candidate
    whose entire experience is from abroad", then whether to take a contract "or hold out":
    the first had got resume tips, the second "I don't have a solid answer", the third
    "it's beyond my own work", from a manager who hires analysts."""
    from bot.features.practice.replies import DEFAULT_WHO
    from tests.features.practice.support import midway_turns
    results = midway_turns(
        banks["finance"], "rosa",
        "My next concern is about credentials. I hold the ICAI Chartered Accountant "
        "qualification. Do hiring managers in corporate finance actually value a foreign CA, or "
        "would you advise me to complete the CPA designation before applying?",
        "A phrase I keep hearing here is 'Canadian experience'. How would you, as a hiring "
        "manager, view a candidate whose entire experience is from abroad?",
        "I have been offered a six-month contract doing month-end reconciliations, which is "
        "below my level. Would you advise taking a contract role first to get local "
        "experience, or holding out for an FP&A analyst position?")
    assert "experience from another country counts" in results[0].reply, results[0].reply
    assert "resume" not in results[0].reply.lower()
    assert results[1].reply.startswith("As I mentioned earlier, "), results[1].reply
    assert "experience from another country counts" in results[1].reply
    assert "A contract isn't wrong" in results[2].reply, results[2].reply
    assert not any(r.reply in DEFAULT_WHO for r in results)


def test_a_note_after_the_meeting_is_what_any_contact_has_seen(banks):
    from bot.features.practice.replies import off_bank
    reply = off_bank("is it weird to send a thank you card after a coffee chat like this?",
                     _persona(banks, "healthcare", "samir"))
    assert reply.startswith("From the other side of chats like this"), reply


def test_overqualified_on_a_cv_is_how_hiring_sees_it(banks):
    """"When you see a PhD on a CV …, does it make the candidate look overqualified?" got the
    CV line "That changes from one hiring round to the next", from an engineer who interviews
    four candidates a month."""
    from bot.features.practice.replies import OVERQUALIFIED, off_bank
    reply = off_bank("When you see a PhD on a CV for a backend role, does it count for anything, "
                     "or does it make the candidate look overqualified and likely to leave?",
                     _persona(banks, "software_engineering", "priya"))
    assert reply == OVERQUALIFIED, reply


def test_recruiting_participants_has_no_dates(banks):
    """"…participant recruitment! like where do ur research participants come from" got "I
    don't know the current dates…", as if it were a graduate scheme's recruitment."""
    from bot.features.practice.replies import off_bank
    jenna = _persona(banks, "ux_design", "jenna")
    for text in ("haha no i meant participant recruitment! like where do ur research "
                 "participants come from for usability tests", "how does participant "
                 "recruitment work?"):
        assert "current dates" not in off_bank(text, jenna), text
    assert "current dates" in off_bank("when does graduate recruitment open?", jenna)
