"""Sentences that tell rather than ask, though they open like a question or hold a question
word: "what I want is …", "…, which rather brings me to my worry", "were nearly at time"
(we're), "i tested reels vs carousels". Reading a message asks these before it takes a
sentence for a question."""

from __future__ import annotations

import re
from collections.abc import Callable

__all__ = ["CHOICE", "EXAMPLES", "INDIRECT_ASK", "OR_ASKS", "RELATIVE", "RUN_ON_ASK", "SAYS_WHAT",
           "TELLS_CHOICE", "UNSURE", "WERE_FOR_WE_ARE", "WHICH_IS", "labelled"]

SAYS_WHAT = re.compile(  # "What's pulling me away is …" tells; "what I want to know is" asks
    r"\W*(?:(?:and|but|so|honestly|tbh|i\s+think)\W+)?what(?:\s+(?:i|we|i've|ive|i'm|im|i'd|id)\b|"
    r"(?:'s|s|\s+is)\s+\w+ing\s+(?:me|us)\b)(?![^?]*\b(?:know|ask|asking|hear|wonder\w*|"
    r"curious)\b)[^?]*?\s(?:is|was|are|were)\b", re.IGNORECASE)
RUN_ON_ASK = re.compile(r"^((?:\S+\s+){6,}?)(?<!\bwhich\s)(?<!\bwhat\s)(?<!\bwho\s)(?<!\bwhere\s)"
                        r"(?<!\bhow\s)(?<!\bwhich\sone\s)(?<!\bwhich\sones\s)(?<!\bwhat\sone\s)"
                        r"(?=(?:do|does|can|could|should|would|will)\s+"
                        r"(?:i|you|u|we|people|employers|companies|they)\s+[^.!?]{6,}$)",
                        re.IGNORECASE)
"""A question typed on at the end of a long unpunctuated message ("…i wanna get into coding
do i actually need a degree or nah"): a full stop goes in before it, never between "which
one" and the question it opens."""
WAS_A_ROLE = re.compile(
    r"\W*(?:(?:and|but|so|then|before\s+that)\W+)?(?:was|been)\s+(?:an?\s+)?(?:[a-z&-]+\s+){0,2}?"
    r"(?:supervisor|manager|lead|engineer|nurse|teacher|officer|analyst|assistant|director|"
    r"coordinator|specialist|technician|operator|clerk|sergeant|driver|administrator|"
    r"[a-z]{3,}(?:er|or|ist|ian))\b(?!\s+(?:you|u|it|they|there|the\s+\w+)\b)", re.IGNORECASE)
"""A role told without its "I", phone style ("was production supervisor, 40 ppl on my
shift"): a statement, though it opens like "was it hard?"."""
UNSURE = re.compile(r"\W*(?:(?:and|but|so|tbh|honestly|lol)\W+)*(?:idk|i\s+dunno|dunno|"
                    r"i\s+(?:don'?t|do\s+not)\s+(?:really\s+)?know|not\s+sure|no\s+idea|"
                    r"i'?m\s+not\s+sure)\s+(?:where|how)\s+to\s+(?:even\s+)?(?:start|begin)\b",
                    re.IGNORECASE)
"""Not knowing where to start, said without a "?": how the user feels ("idk which skills would
transfer" still asks)."""
WHICH_IS = re.compile(r"\s*(?:which|who)\s+(?:is|was|are|were)\s+(?!the\s+(?:best|better|most|"
                      r"easiest|quickest|fastest|right|smartest)\b|(?:better|easier|harder|more|"
                      r"less|worse|quicker|faster|best)\b)", re.IGNORECASE)
""""I'm based in Galway, which is lovely but a long way from Dublin." describes, asking
nothing, where no "?" ends it; "…, which is the best route in" still asks."""
RELATIVE = re.compile(
    r"\s*(?:(?:which|who)\s+(?:(?:also|really|just|only|still|actually|honestly|kind\s+of)\s+)?"
    r"(?:(?:was|is)\s+(?=(?:a|an|the|my|not|exactly|pretty|really|basically|"
    r"actually|where|why|how)\b)|wasn'?t|isn'?t|hasn'?t|meant|means|made|makes|helped|helps|"
    r"works|worked|took|gave|gives|paid|pays)|where\s+(?:i|i'm|im|i've|ive|we|they|he|she)"
    # "our newsletter, which goes to about 2,000 alumni": any verb, then where or to whom
    r"|(?:which|who)\s+(?:[a-z]+(?:s|ed)|went|came|ran|grew|got|sent|brought|kept|led|built|won|"
    r"drew|reached)\s+(?=(?:to|at|for|in|on|out|about|around|over|up|a|an|the|my|our|\d)\b)"
    # "…in Pune, where much of my work involved …": a place described, asking nothing
    r"|where\s+(?:much|most|all|some|part|half)\s+of\s+(?:my|our|the)\b"
    r"|where\s+(?:my|our)\s+\w+\s+(?:taught|showed|helped|told|was|were|had)\b"
    r"|which\s+(?:i|we|they|he|she|my|our)\s+(?!(?:should|would|could|can|do|did|will|must)\b)"
    r"(?:\w+\s+)?(?:\w+ed|found|got|felt|thought|saw|made|took|had|built|ran|did|"
    r"taught|learnt|spent|kept|left|led|meant)\b"
    # "…, which rather brings me to my worry", "…, which is why I ask"
    r"|which\s+(?:(?:rather|really|actually|kind\s+of|sort\s+of|\w+ly)\s+)?(?:(?:brings|leads|"
    r"takes|puts)\s+me|is\s+why|was\s+why|explains\s+why)\b)\b",
    re.IGNORECASE)
