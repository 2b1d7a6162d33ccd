"""The question-habit rules: job asks, googleable, yes/no and several questions at once."""

from __future__ import annotations

import pytest

from bot.features.questions.habits import analyse_question, split_questions


@pytest.mark.parametrize(
    ("text", "flags"),
    [
        # open questions
        ("How did you get into this line of work?", []),
        ("what does a typical day look like for you?", []),
        ("What's the job market like for newcomers?", []),  # about jobs, not asking for one
        ("What are the prospects of finding a position in this field?", []),
        ("How many hours do you usually work?", []),  # not googleable: only they know
        # closed (yes/no shape, no wh-word)
        ("Do you like your job?", ["closed"]),
        ("Is it hard to get into this field?", ["closed"]),
        ("so do you enjoy it", ["closed"]),
        ("Have you always worked in finance?", ["closed"]),
        ("Did you need a degree for this?", ["closed"]),
        ("do you like it or not?", ["closed"]),
        # an either/or offers alternatives, which no yes or no answers
        ("Do I need a bootcamp, or could I teach myself?", []),
        ("is it better to work in-house or at an agency", []),
        # two paths weighed against each other: "vs", "better than"
        ("do u think internal transfer is the better route vs applying to apm programs?", []),
        ("Is Python easier than Java for a beginner?", []),
        ("is the pay better here?", ["closed"]),
        # yes/no shape that is fine: polite requests, list invitations, permission
        ("Could you walk me through a typical day?", []),
        ("Is there anyone else I should speak with?", []),
        ("Do you have any advice for someone starting out?", []),
        ("Would it be all right to mention your name?", []),
        ("May I say you suggested I get in touch?", []),
        ("Is it ok if I say you sent me?", []),  # had been coached as yes/no
        ("is that fine if I email you a couple of follow-ups?", []),
        ("is it ok to work part time in this job?", ["closed"]),  # a question of the work
        # job asks
        ("Are you hiring at the moment?", ["job_ask", "closed"]),
        ("Could you pass my CV to your hiring manager?", ["job_ask", "closed"]),
        ("Could you introduce me to the hiring manager?", ["job_ask", "closed"]),
        ("is your team hiring right now", ["job_ask", "closed"]),
        # the market, or what hiring managers look for, is advice
        ("Are finance teams hiring right now, or is everything frozen?", []),
        ("What do hiring managers look for in a first portfolio?", []),
        ("Can you refer me for a role on your team?", ["job_ask", "closed"]),
        ("what openings do you have on your team?", ["job_ask"]),
        ("Would you look over my resume", ["job_ask", "closed"]),
        ("any openings at your company?", ["job_ask"]),
        # a recommendation for a place is a job ask; a book recommended is not
        ("If your school will take salaried trainee next September, could you maybe recommend "
         "me to the head?", ["job_ask"]),
        ("could you put me forward for the trainee place?", ["job_ask", "closed"]),
        ("could you recommend me a good book?", ["closed"]),
        # how the work is split up is no request for a job
        ("Is research a separate job at your company, or do designers do it all?", []),
        ("is UX writing its own role at your company?", ["closed"]),
        # googleable
        ("How many employees does the company have?", ["googleable"]),
        ("What does your company do?", ["googleable"]),
        ("When was the company founded?", ["googleable"]),
        ("What was your revenue last year?", ["googleable"]),
        ("what is the annual turnover?", ["googleable"]),
        # revenue as what a PM is measured on, and staff turnover, are an insider's to tell
        ("like what's on your perf review, is it feature adoption or revenue or what", []),
        ("what's the staff turnover like on your ward?", []),
        ("Where is the headquarters?", ["googleable"]),
        ("so what kind of school is it, state or private?", ["googleable"]),
        # several questions at once
        ("What do you enjoy most? What would you change?", ["multiple"]),
        ("How did you get started and what do you wish you'd known?", ["multiple"]),
        ("Which skills matter most, and which ones are overrated?", ["multiple"]),
        ("What's your typical day like, and do you work weekends?", ["closed", "multiple"]),
        # one question with context before it is still one question
        ("I'm curious about your path. How did you start?", []),
    ],
)
def test_analyse_question_rules(text: str, flags: list[str]) -> None:
    assert analyse_question(text) == flags


def test_split_questions() -> None:
    assert split_questions("How did you start and what do you wish you'd known?") == [
        "How did you start",
        "what do you wish you'd known",
    ]
    assert split_questions("Who else should I talk to?") == ["Who else should I talk to"]
    assert split_questions("What do you enjoy?? And what would you change?") == [
        "What do you enjoy",
        "And what would you change",
    ]
    # two questions spliced with a comma, as people typing fast or in a second language do
    assert split_questions("How can I to start, what is the first thing I should learn?") == [
        "How can I to start", "what is the first thing I should learn"]
    assert split_questions("So, what is your day like?") == ["So, what is your day like"]
    assert split_questions("if you could, what would you change") == [
        "if you could, what would you change"]
    # "and how big?" only measures the question before it: "Ask next: 'How big?'" had followed
    assert split_questions("Should I expect a pay cut going into a program manager role at a "
                           "nonprofit, and how big?") == [
        "Should I expect a pay cut going into a program manager role at a nonprofit, and how big"]
    assert split_questions("How did you get in, and how long did it take?") == [
        "How did you get in", "how long did it take"]


