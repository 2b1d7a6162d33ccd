"""The outreach checks on hand-written drafts: exactly which rules pass and which fail."""

from __future__ import annotations

import pytest

from bot.features.outreach.checks import (
    CheckReport,
    check_advice,
    check_connection_first,
    check_draft,
    check_reads_naturally,
    check_referrer,
    opening,
    word_count,
    words,
)

ALL_EMAIL = {
    "length",
    "connection_first",
    "no_job_ask",
    "one_question",
    "about_them",
    "time_boxed",
    "advice_stated",
    "no_cliches",
    "reads_naturally",
}


def failed(report: CheckReport) -> set[str]:
    return {r.key for r in report.results if not r.passed}


def keys(report: CheckReport) -> list[str]:
    return [r.key for r in report.results]


def fix(report: CheckReport, key: str) -> str:
    result = report.result(key)
    assert result is not None, f"{key} not in report"
    return result.fix


# --------------------------------------------------------------------------- good drafts

GOOD_REFERRAL_EMAIL = """Hi Dana,

Maya Chen suggested I get in touch with you. I'm a chemistry teacher moving into UX research.

I'd love your perspective on research in healthcare, and how you made the jump from academia.

Would you have 20 minutes for a coffee near your office, at a time that suits you? \
A phone or video call works just as well.

Thanks,
Sam"""

GOOD_SCHOOL_EMAIL = """Dear Dr. Priya Natarajan,

We're both Ohio State alumni, and your work on retail analytics stood out. \
Eight years teaching chemistry, now learning SQL.

Would you be open to a 15-minute call to share your advice on your move into data, \
whenever suits you?

Kind regards,
Sam Rivera"""

GOOD_EVENT_NOTE = (
    "Hi Dana, I heard your talk at UXDC 2024. Would you have 20 minutes for a video call "
    "to share your advice on research ops? Thanks, Sam"
)

GOOD_COLD_MESSAGE = """Hi Priya,

I came across your article on forecasting at Shopwell. Would you be open to a half-hour \
call to share your insight into your path from finance?

Thanks, Sam"""

GOOD_PHONE_SCRIPT = """Hi Dana, this is Sam Rivera.
Maya Chen suggested I give you a call. I'd love your advice on UX research.
Would you have 20 minutes for a coffee near your office, whenever suits you?"""

GOOD_TEXT = (
    "Hi Dana! We were both at the Women in Data meetup last week. Would you have fifteen "
    "minutes for a call to share your perspective on your work? Thanks, Sam"
)


def test_good_referral_email_passes_everything() -> None:
    report = check_draft(GOOD_REFERRAL_EMAIL, channel="email", referrer="Maya Chen",
                         subject="Maya suggested I get in touch")  # fmt: skip
    assert keys(report) == [
        "length", "connection_first", "referrer_named", "no_job_ask", "one_question",
        "about_them", "time_boxed", "advice_stated", "no_cliches", "reads_naturally",
    ]  # fmt: skip
    assert failed(report) == set()
    assert (report.score, report.total) == (10, 10)


def test_good_school_email_with_title_in_greeting() -> None:
    report = check_draft(GOOD_SCHOOL_EMAIL, channel="email", connection="school")
    assert set(keys(report)) == ALL_EMAIL  # no referrer check without a referrer
    assert failed(report) == set()


def test_good_event_linkedin_note_has_no_question_rule() -> None:
    report = check_draft(GOOD_EVENT_NOTE, channel="linkedin_note", connection="event")
    assert "one_question" not in keys(report)
    assert failed(report) == set()
    assert report.score == report.total == 8


def test_good_cold_linkedin_message_half_an_hour_and_insight() -> None:
    report = check_draft(GOOD_COLD_MESSAGE, channel="linkedin_message", connection="cold")
    assert "one_question" in keys(report)
    assert failed(report) == set()


def test_good_phone_script_self_introduction_then_referrer() -> None:
    report = check_draft(GOOD_PHONE_SCRIPT, channel="phone_script", referrer="Maya Chen")
    assert "one_question" not in keys(report)
    assert failed(report) == set()


