"""Questions about another employer get an honest reply, not the contact's own answer."""

from __future__ import annotations

import re

import pytest

from bot.banks.model import Bank
from bot.features.practice.elsewhere import named_colleague, named_elsewhere
from bot.features.practice.matcher import Matcher
from bot.features.practice.you_ask import start_you_ask, you_ask_turn
from tests.features.practice.support import NOW, first_turn


@pytest.mark.parametrize(("field", "question", "context", "name"), [
    ("finance", "Do u happen to know if Rolls-Royce pays its FP&A people a bonus?", "",
     "Rolls-Royce"),
    ("finance", "do you know what the bonus policy is like at Siemens in their finance team?",
     "", "Siemens"),
    ("ux_design", "Do you happen to know what kind of questions they ask in their interviews?",
     "I've got my eye on a junior researcher role at Sky in Leeds.", "Sky"),
    ("general", "What do you think of working for Amazon? I heard their hours are brutal", "",
     "Amazon"),
    # a name whose words the bank partly uses ("grammar", "hospital") is still a name
    ("education", "Do you happen to know what Leeds Grammar pays its chemistry teachers?", "",
     "Leeds Grammar"),
    ("healthcare", "do you know what Birmingham Children's Hospital pays band 5s?", "",
     "Birmingham Children's Hospital"),
    ("marketing", "Do you know what Unilever's brand graduate scheme is like?", "", "Unilever"),
    # a saint's or a founder's "'s" is part of the name
    ("nonprofit_public", "do you know how St Mungo's recruits its outreach workers?", "",
     "St Mungo's"),
    ("general", "do you know if Sainsbury's takes on career changers in head office?", "",
     "Sainsbury's"),
    ("nonprofit_public", "do you know if the Greater London Authority takes on academics?", "",
     "Greater London Authority"),
    # typed in lower case on a phone, or the second of two
    ("software_engineering", "do u know if mailchimp hires bootcamp grads?", "", "Mailchimp"),
    ("marketing", "do u know if gymshark's grad scheme is open this yr?", "", "Gymshark"),
    # the employer the sentence before tells of: a did-you-mean between two questions had
    ("data_analytics", "Do you know what it's like working in their data team?",
     "Asda has its head office here in Leeds.", "Asda"),
    # "they" after a name typed in lower case: had "I don't have a solid answer"
    ("nonprofit_public", "what about heartland alliance, do they hire ppl like me?", "",
     "Heartland Alliance"),
    ("software_engineering", "quick one, skyscanner have an office up here, any idea if they "
     "take juniors fae bootcamps?", "", "Skyscanner"),
    ("healthcare", "do u know anything about banner health here in phoenix?", "",
     "Banner Health"),
    ("ux_design", "do you know whether companies here like Target or Best Buy hire career "
     "changers into their research teams?", "", "Best Buy"),
])
def test_another_employer_is_named(banks: dict[str, Bank], field: str, question: str,
                                   context: str, name: str) -> None:
    assert named_elsewhere(question, context, banks[field]) == name


@pytest.mark.parametrize(("field", "question", "context"), [
    ("finance", "How did you get into FP&A?", ""),
    ("finance", "Do you use Power BI at work?", ""),  # a tool, not an employer
    ("finance", "is it busier at Christmas for you?", ""),
    ("marketing", "do you know if agencies hire grads in the summer?", ""),
    # two tools joined by "and" are no employer
    ("software_engineering", "do you know if Java and Spring are still worth learning?", ""),
    ("software_engineering", "do you know if startups take on juniors these days?", ""),
    ("education", "Do you know if Ofsted inspections are stressful?", ""),  # the field's own
    # the user's own employer is who they are, not what they ask about
    ("marketing", "Do they value retail experience in marketing?", "I work at Tesco."),
    ("finance", "what's your bonus like?", ""),
    ("software_engineering", "what about remote work, do they allow it?", ""),
    ("healthcare", "do you know anything about epic?", ""),  # a tool the bank knows
    ("data_analytics", "Do you know if their companies hire juniors?",
     "Leeds has a big tech scene."),  # a place, not an employer
    ("education", "Do you know if Google Classroom is what most schools use?", ""),
])
def test_no_other_employer(banks: dict[str, Bank], field: str, question: str,
                           context: str) -> None:
    assert named_elsewhere(question, context, banks[field]) is None


def test_the_contact_does_not_answer_for_another_employer(banks: dict[str, Bank]) -> None:
    """Grace was asked about Rolls-Royce's bonus and described her own; now she says she
    cannot speak for them, and her own bonus is still hers to describe."""
    bank = banks["finance"]
    matcher = Matcher.for_bank(bank)
    state = start_you_ask(bank, 30, NOW)
    state.asked, state.elapsed = ["typical-day"], 5.0
    state, result = you_ask_turn(
        state, bank, matcher,
        "Do u happen to know if Rolls-Royce pays its FP&A people a bonus on top of salary?", NOW)
    assert result.kind == "off_bank" and result.question_id is None
    assert "Rolls-Royce" in result.reply and "My bonus" not in result.reply
    state, result = you_ask_turn(state, bank, matcher, "what's your bonus like?", NOW)
    assert result.kind == "answer" and result.question_id is not None


