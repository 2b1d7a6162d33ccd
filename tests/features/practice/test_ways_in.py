"""The way in, asked plainly: "how do I get in?" had been answered with how long the
contact's own job search took, "How would you suggest I get in?" and "what level would I come
in at?" with "outside what I see", and "where do these jobs get advertised?" had no answer."""

from __future__ import annotations

import pytest

from bot.banks.model import Bank
from tests.features.practice.support import first_turn

FIELDS = ("healthcare", "finance", "software_engineering", "education", "marketing")


@pytest.mark.parametrize("field", FIELDS)
@pytest.mark.parametrize("text", [
    "How would you suggest I get in?",
    "how do I get in?",
    "how do i get my foot in the door",
    "how should someone like me get into ops?",
    "how would you recommend I break in?",
    "how can someone like me break into this field?",
])
def test_the_users_way_in_is_advice(banks: dict[str, Bank], field: str, text: str) -> None:
    persona = banks[field].personas[0].id
    assert first_turn(banks[field], persona, text).question_id == "advice-for-newcomer"


@pytest.mark.parametrize("text", ["how did you get in?", "so how did u break in yourself?"])
def test_the_contacts_way_in_is_their_story(banks: dict[str, Bank], text: str) -> None:
    assert first_turn(banks["finance"], "grace", text).question_id == "how-got-started"


@pytest.mark.parametrize("field", FIELDS)
@pytest.mark.parametrize("text", [
    "what level would I come in at?",
    "which level do career changers usually come in at?",
])
def test_the_level_to_come_in_at(banks: dict[str, Bank], field: str, text: str) -> None:
    persona = banks[field].personas[-1].id
    assert first_turn(banks[field], persona, text).question_id == "starting-level"


@pytest.mark.parametrize("field", [*FIELDS, "nonprofit_public", "general", "ux_design"])
@pytest.mark.parametrize("text", [
    "where do these jobs get advertised?",
    "which job boards should I be checking?",
    "do most of these jobs get posted or is it who you know?",
])
def test_where_jobs_are_advertised(banks: dict[str, Bank], field: str, text: str) -> None:
    persona = banks[field].personas[0].id
    result = first_turn(banks[field], persona, text)
    assert result.question_id == "where-openings", result.reply
    assert result.reply.startswith(banks[field].answer("where-openings", persona)[:40])


def test_asking_for_a_job_is_still_a_job_ask(banks: dict[str, Bank]) -> None:
    result = first_turn(banks["healthcare"], "maria", "are there any openings on your team?")
    assert result.question_id == "are-you-hiring"


def test_a_posting_abroad_is_not_an_advert(banks: dict[str, Bank]) -> None:
    """"…Every posting wants field experience. How did people you know get their first field
    posting?" is a first placement abroad, not where jobs are advertised."""
    result = first_turn(banks["nonprofit_public"], "aisha", "I'm an international development"
                        " student looking at UN and NGO jobs. Every posting wants field"
                        " experience. How did people you know get their first field posting?")
    assert result.question_id != "where-openings"


def test_a_job_of_the_field_asked_for_is_the_way_in(banks: dict[str, Bank]) -> None:
    """"How do I get a marketing job without experience?" had been the switch from another
    field; a job at the contact's own place is still a job ask."""
    bank = banks["marketing"]
    assert first_turn(bank, "sofia", "how would someone like me get a junior marketing"
                      " role?").question_id == "advice-for-newcomer"
    assert first_turn(bank, "sofia", "how can I get a job at your company?").question_id \
        == "are-you-hiring"


@pytest.mark.parametrize("text", [
    "and pay wise? roughly",
    "money-wise, how does it compare?",
    "what do analysts earn? just curious",
])
def test_pay_asked_with_a_tail(banks: dict[str, Bank], text: str) -> None:
    """"and pay wise? roughly" had got "Got it. So what would be most useful to know from my
    side?", as if it told something."""
    assert first_turn(banks["finance"], "rosa", text).question_id == "pay-ranges"


def test_is_it_wise_keeps_its_word(banks: dict[str, Bank]) -> None:
    result = first_turn(banks["finance"], "grace", "is it wise to quit before I have an offer?")
    assert result.question_id != "pay-ranges"


