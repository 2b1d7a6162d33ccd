"""Rendering outreach drafts from the Jinja2 templates, overrides and template checking."""

from __future__ import annotations

import dataclasses
import re
from pathlib import Path

import jinja2
import pytest

from bot.features.outreach.checks import check_draft
from bot.features.outreach.render import (
    TEMPLATE_DIR,
    Draft,
    check_template_source,
    make_environment,
    render_draft,
    too_long_answers,
)
from bot.features.outreach.request import CHANNELS, TONES, OutreachRequest

DETAILS = {
    "referral": "Maya Chen",
    "school": "Ohio State",
    "event": "UXDC 2024",
    "online": "the Research Ops newsletter",
    "cold": "",
}

BASE = OutreachRequest(
    contact_name="Dana Lee",
    contact_role="Senior UX Researcher",
    organisation="Acme Health",
    connection="referral",
    connection_detail="Maya Chen",
    background="I'm a high-school chemistry teacher moving into UX research",
    learn_broad="UX research in healthcare",
    learn_narrow="how you made the jump from academia",
    format="coffee",
    minutes=20,
    channel="email",
    tone="warm",
    sender_name="Sam Rivera",
)


@pytest.fixture(scope="module")
def env() -> jinja2.Environment:
    return make_environment()


def request(**changes: object) -> OutreachRequest:
    return dataclasses.replace(BASE, **changes)  # type: ignore[arg-type]


def score(draft: Draft, req: OutreachRequest) -> tuple[int, int, list[str]]:
    report = check_draft(
        draft.body,
        channel=draft.channel,
        subject=draft.subject,
        referrer=req.connection_detail if req.connection == "referral" else None,
        connection=req.connection,
    )
    return report.score, report.total, [f"{r.key}: {r.label}" for r in report.failed]


def assert_clean(text: str) -> None:
    assert text == text.strip()
    assert "\n\n\n" not in text
    assert "  " not in text
    assert not re.search(r"[ \t]$", text, re.MULTILINE)
    assert not re.search(r" [.,!?]", text), text
    assert ".." not in text and "{" not in text


FORMAT_FOR = ["coffee", "phone", "video", "coffee", "video"]  # each format over the connections
CASES = [
    (channel, tone, connection, fmt)
    for channel in CHANNELS
    for tone in TONES
    for connection, fmt in zip(DETAILS, FORMAT_FOR, strict=True)
]


@pytest.mark.parametrize(("channel", "tone", "connection", "fmt"), CASES)
def test_every_channel_tone_and_connection_scores_full_marks(
    env: jinja2.Environment, channel: str, tone: str, connection: str, fmt: str
) -> None:
    req = request(channel=channel, tone=tone, connection=connection,
                  connection_detail=DETAILS[connection], format=fmt)  # fmt: skip
    for short in (False, True):
        variant = dataclasses.replace(req, short=short)
        draft = render_draft(variant, env)
        passed, total, failures = score(draft, variant)
        assert passed == total, (failures, draft.body)
        assert_clean(draft.body)
        assert draft.channel == channel
        assert (draft.subject is not None) is (channel == "email")


@pytest.mark.parametrize("channel", CHANNELS)
@pytest.mark.parametrize("tone", TONES)
def test_short_variant_is_shorter(env: jinja2.Environment, channel: str, tone: str) -> None:
    for connection, detail in DETAILS.items():
        req = request(channel=channel, tone=tone, connection=connection, connection_detail=detail)
        long = render_draft(req, env).body
        short = render_draft(dataclasses.replace(req, short=True), env).body
        assert len(short) < len(long), (connection, short)


def test_short_linkedin_note_fits_a_free_account(env: jinja2.Environment) -> None:
    for tone in TONES:
        req = request(channel="linkedin_note", tone=tone, short=True)
        body = render_draft(req, env).body
        report = check_draft(body, channel="linkedin_note", referrer="Maya Chen",
                             linkedin_free=True)  # fmt: skip
        assert report.score == report.total, body


