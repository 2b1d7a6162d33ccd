"""Practice's side of the seam as pure functions: which turns ask the model, and pace."""

from __future__ import annotations

from types import SimpleNamespace

from bot.engine.flow import Outcome
from bot.engine.steps import Go
from bot.engine.ui import Reply
from bot.features.practice.generative import (
    answer_request,
    facts,
    follow_up_request,
    remember,
)
from bot.features.practice.spoken import pace_note, with_pace

PERSONA = SimpleNamespace(name="Priya Nair", role="Engineer", organisation="Stackwise",
                          years=7, facts=("Started in QA", "Leads payments"))


def result(kind: str, reply: str = "I came in through QA.", ended: bool = False):
    return SimpleNamespace(kind=kind, reply=reply, ended=ended)


def test_only_turns_without_mechanics_ask_the_model():
    said = [["user", "hi"], ["persona", "hello"]]
    g = answer_request(PERSONA, said, "how did you start?", result("answer"), None)
    assert g is not None and g.fallback == "I came in through QA." and g.kind == "answer"
    assert ("name", "Priya Nair") in g.persona and ("fact", "Leads payments") in g.persona
    assert g.references == ("I came in through QA.",) and g.turns == (("user", "hi"),
                                                                      ("persona", "hello"))
    assert answer_request(PERSONA, said, "x", result("off_bank"), None).references == ()
    for kind in ("did_you_mean", "unclear", "closing", "goodbye", "yes", "repeat", "ended"):
        assert answer_request(PERSONA, said, "x", result(kind), None) is None, kind
    assert answer_request(PERSONA, said, "x", result("answer"), "Shall I introduce you?") is None
    offer = result("answer", "I came in through QA.\n\nShall I introduce you?")
    g = answer_request(PERSONA, said, "x", offer, "Shall I introduce you?")
    assert g.fallback == "I came in through QA."
    assert answer_request(PERSONA, said, "x", result("answer", ended=True), None) is None


def test_follow_up_requests_and_the_remembered_meeting():
    g = follow_up_request(PERSONA, [], "I ran support", "Tell me about you", "Why software?",
                          "Nice.\n\nWhy software?")
    assert (g.kind, g.asked, g.to_ask, g.fallback) == (
        "follow_up", "Tell me about you", "Why software?", "Nice.\n\nWhy software?")
    assert follow_up_request(PERSONA, [], "", "a", "b", "c") is None
    said: list = []
    for i in range(6):
        said = remember(said, f"u{i}", f"p{i}")
    assert len(said) == 8 and said[-1] == ["persona", "p5"] and said[0] == ["user", "u2"]
    assert facts(SimpleNamespace(name="A", role="", organisation="O", years=0, facts=())) == (
        ("name", "A"), ("organisation", "O"), ("years", "0"))


def test_pace_from_the_notes_length():
    words = " ".join(["word"] * 35)
    assert "about 150 words a minute, a comfortable pace" in pace_note(words, 14)
    assert "quick" in pace_note(" ".join(["word"] * 50), 14)
    assert "unhurried" in pace_note(" ".join(["word"] * 20), 14)
    assert pace_note(words, 3) is None and pace_note(words, None) is None
    um = " ".join(["um so"] * 10 + ["word"] * 15)
    assert "fillers a minute (listeners notice from about 4)" in pace_note(um, 14)


def test_the_pace_note_goes_after_the_feedback():
    go = with_pace(Go(object(), say=[Reply("feedback")]), " ".join(["w"] * 35), 14)
    assert [r.text for r in go.say][0] == "feedback" and "words a minute" in go.say[1].text
    out = with_pace(Outcome(None, [Reply("feedback"), Reply("card")]), " ".join(["w"] * 35), 14)
    assert [r.text for r in out.replies][-1] == "card"
    assert "words a minute" in out.replies[1].text
    plain = Go(object(), say=[Reply("feedback")])
    assert with_pace(plain, "typed", None) is plain