@pytest.mark.parametrize("text", [
    "whats the first thing i should do to actually get started?",
    "what's the first thing you'd do in my shoes?",
])
def test_the_first_thing_to_do_is_advice(banks: dict[str, Bank], text: str) -> None:
    """It had been "did you mean how you got into this, or the level you'd start at?"."""
    assert first_turn(banks["data_analytics"], "carlos", text).question_id == \
        "advice-for-newcomer"


def test_the_level_asked_what_they_think(banks: dict[str, Bank]) -> None:
    """"what level do you think I'd come in at?" had got the programme officer's week."""
    assert first_turn(banks["nonprofit_public"], "aisha", "what level do you think I'd come in"
                      " at?").question_id == "starting-level"


def test_the_level_guessed_at(banks: dict[str, Bank]) -> None:
    """"Would I come in as an assistant brand manager, do you think, or lower?" had got what
    brand management is."""
    assert first_turn(banks["marketing"], "jordan", "Would I come in as an assistant brand"
                      " manager, do you think, or lower?").question_id == "starting-level"


@pytest.mark.parametrize("field", ["marketing", "healthcare", "finance"])
def test_how_the_last_hire_heard_of_the_job(banks: dict[str, Bank], field: str) -> None:
    """It got "I can only tell you what I see myself… it took about seven weeks"; every
    contact's answer on where jobs are advertised tells how a hire really came about."""
    bank = banks[field]
    assert first_turn(bank, bank.personas[0].id, "how did the last person you hired hear about"
                      " the role?").question_id == "where-openings"


@pytest.mark.parametrize(("field", "persona", "text", "asked"), [
    ("nonprofit_public", "aisha", "what level would I come in at? Would it be programme officer,"
     " or could I aim for programme manager?", "starting-level"),
    ("finance", "rosa", "what's the best way in for me? would it be through a grad scheme or an"
     " internship?", "career-switch-finance"),
])
def test_options_that_narrow_a_question_are_one_question(
        banks: dict[str, Bank], field: str, persona: str, text: str, asked: str) -> None:
    """"… Would it be programme officer, or could I aim for programme manager?" had been
    answered with a programme officer's week and coached as several questions at once."""
    turn = first_turn(banks[field], persona, text)
    assert turn.question_id == asked
    assert not any("Several questions" in tip for tip in turn.coaching)


def test_a_choice_asked_for_its_own_sake_is_still_a_second_question(
        banks: dict[str, Bank]) -> None:
    turn = first_turn(banks["finance"], "rosa", "What did you study? Would it be better to do"
                      " an MBA or a CFA?")
    assert any("Several questions" in tip for tip in turn.coaching)


@pytest.mark.parametrize(("field", "text"), [
    ("product_management", "how is the situation for PMs in the moment?"),
    ("healthcare", "what's the outlook for nurses right now?"),
])
def test_the_market_asked_in_other_words(banks: dict[str, Bank], field: str, text: str) -> None:
    """"how is the situation for PMs in the moment?" (a non-native speaker's "at the moment")
    had got "I honestly don't know"."""
    persona = banks[field].personas[0].id
    assert first_turn(banks[field], persona, text).question_id == "job-prospects"


def test_the_other_share_of_one_question_is_no_second_question(banks: dict[str, Bank]) -> None:
    """"… I am curious how much time is meetings with engineers and how much with customers."
    was coached as several questions, with "Ask next: 'How much with customers?'"."""
    turn = first_turn(banks["product_management"], "hannah", "So first, how does a normal week"
                      " look for you? I am curious how much time is meetings with engineers and"
                      " how much with customers.")
    assert turn.question_id == "typical-day"
    assert not any("Several questions" in tip for tip in turn.coaching), turn.coaching