def test_warm_referral_email_reads_like_a_person(env: jinja2.Environment) -> None:
    draft = render_draft(BASE, env)
    assert draft.subject == "Maya suggested I get in touch"
    assert draft.body.startswith("Hi Dana,\n\nMaya Chen suggested I get in touch with you.")
    assert "20 minutes for a coffee near your office" in draft.body
    assert "Phone or video works just as well." in draft.body
    assert draft.body.count("?") == 1
    assert draft.body.endswith("Thanks so much,\nSam Rivera")


def test_formal_email_has_its_own_file_and_wording(env: jinja2.Environment) -> None:
    draft = render_draft(request(tone="formal"), env)
    assert draft.subject == "Introduction via Maya Chen"
    cousin = render_draft(request(tone="formal", connection_detail="my cousin Keisha"), env)
    assert cousin.subject == "Introduction via my cousin Keisha"  # was "via My cousin"
    assert "\n\nMy cousin Keisha suggested that I contact you." in cousin.body
    garza = render_draft(request(connection_detail="Mr. Garza, my former principal"), env)
    assert garza.subject == "Mr. Garza suggested I get in touch"  # was "Garza suggested …"
    assert "\n\nMy former principal Mr. Garza suggested I get in touch" in garza.body
    sam = render_draft(request(connection_detail="Sam, my manager who used to work with you"), env)
    assert "\n\nSam suggested I get in touch" in sam.body  # no "My manager who … Sam"
    note = render_draft(request(channel="linkedin_note", connection_detail="my cousin keisha"),
                        env)
    assert note.body.startswith("Hi Dana, my cousin Keisha suggested we connect.")  # one line
    assert draft.body.startswith("Dear Dana Lee,\n\nMaya Chen suggested that I contact you.")
    assert "20-minute coffee" in draft.body
    assert draft.body.endswith("Kind regards,\nSam Rivera")


def test_openings_per_connection(env: jinja2.Environment) -> None:
    starts = {
        "school": "We're both Ohio State alumni",
        "event": "We were both at UXDC 2024",
        "online": "I came across your work as Senior UX Researcher at Acme Health through "
        "the Research Ops newsletter.",
        "cold": "I came across your work as Senior UX Researcher at Acme Health.",
    }
    for connection, start in starts.items():
        req = request(connection=connection, connection_detail=DETAILS[connection])
        body = render_draft(req, env).body
        assert body.split("\n\n")[1].startswith(start), body


def test_missing_detail_falls_back_to_cold(env: jinja2.Environment) -> None:
    body = render_draft(request(connection="school", connection_detail="  "), env).body
    assert "alumni" not in body
    assert "I came across your work as Senior UX Researcher" in body
    assert_clean(body)


def test_no_sender_name_ends_cleanly(env: jinja2.Environment) -> None:
    for channel in CHANNELS:
        for tone in TONES:
            body = render_draft(request(channel=channel, tone=tone, sender_name=""), env).body
            assert_clean(body)
            assert not body.endswith(","), body
            assert "Sam" not in body


def test_inputs_are_tidied_into_sentences(env: jinja2.Environment) -> None:
    req = request(
        contact_name="Dr.  Priya Natarajan",
        background="Eight years teaching chemistry.",
        learn_broad="How data teams work in retail",
        learn_narrow="Your move from finance into analytics?",
        connection="cold",
        connection_detail="",
    )
    draft = render_draft(req, env)
    assert draft.body.startswith("Hi Priya,")
    assert "Quick background: Eight years teaching chemistry." in draft.body
    assert "your perspective on how data teams work in retail, and especially your move" in (
        draft.body
    )
    assert draft.body.count("?") == 1
    formal = render_draft(dataclasses.replace(req, tone="formal"), env)
    assert formal.body.startswith("Dear Dr. Natarajan,")
    article = render_draft(request(background="a nurse retraining as a data analyst"), env)
    assert "I'm a nurse retraining as a data analyst." in article.body


@pytest.mark.parametrize("channel", CHANNELS)
def test_markup_and_emoji_survive_verbatim(env: jinja2.Environment, channel: str) -> None:
    req = request(
        channel=channel,
        organisation="Smith <b>&</b> Co",
        background="I'm a baker 🍞 moving into <i>data</i> & analytics",
    )
    body = render_draft(req, env).body
    assert "&amp;" not in body and "&lt;" not in body
    assert "I'm a baker 🍞 moving into <i>data</i> & analytics." in body


