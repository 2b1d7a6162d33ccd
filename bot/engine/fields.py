"""A field typed as a sentence, read as the field: "I want to move into nursing informatics"
is nursing informatics, and it reads mid-sentence as "exploring nursing informatics".

Setup and /settings store what this reads; drafts and prompts say it back inside their own
sentences, so it must read as a phrase, lower case where a field's everyday words are.
"""

from __future__ import annotations

import re

from bot.engine.timezones import parse_timezone

__all__ = ["explored", "is_reply", "mid_sentence", "topic_of", "undecided"]


_TOPIC_LEAD = re.compile(
    r"^(?:(?:i(?:'m|\u2019m| am)?|im|i'd|i\u2019d|id|i would)\s+(?:really\s+)?(?:want|like|love|"
    r"hope|plan|am trying|'m trying|am looking|'m looking|am hoping|'m hoping)?\s*(?:to\s+)?"
    r"(?:move|get|break|transition|switch|go|pivot|learn|know|hear|understand|explore|work|"
    r"do|study|pursue)?\s*(?:more\s+)?(?:into|in|about|toward|towards)?\s+|(?:i'm|i am)\s+"
    r"(?:interested|curious)\s+(?:in|about)\s+|(?:interested|curious)\s+(?:in|about)\s+|"
    r"(?:more\s+)?about\s+"
    # "switching to UX / product design", "to UX": a move said without "I want"
    r"|(?:(?:switching|moving|pivoting|transitioning|going|heading|getting)\s+)?(?:in)?to\s+"
    r"(?=[^\W\d_]))", re.IGNORECASE)

_ROLE_LEAD = re.compile(
    r"^(?:(?:to\s+)?(?:be|(?:get|find|land)(?:ing)?\s+a\s+(?:job|role)|an?\s+(?:career|job|role|"
    r"position))\s+in(?:to)?\s+|(?:(?:to\s+)?(?:be|become|becoming|being)\s+(?=an?\s)|as\s+(?=an?\s)"
    r"|(?:to\s+)?(?:work(?:ing)?|(?:get|find|land)(?:ing)?\s+a\s+(?:job|role)|an?\s+(?:career|job|"
    r"role|position))\s+as\s+)?(?P<a>an?\s+(?!(?:levels?|bit|lot|few)\b)(?=[^\W\d_]))?)",
    re.IGNORECASE)
"""The way a job or its work is said before it ("a data analyst", "work as an accountant",
"becoming a nurse", "a career in data analytics"): "exploring" says it again, so no part of
the field's name ("work in a startup" keeps its own)."""

_FROM_TO = re.compile(r"^(?:(?:mov|switch|transition|pivot|go|get)\w*\s+)?(?:from|out\s+of)\s+"
                      r".+?\s+"
                      r"(?:into|to|towards?)\s+(?P<to>.+)$", re.IGNORECASE)

_ASIDE = re.compile(r"\s+[-\u2013\u2014]+\s+(?!(?:into|to|towards)\b).*$"
                    r"|\s*\([^()]*\)\W*$"  # "FP&A / corporate finance (moving out of audit)"
                    r"|,?\s+(?:ya|you|y'?)\s+know\W*$|,?\s+(?:lol|haha|tbh|ngl)\W*$"  # "…, ya know"
                    r"|\s+(?:if|unless)\s+\w+\s.*$"  # "… FP&A if IB doesnt work out"
                    # "nursing informatics, or anything non-bedside": the field, widened
                    r"|,?\s+or\s+(?:anything|something|whatever|similar|smth|sth)\b.*$"
                    r"|,\s*(?:so|coming|currently|ideally|probably|maybe|"
                    r"hopefully|as\s+a|i'?m|i'?ve|i\s+am|i\s+have|i\s+was|been|doing|working|but|from|"
                    r"after|since|"
                    r"because|cos|coz|not\s+sure|unsure|though|although|haven'?t|havent|"
                    r"undecided|still\s+deciding|idk|dunno|tbc|"
                    # "data analyst, tryna move out of banking"; "software dev, mostly front end"
                    r"tryna|tryin|trying|wanna|want(?:ing)?\s+to|hoping|looking\s+to|mostly|mainly|like|"
                    r"e\.?g\.?|such\s+as|"
                    r"especially|esp|leaving|getting\s+out|moving\s+out|out\s+of)\b.*$",
                    re.IGNORECASE)
"""What follows the subject as an aside: "software engineering - junior dev, coming from
teaching" is about software engineering."""

_HEDGES = re.compile(r"^(?:(?:mainly|mostly|probably|maybe|perhaps|possibly|actually|honestly|"
                     r"ideally|definitely|hopefully|tbh|"
                     r"hmm+|um+|uh+|erm+|(?:ok|okay|well|oh|so)(?=[,.])|i\s+think)[\s,.]+)+"
                     r"|(?:[\s,]+(?:tbh|honestly|lol|lmao|haha|ngl|innit|really|i\s+think|i\s+guess|"
                     r"i\s+reckon|probably|prob|ideally|"
                     r"(?-i:rn)|atm|right\s+now|for\s+now|eventually|one\s+day|someday|"
                     r"long\s+term|in\s+the\s+long\s+run))+$",
                     re.IGNORECASE)


