"""How the persona listens in 'they ask': what it says between the user's answer and its
next question.

A contact who just reads out the next question teaches nothing about conversation. This
one names something specific the user said, asks once more when the answer was thin, skips
a question the answer already covered, answers briefly when the user turns a question back
to them, and closes with a real goodbye (the rehearsal ends there, so it asks nothing more).
"""

from __future__ import annotations

import re

from bot.features.practice.answers import COUNTED, is_example_cue
from bot.features.practice.covered import covered, skip_line
from bot.features.practice.cues import pick
from bot.features.practice.details import scene_of, spelled
from bot.features.practice.lexicon import LEXICON
from bot.features.practice.results import (
    YOURS,
    doubled,
    it_moved,
    made_it,
    result,
    rose,
    went_from,
    worded_result,
)
from bot.features.practice.turning import LATER, AnswerBack, answer_their_question
from bot.features.practice.worries import NO_WORRY, WORRY, gap_heard, in_admitted_gap, worry_heard

__all__ = ["LATER", "AnswerBack", "acknowledge", "answer_their_question", "as_sentence", "closing",
           "covered", "nudge", "skip_line", "with_unit"]




_MONEY_OR_SHARE = re.compile(r"[$£€]|%|\bper\s*cent\b|\bpercent\b|\d(?:m|bn|k)\b|\b(?:thousand|"
                             r"million|billion)\s+(?:dollars|pounds|euros|quid|bucks)\b|"
                             r"\d\s+(?:crores?|lakhs?)\b|"  # "18 crore": Indian sums
                             r"\b(?:thirds?|quarters?|half|doubled|tripled|halved)$", re.I)
_PROJECT = re.compile(
    r"\bI\s+(?:(?:already|also|just|recently|actually)\s+)?(?:built|created|designed|set\s+up|"
    r"launched|organi[sz]ed|developed|redesigned|made|"
    r"automated|introduced|rolled\s+out)\s+(?P<what>(?:a|an|our|my)\s+(?!(?:new\s+)?(?:job|"
    r"role|position|career|lot|few|bit|decision|choice|mistake|switch|move|change|friends?|"
    r"point|difference|living)\b)[^,;.!?\u2026]{3,60}?)(?=\s+(?:that|which|for|to|so|and|with|at|"
    r"because|when|where|who|in|on|over|myself|during|last|this|from)\b|\s*[,;.!?\u2026]|\s*$)",
    re.IGNORECASE)
"""Something the user made ("I built a 13-week cash-flow forecast for a client"): named back."""
_TIME_SPAN = re.compile(r"\b(?:years?|yrs?|months?|mos|weeks?|wks?)\b", re.IGNORECASE)
_ANY_SPAN = re.compile(r"\b(?:years?|yrs?|months?|mos|weeks?|wks?|days?|hours?|hrs?)\b", re.I)


_ROLE = re.compile(r"\bI(?:'m|\s+am|'ve\s+been|\s+have\s+been|\s+was|\s+worked\s+as)\s+"
                   r"(?P<role>an?\s+(?!(?:bit|little|lot|few)\b)[a-z-]+(?:\s+[a-z-]+){0,5}?)"
                   r"(?=\s*(?:,|\.|;|$|\s+(?:and|but|for|since|at|in|with|who|where|now)\b))",
                   re.IGNORECASE)
"""Who the user says they are: "I'm a healthcare assistant on a surgical ward, two years in"."""
_NEXT_CLAUSE = re.compile(r",?\s+(?:and\s+)?then\b|;|,\s+(?:but|while|whereas|before|after)\b"
                          r"|\s+before\s+that\b", re.IGNORECASE)
"""Where one stretch of a career ends and the next begins, so a span keeps its own role."""
_SPENT_IN = re.compile(
    r"^\s+(?:in|with)\s+(?:the\s+(?:army|navy|military|air\s+force|marines|police|fire\s+service|"
    r"civil\s+service|nhs)|retail|logistics|hospitality|finance|sales|marketing|teaching|nursing|"
    r"education|healthcare|banking|accounting|audit|construction|engineering|journalism|"
    r"law|the\s+law|recruitment|customer\s+service)\b"
    r"(?=\s*(?:$|[,.;!?]|(?:and|but|then|as|at|for|before|where|with|so|until|when|in)\b))",
    re.IGNORECASE)  # "in nursing homes", "in law school", "in retail banking": no such span
