"""What a contact says to a worry the user shares in 'they ask' (money, age, a gap, a visa):
the worry named, and met with what they have seen of it, never praised as a "detail" of the
answer."""

from __future__ import annotations

import re

from bot.features.practice.cues import pick

__all__ = ["CAREER_GAP", "NO_WORRY", "WORRY", "gap_heard", "in_admitted_gap", "worry_heard",
           "worry_met"]


WORRY = re.compile(
    r"(?<!\bnot\s)(?<!\bno\s)(?<!\breally\s)\b(?:can'?t\s+(?:really\s+)?(?:afford|take)\s+(?:a|the|much\s+of\s+a)\s+"
    r"(?:big\s+|huge\s+|massive\s+|large\s+|real\s+)?(?:pay\s+)?cut|"
    # "worried I'm a bit old to be starting again"
    r"(?:worried|worry|scared|nervous|anxious)\b[^.!?]{0,30}\b(?:too\s+old|a\s+bit\s+old|"
    r"too\s+late|old\s+to\s+(?:be\s+)?start)|(?:worried|worry|scared|nervous|anxious)\s+(?:about|that|of|i'?ll|ill|i'?m|im|its|it'?s|my|i)\s+"
    r"(?:the\s+|a\s+|my\s+|i'?m\s+|im\s+)?(?:money|pay|salary|mortgage|age|being|starting|taking|having|"
    r"ha(?:ve|ving)\s+to|too\s+(?:old|late)|won'?t|wont|don'?t|dont|will\s+count)|"
    r"\b(?:i\s+am|i'?m|im)\s+(?:really\s+|a\s+bit\s+|quite\s+|so\s+|honestly\s+)?(?:worried|"
    r"scared|anxious)\s*(?:[.;!]|$)|"  # "I am worried. I am 44, …" (nerves about the practice: no)
    # "I'm a bit worried though because I'm 27 and most juniors are fresh grads"
    r"\b(?:i\s+am|i'?m|im)\s+(?:really\s+|a\s+bit\s+|quite\s+|so\s+|honestly\s+|a\s+little\s+)?"
    r"(?:worried|scared|anxious|nervous)\s+(?:though\s+|tbh\s+|honestly\s+)?(?:because|cos|cause|"
    r"since)\b|"
    r"\bmy\s+(?:\w+\s+)?(?:worry|concern|fear)\s+(?:(?:tbh|honestly|really|though)\s+)?is\b|\b(?:scares|worries|terrifies)\s+me\b|"
    # "What I'm worried about is the money…", "the thing I worry about is my age"
    r"\b(?:what|the\s+(?:thing|bit|part))\s+(?:i'?m|im|i\s+am)\s+(?:most\s+|really\s+)?(?:worried|"
    r"scared|nervous|anxious)\s+(?:about|of)\s+is\b|\b(?:what|the\s+(?:thing|bit|part))\s+i\s+"
    r"(?:most\s+)?worry\s+about\s+is\b|"
    r"\bi\s+(?:really\s+|do\s+)?worry\s+(?:that\s+|about\s+)?(?:i'?d|id|i'?ll|ill|i\s+would|i'?m|"
    r"im|my|it|its|it'?s|being|starting|having|the|a|an|they|people|employers|companies|"
    r"managers|hiring|teams?|nobody|no\s+one|everyone|younger|older|someone)\b|"
    r"(?:don'?t|dont|do\s+not)\s+want\s+to\s+(?:go|move|slide)\s+(?:way\s+)?backwards?\b"
    r"(?!\s+(?:to|into|in)\b)|(?:can'?t|cannot|can\s+not)\s+(?:really\s+)?afford\s+to\s+(?:go|"
    r"start|step)\s+back(?!\s+(?:to|into|in)\b)"
    # "I do wonder whether schools will see that as a drawback"
    r"|\b(?:wonder|wondering|wondered|unsure)\s+(?:whether|if)\b[^.!?]{0,60}\b(?:drawback|"
    r"disadvantage|against\s+me|a\s+problem|too\s+old|too\s+late|negative|an\s+issue|"
    r"put\s+(?:them|people|schools|employers)\s+off)\b)",
    re.IGNORECASE)
"""A worry shared ("money mostly. … i cant take a pay cut"), which a contact acknowledges
rather than calling its salary figure concrete."""