def test_an_honest_reply_does_not_quote_a_sentence_sharing_only_use() -> None:
    """ "Do you use Seesaw at your school?" quoted the agencies sentence of the hiring answer,
    sharing only "use" and "school"."""
    from bot.features.practice.replies import own_line
    assert own_line("Do you use Seesaw at your school?", [
        "Agencies only supply us with cover, though some schools use them for hard-to-fill "
        "subjects."]) is None


def test_someone_the_contact_named_is_theirs_to_tell_and_an_introduction(
        banks: dict[str, Bank]) -> None:
    """ "how did femi get in from retail?" about the nurse the ward manager had just named got
    "I don't have a solid answer", then an answer about nurses leaving for pharma."""
    bank = banks["healthcare"]
    matcher = Matcher.for_bank(bank)
    state = start_you_ask(bank, 20, NOW, persona_id="maria")
    state, first = you_ask_turn(state, bank, matcher, "honestly is 29 too old to start nursing?",
                                NOW)
    assert "Femi" in first.reply
    state, result = you_ask_turn(state, bank, matcher, "oh thats good to hear about femi tho, "
                                 "how did she get in from retail?", NOW)
    assert "Femi" in result.reply and state.awaiting == "offer"
    state, result = you_ask_turn(state, bank, matcher, "yes please", NOW)
    assert state.offers_accepted == 1


def test_a_name_the_contact_never_said_is_not_a_colleague(banks: dict[str, Bank]) -> None:
    said = ["It's very realistic. Femi joined at 40 from retail and is one of my best."]
    assert named_colleague("how did femi get in?", said, banks["healthcare"]) == "Femi"
    assert named_colleague("how did priya get in?", said, banks["healthcare"]) is None
    assert named_colleague("is it realistic for me?", said, banks["healthcare"]) is None


def test_a_us_contact_writes_american_spelling_and_names_whole() -> None:
    """Marcus, in Atlanta, said "from one organisation to the next" (the bot's own lines are
    written once, in British spelling), and "I can't speak for Illinois State Board"."""
    from bot.features.practice.where import in_their_spelling
    line = "pay differs from one organisation to the next; Organisations' programmes too"
    assert in_their_spelling(line, "US") == ("pay differs from one organization to the next; "
                                             "Organizations' programs too")
    assert in_their_spelling(line, "UK") == line
    # a Chicago product manager said "Lovely, I'll send that introduction tonight"
    assert in_their_spelling("Lovely, I'll send that introduction tonight.", "US").startswith(
        "Great, I'll send")
    assert in_their_spelling("I'll do it tonight and copy you in. Let me know how you get on.",
                             "US") == "I'll do it tonight and cc you. Let me know how it goes."
    assert in_their_spelling("Shall I copy you both in? Put it first on your CV.", "US") == (
        "Should I cc you both? Put it first on your résumé.")


@pytest.mark.parametrize("persona", ["marcus", "aisha"])
def test_a_named_employer_keeps_its_of(banks: dict[str, Bank], persona: str) -> None:
    bank = banks["nonprofit_public"]
    state = start_you_ask(bank, 20, NOW, persona)
    state, result = you_ask_turn(state, bank, Matcher.for_bank(bank), "Do you happen to know if "
                                 "the Illinois State Board of Education is hiring policy people "
                                 "right now, or what their hiring process is like?", NOW)
    assert "Illinois State Board of Education" in result.reply, result.reply


def test_a_named_employer_keeps_its_do(banks: dict[str, Bank]) -> None:
    """"like Médicos do Mundo" was said back as "I can't speak for Médicos"."""
    bank = banks["nonprofit_public"]
    state = start_you_ask(bank, 20, NOW, "aisha")
    state, result = you_ask_turn(state, bank, Matcher.for_bank(bank), "Do you know how Médicos "
                                 "do Mundo hires, or what they pay?", NOW)
    assert "Médicos do Mundo" in result.reply, result.reply


def test_pay_asked_for_another_place_says_whose_figures_they_are(banks: dict[str, Bank]) -> None:
    """"what would a new chem teacher start on in arizona roughly?" got central Ohio's
    figures with no word that they were Ohio's, not Arizona's."""
    from bot.features.practice.people import persona_of
    from bot.features.practice.where import from_here
    denise = persona_of(banks["education"], "denise")
    assert from_here("what would a new chem teacher start on in arizona roughly?",
                     denise, ["pay"]).startswith("I only know the numbers here in Columbus")
    assert from_here("what would a new teacher start on in columbus?", denise, ["pay"]) == ""
    assert from_here("what do teachers make in arizona?",
                     persona_of(banks["education"], "ben"), ["pay"]) == ""  # says no city
    bank = banks["education"]
    state = start_you_ask(bank, 30, NOW, persona_id="denise")
    state, result = you_ask_turn(state, bank, Matcher.for_bank(bank), "ok and money wise, what "
                                 "would a new chem teacher start on in arizona roughly?", NOW)
    assert result.question_id == "teacher-pay" and result.reply.startswith(
        "I only know the numbers here in Columbus, so take these as a rough guide for Arizona.")