_GOAL = re.compile(r"(?<!\bdont\s)(?<!\bdon't\s)(?<!\bnot\s)\b(?:want(?:ing|s)?|wanna|hop(?:e|ing)|"
                   r"looking|trying|tryna|plan(?:ning)?|keen|aim(?:ing)?|thinking\s+(?:of|about)|"
                   r"(?:would|'d|\u2019d|i|id)\s+(?:really\s+)?(?:like|love))"
                   r"\s+(?:to\s+)?(?:(?:get(?:ting)?|mov(?:e|ing)|break(?:ing)?|switch(?:ing)?|go(?:ing)?|"
                   r"pivot(?:ing)?|transition(?:ing)?|chang(?:e|ing))\s+(?:out\s+of\s+[^.!?,]+?\s+)?into|"
                   r"(?:mov(?:e|ing)|switch(?:ing)?|pivot(?:ing)?|transition(?:ing)?|chang(?:e|ing))\s+to\s+"
                   r"(?!(?:a|an|"
                   r"the|another|my|somewhere)\b)(?-i:(?![A-Z][a-z]))|(?:retrain|train|requalify)(?:ing)?\s+as(?:\s+an?)?|"
                   r"becom(?:e|ing)(?:\s+an?)?|be\s+(?:an?|in)|be\s+(?=(?:[a-z&-]+\s+){0,2}(?:manager|"
                   r"designer|developer|engineer|analyst|nurse|teacher|accountant|researcher|"
                   r"scientist|marketer|consultant|owner|lead|master|writer|officer|coordinator|pm)"
                   r"\b)|work(?:ing)?\s+(?:as(?:\s+an?)?|in)|"
                   r"(?:(?:get|find|land)(?:ing)?\s+|for\s+)an?\s+(?:job|role|position)\s+(?:as(?:\s+an?)?|in))"
                   r"\s*(?<=\s)(?P<goal>(?!(?:it|them|this|that)\b)[^.!?]+)", re.IGNORECASE)
"""The goal inside a longer answer: "im a warehouse team leader…. want to get into data
analytics" is about data analytics, not the job it starts with; "i want to be product manager
in saas" drops the article, as a second language may."""


_EXPLORING = re.compile(r"(?:\b(?:i\s+am|i'?m|am|now)\s+"
                        r"|[,;\u2014\u2013-]\s*(?:and\s+|so\s+|but\s+)?)"
                        r"(?:now\s+|currently\s+|mainly\s+|really\s+)?"
                        r"(?:exploring|considering|looking\s+(?:at|into)|interested\s+in|aiming\s+"
                        r"(?:for|at))\s+(?P<goal>(?!(?:it|them|this|that|options|my\s+options|a\s+few)"
                        r"\b)[^.!?]+)", re.IGNORECASE)
""""I was a GP in Kabul… so I am now exploring healthcare management", "an A&E doctor
burning out, looking at health informatics": what is explored."""
_THINKING = re.compile(r"\bthinking\s+(?:about|of)\s+(?P<goal>(?!(?:it|them|this|that|leaving|"
                       r"quitting|changing|switching|moving|a\s+change|my|options|retiring|"
                       r"retirement)\b)[^.!?]+)", re.IGNORECASE)
""""a geography teacher, 25 years, thinking about charity work or …": what is thought of."""
_TORN = re.compile(r"\b(?:torn|deciding|choosing|undecided|stuck)\s+between\s+(?P<goal>[^.!?]+)",
                   re.IGNORECASE)
""""I'm torn between moving up into school leadership or leaving for sport development": both."""
_MOVES = re.compile(r"\b(?:moving|going|getting|stepping|staying)\s+(?:up\s+|on\s+)?(?:into|in)\s+"
                    r"|\bleaving\s+(?:\w+\s+)?(?:for|to\s+do)\s+", re.IGNORECASE)
"""How each option of a choice is put ("moving up into", "leaving for"): no part of a field."""
_TITLE_END = re.compile(r"\b(?:dr|mr|mrs|ms|mx|prof|st|rev|sr|jr|e\.g|i\.e|etc|vs)\.$", re.I)


_TRAILING_SYMBOLS = re.compile(r"[^\w\s+#.!?)]+\s*$")
"""Emoji and symbols after the words ("move into data 🙃"): no part of a field."""


_CHAT_WORDS = re.compile(r"\s*\b(?:(?i:atm|tbh|tbf|lol|lmao|(?:idk|not\s+sure|unsure|undecided)"
                         r"(?:\s+yet)?|ngl|lowkey|honestly|i\s+guess|sorry|soz|sry)|rn|fr|po)\b")
"""Phone shorthand inside a field ("investment banking rn", "… or banking idk yet"): no part of
its name ("RN", in capitals, is a registered nurse)."""
_VAGUE = re.compile(r"\s+(?:stuff|things|etc\.?|or\s+something|or\s+whatever|and\s+stuff|type\s+"
                    r"(?:of\s+)?(?:stuff|things|roles|jobs))$|^(?:something|anything|smth)\s+"
                    r"(?:in|with|around|to\s+do\s+with)\s+(?=\w)", re.IGNORECASE)  # vaguely said
_HEDGE_INSIDE = re.compile(r",?\s+(?:i\s+think|i'?d\s+say|i\s+guess|i\s+suppose|i\s+reckon|"
                           r"probably|prob|maybe|perhaps)\b(?=\s*(?:[,/]|$))", re.IGNORECASE)
