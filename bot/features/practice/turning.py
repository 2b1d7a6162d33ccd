"""Whether an answer in 'they ask' hands the conversation back to the contact: a question
about them ("how did you get into it?"), or one put to them for their view ("I want to know
if audit is a good first step"), which a contact would not leave unheard."""

from __future__ import annotations

import re
from collections.abc import Callable

from bot.features.practice.cues import pick

__all__ = ["LATER", "AnswerBack", "answer_their_question", "put_to_them", "turned_back",
           "turns_back"]

AnswerBack = Callable[[str], str | None]
"""The persona's short answer to a question the user turned back to them, if it knows one."""

_YOU = re.compile(r"\b(?:you|your|yours|yourself|u|ur)\b", re.IGNORECASE)
_YOU_FILLER = re.compile(r"\byou\s+know\b", re.IGNORECASE)
_INDIRECT = re.compile(
    r"\b(?:love|like|keen|curious|interested|wanted|want|hoping|hoped)\s+to\s+(?:hear|know|"
    r"learn|understand|ask)\s+(?:you\s+)?(?:(?:from|about)\s+(?:\w+\s+){1,6}?)?"
    r"(?:how|what|why|where|when|which|about|more\s+about)\b[^.!?]*\b(?:you|your|u|ur)\b"
    r"|\b(?:i\s+(?:was|am)\s+wondering|i\s+wonder)\s+(?:how|what|why|whether|if)\b[^.!?]*"
    r"\b(?:you|u)\b"
    # "I'm curious how you made the switch", not "I'm curious about why things happen, so if
    # you give me…" (a strength, and a "you" in another clause)
    r"|\bi(?:'m|\s+am|m)\s+(?:really\s+|also\s+)?curious(?:\s+about)?\s+(?:how|what|why|whether|"
    r"if)\b[^.!?,;]{0,60}?\b(?:you|u)\b(?!\s+(?:give|show|send|ask|put)\b)"
    # "I hoped to learn from you how an audit person makes that shift": theirs, said of others
    r"|\b(?:love|like|keen|wanted|want|hoping|hoped)\s+to\s+(?:hear|learn|understand)\s+from\s+"
    r"(?:you|u)\s+(?:how|what|why|where|when|which|whether)\b[^.!?]*"
    # "…so I hoped you could tell me what you wish you had known"
    r"|\b(?:hoped|hoping|hope|wondered|wondering)\s+(?:you|u)\s+(?:could|can|might|would)\s+"
    r"(?:tell|share|explain|say|walk)\s+(?:me\s+)?(?:through\s+)?(?:how|what|why|where|when|which|"
    r"about|whether|if)\b", re.IGNORECASE)


_ABBREVIATED = re.compile(r"\b(?:vs|e\.g|i\.e|etc|approx|esp|incl)\.", re.IGNORECASE)
"""An abbreviation's full stop ends no sentence: "research vs. politics?" is one question."""


def turned_back(text: str) -> list[str]:
    """The questions with which an answer hands the conversation back to them: a sentence
    ending in "?" about them, or what follows "I'd love to hear" ("how you ended up as head
    of year"). A mention of them ("You seemed nice.") is not a question."""
    cleaned = _ABBREVIATED.sub(lambda m: m.group(0)[:-1], _YOU_FILLER.sub(" ", text.strip()))
    asked = [q.strip() for q in re.findall(r"[^.!?]*\?", cleaned)
             if (_YOU.search(q) or re.match(r"\s*(?:how|what|why)\b", q, re.I))
             and not _TOLD_YOU.search(q)  # "i kinda just told u that one?" complains
             and not _HEDGED.search(q)]  # "my old professor knows u from a conference i think?"
    for m in _INDIRECT.finditer(cleaned):
        if _REASON.search(cleaned[:m.start()]) and re.match(r"(?:wanted|hoped|hoping|keen)\s+to\b",
                                                            m.group(0), re.IGNORECASE):
            continue  # "…so I wanted to hear how you did it": why they came, asked of no one
        sentence = re.split(r"[.!?]", cleaned[m.start():])[0]
        wh = re.search(r"\b(?:how|what|why|where|when|which|whether|if|about)\b", sentence, re.I)
        question = sentence[wh.start():] if wh else sentence
        if not any(question in q for q in asked):
            asked.append(question)
    return asked


_REASON = re.compile(r"\b(?:so|which\s+is\s+(?:\w+\s+)?why|that'?s\s+(?:\w+\s+)?why|hence)\s+i\s+"
                     r"(?:really\s+|just\s+|mainly\s+|always\s+)?(?:was\s+)?(?:really\s+)?$", re.I)
"""Before a past "wanted to hear how you …": the reason for the meeting, told, not a question."""
_HEDGED = re.compile(r"\b(?:i\s+(?:think|guess|believe|reckon|suppose)|apparently|if\s+i\s+"
                     r"remember\s+(?:right|correctly)|iirc)\W*\?$", re.IGNORECASE)