"""Where the time went, right after the span: "12 years in the army"."""
_SOLID_YEARS = 4
"""From this many years, experience is "a lot to draw on"; less is a foundation."""
_NOT_A_NOUN = frozenset({"and", "or", "but", "to", "of", "in", "on", "at", "for", "with", "by",
                         "a", "an", "the", "is", "was", "were", "are", "so", "that", "which",
                         "my", "our", "your", "his", "her", "their", "its", "it", "this",
                         "across", "over", "per", "each", "every", "into", "from", "under",
                         "i", "we", "you", "u", "they", "he", "she", "me", "us", "them", "when",
                         "if", "as", "then", "after", "before", "until", "while", "because"})


def with_unit(said: str, detail: str) -> str:
    """A bare number with what it counts ("40" -> "40 staff"), from the answer itself: up to
    the plural that names the things counted ("300 suspense account items", "40 guys", not
    "40 guys got" or "300 suspense account"), else the one word after it."""
    if not re.fullmatch(r"\d{1,3}(?:,\d{3})+|\d+", detail) or re.fullmatch(
            r"(?:19[5-9]|20[0-4])\d", detail):
        return detail  # "In 2022 I led …": a year, not "2022 I"
    match = re.search(rf"\b{re.escape(detail)}((?:\s+[a-z][a-z-]*){{1,3}})", said, re.IGNORECASE)
    if not match:
        return detail
    words: list[str] = []
    for word in match.group(1).split():
        if word.lower() in _NOT_A_NOUN:
            break
        words.append(word)
        if _PLURAL.search(word):
            return f"{detail} {' '.join(words)}"
    return f"{detail} {words[0]}" if words else detail


_PLURAL = re.compile(r"^(?!(?:was|has|does|goes|says|yes|its|plus|thus|always|perhaps|"
                     r"across|unless|less)$)[a-z-]+(?<![sui])s$", re.IGNORECASE)
"""A word that names several of a thing ("items", "guys"): not "was", "this", "various"."""


_FILLER_BEFORE_FIGURE = re.compile(r"\b(?:like|literally|um+|uh+|erm+)\s+(?=[$£€]?\d)",
                                   re.IGNORECASE)


def _measured(said: str, detail: str) -> str | None:
    """A sum or a share with what it measures, from the answer ("revenues of \u00a320-80m",
    "a \u00a32m budget", "30% of our sales"), or None when the answer does not say."""
    d = re.escape(detail)
    named = re.search(rf"\b(?:a|an)\s+{d}\s+[A-Z][\w-]*\s+(?!(?:and|or|but|to|in|on|at|for|of|was|"
                      rf"which|that|with)\b)[a-z]+\b", said)
    if named:  # "a $200 Instagram boost", not "a $200 Instagram"
        return named.group(0)
    for pattern in (rf"\b(?:(?:a|an|the|our|my)\s+(?:[a-z]+\s+(?=[a-z]+\s+of\b))?)?([a-z]+)\s+of\s+"
                    rf"(?:about\s+|around\s+|"
                    rf"roughly\s+|over\s+)?{d}",
                    rf"\b(?:a|an)\s+{d}\s+([a-z]+)",
                    # "30% in one month": the time it took, whole (not "30% in one")
                    rf"{d}\s+in\s+(?:just\s+|only\s+|under\s+|less\s+than\s+)?(?:a|one|two|three|"
                    rf"four|five|six|\d+|the\s+first|the\s+last|half\s+a)\s+(?:(?:single|fiscal|"
                    rf"calendar|school)\s+)?((?:day|week|month|quarter|year|term)s?)\b",
                    rf"{d}\s+(?:of|in)\s+(?:(?:our|the|my|his|her|their)\s+)?([a-z]+(?:\s+"
                    rf"(?!(?:and|or|but|to|in|on|at|for|of|was|were|is|are|came|from)\b)[a-z]+s\b)?)",
                    # "about 40k transactions a day": what the figure counts, and how often
                    rf"{d}\s+([a-z]+s)\b(?:\s+(?:a|per|each|every)\s+(?:day|week|month|year))?"):
        match = re.search(pattern, said, re.IGNORECASE)
        if match and match.group(1).lower() not in _NOT_A_NOUN:
            measured = match.group(0).strip()
            for mine, word in YOURS:
                measured = mine.sub(word, measured)
            return measured
    return None


