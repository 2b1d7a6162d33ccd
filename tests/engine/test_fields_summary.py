"""The field as stored and as said back after "Exploring", for answers testers typed at /start.

"All set, NAME! Exploring <field>, …" read "Exploring work as an as a data analyst" and pasted
in the user's own aside ("…, so education"); these pin what is stored and how it reads.
"""

from __future__ import annotations

import pytest

from bot.engine.fields import explored, topic_of


@pytest.mark.parametrize(("typed", "field", "shown"), [
    # the job said with its verb and article: "work as an as a data analyst" had been said
    ("I would like to work as a data analyst.", "data analyst", "work as a data analyst"),
    ("I want to work as a project manager", "project manager", "work as a project manager"),
    ("i want to be a data analyst", "data analyst", "work as a data analyst"),
    ("I'd like to be a secondary school teacher", "secondary school teacher",
     "work as a secondary school teacher"),
    ("want to be an RN", "RN", "work as an RN"),
    # the article a second language drops: "Exploring to be product manager in saas" was said
    ("i want to be product manager in saas", "product manager in saas",
     "work as a product manager in saas"),
    ("im looking to become an HR business partner", "HR business partner",
     "work as an HR business partner"),
    ("id like to work in healthcare admin", "healthcare admin", "healthcare admin"),
    ("an architect", "architect", "work as an architect"),
    ("work as an accountant", "accountant", "work as an accountant"),
    ("becoming a software engineer", "software engineer", "work as a software engineer"),
    ("a career in data analytics", "data analytics", "data analytics"),
    ("I'm looking for a job as a software engineer", "software engineer",
     "work as a software engineer"),
    ("hi! i'd really like to work as a data scientist", "data scientist",
     "work as a data scientist"),
    ("I'd like to work at Google as a software engineer", "software engineer at Google",
     "work as a software engineer at Google"),
    ("Product manager at a tech company", "Product manager at a tech company",
     "work as a product manager at a tech company"),
])
def test_a_job_typed_any_way_reads_as_work_once(typed: str, field: str, shown: str) -> None:
    assert topic_of(typed) == field
    assert explored(topic_of(typed)) == shown


@pytest.mark.parametrize(("typed", "field"), [
    # the user's own aside after "so": a whole sector is dropped, anything else kept aside
    ("I'd like to explore instructional design at an edtech company, so education please.",
     "instructional design at an edtech company"),
    ("I'd like to explore UX research, so tech i guess", "UX research"),
    ("healthcare, so nursing please", "healthcare (nursing)"),
    ("I want to work with kids, so teaching", "teaching"),
    # a part that names the field more narrowly is the field, however it is set off
    ("finance - corporate finance / fp&a", "corporate finance / FP&A"),
    ("law (employment law)", "employment law"),
    ("policy, so climate policy", "climate policy"),
    ("consulting - management consulting ideally", "management consulting"),
    ("digital marketing, performance marketing mostly", "digital and performance marketing"),
    ("engineering (mechanical)", "mechanical engineering"),
    ("law, corporate", "corporate law"),
    ("journalism, ideally investigative", "investigative journalism"),
    ("accounting (audit)", "accounting (audit)"),
    ("investment banking (M&A)", "investment banking (M&A)"),
    ("software dev, front end mostly", "software dev, front end"),
])
def test_a_field_with_a_part_or_an_aside_after_it_reads_as_one_field(typed: str,
                                                                     field: str) -> None:
    """"finance - corporate finance / fp&a" had been stored as "finance", and "…, so
    education" said back as part of the field."""
    assert topic_of(typed) == field


@pytest.mark.parametrize(("field", "shown"), [
    ("software engineering, junior dev", "software engineering as a junior dev"),
    ("nursing, RN", "nursing as an RN"),
    ("UX designer, fintech", "work as a UX designer in fintech"),
    # stored by an earlier version: said without its article or its "as"
    ("as a data analyst", "work as a data analyst"), ("a data analyst", "work as a data analyst"),
    ("urban planner", "work as an urban planner"), ("user researcher", "work as a user researcher"),
    ("SEO specialist", "work as an SEO specialist"), ("actuary", "work as an actuary"),
    # what is no job is said as it is
    ("health, safety and environment", "health, safety and environment"),
    ("finance, FP&A", "finance, FP&A"), ("an MBA programme", "an MBA programme"),
    # a choice is a job only if each side is: not "finance as a grad schemes or analyst"
    ("finance, grad schemes or analyst", "finance, grad schemes or analyst"),
    ("UX, researcher or designer", "UX as a researcher or designer"),
])
def test_a_field_and_a_job_read_as_one_phrase_after_exploring(field: str, shown: str) -> None:
    """"Exploring work as a software engineering, junior dev": a field is no job title."""
    assert explored(field) == shown


@pytest.mark.parametrize("typed", [
    "software engineering, junior dev (python/django)", "I would like to work as a data analyst.",
    "want to work as a urban planner", "I'm trying to become an SEO specialist",
    "I want to work in the NHS as a nurse", "medicine, want to be a GP",
])
def test_no_article_or_verb_is_said_twice(typed: str) -> None:
    shown = explored(topic_of(typed))
    assert not any(twice in f" {shown} " for twice in (
        " as an as ", " as a as ", " a a ", " an an ", " as a to ", "work as a software "
        "engineering", " a urban", " a SEO", " an NHS as"))


def test_not_knowing_yet_is_no_part_of_the_field() -> None:
    """"finance fp&a or banking idk yet" had read back as "finance FP&A or banking yet"."""
    from bot.engine.fields import topic_of

    assert topic_of("finance fp&a or banking idk yet") == "finance FP&A or banking"
    assert topic_of("ux design not sure yet") == "UX design"


def test_being_without_an_article_is_a_job_only_when_a_job_follows() -> None:
    """"i want to be product manager" is the job; "i want to be happy in my job" is none."""
    assert not explored(topic_of("i want to be happy in my job")).startswith("work as")
