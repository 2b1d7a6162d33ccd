"""Questions people starting a second career asked in the console (a paralegal of 50 moving
into nursing, an accountant moving into data, a soldier moving into program work), and the
answers a contact in that work would give."""

from __future__ import annotations

import pytest

from bot.banks.model import Bank
from tests.features.practice.support import first_turn


@pytest.mark.parametrize("persona", ["maria", "samir", "dana", "tanya"])
@pytest.mark.parametrize("text", [
    "How physically demanding is the work day to day? I have a bit of a bad knee",
    "Lifting patients, being on your feet for 12 hours, is that hard on the body?",
    "Is it hard on the body for someone older?",
])
def test_how_physical_the_work_is_gets_an_answer(banks: dict[str, Bank], persona: str,
                                                 text: str) -> None:
    """"How physically demanding is the work day to day? I have a bit of a bad knee" got the
    nurse manager's hardest part of managing; asked again, "beyond what I deal with"."""
    result = first_turn(banks["healthcare"], persona, text)
    assert result.question_id == "physical-demands", result.reply
    assert "lift" in result.reply.lower() or "feet" in result.reply.lower()


@pytest.mark.parametrize("text", [
    "would a self-initiated project, with no client, be taken seriously?",
    "What would you want to see in a portfolio from someone who has no client work at all?",
])
def test_having_no_client_work_is_not_showing_a_clients_work(banks: dict[str, Bank],
                                                             text: str) -> None:
    """A teacher moving into UX research asked what counts with no client work, and got how
    to show work under NDA ("Ask permission first…"), or "beyond what I deal with"."""
    result = first_turn(banks["ux_design"], "daniel", text)
    assert result.question_id == "real-project-experience", result.reply
    assert first_turn(banks["ux_design"], "daniel", "How do I show client work that's under "
                      "NDA?").question_id == "nda-work"


def test_a_suggested_question_never_loses_who_it_is_about(banks: dict[str, Bank]) -> None:
    """"Ask next: 'How do you work with them day to day?'" dropped who "them" were (the
    researchers), and typed as suggested it got "did you mean your typical day?"."""
    result = first_turn(banks["ux_design"], "daniel", "So at your insurer, is there a "
                        "researcher on the team, and how do you work with them day to day?")
    assert not any("them day to day" in tip for tip in result.coaching), result.coaching


@pytest.mark.parametrize(("text", "expected"), [
    # written in a second language: each had got another topic, or "outside what I see"
    ("What is the part of your job you like less? every job has the boring part haha",
     "like-least"),
    ("whats the most boring part of ur job", "like-least"),
    ("How did you arrived to data science, you studied it in university or you changed also?",
     "how-got-started"),
])
def test_a_question_in_second_language_english_gets_its_answer(banks: dict[str, Bank],
                                                               text: str, expected: str) -> None:
    """An accountant in Lisbon asked in the English she writes: "How did you arrived to data
    science…?" got whether a master's is worth it."""
    assert first_turn(banks["data_analytics"], "marcus", text).question_id == expected


def test_asking_whether_experience_translates_is_the_background_question(
        banks: dict[str, Bank]) -> None:
    """"Does NCO experience translate? Ran supply for a 600-soldier battalion." got "that's
    outside what I see day to day" from a program director who hires."""
    result = first_turn(banks["nonprofit_public"], "gabriel", "Does NCO experience translate? "
                        "Ran supply for a 600-soldier battalion. Not sure civilians get what "
                        "that means.")
    # the background question, or (since session 39) the one on putting the forces into
    # civilian words, which the nonprofit bank gained
    assert result.question_id in {"assess-my-background", "military-to-mission"}, result.reply


@pytest.mark.parametrize("text", [
    "does ur company do return offers for interns? and how common are they in general",
    "haha fair. i meant like, if someone interns there do they usually get a full time offer "
    "after?",
])
def test_a_return_offer_is_about_internships(banks: dict[str, Bank], text: str) -> None:
    """"does ur company do return offers for interns?" got "We make booking and payment
    software for fitness studios… The website explains the product well"."""
    assert first_turn(banks["software_engineering"], "tomas", text).question_id == "internships"


@pytest.mark.parametrize(("field", "persona", "text"), [
    ("product_management", "hannah", "ok so how do remote candidates get noticed sha, like "
     "someone applying from lagos?"),
    ("software_engineering", "tomas", "can i work remotely for a UK company from Manila?"),
    # no word "remote", but the same question
    ("product_management", "mei", "any chance of doing the job from nigeria?"),
    ("product_management", "mei", "can one be based in lagos and join a london team?"),
    ("software_engineering", "tomas", "do you have people working from abroad on your team, like "
     "from nigeria?"),
    ("product_management", "mei", "hybrid or remote for someone in lagos"),
])
def test_remote_work_from_another_country_is_answered_as_such(
        banks: dict[str, Bank], field: str, persona: str, text: str) -> None:
    """A support lead in Lagos asked about remote PM roles three times; every contact answered
    about office days ("I'd take some office days if you can"), never about working across a
    border."""
    result = first_turn(banks[field], persona, text)
    assert "payroll" in result.reply and "overlap" in result.reply, result.reply
    # remote work asked from nowhere in particular keeps its plain answer
    plain = first_turn(banks["product_management"], "hannah", "Can product managers work fully "
                       "remote?")
    assert plain.question_id == "remote-product" and "payroll" not in plain.reply