_SOMEONE_ELSE = re.compile(r"\b(?:she|he|they|(?:my|a|an|our|his|her|their)\s+(?:\w+\s+)?"
                           r"(?:colleague|friend|sister|brother|cousin|mum|mom|dad|mother|father|"
                           r"husband|wife|partner|boss|manager|neighbou?r|classmate|flatmate|"
                           r"roommate|aunt|uncle)|(?:colleague|friend)\s+of\s+mine)\b",
                           re.IGNORECASE)
_FIRST_PERSON = re.compile(r"\b(?:i|i'?ve|i'?m|i'?d|we|we'?ve|myself)\b", re.IGNORECASE)
"""Who a span of time belongs to: "my sister has nursed for ten years" is not the user's."""


def _experience(said: str, span: str) -> bool:
    """Whether a time span is time spent doing something ("for six years", "two years in",
    "ten years as a teacher"), not a stretch to come ("three years without a wage")."""
    span = re.escape(span.split()[0]) + r"\s+" + re.escape(span.split()[1]) \
        if len(span.split()) >= 2 else re.escape(span)
    if re.search(rf"\b(?:takes?|took|taking|lasts?|lasted|every|per|within|each)\s+"
                 rf"(?:about\s+|around\s+|up\s+to\s+)?{span}", said, re.IGNORECASE):
        return False  # "a durability test takes 6 weeks": how long a thing lasts
    if re.search(rf"\b(?:next|coming|remaining)\s+{span}", said, re.IGNORECASE):
        return False  # "I'd rather spend my next 20 years on that": years to come
    # "6 months of booking data" is what was looked at; "6 months of teaching" is time spent
    # "I am working in hotel since 7 years" (a learner's "for"); "not working since 3 years",
    # "living in UK since 4 years" and "looking for job since 8 months" are no experience
    clause = next((c for c in re.split(r"[.;!?]|,\s*(?:and|but)?|\s+but\s+", said)
                   if re.search(span, c, re.IGNORECASE)), "")
    if re.search(r"\b(?:not|no|unemployed|looking\s+for|living|live|searching|out\s+of|at\s+home|"
                 r"off|career\s+break|rais(?:e|ed|ing)|maternity|paternity|stepped\s+(?:away|back|"
                 r"out)|step\s+away|caring\s+for|looking\s+after|took\s+time|time\s+out|"
                 r"stay-at-home|stay\s+at\s+home)\b", clause, re.IGNORECASE):
        return False  # "I've been unemployed since 2 years", "at home for 6 years with my kids"
    if re.search(rf"\b(?:analy[sz]\w*|review\w*|look\w*\s+(?:at|through)|stud(?:y|ied|ying)|"
                 rf"clean\w*|model\w*|crunch\w*|(?:went|going|go)\s+through|d(?:ug|igging)\s+into|pull\w*|"
                 rf"compar\w*)\s+(?:(?:the|our|my|their|about|over)\s+)?(?:last\s+|past\s+)?{span}",
                 clause, re.IGNORECASE):
        return False  # "analysing 10 years of Leaving Cert results": the data, not a career
    sentence = next((c for c in re.split(r"(?<=[.!?])\s+", said)
                     if re.search(span, c, re.IGNORECASE)), said)
    before = sentence[:re.search(span, sentence, re.IGNORECASE).start()] \
        if re.search(span, sentence, re.IGNORECASE) else ""
    if _SOMEONE_ELSE.search(before) and not _FIRST_PERSON.search(before):
        return False  # "a former colleague of mine, Grace, worked on your ward for two years"
    if re.search(rf"\bsince\s+{span}", clause, re.IGNORECASE):
        return True  # "I am teacher since 12 years"
    return bool(re.search(rf"\b(?:for|of|after|over|from)\s+(?:about\s+|nearly\s+|almost\s+)?"
                          rf"{span}"
                          rf"|{span}(?:\s+(?:in|as|an?|at|on|now|experience)\b|\s+of\s+(?:\w+ing\b(?!\s+(?:data|"
                          rf"records|figures|numbers|sales|logs|files|reports))|"
                          rf"experience|work|volunteering|practice)\b)"
                          # "I've been nursing 9 years.", not "they'd wait two weeks."
                          rf"|\bi(?:'?ve|\s+have)\s+(?:been|worked|taught|done|spent|had)\b[^.!?]*?"
                          rf"{span}\s*(?:[,.;]|$)",
                          said, re.IGNORECASE))