"""A hedge before a comma inside a field ("finance i think, FP&A"): no part of its name."""
_EMOJI_END = re.compile(r"\s*[^\w\s,.&/+#'()!?:;\u2019-]")
"""An emoji or a symbol, which ends a goal typed on a phone as a full stop would."""


def _names_more(first: str, goal: str) -> bool:
    """Whether the first sentence names the goal more fully ("data analytics i think" for
    "data", "Healthcare management." for "management"), so it says the field and the goal
    only repeats it; "Teaching assistant (atm)." is the job they have now."""
    if not _UNSURE.search(first) and (len(first.split()) > 4 or _SAYS_NOW.search(first) or (
            _is_job(first))):
        return False
    head, said = _HEDGES.sub("", first).strip().lower(), goal.strip().lower().rstrip(".!?")
    return bool(said) and head != said and (head.startswith(said + " ") or head.endswith(
        " " + said)) and len(head.split()) <= 4


_SAYS_NOW = re.compile(r"\b(?:i|i'?m|im|my|we|am|is|was|currently|atm|now|rn)\b", re.I)
_UNSURE = re.compile(r"\?|\b(?:i\s+think|maybe|probably|prob|tbh|ideally|perhaps)\b", re.I)
"""A first sentence that floats a field ("data analytics i think??"), not "I'm a TA now"."""


_FIELD_AFTER_PLACE = re.compile(
    r"\b(?:for|in|into|as|(?:and\s+|to\s+)?(?:work|working|get\s+into)\s+(?:in|as))\s+(?:an?\s+|the\s+)?"
    r"(?P<field>.+?)(?:\s+(?:jobs?|roles?|positions?|careers?|work|sector))?$", re.IGNORECASE)


def _field_after_move(goal: re.Match[str]) -> str:
    """The goal of a move: "switch to data analytics from retail" is data analytics, and in
    "move to manchester for a nursing job" the place is no field — nursing is."""
    said, lead = goal["goal"], goal.string[goal.start():goal.start("goal")]
    if not re.search(r"\b(?:in)?to\s*$", lead):
        return said
    said = re.sub(r"\s+(?:from|after|out\s+of)\s+.*$", "", said, flags=re.IGNORECASE) or said
    first = said.split()[0]
    if lead.rstrip().lower().endswith("into"):
        return said
    if first.lower() in _FIELD_WORDS or not parse_timezone(first):
        return said
    after = _FIELD_AFTER_PLACE.search(said[len(first):])
    return after["field"] if after else said


_CONTRAST = re.compile(
    r"\s*\(\s*(?:but\s+|and\s+)?(?:not|rather\s+than|as\s+opposed\s+to|instead\s+of)\b[^()]*\)"
    r"|(?:[\s,;:]+|\s+[-\u2013\u2014]+\s+)(?:(?:but|and|though|definitely|really|just|so|"
    r"especially|absolutely)\s+)*(?:not(?!-)(?!\s+(?:sure|yet|only|really|interested|keen|looking|"
    r"decided|certain|too|that|so|very|much|into|going|gonna|planning|considering|quite|entirely|"
    r"totally|a\s+fan|want\w*|wanna|like|liking|doing|in\s+to|for\s+profit)\b)|rather\s+than|as\s+opposed\s+"
    r"to|instead\s+of)\b.*$", re.IGNORECASE)
"""What the field is set against ("UX research, not visual design", "policy work rather than
law", "nursing (not medicine)"): said to be clear, no part of the field's name."""
_POLITE = re.compile(r"^(?:exploring|explore)\s+(?=\w)|\s+(?:please|pls|plz)(?=\s*[,;!.])"
                     r"|[\s,]+(?:please|pls|plz|thanks|thank\s+"
                     r"(?:you|u)|thx|ty|cheers)\W*$", re.IGNORECASE)
"""A polite word that ends the answer, or the setup's own "Exploring" typed back: no part of
the field's name."""
# Replies typed where something else was asked ("yes please" at "what did you learn?").
REPLY_WORDS = frozenset({
    "yes", "yes please", "yeah", "yep", "no", "nope", "ok", "okay", "idk", "dunno", "not sure",
    "no idea", "nothing", "n/a", "na", "hi", "hello", "thanks", "sure", "maybe", "good",
    "fine", "great", "it was good", "good thanks", "help", "anything", "whatever", "skip",
    "none",
})


def is_reply(text: str) -> bool:
    """A reply typed where something else was asked: never a field, a name or a note."""
    return text.lower().strip(" .!?") in REPLY_WORDS


_NOTE = re.compile(
    r"^(?:(?:kindly|please|pls|plz)\s+note(?:\s+that)?|fyi|btw|just\s+so\s+(?:you|u)\s+know|"
    r"note\s*(?=[:\u2013\u2014-]))[\s:,.;!\u2013\u2014-]*"
    r"|(?:[\s,.;:!\u2013\u2014-]+(?:kindly|(?:kindly|please|pls|plz)\s+note(?:\s+(?:it|this|"
    r"that))?|note\s+(?:it|this|that)|(?:just\s+)?fyi|btw|(?:only|alone)(?:\s+(?:please|pls|plz|thanks))?|"
    r"(?:just\s+)?so\s+(?:you|u)\s+know|for\s+(?:your|ur)\s+(?:info(?:rmation)?|reference)|"
    r"(?:god|heaven|lord)\s+help\s+(?:me|us)|fingers\s+crossed|wish\s+me\s+luck|insh?a?['\s]?allah|"
    r"hopefully|roger(?:\s+that)?|copy(?:\s+that)?|lol|haha+|tbh|ngl))+[\s.!]*$", re.I)