def test_the_second_option_picked_with_a_bang(banks: dict[str, Bank]) -> None:
    """"the 2nd one! like is the certificate worth the money" had got "I didn't quite get
    that"."""
    from bot.features.practice.matcher import Matcher
    from bot.features.practice.you_ask import start_you_ask, you_ask_turn
    from tests.features.practice.support import NOW, roundtrip
    bank = banks["education"]
    matcher, state = Matcher.for_bank(bank), start_you_ask(bank, 20, NOW, "rosa")
    state, first = you_ask_turn(state, bank, matcher, "Some of the courses are like $3,000. Do I"
                                " actually need a certificate to get hired, or is a portfolio"
                                " enough?", NOW)
    assert first.kind == "did_you_mean" and first.alt_id == "id-credentials", first
    _, second = you_ask_turn(roundtrip(state), bank, matcher, "the 2nd one! like is the"
                             " certificate worth the money", NOW)
    assert second.question_id == "id-credentials"


@pytest.mark.parametrize(("field", "persona", "text"), [
    ("ux_design", "daniel", "I was head of year for four years, so I've managed staff, run"
     " budgets, dealt with really tricky stakeholders (parents!!). Would I have to come in as a"
     " junior designer, or could I realistically aim for a mid-level role?"),
    ("data_analytics", "marcus", "would i come in as a junior analyst or could i go straight to"
     " analyst?"),
    # the levels named as a job ("a content manager role") are the options, not the topic
    ("marketing", "sofia", "Given my eight years as a journalist, would someone like me be hired"
     " as a content marketer, or could I aim for a content manager role?"),
    ("product_management", "derek", "At what level would someone like me realistically come in:"
     " associate product manager, or product manager?"),
    ("healthcare", "tanya", "sorry lost signal lol. would i start as a front desk coordinator or"
     " could i aim for an office manager role right away?"),
])
def test_the_rung_asked_with_the_one_hoped_for(banks: dict[str, Bank], field: str,
                                               persona: str, text: str) -> None:
    """A lead designer who reviews portfolios had said "I'm not close enough to that"; a
    content manager described her own job, and a PM the associate programmes he doesn't run."""
    assert first_turn(banks[field], persona, text).question_id == "starting-level"


def test_two_halves_of_one_set_are_one_question(banks: dict[str, Bank]) -> None:
    """"Which of the skills from clinical work transfer best into management, and which did
    you have to learn from scratch?" had got where to read up on nursing ("learn")."""
    turn = first_turn(banks["healthcare"], "maria", "Which of the skills from clinical work do"
                      " you find transfer best into management, and which did you have to learn"
                      " from scratch?")
    assert turn.question_id != "learning-resources" and "learning-resources" not in (
        turn.guess_id, turn.alt_id)
    assert not any("Several questions" in tip for tip in turn.coaching), turn.coaching


def test_the_rest_of_a_set_asked_with_no_subject_is_the_same_question(
        banks: dict[str, Bank]) -> None:
    """"Which tools and metrics do I genuinely need to learn before applying, and which can I
    pick up on the job?" got a content manager's degrees ("which can I pick up" alone reads as
    where she learned), coached as several questions."""
    turn = first_turn(banks["marketing"], "sofia", "I've been a journalist for eight years, so"
                      " writing is not the problem. Which tools and metrics do I genuinely need"
                      " to learn before applying, and which can I pick up on the job?")
    assert turn.question_id == "marketing-tools", turn
    assert not any("Several questions" in tip for tip in turn.coaching), turn.coaching
    # a set's other part with a subject of its own is still a second question
    from bot.features.questions.habits import split_questions
    assert len(split_questions("which skills matter most, and which ones are overrated?")) == 2


@pytest.mark.parametrize(("text", "asked"), [
    # the people it is asked for ("for bootcamp ppl") qualify the question, not its topic
    ("how long does the job search usually take for bootcamp ppl, like realistically",
     "job-search-length"),
    ("how do the interviews work at ur company like start to finish", "interview-process"),
])
def test_a_bootcamp_grads_job_search_questions(banks: dict[str, Bank], text: str,
                                               asked: str) -> None:
    """A bootcamp graduate heard the bootcamp-or-degree answer again for how long the search
    takes, and résumé screening for how the interviews work."""
    assert first_turn(banks["software_engineering"], "alyssa", text).question_id == asked


def test_when_applying_qualifies_the_question(banks: dict[str, Bank]) -> None:
    """A sociology lecturer asking "Would my research and teaching experience count for
    anything when applying for programme roles, or would hiring managers regard it as
    irrelevant?" heard "that changes from one hiring round to the next": "applying" and
    "hiring" had made it a question about their hiring."""
    turn = first_turn(banks["nonprofit_public"], "aisha", "Would my research and teaching"
                      " experience count for anything when applying for programme roles, or"
                      " would hiring managers regard it as irrelevant?")
    assert turn.question_id == "assess-my-background", turn