def as_sentence(text: str) -> str:
    """A detail said back as the start of a sentence: "12 year" as "12 years" (the user's
    dialect is theirs, not the contact's), "3 years" as "Three years"; "yeah" before it left
    out."""
    text = re.sub(r"^(?:(?:yeah|yep|yes|so|well|um+|uh+|ok|okay|and|but|oh)\W+)+(?=\w)", "", text,
                  flags=re.IGNORECASE)
    text = _UNIT.sub(lambda m: m.group(0) + ("" if m.group(1) in ("1", "one", "a") else "s"),
                     text)
    for short, spoken in _SPOKEN:  # "my own tracker w pivot tables": "with", as it is said
        text = short.sub(spoken, text)
    text = _TOOL.sub(lambda m: _TOOL_NAMES[m.group(0).lower()], text)  # "a django app": Django
    lead = re.match(r"([1-9])\b(?![.,:%]\d)", text)  # one to nine, spelled; 12 stays 12
    if lead and not re.match(r"\d+\s*%", text):
        text = _NUMBERS[int(lead.group(1))] + text[lead.end():]
    text = _A_BEFORE_VOWEL.sub(r"\1n", text)  # "I made a Excel macro": "An Excel macro"
    if text.count("(") > text.count(")"):  # "…reconciliation service (about 40k": the aside
        text = text[:text.rfind("(")].rstrip(" ,;-")  # cut off, so left out whole
    return text[:1].upper() + text[1:]


_A_BEFORE_VOWEL = re.compile(r"\b([Aa])(?=\s+(?i:(?!one\b|once\b|eu)[aeio]|un(?!i)))")
"""An article the user slipped on, not said back wrong: "an" before a vowel sound."""


_TOOL_NAMES = {**{t: t.capitalize() for t in LEXICON.tool_words - {"sketch", "react", "excel"}
                  if len(t) > 3},  # (a sketch, to react, to excel: words before tools)
               **{t: t.upper() for t in ("sql", "sas", "spss", "vba", "ga4", "crm", "seo", "aws",
                                         "api", "html", "css", "php")},
               "powerbi": "Power BI", "javascript": "JavaScript", "typescript": "TypeScript",
               "hubspot": "HubSpot", "wordpress": "WordPress", "django": "Django",
               "tableau": "Tableau", "canva": "Canva"}
_TOOL = re.compile(r"\b(?:" + "|".join(sorted(map(re.escape, _TOOL_NAMES), key=len, reverse=True))
                   + r")\b")
"""A tool typed in lower case, said back as it is spelled ("a django app": "A Django app")."""
_SPOKEN = tuple((re.compile(rf"\b{short}(?=\s|$)"), spoken) for short, spoken in (
    (r"w/?", "with"), ("ppl", "people"), ("b4", "before"), ("bc", "because"), ("thru", "through"),
    ("thats", "that's"), ("lil", "little"), ("dont", "don't"), ("cant", "can't"),
    ("ur", "your"), ("u", "you"), ("tho", "though"), ("abt", "about"), ("govt", "government"),
    ("persons", "people"), ("informations", "information"), ("advices", "advice")))
"""Chat shorthand in a detail said back, and a plural a second language may give words that
have none ("two persons"): the contact says the words as they would."""
_UNIT = re.compile(r"(?<!\ba\s)(?<!\ban\s)\b(\d+|a|one|two|three|four|five|six|seven|eight|nine|"
                   r"ten|eleven|twelve|fifteen|twenty)\s+(?:year|month|week|day|hour)\b(?!s|')",
                   re.IGNORECASE)  # "a 12 week course" says what kind of course
_NUMBERS = ("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine")