_REASON = re.compile(
    r"\s*[,;]?\s+(?:(?<!such\s)as|because|since|cause|cuz|cos|coz|bc|given\s+that|seeing\s+as)\s+"
    r"(?:my|i|"
    r"i['\u2019]?m|im|i['\u2019]?ve|ive|i['\u2019]?d|the|it|its|it['\u2019]s|there|we|of|that)\b.*$",
    re.IGNORECASE)
"""Why the user chose it ("…, as my dental registration here would take years", "because i
like numbers"): their reason, no part of the field's name."""


_NEGATED = frozenset({"or", "if", "why", "whether", "maybe", "probably", "perhaps", "hopefully",
                      "do", "does", "did", "is", "are", "was", "were", "am", "can", "could",
                      "would", "should", "will", "have", "has", "had", "may", "might", "must",
                      "i'm", "im", "it's", "that's", "but", "and", "though"})
"""Words before a "not" that negate a clause ("a masters or not", "why not"): no contrast."""


def _contrasted(text: str) -> str:
    """The text without the first contrast that is one ("UX research, not visual design")."""
    pos = 0
    while found := _CONTRAST.search(text, pos):
        before = text[:found.start()].split()
        if not before or before[-1].lower() not in _NEGATED:
            return text[:found.start()] + text[found.end():]
        pos = found.start() + 1
    return text


def _unqualified(text: str) -> str:
    """A field without what it is set against or the asides to the reader after it: "UX
    research, not visual design kindly note" → "UX research"."""
    for _ in range(3):  # "HR only, not recruitment": the contrast, then "only"
        shorter = _NOTE.sub("", _contrasted(text)).strip(" ,;:")
        if shorter == text or len(shorter) < 2:
            break
        text = shorter
    return text


_DOUBT = re.compile(
    r"^\W*(?:(?:honestly|truthfully|genuinely|tbh|ngl|um+|uh+|hmm+|erm+|well|so|ok|okay|oh|no|"
    r"nah|sorry|haha|lol|still|really|i['’]?m|im|i\s+am|i['’]?ve|i\s+have|i)[\s,.…!?]+)*"
    r"(?:not\s+(?:really\s+|totally\s+|entirely\s+|quite\s+|100%?\s+)?(?:sure|certain|decided)|"
    r"unsure|no\s+idea|no\s+clue|not\s+a\s+clue|idk|idek|idrk|dunno|d[o'’]?nt\s+know|don['’]?t\s+know|"
    r"do\s+not\s+know|undecided|(?:still\s+)?deciding|haven['’]?t\s+decided|havent\s+decided|"
    r"(?:still\s+)?figuring\s+(?:it\s+|that\s+)?out|torn|can['’]?t\s+decide|cant\s+decide|"
    r"open\s+to\s+(?:anything|everything|ideas|suggestions)|no\s+preference|good\s+question|"
    r"anything(?=(?:[\s,.!?]+(?:really|tbh|honestly|lol|tbf|atm|rn))*[\s,.!?]*$))\b",
    re.IGNORECASE)
"""An answer that opens by saying the user has not chosen ("idk really", "honestly no idea")."""
_CLAUSE = re.compile(r"[.,;:!?…()]+|\s+[-\u2013\u2014]+\s+|\s+(?:or|but|maybe|perhaps|possibly|"
                     r"probably)\s+", re.IGNORECASE)
_LEAD_IN = re.compile(
    r"^(?:(?:or|but|and|so|yet|in|into|maybe|perhaps|possibly|probably|prob|like|kinda|sort\s+of|"
    r"i\s+(?:think|guess|reckon|suppose)|leaning\s+(?:more\s+)?(?:towards?|to)|thinking|"
    r"something\s+(?:in|with|around|like|to\s+do\s+with|related\s+to)|"
    r"(?:some\s+)?(?:kind|sort|type)\s+of|which\s+(?:part|area|side|bit|branch)\s+of)\s+)+",
    re.IGNORECASE)
_LEAD_OUT = re.compile(r"(?:\s+(?:yet|tbh|lol|haha|honestly|really|i\s+guess|i\s+think|though|"
                       r"tho|idk|maybe|probably|atm|rn|either|too|as\s+well))+$", re.IGNORECASE)
_NO_LEAD = frozenset(re.findall(r"[\w']+", (
    "sorry really yet honestly tbh tbf ngl lol lmao haha idk ok okay so well hmm um yes yeah "
    "no nah general generic else different stuff things anything something whatever whichever "
    "somewhere everything nothing some atm rn thanks thx pls please either tho though sure "
    "question good one that this it i i'm im i've ive my me its it's if whether what which "
    "where how who why between to not just still kind sort type")))
"""Words no lead is made of or starts with: "something general", "sorry", "what i want"."""


