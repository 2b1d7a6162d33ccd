"""Questions testers asked a contact about their own work, and how the meeting went on: each
had got "outside what I see", another question's answer, or the meeting's end."""
from __future__ import annotations

import re

import pytest

from bot.banks.model import Bank
from bot.features.practice.matcher import Matcher
from bot.features.practice.state import TurnResult
from bot.features.practice.understand import read_message
from bot.features.practice.you_ask import start_you_ask, you_ask_turn
from tests.features.practice.support import NOW, midway_turns


def _turn(bank: Bank, persona: str, text: str) -> TurnResult:
    """``text`` asked nine minutes into a 30-minute meeting."""
    return midway_turns(bank, persona, text)[0]


@pytest.mark.parametrize("text", [
    "How much does a program director work with the board, and what do they expect from you?",
    "Do you ever present to your board?",
    "how involved are you with the board of directors day to day?",
])
def test_working_with_the_board_is_their_own_work(matchers: dict[str, Matcher], text: str
                                                  ) -> None:
    """A programme director reports to a board; it had got "beyond my own work"."""
    match = matchers["nonprofit_public"].match(text)
    assert match.confident and match.question_id == "working-with-the-board", match


@pytest.mark.parametrize("text", [
    "can i join a charity board to get experience",
    "how do i become a trustee",
])
def test_joining_a_board_is_still_trustee_experience(matchers: dict[str, Matcher], text: str
                                                     ) -> None:
    match = matchers["nonprofit_public"].match(text)
    assert match.question_id == "trustee-experience", match


@pytest.mark.parametrize(("field", "text", "expected"), [
    # "Thank you. But about the grants specifically: …" had ended the meeting: "your time"
    # read as "I'm conscious of your time", so it matched the last question of a meeting
    # (its day was told already, so the grant answer it is)
    ("nonprofit_public", "Thank you. But about the grants specifically: how much of your time "
     "goes to grant writing?", "grant-writing"),
    ("data_analytics", "how much of your day is actually meetings?", "typical-day"),
    ("software_engineering", "If you were starting out today, which languages would you put "
     "your time into?", "first-language"),
    # "agency life" is life at an agency, not the hours
    ("marketing", "appreciate it fr. u ever miss agency life or nah", "agency-or-client-side"),
    # remote work had got the hours answer
    ("marketing", "can i do this remote from detroit or do most of these jobs want you in LA "
     "or NYC", "remote-marketing"),
    ("product_management", "I'm based in Galway, which is lovely but a long way from the Dublin "
     "tech scene. How much of product work can realistically be done remotely?",
     "remote-product"),
    # "miss" is whether they are glad of the move: had got the jobs beyond the classroom
    ("education", "do u ever miss having ur own classroom? im lowkey scared ill regret leaving "
     "my kids", "do-you-like-job"),
    # had got "Sorry, I'm not quite sure what you're asking. Did you mean 'What small project
    # could I do to test whether I'd enjoy this work?'"
    ("software_engineering", "Thanks. If you were in my position, what one project would you "
     "build to show backend skills to a hiring manager like you?", "portfolio-projects"),
    # had got "I see résumés once a recruiter has passed them … it changes from one hiring
    # round to the next": no steps
    ("software_engineering", "What does a junior backend interview loop look like at your "
     "company, step by step?", "interview-process"),
    # "that" is the non-target university just told: had got the background answer
    ("finance", "Birkbeck is not usually considered a target university for the banks. Do you "
     "think that will hurt my chances, and is there anything I can do to compensate for it?",
     "target-schools"),
    # remote work had got the contact's hours, twice
    ("nonprofit_public", "I'd love to stay up here in the Highlands, I'm no keen to move to "
     "Glasgow or Edinburgh. Are there many remote or hybrid programme roles, or do most of them "
     "want you in an office?", "remote-nonprofit"),
    ("finance", "So could someone like me realistically work fully remote for a Chicago company "
     "from Arizona?", "remote-finance"),
    # whether these conversations are worth it had got how long a CV should be
    ("general", "honestly is this informational interview stuff worth my time or do i just "
     "apply to jobs", "networking-worth-it"),
    # freelance or in-house had got the contact's screening habits ("a word neither covers")
    ("marketing", "Hmm, you dodged the AI bit like a pollie, but fair enough. Practical one: "
     "would you start freelance to build a portfolio, or go straight for an in-house gig?",
     "marketing-freelance"),
    # a UX bank with no remote question had said the research-versus-design answer again
    ("ux_design", "I'm in Lagos at the moment. Are there remote UX research roles open to "
     "people outside the US, or would I need to relocate?", "remote-ux"),
    # had got "I honestly don't know" from an analytics manager with a hybrid team
    ("data_analytics", "Do you see many analysts working remotely, or would I need to be in a "
     "bigger city like Dallas or Austin?", "remote-analytics"),
    # people analytics had got the team's structure, then "I'm not close enough to that"
    ("data_analytics", "I meant how would someone like me find people analytics or HR analyst "
     "roles specifically?", "people-analytics"),
    ("data_analytics", "is hr analytics a thing? how do i get into it", "people-analytics"),
    # Big Four audit against a bank had got "outside what I see" from a contact who trained
    # in audit
    ("finance", "what about audit for big 4 like deloitte or pwc, u think e better pass bank for "
     "someone like me?", "audit-first"),
    ("finance", "u think big 4 audit na good first step for grad or e go box me in?",
     "audit-first"),
    # veterans' preference had got the transferable-skills answer, then the city's grants
    ("nonprofit_public", "copy. does veterans preference count for anything on the nonprofit "
     "side or is that just a govt thing", "veterans-preference"),
    ("nonprofit_public", "i told you, army logistics 22 yrs. my question was vets preference. "
     "does it matter outside of federal jobs", "veterans-preference"),
    # "how did you figure out what career" had got the team's current problems
    ("general", "How did you figure out what career was right for you?",
     "choosing-a-new-career"),
    # "will my age be a problem" had got "did you mean the problems your team is solving?"
    ("data_analytics", "That sounds like a busy morning! I should be honest about something "
     "that worries me. I am 45, and most people I see in analytics bootcamps are in their "
     "twenties. Do you think my age will be a problem when I apply for analyst roles?",
     "too-old-to-switch"),
])
def test_the_question_gets_its_own_answer_and_the_meeting_goes_on(
        banks: dict[str, Bank], field: str, text: str, expected: str) -> None:
    result = _turn(banks[field], banks[field].personas[-1].id, text)
    assert result.question_id == expected and not result.ended, result