_AGE = re.compile(r"\b(?:too\s+old|a\s+bit\s+old|old\s+to\s+(?:be\s+)?start\w*|"
                  r"my\s+age|at\s+my\s+age|(?:at|i'?m|im|i\s+am)\s+(?:[3-6]\d|"
                  r"(?:thirty|forty|fifty|sixty)(?:[-\s]\w+)?)\b(?!\s*(?:%|percent|hours?|hrs?|"
                  r"minutes?|mins?|miles?|k\b|grand|an\s+hour|a\s+week|a\s+year|per))|"
                  r"(?:years|yrs)\s+old|\b[2-7]\d\s*(?:yo|y/o)\b|older\s+than|(?:much|so|lot|all)\s+younger|younger\s+than|oldest\s+(?:one|person|in))",
                  re.IGNORECASE)
_PAY_CUT = re.compile(r"\b(?:pay\s+cut|salary\s+(?:cut|drop)|take\s+a\s+(?:big\s+)?cut|"
                      r"earn(?:ing)?\s+less|mortgage|drop\s+in\s+(?:pay|salary))\b", re.IGNORECASE)


NO_WORRY = re.compile(r"\W*(?:(?:honestly|tbh|um+|well|oh)\W+)*(?:not\s+(?:much|really|a\s+lot|"
                       r"worried)|nothing(?:\s+(?:much|really))?|none|no\s+(?:real\s+)?(?:worries|"
                       r"concerns))\b", re.IGNORECASE)
"""An answer to "what worries you?" that says nothing does ("Honestly not much!")."""


def worry_heard(said: str, seed: int) -> str:
    """A worry the user shared, taken in as a contact would: named, and met with what they
    have seen, not praised as a "detail" ("too old at 31 … a pay cut with a mortgage" got
    "That makes sense. Thanks, that gives me a really good picture of you.")."""
    return " ".join([pick(("That's a real worry, and a fair one to raise early.",
                           "That makes sense, and plenty of people making this move feel the"
                           " same."), seed), *worry_met(said)])


def worry_met(said: str) -> list[str]:
    """What the contact has seen of each worry named (age, pay, a gap, a visa), in turn."""
    lines = []
    if _said(_AGE, said):
        lines.append("On age: I've seen people make this move later than you, and what they"
                     " brought from their first career counted for more than the year they"
                     " were born.")
    if _said(_PAY_CUT, said) or _said(_MONEY, said):
        lines.append("On pay: a step down at the start is common, so work out the lowest"
                     " salary you can live on before you apply; then you can say yes or no"
                     " quickly.")
    met: set[str] = set()
    for kind, worry, line in _OTHER_WORRIES:
        if kind not in met and _said(worry, said):  # one line a worry, the most specific first
            met.add(kind)
            lines.append(line)
    return lines


_MONEY = re.compile(r"\b(?:the\s+)?(?:money|salary|pays?|wages?|income|bills)\b(?!(?:\s+is|'s|"
                    r"\s+isn'?t|\s+doesn'?t|\s+does\s+not)?\s+(?:fine|ok|okay|not\s+(?:an?\s+|really\s+)?(?:issue|"
                    r"problem|worry|a\s+worry)|an?\s+(?:issue|problem)|bother\w*)\b|\s+gap\b)",
                    re.IGNORECASE)
_NOT_ABOUT = re.compile(r"(?:\bnot|n't|\bnever)\b(?:\s+\w+){0,3}\s*$|\bnot\s+(?:the|about)\s*$",
                        re.IGNORECASE)
