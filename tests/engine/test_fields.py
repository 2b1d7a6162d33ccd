"""The field read from what was typed at setup and /settings, as testers typed it."""

from __future__ import annotations

import pytest

from bot.engine.fields import topic_of, undecided


@pytest.mark.parametrize(("typed", "field"), [
    # filler is no part of a field, and "or anything …" after it is an aside
    ("nursing informatics honestly, or anything non-bedside lol", "nursing informatics"),
    ("data analytics ngl", "data analytics"),
    ("software engineering really, or anything in tech", "software engineering"),
    ("ux design i guess, or something similar", "UX design"),
    ("product management lmao", "product management"),
    # a change of mind said on the way in: "hmm actually maybe …" was stored whole
    ("hmm actually maybe data analytics? I love the archive side of research tbh",
     "data analytics"),
    ("perhaps nursing", "nursing"),
    # a hedge, question marks and an emoji after it: had been "UX research i think??"
    ("ux research i think?? 🤔", "UX research"),
    # "something in" says the field vaguely: had been "Exploring something in security…"
    ("something in security or operations, not sure yet", "security or operations"),
    ("smth in marketing", "marketing"),
    ("product management!! 🚀", "product management"),
    ("actuarial science", "actuarial science"),
    # testers' setups: "Exploring Ooh UX design please", "Exploring pm prob", "Exploring
    # management" (for healthcare management)
    ("Ooh UX design please! I'm a science teacher hoping to switch", "UX design"),
    ("pm prob, im a swe rn", "pm"),
    ("Healthcare management. I have been a hospital pharmacist in Birmingham for twelve years"
     " and want to move into management.", "Healthcare management"),
    # but a job said first is the one they have: its goal is the field
    ("Teaching assistant. Want to move into teaching.", "teaching"),
])
def test_filler_and_a_widening_aside_are_no_part_of_the_field(typed: str, field: str) -> None:
    """"nursing informatics honestly, or anything non-bedside lol" was stored nearly whole."""
    assert topic_of(typed) == field
    assert not undecided(typed)


@pytest.mark.parametrize(("typed", "field"), [
    ("idk really, sorry, not sure yet. maybe something general? or like civil service but idk",
     "civil service"),
    ("honestly no idea, maybe marketing?", "marketing"),
    ("dunno yet but leaning towards data analytics", "data analytics"),
    ("not sure yet, probably something in healthcare", "healthcare"),
    ("idk maybe law?", "law"),
    ("unsure, possibly UX", "UX"),
    ("im not really sure, maybe public health?", "public health"),
    ("still figuring it out tbh, maybe something in climate", "climate"),
    ("not sure if this counts but nursing informatics", "nursing informatics"),
    ("i dont know yet, maybe project management or something like that", "project management"),
    ("haven't decided, maybe HR?", "HR"),
    ("no idea what i want, maybe healthcare admin", "healthcare admin"),
    ("I’m not sure yet, maybe marketing", "marketing"),  # a phone's curly apostrophe
    ("open to anything in tech", "tech"),
])
def test_the_one_field_an_undecided_answer_floats_is_the_field(typed: str, field: str) -> None:
    """Stored were "really, sorry" and "no idea": the doubt, not the field after it."""
    assert topic_of(typed) == field
    assert not undecided(typed)


@pytest.mark.parametrize("typed", [
    "not sure yet", "Not sure yet", "idk", "no clue lol", "sorry idk", "open to anything really",
    "anything really", "dunno, whatever pays lol", "no I'm not sure yet tbh",
    "good question lol no idea", "don’t know yet", "Honestly? no idea",
    # two fields or more, or the job they have now: still deciding
    "honestly not sure yet tbh.. maybe HR, operations or admin?", "idk, maybe tech or finance",
    "torn between teaching and nursing", "no idea, I'm a nurse rn",
])
def test_an_answer_that_floats_no_one_field_is_undecided(typed: str) -> None:
    """"not sure yet" was stored as the field and said back as "Now exploring not sure yet"."""
    assert undecided(typed)


@pytest.mark.parametrize("typed", ["marketing maybe? not sure tbh", "probably finance tbh",
                                   "data analytics, not sure which part yet"])
def test_a_field_with_a_doubt_after_it_is_decided(typed: str) -> None:
    assert not undecided(typed)