def test_grant_work_day_to_day_is_the_grant_work(matchers: dict[str, Matcher]) -> None:
    """Grant work "day to day" had got the contact's whole typical day."""
    match = matchers["nonprofit_public"].match(
        "What does grant work actually look like day to day for a program manager?")
    assert match.confident and match.question_id == "grant-writing", match
    assert matchers["nonprofit_public"].match("what does your typical day look like").question_id \
        == "typical-day"


@pytest.mark.parametrize(("field", "text", "expected"), [
    ("ux_design", "can i do ux from home", "remote-ux"),  # had got the content-design answer
    ("ux_design", "is wfh normal in ux", "remote-ux"),
    ("software_engineering", "can devs work from home", "remote-developers"),
])
def test_working_from_home_is_remote_work(matchers: dict[str, Matcher], field: str, text: str,
                                          expected: str) -> None:
    match = matchers[field].match(text)
    assert match.confident and match.question_id == expected, match


def test_a_contacts_own_title_is_no_word_the_bank_never_uses(
        matchers: dict[str, Matcher]) -> None:
    """ "coach", a literacy coach's own title, had counted against the question like a word
    of another topic: "Beyond that I'd be guessing" when asked about her day."""
    match = matchers["education"].match("i meant like what do you actually do all day as a "
                                        "coach?")
    assert match.confident and match.question_id == "typical-day", match


def test_hours_questions_still_get_the_hours(matchers: dict[str, Matcher]) -> None:
    for field in ("marketing", "product_management"):
        match = matchers[field].match("how many hours a week do you work")
        assert match.question_id == "work-life-balance", (field, match)