@pytest.mark.parametrize(("field", "persona", "text", "expected", "opening"), [
    # a city no list of places holds, and pay asked as what someone "makes"
    ("nonprofit_public", "gabriel", "What does a program manager at a nonprofit here in San "
     "Antonio typically make?", "sector-pay",
     "I only know the numbers here in Philadelphia, so take these as a rough guide for San "
     "Antonio."),
    # the contact's own city, in two words: their figures, with no caveat
    ("data_analytics", "carlos", "What does a junior analyst typically earn in New York?",
     "data-pay", "Here in New York"),
])
def test_pay_asked_for_a_city_is_answered_with_whose_figures_they_are(
        banks: dict[str, Bank], field: str, persona: str, text: str, expected: str,
        opening: str) -> None:
    """Both got "that's outside what I see day to day, so I'd only be guessing": the city's
    words, unknown to the bank, had weighed against the pay question."""
    bank = banks[field]
    state = start_you_ask(bank, 30, NOW, persona_id=persona)
    state, result = you_ask_turn(state, bank, Matcher.for_bank(bank), text, NOW)
    assert result.question_id == expected and result.reply.startswith(opening), result


def test_what_people_make_of_something_is_no_pay_question() -> None:
    from bot.features.practice.terms import normalise, terms_of
    assert "salary" not in terms_of(normalise("what do managers at your company make of AI"))
    assert "salary" in terms_of(normalise("what does a nurse in the ICU typically make"))


@pytest.mark.parametrize(("field", "persona", "text"), [
    ("ux_design", "daniel", "so quick background - I trained as an architect in Mumbai, 6 years,"
     " moved to London last year on partner visa. does architecture count as design experience"
     " for UX hiring managers or do they see it as unrelated?"),
    ("finance", "rosa", "So a bit about me - I'm doing my MBA at Rotman right now, before that I"
     " was a business analyst at Infosys in Bangalore for 4 years. Could you tell me how you got"
     " into FP&A yourself?"),
])
def test_a_place_in_the_users_story_is_not_the_market_asked_about(
        banks: dict[str, Bank], field: str, persona: str, text: str) -> None:
    """"…I trained as an architect in Mumbai… does architecture count…?" got "I only know the
    market here in the UK, so I can't really speak for India" from a London designer."""
    bank = banks[field]
    state = start_you_ask(bank, 30, NOW, persona_id=persona)
    state, result = you_ask_turn(state, bank, Matcher.for_bank(bank), text, NOW)
    assert "India" not in result.reply and "only know" not in result.reply, result.reply


@pytest.mark.parametrize(("text", "caveat"), [
    # Northern Ireland is in the UK: "a pinch of salt for Ireland" had been said to Belfast
    ("is there much marketing work here in Northern Ireland or is it all London?", False),
    ("is there much marketing work in Belfast?", False),
    ("is there much marketing work in Dublin?", True),
])
def test_the_market_of_the_contacts_own_country_needs_no_caveat(
        banks: dict[str, Bank], text: str, caveat: bool) -> None:
    bank = banks["marketing"]
    state = start_you_ask(bank, 30, NOW, persona_id="sofia")
    state, result = you_ask_turn(state, bank, Matcher.for_bank(bank), text, NOW)
    assert ("for Ireland" in result.reply) is caveat, result.reply


def test_a_professional_body_named_just_before_the_question_is_still_asked_of(
        banks: dict[str, Bank]) -> None:
    """"I'd probably go the CPA Canada route. Do you know if they give exemptions for an MBA…?"
    is about Canada's body, though the question only says "they"."""
    bank = banks["finance"]
    state = start_you_ask(bank, 30, NOW, persona_id="rosa", abroad=True)
    state, result = you_ask_turn(state, bank, Matcher.for_bank(bank), "I'd probably go the CPA "
                                 "Canada route. Do you know if they give exemptions for an MBA, or "
                                 "would I basically start from scratch?", NOW)
    assert result.reply.startswith("I only know how it works here in the US, so check how "
                                   "Canada sees it"), result.reply


def test_whose_figures_they_are_is_said_once_to_someone_abroad(banks: dict[str, Bank]) -> None:
    """A Dallas teacher asking what corporate learning designers earn heard "I can only give
    you UK figures" twice: once from the meeting, once from the answer itself."""
    for bank in banks.values():
        for question in (q for q in bank.questions if "pay" in q.flags):
            for persona in bank.personas:
                state = start_you_ask(bank, 30, NOW, persona_id=persona.id, abroad=True)
                state, result = you_ask_turn(state, bank, Matcher.for_bank(bank), question.text,
                                             NOW)
                said = [s for s in re.split(r"(?<=[.!?])\s+", result.reply)
                        if re.search(r"\b(?:only|can't)\b.*\b(?:figures|pay|numbers)\b", s)]
                assert len(said) <= 1, (bank.field, question.id, persona.id, result.reply)