_SHORT_SPAN = re.compile(r"\b(?:days?|weeks?|(?:[1-9]|1[01]|a|one|two|three|four|five|six|seven|"
                         r"eight|nine|ten|eleven|few|couple\s+of)\s+months?|(?:1|one|a)\s+year)\b",
                         re.IGNORECASE)
"""A span too short to be "a lot to draw on" (under a year; "18 months" is not)."""


_ASKS_OF_THEM = re.compile(
    r"\b(?:your|ur)\s+(?:honest\s+)?(?:view|views|advice|thoughts|take|perspective|opinion|help)\s+"
    r"(?:on|about|of)\b|\b(?:any|some)\s+(?:advice|tips|pointers|names|introductions?)\s+(?:on|about|"
    r"for)\b|\bwhether\s+(?:you|u)(?:'d|\s+would|\s+could)\s+(?:suggest|recommend|introduce|"
    r"know|put)\b|\b(?:love|like)\s+to\s+hear\s+(?:how|what|about|your)\b", re.IGNORECASE)
"""What the user asks of the contact ("I'd love your view on which skills to build"): a
request, to be welcomed, not a story to take in."""


_SPELLED = {"yr": "year", "mo": "month", "wk": "week", "hr": "hour"}


def _years(detail: str) -> float:
    """How long a span of time is, in years, so a career ("24 yrs") outweighs a part of it
    ("5 years on the partnership"); 0 for anything else."""
    span = re.fullmatch(r"(\d+(?:\.\d+)?|[a-z]+(?:[-\s][a-z]+)?)\s*"
                        r"(years?|yrs?|months?|mos|weeks?|wks?)",
                        detail.strip(), re.IGNORECASE)
    if not span:
        return 0.0
    count = " ".join(span.group(1).lower().split())
    number = float(count) if count[0].isdigit() else SPOKEN_NUMBERS.get(count, 0)
    per_year = {"y": 1, "m": 12, "w": 52}[span.group(2)[0].lower()]
    return number / per_year


_ONES = ("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
         "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
         "eighteen", "nineteen")
_TENS = {word: 10 * n for n, word in enumerate(
    ("twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"), 2)}
SPOKEN_NUMBERS = {word: n for n, word in enumerate(_ONES)} | _TENS | {
    f"{tens}{dash}{one}": n + i for tens, n in _TENS.items() for dash in ("-", " ")
    for i, one in enumerate(_ONES[1:10], 1)} | {"a": 1, "an": 1}
"""Numbers said in words, "twenty-four" too: a sub-editor "of twenty-four years" was told
his four years were something to build on."""
SPOKEN_PATTERN = "|".join(sorted((w for w in SPOKEN_NUMBERS if len(w) > 2), key=len,
                                 reverse=True)).replace(" ", r"\s+")
"""The longest first, so "twenty-four" is read whole and never as its "four"."""


_SCALE = re.compile(rf"\d[\d,.]*\s+(?:\w+\s+)?{COUNTED}\b", re.IGNORECASE)
"""A figure that says how big the user's work was ("38 staff"), worth saying back."""


_GROUP_SIZE = re.compile(r"(?:[a-z]+\s+)?(?:staff|team|class|group|department|caseload|crew|unit|"
                         r"ward|cohort|squad|portfolio|network|list)\s+of\s+(?:about\s+|around\s+|"
                         r"over\s+|nearly\s+|almost\s+|roughly\s+)?[\w,-]+", re.IGNORECASE)
"""A team's size said after it ("our practice staff of eight", "a team of 12")."""


