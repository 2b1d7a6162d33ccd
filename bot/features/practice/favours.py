"""What the user asks of the contact when asked how they can help, or outright in any answer:
an introduction, a look at their CV or portfolio; and the contact's yes to it."""

from __future__ import annotations

import re
from collections.abc import Sequence

__all__ = ["ASKS_A_LOOK", "SHADOW", "asked_of_them", "asked_outright"]


_WANTS_INTRO = re.compile(
    r"\b(?:an?\s+)?(?:intro|introduction|introductions)\s+to\b|\bintroduc(?:e|ing)\s+me\b|\bput\s+me"
    r"\s+in\s+touch\b|\bconnect(?:ing)?\s+me\s+(?:with|to)\b|\bpass(?:ing)?\s+my\s+(?:name|"
    r"details)\s+(?:along|on)\b|\b(?:a|any|one|just\s+a|a\s+(?:couple|few)(?:\s+of)?|some|two|three)\s+"
    r"names?\b(?!\s+(?:of|for)\s+(?!people|ppl|folks|someone|anyone))|\b(?:someone|anyone|people|"
    r"ppl|folks)\s+(?:(?:in|at|from|near)\s+[\w'-]+\s+)?(?:(?:who|that)\s+(?:[\w&'-]+\s+){1,5}?)?(?:you\s+think\s+)?i\s+(?:could|can|should|"
    r"ought\s+to|might)\s+(?:talk|speak|reach\s+out)\s+to\b"
    # "could you point me to someone", "recommend anyone I should speak to"
    r"|\bpoint(?:ing)?\s+me\s+(?:to|towards|in\s+the\s+direction\s+of)\s+(?:someone|anyone|a\s+"
    r"person|people|the\s+right\s+person)\b"
    # "an introduction would be enormously helpful", "I'd really appreciate an intro"
    r"|\b(?:an?\s+)?(?:intro|introduction)s?\s+(?:would|'d|could)\s+(?:\w+\s+){0,2}?(?:be\s+(?:\w+"
    r"\s+){0,2}?(?:helpful|great|amazing|huge|brilliant|wonderful|fantastic|invaluable|useful|"
    r"appreciated|incredible|ideal|perfect|lovely|awesome|gold|a\s+(?:huge|big|great|real)\s+help)"
    r"|mean\s+(?:a\s+lot|so\s+much|the\s+world)|help\b)"
    r"|\b(?:appreciate|love|welcome|value|grateful\s+for|(?:happy|glad|thankful)\s+(?:for|with|"
    r"to\s+(?:get|have|receive)))\s+(?:an?\s+|any\s+)?(?:intro|introduction)s?\b",
    re.IGNORECASE)
_THINGS = (r"cv|résumé|resume|portfolio|github|git\s*hub|repos?|website|case\s+stud(?:y|ies)|"
           r"cover\s+letter|linkedin|application|profile|proposal|brief|pitch|deck|draft|"
           r"personal\s+statement|writing\s+samples?|work\s+samples?|essay")
"""What a user asks a contact to look over: their CV, a proposal, a writing sample."""
_WANTS_A_LOOK = re.compile(
    r"\b(?:(?:look(?:ing)?\s+(?:at|over|on|through)|glance\s+(?:at|over|on)|(?:cast|run)(?:ing)?\s+(?:an|your)\s+eyes?"
    r"\s+over|review(?:ing)?|skim(?:ming)?|feedback\s+on|check(?:ing)?|help\s+(?:me\s+)?with)\s+"
    r"(?:(?:a\s+couple|one|some)\s+of\s+)?(?:my|a|the|me\s+my)|(?:your|ur)\s+(?:\w+\s+)?(?:view|"
    r"opinion|thoughts|take|read)\s+on(?:\s+(?:whether|how|if))?\s+(?:my|the(?!\s+(?:\w+\s+)?"
    r"application)))\s+(?:\w+\s+){0,2}?(?P<thing>" + _THINGS + r")\b", re.IGNORECASE)
SHADOW = re.compile(
    r"(?:\b(?:(?:could|can|may|might)\s+i|i\s+(?:could|can|might|may)|(?:let|allow)\s+me|for\s+me)"
    r"\s+(?:\w+\s+)?|\b(?:possible|chance|opportunit(?:y|ies)|able|ok|okay)\s+"
    r"(?:for\s+me\s+)?to\s+)(?:shadow(?:ing)?|sit\s+in\s+on|come\s+(?:in\s+)?(?:and|to)\s+(?:see|"
    r"watch|observe)|observe|"
    r"spend\s+(?:a|half\s+a)\s+(?:day|morning|afternoon)\s+(?:with|on|in|at))\s+(?:you|u|a|an|the|your|ur|"
    r"one|someone|some)\b", re.IGNORECASE)