"""A statement ending in a hedged "?": unsure of a fact, not asking them anything."""
_TOLD_YOU = re.compile(r"\bi\s+(?:\w+\s+){0,2}?(?:told|said|mentioned|gave)\s+(?:(?:you|u|that|"
                       r"this|it)\b|about\b)|\b(?:didn'?t|did\s+not)\s+i\s+(?:just\s+)?(?:say|"
                       r"mention|tell)\b", re.IGNORECASE)
"""A question about what was already said ("i kinda just told u that one?"), not to them."""


def turns_back(text: str) -> bool:
    """Does the answer hand the conversation back with a real question to them?"""
    return bool(turned_back(text))


_FOR_THEIR_VIEW = re.compile(
    r"\bi(?:'?d|\s+would)?\s+(?:(?:really|also|just|still)\s+)*(?:want|wanna|like|love|need)\s+"
    r"to\s+(?:know|find\s+out|"
    r"ask(?:\s+(?:you|u))?|understand|hear)\s+(?P<q>(?:if|whether|how|what|which|why|where|when)"
    r"\b[^.!?]*)|\bmy\s+(?:big\s+|main\s+|real\s+|one\s+)?question\s+(?:is|was)\s*:?\s*(?P<mine>"
    r"[^.!?]+)", re.IGNORECASE)
"""A question put to them in a statement ("i want to know if audit is good first step")."""
_OPEN_TOPIC = re.compile(r"\s*(?:how|what|why)\b", re.IGNORECASE)
_YES_NO = re.compile(r"\s*(?:is|are|should|shall|would|could|can|do|does|did|will|was|were|am|"
                     r"have|has|which|where|when|who)\b", re.IGNORECASE)
_CHECKING = re.compile(r"\s*(?:(?:does\s+)?(?:that|this|it)\s+makes?\s+sense|right|ok(?:ay)?|"
                       r"is\s+that\s+(?:ok(?:ay)?|alright|fine|normal|weird|bad)|"
                       r"(?:is\s+that|was\s+that)\s+(?:too\s+)?(?:long|short|much)|"
                       r"(?:isn'?t|wasn'?t|aren'?t|don'?t|didn'?t)\s+(?:it|they|i|we))\W*$",
                       re.IGNORECASE)
"""A check on how the answer went ("does that make sense?"), not a question to answer."""


def put_to_them(text: str, told_why: bool = False) -> list[str]:
    """Questions an answer puts to the contact for their view, beyond those about them
    (``turned_back``): "is audit a good first step?", "i want to know if audit is good first
    step or if e go box me in". The reason for the meeting ("so I wanted to hear how …") and
    a check ("does that make sense?") are none; nor, ``told_why`` (the answer to why they
    wanted to talk), "I'd like to understand how …", which is that reason ("i want to know if
    audit is a good first step" still asks)."""
    cleaned = _ABBREVIATED.sub(lambda m: m.group(0)[:-1], _YOU_FILLER.sub(" ", text.strip()))
    asked = [q.strip() for q in re.findall(r"[^.!?]*\?", cleaned)
             if _YES_NO.match(q) and not _CHECKING.match(q) and len(q.split()) >= 3
             and not _TOLD_YOU.search(q) and not _HEDGED.search(q)]
    asked += [(m["q"] or m["mine"]).strip() for m in _FOR_THEIR_VIEW.finditer(cleaned)
              if not (told_why and m["q"] and _OPEN_TOPIC.match(m["q"]))
              and len((m["q"] or m["mine"]).split()) >= 3]  # "I need to know how big": their
    # own worry, said short, not a question put to the contact
    return [q for q in asked if not any(q in t or t in q for t in turned_back(text))]


def answer_their_question(said: str, answer_back: AnswerBack | None, told_why: bool = False
                          ) -> str | None:
    """When the user turns a question back, or puts one to them for their view ("i want to
    know if audit is a good first step"), the persona answers it briefly, as people do, or
    says it will come to it: a question left unheard reads as not listening."""
    if answer_back is None:
        return None
    asked = turned_back(said) + put_to_them(said, told_why)
    for question in reversed(asked):
        reply = answer_back(question)
        if reply:
            return f"Good question. {reply}"
    # one it has no answer for is still heard, not met with "That makes sense"
    return pick(_LATER, len(said)) if asked else None


LATER = _LATER = (
    "Good question. Ask me that when it's your turn to ask the questions, and I'll tell you"
    " what I can.",
    "Hold that thought: ask me again when you're asking the questions, and I'll tell you what"
    " I can.",
)
"""A question turned back that the contact has no answer for: no promise of a full answer
the meeting that follows may not be able to give."""