"""Said before a worry, it sets it aside: "not the money", "I'm not worried about pay"."""
CAREER_GAP = re.compile(
    r"\b(?:(?:cv|résumé|resume|career|employment|work|(?:\d+|one|two|three|four|five|six|seven|eight|"
    r"nine|ten)[\s-]*(?:yr|year|month)s?|year|years|long)\s+"
    r"gap(?!\s+(?:between|in\s+my\s+(?:skills?|knowledge|sql|python)))|gap\s+(?:in|on)\s+my\s+"
    r"(?:cv|résumé|resume|career|employment|work)|gap\s+in\s+(?:my\s+)?employment|career\s+"
    r"break|(?:took|take|taking|had)\s+(?:a\s+|\w+\s+|some\s+|(?:a\s+)?few\s+)?(?:years?|time|"
    r"months?)\s+(?:out|off)\s+(?:to|for|with)\s+(?:care|caring|raise|raising|look(?:ing)?\s+after|"
    r"be\s+with|have|long\s+covid|illness|my\s+(?:kids|children|family|mum|mom|dad|health))|out\s+of\s+(?:work|the\s+"
    r"workforce)|stay[-\s]at[-\s]home|(?:at\s+)?home\s+with\s+(?:my|the)\s+(?:kids|children|son|"
    r"daughter|baby)|hole\s+in\s+my\s+(?:cv|résumé|resume)|\d+[\s-]*(?:yr|year|month)s?\s+hole|"
    r"(?:years?|months?|time)\s+(?:that\s+)?i\s+(?:took|spent|had)\s+(?:out|off|at\s+home)\b|"
    # "how do I explain the gap?", "will the gap hurt me?": said bare, the gap of a CV; not
    # one in a portfolio, in services or between two things, nor when skills were named
    r"^(?=(?:(?!\b(?:sql|excel|python|skills?|knowledge|tools?|portfolio|services?|"
    r"funding|grants?|market|coverage)\b)[^\n])*$)[^\n]*?"
    r"(?:(?:explain|hide|justify|mention)\s+(?:the|that|this|my)\s+gap\b(?!\s+(?:between|in\s+(?:the\s+|my\s+)?(?:portfolio|skills?|knowledge|services?|"
    r"provision|market)\b))|"
    r"\b(?:a|the|that|this|my)\s+gap\s+(?:like\s+(?:that|this|mine)\s+)?(?:will\s+|would\s+|might\s+|"
    r"is\s+going\s+to\s+)?(?:hurts?|counts?\s+against|matters?|looks?\s+bad|be\s+an?\s+(?:problem|"
    r"issue|red\s+flag)))|"
    # "how do recruiters look at a gap like mine?": the user's own gap, told before
    r"\b(?:a|the|my)\s+gap\s+like\s+(?:mine|that|this)\b|\blook\s+at\s+(?:a|the|my)\s+(?:\w+[\s-])?"
    r"(?:year\s+)?gap\b(?!\s+(?:between|in\s+(?:the\s+|my\s+)?(?:skills?|knowledge|market)))|"
    r"(?:not|haven'?t|have\s+not|hasn'?t|never)\s+(?:been\s+)?work(?:ed|ing)\s+"
    r"(?:\w+\s+){0,3}?(?:for|in)\s+(?:\d+|a|one|two|three|four|five|six|seven|eight|nine|ten|several|"
    r"many|over\s+a)\s+(?:years?|months?|yrs?)\b)",
    re.IGNORECASE)
"""Time out of work ("an 8 yr gap", "I took a year out to care for my mum"), not a skills,
pay or gender gap, nor time off to study."""


def _said(pattern: re.Pattern[str], text: str) -> bool:
    return any(not _NOT_ABOUT.search(text[max(0, m.start() - 40):m.start()])
               for m in pattern.finditer(text))


_OTHER_WORRIES = (
    ("gap", CAREER_GAP,
     "On the gap: say it in one line, what you were doing and that you're ready now, then"
     " move on to what you bring. The people I know who hire care far more about that part."),
    # a visa that already lets them work (a dependant's, a graduate visa) needs no sponsor
    ("visa",
     re.compile(r"\b(?:dependa?e?nt'?s?|spouse|spousal|partner'?s?|family|graduate|post[-\s]?study|"
                r"open\s+work)\s+(?:visa|permit)\b|\b(?:visa|permit)\s+(?:that\s+)?(?:lets|allows)\s+"
                r"me\s+(?:to\s+)?work\b", re.IGNORECASE),
     "On the visa: if yours already lets you work, say so plainly in every application,"
     " something like \u201cfull right to work, no sponsorship needed\u201d, because employers"
     " often assume otherwise and filter quietly."),
    ("visa",
     re.compile(r"\b(?:visas?|sponsor(?:ship|ed)?|right\s+to\s+work|work\s+permit)\b",
                re.IGNORECASE),
     "On the visa: ask early whether an employer sponsors, since many say so in the advert,"
     " and put your time into the ones that do. It saves months of applications."),
    ("degree",
     re.compile(r"\b(?:without|no|not\s+having|don'?t\s+have|do\s+not\s+have|lack(?:ing)?|"
                r"ha(?:ve|s)n'?t\s+got|never\s+(?:got|did|had))\s+(?:a|an|"
                r"any)?\s*(?:\w+\s+)?(?:degree|diploma|college\s+education|university\s+education)\b",
                re.IGNORECASE),
     "On the degree: more teams hire on skills than the adverts suggest. Two real projects"
     " you can talk through, and a referral from someone inside, get past the filter far"
     " more often than a cold application does."),
    ("ai",
     re.compile(r"\b(?:ai|a\.i\.|chatgpt|automation|robots)\b[^.?!]{0,60}\b(?:take|takes|taking|eat|"
                r"eats|eating|replace|replaces|replacing|kill|kills|killing|wipe|coming\s+for)\s+"
                r"(?:\w+\s+){0,2}?(?:jobs?|roles?|work|positions?|us|me|them|people|juniors?)\b|"
                r"\b(?:replaced|taken\s+over|eaten|automated\s+away)\s+by\s+(?:ai|automation|robots)\b",
                re.IGNORECASE),
     "On AI: what's going is the routine part of junior work. People who can judge what the"
     " tools produce, and explain it to others, are still being hired, so learn the tools"
     " your target teams use and say so."),
    ("competition",
     re.compile(r"\b(?:flooded|saturated|oversaturated|swamped|(?:so|too|very|really|super|insanely)"
                r"\s+(?:competitive|crowded)|(?:so\s+much|too\s+much|lots?\s+of|a\s+lot\s+of)\s+"
                r"competition|competition\s+(?:for|from)\s+(?:jobs|roles|places|other|ex-?\w+)|so\s+"
                r"many\s+(?:other\s+)?(?:people|applicants|candidates|ex-?\w+)|everyone\s+(?:else\s+)?"
                r"(?:is|seems\s+to\s+be)\s+(?:trying|applying|doing|switching|moving))\b",
                re.IGNORECASE),
     "On the competition: most people applying send the same generic application. One piece"
     " of work aimed at the team you want, and a referral from someone inside, put you ahead"
     " of a crowd that size."),
    ("overqualified",
     re.compile(r"\bover[-\s]?qualified\b", re.IGNORECASE),
     "On being overqualified: that worry is really about whether you'll stay, so say in one"
     " sentence why you want this role now."),
)
"""Worries with something a contact has seen to say about them, beyond age and pay."""