@pytest.mark.parametrize("text", [
    "appreciate it fr. u ever miss agency life or nah",
    "ok first thing fr do u actually need a 4 year degree to get hired in ux or nah",
    "honestly is a bootcamp worth it yes or no",
])
def test_a_question_typed_without_its_mark_is_still_a_question(text: str) -> None:
    """Each had been read as thanks ("Glad that helps. What's next on your list?"), and the
    first, near the end, as a goodbye that closed the meeting."""
    assert read_message(text).move == "question"


@pytest.mark.parametrize("text", [
    "how is work?",
    "hi priya, how is work?",
    "how are you finding this heat wave? We've had nothing but rain here in Galway",
    "By the way, are you working from home today or on campus?",
])
def test_chat_about_their_day_gets_chat_back(banks: dict[str, Bank], text: str) -> None:
    """Each had got "I honestly don't know… Put it to someone closer to that side"."""
    result = _turn(banks["product_management"], "hannah", text)
    assert result.kind in ("small_talk", "greeting"), result
    assert "don't know" not in result.reply and "closer to" not in result.reply


def test_how_was_your_weekend_is_answered_about_the_weekend(banks: dict[str, Bank]) -> None:
    reply = _turn(banks["product_management"], "hannah", "how was your weekend?").reply
    assert "week," not in reply and "weeks" not in reply, reply  # had said "One of those weeks"


def test_a_story_told_after_asking_leave_to_tell_it_is_taken_in(banks: dict[str, Bank]) -> None:
    """"May I tell you a little about myself? For eight years I worked…" had got "Yes, go
    ahead: tell me a bit about yourself"."""
    bank = banks["data_analytics"]
    told = _turn(bank, bank.personas[0].id,
                 "Good evening. May I tell you a little about myself? For eight years I worked "
                 "as an interpreter for the US military in Afghanistan. I recently finished the "
                 "Google Data Analytics certificate.")
    assert "go ahead" not in told.reply.lower() and "interpreter" in told.reply, told.reply
    asked = _turn(bank, bank.personas[0].id, "May I tell you a little about myself first?")
    assert "go ahead" in asked.reply.lower() or "love to hear" in asked.reply


def test_another_city_off_the_bank_gets_no_rough_guide_to_nothing(banks: dict[str, Bank]
                                                                   ) -> None:
    """Had got "I only know the market here in New York, so take this as a rough guide for
    Sacramento." and nothing after it."""
    bank = banks["data_analytics"]
    persona = next(p.id for p in bank.personas if "New York" in p.organisation)
    reply = _turn(bank, persona, "here in Sacramento there are many State of California jobs. "
                  "Do you think working as an analyst for the state government is a good first "
                  "step?").reply
    assert "rough guide" not in reply, reply


@pytest.mark.parametrize("text", [
    "I speak Dari and Pashto as well. Is there any way my languages could be useful for a "
    "data analyst?",
    "im bilingual in spanish, does that help in analytics?",
])
def test_languages_people_speak_are_not_programming_languages(banks: dict[str, Bank],
                                                              text: str) -> None:
    """Had got "Of those two, Python, for most business teams", twice."""
    result = _turn(banks["data_analytics"], banks["data_analytics"].personas[0].id, text)
    assert result.question_id != "python-or-r" and "Python" not in result.reply, result


def test_a_question_after_random_but_is_a_question(banks: dict[str, Bank]) -> None:
    """"ok also random but do u know if companies in tampa … hire ux interns" had got "Glad
    that helps"."""
    assert read_message("ok also random but do u know if companies in tampa like raymond james "
                        "or jabil hire ux interns").move == "question"


def test_what_made_you_switch_after_a_remark_is_their_story(banks: dict[str, Bank]) -> None:
    """Had got "I'll happily talk about that another day", to the question the greeting had
    invited ("I came into this work from TV news in my thirties, so ask me anything")."""
    result = _turn(banks["nonprofit_public"], "gabriel", "From TV news to housing, qué "
                   "interesante! What made you make that switch in your thirties?")
    assert result.question_id == "how-got-started", result