def test_pay_or_the_market_in_another_country_is_declined_and_theirs_offered(
        banks: dict[str, Bank]) -> None:
    """"How does teacher pay work in Australian public schools?" got England's pay scale after
    "these figures won't tell you much about Australia", and "What's the data job market like
    in Sydney right now?" the UK market: answers to another question. The contact now says
    whose they know, and offers theirs for comparison, which a yes takes."""
    bank = banks["education"]
    state = start_you_ask(bank, 30, NOW, persona_id="ben")
    matcher = Matcher.for_bank(bank)
    state, result = you_ask_turn(state, bank, matcher, "How does teacher pay work in Australian "
                                 "public schools?", NOW)
    assert (result.kind, result.question_id) == ("off_bank", None)
    assert result.reply == (
        "I only know pay here in the UK, so I can't really speak for Australia: someone who works"
        " there would know it far better. Shall I tell you how it works here, for comparison?")
    state, result = you_ask_turn(state, bank, matcher, "yes please", NOW)
    assert result.question_id == "teacher-pay" and "pay scale" in result.reply, result
    assert "Australia" not in result.reply, result.reply  # no second "I only know…"
    bank = banks["data_analytics"]
    state = start_you_ask(bank, 30, NOW)
    matcher = Matcher.for_bank(bank)
    state, result = you_ask_turn(state, bank, matcher, "whats the job market like for analysts "
                                 "in toronto rn", NOW)
    assert result.reply.startswith("I only know the market here in the UK, so I can't really "
                                   "speak for Canada"), result.reply
    assert not re.search(r"\d", result.reply), result.reply
    state, result = you_ask_turn(state, bank, matcher, "and vancouver?", NOW)  # one more place
    assert result.reply == ("Same for Vancouver, I'm afraid: I only know the market here in the"
                            " UK. Shall I tell you how it looks here, for comparison?")
    state, result = you_ask_turn(state, bank, matcher, "ok sure", NOW)
    assert result.question_id == "job-prospects", result
    state, result = you_ask_turn(state, bank, matcher, "thanks. how long did ur own job search "
                                 "take?", NOW)  # no offer open now: the next question, as asked
    assert result.question_id == "job-search-length", result
    # where the user only comes from, or the contact's own country, is no other market
    from bot.features.practice.where import country_named
    assert country_named("I moved from Nigeria to Canada. How do I get in?", "the UK") == "Canada"
    assert country_named("how much would someone like us earn here?", "the UK") is None
    assert country_named("is pay better in London?", "the UK") is None


@pytest.mark.parametrize(("field", "persona", "first", "then", "place"), [
    ("data_analytics", "marcus", "what would a junior analyst earn in lisbon?",
     "and what's pay like for analysts in portugal?", ("Lisbon", "Portugal")),
    ("nonprofit_public", "aisha", "roughly what does a programme manager earn? I'm in Madrid",
     "how does pay compare in spain?", ("Madrid", "Spain")),
    ("marketing", "keisha", "What would a content marketer make in Mexico City?",
     "what about in Sao Paulo?", ("Mexico City", "Sao Paulo")),
])
def test_pay_in_a_country_beyond_the_usual_ones_says_whose_figures_they_are(
        banks: dict[str, Bank], field: str, persona: str, first: str, then: str,
        place: tuple[str, str]) -> None:
    """A Lisbon user asking a Nottingham analyst about pay heard UK figures with no word that
    they were the UK's, and "what about portugal?" heard them again: only the countries
    users named most were known, so any place in the world a time zone is named for counts.
    Pay there is declined, with the contact's own offered (see above)."""
    bank = banks[field]
    state = start_you_ask(bank, 30, NOW, persona_id=persona)
    here = "the US" if persona == "keisha" else "the UK"
    state, result = you_ask_turn(state, bank, Matcher.for_bank(bank), first, NOW)
    assert result.reply.startswith(f"I only know pay here in {here}, so I can't really speak"
                                   f" for {place[0]}"), result.reply
    assert not re.search(r"\d", result.reply), result.reply  # not figures for another country
    state, result = you_ask_turn(state, bank, Matcher.for_bank(bank), then, NOW)
    assert re.match(rf"(?:Same for {place[1]}, I'm afraid|.*can't really speak for {place[1]})",
                    result.reply), result.reply
    assert not re.search(r"\d", result.reply), result.reply
    if persona == "keisha":  # a city of her own country: her figures, as a rough guide
        state, result = you_ask_turn(state, bank, Matcher.for_bank(bank), "what about texas?",
                                     NOW)
        assert re.match(r"I only know the numbers here in LA, so take these as a rough guide for"
                        r" Texas\. .*\d", result.reply), result.reply


def test_a_word_that_is_also_a_time_zone_is_no_country_asked_about() -> None:
    """Time-zone names hold words that are rarely places in a question ("over christmas", "in
    parts", "the north", "Sofia on my team"): none of them is a market asked about."""
    from bot.features.practice.where import country_named
    for text in ("what's pay like over christmas?", "is pay better in the north?",
                 "do salaries differ in parts of the country?", "how much does sofia earn?",
                 "is pay lower in turkey processing plants?",
                 "what do analysts earn in west yorkshire?",
                 "does pay rise in the second year?", "what would i earn in sales?"):
        assert country_named(text, "the UK") is None, text
    assert country_named("what do analysts earn in south korea?", "the UK") == "South Korea"
    assert country_named("pay in the netherlands?", "the UK") == "the Netherlands"
    assert country_named("and in winnipeg?", "the US") == "Canada"


@pytest.mark.parametrize(("text", "field", "other"), [
    ("do u think data analytics is an easier way in than dev for someone like me?",
     "software_engineering", "data analytics"),
    ("do u know what junior data analysts get paid in bristol vs junior devs?",
     "software_engineering", "data analytics"),
    ("do PMs get paid more than designers?", "ux_design", "product management"),
    # a comparison inside the contact's own field, or of skills, names no other field
    ("is python better than javascript for a beginner?", "software_engineering", None),
    ("would I earn more in PR than in content?", "marketing", None),
    ("are comms skills more valued than design skills?", "ux_design", None),
    ("I'd rather do business development than sales, is that odd?", "marketing", None),
])
def test_another_field_in_a_comparison_is_heard(text: str, field: str, other: str | None) -> None:
    """ "do u think data analytics is an easier way in than dev…?" got the developer answer as
    if it weighed both; the contact now says which side they can speak for."""
    from bot.features.practice.elsewhere import other_side
    assert other_side(text, field) == other


