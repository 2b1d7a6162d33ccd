"""Results the user moved, found in an answer to say back: what they did that a figure
measures ("cut your ordering errors by about 30%"), a span that changed ("wait times went from
3 weeks to about 9 days"), or what rose after their change. Each finder gives the words to say
back, in the contact's voice ("your", "you"), or None."""

from __future__ import annotations

import re

__all__ = ["AGREE", "YOURS", "doubled", "it_moved", "made_it", "result", "rose", "went_from",
           "worded_result"]

_SPELLED = {"yr": "year", "mo": "month", "wk": "week", "hr": "hour"}


_DID = frozenset({"cut", "built", "grew", "saved", "raised", "won", "made", "led", "ran", "got",
                  "brought", "doubled", "tripled", "lifted", "boosted", "took", "increased",
                  "reduced", "improved", "generated", "delivered", "launched", "hit", "beat",
                  "exceeded", "halved", "trimmed", "shrank", "sold", "secured", "closed",
                  "cleared", "resolved", "recovered", "lowered", "shortened", "collected"})
_HELPED = re.compile(r"^(?:(?:also|then|really)\s+)?helped\s+(?:(?:us|me|them|the\s+team|my\s+team|"
                     r"our\s+team)\s+)?(?:to\s+)?", re.IGNORECASE)
""""which helped us cut turnover by 12 percent": what the user did is the cut."""
_WITHIN = (r"(?:\s+(?:in|within|over)\s+(?:about\s+|just\s+|under\s+|only\s+)?(?:\d+|a|one|two|"
           r"three|four|five|six)\s+(?:days?|weeks?|wks?|months?))?")
"""How fast a result came ("cleared about 80% in 3 weeks"), said back with it."""
AGREE = ((re.compile(r"\b([Yy]ou)\s+was(n['\u2019]?t)?\b"), r"\1 were\2"),  # "I was acting NUM"
         (re.compile(r"\b([Yy]ou)\s+am\b"), r"\1 are"))
"""The verb after "I", made to agree once it is "you" ("you were", not "you was")."""
YOURS = ((re.compile(r"\b(?:our|my)\b", re.IGNORECASE), "your"),
         (re.compile(r"\b(?:I|we)\b"), "you"), (re.compile(r"\bus\b"), "you"), *AGREE)


def result(said: str, detail: str) -> str | None:
    """What the user did that the number measures ("cut your ordering errors by about 30%"),
    when the clause holding the number starts with a verb of doing."""
    match = re.search(rf"([^,;.!?]*?{re.escape(detail)}(?:\s+to\s+[$£€]?\d[\d,.]*%?[kmb]?n?)?"
                      rf"{_WITHIN})", said)  # "took completion from 20% to 55%", whole
    if not match or re.search(rf"\b(?:a|an)\s+{re.escape(detail)}", match.group(1)):
        return None  # "ran a \u00a32m budget" is its scale, not a result
    clause = re.split(r"\b(?:that|which|and|but|so|n|&)\b|\s&\s",  # "n": "and" on a phone
                      match.group(1))[-1].split()
    clause = clause[1:] if clause and clause[0].lower() in ("i", "we") else clause
    clause = _HELPED.sub("", " ".join(clause)).split()
    if len(clause) < 2 or len(clause) > 9 or clause[0].lower() not in _DID:
        return None  # "a promo that doubled footfall": "doubled" alone says nothing moved
    done = " ".join(clause)
    if done.count("(") > done.count(")"):  # "built our service (about 40k transactions a day)":
        return None  # the figure is an aside about the thing built, not what it moved
    for pattern, word in YOURS:
        done = pattern.sub(word, done)
    return done


_TO = r"(?:\s+to\s+(?:about\s+|around\s+|roughly\s+|under\s+|just\s+)?[$£€]?\d[\d,.]*%?[kmb]?n?)?"
"""Where a figure went ("from 25% to about 15%"), said back with it."""
_MADE_IT = re.compile(
    r"\b(?:the|my|our|a|an)\s+(?P<thing>[a-z-]+(?:\s+[a-z-]+){0,3}?)\s+(?:I|we)\s+(?:had\s+|"
    r"then\s+|also\s+)?(?P<made>built|made|set\s+up|designed|wrote|introduced|started|created|"
    r"launched|put\s+together|developed|brought\s+in)\s+(?P<did>[a-z]+)\s+(?P<rest>.+)$",
    re.IGNORECASE)
""""the recall list I built cut that to about 12%": the thing made did it."""