def made_or_moved(said: str, specifics: list[str], seed: int) -> str:
    """What the user moved ("You cut no-shows by about 15%: that's a real result…") or made
    ("A 13-week cash-flow forecast: …"), said back; "" when the answer tells neither."""
    concrete = [s for s in specifics if _MONEY_OR_SHARE.search(s) or re.search(
        rf"\bfrom\s+\S+\s+to\s+(?:about\s+|around\s+|over\s+)?{re.escape(s)}(?![\d,.]*\d)", said)]
    # (a count told as where it went, "grew our Instagram from 300 to 2,100", is a result too)
    moved = next((done for s in concrete if (done := result(said, s))), None)
    if moved:
        return f"You {moved}: that's a real result, and exactly the kind of thing people remember."
    made = next((done for s in concrete if (done := made_it(said, s))), None)
    if made:  # "the recall list I built cut that to about 12%"
        return f"{as_sentence(made)}: that's a real result, and the kind of thing people remember."
    changed = next((done for s in concrete if (done := rose(said, s) or it_moved(said, s)
                                               or doubled(s))), None)
    if changed:  # "transfer bookings went up about 30%" after the user's change
        return (f"{as_sentence(changed)}: that's a real result, and the kind of thing people"
                " remember.")
    worded = worded_result(said)  # "their average grade went up by half a grade"
    if worded:
        return (f"{as_sentence(worded)}: that's a real result, and the kind of thing"
                " people remember.")
    project = _PROJECT.search(said)
    if project and len(project["what"].split()) >= 3 and not _MONEY_OR_SHARE.search(
            project["what"]) and not re.search(r"\b(?:thing|things|stuff|bit|one)$",
                                                 project["what"], re.IGNORECASE):
        # not just "a spreadsheet"; "a £2m budget" is its scale; "a google sheets thing" names
        # nothing worth quoting back
        what = project["what"]
        for mine, word in YOURS:
            what = mine.sub(word, what)
        return pick((f"{as_sentence(what)}: that's a concrete example, and the kind people"
                     " remember.", f"{as_sentence(what)}: that's exactly the kind of thing I'd want"
                     " to hear about in an interview."), seed)
    return ""


def acknowledge(said: str, specifics: list[str], thin: bool, seed: int,
                worry: bool = False) -> str:
    """The persona taking the answer in, naming the most concrete thing in it with what it
    belongs to ("Two years as a healthcare assistant", "40 staff"), as a person would;
    ``worry``: the answer is to "what worries you most?", so a worry, however it is said. A
    request of them ("just your advice on where to start") is welcomed first."""
    if thin:
        return pick(("Fair enough.", "Okay."), seed)
    said = _FILLER_BEFORE_FIGURE.sub("", said)  # "from like 800 to 4k" is said back without it
    if WORRY.search(said) or worry and not NO_WORRY.match(said):  # "i cant take a pay cut
        # with a mortgage": heard, not praised
        return worry_heard(said, seed)
    heard = _heard(said, specifics, seed)
    if heard in _WELCOMED or not _ASKS_OF_THEM.search(said):
        return heard
    return _WELCOMED[0] if heard in _PLAIN_HEARD else f"{_WELCOMED[0]} {heard}"


_WELCOMED = ("Happy to help with that.", "Of course, glad to help with that.")
"""A request of the contact in an answer ("I'd love your view on which skills to build")."""