def test_a_career_changer_asking_how_to_get_certified_hears_the_routes(
        banks: dict[str, Bank]) -> None:
    """A sales rep asking an Ohio teacher "How does someone like me actually get certified as a
    career changer? Are there alternative routes?" heard the teacher's own journalism degree
    (or an instructional designer's certificates), then was told to ask the first half next."""
    turn = first_turn(banks["education"], "denise", "I don't have an education degree, just a"
                      " business degree with a couple of stats classes. How does someone like me"
                      " actually get certified as a career changer? Are there alternative routes?")
    assert turn.question_id == "teaching-routes", turn
    assert not any("Ask next" in tip for tip in turn.coaching), turn.coaching


def test_how_the_week_just_asked_about_splits_is_part_of_that_question(
        banks: dict[str, Bank]) -> None:
    """"May I ask what a typical week looks like for you as programme director? I would like
    to understand how much of it is management versus fieldwork." was coached as several
    questions, and the scorecard counted a weak question."""
    turn = first_turn(banks["nonprofit_public"], "aisha", "May I ask what a typical week looks"
                      " like for you as programme director? I would like to understand how much"
                      " of it is management versus fieldwork.")
    assert turn.question_id == "typical-day", turn
    assert not any("Several questions" in tip for tip in turn.coaching), turn.coaching


def test_explaining_a_layoff_is_the_gap_question(banks: dict[str, Bank]) -> None:
    """A store manager laid off after 15 years asked "When they ask why I left, how do I
    explain being laid off?" and a project manager who hires said "it's beyond my own work"."""
    turn = first_turn(banks["general"], "jamal", "sorry about that, computer froze up. So the"
                      " part that worries me most. When they ask why I left, how do I explain"
                      " being laid off? The whole regional chain closed 6 stores, it wasnt a"
                      " performance thing but I still feel like it looks bad")
    assert turn.question_id == "career-gap", turn
    assert "layoffs" in turn.reply


@pytest.mark.parametrize("persona", ["elena", "ruth", "jamal"])
@pytest.mark.parametrize(("text", "expected", "not_said"), [
    ("hmm ok. another thing, CIPD. u are in UK so u know it maybe.. is the level 3 enough to "
     "start or ppl expect level 5? its expensive for me", "hr-qualification", "graduate"),
    ("no.. ok simple: is a recruiter job a good way into HR?", "recruiter-into-hr", ""),
    ("ok interesting. so is agency a good door to go in or its just sales and cold calls all "
     "day?", "recruiter-into-hr", ""),
    ("ok so what does HR people actually do all day? like the real day not the job "
     "description", "hr-day", ""),
    ("i keep seeing 'people operations' in job titles on linkedin.. is that same as HR or "
     "something different?", "hr-day", ""),
    ("thank u :) one worry.. i love being with ppl all day at the desk. in HR is it mostly "
     "sitting on excel and policies or still lots of talking to people?", "hr-day", ""),
    # using agencies to find a job stays its own question
    ("should i use recruitment agencies to find a job?", "recruitment-agencies", ""),
])
def test_someone_heading_into_hr_gets_the_hr_answer_asked_for(
        banks: dict[str, Bank], persona: str, text: str, expected: str, not_said: str) -> None:
    """A hotel supervisor heading into HR got job boards for "do i need CIPD or SHRM?", a
    consultancy's graduate intake for "is level 3 enough?", three did-you-means for "is a
    recruiter job a good way into HR?", and "Like I said" for "is HR mostly excel or people?"."""
    result = first_turn(banks["general"], persona, text)
    assert result.question_id == expected, result
    assert not not_said or not_said not in result.reply


@pytest.mark.parametrize(("field", "persona"), [("general", "ruth"), ("general", "elena"),
                                                ("marketing", "sofia")])