def made_it(said: str, detail: str) -> str | None:
    """What a thing the user made did, the figure with it ("The recall list you built cut it to
    about 12%"), when the result is told through the thing rather than through "I"."""
    clause = re.search(rf"([^,;.!?]*?{re.escape(detail)}{_TO}{_WITHIN})", said)  # "from 25% to
    # about 15%", whole
    found = _MADE_IT.search(clause.group(1)) if clause else None
    if not found or found["did"].lower() not in _DID or found["did"].lower() in ("made", "got"):
        return None  # "the app we built got us 5%" reads oddly said back; "made" is no result
    rest = re.sub(r"^(?:that|this)\b", "it", found["rest"], flags=re.IGNORECASE)
    done = f"the {found['thing']} I {found['made']} {found['did']} {rest}"
    for pattern, word in YOURS:
        done = pattern.sub(word, done)
    return done


_UP = r"(?:went|go|goes|gone)\s+up|(?:is|are|was|were)\s+up|rose|grew|increased|jumped|climbed|" \
      r"doubled|improved|shot\s+up|went\s+from"
_DOWN = r"(?:went|go|goes|gone)\s+down|(?:is|are|was|were)\s+down|fell|dropped|halved|came\s+down"
_WORSE_UP = re.compile(r"\b(?:prices?|costs?|unemployment|turnover|complaints?|errors?|"
                       r"no[-\s]?shows?|waits?|waiting|absences?|sickness|sick\s+days|churn|"
                       r"incidents?|rent|bills?|debt|stress|workload|caseloads?|late|delays?|"
                       r"falls|missed|bugs?|defects?|waste|bounce|attrition|overtime|"
                       r"exclusions?|tickets?|unfilled|unanswered|backlogs?|overdue|"
                       r"cancell?ations?|vacancies|readmissions?|lost|loss(?:es)?|missing|"
                       r"mistakes?|accidents?|injur(?:y|ies)|shortages?|stockouts?)\b",
                       re.IGNORECASE)
"""What going up is bad news for; going down, only these are a result worth praising."""
_I_DID = re.compile(r"\b(?:i|we)\s+(?:\w+\s+)?(?!(?:was|were|am|had\s+to|lost|left|got\s+"
                    r"(?:laid|made|fired)))\w+", re.IGNORECASE)


def went_from(said: str, detail: str) -> str | None:
    """A span that changed ("wait times went from 3 wks to about 9 days"), said back whole."""
    moved = re.search(rf"(?:\b(?:(?!(?:and|so|then|but)\b)[a-z'-]+\s+){{1,4}}?(?:went|dropped|"
                      rf"fell|came|got|was|were|cut|brought)|\b(?:cut|brought|got|took|reduced|"
                      rf"shortened)\s+(?:our|the|my|their|its)\s+(?:[a-z'-]+\s+){{0,3}}?[a-z'-]+)"
                      rf"\s+(?:down\s+)?from\s+(?:about\s+|around"
                      rf"\s+|like\s+)?{re.escape(detail)}\s+to\s+(?:about\s+|around\s+|under\s+|"
                      rf"roughly\s+|like\s+|just\s+)?(?:half\s+an?\s+|an?\s+)?[^\s,;!?]*"
                      rf"[^\s.,;!?](?:\s+(?:days?|weeks?|wks?|hours?|hrs?|months?|minutes?|"
                      rf"mins?))?", said, re.IGNORECASE)
    if not moved:
        return None
    # "cut our stock count from two days to half a day": what was cut, and by the user
    did = re.match(r"(?:cut|brought|got|took|reduced|shortened)\s+(?:our|the|my|their|its)\b",
                   moved.group(0), re.IGNORECASE)
    done = re.sub(r"\b(yr|mo|wk|hr)s?\b", lambda m: _SPELLED[m.group(1).lower()] + "s",
                  f"{'you ' if did else ''}{moved.group(0)}", flags=re.IGNORECASE)
    for pattern, word in YOURS:
        done = pattern.sub(word, done)
    return done