def _lead(text: str) -> str:
    """The one field an undecided answer floats: "idk really, sorry, not sure yet. maybe
    something general? or like civil service but idk" is civil service. Two or more ("maybe
    HR, operations or admin") are still deciding, so "" — as is an answer with no doubt."""
    if not _DOUBT.match(text):
        return ""
    leads: dict[str, str] = {}
    for clause in _CLAUSE.split(text):
        said = clause.strip()
        while (shorter := _LEAD_IN.sub("", _DOUBT.sub("", said)).strip()) != said:
            said = shorter
        said = _LEAD_OUT.sub("", said)
        words = said.lower().replace("’", "'").split()
        if not words or len(words) > 5 or words[0] in _NO_LEAD or set(words) <= _NO_LEAD:
            continue
        topic = _topic(said)
        leads.setdefault(topic.lower(), topic)
    return next(iter(leads.values())) if len(leads) == 1 else ""


def undecided(text: str) -> bool:
    """Whether an answer says the user hasn't chosen a field ("not sure yet", "idk, maybe HR
    or admin") and floats no one field to take instead."""
    return bool(_DOUBT.match(text)) and not _lead(text)


def topic_of(text: str) -> str:
    """The subject in an answer typed as a sentence: "I want to move into nursing
    informatics" → "nursing informatics", so it reads inside "your perspective on …"; in an
    undecided one, the one field it floats ("honestly no idea, maybe marketing?")."""
    changed = [m.end() for m in _CHANGED_TO.finditer(text) if text[m.end():].strip(" .!?")]
    text = text[changed[-1]:] if changed else text  # "UX design. actually, scratch that - PM"
    topic = _lead(text) or _topic(text)
    topic = re.sub(r"\beng(?=\s+(?:mgmt|management|manager|mgr)\b|$)", "engineering", topic,
                   flags=re.IGNORECASE)  # "eng mgmt", "software eng"; "eng lit" as typed
    return _SHORTHAND.sub(lambda m: _SPELLED[m.group(0).lower()], topic)


_CHANGED_TO = re.compile(
    r"(?:\b(?:actually|sorry|wait|oh|no|hmm+)[\s,.!]+)*\b(?:scratch|scrap|strike|forget|ignore)\s+"
    r"that\b[\s,.:;!\u2013\u2014-]*|\b(?:no\s+wait|wait\s+no|or\s+rather|make\s+that|correction)\b"
    r"[\s,.:;!\u2013\u2014-]*", re.IGNORECASE)  # a change of mind: what follows is the answer
_SPELLED = {"mgmt": "management", "mgr": "manager", "swe": "software engineering",
            "govt": "government", "dept": "department"}
_SHORTHAND = re.compile(r"\b(?:" + "|".join(_SPELLED) + r")\b", re.IGNORECASE)
"""Shorthand in a field, spelled out, since drafts and replies say the field back ("I'm
exploring product management", not "product mgmt")."""


_NARROWER = re.compile(
    r"^(?P<field>[^,()\u2013\u2014:;]+?)(?P<sep>\s*,\s*(?:so\s+)?|\s+[-\u2013\u2014]+\s+|\s*:\s*|"
    r"\s*\(\s*|\s+so\s+)(?P<lead>(?:(?:specifically|mostly|mainly|especially|esp|particularly|"
    r"ideally|preferably|probably|prob|like|i\s+guess|i\s+think)\s+)*)(?P<spec>[^,()]+?)"
    r"(?P<tail>(?:\s+(?:mostly|mainly|specifically|especially|ideally|preferably|probably|"
    r"i\s+guess|i\s+think|tbh|please|pls|plz))*)\s*\)?\W*$", re.IGNORECASE)
"""A field, then a part of it said after a dash, a bracket, "so" or "mostly": "finance -
corporate finance / fp&a", "law (employment law)", "digital marketing, performance
marketing mostly"."""


def _narrowed(text: str) -> str | None:
    """The field named as narrowly as the answer names it: the part when it restates the
    field ("corporate finance / fp&a" for "finance - corporate finance / fp&a"), both when
    they share a head ("digital and performance marketing"), a kind before it ("mechanical
    engineering"); None when the part is no such thing (a list after a bare comma, "finance,
    FP&A", stays one; "- currently a barista" is an aside)."""
    said = _NARROWER.match(text)
    if not said:
        return None
    field = _TOPIC_LEAD.sub("", _HEDGES.sub("", said["field"]).strip(), count=1).strip()
    spec = said["spec"].strip()
    fw, sw = field.split(), spec.split()
    if len(sw) == 1 and 0 < len(fw) <= 2 and _ADJECTIVE.fullmatch(spec) and (
            spec.lower() not in _ROLE_NOUNS | {"graduate", "professional", "principal"}):
        return f"{spec} {mid_sentence(field)}"  # "engineering (mechanical)"
    if not fw or len(sw) > 6 or spec.lower() == field.lower() or (
            said["sep"].strip() == "," and not said["lead"] and not said["tail"]):
        return None
    if re.search(rf"(?<![\w&]){re.escape(field.lower())}(?![\w&])", spec.lower()):
        return spec  # "law (employment law)": employment law
    if 2 <= len(fw) <= 3 and 2 <= len(sw) <= 3 and fw[-1].lower() == sw[-1].lower() and (
            "/" not in spec):  # "UX design - product design": UX and product design
        return f"{' '.join(fw[:-1])} and {' '.join(sw[:-1])} {fw[-1]}"
    words, sep = set(re.split(r"[\s&/]+", spec.lower())), said["sep"].strip().lower()
    part = len(sw) <= 4 and not words & _NOT_A_PART and not _ASIDE.search(f", {spec}")
    known = _FIELD_WORDS | _ROLE_NOUNS
    if sep.endswith("so") and part and not words <= _SECTORS:  # "healthcare, so nursing"
        # "work with kids, so teaching": what follows "so" is the field
        return spec if words & known and not set(field.lower().split()) & known else (
            f"{said['field'].strip()} ({spec})")
    if sep == "(" and part and (words & known or re.search(
            r"\b[A-Z]{2,}|&", spec)):  # "accounting (audit)", "investment banking (M&A)"
        return f"{said['field'].strip()} ({spec})"
    if sep == "," and said["tail"] and not said["lead"]:  # "…, front end mostly"
        return f"{said['field'].strip()}, {spec}"
    return None


