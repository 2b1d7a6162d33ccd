"""The outreach request (what the user told the flow, validated) and the variables templates see.

``OutreachRequest`` refuses unknown choices at the boundary so templates can trust it;
``template_context`` tidies the typed answers (one line, no stray full stop, honorifics
dropped from first names) and derives the phrases templates use, so a skipped answer never
leaves a hole like "as  at ." in a draft.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, fields

from bot.engine.fields import mid_sentence, topic_of
from bot.engine.text import first_name, formal_name, untitled, written_out
from bot.features.formats import ALTERNATIVE, FORMAT_KEYS, NOUN, PHRASE

# How the user knows the contact, and how the message goes: (key, button label).
CONNECTION_CHOICES = (
    ("referral", "👤 Someone referred me"),
    ("school", "🎓 Same school"),
    ("event", "🤝 Met at an event"),
    ("online", "🔎 Found them online"),
    ("cold", "🧊 No connection"),
)

CHANNEL_CHOICES = (
    ("email", "📧 Email"),
    ("linkedin_note", "🔗 LinkedIn connection note"),
    ("linkedin_message", "💬 LinkedIn message"),
    ("phone_script", "📞 Phone script"),
    ("text", "📱 Text message"),
)
CONNECTIONS = frozenset(key for key, _ in CONNECTION_CHOICES)
FORMATS = FORMAT_KEYS
CHANNELS = tuple(key for key, _ in CHANNEL_CHOICES)
TONES = ("warm", "formal")
DEFAULT_MINUTES = 20
MIN_MINUTES, MAX_MINUTES = 15, 30


@dataclass(frozen=True)
class OutreachRequest:
    """Everything the user told the outreach flow; validated so templates can trust it."""

    contact_name: str
    contact_role: str
    organisation: str
    connection: str  # "referral" | "school" | "event" | "online" | "cold"
    connection_detail: str  # referrer / school / event / where found online; "" for cold
    background: str  # the user's one-line background
    learn_broad: str  # the field or function they want to learn about
    learn_narrow: str  # about the contact's own path
    format: str  # "coffee" | "phone" | "video"
    minutes: int  # 15..30; DEFAULT_MINUTES is 20
    channel: str  # one of CHANNELS
    tone: str = "warm"  # "warm" | "formal"
    sender_name: str = ""
    short: bool = False  # the "regenerate shorter" variant
    # A free LinkedIn account's 200-character note: render_draft fits the note to it
    linkedin_free: bool = False
    tight: bool = False  # the fewest words a note can say everything in; set by render_draft

    def __post_init__(self) -> None:
        # Fail loudly at the boundary rather than with a half-rendered draft.
        if self.connection not in CONNECTIONS:
            raise ValueError(f"unknown connection {self.connection!r}")
        if self.format not in FORMATS:
            raise ValueError(f"unknown format {self.format!r}")
        if self.channel not in CHANNELS:
            raise ValueError(f"unknown channel {self.channel!r}")
        if self.tone not in TONES:
            raise ValueError(f"unknown tone {self.tone!r}")
        if not MIN_MINUTES <= self.minutes <= MAX_MINUTES:
            raise ValueError(f"minutes must be {MIN_MINUTES}..{MAX_MINUTES}, got {self.minutes}")


# Human names for the answers, as the outreach flow asks for them.
ANSWER_NAMES = {
    "background": "your background",
    "learn_broad": "what you want to learn about the field",
    "learn_narrow": "what you want to learn about their path",
    "connection_detail": "how you're connected",
    "contact_role": "their role",
    "organisation": "their organisation",
}

_REQUEST_FIELDS = frozenset(f.name for f in fields(OutreachRequest))
_DERIVED = frozenset(
    {
        "first_name",  # "Dana" from "Dr. Dana Lee": for "Hi Dana,"
        "event_place",  # "UXDC 2026" from "UXDC 2026, you gave a talk on …": a subject line
        "event_opening",  # "We were both at UXDC" / "I was at UXDC, where you gave a talk on …"
        "event_opening_mid",  # the same after "Hi Dana, ": "we were both at …"
        "connection_detail_mid",  # "my cousin Keisha" mid-sentence: "Introduction via my …"
        "sender_first_name",  # "Sam" from "Sam Rivera": a short note's sign-off
        "formal_name",  # "Dr. Lee" from "Dr. Dana Lee": for "Dear Dr. Lee,"
        "referrer_first_name",  # "Maya" from "Maya Chen" (referral only, else "")
        "background_sentence",  # the background as a full sentence ("I'm a ...")
        "background_brief",  # a few words of it ("I'm a chemistry teacher."): what Shorter keeps
        "learn_broad_about",  # "about UX research" / "how teams work" (wh-clauses keep no "about")
        "format_noun",  # "coffee" | "phone call" | "video call"
        "format_phrase",  # "a coffee near your office" | "a phone call" | "a video call"
        "alternative",  # the other formats: "phone or video" | "video" | "phone"
        "your_work",  # "your work as <role> at <org>", shortened when either was skipped
        "your_work_brief",  # "your work at <org>": the same, in fewer words (Shorter)
        "your_profile",  # the same with "profile"
        "your_experience",  # "your experience at <org>" | "your experience"
        "subject_work",  # "Your work at <org>" | "Your work as <role>" | "Your path into ..."
    }
)
TEMPLATE_VARIABLES: frozenset[str] = _REQUEST_FIELDS | _DERIVED

_LOWER_STARTERS = {
    "how", "what", "why", "when", "where", "which", "who", "whether",
    "your", "you", "the", "a", "an", "about",
}  # fmt: skip
_WH = {"how", "what", "why", "when", "where", "which", "who", "whether", "about"}
_FIRST_PERSON = {"i", "i'm", "i've", "i'd", "i'll", "my", "me", "i’m", "i’ve"}


_LOWER_I = re.compile(r"(?<![^\s(\"“])i(?=(?:['’](?:m|ve|d|ll))?(?:[\s,;:!?)]|$))")


def _clean(text: str) -> str:
    """One line, single spaces, no trailing full stop (templates add their own punctuation),
    and "i" typed on a phone as "I": "i run the fund" → "I run the fund"."""
    text = re.sub(r"\s+", " ", text).strip().rstrip(".,;:!? ").strip()
    return _LOWER_I.sub("I", text)


def _prose(text: str) -> str:
    """An answer the draft says in a sentence, cleaned, with chat shorthand written out ("5
    yrs" → "5 years", "how ppl manage" → "how people manage"); names and organisations are
    left as typed ("UR Energy", "Uni of Leeds")."""
    return written_out(_clean(text)).strip(" ,")


def _lower_starter(text: str) -> str:
    """'How teams work' -> 'how teams work' so it reads mid-sentence; names stay as typed."""
    first, _, rest = text.partition(" ")
    if first.lower() in _LOWER_STARTERS and first[:1].isupper() and first[1:].islower():
        return first.lower() + (" " + rest if rest else "")
    return text


def _background_sentence(background: str, tone: str) -> str:
    """Make the one-line background a sentence without doubling 'I'm' or inventing grammar."""
    text = _prose(background)
    if not text:
        return ""
    first = text.split(" ", 1)[0].lower()
    if first in _FIRST_PERSON:
        return text[0].upper() + text[1:] + "."
    lead = "I am" if tone == "formal" else "I'm"
    if first in {"a", "an"}:
        return f"{lead} {text[0].lower()}{text[1:]}."
    noun = _as_role(text)
    if noun:  # "nurse with 8 years in oncology" → "I'm a nurse with 8 years in oncology."
        return f"{lead} {noun}."
    lead = "By way of background:" if tone == "formal" else "Quick background:"
    return f"{lead} {text}."


_NOT_A_ROLE_START = {"currently", "recently", "now", "just", "based", "from", "in", "at", "with",
                     "between", "ex", "still", "also", "very", "not", "no", "been", "have",
                     "has", "had", "over", "about", "almost", "nearly", "some", "most", "two",
                     "three", "several", "many", "the", "this", "that", "my", "our"}


# The last word of a role: "manager", "consultant", "graduate", "analyst", "nurse" …
_ROLE_ENDINGS = ("er", "or", "ist", "ant", "ent", "ate", "ian", "yst", "eer", "ee")
_ROLE_WORDS = {"nurse", "grad", "major", "lead", "head", "intern", "professional", "chef",
               "parent", "veteran", "alum", "alumna", "alumnus", "clerk", "medic", "pilot",
               "architect", "pharmacist", "paralegal", "tutor", "fellow", "apprentice"}


def _as_role(text: str) -> str:
    """ "nurse with 8 years …" → "a nurse with 8 years …"; "MBA student" → "an MBA student";
    "" when the line does not start like a role (a verb, a number, "currently …")."""
    first = text.split(" ", 1)[0]
    word = first.lower()
    head = (_BRIEF_CUT.sub("", text).strip() or text).split()[-1].lower().strip(".,")
    if (not first.isalpha() and "-" not in first) or word in _NOT_A_ROLE_START \
            or not (head.endswith(_ROLE_ENDINGS) or head in _ROLE_WORDS):
        return ""
    acronym = first.isupper() and len(first) > 1
    if not acronym and first[:1].isupper() and first[1:] == first[1:].lower():
        text = first.lower() + text[len(first):]  # "Marketing manager" → "marketing manager"
    vowel = first[0] in "AEFHILMNORSX" if acronym else word[0] in "aeiou"
    return f"{'an' if vowel else 'a'} {text}"


# Where a one-line background stops saying who you are and starts on the detail: "a
# chemistry teacher | moving into UX research", "a final-year student | who runs the fund".
_CUT_WORDS = (r"\s*(?:,|;|:|\(|\s[-–—]\s|\b(?:who|that|which|with|and|but|moving|looking|"
              r"currently|trying|hoping|interested|exploring|transitioning|switching|pivoting|"
              r"seeking|keen|eager|planning|wanting|after|for{}|at|since|in|into|from|where)\b).*$")
_BRIEF_CUT = re.compile(_CUT_WORDS.format(""), re.IGNORECASE)
_BRIEF_CUT_AFTER_I = re.compile(_CUT_WORDS.format(
    r"(?!\s+(?:\d+|a|an|\w+(?:-\w+)?)\s+(?:years?|yrs?|months?)\b)"), re.IGNORECASE)
"""After "I have been", the years stay: "… a sub-editor for twenty-four years" (a role
alone says "I'm a nurse.", never "I'm a nurse for 8 years.")."""
BRIEF_WORDS = 6
_DANGLING = re.compile(r"(?:\s+(?:a|an|the|of|for|in|at|to|and|or|with|my|our|as))+$", re.I)


def _background_brief(background: str, tone: str) -> str:
    """A few words of who you are, for Shorter: the background up to its first detail."""
    text = _prose(background)
    first = text.split(" ", 1)[0].lower() if text else ""
    lead = ""
    if first in _FIRST_PERSON:  # "I'm a teacher who …": keep the "I'm", cut after it
        lead, _, text = text.partition(" ")
    brief = (_BRIEF_CUT_AFTER_I if lead else _BRIEF_CUT).sub("", text).strip() or text
    if not (lead or brief.split(" ", 1)[0].lower() in {"a", "an"} or _as_role(brief)) or (
            lead and len(brief.split()) < 2):  # "I work in retail" is no "I work."
        brief = text  # "5 years in sales": cut, it would say nothing; kept, but few words
    words = brief.split()
    if len(words) > BRIEF_WORDS + 3:  # a few words over is kept whole: never cut mid-phrase
        head = " ".join(words[:BRIEF_WORDS + 3])
        clause = head.rsplit(",", 1)[0] if "," in head else ""  # "teacher of 7 years, half…"
        years = re.match(r"^.*\b(?:years?|yrs?|months?)\b", head)  # "… for fifteen years"
        brief = clause or (years.group(0) if years else "") or _DANGLING.sub(
            "", " ".join(words[:BRIEF_WORDS]))
    return _background_sentence(f"{lead} {brief}".strip(), tone)


# What people type around the answer a frame needs: "we both went to Baruch", "I met you at
# the CFA career night", "my cousin Ana Ruiz, who works with you". The templates say "We're
# both … alumni", "We were both at …", "… suggested I get in touch", so the frame's own
# words are taken off the answer instead of being said twice.
_DETAIL_LEADS = {
    "school": r"(?:we(?:'re| are)? (?:both )?(?:went to|studied at|graduated from|from|at)"
              r"|(?:we(?:'re| are)? )?both (?:went to|studied at|from|at)"
              r"|i (?:also )?(?:went to|studied at|graduated from)|fellow|same school,?|the)\s+",
    "event": r"(?:i (?:met|saw|heard) (?:you|your talk|\w+(?: talk)?) (?:speak )?at"
             r"|we (?:both )?met at"
             r"|we were (?:both )?at|we both (?:went to|attended)|i (?:went to|attended)"
             r"|both at|at)\s+",
    "online": r"(?:i (?:found|saw|read|came across) (?:you|your \w+)(?: on| in| through| via)?"
              r"|through|via|on)\s+",
}
_COURTESY = re.compile(r"^(?:mr|mrs|ms|mx|miss)\.?\s+(?=[A-Z][\w'’-]*\s+[A-Z])", re.IGNORECASE)
"""A courtesy title before a full name ("Ms Jo Whitfield" reads stiff); "Mr. Garza" keeps it."""
_NAME_THEN_WHO = re.compile(r"^(?P<name>(?:(?:mr|mrs|ms|mx|miss|dr|prof)\.?\s+)?[A-Z][\w'’-]*"
                            r"(?:\s+[A-Z][\w'’-]*)?)\s*,\s*(?P<who>(?:my|our)\s+(?:(?!(?:who|at|that|which|from|"
                            r"with|in)\b)[a-z-]+\s+){0,2}(?!(?:who|at|that|which|from|with|in)\b)"
                            r"[a-z-]+)\s*$", re.IGNORECASE)
"""A referrer typed name first: "Mr. Garza, my former principal"."""
_DETAIL_TAILS = {"school": r"\s+(?:alumni|alums?|grads?|graduates?|alumnae?)$"}
_REFERRER_CUT = re.compile(
    r"\s*(?:,|;|\(|\bwho\b|\bsuggested\b|\bsaid\b|\btold\b|\brecommended\b"
    r"|\bmentioned\b|\bthought\b|\bworks?\b|\bis\b).*$", re.IGNORECASE)
_RELATION = {"my", "our", "cousin", "friend", "pal", "mate", "buddy", "bestie", "colleague",
             "manager", "boss", "former", "old",
             "sister", "brother", "aunt", "uncle", "mentor", "classmate", "neighbour",
             "neighbor", "professor", "teacher", "advisor", "adviser", "coworker", "co-worker",
             "roommate", "partner", "mom", "mum", "dad", "family", "a", "an", "the"}


def detail_phrase(connection: str, detail: str) -> str:
    """The part of a connection answer the template's sentence needs, said once."""
    text = _prose(detail)
    if connection == "referral":
        named = _NAME_THEN_WHO.match(text)
        if named:  # "Mr. Garza, my former principal" → "My former principal Mr. Garza"
            who = named["who"]
            return f"{who[:1].upper()}{who[1:]} {named['name']}"
        text = _REFERRER_CUT.sub("", text).strip()
        text = _COURTESY.sub("", text)  # "Ms Jo Whitfield suggested…" reads stiff: "Jo Whitfield"
        text = _named_friend(text)
        return text[:1].upper() + text[1:] if text[:1].islower() else text
    lead = _DETAIL_LEADS.get(connection)
    if lead:
        text = re.sub(rf"^(?:{lead})+", "", text, flags=re.IGNORECASE)
    tail = _DETAIL_TAILS.get(connection)
    if tail:
        text = re.sub(tail, "", text, flags=re.IGNORECASE)
    if connection in ("online", "event"):  # "her talk at Config" is said to her: "your talk"
        text = to_you(text)
    return text.strip() or _prose(detail)


_EVENT_CLAUSE = re.compile(
    r"\s*(?:[,;]|\s[-\u2013\u2014]\s)\s*(?:and\s+|where\s+|(?P<when>when)\s+)?(?=(?:you|your|we|I)\b)"
    r"|\s+(?:where|(?P<when2>when)|and)\s+(?=(?:you|your|we|I)\b)"
    r"|\s+(?=you\s+(?:gave|spoke|presented|ran|hosted|led|talked|chaired|moderated|were)\b)")
_CALENDAR = re.compile(r"\b(?:january|february|march|april|june|july|august|september|october|"
                       r"november|december|monday|tuesday|wednesday|thursday|friday|saturday|"
                       r"sunday)\b|(?:(?<=\bin\s)|(?<=\bof\s)|(?<=\blast\s)|(?<=\bthis\s)|"
                       r"(?<=\bnext\s)|(?<=\bmid\s))may\b")


_DID_NOT_MEET = re.compile(
    r",?\s*(?:but\s+|though\s+)?(?:i\s+)?(?:didn'?t|did\s+not|never)\s+(?:actually\s+|really\s+|"
    r"get\s+to\s+|manage\s+to\s+)*(?:speak|talk|chat|meet)\s+(?:to|with)?\s*(?:her|him|them|"
    r"you)\b(?:\s+(?:though|tho|properly|personally)\b)*(?=\s*(?:[,.;!]|$))", re.IGNORECASE)
"""What did not happen there ("didnt actually speak to her tho"): no part of the opening."""
_EVENT_NAME = re.compile(r"^(?:the\s+)?((?!(?:the|same|your|my|our|a|an|this|that|last|big|annual|"
                         r"local|recent|virtual|online)\b)(?:[a-zA-Z][a-zA-Z&'-]*\s+){1,4}(?:festival|"
                         r"conference|summit|expo|symposium|congress|forum))\b")
"""An event's name typed in lower case ("leeds digital festival"): said with its capitals."""


def event_opening(detail: str) -> tuple[str, str]:
    """(the event alone, for a subject line; the note's first words about it). "the denver ux
    meetup in october, you gave a talk on …" was pasted whole after "We were both at", a
    comma splice (and a subject line that was no phrase): now "I was at the denver ux meetup
    in October, where you gave a talk on …" and "After the denver ux meetup in October". A
    month or a day is capitalised; what else was typed in lower case is the user's to fix."""
    text = _DID_NOT_MEET.sub("", detail).strip(" ,")
    text = _EVENT_NAME.sub(lambda m: m.group(0).replace(m.group(1), " ".join(
        w[:1].upper() + w[1:] for w in m.group(1).split())), text)  # "NHS" stays "NHS"
    text = _CALENDAR.sub(lambda m: m.group(0).capitalize(), text)
    cut = _EVENT_CLAUSE.search(text)
    if not cut or not text[cut.end():].strip():
        return text, f"We were both at {text}"
    place, rest = text[:cut.start()].strip(), text[cut.end():].strip()
    first = rest.split(" ", 1)[0].lower()
    if cut.group("when") or cut.group("when2"):  # "Dreamforce 2019 when I was at Salesforce"
        return place, f"I was at {place}, when {rest}" if first == "i" else \
            f"We were both at {place}, when {rest}"
    if first == "your":  # "Leeds Digital Festival and your talk on accessibility"
        return place, f"I was at {place} for {rest}"
    if first in ("we", "we're", "we've"):
        return place, f"We were both at {place}, where {rest}"
    return place, f"I was at {place}, where {rest}"


_CAPITALISED = re.compile(r"(?:(?:Dr|Prof|Mr|Mrs|Ms|Mx)\.?\s+)?[A-Z][\w'’-]*(?:\s+(?:(?:de|da|di|"
                          r"van|von|der|del|la|le|bin|al)\s+)?[A-Z][\w'’-]*)*")


_CASUAL_RELATION = {"pal": "friend", "mate": "friend", "buddy": "friend", "bestie": "friend"}


def _named_friend(text: str) -> str:
    """ "my pal kirsty" as a draft says it: "my friend Kirsty" (a name of one or two words
    typed in lower case after how you know them gets its capitals)."""
    words = text.split()
    if not words or words[0].lower() not in ("my", "our"):
        return text
    words = [_CASUAL_RELATION.get(w.lower(), w) for w in words]
    lead = 1
    while lead < len(words) and words[lead].lower() in _RELATION:
        lead += 1
    name = words[lead:]
    if 1 <= len(name) <= 2 and all(w.isalpha() and w.islower() for w in name):
        words[lead:] = [w.capitalize() for w in name]
    return " ".join(words)


def referrer_name(detail: str) -> str:
    """ "Tom Becker" from "my old charge nurse Tom Becker, he works with her": the person
    to record and to name — the last run of capitalised words after how you know them."""
    said = detail_phrase("referral", detail)
    words = said.split()
    lead = 0
    while lead < len(words) and (words[lead].lower().strip(",.") in _RELATION
                                 or words[lead][:1].islower()):
        lead += 1
    rest = " ".join(words[lead:])
    runs = _CAPITALISED.findall(rest)
    if lead:  # "My old charge nurse Tom Becker": the name comes after the relation
        return runs[-1] if runs else ""  # "a colleague of mine" names nobody
    if runs and rest.startswith(runs[0]):  # "Dr. Lee from my programme"
        return runs[0]
    return rest or said


def referrer_given_name(referrer: str) -> str:
    """ "Tom" from "My old charge nurse Tom Becker": what a subject line or a warm opener
    calls them ("A colleague of mine" when no name is given)."""
    name = referrer_name(referrer)
    if not name:
        said = detail_phrase("referral", referrer)
        return said[:1].upper() + said[1:]
    return first_name(name, referrer.strip())


# What they are asked about is said to them: "how she went from the bedside to informatics"
# (typed about the contact) → "how you went from the bedside to informatics".
_SUBJECT = re.compile(r"\b(she|he|they)(?:'s|’s|\s+(is|was|has|does|isn't|wasn't|doesn't|hasn't|"
                      r"[a-z]+s))?\b", re.IGNORECASE)
_AGREE = {"is": "are", "was": "were", "has": "have", "does": "do", "isn't": "aren't",
          "wasn't": "weren't", "doesn't": "don't", "hasn't": "haven't"}
_OBJECT = re.compile(r"\b(her|him|them|his|their|hers|theirs|herself|himself|themselves)\b"
                     r"(\s+\w+)?",
                     re.IGNORECASE)
_MODALS = {"would", "could", "will", "can", "does", "did", "is", "was", "has", "might", "should"}
_NOT_NOUNS = {"tho", "though", "too", "either", "yet", "again", "much", "really", "properly",
              "then", "afterwards", "personally", "there",
              "to", "for", "in", "into", "on", "at", "about", "and", "or", "with", "from", "as",
              "so", "the", "a", "an", "that", "this", "when", "if", "up", "out", "over"}


def _verb_for_you(verb: str) -> str:
    """ "manages" → "manage", "watches" → "watch", "tries" → "try": after "you"."""
    if verb in _AGREE:
        return _AGREE[verb]
    if verb.endswith("ies"):
        return verb[:-3] + "y"
    if verb.endswith(("ches", "shes", "sses", "xes", "oes")):
        return verb[:-2]
    return verb[:-1] if verb.endswith("s") and not verb.endswith("ss") else verb


def to_you(text: str) -> str:
    """An answer typed about the contact, said to them."""
    def subject(m: re.Match) -> str:
        if m.group(0).lower().endswith(("'s", "’s")):
            return "you're"
        verb = m.group(2)
        return "you" + (f" {_verb_for_you(verb.lower())}" if verb else "")

    def obj(m: re.Match) -> str:
        word, after = m.group(1).lower(), m.group(2) or ""
        if word in ("herself", "himself", "themselves"):
            return "yourself" + after
        if word in ("hers", "theirs") or word == "his" and (
                not after or after.strip().lower() in _NOT_NOUNS | _MODALS):
            return "yours" + after  # "a team like hers", "like his and …"
        if word in ("his", "their"):
            return "your" + after
        if word == "her" and after and after.strip().lower() not in _NOT_NOUNS:
            return "your" + after  # "her team" (possessive), not "drew her to it"
        return "you" + after
    return _OBJECT.sub(obj, _SUBJECT.sub(subject, text))


# The outreach flow's suggested asks (flow.NARROW_IDEAS), said in fewer characters.
_TIGHT_ASK = {
    "what your work is really like day to day": "what your days are like",
    "what you would do in my position": "what you'd do if you were me",
}


def template_context(req: OutreachRequest) -> dict[str, object]:
    """The variables a template sees: the request's fields, tidied, plus derived phrases."""
    ctx: dict[str, object] = {name: getattr(req, name) for name in _REQUEST_FIELDS}
    for name in ("contact_name", "contact_role", "organisation", "sender_name"):  # fmt: skip
        ctx[name] = _clean(getattr(req, name))
    for name in ("connection_detail", "background"):
        ctx[name] = _prose(getattr(req, name))
    ctx["sender_name"] = untitled(str(ctx["sender_name"]))  # signs "Dana Whitfield", not "Dr. …"
    ctx["connection_detail"] = detail_phrase(req.connection, str(ctx["connection_detail"]))
    ctx["event_place"], ctx["event_opening"] = event_opening(str(ctx["connection_detail"]))
    detail = str(ctx["connection_detail"])
    ctx["connection_detail_mid"] = detail[:1].lower() + detail[1:] if detail.split(" ", 1)[
        0] in ("My", "Our", "A", "An", "The") else detail
    opening = str(ctx["event_opening"])  # after "Hi Ana, ": "we were both at …", "I was at …"
    ctx["event_opening_mid"] = opening if opening.startswith("I ") else opening[:1].lower() + \
        opening[1:]
    if not ctx["connection_detail"]:
        ctx["connection"] = "cold"  # "school" with no school named reads best as a cold note
    # "Data & analytics" from the field button reads "… on data & analytics"; "UX research"
    # and names with capitals inside ("McKinsey") keep theirs
    ctx["learn_broad"] = _lower_starter(mid_sentence(_prose(topic_of(req.learn_broad))))
    ctx["learn_narrow"] = _lower_starter(to_you(_prose(req.learn_narrow)))
    broad = str(ctx["learn_broad"])
    ctx["learn_broad_about"] = broad if broad.split(" ", 1)[0].lower() in _WH else f"about {broad}"
    ctx["first_name"] = first_name(req.contact_name, req.contact_name.strip())
    ctx["formal_name"] = formal_name(req.contact_name)
    ctx["sender_first_name"] = first_name(str(ctx["sender_name"]), str(ctx["sender_name"]))
    ctx["referrer_first_name"] = (
        referrer_given_name(str(ctx["connection_detail"]))
        if ctx["connection"] == "referral" else ""
    )
    ctx["background_sentence"] = _background_sentence(req.background, req.tone)
    ctx["background_brief"] = _background_brief(req.background, req.tone)
    ctx["format_noun"] = NOUN[req.format]
    ctx["format_phrase"] = PHRASE[req.format]
    ctx["alternative"] = ALTERNATIVE[req.format]
    if req.tight:  # the bot's own ideas for the ask, in fewer words (a free LinkedIn note)
        ctx["learn_narrow"] = _TIGHT_ASK.get(str(ctx["learn_narrow"]), ctx["learn_narrow"])
    # Optional answers the user skipped must leave no "as  at ." holes in the draft.
    if not ctx["learn_narrow"]:
        ctx["learn_narrow"] = "how you got into your role"
    if not ctx["learn_broad"]:
        ctx["learn_broad"] = ctx["learn_broad_about"] = "your field"
    role, org = str(ctx["contact_role"]), str(ctx["organisation"])
    where = (f" as {role} at {org}" if role and org else f" as {role}" if role
             else f" at {org}" if org else "")
    if not where and req.learn_broad.strip():  # "I came across your work." says nothing
        where = f" {ctx['learn_broad_about'].replace('about ', 'in ', 1)}"
    ctx["your_work"] = f"your work{where}"
    ctx["your_work_brief"] = f"your work at {org}" if org else ctx["your_work"]
    ctx["your_profile"] = f"your profile{where}"
    ctx["your_experience"] = f"your experience at {org}" if org else "your experience"
    ctx["subject_work"] = (f"Your work at {org}" if org else f"Your work as {role}" if role
                           else f"Your path into {ctx['learn_broad']}")
    return ctx
