"""American career vocabulary: the lexicon folds it into the (British) banks' own words.

The banks say "nursing degree", "teacher training", "pay bands", "annual leave" and
"revalidation"; American users type BSN, credential, GS-9, PTO, summers off and CEUs. These
questions were written for this test, not copied from a bank or a labelled set.
"""

from __future__ import annotations

import pytest

from bot.features.practice.matcher import Matcher


@pytest.mark.parametrize(
    ("field", "text", "expected"),
    [
        # nursing: degrees, 12-hour shifts, continuing education
        ("healthcare", "Should I do an ADN or a BSN?", "nursing-routes"),
        ("healthcare", "do you work three 12s a week", "night-shifts"),
        ("healthcare", "how many CEUs do you need each year", "cpd-revalidation"),
        # teaching: a credential, IEPs, the summer break
        ("education", "How do I get my teaching credential?", "teaching-routes"),
        ("education", "how much of your week goes on writing IEPs", "send-teaching"),
        ("education", "do you actually get the summer off", "work-life-balance"),
        # a starting salary in a US state ("start on", British for the pay you start at)
        ("education", "ok and money wise, what would a new chem teacher start on in arizona "
         "roughly?", "teacher-pay"),
        ("finance", "what would an fp&a analyst start on in manchester?", "pay-ranges"),
        ("ux_design", "You mentioned your master's. I don't have one, and a lot of the job posts "
         "I see list it as preferred. How much does a master's in HCI or something similar "
         "matter when your team hires researchers?", "ux-bootcamp-or-degree"),
        ("data_analytics", "ok bueno my big fear honestly is math. how much math do u actually "
         "use day to day, like do i need statistics and stuff?", "statistics-needed"),
        ("data_analytics", "can i ask what entry level analysts make? like in houston im making "
         "36k now so i wanna know if its worth it", "data-pay"),
        # the Praxis and an alternative license ("…like the exams" was the pupils' exams)
        ("education", "do i need to pass the praxis before i apply", "teaching-routes"),
        ("education", "how hard was the alternative license process, like the exams and the "
         "night classes", "teaching-routes"),
        # government pay grades, layoffs and hiring freezes
        ("nonprofit_public", "what GS level would a policy analyst start at", "sector-pay"),
        ("finance", "is there a hiring freeze at most banks right now", "job-prospects"),
        ("software_engineering", "is it still worth becoming a swe with all the layoffs",
         "job-prospects"),
    ],
)
def test_us_wording_reaches_the_bank_question(
    matchers: dict[str, Matcher], field: str, text: str, expected: str
) -> None:
    match = matchers[field].match(text)
    assert match.confident, (text, match)
    assert match.question_id == expected, (text, match)


@pytest.mark.parametrize(
    ("field", "text", "not_this"),
    [
        # "IC" is an individual contributor: a design bank with no question on that track
        # should not answer with its generic promotion question
        ("ux_design",
         "does moving up always mean senior then lead then manager, or is there an IC track?",
         "keys-to-advancement"),
        # a nurse's continuing education credits are CPD, not what she studied
        ("healthcare", "do nurses need continuing education credits every year",
         "education-background"),
        # a GS level is a pay band, not what policy analysts do
        ("nonprofit_public", "what GS level would a policy analyst start at", "policy-work"),
    ],
)
def test_us_word_does_not_answer_an_unrelated_question(
    matchers: dict[str, Matcher], field: str, text: str, not_this: str
) -> None:
    match = matchers[field].match(text)
    assert not (match.confident and match.question_id == not_this), (text, match)


@pytest.mark.parametrize(
    ("field", "text", "expected"),
    [
        # "ic" texted for "I see" is no individual contributor
        ("ux_design", "ic, so how long did it take you to get promoted", "keys-to-advancement"),
        # a design competition and comparative literature are no pay
        ("ux_design", "i won a design comp at uni, does that count for the portfolio", None),
        # "a pa in a gp surgery" is a personal assistant, the British sense
        ("healthcare", "i worked as a pa in a gp surgery for 5 years, would that help me get "
                       "into practice management", "healthcare-admin"),
        # "alternative routes into nursing" is about nursing, not teacher training
        ("healthcare", "are there alternative routes into nursing besides a degree",
         "nursing-routes"),
        # "well paid" is pay, whatever follows it
        ("marketing", "is it well paid, social media management", "marketing-pay"),
    ],
)
def test_a_us_word_in_another_sense_keeps_its_meaning(
    matchers: dict[str, Matcher], field: str, text: str, expected: str | None
) -> None:
    match = matchers[field].match(text)
    if expected is None:
        assert match.question_id not in ("design-pay", "teacher-pay"), (text, match)
    else:
        assert match.confident and match.question_id == expected, (text, match)