"""Asking to see the work first-hand ("would it be possible to shadow a ward manager for a
day?"): a favour, which a contact answers yes or no to, not with their typical day."""
_NOT_ASKED = re.compile(r"\b(?:don'?t\s+(?:need|want)|do\s+not\s+(?:need|want)|not\s+(?:asking|"
                        r"after)"
                        r"(?:\s+(?:you\s+)?(?:for|to))?|no\s+need\s+for|never\s+mind|already\s+"
                        r"(?:have|got)|(?:if|when|whenever)\s+(?:you|u)(?:'re|re|\s+are|\s+were))"
                        r"(?:\s+\w+){0,2}\s*$", re.IGNORECASE)
"""Said before a request, it takes it back: "I don't need a name", "I already have an intro";
or it is how they work: "which would u weigh more if u were looking at a resume"."""


_WILLING = (r"be\s+(?:down|up|able|willing|happy|open)\s+(?:to|for)|mind(?:\s+to)?|have\s+(?:time|"
            r"a\s+(?:sec|minute|moment))\s+to")
"""Asked as a favour, not how they work: "would you be willing to look over a proposal?"."""
ASKS_A_LOOK = re.compile(
    r"\b(?:(?:could|would|can|will|might)\s+(?:you|u)|you'?d|youd|u'?d)\s+(?:(?:possibly|maybe|please|"
    r"perhaps)\s+)*(?P<willing>(?:" + _WILLING + r")\s+)?(?:(?:possibly|maybe|please|perhaps)\s+)*"
    r"(?:have\s+a\s+|take\s+a\s+|give\s+(?:\w+\s+)?a\s+)?(?:look|glance|review|skim|check|cast|run)\w*"
    r"(?:\s+(?:at|over|through|on))?\s+(?:(?:\w+\s+)?(?:my|me)\b|(?:a|an|the)\s+(?:\w+\s+){0,3}?(?:"
    + _THINGS + r")\b(?(willing)|\s+of\s+(?:my|mine)\b))",  # "willing to look over a proposal"
    re.IGNORECASE)
"""A favour put as a question to them ("would u be down to look at my portfolio sometime?"),
not a question about how they look at one ("what do you look for in a portfolio?")."""


_LINKS = ("GitHub", "repo", "repos", "website", "LinkedIn")


def _asks(pattern: re.Pattern[str], said: str) -> re.Match[str] | None:
    return next((m for m in pattern.finditer(said) if not _NOT_ASKED.search(said[:m.start()])),
                None)


def asked_of_them(said: str, promised: Sequence[str] = ()) -> str:
    """A yes to what the user asked for when asked how the contact can help: an introduction,
    a look at their CV or portfolio, or both ("" when they asked for neither). An introduction
    already ``promised`` (what the contact agreed to) is kept to, not thought about afresh."""
    if _asks(SHADOW, said) and not _asks(_WANTS_INTRO, said):
        return ("I'd be glad to ask. Let me check what's allowed here first, and I'll email you"
                " with a couple of dates that could work.")
    intro, look = bool(_asks(_WANTS_INTRO, said)), _asks(_WANTS_A_LOOK, said)
    thing = look["thing"].lower().replace("cv", "CV").replace("linkedin", "LinkedIn").replace(
        "git hub", "github").replace("github", "GitHub") if look else ""
    notes = f"send me {'the link to ' if thing in _LINKS else ''}your {thing} and I'll give you" \
        " honest notes"
    kept = "I'll send that introduction tonight, as I said"
    introduced = any(_INTRODUCED.search(p) for p in promised)
    if intro and look:
        return f"{kept}, and {notes}." if introduced else \
            f"Both, happily: I'll think about who fits best and introduce you, and {notes}."
    if intro:
        return f"Of course: {kept}." if introduced else \
            "Happy to: I'll think about who fits best and introduce you both by email."
    if look:
        return f"Of course: {notes}."
    return ""


_OUTRIGHT = re.compile(r"\b(?:intro\w*|introduc\w*|shadow\w*|sit\s+in|spend\s+a|look\w*|glanc\w*|"
                       r"review\w*|skim\w*|check\s+(?:over\s+)?(?:my|me)|feedback|connect\w*|"
                       r"put\s+me\s+in\s+touch)\b",
                       re.IGNORECASE)


_INTRODUCED = re.compile(r"\bintroduc\w*|\bin\s+touch\b|\bconnect\w*", re.IGNORECASE)
"""An offer taken up that was an introduction ("introduce you to Ama")."""


def asked_outright(said: str) -> str:
    """A favour asked in the middle of a meeting, unprompted ("I would be very happy for an
    introduction"), said in so many words: "a name" alone there is no request."""
    return asked_of_them(said) if _OUTRIGHT.search(said) else ""