def rose(said: str, detail: str) -> str | None:
    """A result told as what changed rather than what the user did ("I changed our emails and
    transfer bookings went up about 30%"), with the thing that changed; None when the figure
    is no such change, the user did nothing to it ("house prices went up 30%"), or it changed
    for the worse ("our funding fell by 40%")."""
    sentences = re.split(r"(?<=[.!?])\s+", said)
    for n, sentence in enumerate(sentences):
        match = re.search(rf"(?:^|[,;]\s*|\s[-\u2013\u2014]\s+|\b(?:and|so|then|which|that|since|"
                          rf"after)\s+)((?:(?!and\b|"
                          rf"so\b|then\b)[a-z0-9'-]+\s+){{1,4}}?(?P<way>{_UP}|{_DOWN})\s+(?:by\s+)?"
                          rf"(?:about\s+|around\s+|roughly\s+|nearly\s+|almost\s+|over\s+)?(?:(?:from|"
                          rf"to)\s+)?(?:about\s+|around\s+|roughly\s+)?(?:\S+\s+to\s+)?{re.escape(detail)}(?![\d.,]*\d)"
                          rf"(?:\s+(?:a|an|per)\s+\w+)?(?:\s+to\s+[\d.,]+%?)?)",
                          sentence, re.IGNORECASE)
        if not match or match.group(1).split()[0].lower() in ("i", "we", "it", "they", "this"):
            continue
        what = match.group(1)[:match.start("way") - match.start(1)]
        if bool(re.fullmatch(_DOWN, match["way"], re.IGNORECASE)) != bool(_WORSE_UP.search(what)):
            continue  # "our funding fell by 40%", "complaints went up": no result to praise
        # "…so i set up a tracker. lost parts dropped by half": the change told just before
        done_before = not match.start(1) and n and _CHANGED.search(sentences[n - 1])
        if not (_I_DID.search(sentence.replace(match.group(1), " ")) or done_before) or re.match(
                r"(?:their|his|her|its)\b", what, re.IGNORECASE):
            continue  # "house prices went up 30%", "their revenue went up": not the user's doing
        done = match.group(1)
        for pattern, word in YOURS:
            done = pattern.sub(word, done)
        return done
    return None


_CHANGED = re.compile(
    r"\bI\s+(?:also\s+|just\s+|then\s+|finally\s+)?(?:moved|changed|rewrote|redesigned|"
    r"reorgani[sz]ed|rearranged|added|introduced|fixed|simplified|swapped|switched|automated|"
    r"relabell?ed|set\s+up|built|made)\s+(?:our|my|the|a|an)\s+[^,;.!?]{3,40}?"
    r"(?=\s+(?:last|this|in|at|and|so|to|which|after|before|for|on)\b|\s*[,;.!?]|$)",
    re.IGNORECASE)
"""A change the user made ("I also moved our fitting-room signs"), told before what it did."""


def it_moved(said: str, detail: str) -> str | None:
    """A change the user made and what "it" did after ("I also moved our fitting-room signs
    last spring … and it dropped by about a third"; "… It dropped by about a third."), said
    back together ("they" could be read as the signs, so it is not)."""
    sentences = re.split(r"(?<=[.!?])\s+", said)
    for n, sentence in enumerate(sentences):
        moved = re.search(rf"\b(?:it|this|that)\s+(?:{_UP}|{_DOWN})\s+(?:by\s+)?(?:about\s+|"
                          rf"around\s+|roughly\s+|nearly\s+|almost\s+|over\s+)?"
                          rf"{re.escape(detail)}", sentence, re.IGNORECASE)
        acted = moved and (_CHANGED.search(sentence[:moved.start()]) or (
            not moved.start() and n and _CHANGED.search(sentences[n - 1])))  # the one before
        if acted:
            done = re.sub(r"^I\s+(?:also|just|then|finally)\s+", "I ", acted.group(0))
            done = f"{done}, and {moved.group(0)[:1].lower()}{moved.group(0)[1:]}"
            for pattern, word in YOURS:  # "You moved …", not "You also moved …"
                done = pattern.sub(word, done)
            return done
    return None


def doubled(detail: str) -> str | None:
    """A change said in a word ("followers doubled"), when it is good news (not "complaints
    doubled")."""
    grew = re.fullmatch(r"(?P<what>[a-z'-]+)\s+(?P<way>doubled|tripled|quadrupled|halved)", detail,
                        re.IGNORECASE)
    if not grew or (grew["way"].lower() == "halved") != bool(_WORSE_UP.search(grew["what"])):
        return None
    return detail


_WORDED_RESULT = re.compile(
    r"\b(?:their|the|our|its)\s+(?:[\w-]+\s+){0,3}?[\w-]+\s+(?:went|came|dropped|fell|rose)\s+"
    r"(?:up|down)?\s*by\s+(?:about\s+|around\s+|nearly\s+|almost\s+)?(?:half\s+a|a\s+full|a|one|"
    r"two|three|four)\s+(?:grade|grades|point|points|level|levels|band|bands|star|stars|"
    r"place|places)\b", re.IGNORECASE)
"""A result said in words, not figures: "their average grade went up by half a grade"."""


def worded_result(said: str) -> str | None:
    """A result said in words, not figures: "their average grade went up by half a grade"."""
    found = _WORDED_RESULT.search(said)
    return found.group(0) if found else None