def test_the_contact_says_which_side_of_a_comparison_they_speak_for(
        banks: dict[str, Bank]) -> None:
    from tests.features.practice.support import first_turn
    result = first_turn(banks["software_engineering"], "priya", "do u know what junior data"
                        " analysts get paid in bristol vs junior devs?")
    assert result.question_id == "developer-pay"
    assert result.reply.startswith("I can only speak for my side of that; on data analytics")


@pytest.mark.parametrize(("text", "said"), [
    ("Here in Canada I am considering CPA Canada, and I would like to understand whether my "
     "ACCA would be recognised.", "I only know how it works here in the US, so check how Canada"),
    ("Do I need a CPA or a CMA for FP&A?", ""),
])
def test_a_credential_asked_about_another_country_says_whose_rules(
        banks: dict[str, Bank], text: str, said: str) -> None:
    """A Toronto accountant asking whether her ACCA is recognised in Canada heard "ACCA and
    CIMA are British; you'll rarely see them asked for here" from a Chicago manager, with no
    word that "here" was the US."""
    bank = banks["finance"]
    state = start_you_ask(bank, 30, NOW, persona_id="rosa")
    state, result = you_ask_turn(state, bank, Matcher.for_bank(bank), text, NOW)
    assert result.reply.startswith(said) and (said or "I only know" not in result.reply), result
    state = start_you_ask(bank, 30, NOW, persona_id="rosa")
    state, result = you_ask_turn(state, bank, Matcher.for_bank(bank), "would my ACCA be "
                                 "recognised in Canada?", NOW)  # answered from the bank too
    assert result.question_id and result.reply.startswith("I only know how it works"), result



def test_people_asked_for_in_another_country_are_said_to_be_from_here(banks: dict[str, Bank]
                                                                       ) -> None:
    """A Toronto user asking "is there anyone in Toronto or in Canada you would suggest?" got
    two Chicago names as if they were what was asked."""
    bank = banks["finance"]
    state = start_you_ask(bank, 30, NOW, persona_id="rosa")
    state, result = you_ask_turn(state, bank, Matcher.for_bank(bank), "is there anyone in "
                                 "Toronto or in Canada you would suggest I speak with?", NOW)
    assert result.question_id == "who-else", result
    assert result.reply.startswith("I don't really know people in Toronto"), result.reply


def test_what_they_pay_after_another_employer_named_is_theirs(banks: dict[str, Bank]) -> None:
    """"Do you happen to know whether Skyscanner's CRM team here in Edinburgh is hiring at the
    moment, and what they pay?" got the contact's own pay ranges; "they" is Skyscanner."""
    bank = banks["marketing"]
    state = start_you_ask(bank, 30, NOW)
    state, result = you_ask_turn(state, bank, Matcher.for_bank(bank), "Do you happen to know "
                                 "whether Skyscanner's CRM team here in Edinburgh is hiring at "
                                 "the moment, and what they pay?", NOW)
    assert "I don't know Skyscanner from the inside" in result.reply or (
        "I can't speak for Skyscanner:" in result.reply), result.reply


def test_hiring_asked_about_another_country_says_whose_hiring_they_know(
        banks: dict[str, Bank]) -> None:
    """"do you know if Australian employers look for different things than UK or US ones?" got
    "I can't speak for Australian", as if a nationality were an employer."""
    bank = banks["ux_design"]
    state = start_you_ask(bank, 30, NOW)
    state, result = you_ask_turn(state, bank, Matcher.for_bank(bank), "do you know if "
                                 "Australian employers look for different things than UK or US "
                                 "ones?", NOW)
    assert result.reply.startswith("I only know how hiring works here in the UK"), result.reply
    assert "Australian:" not in result.reply and "outside what I see" not in result.reply


def test_pay_for_another_city_says_whose_figures_once(banks: dict[str, Bank]) -> None:
    """"take these as a rough guide for Austin. Ranges vary a lot by city and company, so treat
    these as rough." said the caveat twice."""
    bank = banks["ux_design"]
    state = start_you_ask(bank, 20, NOW, "jenna")
    state, result = you_ask_turn(state, bank, Matcher.for_bank(bank),
                                 "what do junior ux designers make in austin?", NOW)
    assert "rough guide for Austin" in result.reply, result.reply
    assert result.reply.count("rough") == 1, result.reply


def test_a_us_contact_says_nonprofit_not_charity(banks) -> None:
    """Gabriel, in Philadelphia, offered "Should I work for a small local charity or a large
    national one?"; a US contact's sector is the nonprofit sector."""
    from bot.features.practice.matcher import Matcher
    from bot.features.practice.you_ask import start_you_ask, you_ask_turn
    from tests.features.practice.support import NOW
    bank = banks["nonprofit_public"]
    state = start_you_ask(bank, 30, NOW, "gabriel")
    state, result = you_ask_turn(state, bank, Matcher.for_bank(bank), "What's the difference "
                                 "between policy work at a nonprofit vs in city government?", NOW)
    assert "charit" not in result.reply.lower() and "nonprofit" in result.reply, result.reply
    state = start_you_ask(bank, 30, NOW, "owen")  # a UK civil servant keeps "charity"
    state, result = you_ask_turn(state, bank, Matcher.for_bank(bank), "Should I work for a small "
                                 "local charity or a large national one?", NOW)
    assert result.question_id == "small-vs-large-charity"