def _heard(said: str, specifics: list[str], seed: int) -> str:
    """The most concrete thing in an answer, taken in (``acknowledge``, before a request in it
    is welcomed)."""
    concrete = [s for s in specifics if not is_example_cue(s)
                and (len(s.split()) > 1 or any(c.isdigit() for c in s))
                and not (s.isdigit() and with_unit(said, s) == s)  # "at 31": nothing to praise
                and not in_admitted_gap(said, s)]  # "I haven't done any user research"
    owned = None if concrete else gap_heard(said, seed)
    if owned:
        return owned
    counted = next((done for s in specifics if s.isdigit() and (done := rose(said, s))), None)
    if counted:  # "unfilled lessons went down from about 30 a month to 5": a count, not a share
        return (f"{as_sentence(counted)}: that's a real result, and the kind of thing people"
                " remember.")
    if not concrete and _ASKS_OF_THEM.search(said):  # "I'd love your view on ..."
        return pick(_WELCOMED, seed)
    if not concrete and scene_of(said):  # "a customer … ends up crying at my till"
        return pick(("I can picture that, and it says a lot about why you want this work.",
                     "That's a vivid moment: it tells me more than a job title would."), seed)
    if not concrete:
        return pick(("Thanks, that's helpful.", "That makes sense.",
                      "Okay, that helps me see where you are."), seed)
    # a figure the user moved ("cut review time by 30%") first, then a thing they made, then any
    # sum or share
    done = made_or_moved(said, concrete, seed)
    if done:
        return done
    went = next((done for d in concrete if _ANY_SPAN.search(d) and (done := went_from(said, d))),
                None)
    if went:  # "wait times went from 3 wks to about 9 days": the change, not "3 weeks"
        return f"{as_sentence(went)}: that's a real result, and the kind of thing people remember."
    # no result moved (made_or_moved would have said it): a sum or share, then a span
    detail = max(concrete[:4], key=lambda s: (bool(_MONEY_OR_SHARE.search(s)), _years(s), bool(
        _SCALE.search(with_unit(said, s))), len(s)))  # "6 junior testers" over a bare "2,300"
    if _MONEY_OR_SHARE.search(detail):
        return _sum_heard(said, detail, concrete)
    if _TIME_SPAN.search(detail):
        if not _experience(said, detail):  # "three years without a wage" is not experience:
            rest = [s for s in concrete if s != detail]  # the next detail, "400 stores", if any
            return _heard(said, rest, seed) if rest else pick((
                "That makes sense.", "Okay, that helps me see where you are."), seed)
        sentence = next((s for s in re.split(r"(?<=[.!?])\s+", said) if detail in s), said)
        # the role of the clause the span is in: "12 years in the army, then the last 6 I've
        # been an operations supervisor" is not 12 years as a supervisor
        sentence = next((c for c in _NEXT_CLAUSE.split(sentence) if detail in c), sentence)
        role = _ROLE.search(sentence)
        shown = re.sub(r"\b(yr|mo|wk|hr)s?\b", lambda m: _SPELLED[m.group(1).lower()] + "s" * (
            not detail.startswith("1 ")), detail, flags=re.IGNORECASE)  # "24 yrs": 24 years
        where = _SPENT_IN.search(sentence[sentence.find(detail) + len(detail):])
        span = f"{shown} as {role.group('role').strip()}" if role else (
            f"{shown} {where.group(0).strip()}" if where else shown)
        if _SHORT_SPAN.search(detail):  # "2 months" of evening tutorials is a start, no more
            return pick((f"{as_sentence(span)}: that's a real start.",
                         f"{as_sentence(span)} already: it shows you're serious."), seed)
        if _years(detail) < _SOLID_YEARS:  # "two years" is a foundation, not "a lot"
            return pick((f"{as_sentence(span)}: that's a real foundation.",
                         f"{as_sentence(span)}: that's a solid base to build on."), seed)
        return pick((f"{as_sentence(span)} is a lot to draw on.",
                     f"{as_sentence(span)}: that's solid experience to bring with you."), seed)
    detail = re.sub(r"\b(yr|mo|wk|hr)s\b", lambda m: _SPELLED[m.group(1).lower()] + "s",
                    with_unit(said, detail), flags=re.IGNORECASE)  # "50 hrs": 50 hours
    sized = _size_heard(detail, seed)
    if sized:
        return sized
    if _MUTUAL.search(said) and _knows_of(said, detail):  # "my colleague Dana Whitfield gave
        # me your name": someone in common, not "a useful detail"
        return pick((f"Ah, {detail}! It's always good to have someone in common.",
                     f"Oh, {detail}, how nice: please say hello from me."), seed)
    detail = spelled(detail, said)  # "warwick alumni", said back as "Warwick alumni"
    return pick((f"Ah, {detail}: that's useful to know.",  # "Data Analytics UK"
                 f"{as_sentence(detail)}: that's a useful detail."), seed)


def _sum_heard(said: str, detail: str, concrete: list[str]) -> str:
    """A sum or a share, taken in with what it measures ("30% of your sales"), else named
    ("£28k: …"); several at once ("£48k … £35k to £42k") are heard together."""
    scale = _measured(said, detail)
    if scale and ("%" in detail or re.search(r"\b(?:thirds?|quarters?|half)$", detail)):
        return f"{as_sentence(scale)}: that's a telling figure."  # a share, not a size
    if scale:
        return f"{as_sentence(scale)}: that gives me a real sense of the scale."
    if len([s for s in concrete if _MONEY_OR_SHARE.search(s)]) > 1:
        return "Those figures make it concrete for me."
    return f"{as_sentence(detail)}: that makes it concrete for me."  # not "Those figures…"