def test_where_to_start_weighed_between_places_is_answered_honestly(
        banks: dict[str, Bank], field: str, persona: str) -> None:
    """"my family want me back in casablanca, my cousin say come to paris. if i want HR career
    which is better place to start, or stay in dubai where i have experience?" got what HR
    careers are like (or a did-you-mean between the contact's story and HR careers)."""
    result = first_turn(banks[field], persona, "ok. big question for me.. my family want me back"
                        " in casablanca, my cousin say come to paris. if i want HR career which is"
                        " better place to start, or stay in dubai where i have experience?")
    assert result.kind == "off_bank" and "weigh those places" in result.reply, result


@pytest.mark.parametrize("persona", ["maria", "samir", "dana", "tanya"])
@pytest.mark.parametrize(("text", "expected"), [
    # had got the qualifications the contact holds (a nursing degree, a master's)
    ("thank u that helps! one more option i was thinking, health informatics… actually scratch "
     "that, i dont think im techy enough. back to education, what does a clinical practice "
     "educator on your ward do?", "nurse-educator"),
    # had got "As I mentioned earlier, usually you'd get clinical experience first"
    ("lol i already have 5 yrs clinical experience tho. ok different question. i heard some "
     "people get a secondment into research or practice education. how do i even get one of "
     "those, do i ask my manager or do they get advertised?", "secondments"),
    # had got a did-you-mean between management and what they wish they had known
    ("sorry my network dropped! ok so this one is worrying me. is leaving the bedside a mistake?"
     " like will i lose my clinical skills and regret it, my mum says a nurse belongs at the "
     "bedside lol", "leaving-bedside"),
])
def test_a_nurse_moving_off_the_ward(banks: dict[str, Bank], persona: str, text: str,
                                     expected: str) -> None:
    turn = first_turn(banks["healthcare"], persona, text)
    assert turn.question_id == expected, turn


def test_options_outside_the_bedside_are_not_leaving_it(banks: dict[str, Bank]) -> None:
    """What else there is for a burnt-out nurse asks no question of regret."""
    turn = first_turn(banks["healthcare"], "maria", "I've been a nurse for 12 years and I'm "
                      "burnt out. What options are there outside bedside nursing?")
    assert turn.question_id != "leaving-bedside", turn


def test_how_long_the_move_takes_after_the_story_is_taken_back(banks: dict[str, Bank]) -> None:
    """"how long did your job hunt take …? actually scratch that, your path was different - how
    long would you expect it to take someone like me going from pharmacy?" got the contact's
    own story, the part taken back."""
    turn = first_turn(banks["data_analytics"], "marcus", "fair enough. how long did your job "
                      "hunt take when you moved in? actually scratch that, your path was "
                      "different - how long would you expect it to take someone like me going"
                      " from pharmacy?")
    assert turn.question_id == "job-search-length", turn


def test_showing_followers_brought_in_money_is_measuring_a_campaign(banks: dict[str, Bank]
                                                                    ) -> None:
    """A sous chef's "how do i show the followers actually brought in money for the
    restaurant" got "I don't have a solid answer" from a growth marketer who measures just
    that."""
    turn = first_turn(banks["marketing"], "keisha", "ok last real q. how should i talk about the"
                      " restaurant numbers in an interview, should i lead with the 400k reel or- "
                      "actually nah scratch that, how do i show the followers actually brought in"
                      " money for the restaurant")
    assert "solid answer" not in turn.reply, turn.reply
    assert "marketing campaign worked" in turn.reply or turn.question_id == (
        "campaign-measurement"), turn


def test_pay_not_theirs_to_say_points_to_postings_first(banks: dict[str, Bank]) -> None:
    """A veteran's "a GS-12 or 13 is roughly where a retired O-4 lands federally. how does
    state or city pay compare to that…?" was sent to "a specialist recruiter" by a state analyst
    whose government posts print their pay and who uses no recruiters."""
    turn = first_turn(banks["nonprofit_public"], "marcus", "Understood. Pay. I know the GS table, "
                      "a GS-12 or 13 is roughly where a retired O-4 lands federally. how does "
                      "state or city pay compare to that, and is nonprofit pay much lower?")
    assert turn.question_id == "sector-pay" or turn.reply.index(  # his figures, or the honest
        "Postings that show a range") < turn.reply.index("recruiter"), turn  # line, postings first