def test_two_questions_joined_by_a_comma_get_the_one_that_asks(banks: dict[str, Bank]) -> None:
    """"How can I to start, what is the first thing I should learn?" got the analyst's own
    story ("Through a spreadsheet, really…")."""
    result = first_turn(banks["data_analytics"], "marcus", "How can I to start, what is the "
                        "first thing I should learn?")
    assert result.question_id == "tools-learn-first", result.reply


def test_a_short_question_after_another_still_asks_its_topic(banks: dict[str, Bank]) -> None:
    """"Fair. How does hiring work at your dept then? Veterans preference there?" got "It
    depends so much on the case": the short second question was dropped as a tag."""
    result = first_turn(banks["nonprofit_public"], "gabriel", "Fair. How does hiring work at "
                        "your dept then? Veterans preference there?")
    assert result.question_id == "veterans-preference", result.reply


@pytest.mark.parametrize(("text", "expected"), [
    # a student's shorthand: each had got "I only know my own side" or "not close enough"
    ("whats it actually like at a 25 person startup vs somewhere like google",
     "startup-vs-big-company"),
    ("do u think its worth grinding lc for faang or should i focus on mid size cos like urs",
     "algorithm-prep"),
])
def test_a_students_shorthand_for_big_tech_and_leetcode_is_read(banks: dict[str, Bank],
                                                                text: str, expected: str) -> None:
    assert first_turn(banks["software_engineering"], "alyssa", text).question_id == expected


@pytest.mark.parametrize(("field", "text"), [
    ("healthcare", "What does a typical shift look like for a new nurse on you're unit?"),
    ("data_analytics", "what does a typical day look like for a junior analyst on your team?"),
])
def test_a_day_asked_for_a_newcomer_is_a_newcomers_day(banks: dict[str, Bank], field: str,
                                                      text: str) -> None:
    """"What does a typical shift look like for a new nurse on you're unit?" got the nurse
    manager's own day ("We open with a safety huddle, then I check tomorrow's staffing")."""
    assert first_turn(banks[field], "", text).question_id == "first-months"
    assert first_turn(banks[field], "", "what does a typical day look like for you?"
                      ).question_id == "typical-day"


@pytest.mark.parametrize("persona", ["daniel", "nia", "jenna"])
def test_a_phd_in_another_subject_gets_its_own_answer(banks: dict[str, Bank], persona: str) -> None:
    """"My PhD is in chemistry, not psychology or HCI. Would a hiring manager see a science PhD
    as relevant…?" got "Nine years as a secondary school chemistry teacher…": the PhD, the
    whole question, never came up."""
    result = first_turn(banks["ux_design"], persona, "My PhD is in chemistry, not psychology or "
                        "HCI. Would a hiring manager see a science PhD as relevant experience, or "
                        "would it count against me?")
    assert result.question_id == "phd-to-research" and "PhD" in result.reply, result.reply


@pytest.mark.parametrize(("field", "persona", "text", "expected"), [
    # a medical assistant who can't stop working: "do you mean night shifts, or the hours?"
    ("healthcare", "dana", "Is it possible to keep working full time while in nursing school? I "
     "can't really quit, I help my mom with bills", "student-funding"),
    # an HR generalist weighing the CIM: a degree answer, then free platform certificates
    ("marketing", "sofia", "I meant the CIM specifically - is it worth doing for brand roles?",
     "marketing-certifications"),
])
def test_what_second_round_testers_asked_gets_its_answer(banks: dict[str, Bank], field: str,
                                                         persona: str, text: str,
                                                         expected: str) -> None:
    assert first_turn(banks[field], persona, text).question_id == expected


def test_a_sentence_after_a_colon_carries_on_in_lower_case(banks: dict[str, Bank]) -> None:
    """"From my own side: Anything that shows real interest in markets…" read as a splice."""
    result = first_turn(banks["finance"], "arjun", "Should I complete all 3 levels before "
                        "applying or is level 1 sufficient for freshers?")
    assert "side: Anything" not in result.reply