_ADJECTIVE = re.compile(r"[a-z]{3,}(?:al|ic|ive|ary|ate|ous)", re.IGNORECASE)
"""A word that says which kind ("mechanical", "clinical", "corporate"): put before the field
it is said after, as it is said ("law - corporate" is corporate law)."""


_SECTORS = frozenset(re.findall(r"\w+", (
    "tech technology it education healthcare health finance marketing nonprofit charity "
    "public sector government business design data analytics engineering software media "
    "science sciences consulting sales creative arts")))
"""Whole sectors, as the setup's buttons name them: said after "so" ("…at an edtech company,
so education please") they file a more exact field under one, and are no part of its name."""
_NOT_A_PART = frozenset(re.findall(r"[\w']+", (
    "i i'm im me my we you it its that this they can could will would should be is are am "
    "was get have has do does want need like pays pay money yeah yes no idk anyway much many "
    "far on for now yet still again etc maybe not")))
"""Words of a clause ("so I can be creative", "so yeah"), which no part of a field has."""


_WORK_AT_AS = re.compile(r"\bwork(?:ing)?\s+(?P<prep>at|in|for|with)\s+(?P<org>[^,.!?]+?)\s+as\s+"
                         r"(?:an?\s+)?(?P<role>[^,.!?]+)", re.IGNORECASE)
"""Where, then the job ("work at Google as a software engineer"): the job is the field, and
reads first ("work as a software engineer at Google")."""


def _job_first(said: re.Match[str]) -> str:
    """"work as a software engineer at Google" for "work at Google as a software engineer";
    what is no job ("work in a team as a bit of a leader") is left as typed."""
    if not _is_job(said["role"]):
        return said.group(0)
    return f"work as {said['role']} {said['prep']} {said['org']}"


_FIELD_THEN_ME = re.compile(r"^(?P<field>[\w&/ -]{3,40}?)\s*[,;:\u2014\u2013-]\s*(?:i'?m|im|i\s+am|"
                            r"i\s+was|i've|ive|currently|right\s+now|at\s+the\s+moment)\s",
                            re.IGNORECASE)
"""A field said first, then who the user is ("nursing, im a paramedic…"): the field."""


def _topic(text: str) -> str:
    """The subject of an answer that says it outright, however it is dressed."""
    text = _TRAILING_SYMBOLS.sub("", " ".join(text.split())).rstrip().rstrip(".!?") or text
    text = _WORK_AT_AS.sub(_job_first, text)  # "work at Google as a software engineer"
    text = _OPENING_FILLER.sub("", text) or text  # "hmm... ux", "Ok so basically ux design"
    text = _NOTE.sub("", text).strip() or text  # "fyi ux research", "ux research only pls"
    polite = _POLITE.sub("", text).strip()  # "Exploring UX design, please."
    text = polite if polite and not is_reply(polite) else text  # "yes please": no field
    said_first = _FIELD_THEN_ME.match(text)  # "nursing, im a paramedic tryna become an RN"
    if said_first:
        text = said_first["field"]
    goal = _TORN.search(text) or _GOAL.search(text) or _EXPLORING.search(text) or _THINKING.search(
        text)
    first = re.split(r"(?<=[.!?])\s+", text)[0].rstrip(".!?")
    if goal:  # "become a secondary English teacher 📚 I did English lit…": an emoji ends it
        goal = goal.re.search(text[:goal.start("goal")] + _EMOJI_END.split(goal["goal"])[0])
    if goal and _names_more(first, goal["goal"]):
        text = first  # "data analytics i think?? … wanna move into data": the fuller first
    elif goal and goal.re is _TORN:  # "moving up into school leadership or leaving for
        text = _MOVES.sub("", goal["goal"])  # sport development work": the two fields
    elif goal:
        text = _field_after_move(goal)
    else:  # "healthcare. i dont want to go into management": the first sentence says it
        first = re.split(r"(?<=[.!?])\s+", text)[0]
        if first != text and not _TITLE_END.search(first):  # "Dr. Amir Haddad" is one name
            text = first.rstrip(".!?")
    text = _unqualified(text)  # "UX research, not visual design kindly note"
    text = _REASON.sub("", text) if len(_REASON.sub("", text)) >= 3 else text
    narrowed = _narrowed(text)  # "finance - corporate finance / fp&a": the narrower name
    text = narrowed or (_ASIDE.sub("", text) if len(_ASIDE.sub("", text)) >= 3 else text)
    text = _HEDGES.sub("", text).strip() or text  # "mainly teaching tbh" → "teaching"
    topic = _TOPIC_LEAD.sub("", text, count=1).strip()
    topic = _unled(topic)  # "work as an accountant", "a data analyst"
    topic = _CHAT_WORDS.sub("", topic).strip(" ,")  # "investment banking rn, or …"
    topic = _VAGUE.sub("", topic) or topic  # "nonprofit stuff", "something in security"
    topic = _HEDGE_INSIDE.sub("", topic)  # "finance i think, FP&A" → "finance, FP&A"
    moving = _FROM_TO.match(topic)  # "from lecturing into instructional design": the goal
    if moving:
        topic = moving["to"].strip()
    topic = topic if len(topic) >= 3 else text
    return _FIELD_ACRONYMS.sub(lambda m: m.group(0).upper(), topic)  # "ux research": UX