def test_the_market_caveat_goes_only_before_a_market_answer_and_names_the_place(
        banks: dict[str, Bank]) -> None:
    """"…much UX research work in the north of England, or is it mostly London…?" got "take
    this as a rough guide for North", then the contact's working hours."""
    bank = banks["ux_design"]
    state = start_you_ask(bank, 30, NOW, persona_id="jenna")
    state, result = you_ask_turn(state, bank, Matcher.for_bank(bank), "Thank you. Do you have "
                                 "any sense of whether there is much UX research work in the "
                                 "north of England, or is it mostly London and remote roles?", NOW)
    assert result.question_id == "job-prospects", result
    assert result.reply.startswith("I only know the market here in Seattle, so take this as a "
                                   "rough guide for the north of England."), result.reply


def test_no_market_caveat_before_an_answer_on_another_topic(banks: dict[str, Bank]) -> None:
    from bot.features.practice.people import persona_of
    from bot.features.practice.where import from_here
    jenna = persona_of(banks["ux_design"], "jenna")
    asked = "are there many research jobs in Manchester, or are most roles remote?"
    assert from_here(asked, jenna, [], "work-life-balance") == ""
    # a Seattle researcher's market is no rough guide for Manchester: another country's
    assert from_here(asked, jenna, [], "job-prospects") == (
        "I only know the market here in the US, so take this with a pinch of salt for the UK.")


def test_pay_for_another_state_is_said_as_the_contacts_city(banks: dict[str, Bank]) -> None:
    """"whats the pay like for entry level social media jobs? like in texas not LA lol" got LA
    figures with no word that they were LA's ("Los Angeles" was not read as a place)."""
    bank = banks["marketing"]
    state = start_you_ask(bank, 30, NOW, persona_id="keisha")
    state, result = you_ask_turn(state, bank, Matcher.for_bank(bank), "whats the pay like for "
                                 "entry level social media jobs? like in texas not LA lol", NOW)
    assert result.reply.startswith("I only know the numbers here in LA, so take these as a rough "
                                   "guide for Texas."), result.reply


def test_an_employer_typed_lower_before_is_it_a_good_job_is_theirs(
        banks: dict[str, Bank]) -> None:
    """"what about accenture here in manila, is it a good first job for a junior dev?" got the
    contact's own first job."""
    bank = banks["software_engineering"]
    assert named_elsewhere("what about accenture here in manila, is it a good first job for a "
                           "junior dev?", "", bank) == "Accenture"
    assert named_elsewhere("is it a good idea to learn python first?", "", bank) is None


def test_a_place_or_a_trade_before_is_it_good_is_no_employer(banks: dict[str, Bank]) -> None:
    from bot.features.practice.people import persona_of
    from bot.features.practice.where import from_here
    bank = banks["software_engineering"]
    assert named_elsewhere("what about leeds, is it a good place to start?", "", bank) is None
    keisha = persona_of(banks["marketing"], "keisha")
    assert "the north of The" not in from_here("what do juniors earn in the north of the city?",
                                               keisha, ["pay"])


def test_an_employer_told_of_first_is_who_their_team_means(banks: dict[str, Bank]) -> None:
    """"Skyscanner is headquartered here in Edinburgh… Do you know anything about what it is
    like to work in their data team?" got a did-you-mean between two of the contact's own
    questions, then "outside what I see day to day"."""
    bank = banks["data_analytics"]
    state = start_you_ask(bank, 30, NOW)
    state, result = you_ask_turn(state, bank, Matcher.for_bank(bank), "Skyscanner is "
                                 "headquartered here in Edinburgh, and I would love to work "
                                 "there. Do you know anything about what it is like to work in "
                                 "their data team?", NOW)
    assert "Skyscanner" in result.reply and "outside what I see" not in result.reply, result


def test_a_cv_from_another_country_is_the_users_not_a_market(banks: dict[str, Bank]) -> None:
    """"…I am not sure if my Nigerian CV format is ok", put to a Chicago manager, got "I only
    know how hiring works here in the US, so check with someone who hires in Nigeria"."""
    bank = banks["finance"]
    matcher = Matcher.for_bank(bank)
    state = start_you_ask(bank, 20, NOW, "rosa")
    state, result = you_ask_turn(state, bank, matcher, "what would make a CV stand out here? I "
                                 "am not sure if my Nigerian CV format is ok", NOW)
    assert result.question_id == "application-stand-out" and "Nigeria" not in result.reply
    state, result = you_ask_turn(state, bank, matcher, "what's the job market like for "
                                 "analysts in Nigeria?", NOW)
    assert "can't really speak for Nigeria" in result.reply, result.reply


def test_a_professional_body_is_no_other_employer(banks: dict[str, Bank]) -> None:
    """"do you know if CPA Canada gives any exemptions for ICAN members?" got "I can't speak
    for CPA Canada: I only know my own employer from the inside"; its rules are the question."""
    bank = banks["finance"]
    for text in ("do you know if CPA Canada gives any exemptions for ICAN members?",
                 "does the Chartered Institute of Marketing run evening courses?"):
        assert named_elsewhere(text, "", bank) is None, text
    matcher = Matcher.for_bank(bank)
    state = start_you_ask(bank, 20, NOW, "rosa")
    state, result = you_ask_turn(state, bank, matcher, "do you know if CPA Canada gives any "
                                 "exemptions for ICAN members?", NOW)
    assert "professional body" in result.reply and "from the inside" not in result.reply