def test_moving_up_into_school_leadership_is_answered(banks: dict[str, Bank]) -> None:
    """A maths teacher of 20 years weighing deputy principal got "did you mean" to "how do
    teachers move up into leadership roles"; middle leaders are school leaders too."""
    result = first_turn(banks["education"], "ben", "how do teachers move up into leadership "
                        "roles")
    assert result.question_id in ("keys-to-advancement", "school-leadership"), result.reply


def test_a_teacher_of_twenty_years_is_not_asked_what_they_would_teach(
        banks: dict[str, Bank]) -> None:
    """"Im a maths teacher myself over in Ireland…" got "What age group and subject could you
    picture yourself teaching?" after the contact's story ("myself" had hidden the post)."""
    result = first_turn(banks["education"], "ben", "Im a maths teacher myself over in Ireland, "
                        "20 years now. How did you get into the head of year role, was it "
                        "something you went after?")
    assert "picture yourself teaching" not in result.reply
    assert "picture yourself teaching" in first_turn(banks["education"], "ben",
                                                     "How did you get into teaching?").reply


@pytest.mark.parametrize("persona", ["priya", "tomas", "alyssa"])
@pytest.mark.parametrize(("text", "expected"), [
    ("Thanks for your time. Brief background: I've taught high-school maths in Austin for 25 "
     "years, and I just finished a six-month bootcamp in JavaScript and React. I'm 52. Be "
     "honest: is that a problem?", "too-old-to-code"),
    ("You skipped the age part, though. How do hiring managers actually react to a "
     "52-year-old junior?", "too-old-to-code"),
    # the whole story settles it: "that" is the degree, not the short fact alone
    ("I did a bootcamp last year. I don't have a degree. is that a problem?",
     "bootcamp-vs-degree"),
    ("I've been a pharmacist for 12 years. would that count?", "assess-my-background"),
])
def test_an_age_said_before_is_that_a_problem_is_the_age_question(
        banks: dict[str, Bank], persona: str, text: str, expected: str) -> None:
    """"…bootcamp in JavaScript and React. I'm 52. Be honest: is that a problem?" got "Twenty-five
    years of teaching … gives you something real to build on", and "How do hiring managers
    actually react to a 52-year-old junior?" then "I don't have a solid answer to that one"."""
    result = first_turn(banks["software_engineering"], persona, text)
    assert result.question_id == expected, result


@pytest.mark.parametrize("persona", ["priya", "tomas", "alyssa"])
@pytest.mark.parametrize("text", [
    "so if i'm reading that right its not even a pay cut? would u take a lower offer just to get"
    " the first job on the resume",
    "Let me rephrase: if a company offered me less than my teaching salary for a first "
    "engineering job, would you tell me to take it?",
])
def test_a_lower_offer_for_a_first_developer_job_is_answered(
        banks: dict[str, Bank], persona: str, text: str) -> None:
    """"would u take a lower offer just to get the first job on the resume" got the Python
    tutorial; asked again, "As I mentioned earlier" and Denver's pay ranges; "less than my
    teaching salary" had read as a comparison with teaching ("I can only speak for my side")."""
    result = first_turn(banks["software_engineering"], persona, text)
    assert result.question_id == "pay-cut-first-job", result
    assert "my side of that" not in result.reply


@pytest.mark.parametrize("persona", ["priya", "tomas", "alyssa"])
@pytest.mark.parametrize(("text", "expected"), [
    ("Right. I'll take that as a 'depends'. What would you want to see on my GitHub besides the"
     " gradebook app?", "github-profile"),
    ("Hm. Okay. You're on the backend side and I mostly know React. Should I spend the next "
     "three months going deeper on Node and databases, or stay on the frontend where I'm less "
     "useless?", "frontend-backend"),
    ("When you switched from teaching, what was the hardest part of your first year as a "
     "developer?", "out-of-depth"),
    ("what is the hardest part of your job?", "toughest-part"),
])
def test_a_developers_own_ground_is_answered(banks: dict[str, Bank], persona: str, text: str,
                                             expected: str) -> None:
    """A senior backend engineer said "outside what I see day to day" to what she'd want on a
    GitHub "besides the gradebook app", "beyond my own work" to Node and databases or the
    frontend, and answered "the hardest part of your first year" with her job now."""
    result = first_turn(banks["software_engineering"], persona, text)
    assert result.question_id == expected, result


@pytest.mark.parametrize("persona", ["ben", "rosa", "denise", "monique"])
def test_an_either_or_that_is_only_yes_or_no_is_its_first_option(banks: dict[str, Bank],
                                                                persona: str) -> None:
    """"…would my five years of museum workshops count as teaching experience at all, or do
    schools not take it seriously?" got where teachers go outside the classroom: the "or"
    only says the no of the first, whose question is whether the background counts."""
    result = first_turn(banks["education"], persona, "And would my five years of museum "
                        "workshops count as teaching experience at all, or do schools not take "
                        "it seriously?")
    assert result.question_id == "assess-my-background", result