def test_a_question_about_cvs_in_general_is_advice_handing_one_over_is_a_job_ask():
    assert "job_ask" not in analyse_question(
        "What do you look for when you review a CV for an analyst role?")
    assert "job_ask" not in analyse_question("How long should a resume be in this field?")
    assert "job_ask" in analyse_question("Can I send you my CV?")
    assert "job_ask" in analyse_question("Would you pass my resume on to your team?")


@pytest.mark.parametrize(("text", "job_ask"), [
    ("how do I explain a 7 year gap?? Like in an interview when they look at my resume and "
     "there's just this huge blank space from 2017 to now.", False),
    ("When recruiters first look at my CV, what do they notice?", False),
    ("Could you look at my resume before I apply?", True),
    ("could they refer me to the hiring manager?", True),
])
def test_someone_else_reading_the_cv_is_no_job_ask(text: str, job_ask: bool) -> None:
    """A returner asking how to explain her gap was told "Job ask: …" and the scorecard said
    "❌ Never asked for a job (1 job ask)": "they look at my resume" is the employer reading
    it, not the contact asked to."""
    assert ("job_ask" in analyse_question(text)) is job_ask


def test_an_either_or_question_is_one_question_an_and_join_is_two():
    assert "multiple" not in analyse_question(
        "Did you need a degree, or did you pick it up on the job?")
    assert "multiple" in analyse_question(
        "What do you like about it, and what would you change?")


@pytest.mark.parametrize(("text", "job_ask"), [
    ("Is the company you work for hiring right now?", True),
    ("Is it okay to send a thank-you note to the hiring manager?", False),
])
def test_job_asks_about_the_company_they_work_for(text: str, job_ask: bool) -> None:
    assert ("job_ask" in analyse_question(text)) is job_ask


@pytest.mark.parametrize(("text", "job_ask"), [
    # what is happening to the jobs is the field's trends
    ("how is AI changing junior design jobs at your agency?", False),
    ("is AI taking over analyst jobs at your bank", False),
    ("are there any junior jobs at your agency?", True),
    # being kept in mind for a post that comes up is asking for it
    ("Being blunt, if an ops post comes up at yours would you put my name forward?", True),
    ("if a role opens up on your team could you keep me in mind?", True),
    ("what happens if a problem comes up, would you tell your manager?", False),
    # whether they hire a kind of person at all is the market, asked of theirs
    ("Is your company still hiring juniors, and has AI changed what you expect from them?",
     False),
    ("are you hiring people without degrees?", False),
    ("is your team hiring juniors right now? id love to apply", True),
    ("is your company hiring grads this year?", True),
    ("is your team hiring juniors?", True),
])
def test_jobs_talked_about_or_asked_for(text: str, job_ask: bool) -> None:
    assert ("job_ask" in analyse_question(text)) is job_ask


def test_and_the_part_you_joins_a_second_question() -> None:
    """ "…enjoy most, and the part you'd happily get rid of?" asks two things; "the part that
    surprised you" is still one question."""
    assert split_questions("what's the part of your week you enjoy most, and the part you'd "
                           "happily get rid of?") == [
        "what's the part of your week you enjoy most", "the part you'd happily get rid of"]
    assert len(split_questions("What is the best part of the job and the part that surprised "
                               "you most?")) == 1


def test_a_plus_is_not_a_join() -> None:
    assert split_questions("is domain knowledge like logistics a plus when someone's applying "
                           "for analyst roles?") == [
        "is domain knowledge like logistics a plus when someone's applying for analyst roles"]


@pytest.mark.parametrize(("text", "job_ask"), [
    # asking about their own chances is no job ask
    ("Do you think I'd need to go back and get a bachelor's, or retrain somehow, before anyone "
     "would hire me for this kind of work?", False),
    ("would anyone hire me without a degree?", False),
    ("would a firm like yours ever employ me at 52?", False),
    # asking the contact is
    ("would you hire me?", True),
    ("could your team hire me?", True),
    ("would you consider hiring me", True),
    ("hire me pls", True),
])
def test_hire_me_is_a_job_ask_only_when_the_contact_is_asked(text: str, job_ask: bool) -> None:
    """Linda's "before anyone would hire me" got the job-ask tip and a mark on her card."""
    assert ("job_ask" in analyse_question(text)) is job_ask


@pytest.mark.parametrize("text", ["would ur clinic hire me", "any chance you'd hire me?",
                                  "would you be open to hiring me?"])
def test_hire_me_asked_of_the_contact_in_phone_typing(text: str) -> None:
    assert "job_ask" in analyse_question(text)


@pytest.mark.parametrize(("text", "job_ask"), [
    ("are u hiring at all rn?", True),
    ("r u guys hiring", True),
    ("is ur team hiring?", True),
    ("any openings on ur team rn?", True),
    ("how did u get into ux?", False),
    ("what's the U.S. market like for juniors?", False),
])
def test_job_asks_typed_on_a_phone(text: str, job_ask: bool) -> None:
    """"are u hiring at all rn?" was no job ask, so it got the team's current project."""
    assert ("job_ask" in analyse_question(text)) is job_ask