_FIELD_WORDS = frozenset(re.findall(r"\w+", (
    "product management project data analytics analysis science design ux ui user research "
    "marketing engineering software development finance financial accounting health healthcare "
    "care nursing public policy operations sales teaching education learning content digital "
    "social media communications supply chain business human resources customer success "
    "service services administration consulting writing strategy environmental climate "
    "clinical instructional renewable energy medical mental nonprofit charity international "
    "investment equity corporate technical legal law urban private mechanical civil electrical "
    "biomedical pharmaceutical nutrition physical occupational speech library museum higher "
    "early primary secondary special adult graphic interior fashion film game games video "
    "music art arts creative cyber cybersecurity security cloud machine artificial real "
    "property estate construction hospitality retail travel tourism logistics procurement "
    "quality risk compliance audit tax insurance banking wealth fintech edtech biotech "
    "academic scientific laboratory veterinary dental pharmacy psychology counselling "
    "counseling community youth sports sport fitness wellness food agriculture "
    "sustainability sustainable green conservation wildlife marine ocean water government "
    "diplomacy journalism publishing editorial copywriting translation interpreting "
    "recruitment recruiting talent people training coaching event events midwifery "
    "behavioural behavioral experience brand growth performance web mobile app backend "
    "frontend embedded hardware robotics aerospace automotive chemical materials structural "
    "solar wind nuclear utilities telecoms transport transportation rail aviation shipping "
    "freight warehouse manufacturing industrial regulatory informatics bioinformatics "
    "computational quantitative quant asset venture capital investor relations commercial "
    "change transformation innovation school schools child children "
    "family families paralegal architecture planning town economic economics "
    "statistics mathematics maths physics chemistry biology history geography philosophy "
    "criminal justice probation police policing fire emergency humanitarian "
    "global workplace organisational technology tech information it "
    "network networks systems database qa testing automation devops site reliability")))
"""Everyday words of a field's name, lower case mid-sentence however typed ("Product
Management"); a name's own words ("Red Cross", "Google Analytics") keep their capitals."""
_OPENING_FILLER = re.compile(
    r"^(?:(?:hmm+|um+|uh+|erm+|ah+|o{2,}h+|idk|maybe|like|prob|probably|hi+|hey+|hiya|hello|"
    r"to\s+be\s+honest)\b[\s,.…!]*|(?:sorry|apologies)\b(?!,?\s+i\s+mean)(?:,?\s+(?:(?:it'?s\s+)?(?:a\s+)?bit\s+of\s+a\s+"
    r"long\s+(?:story|one)|for\s+(?:the\s+)?(?:long|rambling|essay)(?:\s+(?:answer|message|reply))?|"
    r"this\s+is\s+(?:a\s+bit\s+)?long))?[\s,.…!:;–—-]*|(?:actually\s+|oh\s+|ok\s+)?"
    r"(?:scratch|strike|forget)\s+that\b[\s,.:;!–—-]*|(?:no\s+)?wait\b(?:[\s,.!–—-]+no\b)?[\s,.!–—-]+|sorry,?\s+i\s+"
    r"mean[t]?\b[\s,:]*|(?:ok|okay|well|so|right|oh|like)(?:[,.…!]+"
    r"\s*|\s+(?=(?:so|basically|um+|erm+|like|maybe|i'?d\s+say)\b))|basically[\s,]+|i'?d\s+say\s+)+",
    re.IGNORECASE)
"""Filler a field is typed after, which the first sentence would otherwise be ("hmm... ux")."""
_FIELD_ACRONYMS = re.compile(r"\b(?:ux|ui|crm|hr|qa|seo|ppc|fp&a|sdet|ehr|nhs|esl|ngo|ml)\b")
"""Acronyms a field is typed with in lower case ("ux research", "crm marketing"), said as
they are written elsewhere; only whole lower-case words, so "it" and "pr" stay words."""