@pytest.mark.parametrize("text", [
    "How do hiring managers look at someone with only foreign experience?",
    "In your team, have you hired someone who qualified abroad, like ICAN or ACCA from Africa? "
    "How did they adjust?",
    "I have no Canadian experience, does that hurt me a lot?",
])
def test_experience_from_abroad_gets_what_the_contact_has_seen(banks: dict[str, Bank],
                                                               text: str) -> None:
    """Asked how experience from another country is seen, a Chicago manager said "that's
    outside what I see day to day", or whether an ACCA is worth it, from her own degree."""
    result = first_turn(banks["finance"], "rosa", text)
    assert result.question_id is None, result
    assert result.reply.startswith("I can only tell you what I've seen: experience from another"
                                   " country counts"), result.reply
    assert "my own path" not in result.reply and "worth it" not in result.reply


def test_a_worry_about_english_gets_what_the_contact_has_seen(banks: dict[str, Bank]) -> None:
    """"In your team there is people that are not native english speakers? I am worry that my
    english is not enough good" got "It depends so much on the case … Ask me about a real
    example, like something from last week"."""
    result = first_turn(banks["product_management"], "mei", "In your team there is people that "
                        "are not native english speakers? I am worry that my english is not "
                        "enough good")
    assert "judged on being clear, not on sounding native" in result.reply, result.reply


def test_people_asked_for_in_ireland_are_not_said_to_be_in_the_uk(banks: dict[str, Bank]
                                                                  ) -> None:
    """"maybe somebody in Europe or Ireland", to a US contact, got "I don't really know people
    in the UK"."""
    bank = banks["ux_design"]
    state = start_you_ask(bank, 30, NOW, persona_id="jenna")
    state, result = you_ask_turn(state, bank, Matcher.for_bank(bank), "Is there someone else "
                                 "you think I should talk with? maybe somebody in Europe or "
                                 "Ireland", NOW)
    assert result.reply.startswith("I don't really know people in Ireland"), result.reply


def test_an_nhs_trust_named_university_is_another_employer(banks: dict[str, Bank]) -> None:
    """"Do you happen to know if University Hospitals Birmingham have any return to work
    schemes…?" got "I did a part-time master's in public health": "University" had made it no
    employer."""
    bank = banks["healthcare"]
    assert named_elsewhere("Do you happen to know if University Hospitals Birmingham have any "
                           "return to work schemes for people like me?", "", bank) == (
        "University Hospitals Birmingham")
    assert named_elsewhere("Did you study at Leeds University?", "", bank) is None


def test_an_employer_asked_about_without_do_is_still_another(banks: dict[str, Bank]) -> None:
    """"you know what UPS pays there analysts?" got the contact's own New York pay, word for
    word."""
    bank = banks["data_analytics"]
    assert named_elsewhere("you know what UPS pays there analysts?", "", bank) == "UPS"
    matcher = Matcher.for_bank(bank)
    state = start_you_ask(bank, 20, NOW, "carlos")
    state, result = you_ask_turn(state, bank, matcher, "you know what UPS pays there analysts? "
                                 "they got a big office out here in sandy springs", NOW)
    assert "UPS" in result.reply and "New York" not in result.reply, result.reply


def test_coding_against_meetings_is_no_other_field() -> None:
    """"roughly how much is meetings versus actual coding and modelling?" to a data scientist
    began "I can only speak for my side of that; on development, someone who works in it would
    know better": coding is part of her own week, not another field."""
    from bot.features.practice.elsewhere import other_side
    assert other_side("how much is meetings versus actual coding and modelling?",
                      "data_analytics") is None
    assert other_side("is data analytics an easier way in than software development?",
                      "data_analytics") == "development"


def test_a_no_to_hearing_how_it_is_here_simply_moves_on(banks: dict[str, Bank]) -> None:
    """"no thanks" to "Shall I tell you how it works here, for comparison?" got "…if you
    change your mind later, just drop me a line", as if an introduction had been turned down."""
    bank = banks["education"]
    state = start_you_ask(bank, 30, NOW, persona_id="ben")
    matcher = Matcher.for_bank(bank)
    state, _ = you_ask_turn(state, bank, matcher, "How does teacher pay work in Australian public "
                            "schools?", NOW)
    state, result = you_ask_turn(state, bank, matcher, "no thanks", NOW)
    assert result.kind == "no" and result.reply.startswith(("No problem.", "Sure, no problem."))
    assert "drop me a line" not in result.reply and "change your mind" not in result.reply
    assert state.offers_accepted == 0 and "teacher-pay" not in state.asked


def test_hiring_remote_devs_in_another_country_is_the_cross_border_answer(
        banks: dict[str, Bank]) -> None:
    """"…i'm in lagos and i dont plan to relocate. how does ur company handle hiring devs who r
    fully remote in another country like nigeria?" got "I only know the market here in the UK,
    so take this with a pinch of salt for Nigeria": the market, where hiring across a border
    was asked."""
    bank = banks["software_engineering"]
    state = start_you_ask(bank, 30, NOW, persona_id="priya")
    state, result = you_ask_turn(state, bank, Matcher.for_bank(bank), "ok thats encouraging. next"
                                 " thing, i'm in lagos and i dont plan to relocate. how does ur "
                                 "company handle hiring devs who r fully remote in another country"
                                 " like nigeria?", NOW)
    assert result.reply.startswith("Working for a team in the UK from Nigeria"), result.reply
    assert "pinch of salt" not in result.reply