def test_organisation_markup_kept_in_cold_opening(env: jinja2.Environment) -> None:
    req = request(connection="cold", connection_detail="", organisation="Smith <b>&</b> Co")
    assert "at Smith <b>&</b> Co." in render_draft(req, env).body


def test_autoescape_only_for_html_templates() -> None:
    env = make_environment()
    assert callable(env.autoescape)
    assert env.autoescape("email_warm.txt.j2") is False
    assert env.autoescape("card.html") is True
    assert env.autoescape("card.j2html") is True


# --------------------------------------------------------------------------- overrides


def test_override_directory_replaces_a_template_by_file_name(tmp_path: Path) -> None:
    (tmp_path / "email_warm.txt.j2").write_text(
        "Subject: Hello from {{ sender_name }}\nHey {{ first_name }}, custom template.\n",
        encoding="utf-8",
    )
    env = make_environment(tmp_path)
    draft = render_draft(BASE, env)
    assert draft == Draft(subject="Hello from Sam Rivera", body="Hey Dana, custom template.",
                          channel="email")  # fmt: skip
    # Templates not overridden still come from the package.
    formal = render_draft(request(tone="formal"), env)
    assert formal.body.startswith("Dear Dana Lee,")


def test_override_directory_may_mirror_the_package_layout(tmp_path: Path) -> None:
    (tmp_path / "outreach").mkdir()
    (tmp_path / "outreach" / "text.txt.j2").write_text("Yo {{ first_name }}", encoding="utf-8")
    draft = render_draft(request(channel="text"), make_environment(tmp_path))
    assert draft == Draft(subject=None, body="Yo Dana", channel="text")


def test_strict_undefined_raises_on_a_missing_variable(tmp_path: Path) -> None:
    (tmp_path / "text.txt.j2").write_text("Hi {{ frist_name }}", encoding="utf-8")
    with pytest.raises(jinja2.UndefinedError, match="frist_name"):
        render_draft(request(channel="text"), make_environment(tmp_path))


# --------------------------------------------------------------------------- template checking


def test_shipped_templates_are_clean() -> None:
    files = sorted(TEMPLATE_DIR.glob("*.txt.j2"))
    assert {f.name for f in files} == {
        "email_warm.txt.j2", "email_formal.txt.j2", "linkedin_note.txt.j2",
        "linkedin_message.txt.j2", "phone_script.txt.j2", "text.txt.j2",
    }  # fmt: skip
    for path in files:
        assert check_template_source(path.name, path.read_text(encoding="utf-8")) == []


def test_check_reports_unknown_variable_with_its_line() -> None:
    source = "Hi {{ first_name }},\n\n{{ favourite_colour }} and {{ minutes }}\n"
    assert check_template_source("text.txt.j2", source) == [
        (3, "unknown variable 'favourite_colour'")
    ]


def test_check_reports_each_line_an_unknown_variable_is_on() -> None:
    source = "{{ nope }}\nok\n{% if short %}{{ nope }}{% endif %}\n"
    assert [line for line, _ in check_template_source("text.txt.j2", source)] == [1, 3]


def test_check_reports_syntax_error_with_its_line() -> None:
    problems = check_template_source("text.txt.j2", "Hi\n{{ first_name }\nBye\n")
    assert len(problems) == 1
    line, message = problems[0]
    assert line == 2
    assert message.startswith("syntax error")


def test_check_reports_unknown_filter_and_runtime_error() -> None:
    assert check_template_source("text.txt.j2", "a\n{{ first_name | shout }}") == [
        (2, "No filter named 'shout'.")
    ]
    problems = check_template_source("text.txt.j2", "a\nb\n{{ minutes + first_name }}")
    assert [line for line, _ in problems] == [3]
    assert "fails to render" in problems[0][1]


def test_check_wants_a_subject_line_in_email_templates() -> None:
    problems = check_template_source("email_warm.txt.j2", "Hi {{ first_name }}\n")
    assert problems == [(1, "an email template must start with a 'Subject: ...' line")]
    assert check_template_source("email_warm.txt.j2", "Subject: Hi\n\nHi {{ first_name }}") == []


# --------------------------------------------------------------------------- too long answers