"""A relative clause ("..., which wasn't exactly a fortune", "..., where I worked", "...,
which I later learned is a usability test"): it tells more about what came before; it does
not ask."""


WERE_FOR_WE_ARE = re.compile(r"\W*(?:(?:oh|ok|okay|so|and|well|ah)\W+)*were\s+(?:(?:nearly|almost|"
                             r"about)\s+(?:at\s+time|out\s+of\s+time|done|over|there)|running\s+"
                             r"(?:out|low|over)|out\s+of\s+time|over\s+time|short\s+on\s+time|"
                             r"at\s+time|getting\s+close|close\s+to\s+time)\b", re.IGNORECASE)
TELLS_CHOICE = re.compile(r"^\W*(?:(?:so|and|but|then)\W+)?(?:i|i'?ve|ive|i'?d|we|they|he|she)\s+"
                          r"(?!or\b)[a-z]+\b(?![^?]*\?)"
                          # "ok so on the insta i tested reels vs carousels": what they did
                          r"|^\W*(?:\S+\s+){0,6}?(?:i|we)\s+(?:\w+ed|did|made|ran|got|grew|built|"
                          r"tried|found|saw|had|went|took|spent|wrote|led|set|did)\b(?![^?]*\?)",
                          re.IGNORECASE)
OR_ASKS = re.compile(r"\bor\s+(?:do|does|did|is|are|should|would|will|can)\b", re.IGNORECASE)
CHOICE = re.compile(
    r"\b(?:vs|versus)\b|\bor\s+(?:do|does|did|is|are|should|would|will|can)\s+(?:i|you|u|they|"
    r"employers|it|people|we|companies|recruiters|schools|hospitals)\b", re.IGNORECASE)
"""A choice put to them, with or without a "?": "google cert vs bootcamp", "worth paying for
more training or do employers not care"."""


_LABEL = re.compile(r"^\W*(?:(?:ok|okay|so|and|right|um+|also|now|next)\W+)*(?P<topic>[a-z][\w&'-]*"
                    r"(?:\s+[a-z][\w&'-]*)?)$", re.IGNORECASE)


_REACTION_WORDS = re.compile(
    r"\b(?:nice|cool|gotcha|got\s+it|lovely|brill\w*|right|ok|okay|sounds|amazing|great|thanks?|"
    r"cheers|hi|hey|hello|wow|ah|oh|yes|yeah|no|sure|perfect|fab\w*|awesome|interesting|fair|"
    r"makes\s+sense|true|love|haha\w*|lol)\b", re.IGNORECASE)
_POINTS_BACK = re.compile(r"\b(?:one|ones|it|them|that|those|this)\b", re.IGNORECASE)


def labelled(sentences: list[str], asks: Callable[[str], bool]) -> list[str]:
    """A topic named before a dash, then the question ("ok so portfolio - if i was gonna build
    one what wud impress…"): one sentence, so the question keeps what "one" is."""
    out: list[str] = []
    for sentence in sentences:
        label = _LABEL.match(out[-1]) if out else None
        if label and not re.search(r"\b(?:i|you|u|we|it|this|that)\b", label["topic"], re.I) \
                and not _REACTION_WORDS.search(label["topic"]) and _POINTS_BACK.search(sentence) \
                and asks(sentence):
            out[-1] = f"{label['topic']} - {sentence}"
        else:
            out.append(sentence)
    return out


EXAMPLES = re.compile(r"\b(?:like|e\.?g|such\s+as|etc|kinda\s+thing|that\s+sort\s+of\s+thing|"
                      r"or\s+(?:something|smth|sth)|and\s+so\s+(?:on|forth)|for\s+(?:example|"
                      r"instance)|and\s+stuff|that\s+kind\s+of\s+thing)\b", re.IGNORECASE)
"""Examples of what was just asked ("GA4, Hootsuite, some tool like Buffer?"), not a list of
new topics ("Pay range for juniors, hours, remote options?")."""


INDIRECT_ASK = re.compile(
    r"\b(?:i\s+wonder(?:ed)?|i'?m\s+(?:curious|wondering)|im\s+(?:curious|wondering)|i\s+was\s+"
    r"wondering|(?:i'?d|i\s+would)\s+(?:love|like)\s+to\s+(?:know|hear|understand|find\s+out|ask)|i\s+(?:really\s+)?want(?:ed)?\s+to\s+(?:know|understand|hear|ask|learn)|"
    # "I would be grateful to hear how you came into your role", "I'd be interested to know …"
    r"(?:i'?d|i\s+would|i'?m|i\s+am)\s+(?:be\s+)?(?:very\s+|really\s+|most\s+|so\s+)?(?:grateful|"
    r"interested|keen|glad|curious)\s+to\s+(?:know|hear|learn|understand|find\s+out)|"
    r"what\s+i\s+(?:really\s+|actually\s+)?(?:want(?:ed)?|would\s+like|'?d\s+like|'?d\s+love)\s+to\s+"
    r"know\s+is)\s+(?:whether|if|how|what|why|which|when|where|who)\b"
    # "honestly cant tell which one hiring managers take seriously"
    r"|\b(?:can'?t|cant|cannot)\s+(?:really\s+)?tell\s+(?:whether|which)\b", re.IGNORECASE)
# not "I'm not sure which direction to go" nor "I can't work out what to build next", which
# say where they stand
"""A question asked indirectly, with no "?": "I wonder whether the self-taught ones did as
well", "what I really want to know is whether …", "I can't tell which one they take
seriously"."""