def test_good_text_with_spelled_out_minutes() -> None:
    report = check_draft(GOOD_TEXT, channel="text", connection="event")
    assert failed(report) == set()


# --------------------------------------------------------------------------- each rule failing


def test_job_ask_fails_and_fix_names_the_word() -> None:
    text = GOOD_REFERRAL_EMAIL.replace("research in healthcare", "any job openings you know of")
    report = check_draft(text, channel="email", referrer="Maya Chen")
    assert failed(report) == {"no_job_ask"}
    assert "“job”" in fix(report, "no_job_ask")


def test_job_word_in_subject_counts() -> None:
    report = check_draft(GOOD_REFERRAL_EMAIL, channel="email", subject="Job at Acme?",
                         referrer="Maya Chen")  # fmt: skip
    # The subject's "Job" and its "?" (a second question mark) both count.
    assert failed(report) == {"no_job_ask", "one_question"}


def test_three_questions_fail_one_question_rule() -> None:
    text = GOOD_REFERRAL_EMAIL.replace(
        "I'd love your perspective on research in healthcare, and how you made the jump "
        "from academia.",
        "How did you get into research? What do you like most?",
    )
    report = check_draft(text, channel="email", referrer="Maya Chen")
    assert failed(report) == {"one_question", "advice_stated"}
    assert "found 3" in fix(report, "one_question")


def test_no_question_at_all_fails() -> None:
    text = GOOD_REFERRAL_EMAIL.replace("at a time that suits you?", "at a time that suits you.")
    report = check_draft(text, channel="email", referrer="Maya Chen")
    assert failed(report) == {"one_question"}
    assert "Would you have 20 minutes" in fix(report, "one_question")


def test_long_email_fails_length_and_strict_is_stricter() -> None:
    padding = " Your team's work on patient onboarding and your research ops talks stood out."
    long_text = GOOD_REFERRAL_EMAIL.replace(
        "moving into UX research.", "moving into UX research." + padding * 5
    )
    assert word_count(long_text) >= 100
    report = check_draft(long_text, channel="email", referrer="Maya Chen")
    assert failed(report) == {"length"}
    assert "under 100" in report.results[0].label

    eighty = GOOD_REFERRAL_EMAIL.replace(
        "moving into UX research.", "moving into UX research." + padding * 2
    )
    assert 75 <= word_count(eighty) < 100
    assert failed(check_draft(eighty, channel="email", referrer="Maya Chen")) == set()
    strict = check_draft(eighty, channel="email", referrer="Maya Chen", strict=True)
    assert failed(strict) == {"length"}
    assert "under 75" in strict.results[0].label


def test_self_centred_email_fails_about_them() -> None:
    text = """Hi Dana,

Maya Chen suggested I write. I'm a teacher and I've always wanted to learn UX; my plan \
is to switch this year and I think I'm ready.

Would you have 20 minutes for a coffee?

Sam"""
    report = check_draft(text, channel="email", referrer="Maya Chen")
    assert failed(report) == {"about_them"}
    label = report.result("about_them").label  # type: ignore[union-attr]
    assert "you/your 1 vs I/me/my 6" in label


def test_untimed_ask_fails_time_boxed() -> None:
    text = GOOD_REFERRAL_EMAIL.replace("20 minutes", "some time")
    report = check_draft(text, channel="email", referrer="Maya Chen")
    assert failed(report) == {"time_boxed"}


def test_no_advice_word_fails_advice_stated() -> None:
    text = GOOD_REFERRAL_EMAIL.replace(
        "I'd love your perspective on research in healthcare, and how you made the jump "
        "from academia.",
        "Your path from academia into research stands out.",
    )
    report = check_draft(text, channel="email", referrer="Maya Chen")
    assert failed(report) == {"advice_stated"}


def test_cliche_fails_and_fix_names_it() -> None:
    text = GOOD_REFERRAL_EMAIL.replace(
        "I'd love your perspective", "I'd love to pick your brain and get your perspective"
    )
    report = check_draft(text, channel="email", referrer="Maya Chen")
    assert failed(report) == {"no_cliches"}
    assert "“pick your brain”" in fix(report, "no_cliches")