SIXTY_WORDS = (
    "I taught chemistry for eight years at a public high school and then spent two years "
    "running the science department where I redesigned the lab curriculum, trained new "
    "teachers, ran parent surveys and interviewed students about how they learn, which was "
    "when I discovered user research and started a certificate course at night to move "
    "into it later this year"
)


def test_too_long_answers_names_a_sixty_word_background(env: jinja2.Environment) -> None:
    assert len(SIXTY_WORDS.split()) == 60
    req = request(background=SIXTY_WORDS)
    draft = render_draft(req, env)
    assert not check_draft(draft.body, channel="email").result("length").passed  # type: ignore[union-attr]
    assert too_long_answers(req, draft) == ["your background"]


def test_too_long_answers_longest_first(env: jinja2.Environment) -> None:
    req = request(
        background=SIXTY_WORDS,
        learn_narrow=" ".join(["how you moved from academia into industry research"] * 4),
    )
    assert too_long_answers(req, render_draft(req, env)) == [
        "your background",
        "what you want to learn about their path",
    ]


def test_too_long_answers_empty_when_length_passes(env: jinja2.Environment) -> None:
    assert too_long_answers(BASE, render_draft(BASE, env)) == []


def test_too_long_answers_on_a_linkedin_note(env: jinja2.Environment) -> None:
    req = request(
        channel="linkedin_note",
        background="I spent eight years teaching high-school chemistry, ran the science department "
        "and the parent surveys, and now I am retraining in user research at night",
    )
    draft = render_draft(req, env)
    assert len(draft.body) > 300
    assert too_long_answers(req, draft) == ["your background"]


@pytest.mark.parametrize("tone", ["warm", "formal"])
@pytest.mark.parametrize("channel", ["email", "linkedin_note", "linkedin_message", "phone_script",
                                     "text"])
@pytest.mark.parametrize("connection, detail", [("cold", ""), ("school", "Purdue"),
                                                ("online", "your post"), ("event", "UXDC"),
                                                ("referral", "Maya Chen")])
def test_skipped_optional_answers_leave_no_holes(tone, channel, connection, detail):
    """Role, organisation and the narrow interest may be skipped in the dialogue."""
    req = OutreachRequest("Ari Gold", "", "", connection, detail, "a nurse moving into health tech",
                          "health tech", "", "video", 20, channel, tone, "Sam")
    draft = render_draft(req, make_environment())
    for hole in (" at .", "as  ", " as at ", " ?", " .", "  ", " ,", "especially .", "on ?"):
        assert hole not in draft.body, (hole, draft.body)
    if draft.subject is not None:
        assert draft.subject.strip() and not draft.subject.endswith((" at", " as"))
    referrer = detail if connection == "referral" else None
    report = check_draft(draft.body, channel=channel, subject=draft.subject,
                         connection=connection, referrer=referrer)
    assert report.score == report.total, [r for r in report.results if not r.passed]


def test_a_field_typed_as_a_sentence_reads_as_a_subject_in_the_draft():
    import dataclasses

    req = dataclasses.replace(BASE, learn_broad="I want to move into nursing informatics")
    body = render_draft(req, make_environment()).body
    assert "perspective on nursing informatics" in body and "on I want" not in body


@pytest.mark.parametrize(("field", "said"), [
    ("Data & analytics", "your perspective on data & analytics"),
    ("Finance", "your perspective on finance"),
    ("UX & design", "your perspective on UX & design"),
    ("McKinsey-style consulting", "your perspective on McKinsey-style consulting"),
])
def test_a_field_name_is_lower_case_mid_sentence(field: str, said: str) -> None:
    from bot.features.outreach.render import make_environment, render_draft
    from bot.features.outreach.request import OutreachRequest
    req = OutreachRequest("Dana Lee", "", "Acme", "cold", "", "a teacher", field, "",
                          "coffee", 20, "email")
    assert said in render_draft(req, make_environment()).body


@pytest.mark.parametrize("channel", ["email", "linkedin_message", "linkedin_note", "text",
                                     "phone_script"])
def test_a_sender_with_a_title_signs_without_it(env: jinja2.Environment, channel: str) -> None:
    body = render_draft(request(channel=channel, sender_name="Dr. Dana Whitfield"), env).body
    assert "Dr." not in body and "Dana" in body


