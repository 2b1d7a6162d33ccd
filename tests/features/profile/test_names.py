"""What a user is called and what their drafts are signed with, read at /start and /settings.

Testers: "Mei Lin, please! Sorry, that is my first name, Chen is my last name." was greeted
"Nice to meet you, Mei!"; "Mrs. Marisol Fuentes, Mari is fine" had drafts signed "Mari
Fuentes".
"""

from __future__ import annotations

import pytest

from bot.engine.models import User
from bot.features.profile.effects import SaveSettings
from bot.features.profile.onboarding import DEFAULT_FIELDS, Onboarding
from bot.features.profile.settings import SettingsFlow
from tests.features.flow_support import Walk, make_turn, make_user

NEW = make_user(name=None, field=None, tz="UTC", onboarded=False)


def set_up(*typed: str) -> Walk:
    """/start with each message typed at the name question (or right after it)."""
    w = Walk(Onboarding(), make_turn(NEW, first_name="Sam"))
    for text in typed:
        w.say(text)
    return w


def finish(w: Walk) -> str:
    w.tap("Marketing")
    w.tap("UTC")
    return w.text


@pytest.mark.parametrize(("typed", "called", "signed"), [
    ("Mei Lin, please! Sorry, that is my first name, Chen is my last name.", "Mei Lin",
     "Mei Lin Chen"),
    ("my first name is Mei Lin and my last name is Chen", "Mei Lin", "Mei Lin Chen"),
    ("First name: Mei Lin, last name: Chen", "Mei Lin", "Mei Lin Chen"),
    ("mei lin chen. mei lin is my first name", "Mei Lin", "Mei Lin Chen"),
    ("Chen Mei Lin (Chen is my surname)", "Mei Lin", "Mei Lin Chen"),
    ("Hi, I'm Dr. Thu Trang Pham, Thu Trang is my first name", "Thu Trang", "Thu Trang Pham"),
    ("Anne Marie Dubois, please call me Anne Marie", "Anne Marie", "Anne Marie Dubois"),
    ("María José García, María José is fine", "María José", "María José García"),
    ("Mei Lin Chen but everyone calls me Mei Lin", "Mei Lin", "Mei Lin Chen"),
    ("My first name is Margaret but call me Maggie", "Maggie", "Margaret"),
])
def test_a_first_name_said_is_used_whole_and_drafts_signed_in_full(typed: str, called: str,
                                                                    signed: str) -> None:
    w = set_up(typed)
    assert w.step == "field" and f"Nice to meet you, {called}!" in w.question
    text = finish(w)
    assert text.startswith(f"All set, <b>{called}</b>!")
    assert f"Drafts will be signed <b>{signed}</b>." in text
    assert w.effects[0].name.removeprefix("Dr. ") == signed  # a title is kept, not signed


@pytest.mark.parametrize(("typed", "called"), [
    ("mei lin (not mei pls, its a double name)", "Mei Lin"),
    ("Jean Paul Sartre (double first name)", "Jean Paul"),
    ("Mary Ann, both names please", "Mary Ann"),
])
def test_a_double_given_name_said_so_is_never_cut_to_its_first_word(typed: str,
                                                                     called: str) -> None:
    """"mei lin (not mei pls, its a double name)" was greeted "Nice to meet you, Mei!"."""
    w = set_up(typed)
    assert f"Nice to meet you, {called}!" in w.question, w.question
    assert finish(w).startswith(f"All set, <b>{called}</b>!")
    plain = set_up("Sam Rivera, not Samuel")  # a name said against another: the first word
    assert "Nice to meet you, Sam!" in plain.question, plain.question


@pytest.mark.parametrize("typed", ["call me Mei Lin", "Mei Lin, please!", "Mei Lin is fine",
                                   "i go by Mei Lin", "Mary Kate is fine", "Jean-Luc please"])
def test_a_name_of_two_words_asked_for_is_never_cut_to_one(typed: str) -> None:
    """ "Mei Lin is fine" was stored as "Lin"; "Mei Lin, please!" greeted as "Mei"."""
    w = set_up(typed)
    name = typed.replace("call me ", "").replace("i go by ", "").split(",")[0]
    name = name.replace(" is fine", "").replace(" please", "")
    assert f"Nice to meet you, {name}!" in w.question
    text = finish(w)
    assert text.startswith(f"All set, <b>{name}</b>!") and "Drafts will be signed" not in text
    assert w.effects[0].name == name