_ROLE_NOUNS = frozenset(re.findall(r"\w+", (
    "nurse nurses midwife teacher tutor lecturer analyst engineer developer dev designer manager "
    "scientist consultant officer accountant lawyer solicitor paralegal researcher writer "
    "marketer coordinator assistant associate specialist administrator therapist pharmacist "
    "doctor gp paramedic technician architect planner strategist editor producer director "
    "executive exec pm advisor adviser counsellor counselor coach librarian economist "
    "statistician programmer tester recruiter worker copywriter journalist physio "
    "physiotherapist dietitian psychologist surgeon vet fundraiser campaigner practitioner "
    "partner owner lead rep representative agent banker trader broker underwriter actuary "
    "auditor instructor professor illustrator animator photographer translator interpreter "
    "surveyor inspector investigator curator archivist dentist hygienist optometrist "
    "radiographer sonographer chef pilot carer clerk receptionist secretary electrician "
    "plumber mechanic carpenter rn np cna emt swe")))
"""The last word of a field typed as a job ("registered nurse"), which reads as "work as a
registered nurse" after "exploring"."""
_ROLE_THEN = re.compile(r"\b(?:" + "|".join(sorted(_ROLE_NOUNS)) + r")\s+(?:at|in|for|with|"
                        r"within)\s+\S", re.IGNORECASE)
"""A job, then where it is done ("product manager at a tech company")."""


def _is_job(phrase: str) -> bool:
    """Whether a phrase names a job ("junior dev", "PM in fintech") rather than a field."""
    words = phrase.lower().split()
    return bool(words) and (words[-1].rstrip(".") in _ROLE_NOUNS or bool(
        _ROLE_THEN.search(phrase) and "," not in phrase))


def _article(phrase: str) -> str:
    """"a" or "an", by how the first word is said: "an HR partner", "a UX designer", "an
    engineer", "a user researcher"."""
    word = phrase.split()[0].strip("(\"'")
    letters = word.replace("&", "").replace(".", "")
    if len(letters) > 1 and letters.isalpha() and letters.isupper():  # said letter by letter
        return "an" if letters[0] in "AEFHILMNORSX" else "a"
    said = word.lower()
    if said.startswith(("uni", "use", "usa", "usu", "uti", "uro", "ura", "ux", "ui", "eu", "one",
                        "once")):
        return "a"
    return "an" if said[:1] in "aeio" or said.startswith(("hour", "honest", "honour", "honor",
                                                            "heir", "u")) else "a"


def explored(field: str) -> str:
    """A field as it reads after "exploring": "nursing", but "work as a registered nurse"
    (not "exploring registered nurse"), "software engineering as a junior dev" (not "work as
    a software engineering, junior dev")."""
    said = mid_sentence(field)
    words = said.split()
    if all(w[:1].isupper() and w[1:].islower() and w.lower() in _FIELD_WORDS | _ROLE_NOUNS
           for w in words):
        said = said.lower()  # "Data Analyst", typed in title case
    said = _unled(said)  # "a data analyst", stored so before
    words = said.split()
    head, comma, job = said.rpartition(", ")
    if comma and all(_is_job(one) for one in job.split(" or ")) and not _is_job(head) and len(
            job.split()) <= 4:  # not "as a grad schemes or analyst"
        return f"{head} as {_jobs(job)}"  # "software engineering, junior dev"
    if comma and _is_job(head) and "," not in head and len(job.split()) <= 3 and all(
            w in _FIELD_WORDS for w in job.lower().split()):
        return f"work as {_jobs(head)} in {job}"  # "data analyst, healthcare"
    if not _is_job(said) or "," in said or words[0].lower() in (
            "the", "work", "being", "becoming", "roles", "jobs"):
        return said
    return f"work as {_jobs(said)}"


def _unled(said: str) -> str:
    """A field without the way its work is said before it ("work as an accountant", "a career
    in data analytics"); a bare "a" goes only before a job ("a data analyst"), so "an MBA
    programme" keeps its own."""
    led = _ROLE_LEAD.match(said)
    if not led or not led.group(0) or led.end() == len(said):
        return said
    rest = said[led.end():].strip()
    if led.group(0) == led["a"] and not _is_job(rest):
        return said
    return rest


def _jobs(job: str) -> str:
    """A job after "as": "a nurse", "an RN"; "nurses" is a plural already."""
    last = job.split()[-1].lower()
    if last.endswith("s") and last not in ("vets",) and not _ROLE_THEN.search(job):
        return job
    return f"{_article(job)} {job}"


def mid_sentence(phrase: str) -> str:
    """A field or title as it reads inside a sentence: "Data & analytics" → "data &
    analytics", "Finance" → "finance"; "UX & design", "SQL" and names like "McKinsey" keep
    their capitals (a word with a capital after its first letter is an acronym or a name)."""
    first, sep, rest = phrase.partition(" ")
    words = phrase.split()
    if len(words) > 1 and all(w.lower() in _FIELD_WORDS and w[:1].isupper() and w[1:].islower()
                              for w in words if w.lower() not in ("and", "&", "or", "of")):
        return phrase.lower()  # "Product Management", as typed in title case
    if first[:1].isupper() and first[1:] == first[1:].lower() and first[1:].isalpha() and (
            first.lower() in _FIELD_WORDS | {"the", "a", "an"} and rest == rest.lower()):
        # "Environmental policy", typed in sentence case; "Montessori teaching", "Epic
        # training", "London housing": a name's capital is kept, as "Teach First" and
        # "Red Cross" are
        return first.lower() + sep + rest
    return phrase