def test_form_letter_opening_fails_connection_and_cliches() -> None:
    text = """To whom it may concern,

I hope this email finds you well. Your work on research ops is impressive.

Would you have 20 minutes to share your advice?

Sam"""
    report = check_draft(text, channel="email")
    assert failed(report) == {"connection_first", "no_cliches"}


def test_background_first_fails_connection_first() -> None:
    text = GOOD_REFERRAL_EMAIL.replace(
        "Maya Chen suggested I get in touch with you. I'm a chemistry teacher moving into UX "
        "research.",
        "I'm a chemistry teacher moving into UX research. Maya Chen suggested I get in touch.",
    )
    report = check_draft(text, channel="email", referrer="Maya Chen", connection="referral")
    assert failed(report) == {"connection_first"}
    assert "Maya Chen suggested I get in touch" in fix(report, "connection_first")


def test_referral_without_the_referrers_name() -> None:
    text = GOOD_REFERRAL_EMAIL.replace(
        "Maya Chen suggested I get in touch with you.", "Your work is impressive."
    )
    report = check_draft(text, channel="email", referrer="Maya Chen", connection="referral")
    assert failed(report) == {"connection_first", "referrer_named"}
    assert "Maya Chen" in fix(report, "referrer_named")


def test_referrer_match_is_case_insensitive() -> None:
    text = GOOD_REFERRAL_EMAIL.replace("Maya Chen", "maya   chen")
    report = check_draft(text, channel="email", referrer="Maya Chen")
    assert failed(report) == set()


def test_linkedin_note_limits_standard_and_free() -> None:
    base = GOOD_EVENT_NOTE
    note_250 = base + " " + "x" * (250 - len(base) - 1)
    assert len(note_250) == 250
    assert failed(check_draft(note_250, channel="linkedin_note")) == set()
    free = check_draft(note_250, channel="linkedin_note", linkedin_free=True)
    assert failed(free) == {"length"}
    note_300 = base + " " + "x" * (300 - len(base) - 1)
    assert failed(check_draft(note_300, channel="linkedin_note")) == set()
    assert failed(check_draft(note_300 + "x", channel="linkedin_note")) == {"length"}


def test_linkedin_message_must_be_under_400() -> None:
    base = GOOD_COLD_MESSAGE
    assert failed(check_draft(base + "x" * (399 - len(base)), channel="linkedin_message")) == set()
    report = check_draft(base + "x" * (400 - len(base)), channel="linkedin_message")
    assert failed(report) == {"length"}


def test_text_may_be_480_but_not_481() -> None:
    base = GOOD_TEXT
    assert failed(check_draft(base + "x" * (480 - len(base)), channel="text")) == set()
    assert failed(check_draft(base + "x" * (481 - len(base)), channel="text")) == {"length"}