@pytest.mark.parametrize(("field", "persona", "asked", "place", "then"), [
    # a market question that reaches no bank question: the same decline, the same offer
    ("healthcare", None, "whats the job market like for ops managers in australia?",
     "Australia", "job-prospects"),
    # a country no time zone is named for, and demand for people, not for skills
    ("data_analytics", "marcus", "is there much demand for data scientists in norway at the "
     "moment?", "Norway", "job-prospects"),
    ("data_analytics", "marcus", "how much do data scientists earn in norway?", "Norway",
     "data-pay"),
    ("software_engineering", None, "are junior devs still in demand in poland?", "Poland",
     "job-prospects"),
    # a region asked of as one market
    ("finance", None, "what's the market like for fp&a analysts in the gulf? i'm thinking of "
     "dubai", "the Middle East", "job-prospects"),
    ("finance", None, "is there much demand for financial analysts in scandinavia?",
     "Scandinavia", "job-prospects"),
    ("finance", None, "how much do fp&a analysts earn in the middle east?", "the Middle East",
     "pay-ranges"),
    # a continent, a region in shorthand and a country in short, with no "the"
    ("ux_design", None, "whats pay like for ux designers in europe?", "Europe", "design-pay"),
    ("ux_design", None, "is there much demand for ux researchers in APAC?", "Asia-Pacific",
     "job-prospects"),
    ("software_engineering", None, "are junior devs in demand in EU right now?", "the EU",
     "job-prospects"),
    ("finance", None, "how much do fp&a analysts earn in saudi?", "Saudi Arabia", "pay-ranges"),
])
def test_the_market_abroad_that_matches_no_question_is_declined_with_the_offer(
        banks: dict[str, Bank], field: str, persona: str | None, asked: str, place: str,
        then: str) -> None:
    """"whats the job market like for ops managers in australia?" was declined with no "Shall I
    tell you how it looks here?", while pay asked the same way had it; "how much do data
    scientists earn in norway?" got UK figures as if Norway were no other country; "is there
    much demand for data scientists" heard which skills are in demand."""
    bank = banks[field]
    state = start_you_ask(bank, 30, NOW, persona_id=persona or "")
    matcher = Matcher.for_bank(bank)
    state, result = you_ask_turn(state, bank, matcher, asked, NOW)
    assert result.kind == "off_bank" and f"can't really speak for {place}" in result.reply, result
    assert result.reply.endswith("for comparison?") and not re.search(r"\d", result.reply)
    state, result = you_ask_turn(state, bank, matcher, "yes please", NOW)
    assert result.question_id == then and place not in result.reply, result


def test_demand_for_people_is_the_market_and_a_told_market_is_not_offered_again(
        banks: dict[str, Bank]) -> None:
    """"is there much demand for data scientists at the moment?" got the skills in demand; and
    "and in norway?" just after the UK market's answer offered to tell that answer again."""
    bank = banks["data_analytics"]
    state = start_you_ask(bank, 30, NOW, persona_id="marcus")
    matcher = Matcher.for_bank(bank)
    state, result = you_ask_turn(state, bank, matcher, "is there much demand for data "
                                 "scientists at the moment?", NOW)
    assert result.question_id == "job-prospects", result
    assert matcher.match("whats in demand skills wise?").question_id == "skills-in-demand"
    state, result = you_ask_turn(state, bank, matcher, "and in norway?", NOW)
    assert result.reply == ("Same for Norway, I'm afraid: I only know the market here in the "
                            "UK."), result.reply


def test_a_yes_to_hear_the_market_here_is_no_introduction_taken_up(
        banks: dict[str, Bank]) -> None:
    """After "yes please" to "Shall I tell you how it looks here, for comparison?", a yes to
    the introduction offered later ("Ama also sounds interesting") named nobody: the first yes
    had counted as the introduction already taken."""
    bank = banks["data_analytics"]
    state = start_you_ask(bank, 30, NOW, persona_id="lena")
    matcher = Matcher.for_bank(bank)
    for said in ("Is there much demand for data scientists in Norway at the moment?",
                 "yes please", "Do you know anyone working with data in the energy sector?"):
        state, result = you_ask_turn(state, bank, matcher, said, NOW)
    state, result = you_ask_turn(state, bank, matcher, "Yes please, that would be very kind. "
                                 "Ama also sounds interesting, as she made a similar move from "
                                 "a PhD.", NOW)
    assert "introduce you to Rafael and Ama" in result.reply, result.reply


def test_a_question_that_names_the_contacts_own_country_gets_no_check_elsewhere() -> None:
    """"…a natural history museum in Berlin… My question: in the UK, what is the usual route
    into teaching…?" was answered "I only know how it works here in the UK, so check how
    Germany sees it": the UK was what she asked about."""
    from bot.features.practice.where import _rules_from_here
    assert _rules_from_here(
        "Let me briefly introduce myself: I have worked for five years as a museum educator at a "
        "natural history museum in Berlin. I have a master's in biology, but no teaching "
        "qualification. My question: in the UK, what is the usual route into teaching for "
        "someone with a subject degree but no teacher qualification?", "UK") == ""
    assert "Australia" in _rules_from_here("I qualified in the UK, would my nursing registration"
                                           " be recognised in Australia?", "UK")