@pytest.mark.parametrize(("detail", "subject", "opening"), [
    # the contact spoke: no "we were both at", and no comma splice
    ("the denver ux meetup in october, you gave a talk on researching with lawyers",
     "After the denver UX meetup in October",
     "I was at the denver UX meetup in October, where you gave a talk on researching with "
     "lawyers, and I've wanted to write to you since."),
    ("the Leeds Homelessness Forum - she spoke about community fundraising",
     "After the Leeds Homelessness Forum",
     "I was at the Leeds Homelessness Forum, where you spoke about community fundraising,"),
    ("the careers fair, we talked about audit", "After the careers fair",
     "We were both at the careers fair, where we talked about audit,"),
    ("UXDC 2024", "After UXDC 2024", "We were both at UXDC 2024, and"),
    ("Leeds Digital Festival and your talk on accessibility", "After Leeds Digital Festival",
     "I was at Leeds Digital Festival for your talk on accessibility,"),
    ("the NHS ConfedExpo, you may remember I asked about rotas", "After the NHS ConfedExpo",
     "I was at the NHS ConfedExpo, where you may remember I asked about rotas,"),
    ("Dreamforce 2019 when I was still at Salesforce", "After Dreamforce 2019",
     "I was at Dreamforce 2019, when I was still at Salesforce,"),
    ("the AFP mixer in november she gave a talk on forecasting", "After the AFP mixer in November",
     "I was at the AFP mixer in November, where you gave a talk on forecasting,"),
    # a tester's: "…where I watched your talk on reserch in the nhs, didn't actually speak to
    # your though" (what did not happen is no part of it; the festival keeps its capitals)
    ("leeds digital festival, i watched her talk on research in the nhs, didnt actually speak"
     " to her tho", "After Leeds Digital Festival",
     "I was at Leeds Digital Festival, where I watched your talk on research in the NHS,"),
    ("the same nhs leadership summit", "After the same NHS leadership summit",
     "We were both at the same NHS leadership summit"),
])
def test_an_event_with_what_happened_there_reads_as_one_sentence(
        env: jinja2.Environment, detail: str, subject: str, opening: str) -> None:
    """Two testers typed where they met and what the contact did there in one answer; it was
    pasted after "We were both at", in the body and in the subject line."""
    draft = render_draft(request(connection="event", connection_detail=detail), env)
    assert draft.subject == subject
    assert draft.body.split("\n\n")[1].startswith(opening), draft.body
    assert_clean(draft.body)
    for channel in CHANNELS:
        for tone in TONES:
            body = render_draft(request(channel=channel, tone=tone, connection="event",
                                        connection_detail=detail), env).body
            assert not re.search(r"(?<!where) (?:you|we) (?:gave|spoke|talked)", body), body
            assert "i was at" not in body, body


def test_chat_typing_is_written_out_in_the_draft(env: jinja2.Environment) -> None:
    """A Glasgow tester's answers went into the draft as typed: "My pal kirsty suggested …",
    "for 5 yrs", "how ppl manage money … if theres a part time route"."""
    req = request(connection="referral",
                  connection_detail="my pal kirsty, shes a staff nurse at the QEUH",
                  background="pharmacy dispenser at a high street chemist for 5 yrs",
                  learn_narrow="how ppl manage money while doing the degree, and if theres a "
                               "part time route")
    draft = render_draft(req, env)
    assert draft.subject == "Kirsty suggested I get in touch"
    body = draft.body
    assert "My friend Kirsty suggested I get in touch with you." in body, body
    assert "for 5 years" in body and "how people manage money" in body and "there's a" in body
    for typed in ("pal", "kirsty", "yrs", "ppl", "theres"):
        assert not re.search(rf"\b{typed}\b", body), (typed, body)
    # names and abbreviations are left as typed
    named = render_draft(request(connection="cold", organisation="UR Energy",
                                 contact_role="Head of Uni Partnerships",
                                 background="an ID card designer at U.S. Bank"), env).body
    assert "at UR Energy" in named and "Head of Uni Partnerships" in named, named
    assert "ID card designer at U.S. Bank" in named, named