def _size_heard(detail: str, seed: int) -> str | None:
    """A detail that is a figure, taken in: the size of their team or work ("40 staff", "a
    practice staff of eight"), or plain thanks for a bare figure ("Ah, 3.6: that's useful to
    know" reads as a machine picking out digits); None for a detail with no figure."""
    if _GROUP_SIZE.fullmatch(detail):  # "practice staff of eight": the size of their team
        return pick((f"Ah, a {detail}: that's useful to know.",
                     f"A {detail}: that helps me picture where you are."), seed)
    if not any(c.isdigit() for c in detail):
        return None
    if not _SCALE.search(detail):
        return pick(("Thanks, that's helpful.", "Okay, that helps me see where you are."), seed)
    return pick((f"Ah, {detail}: that's useful to know.",  # "40 staff": the scale of their work
                 f"{as_sentence(detail)}: that helps me picture where you are."), seed)


def _knows_of(said: str, detail: str) -> bool:
    """Whether ``detail`` is a person the user names as knowing them or the contact."""
    name = re.escape(detail)
    return bool(re.fullmatch(r"(?:[A-Z][a-z'-]+\s+){0,2}[A-Z][a-z'-]+", detail) and re.search(
        rf"\b(?:colleague|friend|manager|boss|mentor|tutor|classmate|neighbou?r)\s+{name}\b", said))


_MUTUAL = re.compile(r"\b(?:gave\s+me\s+(?:your|ur)\s+(?:name|email|details|number)|put\s+(?:us|me)"
                     r"\s+in\s+touch|suggested\s+(?:i|me)\s+(?:talk|speak|reach|contact|message)|"
                     r"(?:mentioned|recommended)\s+(?:you|u)|knows\s+(?:you|u)|worked\s+with\s+"
                     r"(?:you|u)|trained\s+with\s+(?:you|u))\b", re.IGNORECASE)
"""Someone the user and the contact both know, named as how the user found them."""


NUDGES = ("No rush.", "Take your time.", "Okay.", "Right.", "I see.")
"""What the persona says before asking for more, when it heard nothing to name."""
_HESITANT = re.compile(r"^\W*(?:u+m+|u+h+|e+r+m*|h+m+|idk|dunno|not\s+sure|no\s+idea|good\s+"
                       r"question|let\s+me\s+think|i\s+(?:don'?t|dont)\s+know|pass|no|nothing|"
                       r"not\s+really|well)\b", re.IGNORECASE)
"""A short answer that is still thinking ("um, not sure"), not a terse one ("asap")."""
_PLAIN_HEARD = frozenset(("Thanks, that's helpful.", "That makes sense.", "Fair enough.",
                          "Okay, that helps me see where you are.", "Okay."))


def nudge(said: str, specifics: list[str], thin: bool, seed: int, worry: bool = False) -> str:
    """Before the follow-up: no reproach, just room to say more; a short answer with a
    detail in it is heard first ("transfer bookings went up about 30%" got "Right.")."""
    if thin:  # "um, not sure": room to think; "asap", "linkedin": an answer, if a short one
        return pick(NUDGES[:2] if _HESITANT.match(said) or not re.search(r"[^\W\d_]{3,}", said)
                    else NUDGES[2:4], seed)
    heard = acknowledge(said, specifics, thin, seed, worry)
    if heard not in _PLAIN_HEARD:
        return heard
    return pick(NUDGES[2:], seed)


def closing(seed: int, thanked: bool = False) -> str:
    """The persona's last words of the rehearsal hand the floor over, as a real meeting
    would, and say the user's turn comes after their notes (the debrief is shown first, then
    the user types their question). The thanks is the user's by name of what they did ("for
    being so open with me"), so after the contact's own advice it is not read as thanking
    themself; none when the reaction before it ``thanked`` already."""
    over = pick(("That's all I wanted to ask. Have a look at your notes, and then it's your"
                 " turn: what did you want to ask me?",
                 "I've done enough of the asking for today. Take a moment with your notes, then"
                 " it's over to you: what would you like to know?"), seed)
    if thanked:
        return over
    return pick(("Thank you for your answers: they give me a really good picture of you.",
                 "Thanks for being so open with me, that really helps."), seed) + " " + over