def test_pay_to_someone_abroad_keeps_its_figures_or_says_none_are_coming(
        banks: dict[str, Bank]) -> None:
    """"I can only give you US figures" had come before an answer whose figures were cut as
    a caveat ("As a rough guide, first jobs … start around 65 to 75 thousand"), or that had
    none at all."""
    for field, persona, text in (
            ("finance", "rosa", "whats the starting pay for an analyst in fp&a roughly?"),
            ("healthcare", "dana", "how much do nurses make?")):
        bank, matcher = banks[field], Matcher.for_bank(banks[field])
        for variant in range(2):
            state = start_you_ask(bank, 30, NOW, persona)
            state.abroad, state.variant, state.elapsed = True, variant, 9.0
            reply = you_ask_turn(state, bank, matcher, text, NOW)[1].reply
            if "figures" in reply.split(".")[0]:
                assert re.search(r"\d", reply), reply
            else:
                assert reply.startswith("I only know how pay works here"), reply


def test_a_place_described_before_the_question_is_no_second_question(
        banks: dict[str, Bank]) -> None:
    """Had got "Several questions at once… Ask next: 'Which is lovely but a long way from the
    Dublin tech scene?'"."""
    result = _turn(banks["product_management"], "hannah", "I'm based in Galway, which is lovely "
                   "but a long way from the Dublin tech scene. How much of product work can "
                   "realistically be done remotely?")
    assert not any("Several questions" in tip for tip in result.coaching), result.coaching
    assert read_message("I'm a nurse, which is the best route into management").move == \
        "question"


def test_excel_features_named_are_excel(matchers: dict[str, Matcher]) -> None:
    """"which excel stuff do u actually use every day, like xlookup, pivots, macros?" had got
    "outside what I see day to day" from an FP&A manager."""
    match = matchers["finance"].match(
        "which excel stuff do u actually use every day, like xlookup, pivots, macros?")
    assert match.confident and match.question_id in (
        "financial-modelling", "skills-used-most", "finance-software"), match


@pytest.mark.parametrize("text", [
    "please would you mind to look at my github some time and tell me what to improve?",
    "would you mind to check my CV?",
])
def test_a_favour_asked_in_learners_english_is_a_favour(banks: dict[str, Bank], text: str
                                                         ) -> None:
    """"would you mind to look at…" (a common Ghanaian and Indian English form) had got "I'm not
    close enough to that to give you a straight answer"."""
    result = _turn(banks["software_engineering"], "tomas", text)
    assert result.kind == "favour_later" and "send me" in result.reply, result


def test_a_yes_to_did_you_mean_that_stresses_one_part_takes_the_guess(
        banks: dict[str, Bank]) -> None:
    """"Yes, that one, and Storyline in particular." had got "I didn't quite get that"."""
    bank = banks["education"]
    matcher, state = Matcher.for_bank(bank), start_you_ask(bank, 30, NOW, "rosa")
    state, guess = you_ask_turn(state, bank, matcher, "That's really helpful, thank you. On "
                                "tools: job ads here keep mentioning Articulate Storyline. Do you "
                                "use Storyline yourself, and how good do I need to be at it "
                                "before applying?", NOW)
    if guess.kind == "did_you_mean":
        state, guess = you_ask_turn(state, bank, matcher,
                                    "Yes, that one, and Storyline in particular.", NOW)
    assert guess.question_id == "learning-tools" and "Storyline" in guess.reply, guess


def test_thanks_before_a_question_is_no_answer_to_theirs() -> None:
    """"Thank you. How much does a program director work with the board…?" after the contact
    asked what the user does now had got "Good to know. Have one short example of it ready"."""
    reading = read_message("Thank you. How much does a program director work with the board?",
                           "question", "What kind of work are you doing now?")
    assert reading.move == "question" and not reading.reply_to_prompt, reading
    told = read_message("thanks! i teach spanish at a high school", "question",
                        "What do you do now?")
    assert told.move == "answer"


@pytest.mark.parametrize(("field", "persona", "text"), [
    # whether they take people from there, not how hiring works there
    ("software_engineering", "tomas", "please I want to ask, does your company hire juniors "
     "who are working remotely from another country, like from Ghana?"),
    # "English literature" is a subject, not the UK (said to a man in California)
    ("data_analytics", "carlos", "My bachelor degree is in English literature from Kabul "
     "University. Will a foreign degree like this be a problem, or should I get it "
     "evaluated?"),
])
def test_no_other_countrys_rules_where_none_was_asked_about(
        banks: dict[str, Bank], field: str, persona: str, text: str) -> None:
    reply = _turn(banks[field], persona, text).reply
    assert "only know how" not in reply, reply


