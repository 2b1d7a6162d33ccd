"""The outreach request: what it refuses at the boundary, and the variables templates see."""

from __future__ import annotations

import dataclasses

import pytest

from bot.features.outreach.request import (
    TEMPLATE_VARIABLES,
    OutreachRequest,
    detail_phrase,
    template_context,
)
from tests.features.outreach.test_render import BASE  # noqa: E402  one sample request


def request(**changes: object) -> OutreachRequest:
    return dataclasses.replace(BASE, **changes)  # type: ignore[arg-type]


def test_template_variables_match_the_render_context() -> None:
    assert set(template_context(BASE)) == TEMPLATE_VARIABLES


@pytest.mark.parametrize(
    "changes",
    [
        {"channel": "fax"},
        {"tone": "casual"},
        {"format": "lunch"},
        {"connection": "family"},
        {"minutes": 45},
        {"minutes": 10},
    ],
)
def test_invalid_requests_are_rejected(changes: dict[str, object]) -> None:
    with pytest.raises(ValueError):
        request(**changes)


@pytest.mark.parametrize(("typed", "name", "given"), [
    ("my old charge nurse Tom Becker, he works with her on the EHR rollout", "Tom Becker", "Tom"),
    ("my cousin Ana Ruiz, who works with you", "Ana Ruiz", "Ana"),
    ("Prof. Alan Cho", "Prof. Alan Cho", "Alan"),
    ("Dr. Lee from my programme", "Dr. Lee", "Dr. Lee"),
    ("a colleague of mine", "", "A colleague of mine"),
])
def test_the_referrer_is_the_person_not_how_you_know_them(typed, name, given) -> None:
    from bot.features.outreach.request import referrer_given_name, referrer_name
    assert (referrer_name(typed), referrer_given_name(typed)) == (name, given)


def test_a_referral_draft_names_the_referrer_in_its_subject_and_checks() -> None:
    from bot.features.outreach.checks import check_draft
    from bot.features.outreach.render import make_environment, render_draft
    from bot.features.outreach.request import OutreachRequest
    detail = "my old charge nurse Tom Becker, he works with her on the EHR rollout"
    req = OutreachRequest("Dr. Helena Marques", "clinical informatics lead", "NYU Langone",
                          "referral", detail, "ICU nurse", "nursing informatics",
                          "how she went from the bedside to informatics", "coffee", 15, "email")
    draft = render_draft(req, make_environment())
    assert draft.subject == "Tom suggested I get in touch"
    assert draft.body.startswith("Hi Helena,\n\nMy old charge nurse Tom Becker suggested")
    assert "especially how you went from the bedside to informatics" in draft.body
    report = check_draft(draft.body, channel="email", subject=draft.subject, referrer=detail,
                         connection="referral")
    assert report.result("referrer_named").label == "Names Tom Becker"
    assert not report.failed


@pytest.mark.parametrize(("typed", "said"), [
    ("how she went from the bedside to informatics",
     "how you went from the bedside to informatics"),
    ("what drew her to it", "what drew you to it"),
    ("how he manages his team", "how you manage your team"),
    ("how she's balancing her clinical shifts", "how you're balancing your clinical shifts"),
    # a tester's draft to the head of comms said "…of use in a communications team like hers"
    ("whether my editing would be of use in a communications team like hers",
     "whether my editing would be of use in a communications team like yours"),
    ("whether a team like his would hire an ex-journalist",
     "whether a team like yours would hire an ex-journalist"),
    ("i didnt get to speak to her though", "i didnt get to speak to you though"),
])
def test_what_they_are_asked_about_is_said_to_them(typed: str, said: str) -> None:
    from bot.features.outreach.request import to_you
    assert to_you(typed) == said


def test_the_answer_named_for_shortening_is_measured_as_the_draft_says_it() -> None:
    from bot.features.outreach.render import make_environment, render_draft, too_long_answers
    from bot.features.outreach.request import OutreachRequest
    req = OutreachRequest(
        "Dr. Helena Marques", "clinical informatics lead", "NYU Langone", "referral",
        "my old charge nurse Tom Becker, he works with her on the EHR rollout",
        "ICU nurse, 6 yrs at Mount Sinai, finishing a health informatics certificate",
        "nursing informatics", "how she went from the bedside to informatics", "coffee", 15,
        "email")
    draft = render_draft(req, make_environment())
    # the referrer's clause is cut from the draft; the background is what is long
    assert too_long_answers(req, draft, strict=True) == ["your background"]


def test_an_i_typed_in_lower_case_is_a_capital_in_the_draft() -> None:
    from bot.features.outreach.request import OutreachRequest, template_context
    req = OutreachRequest("Jo Whitfield", "", "", "cold", "",
                          "final yr econ student at LSE, i run the student fund", "equity",
                          "", "video", 20, "linkedin_note")
    assert template_context(req)["background_sentence"] == (
        "I'm a final year econ student at LSE, I run the student fund.")  # "yr" written out


def test_a_referrer_stored_with_a_courtesy_title_is_named_plainly() -> None:
    from bot.features.outreach.request import detail_phrase
    assert detail_phrase("referral", "Ms Jo Whitfield") == "Jo Whitfield"
    assert detail_phrase("referral", "Dr. Amir Haddad") == "Dr. Amir Haddad"  # a title stays


@pytest.mark.parametrize(("typed", "said"), [
    ("I met him at the Boston UXPA conference last spring",
     "the Boston UXPA conference last spring"),
    ("I met Marcus at UXPA", "UXPA"), ("I saw her talk at Config", "Config"),
])
def test_an_event_typed_as_a_sentence_about_them_is_said_once(typed: str, said: str) -> None:
    from bot.features.outreach.request import detail_phrase
    assert detail_phrase("event", typed) == said


def test_where_you_found_them_is_said_to_them():
    """'her talk at Config' typed about the contact reads 'your talk' in a note to her."""
    assert detail_phrase("online", "her talk at the Config conference") == \
        "your talk at the Config conference"
    assert detail_phrase("online", "his podcast episode on pricing") == \
        "your podcast episode on pricing"
    assert detail_phrase("event", "the panel she ran at UXPA Boston") == \
        "the panel you ran at UXPA Boston"