_ADMITTED = re.compile(
    r"\b(?:have\s*n['\u2019]?t|havent|have\s+not|never|not\s+yet)\s+(?:\w+\s+)?(?:done|had|used|"
    r"worked|touched|tried|led|run|managed|built|learn[et]d?|studied|taken|got)\b"
    r"|\b(?:no|zero|little|limited|without(?:\s+any)?)\s+(?:\w+\s+){0,2}?(?:experience|background|"
    r"exposure|knowledge)\b|\bnot\s+(?:much|a\s+lot\s+of)\s+(?:\w+\s+){0,2}?(?:experience|"
    r"background|exposure)\b"
    r"|\b(?:do\s*n['\u2019]?t|dont|do\s+not)\s+(?:really\s+|yet\s+)?have\s+(?:any|much|a\s+lot)\b"
    r"|\b(?:that|this|it)(?:['\u2019]?s|\s+is)\s+(?:a|my|the)\s+(?:\w+\s+)?(?:gap|weakness|"
    r"weak\s+spot)\b|\b(?:my|a)\s+(?:\w+\s+)?(?:gap|weakness|weak\s+spot)\s+is\b"
    # "…about 40,000 a year, although that is small compared with a ward": a modest scale owned
    r"|\b(?:small|modest|tiny|little|nothing)\s+(?:compared|next)\s+(?:with|to)\b",
    re.IGNORECASE)
"""The user owning up to something they lack ("I haven't done any user research, that's a
gap for me"): what it names is no detail to praise."""
_PARTS = re.compile(r"[.!?;]+\s*|\s*,?\s*\b(?:but|though|although|however|whereas|yet)\b\s*",
                    re.IGNORECASE)


def _gap_parts(said: str) -> list[tuple[int, int]]:
    """Where the clauses that admit a gap stand, as (start, end); a clause ends at a full
    stop or a "but" ("I haven't done paid ads, but I grew our Instagram to 2,100")."""
    bounds = [0, *(m.end() for m in _PARTS.finditer(said)), len(said)]
    return [(a, b) for a, b in zip(bounds, bounds[1:], strict=False)
            if _ADMITTED.search(said[a:b]) and not _NOT_ABOUT.search(said[max(0, a - 1):a])]


def in_admitted_gap(said: str, detail: str) -> bool:
    """Whether every place ``detail`` stands in ``said`` is a clause that admits a gap."""
    spans = _gap_parts(said)
    at = [m.start() for m in re.finditer(re.escape(detail), said)]
    return bool(spans and at) and all(any(a <= i < b for a, b in spans) for i in at)


def gap_heard(said: str, seed: int) -> str | None:
    """An admitted gap taken in honestly, not praised ("Ah, user research: that's useful to
    know"); None when the answer admits none."""
    if not _gap_parts(said):
        return None
    return pick(("Thanks for being straight about that: knowing your gap is the first step"
                 " to closing it.", "That's honest, and it's a gap plenty of people close once"
                 " they know it's there."), seed)