@pytest.mark.parametrize(("field", "persona", "text", "named"), [
    ("software_engineering", "tomas", "companies like Andela or Turing hire remote developers "
     "from Africa. do you know anything about them? are they good for a junior?", "Andela"),
    ("product_management", "hannah", "Do you know anything about HealthBeacon? They are a "
     "health-tech company in Dublin.", "HealthBeacon"),
    ("product_management", "hannah", "what do you think of HealthBeacon as a place to start?",
     "HealthBeacon"),
])
def test_another_employer_asked_about_is_named_in_the_honest_reply(
        banks: dict[str, Bank], field: str, persona: str, text: str, named: str) -> None:
    """Had got the contact's own first months again, or "Put it to someone closer to that
    side of things" with no word of whose side it is."""
    result = _turn(banks[field], persona, text)
    assert result.question_id is None and named in result.reply, result


def test_a_tool_asked_about_is_still_the_tools_answer(banks: dict[str, Bank]) -> None:
    result = _turn(banks["product_management"], "hannah", "what do you think of Figma?")
    assert result.question_id == "product-tools", result


def test_their_city_is_said_once_before_figures_for_another(banks: dict[str, Bank]) -> None:
    """"I only know the numbers here in Chicago, so take these as a rough guide for Miami. Here
    in Chicago, an entry-level…" said the city twice."""
    reply = _turn(banks["finance"], "rosa",
                  "and what would a first year fp&a analyst make in miami").reply
    assert reply.count("in Chicago") == 1 and re.search(r"\d", reply), reply


def test_a_degree_asked_about_from_abroad_is_for_employers_there_not_a_professional_body(
        banks: dict[str, Bank]) -> None:
    """"…is an MBA necessary?" from a dentist in Pune had got "check how India sees it with the
    professional body there": product management has none."""
    reply = _turn(banks["product_management"], "hannah", "I am based in Pune, India and having "
                  "15 years experience as a dentist. Kindly tell me, is an MBA necessary or can "
                  "my clinical experience be enough?").reply
    assert "professional body" not in reply and "MBA" in reply, reply
    acca = _turn(banks["finance"], "rosa", "whether my ACCA would be recognised here in Canada")
    assert "professional body" in acca.reply  # a chartered qualification still has one


def test_how_to_get_a_first_job_is_never_the_pay_answer(matchers: dict[str, Matcher]) -> None:
    """"how do i get my first finance job" got the pay ranges, confidently: it shares "first
    finance job" with "how much would i make in my first finance job"."""
    match = matchers["finance"].match("how do i get my first finance job")
    assert match.question_id != "pay-ranges" and match.runner_up != "pay-ranges", match
    paid = matchers["finance"].match("how much would i make in my first finance job")
    assert paid.question_id == "pay-ranges", paid


def test_which_qualification_is_not_answered_yes(banks: dict[str, Bank]) -> None:
    """"so aca vs acca, which one employers rate more?" had got "For corporate finance and
    FP&A, yes; …" and no word on either."""
    result = _turn(banks["finance"], "grace", "so aca vs acca, which one employers rate more?")
    assert result.question_id == "accounting-qualification"
    assert "yes" not in result.reply.lower().split(".")[0] and "ACA" in result.reply


def test_pay_asked_for_the_contacts_own_city_from_abroad_needs_no_other_country_caveat(
        banks: dict[str, Bank]) -> None:
    """From Chennai, "what was your starting salary …, and is that enough to live in london?"
    had opened "I can only give you UK figures, in pounds, since that's where I work": London's
    figures are the ones asked for."""
    bank = banks["software_engineering"]
    matcher = Matcher.for_bank(bank)
    asked = {"what do junior devs earn in london?": False, "what do junior devs earn?": True}
    for text, caveat in asked.items():
        state = start_you_ask(bank, 30, NOW)
        state.abroad, state.elapsed = True, 9.0
        reply = you_ask_turn(state, bank, matcher, text, NOW)[1].reply
        assert reply.startswith(("I can only give you", "I only know how pay works")) is caveat, \
            reply