def test_a_hedge_between_commas_is_no_part_of_the_field() -> None:
    """"Cybersecurity, I'd say, or software development…" was shown as "Exploring
    Cybersecurity, I'd say, or software development more generally"."""
    from bot.engine.fields import topic_of
    said = topic_of("Cybersecurity, I'd say, or software development more generally if that "
                    "doesn't work out")
    assert "I'd say" not in said and said.startswith("Cybersecurity, or software development")


@pytest.mark.parametrize(("typed", "field"), [
    ("nursing, im a paramedic tryna become an RN", "nursing"),
    ("ux design - currently a barista", "UX design"),
    ("data analytics, I am a teacher", "data analytics"),
])
def test_a_field_said_before_who_the_user_is_is_the_field(typed: str, field: str) -> None:
    """"nursing, im a paramedic tryna become an RN" was stored as "RN", and starred the general
    bank."""
    assert topic_of(typed) == field


def test_a_job_title_after_a_name_reads_mid_sentence() -> None:
    """"You'll meet Arjun Mehta, Equity research associate…": a capital mid-sentence."""
    from bot.engine.text import role_said
    assert role_said("Equity research associate") == "equity research associate"
    assert role_said("High-school English teacher") == "high-school English teacher"
    assert role_said("UX researcher") == "UX researcher"
    assert role_said("NHS ward manager") == "NHS ward manager"


@pytest.mark.parametrize(("typed", "field"), [
    ("Sorry, bit of a long story - I'm a geography teacher, 25 years, thinking about charity "
     "work or maybe a policy job with the council", "charity work or maybe a policy job with the "
     "council"),
    ("sorry for the long answer, but I want to move into UX design", "UX design"),
    ("sorry i meant finance", "finance"),
    ("I'm a nurse thinking of leaving", "I'm a nurse thinking of leaving"),  # no field in it
])
def test_an_apology_first_is_no_field(typed: str, field: str) -> None:
    """"Sorry, bit of a long story - …" had been saved as the field ("Exploring Sorry, bit of a
    long story")."""
    assert topic_of(typed) == field


@pytest.mark.parametrize(("typed", "field"), [
    ("I'm an A&E doctor burning out, looking at health informatics", "health informatics"),
    ("nurse for 10 yrs, considering health informatics", "health informatics"),
    ("Secondary teacher - exploring instructional design", "instructional design"),
    ("retired police inspector, interested in victim support charities",
     "victim support charities"),
])
def test_what_is_explored_after_a_comma_is_the_field(typed: str, field: str) -> None:
    """ "I'm an A&E doctor burning out, looking at health informatics" had been kept whole, and
    the contact then asked her about her own work as if it were the field."""
    assert topic_of(typed) == field


@pytest.mark.parametrize(("typed", "field"), [
    ("Well that's the million dollar question! I've taught PE for 20 years and I'm torn between "
     "moving up into school leadership or leaving for sport development work.",
     "school leadership or sport development work"),
    ("data engineering po, currently reporting analyst sa BPO", "data engineering"),
    ("accounting, sorry - I'm ACCA qualified but I've been off for 6 years with my kids",
     "accounting"),
])
def test_the_field_is_what_they_weigh_not_the_first_exclamation(typed: str, field: str) -> None:
    """ "Well that's the million dollar question! …" had been saved as the field, and the
    Filipino "po" of respect as part of one ("Exploring data engineering po")."""
    assert topic_of(typed) == field


@pytest.mark.parametrize(("typed", "field"), [
    ("I am backend developer and I want to change to product manager", "product manager"),
    ("I want to change into teaching", "teaching"),
])
def test_a_change_to_a_field_names_the_goal(typed: str, field: str) -> None:
    """"I am backend developer and I want to change to product manager" was taken for the
    work the user does, and the field asked for again."""
    assert topic_of(typed) == field


def test_a_field_typed_with_the_in_front_reads_mid_sentence_in_lower_case() -> None:
    """"The nonprofit and humanitarian sector" was shown as "Exploring The nonprofit …"."""
    from bot.engine.fields import explored, topic_of
    assert explored(topic_of("The nonprofit and humanitarian sector, ideally international NGOs")
                    ) == "the nonprofit and humanitarian sector"
    assert explored(topic_of("The Red Cross")) == "The Red Cross"