def test_phone_script_under_120_words() -> None:
    filler = " Your team's research."  # three words
    base_words = word_count(GOOD_PHONE_SCRIPT)
    ok = GOOD_PHONE_SCRIPT + filler * ((119 - base_words) // 3)
    assert word_count(ok) <= 119
    assert failed(check_draft(ok, channel="phone_script", referrer="Maya Chen")) == set()
    too_long = GOOD_PHONE_SCRIPT + filler * ((120 - base_words) // 3 + 1)
    assert word_count(too_long) >= 120
    report = check_draft(too_long, channel="phone_script", referrer="Maya Chen")
    assert failed(report) == {"length"}
    assert "45 seconds" in report.results[0].label


def test_bad_everything_email() -> None:
    text = """To whom it may concern,

I am looking for a job. I have attached my CV. I would like to pick your brain. Are you hiring? \
Do you have openings?

Regards"""
    report = check_draft(text, channel="email", referrer="Maya Chen")
    assert failed(report) == {
        "connection_first", "referrer_named", "no_job_ask", "one_question", "about_them",
        "time_boxed", "advice_stated", "no_cliches",
    }  # fmt: skip
    assert (report.score, report.total) == (2, 10)  # only length and grammar pass


def test_unknown_channel_raises() -> None:
    with pytest.raises(ValueError):
        check_draft("Hi", channel="fax")


# --------------------------------------------------------------------------- word boundaries


@pytest.mark.parametrize(
    ("phrase", "found"),
    [
        ("any job you know of", "job"),
        ("jobs in your team", "jobs"),
        ("the Job's requirements", "Job's"),
        ("a full-time job", "job"),
        ("an open position", "position"),
        ("any openings on your team", "openings"),
        ("if there is an opening", "an opening"),
        ("whether you are hiring", "hiring"),
        ("you might hire", "hire"),
        ("the vacancy", "vacancy"),
        ("my résumé", "résumé"),
        ("my resume", "resume"),
        ("my CV", "CV"),
        ("could you refer me", "refer me"),
        ("a referral for the role", "referral for"),
        ("before I apply for it", "apply for"),
        ("before applying to Acme", "applying to"),
    ],
)
def test_job_words_are_caught(phrase: str, found: str) -> None:
    report = check_draft(f"{phrase}.", channel="text")
    result = report.result("no_job_ask")
    assert result is not None and not result.passed
    assert f"“{found}”" in result.fix


@pytest.mark.parametrize(
    "phrase",
    [
        "as a jobseeker",  # one longer word
        "as a job-seeker",  # hyphenated compound counts as one word
        "how you positioned the product",
        "positioning research in a startup",
        "your talk was eye-opening",
        "the opening keynote",
        "apply what you've learned",
        "I'm not in a position to judge",
        "your hiring-manager podcast",  # hyphenated compound
        "a position-paper you wrote",
    ],
)
def test_job_word_lookalikes_pass(phrase: str) -> None:
    result = check_draft(f"{phrase}.", channel="text").result("no_job_ask")
    assert result is not None and result.passed, phrase


def test_words_and_pronoun_counting() -> None:
    assert words("I’m sure you've seen it, résumé-style!") == [
        "i'm", "sure", "you've", "seen", "it", "résumé", "style",
    ]  # fmt: skip
    assert word_count("A 20-minute call") == 4
    # Curly "I’m" and "I've" count as I; "you're" counts as you.
    report = check_draft("I’m sure I've seen you're busy.", channel="text")
    assert "you/your 1 vs I/me/my 2" in report.result("about_them").label  # type: ignore[union-attr]


@pytest.mark.parametrize(
    ("text", "ok"),
    [
        ("Would you have 20 minutes?", True),
        ("a 20-minute call", True),
        ("15 min on the phone", True),
        ("10 minutes", True),
        ("30 mins", True),
        ("half an hour", True),
        ("twenty-five minutes", True),
        ("45 minutes", False),
        ("5 minutes", False),
        ("an hour", False),
        ("a quick chat", False),
        ("in 2024 minutes", False),
    ],
)
def test_time_boxed_accepts_10_to_30_minutes(text: str, ok: bool) -> None:
    result = check_draft(text, channel="text").result("time_boxed")
    assert result is not None and result.passed is ok


@pytest.mark.parametrize(
    ("text", "ok"),
    [
        ("I'd value your advice.", True),
        ("Could you advise me?", True),
        ("An informational chat.", True),
        ("Your insights on hiring.", True),
        ("I'd love to learn how you did it.", True),
        ("Your perspective matters.", True),
        ("I learned Python last year.", False),  # describes you, not the ask
        ("Can we chat?", False),
    ],
)
def test_advice_words(text: str, ok: bool) -> None:
    result = check_draft(text, channel="text").result("advice_stated")
    assert result is not None and result.passed is ok


@pytest.mark.parametrize(
    ("text", "ok"),
    [
        ("Hi Dana,\n\nMaya Chen suggested I write.", True),
        ("Hi Dana, we met at the Figma meetup.", True),
        ("Hello Dana. We're both Ohio State alumni.", True),
        ("Hi Dana, it's Sam! I read your article on onboarding.", True),
        ("Dear Ms. Lee,\n\nI saw your post on research ops.", True),
        ("Hi Dana,\n\nI came across your profile while reading about UX.", True),
        ("Hi Dana, I heard you speak at UXDC.", True),
        ("Hi Dana,\n\nI'm a teacher. Maya suggested I write.", False),
        ("Hi Dana,\n\nYour work is impressive.", False),
    ],
)
def test_connection_first_looks_at_the_first_sentence_only(text: str, ok: bool) -> None:
    result = check_draft(text, channel="text").result("connection_first")
    assert result is not None and result.passed is ok, opening(text)


def test_opening_skips_greeting_and_joins_self_introduction() -> None:
    assert opening("Hi Dana,\n\nMaya suggested I write. Thanks.") == "Maya suggested I write."
    assert opening("Dear Dr. Priya Natarajan,\nWe met at PyCon. Hi.") == "We met at PyCon."
    assert opening("Hi Priya! I read your post. Thanks.") == "I read your post."
    assert opening("Hi Dana, I'm Sam Rivera. We met at PyCon.") == (
        "Hi Dana, I'm Sam Rivera. We met at PyCon."
    )
    assert opening("Hi Dana,\n\nI'm a teacher. We met at PyCon.") == "I'm a teacher."
    assert (
        opening("Hi Dana, this is Sam. Maya suggested I call. Bye.")
        == "Hi Dana, this is Sam. Maya suggested I call."
    )


def test_fix_depends_on_connection_kind() -> None:
    bad = "Hi Dana,\n\nYour work is impressive."
    for connection, expected in [
        ("school", "alumni"),
        ("event", "talk at"),
        ("online", "article"),
        ("cold", "came across"),
    ]:
        report = check_draft(bad, channel="text", connection=connection)
        assert expected in fix(report, "connection_first")



@pytest.mark.parametrize("text", [
    "Hi Dana, we're both we both went to Baruch alumni.",
    "Hi Dana, we were both at I met you at the CFA Society NY career night.",
    "Hi Dana, thanks for the the talk.",
])
def test_an_answer_pasted_into_a_frame_that_already_says_it_cannot_score_full_marks(text):
    assert not check_reads_naturally(text).passed


@pytest.mark.parametrize(("text", "ok"), [
    ("Hi Dana, I'm a recent Baruch grad. Could we talk?", False),  # about me, not us
    ("Hi Dana, we're both Baruch alumni.", True),
    ("Hi Dana, I came across your work. Could we talk?", False),  # says nothing
    ("Hi Dana, I came across your work on pricing at Acme.", True),
])
def test_a_connection_is_shared_and_specific(text, ok):
    assert check_connection_first(text).passed is ok


def test_a_referrer_named_naturally_counts():
    text = "Hi Dana, my cousin Ana works with you and thought we should talk."
    assert check_connection_first(text, referrer="Ana Ruiz").passed
    assert check_referrer(text, "Ana Ruiz").passed
    assert check_referrer("Ana Ruiz, my old manager, suggested I write.",
                          "Ana Ruiz, my old manager, said to reach out").passed


def test_wanting_to_hear_how_they_did_it_is_asking_for_advice():
    assert check_advice("I'd love to hear how you moved into research.").passed


def test_a_goal_pasted_as_a_sentence_does_not_read_naturally():
    assert not check_reads_naturally("I'd love your perspective on I want to move into X.").passed


@pytest.mark.parametrize(("size", "strict", "label", "passed"), [
    (78, True, "Too long: 78 words — keep it under 75", False),
    (74, True, "Short: 74 words, under 75", True),
    (75, True, "Too long: 75 words — keep it under 75", False),
])
def test_a_failed_length_never_reads_like_a_pass(size, strict, label, passed) -> None:
    from bot.features.outreach.checks import check_length
    result = check_length(" ".join(["word"] * size), "email", strict=strict)
    assert (result.label, result.passed) == (label, passed)
    if not passed:
        assert result.fix.startswith(f"Cut {size - 74} word{'s' if size - 74 != 1 else ''}:")


def test_one_over_is_one_word_or_character() -> None:
    from bot.features.outreach.checks import check_length
    assert check_length(" ".join(["word"] * 100), "email").fix.startswith("Cut 1 word:")
    assert check_length("x" * 301, "linkedin_note").fix.startswith("Cut 1 character:")