@pytest.mark.parametrize(("typed", "stored", "called", "signed"), [
    ("Mrs. Marisol Fuentes, Mari is fine", "Mrs. Marisol Fuentes", "Mari", "Marisol Fuentes"),
    ("Dr. Marisol Fuentes, Mari works", "Dr. Marisol Fuentes", "Mari", "Marisol Fuentes"),
    ("marisol fuentes but call me mari", "Marisol Fuentes", "Mari", "Marisol Fuentes"),
    ("Prof. Elizabeth Okoro, Liz is fine", "Prof. Elizabeth Okoro", "Liz", "Elizabeth Okoro"),
    ("Olu is fine, full name Olumide Adeyemi", "Olumide Adeyemi", "Olu", "Olumide Adeyemi"),
    # "X, but Y please" had been asked about as typed, "Dr. Amara Osei, but Amara"
    ("Dr. Amara Osei, but Amara please", "Dr. Amara Osei", "Amara", "Amara Osei"),
    ("thomas okafor but tom pls", "Thomas Okafor", "Tom", "Thomas Okafor"),
    # a short name in brackets had been dropped: "Rev. Samuel Adeyemi (Sam)" was called Samuel
    ("Rev. Samuel Adeyemi (Sam)", "Rev. Samuel Adeyemi", "Sam", "Samuel Adeyemi"),
    ("jennifer li (jen)", "Jennifer Li", "Jen", "Jennifer Li"),
    # "(Kechi is fine)" in brackets had been dropped: greeted as Nkechi
    ("Dr. Nkechi Obi (Kechi is fine)", "Dr. Nkechi Obi", "Kechi", "Nkechi Obi"),
    ("ana souza (ana is fine!)", "Ana Souza", "Ana", "Ana Souza"),
    # a title in another language had been taken for the name: "Nice to meet you, Mme!"
    ("Mme Aïcha Diallo", "Mme Aïcha Diallo", "Aïcha", "Aïcha Diallo"),
    ("Herr Jonas Weber, Jonas is fine", "Herr Jonas Weber", "Jonas", "Jonas Weber"),
])
def test_a_nickname_is_used_in_chat_and_the_full_name_signs(typed: str, stored: str,
                                                             called: str, signed: str) -> None:
    w = set_up(typed)
    assert f"Nice to meet you, {called}!" in w.question
    text = finish(w)
    assert text.startswith(f"All set, <b>{called}</b>!")
    assert f"Drafts will be signed <b>{signed}</b>." in text  # no Mrs./Dr./Prof., no nickname
    assert w.effects[0].name == stored


@pytest.mark.parametrize(("typed", "called"), [
    ("Sgt. Marcus Bell (ret)", "Marcus"), ("Dr. Yusuf Adeyemi (he/him)", "Yusuf"),
    ("Maria Lopez (CPA)", "Maria"),  # brackets that hold no short name
    ("Sam Rivera", "Sam"), ("Hi, I'm Priya Shah", "Priya"), ("Mei Lin Chen", "Mei"),
    ("dana lee", "Dana"), ("Nguyen Thi Lan", "Lan"), ("Tran Van Minh", "Minh"),
])
def test_a_plain_full_name_is_called_by_its_given_name(typed: str, called: str) -> None:
    """Ordinary "Firstname Lastname" is called by the first name, as before; a Vietnamese
    name with Thị/Văn puts the family name first ("Nguyen Thi Lan" was greeted "Nguyen")."""
    w = set_up(typed)
    assert f"Nice to meet you, {called}!" in w.question
    assert finish(w).startswith(f"All set, <b>{called}</b>!")


@pytest.mark.parametrize(("first", "fix", "stored"), [
    ("Mei Lin", "it's Mei Lin, not Mei", "Mei Lin"),
    ("Mei Lin Chen", "Mei Lin please", "Mei Lin Chen"),
    ("Mei Lin Chen", "Mei Lin", "Mei Lin Chen"),
    ("Mei Lin Chen", "no, call me Mei Lin", "Mei Lin Chen"),
    ("Mei Lin Chen", "sorry, my first name is Mei Lin", "Mei Lin Chen"),
])
def test_a_name_cut_short_can_be_put_right_at_the_next_question(first: str, fix: str,
                                                                stored: str) -> None:
    w = set_up(first)
    assert "Nice to meet you, Mei!" in w.question
    w.say(fix)
    assert w.step == "field" and w.out.replies[0].text == "Sorry about that, Mei Lin!"
    text = finish(w)
    assert text.startswith("All set, <b>Mei Lin</b>!") and w.effects[0].name == stored


@pytest.mark.parametrize("field", ["Product management, please", "data analytics please",
                                   "UX design is fine"])
def test_a_field_said_politely_is_still_the_field(field: str) -> None:
    w = set_up("Mei Lin")
    w.say(field)
    assert w.step == "tz" and w.data["name"] == "Mei Lin"


def test_a_name_of_two_words_asked_for_in_settings_keeps_the_signature() -> None:
    user: User = make_user(name="Mei Lin Chen")
    w = Walk(SettingsFlow(DEFAULT_FIELDS), make_turn(user))
    w.tap("👤 Name")
    w.say("call me Mei Lin")
    assert w.out.effects == [SaveSettings(name="Mei Lin Chen")]
    assert w.out.replies[0].text.startswith(
        "I'll call you <b>Mei Lin</b>. Drafts will be signed <b>Mei Lin Chen</b>.")
