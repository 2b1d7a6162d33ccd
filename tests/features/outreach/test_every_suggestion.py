"""Everything the bot itself suggests passes its own checks.

Every combination of the answers a user can give by tapping (connection, the "narrow"
ideas or none, format, minutes, channel, tone, Shorter on or off), for two people in two
fields who type ordinary answers, renders a draft that scores full marks. A template or a
check that disagrees with the bot's own buttons fails here, not in front of a user.
"""

from __future__ import annotations

import itertools

import pytest

from bot.features.formats import FORMATS
from bot.features.outreach.checks import check_draft
from bot.features.outreach.flow import MINUTES, NARROW_IDEAS
from bot.features.outreach.render import make_environment, render_draft
from bot.features.outreach.request import CHANNEL_CHOICES, CONNECTION_CHOICES, OutreachRequest

ENV = make_environment()
PEOPLE = {
    "ux": dict(contact_name="Dana Lee", contact_role="Senior UX Researcher",
               organisation="Acme Health", sender_name="Sam Rivera", learn_broad="UX research",
               background="a high-school chemistry teacher moving into UX research",
               details={"referral": "Maya Chen", "school": "Ohio State",
                        "event": "the UXDC 2026 conference",
                        "online": "your article on research ops in UX Collective"}),
    "finance": dict(contact_name="Dr. Priya Natarajan", contact_role="Vice President",
                    organisation="Morgan Stanley", sender_name="Jordan Okafor",
                    learn_broad="equity research",
                    background="a final-year economics student who runs the student fund",
                    details={"referral": "Prof. Alan Cho", "school": "Baruch College",
                             "event": "the CFA Society career night",
                             "online": "your talk on the Bloomberg podcast"}),
}
COMBINATIONS = list(itertools.product(
    CONNECTION_CHOICES, [*NARROW_IDEAS, ""], FORMATS, MINUTES, CHANNEL_CHOICES,
    ("warm", "formal"), (False, True)))


def _drafts(person: dict):
    details = person["details"]
    fields = {k: v for k, v in person.items() if k != "details"}
    for (conn, _), narrow, (fmt, _), minutes, (channel, _), tone, short in COMBINATIONS:
        detail = details.get(conn, "")
        req = OutreachRequest(**fields, connection=conn, connection_detail=detail,
                              learn_narrow=narrow, format=fmt, minutes=minutes,
                              channel=channel, tone=tone, short=short)
        draft = render_draft(req, ENV)
        report = check_draft(draft.body, channel=channel, subject=draft.subject,
                             referrer=detail if conn == "referral" else None, connection=conn)
        yield req, draft, report


@pytest.mark.parametrize("who", sorted(PEOPLE))
def test_every_draft_built_from_button_answers_passes_every_check(who):
    failures = [(req, [r.label for r in report.failed], draft.body)
                for req, draft, report in _drafts(PEOPLE[who])]
    failures = [f for f in failures if f[1]]
    assert len(COMBINATIONS) == 3600
    assert not failures, f"{len(failures)} of {len(COMBINATIONS)} fail; first: {failures[0]}"


@pytest.mark.parametrize("who", sorted(PEOPLE))
def test_shorter_trims_the_background_before_the_specific_learning_goal(who):
    """Shorter keeps what they are asked about their own path, and cuts the user's
    background to a few words — kept in notes to strangers, who need to know who writes."""
    person = PEOPLE[who]
    brief = " ".join(person["background"].split()[:3])  # "a high-school chemistry"
    for req, draft, _ in _drafts(person):
        if not req.short or not req.learn_narrow:
            continue
        assert req.learn_narrow in draft.body, draft.body  # the specific goal stays
        detail = person["background"].split(brief, 1)[1].split()[1:]  # "moving into UX …"
        assert " ".join(detail) not in draft.body, draft.body  # the background is trimmed
        stranger = req.connection in ("cold", "online")
        if req.channel in ("linkedin_note", "text") and stranger:
            assert brief in draft.body, draft.body  # a few words of who you are


def test_the_background_kept_by_shorter_is_a_few_words_that_still_say_who_you_are():
    from bot.features.outreach.request import template_context
    cases = {
        "a high-school chemistry teacher moving into UX research":
            "I'm a high-school chemistry teacher.",
        "a final-year economics student who runs the student fund":
            "I'm a final-year economics student.",
        "I'm a recent Baruch grad looking for roles in equity research":
            "I'm a recent Baruch grad.",
        "nurse with 8 years in oncology, now learning SQL": "I'm a nurse.",
        "5 years in sales": "Quick background: 5 years in sales.",  # cut, it would say nothing
        # two testers: "…chemistry teacher of 7 years, halfway." and "I have been a newspaper
        # sub-editor." (the 24 years cut), and "I work." from "I work in retail"
        "chemistry teacher of 7 yrs, halfway thru a coding bootcamp (js, react), built an auto "
        "marking tool my whole dept uses": "Quick background: chemistry teacher of 7 years.",
        "I have been a newspaper sub-editor for twenty-four years and was made redundant":
            "I have been a newspaper sub-editor for twenty-four years.",
        "I work in retail": "I work in retail.",
        "I've worked for the NHS for fifteen years as a physiotherapist":
            "I've worked for the NHS for fifteen years.",
        "Software engineer for 3 years at a bank": "I'm a software engineer.",
    }
    for background, brief in cases.items():
        req = OutreachRequest("Dana Lee", "", "", "cold", "", background, "UX research", "",
                              "coffee", 20, "linkedin_note", short=True)
        assert template_context(req)["background_brief"] == brief


@pytest.mark.parametrize("who", sorted(PEOPLE))
def test_on_a_free_linkedin_account_every_suggested_note_fits_200_characters(who):
    """A free account's connection note holds 200 characters: the bot steps down to the
    short, then the tight wording, so its own suggestion never fails its own length check."""
    person = PEOPLE[who]
    details = person["details"]
    fields = {k: v for k, v in person.items() if k != "details"}
    notes = failures = 0
    for (conn, _), narrow, (fmt, _), minutes, (channel, _), tone, short in COMBINATIONS:
        if channel != "linkedin_note":
            continue
        detail = details.get(conn, "")
        req = OutreachRequest(**fields, connection=conn, connection_detail=detail,
                              learn_narrow=narrow, format=fmt, minutes=minutes, channel=channel,
                              tone=tone, short=short, linkedin_free=True)
        draft = render_draft(req, ENV)
        report = check_draft(draft.body, channel=channel, linkedin_free=True,
                             referrer=detail if conn == "referral" else None, connection=conn)
        notes += 1
        failures += bool(report.failed)
        assert not report.failed, ([r.label for r in report.failed], draft.body)
        assert draft.body.count("?") == 1 and "\n" not in draft.body, draft.body
    assert notes == 720 and failures == 0
